"""Gapped clauses on our own example sentences: "<actor> <preposition> <place>" conjuncts after a full
clause take its event at their place, the actor of each conjunct being no site ("Chad sent a company to X,
Benin to Y"); so do the places of "did so", "as did" and of an absolute clause ("the others being in X")."""

from __future__ import annotations

from geo.events.gapping import gapped
from tests.events_support import resolved, taggers

# name -> (id, class, country)
PLACES = {
    "Mali": ("iso:ML", "country", "ML"),
    "Niger": ("iso:NE", "country", "NE"),
    "Chad": ("iso:TD", "country", "TD"),
    "Benin": ("iso:BJ", "country", "BJ"),
    "Togo": ("iso:TG", "country", "TG"),
    "Ghana": ("iso:GH", "country", "GH"),
    "Spain": ("iso:ES", "country", "ES"),
    "Gao": ("geonames:2457163", "city", "ML"),
    "Kidal": ("geonames:2455290", "city", "ML"),
    "Agadez": ("geonames:2448085", "city", "NE"),
    "Europe": ("test:europe", "region", None),
    "Asia": ("test:asia", "region", None),
}

tags, events = taggers(PLACES)


def _sites(found: set[tuple[str, str, str | None]]) -> set[tuple[str, str]]:
    return {(name, kind) for name, kind, _ in found}


def test_each_gapped_conjunct_takes_the_deployment_at_its_place() -> None:
    text = "Chad sent a company to Mali, Benin to Niger and Togo to Ghana on Monday."
    found = events(text, "Chad", "Mali", "Benin", "Niger", "Togo", "Ghana")
    assert _sites(found) == {("Mali", "deployment"), ("Niger", "deployment"), ("Ghana", "deployment")}


def test_the_subject_of_a_gapped_conjunct_is_who_acts() -> None:
    text = "Chad has 300 troops in Mali, Benin in Niger."
    places = resolved(text, PLACES, "Chad", "Mali", "Benin", "Niger")
    found = gapped(text, places, [])
    assert found.sites == {text.index("Niger"): text.index("Mali")}
    assert found.subjects == {text.index("Benin")}
    assert _sites(events(text, "Chad", "Mali", "Benin", "Niger")) == {
        ("Mali", "presence"),
        ("Niger", "presence"),
    }


def test_a_conjunct_of_did_so_or_as_did_takes_the_event_of_the_clause_before() -> None:
    text = "Chad deployed troops in Mali last year, and Benin did so in Niger."
    assert _sites(events(text, "Chad", "Mali", "Benin", "Niger")) == {
        ("Mali", "deployment"),
        ("Niger", "deployment"),
    }
    text = "Chad sent soldiers to Mali in May, as did Benin to Niger."
    assert _sites(events(text, "Chad", "Mali", "Benin", "Niger")) == {
        ("Mali", "deployment"),
        ("Niger", "deployment"),
    }


def test_a_conjunct_from_a_place_is_left_as_the_first_is() -> None:
    text = "Chad withdrew its troops from Mali, Benin from Niger, in 2022."
    assert _sites(events(text, "Chad", "Mali", "Benin", "Niger")) == {
        ("Mali", "withdrawal"),
        ("Niger", "withdrawal"),
    }


def test_an_absolute_clause_repeats_the_presence_at_its_places() -> None:
    text = "One battalion is based in Gao, the others being in Kidal and Agadez."
    assert _sites(events(text, "Gao", "Kidal", "Agadez")) == {
        ("Gao", "presence"),
        ("Kidal", "presence"),
        ("Agadez", "presence"),
    }


def test_a_town_in_its_region_is_no_gapped_conjunct() -> None:
    text = "Gunmen attacked Gao, Kidal in Mali and Agadez on Monday."
    places = resolved(text, PLACES, "Gao", "Kidal", "Mali", "Agadez")
    assert gapped(text, places, []).sites == {}


