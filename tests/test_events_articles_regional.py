"""Wave 35, art35b: ten fresh excerpts from English pages of regional outlets, written (with their gold)
before geo ever ran on them.

``tests/data/articles31/regional.jsonl`` (doc_ids r01..r10, our own wording on real places): outlets of
the Kurdistan Region, Iraq, northeast Syria, Yemen, Somalia, Nigeria, Mali, Libya and Afghanistan, with
their page chrome (menus, bylines, "Related news" link lists, photo captions, "Translated by"),
transliteration variants (al-/Al-, Qamishli/Qamishlo, Sinjar/Shingal, Tombouctou/Timbuktu, Sana'a/Sanaa,
Pul-i-Khumri/Puli Khumri), local admin levels (sub-district, nahiya, governorate, local government area,
cercle, commune) and tolls from local security sources.

Figures (``geo eval --events tests/data/articles31/regional.jsonl --no-peer``), event P/R, place F1:
before any fix all .547/.446, place F1 .915 (odd .552/.571, even .542/.351); after the art35b rules all
.720/.554, place F1 .915 (odd .667/.643, even .783/.486; docs/events.md, "Sixteenth pass, art35b:
regional"). The floor test fails if a later change loses more than 0.02 of them; the unit tests below use
our own sentences, three or more per rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo import Geoparser
from geo.events.numbers import find_counts
from geo.recognize.boilerplate import boilerplate_spans
from geo.temporal import find_dates
from geo.temporal._tense import future
from tests.events_support import event_triples, set_falls_short

ARTICLES = Path(__file__).parent / "data" / "articles31" / "regional.jsonl"
#: Final figures on all ten documents (event precision, event recall, place F1), less the 0.02 margin.
FLOOR = {"event_precision": 0.720 - 0.02, "event_recall": 0.554 - 0.02, "place_f1": 0.915 - 0.02}


@pytest.fixture(scope="module")
def parser() -> Geoparser:
    return Geoparser()


def _events(parser: Geoparser, text: str, published: str) -> set[tuple[str, str, str]]:
    return event_triples(parser, text, published)


@pytest.mark.slow
def test_regional_articles_keep_their_figures() -> None:
    assert not set_falls_short(ARTICLES, FLOOR)


# recognize/boilerplate: a list header alone on its line makes the headline lines under it chrome


@pytest.mark.parametrize(
    ("header", "links"),
    [
        ("Related news", ["Gunmen storm a police post in Kirkuk", "Diyala: farmers count losses"]),
        ("Read more:", ["- Hasakah: bakery shut after shelling", "- Kobani marks ten years since the siege"]),
        ("Most read", ["1. Militia convoy enters Zawiya", "2. Flights resume at Benghazi airport"]),
        ("Trending", ["Governor visits flood camps in Maiduguri"]),
    ],
)
def test_link_lines_under_a_list_header_are_chrome(header: str, links: list[str]) -> None:
    story = "Troops reached the town on Monday."
    text = story + "\n" + header + "\n" + "\n".join(links) + "\n\nThe army said it held the bridge."
    spans = boilerplate_spans(text)
    block = text.index(header), text.index(links[-1]) + len(links[-1])
    assert any(a <= block[0] and block[1] <= b for a, b in spans), spans
    assert not any(a < len(story) for a, _ in spans)
    assert not any(b > text.index("The army") for _, b in spans)


def test_list_header_stops_at_a_line_of_running_text() -> None:
    text = "Read also:\nDrone hits base in Erbil\nFighters attacked a checkpoint near Tikrit on Sunday.\n"
    found = [text[a:b] for a, b in boilerplate_spans(text)]
    assert found == ["Read also:\nDrone hits base in Erbil"]


def test_a_cue_with_its_own_headline_keeps_only_its_line() -> None:
    text = "Read also: Drone hits base in Erbil\nGunmen killed a guard in Mosul\n"
    found = [text[a:b] for a, b in boilerplate_spans(text)]
    assert found == ["Read also: Drone hits base in Erbil"]


def test_headline_under_related_news_carries_no_event(parser: Geoparser) -> None:
    text = (
        "Gunmen wounded three policemen at a checkpoint in Hawija on Saturday, an officer said.\n"
        "Related news\nKirkuk: farmers protest water cuts\nMosul: bombers strike a market"
    )
    places = {name for name, _, _ in _events(parser, text, "2025-03-10")}
    assert "Kirkuk" not in places, places
    assert "Mosul" not in places, places


# temporal/_tense: ", and" before a new subject ends the clause of the future test (plain grammar)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The ministry vowed it will answer, and the envoy was summoned on Wednesday.", "on Wednesday"),
        ("Police will guard the schools, and the gunmen attacked a market in Gwoza on Sunday.", "on Sunday"),
        ("Officials say talks will resume, and Turkey shelled Kobani on Monday.", "on Monday"),
        ("Aid will reach the camps soon, and their residents protested on Friday.", "on Friday"),
    ],
)
def test_coordinated_past_clause_after_a_future_one_is_past(text: str, date: str) -> None:
    at = text.index(date)
    assert not future(text, at, at + len(date))


def test_future_clause_after_and_stays_future() -> None:
    text = "The convoy left Gao, and the last troops will leave Kidal on Monday."
    at = text.index("on Monday")
    assert future(text, at, at + len("on Monday"))
    plain = "Troops will leave Kidal on Monday, and the base will close."
    at = plain.index("on Monday")
    assert future(plain, at, at + len("on Monday"))


def test_summons_after_a_vow_keeps_the_past_weekday(parser: Geoparser) -> None:
    text = (
        "The army vowed that the raid will not go unpunished, and the foreign ministry summoned the"
        " ambassador in Kabul on Wednesday."
    )
    assert ("Kabul", "political", "2024-12-25") in _events(parser, text, "2024-12-26")


# events/outranked: a bare direction right after a place ("X north of Y", "X, west of Y,") says where X
# lies; Y is no site of X's event


@pytest.mark.parametrize(
    ("text", "site", "locator"),
    [
        ("Gunmen wounded three policemen in Hawija west of Kirkuk on Saturday.", "Hawija", "Kirkuk"),
        ("Bandits killed five villagers in Gwoza, south of Maiduguri, on Sunday.", "Gwoza", "Maiduguri"),
        ("Bomb kills four soldiers in Tarmiyah north of Baghdad", "Tarmiyah", "Baghdad"),
        ("A drone struck a car in Jalalabad, some 120 km east of Kabul, on Friday.", "Jalalabad", "Kabul"),
    ],
)
def test_place_named_by_a_bare_direction_only_locates(
    parser: Geoparser, text: str, site: str, locator: str
) -> None:
    places = {name for name, kind, _ in _events(parser, text, "2025-03-10") if kind != "mention"}
    assert site in places, places
    assert locator not in places, places


def test_direction_then_and_keeps_the_second_place_a_site(parser: Geoparser) -> None:
    text = "Militias shelled Tal Tamr, west of Hasakah, and Hasakah itself on Monday."
    places = {name for name, kind, _ in _events(parser, text, "2025-03-10") if kind != "mention"}
    assert "Hasakah" in places, places


# temporal: "that same month", "the same day", "later that year" take the unit of the time told right before


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("Rebels took Kidal on 3 November 2023. The same day, the army bombed Tessalit.", "2023-11-03"),
        ("A blockade has held since August 2023. That same month, the mission left Ber.", "2023-08"),
        ("Gunmen raided Gao on 3 May 2022. Later that year, the last troops flew out.", "2022"),
        ("Police fired on marchers on 9 June 2021. Earlier that month, the army entered Zinder.", "2021-06"),
        (
            "Fighting began in Sinune on Sunday. On the very same day, residents protested in Sinjar.",
            "2024-10-06",
        ),
    ],
)
def test_same_unit_as_the_time_told_before(text: str, edtf: str) -> None:
    second = text.index(". ") + 2
    found = [e.edtf for e in find_dates(text, published="2024-10-08") if e.start >= second]
    assert found == [edtf], found


def test_same_day_with_no_time_before_is_no_date() -> None:
    assert find_dates("The same day, troops left the camp.", published="2024-10-08") == []


# events_cues presence: two coordinated nouns of forces or their means after "has/keeps/maintains"
# (plain grammar: a coordinated object)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Turkey has kept troops and military advisers in Tripoli since 2020.", "Tripoli"),
        ("France still has troops and special forces in Chad, officials said.", "Chad"),
        ("The US maintains personnel and drones in Niger under a 2013 deal.", "Niger"),
        ("Britain keeps soldiers and instructors in Kenya for joint drills.", "Kenya"),
    ],
)
def test_coordinated_forces_kept_somewhere_are_a_presence(parser: Geoparser, text: str, place: str) -> None:
    kinds = {kind for name, kind, _ in _events(parser, text, "2025-05-15") if name == place}
    assert "presence" in kinds, _events(parser, text, "2025-05-15")


# events_cues strike: "striking" before a military object (the participle CAMEO lists for STRIKE)


@pytest.mark.parametrize(
    ("text", "place", "published"),
    [
        (
            "US and British aircraft began striking Houthi targets in Hodeidah in January 2024.",
            "Hodeidah",
            "2024-03-01",
        ),
        ("The army started striking militant hideouts near Jilib on Friday.", "Jilib", "2025-05-15"),
        ("Warplanes were striking rebel depots around Sirte late on Sunday.", "Sirte", "2025-05-15"),
    ],
)
def test_striking_a_military_object_is_a_strike(
    parser: Geoparser, text: str, place: str, published: str
) -> None:
    kinds = {kind for name, kind, _ in _events(parser, text, published) if name == place}
    assert kinds == {"strike"}, _events(parser, text, published)


def test_striking_workers_make_no_strike(parser: Geoparser) -> None:
    kinds = {
        kind for _, kind, _ in _events(parser, "Striking dockers blocked the port of Mombasa.", "2025-05-15")
    }
    assert "strike" not in kinds


# events/anaphora: "the (same) district / governorate / county" refers back to a district named before


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        (
            "Four soldiers were killed in Tarmiyah district on Sunday. In July 2022, an attack on an army"
            " post in the same district killed an officer.",
            "Tarmiyah district",
            "2022-07",
        ),
        (
            "Gunmen stormed a school in Gwoza on Monday. In May 2023 insurgents abducted ten farmers in"
            " the district.",
            "Gwoza",
            "2023-05",
        ),
        (
            "Clashes erupted in Sirwah district on Friday. Last year, Houthi drones struck a camp in the"
            " district.",
            "Sirwah district",
            "2024",
        ),
    ],
)
def test_the_district_refers_back(parser: Geoparser, text: str, place: str, date: str) -> None:
    events = _events(parser, text, "2025-03-10")
    assert any(name == place and when == date for name, _, when in events), events


# events_cues deployment: "moved (more) troops / two battalions / reinforcements into X" (the transitive use)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Turkey moved more troops and armoured vehicles into the Amadiya area in April 2024.", "Amadiya"),
        ("The army moved two battalions to Kidal on Monday.", "Kidal"),
        ("Russia moved additional forces into Kursk last week.", "Kursk"),
        ("The junta moved fresh reinforcements to Timbuktu on Friday.", "Timbuktu"),
    ],
)
def test_moving_troops_somewhere_is_a_deployment(parser: Geoparser, text: str, place: str) -> None:
    kinds = {kind for name, kind, _ in _events(parser, text, "2024-10-17") if name == place}
    assert "deployment" in kinds, _events(parser, text, "2024-10-17")


def test_moving_offices_is_no_deployment(parser: Geoparser) -> None:
    kinds = {
        kind for _, kind, _ in _events(parser, "The firm moved its offices to Nairobi in 2020.", "2024-10-17")
    }
    assert "deployment" not in kinds


# events/count_grammar: a toll after a verb of killing may be definite or whole ("the two men", "all four")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A drone hit a pick-up truck, killing the two men inside.", 2),
        ("Gunmen attacked a minibus, killing the three passengers.", 3),
        ("An air strike flattened a house, killing all four children.", 4),
        ("Bandits killed all the 12 passengers of the bus.", 12),
    ],
)
def test_definite_or_whole_toll_after_killing(text: str, value: int) -> None:
    counts = [c for c in find_counts(text) if c.kind == "fatalities"]
    assert [c.value for c in counts] == [value], counts
