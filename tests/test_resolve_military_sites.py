"""Military and infrastructure sites the gazetteer lacks (site37): a head before the name ("Camp X",
"Forward Operating Base X", "FOB X") makes one name that is never a look-alike town or airport far away;
an apposition naming the site's kind (", a US base near Y") or a compass relation ("east of Y") puts it at
the place the text relates it to, as a place of its own (``near:<id>:<name>``) with the sentence's event.
All sentences are ours."""

from __future__ import annotations

import pytest

from geo import Geoparser
from geo.gazetteer import haversine_km
from geo.model.article import Article

#: Points of the towns the sentences relate the sites to (lon, lat).
BAGHDAD_AIRPORT = (44.2346, 33.2625)
BAGHDAD = (44.40088, 33.34058)
KANDAHAR = (65.71013, 31.61332)
GAO = (-0.04472, 16.27167)
ERBIL = (44.00943, 36.19117)


def _features(parser: Geoparser, text: str) -> dict[str, tuple[str, str, tuple[float, float]]]:
    """name -> (event type, place id, point) of the features of ``text``."""
    found = parser.extract_features(Article(id="t", text=text, published="2024-02-08"))
    return {
        f.properties.name: (
            str(f.properties.event_type),
            str(f.properties.model_dump().get("id")),
            (float(f.geometry.coordinates[0]), float(f.geometry.coordinates[1])),
        )
        for f in found
    }


@pytest.mark.parametrize(
    ("text", "name", "event", "point"),
    [
        (
            "A rocket hit Camp Victory, a US base near Baghdad airport, on Monday.",
            "Camp Victory",
            "rocket_attack",
            BAGHDAD_AIRPORT,
        ),
        (
            "Militiamen shelled Camp Horizon, a French base outside Gao, on Tuesday.",
            "Camp Horizon",
            "attack",
            GAO,
        ),
        (
            "Drones hit Camp Meridian, a logistics base near Erbil, on Friday.",
            "Camp Meridian",
            "strike",
            ERBIL,
        ),
    ],
)
def test_apposed_site_is_placed_at_the_related_place(
    parser: Geoparser, text: str, name: str, event: str, point: tuple[float, float]
) -> None:
    features = _features(parser, text)
    kind, ident, at = features[name]
    assert kind == event
    assert "-near-" in ident  # a place of its own
    assert haversine_km(at, point) < 1.0  # not Victoria, Canada, nor a town Victory in the US
    assert "US base" not in features or features["US base"][0] == "mention"


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "Gunmen attacked Forward Operating Base Falcon in southern Baghdad on Monday.",
            "Forward Operating Base Falcon",
            BAGHDAD,
        ),
        ("Gunmen attacked FOB Zarbat near Kandahar on Monday.", "FOB Zarbat", KANDAHAR),
        (
            "Militants raided Forward Operating Base Zarbat near Kandahar on Sunday.",
            "Forward Operating Base Zarbat",
            KANDAHAR,
        ),
    ],
)
def test_headed_site_is_one_name_at_its_town(
    parser: Geoparser, text: str, name: str, point: tuple[float, float]
) -> None:
    features = _features(parser, text)
    assert name in features  # one span: not "Forward Operating Base" and "Falcon" (a look-alike abroad)
    kind, ident, at = features[name]
    assert kind == "attack"
    assert "-near-" in ident
    assert haversine_km(at, point) < 1.0
    assert "Falcon" not in features


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Rockets struck Camp Taji north of Baghdad on Monday.", "Camp Taji", "IQ"),
        ("Taliban fighters attacked Camp Bastion in Helmand on Monday.", "Camp Bastion", "AF"),
        ("Mortars hit Camp Taji, north of the capital, on Friday.", "Camp Taji", "IQ"),
    ],
)
def test_headed_site_the_gazetteer_has_keeps_its_entry(
    parser: Geoparser, text: str, name: str, country: str
) -> None:
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == name]
    assert [(c.feature_class in ("military_base", "airport"), c.country) for c in chosen] == [(True, country)]


@pytest.mark.parametrize(
    "text",
    [
        "Guardsmen at Camp Murray, Washington, trained for the wildfire season on Monday.",
        "CAMP MURRAY, Wash. - The guard's civil support team drilled again this week.",
        "Camp Murray hosted a disaster drill for the state's emergency teams.",
    ],
)
def test_headed_site_the_gazetteer_names_whole_keeps_it(parser: Geoparser, text: str) -> None:
    """A place whose whole name is the site's (a locality called Camp Murray) is the site, whatever its
    class: only look-alikes that drop the head ("Victory" for "Camp Victory") are refused."""
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface.casefold() == "camp murray"]
    assert [(c.name, c.country) for c in chosen] == [("Camp Murray", "US")]