def test_seasons_after_a_gapped_subject_are_no_places() -> None:
    text = "Chad deployed troops in Mali in the summer and Spain in the autumn."
    places = resolved(text, PLACES, "Chad", "Mali", "Spain")
    assert gapped(text, places, []).sites == {}
    assert _sites(events(text, "Chad", "Mali", "Spain")) == {("Mali", "deployment")}


def test_places_without_a_cue_take_no_event() -> None:
    assert events("Sales rose in Europe and in Asia.", "Europe", "Asia") == set()
    text = "Chad leads a company in Mali, Benin in Niger."
    assert events(text, "Chad", "Mali", "Benin", "Niger") == set()


def test_a_conjunct_with_a_verb_of_its_own_is_no_gapped_clause() -> None:
    text = "Chad deployed troops in Mali, Benin in Niger said on Monday."
    places = resolved(text, PLACES, "Chad", "Mali", "Benin", "Niger")
    assert gapped(text, places, []).sites == {}


def test_a_gapped_conjunct_with_its_own_time_is_dated_by_it() -> None:
    text = "Chad sent troops to Mali in 2017, and Benin to Niger in 2019."
    assert events(text, "Chad", "Mali", "Benin", "Niger") == {
        ("Mali", "deployment", "2017"),
        ("Niger", "deployment", "2019"),
    }
    text = "Chad sent troops to Mali in 2017, and Benin to Niger."
    assert ("Niger", "deployment", "2017") in events(text, "Chad", "Mali", "Benin", "Niger")


def test_a_place_repeated_with_its_own_time_takes_the_event_at_that_time() -> None:
    text = "Gunmen attacked a checkpoint in Gao in 2019 and Kidal in 2020."
    assert events(text, "Gao", "Kidal") == {("Gao", "attack", "2019"), ("Kidal", "attack", "2020")}
    text = "Gunmen attacked checkpoints in Gao in 2019 and in Agadez in 2020."
    assert events(text, "Gao", "Agadez") == {("Gao", "attack", "2019"), ("Agadez", "attack", "2020")}


def test_a_country_with_a_time_of_its_own_and_no_preposition_may_be_a_subject() -> None:
    text = "Chad deployed troops in Mali in 2019 and Benin in 2020."
    places = resolved(text, PLACES, "Chad", "Mali", "Benin")
    assert gapped(text, places, []).sites == {}


def test_the_rest_with_a_place_after_with_shares_the_presence() -> None:
    text = "Most of the soldiers are stationed in Gao, with the rest in Kidal."
    assert _sites(events(text, "Gao", "Kidal")) == {("Gao", "presence"), ("Kidal", "presence")}
    text = "Gunmen attacked a checkpoint in Gao, with rockets in Kidal."
    places = resolved(text, PLACES, "Gao", "Kidal")
    assert gapped(text, places, []).sites == {}


def test_a_conjunct_whose_subject_is_a_count_in_words_takes_the_event() -> None:
    # "and two in the skies of Y": a count in words and a place noun with "of" before the place
    text = "Overnight, 20 drones were shot down in Gao near Mali, and two in the skies of Kidal."
    found = _sites(events(text, "Gao", "Mali", "Kidal"))
    assert ("Kidal", "attack") in found
    assert ("Gao", "attack") in found


def test_a_second_object_with_its_own_time_takes_the_event_at_that_time() -> None:
    # the verb's object, no preposition: "shelled X on Monday and Y on Tuesday" tells two days
    text = "Rebels shelled Gao on Monday and Kidal on Tuesday."
    assert events(text, "Gao", "Kidal", published="2021-03-18") == {
        ("Gao", "attack", "2021-03-15"),
        ("Kidal", "attack", "2021-03-16"),
    }
    text = "Rebels shelled Gao on Monday and Kidal reported no damage."
    places = resolved(text, PLACES, "Gao", "Kidal")
    assert gapped(text, places, []).sites == {}
