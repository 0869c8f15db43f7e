"""Event tagging on our own example sentences (places given as resolved mentions, no gazetteer needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.errors import InputError
from geo.events import EventTag, find_counts, parse_number, split_sentences, tag_events
from geo.model.catalog import ACTORS, MISSIONS, load_catalogues
from geo.model.spans import Resolved
from geo.model.vocab import EVENT_TYPES, TIME_PRECISIONS
from geo.temporal.edtf import parse_edtf
from tests.events_support import resolved

# name -> (id, class, country)
PLACES = {
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Basra": ("geonames:99532", "city", "IQ"),
    "Iraq": ("iso:IQ", "country", "IQ"),
    "Syria": ("iso:SY", "country", "SY"),
    "Norway": ("iso:NO", "country", "NO"),
    "Tikrit airport": ("test:tikrit-airport", "airport", "IQ"),
    "Camp Taji": ("test:camp-taji", "military_base", "IQ"),
    "Strait of Hormuz": ("geo:strait-of-hormuz", "water_body", None),
    "Persian Gulf": ("geo:persian-gulf", "water_body", None),
    "Aden": ("geonames:415189", "city", "YE"),
}


def resolve(text: str, *names: str) -> list[Resolved]:
    """Resolved mentions for every occurrence of ``names`` in ``text``."""
    return resolved(text, PLACES, *names)


def tag(
    text: str, *names: str, published: str | None = "2021-03-15", **options: object
) -> dict[str, EventTag]:
    """Event tags by place name (mention tags included)."""
    tags = tag_events(text, resolve(text, *names), published=published, **options)  # type: ignore[arg-type]
    return {t.place.candidate.name: t for t in tags}


def test_drone_strike_dated_by_weekday_with_actor_and_site() -> None:
    text = "A U.S. drone strike hit a convoy near Tikrit airport on Friday, the army of Iraq said."
    tags = tag(text, "Tikrit airport", "Iraq")
    strike = tags["Tikrit airport"]
    assert (strike.event_type, strike.sub_event_type) == ("strike", "drone_strike")
    assert (strike.date, strike.time_precision, strike.date_source) == ("2021-03-12", "day", "sentence")
    assert strike.actors == ("United States",)
    assert tags["Iraq"].event_type == "mention"  # named, but not where the strike happened


@pytest.mark.parametrize(
    ("sentence", "event_type", "sub_event_type"),
    [
        ("Katyusha rockets landed in Mosul last night.", "rocket_attack", "rocket"),
        ("A ballistic missile struck Mosul.", "attack", "ballistic_missile"),
        ("Jets carried out air strikes in Mosul.", "strike", "air_strike"),
        ("A roadside bombing in Mosul wounded two guards and other attacks followed.", "attack", "bombing"),
        ("Gunmen attacked a checkpoint in Mosul.", "attack", None),
        ("Two engineers were kidnapped in Mosul.", "abduction", None),
        ("Hundreds joined a protest in Mosul against power cuts.", "protest", None),
        ("The last Norwegian troops withdrew from bases in Mosul.", "withdrawal", None),
        ("Norwegian instructors train police officers in Mosul.", "training", None),
        ("The army deployed an extra battalion to Mosul.", "deployment", None),
        ("A company was sent to Mosul to guard the dam.", "deployment", "force_protection"),
        ("The coalition still has bases in Mosul.", "presence", None),
        ("The provincial council of Mosul voted to ban the party.", "political", None),
        ("Traffic in Mosul was light.", "mention", None),
    ],
)
def test_event_types(sentence: str, event_type: str, sub_event_type: str | None) -> None:
    found = tag(sentence, "Mosul")["Mosul"]
    assert found.event_type == event_type
    assert found.sub_event_type == sub_event_type
    assert found.event_type in EVENT_TYPES


def test_threatened_attack_is_political_not_an_attack() -> None:
    text = "The militia threatened to attack bases in Kirkuk."
    assert tag(text, "Kirkuk")["Kirkuk"].event_type == "political"


def test_suspended_training_and_mission_from_catalogue_alias() -> None:
    text = "All CJTF-OIR training in Iraq was suspended on Monday."
    found = tag(text, "Iraq")["Iraq"]
    assert (found.event_type, found.sub_event_type) == ("training", "training_suspended")
    assert found.mission == "Operation Inherent Resolve"
    assert found.date == "2021-03-15"


def test_troops_assigned_to_each_place_and_elliptical_counts() -> None:
    text = "Norway keeps forty soldiers stationed in Kirkuk and a dozen in Basra."
    tags = tag(text, "Kirkuk", "Basra", "Norway")
    # "stationed" says where troops are (presence), not that they are sent
    assert (tags["Kirkuk"].event_type, tags["Kirkuk"].troops) == ("presence", 40)
    assert (tags["Basra"].event_type, tags["Basra"].troops) == ("presence", 12)
    assert "Norway" in tags["Kirkuk"].actors


def test_fatalities_from_number_words_and_attributive_year() -> None:
    text = "Last year it emerged that seventy people had been killed in a 2016 bombing by jets in Mosul"
    found = tag(text, "Mosul")["Mosul"]
    assert (found.event_type, found.sub_event_type) == ("strike", "air_strike")
    assert found.fatalities == 70
    assert found.date == "2016"  # the year of the bombing, not of the revelation


def test_undated_event_falls_back_to_publication_with_its_precision_and_lower_confidence() -> None:
    dated = tag("Rockets hit Camp Taji on Tuesday.", "Camp Taji", published="2021-03")["Camp Taji"]
    undated = tag("Rockets hit Camp Taji.", "Camp Taji", published="2021-03")["Camp Taji"]
    assert (dated.date, dated.time_precision, dated.date_source) == ("2021-03", "month", "sentence")
    assert (undated.date, undated.time_precision, undated.date_source) == ("2021-03", "month", "publication")
    assert undated.confidence < dated.confidence
    none = tag("Rockets hit Camp Taji.", "Camp Taji", published=None)["Camp Taji"]
    assert (none.date, none.date_start, none.date_source) == (None, None, "none")


def test_neighbour_sentence_dates_an_undated_event() -> None:
    text = "Camp Taji is often targeted by rockets. In January 2020, for example, three salvoes landed."
    found = tag(text, "Camp Taji")["Camp Taji"]
    assert (found.event_type, found.date, found.date_source) == ("rocket_attack", "2020-01", "neighbour")


def test_present_tense_sentence_keeps_the_publication_date() -> None:
    text = "Fighting ended in 2017. The current contingent has thirty soldiers stationed in Kirkuk."
    found = tag(text, "Kirkuk")["Kirkuk"]
    assert (found.date, found.date_source, found.troops) == ("2021-03-15", "publication", 30)


def test_culprit_named_in_next_sentence() -> None:
    text = "A researcher was abducted in Basra in May. Officials identified Kataib Hezbollah as the culprit."
    found = tag(text, "Basra")["Basra"]
    assert (found.event_type, found.date) == ("abduction", "2020-05")
    assert "Kataib Hezbollah" in found.actors


def test_mission_by_area_and_french_led_actor() -> None:
    text = (
        "Norway joins a French-led mission to protect tankers in the Strait of Hormuz, the route out of the "
        "Persian Gulf."
    )
    tags = tag(text, "Norway", "Strait of Hormuz", "Persian Gulf")
    strait = tags["Strait of Hormuz"]
    assert (strait.event_type, strait.sub_event_type) == ("deployment", "maritime_security")
    assert strait.mission == "European Maritime Awareness in the Strait of Hormuz"
    assert set(strait.actors) == {"Norway", "France"}
    assert tags["Persian Gulf"].event_type == "mention"
    assert tags["Norway"].event_type == "mention"


def test_mission_outside_its_active_years_is_not_used() -> None:
    text = "Under Operation Iraqi Freedom troops were deployed to Basra in 2019."
    assert tag(text, "Basra")["Basra"].mission is None
    text = "Under Operation Iraqi Freedom troops were deployed to Basra in 2004."
    assert tag(text, "Basra")["Basra"].mission == "Operation Iraqi Freedom"


def test_same_event_in_two_sentences_is_merged_and_mentions_grouped() -> None:
    text = "Rockets hit Mosul on Friday. Rockets also hit Mosul roads on Friday, officials in Mosul said."
    tags = [t for t in tag_events(text, resolve(text, "Mosul"), published="2021-03-15") if t.place]
    assert len(tags) == 1
    assert len(tags[0].mentions) == 3
    assert tags[0].event_type == "rocket_attack"


def test_user_catalogue_adds_armed_group_and_mission(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "missions:\n  - name: Operation Sentry\n    aliases: [Sentry]\n    active: 2019/..\n"
        "actors:\n  - name: Saraya Test\n    aliases: [the Test Brigades]\n    kind: armed_group\n",
        encoding="utf-8",
    )
    missions, actors = load_catalogues(extra)
    assert "Sentry" in missions
    assert "the test brigades" in actors
    assert "Operation Inherent Resolve" in missions  # built-ins kept
    text = "Under Operation Sentry, drones of the Test Brigades attacked Aden."
    found = tag(text, "Aden", missions=missions, actors=actors)["Aden"]
    assert found.mission == "Operation Sentry"
    assert "Saraya Test" in found.actors
    assert tag(text, "Aden")["Aden"].mission is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("missions: 3\n", "expected a list"),
        ("actors:\n  - aliases: [x]\n", "non-empty 'name'"),
        ("actors:\n  - name: X\n    colour: red\n", "unknown keys"),
        ("others: []\n", "must be a mapping"),
        ("actors:\n  - name: Y\n    aliases: [ISIS]\n", "names two entries"),
    ],
)
def test_bad_catalogue_file(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_catalogues(bad, missions=MISSIONS, actors=ACTORS)


def test_every_tag_is_consistent() -> None:
    text = (
        "Last week rockets hit Camp Taji. Since 2019 forty Norwegian advisers have trained troops in Kirkuk. "
        "Between 2014 and 2017 the group occupied Mosul. Protesters gathered in Basra today."
    )
    tags = tag_events(text, resolve(text, "Camp Taji", "Kirkuk", "Mosul", "Basra"), published="2021-03")
    assert {t.event_type for t in tags} == {"rocket_attack", "training", "attack", "protest"}
    for found in tags:
        assert found.event_type in EVENT_TYPES
        assert 0 < found.confidence <= 1
        assert found.time_precision in TIME_PRECISIONS
        assert found.date is not None
        bounds = parse_edtf(found.date)
        assert (bounds.iso_start, bounds.iso_end) == (found.date_start, found.date_end)
        assert all(text[s:e] == found.place.toponym.surface for s, e in found.mentions)
        assert found.notes
        assert found.notes not in text
        start, end = found.sentence
        assert start <= found.mentions[0][0] < end


def test_bad_publication_date() -> None:
    with pytest.raises(InputError, match="publication date"):
        tag_events("Rockets hit Mosul.", [], published="yesterday")


def test_sentences_keep_abbreviations_together() -> None:
    text = "Sgt. Kyle C. Talbot met U.S. Marines on Jan. 3 in Basra. They left.\n\nNext paragraph here"
    spans = [(s.paragraph, text[s.start : s.end]) for s in split_sentences(text)]
    assert spans == [
        (0, "Sgt. Kyle C. Talbot met U.S. Marines on Jan. 3 in Basra."),
        (0, "They left."),
        (1, "Next paragraph here"),
    ]


@pytest.mark.parametrize(
    ("words", "value"),
    [("seventy", 70), ("a dozen", 12), ("one hundred and twenty", 120), ("1,200", 1200), ("forty-five", 45)],
)
def test_number_words(words: str, value: int) -> None:
    assert parse_number(words) == value


def test_counts_in_text() -> None:
    text = (
        "More than 100 soldiers arrived; the death toll rose to 12 and at least seventy civilians were killed"
    )
    assert [(c.value, c.kind) for c in find_counts(text)] == [
        (100, "troops"),
        (12, "fatalities"),
        (70, "fatalities"),
    ]


def test_strong_units_and_parts_of_a_troop_count() -> None:
    assert [c.value for c in find_counts("The army sent a 1,200-strong force to the north.")] == [1200]
    assert [c.value for c in find_counts("A roughly 40-strong army training team arrived.")] == [40]
    # "strong" without a unit noun is not a count, nor is a number before an adjective alone
    assert find_counts("A 300 strong crowd gathered. The wind was 40 strong.") == []
    # a part of a count is the number of the part
    assert [c.value for c in find_counts("The last 60 of the 900 German soldiers left.")] == [60]


def test_a_single_victim_named_before_a_death_toll_is_added_to_it() -> None:
    text = "A senior commander of the militia and two fighters were killed in the raid."
    assert [(c.value, c.kind) for c in find_counts(text)] == [(3, "fatalities")]
    assert [c.value for c in find_counts("An official and four civilians were killed.")] == [5]
    # an article before a word that is no victim adds nothing
    assert [c.value for c in find_counts("A car and four civilians were killed.")] == [4]


def test_one_victim_a_killing_of_and_a_martyrdom_of_are_death_tolls() -> None:
    text = "Gunmen raided the village, killing a child and wounding two."
    assert [c.value for c in find_counts(text)] == [1]
    assert [c.value for c in find_counts("The raid ended in the killing of four farmers.")] == [4]
    assert [c.value for c in find_counts("It resulted in the martyrdom of three guards.")] == [3]
    assert [c.value for c in find_counts("The shelling caused one civilian fatality.")] == [1]
    assert [c.value for c in find_counts("The group executed three hostages.")] == [3]
    # "a" before a word that is no victim, and "killing" without "of", count nothing
    assert find_counts("They went on killing a number of hours.") == []
    assert find_counts("The killing continued.") == []


def test_an_organisation_implies_its_mission_of_the_place_and_period() -> None:
    text = "Italian troops arrived in Basra on Friday, part of a NATO effort to advise Iraqi forces."
    assert tag(text, "Basra", published="2019-03-15")["Basra"].mission == "NATO Mission Iraq"
    assert tag(text, "Basra", published="2009-03-15")["Basra"].mission == "NATO Training Mission – Iraq"
    # a country in a mission's name ("Iraqi" -> Iraq, in "NATO Mission Iraq") implies nothing
    text = "Italian troops arrived in Basra on Friday to advise Iraqi forces."
    assert tag(text, "Basra", published="2019-03-15")["Basra"].mission is None


def test_trainers_and_peacekeepers_are_forces_and_storming_a_place_is_an_attack() -> None:
    assert tag("German trainers left Basra last week.", "Basra")["Basra"].event_type == "withdrawal"
    assert tag("The UN sent peacekeepers to Mosul.", "Mosul")["Mosul"].event_type == "deployment"
    assert tag("More troops have been sent into Mosul.", "Mosul")["Mosul"].event_type == "deployment"
    assert tag("Militants stormed a police station in Kirkuk.", "Kirkuk")["Kirkuk"].event_type == "attack"
    assert tag("The storm hit Basra on Monday.", "Basra")["Basra"].event_type == "mention"
    text = "The army achieved a strategic advancement near Kirkuk."
    assert tag(text, "Kirkuk")["Kirkuk"].event_type == "attack"


def test_longest_catalogue_name_wins_over_a_capitalised_short_one() -> None:
    text = "Norwegian advisers of NATO Mission Iraq train officers in Basra."
    found = tag(text, "Basra")["Basra"]
    assert (found.event_type, found.mission) == ("training", "NATO Mission Iraq")
    assert "NATO" not in found.actors


def test_an_organisations_mission_is_its_only_mission_covering_the_place() -> None:
    text = "Norwegian advisers of the NATO mission train officers in Basra."
    found = tag(text, "Basra")["Basra"]
    assert (found.event_type, found.mission) == ("training", "NATO Mission Iraq")
    assert "NATO" in found.actors
    elsewhere = tag("Norwegian advisers of the NATO mission train officers in Aden.", "Aden")["Aden"]
    assert elsewhere.mission is None


def test_place_named_twice_keeps_the_event_of_the_mention_that_has_one() -> None:
    # The second "Mosul" is locative but its clause has no cue; the event is read at the first mention.
    text = "Mosul officials signed a truce agreement, and schools reopened in Mosul."
    mosul = tag(text, "Mosul")["Mosul"]
    assert (mosul.event_type, mosul.mentions) == ("political", ((0, 5), (66, 71)))
    assert mosul.confidence > 0


def test_general_cues_strike_handover_and_troop_count() -> None:
    assert tag("Israeli jets struck Aden on Friday.", "Aden")["Aden"].event_type == "strike"
    assert tag("Dock workers went on strike in Aden on Friday.", "Aden")["Aden"].event_type == "mention"
    handed = tag("The coalition handed over Camp Taji to Iraqi forces on Friday.", "Camp Taji")["Camp Taji"]
    assert handed.event_type == "withdrawal"
    # a bare troop count says where troops are; the sentence's adverbial dates it
    sent = tag("From Monday, 300 soldiers will be working in Basra.", "Basra")["Basra"]
    assert (sent.event_type, sent.troops) == ("presence", 300)
    assert sent.date_source == "sentence"
    sent = tag("On Monday, 300 soldiers were deployed to Basra.", "Basra")["Basra"]
    assert (sent.event_type, sent.troops) == ("deployment", 300)