@pytest.mark.parametrize(
    "text",
    [
        "A rocket landed near Camp Victory on Monday.",
        "Shells fell on Camp Meridian overnight.",
        "Gunmen fired at FOB Zarbat on Sunday.",
    ],
)
def test_headed_site_related_to_nothing_is_no_look_alike(parser: Geoparser, text: str) -> None:
    resolved = parser.resolve(text, parser.recognize(text))
    assert resolved == []  # no town Victory in the US, no airport abroad: the text names no place


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Drones struck the Zorvat gas field east of Deir ez-Zor on Sunday.",
            "Zorvat gas field",
            (40.14084, 35.33588),
        ),
        (
            "Rebels shelled the Kalu oil terminal north of Hodeidah on Monday.",
            "Kalu oil terminal",
            (42.95452, 14.79781),
        ),
        ("Gunmen raided the Kessomba army camp south-west of Gao on Friday.", "Kessomba army camp", GAO),
    ],
)
def test_site_related_by_a_compass_word(
    parser: Geoparser, text: str, name: str, town: tuple[float, float]
) -> None:
    features = _features(parser, text)
    kind, _, at = features[name]
    assert kind in ("attack", "strike")
    assert 5.0 < haversine_km(at, town) < 40.0  # off the town, on the side the text gives


def test_site_related_to_nothing_sits_on_its_sentence_country(parser: Geoparser) -> None:
    features = _features(parser, "Some 20,000 US troops are stationed in Japan, most of them at Camp Hansen.")
    _, ident, at = features["Camp Hansen"]
    assert "-near-iso-jp-" in ident  # Japan's point, a country's precision: not the town Hansen, Idaho
    assert at == features["Japan"][2]


def test_site_related_to_nothing_takes_the_event_at_its_sentence_town(parser: Geoparser) -> None:
    text = "The Dutch contingent withdrew from Gao on Tuesday and handed over Camp Zephyr to the governor."
    kind, ident, at = _features(parser, text)["Camp Zephyr"]
    assert kind == "withdrawal"
    assert "-near-" in ident
    assert haversine_km(at, GAO) < 1.0


def test_site_not_in_the_main_place_sentence_gets_no_point(parser: Geoparser) -> None:
    features = _features(
        parser, "Talks opened in Bamako on Monday. Separately, mortars hit Camp Zephyr overnight."
    )
    assert "Camp Zephyr" not in features  # a camp named in a story about another place is not put there


@pytest.mark.parametrize(
    ("text", "name", "town", "most_km"),
    [
        (
            "Smugglers clashed with guards at the Kelmar crossing outside Kandahar on Monday.",
            "Kelmar crossing",
            KANDAHAR,
            1.0,
        ),
        (
            "Gunmen attacked the Zorvat border crossing near Erbil on Sunday.",
            "Zorvat border crossing",
            ERBIL,
            1.0,
        ),
        (
            "A bomb hit the Dunrak checkpoint south of Kandahar on Friday.",
            "Dunrak checkpoint",
            KANDAHAR,
            40.0,
        ),
    ],
)
def test_crossings_and_checkpoints_are_sites(
    parser: Geoparser, text: str, name: str, town: tuple[float, float], most_km: float
) -> None:
    kind, _, at = _features(parser, text)[name]
    assert kind == "attack"
    assert haversine_km(at, town) < most_km


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("Gunmen attacked FOB Kelo Marrat near Kandahar on Monday.", "FOB Kelo Marrat", KANDAHAR),
        ("Insurgents attacked Outpost Dara Zeyn near Kandahar on Monday.", "Outpost Dara Zeyn", KANDAHAR),
        ("Mortars hit Camp Kelvo Dunar near Gao on Sunday.", "Camp Kelvo Dunar", GAO),
    ],
)
def test_a_headed_name_of_several_words_is_whole(
    parser: Geoparser, text: str, name: str, town: tuple[float, float]
) -> None:
    kind, ident, at = _features(parser, text)[name]
    assert kind == "attack"
    assert "-near-" in ident
    assert haversine_km(at, town) < 1.0
