"""A state named to lead a unit at a place ("X will lead a battalion in Y, Z in W") has its forces there: a
deployment, not a plan without a time (geo.events.governed); a deployment at a country described by its
purpose ("to reinforce") restates a plain deployment at a town of that country on the same day
(geo.events.countries); our own sentences."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {
    "Norland": ("test:norland", "country", "NO"),
    "Sudland": ("test:sudland", "country", "SD"),
    "Westmark": ("test:westmark", "country", "WM"),
    "Ruritania": ("test:ruritania", "country", "RU"),
    "Borovia": ("test:borovia", "country", "BO"),
    "Ostland": ("test:ostland", "country", "OS"),
    "Kelso": ("test:kelso", "city", "RU"),
}

tags, events = taggers(PLACES)


def _deployments(text: str, *names: str) -> set[tuple[str, str | None]]:
    return {
        (t.place.candidate.name, t.date)
        for t in tags(text, *names, published="2023-04-02")
        if t.event_type == "deployment"
    }


def test_lead_nations_of_units_are_deployments_with_their_gapped_peers() -> None:
    text = "Norland will lead an allied battalion in Ruritania, Sudland in Borovia and Westmark in Ostland."
    found = _deployments(text, "Norland", "Ruritania", "Sudland", "Borovia", "Westmark", "Ostland")
    assert found == {("Ruritania", "2023-04-02"), ("Borovia", "2023-04-02"), ("Ostland", "2023-04-02")}


def test_leading_talks_or_a_planned_arrival_without_a_time_is_no_deployment() -> None:
    assert _deployments("Norland will lead the peace talks in Ruritania.", "Norland", "Ruritania") == set()
    assert _deployments("A Norland battalion will arrive in Ruritania.", "Norland", "Ruritania") == set()


def test_a_country_deployment_for_a_purpose_restates_the_deployment_at_its_town() -> None:
    text = (
        "Some 150 Norland troops arrived in Ruritania on Friday to reinforce the eastern border. "
        "The 150 soldiers arrived in the town of Kelso on Friday."
    )
    assert _deployments(text, "Norland", "Ruritania", "Kelso") == {("Kelso", "2023-03-31")}
