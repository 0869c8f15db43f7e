"""A force that turns N or marks N years of existence (its Nth anniversary) was deployed N years before the
report: a deployment dated by counting back, not a count of troops (geo.events.published.counted_back,
geo.events.when); our own sentences."""

from __future__ import annotations

from geo.events.published import counted_back, publication_date
from tests.events_support import taggers

PLACES = {
    "Ruritania": ("test:ruritania", "country", "RU"),
}

tags, events = taggers(PLACES)


def _deployments(text: str) -> set[tuple[str | None, int | None]]:
    return {
        (t.date, t.troops)
        for t in tags(text, "Ruritania", published="2023-09-04")
        if t.event_type == "deployment"
    }


def test_a_battle_group_that_turns_seven_was_deployed_seven_years_back() -> None:
    text = "Allied battlegroup in Ruritania turns seven\n\nIts soldiers held a parade in the capital."
    assert _deployments(text) == {("2016", None)}


def test_years_of_existence_and_an_anniversary_count_back_too() -> None:
    text = "The allied contingent in Ruritania marked ten years of existence last week."
    assert _deployments(text) == {("2013", None)}
    text = "The naval mission in Ruritania celebrated its 5th anniversary with its troops."
    assert _deployments(text) == {("2018", None)}


def test_an_anniversary_of_no_force_is_no_event() -> None:
    assert (
        events("The music festival in Ruritania turns fifty.", "Ruritania", published="2023-09-04") == set()
    )


def test_turns_before_an_object_is_no_anniversary() -> None:
    text = "The army battalion in Ruritania turns six villages into a camp."
    assert not any(t.sub_event_type == "anniversary" for t in tags(text, "Ruritania", published="2023-09-04"))


def test_counted_back_reads_digits_number_words_and_ordinals() -> None:
    published = publication_date("2023-09-04")
    for phrase, year in (
        ("turns six", "2017"),
        ("celebrated its 10th anniversary", "2013"),
        ("marks its first anniversary", "2022"),
    ):
        found = counted_back(phrase, 0, len(phrase), published)
        assert found is not None
        assert found.edtf == year
    assert counted_back("turns six", 0, 9, None) is None
