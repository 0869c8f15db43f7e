"""Names the gazetteer lacks in the form written: "the X region" around a town, "X base" for "Al X" (ours)."""

from __future__ import annotations

import pytest

from geo import Geoparser
from geo.gazetteer import haversine_km


def _chosen(parser: Geoparser, text: str, surface: str) -> list[tuple[str, str | None]]:
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == surface]
    return [(candidate.feature_class, candidate.country) for candidate in chosen]


def test_region_named_after_a_town_is_the_town(parser: Geoparser) -> None:
    text = (
        "Israel struck southern Lebanon again on Monday. Israel said a commander of the Naqura region was "
        "killed, and Israel's army said more strikes would follow. Lebanon's health ministry said Lebanon "
        "had lost three civilians, while Israel reported no casualties in Israel."
    )
    assert _chosen(parser, text, "Naqura region") == [("city", "LB")]


def test_site_without_its_article(parser: Geoparser) -> None:
    text = "Drones hit the Tanf base in Syria; US forces near Deir ez-Zor in Syria were on alert."
    assert _chosen(parser, text, "Tanf base") == [("military_base", "SY")]


def test_container_after_in_decides(parser: Geoparser) -> None:
    text = (
        "French troops left Ouagadougou and Kaya in Burkina Faso, and Dori in Burkina Faso too; "
        "the base is nothing like that of Gao in Mali."
    )
    assert _chosen(parser, text, "Gao") == [("city", "ML")]


def test_base_named_after_a_town_is_not_a_look_alike_airport(parser: Geoparser) -> None:
    # The gazetteer has no such base but has the town; an airport whose name only looks like it
    # (another name, another country) must not take it.
    text = "Drones struck Harir air base in the Kurdistan Region of Iraq on Monday."
    assert _chosen(parser, text, "Harir air base") == [("city", "IQ")]


def test_province_without_the_article_of_its_gazetteer_name(parser: Geoparser) -> None:
    # GeoNames writes "Al Bayda" (BGN/PCGN); the news writes "Bayda province".
    text = "Houthi fighters clashed with tribesmen in Bayda province, Yemen, on Sunday."
    assert _chosen(parser, text, "Bayda province") == [("admin_region", "YE")]


def test_river_the_gazetteer_lacks_is_not_a_country(parser: Geoparser) -> None:
    text = "Strikes hit villages south of the Litani River in Lebanon."
    assert _chosen(parser, text, "Litani River") == [("country", "LB")]


def test_article_forms() -> None:
    from geo.gazetteer.normalize import article_forms

    assert article_forms("bayda") == ("al bayda",)
    assert article_forms("tanf") == ("al tanf", "at tanf")
    assert article_forms("shaddadi") == ("al shaddadi", "ash shaddadi")
    assert article_forms("al bayda") == ()
    assert article_forms("ab") == ()


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Rockets hit Baghdad's international airport on Friday.", "Baghdad", [("airport", "IQ")]),
        ("A drone fell near Erbil’s airport.", "Erbil", [("airport", "IQ")]),
        # A possessive before other generic words is not the name's class.
        ("Baghdad's city council met; Baghdad's state media said so.", "Baghdad", [("city", "IQ")] * 2),
    ],
)
def test_site_after_a_possessive(
    parser: Geoparser, text: str, name: str, expected: list[tuple[str, str]]
) -> None:
    assert _chosen(parser, text, name) == expected


def test_other_romanisation_of_a_final_ta_marbuta(parser: Geoparser) -> None:
    # The gazetteer spells the city "Hodeida"; news write "Hodeidah". Found without a preposition, and
    # the city, not the airport whose name holds the word.
    assert _chosen(parser, "Drones hit Hodeidah on Monday.", "Hodeidah") == [("city", "YE")]


def test_final_h_form() -> None:
    from geo.gazetteer.normalize import final_h_form

    assert final_h_form("hodeidah") == "hodeida"
    assert final_h_form("hasaka") == "hasakah"
    assert final_h_form("al bayda") is None
    assert final_h_form("gaza") is None  # too short to be safe
    assert final_h_form("mosul") is None


def _point(parser: Geoparser, text: str, surface: str) -> tuple[str, str | None, float, float]:
    resolved = parser.resolve(text, parser.recognize(text))
    found = [r.candidate for r in resolved if r.toponym.surface == surface]
    assert found, surface
    return found[0].id, found[0].country, found[0].lon, found[0].lat


def test_unknown_village_placed_by_distance_and_direction(parser: Geoparser) -> None:
    # an invented village the gazetteer lacks, located by the text from Mosul (43.1, 36.3)
    text = "Gunmen attacked the village of Zorokoro, some 40 km (25 miles) north of the city of Mosul, Iraq."
    ident, country, lon, lat = _point(parser, text, "Zorokoro")
    mosul = next(
        r.candidate for r in parser.resolve(text, parser.recognize(text)) if r.toponym.surface == "Mosul"
    )
    assert ident.startswith("point:")
    assert country == "IQ"
    assert haversine_km((lon, lat), (mosul.lon, mosul.lat)) == pytest.approx(40, abs=0.5)
    assert lat > mosul.lat
    assert lon == pytest.approx(mosul.lon, abs=0.01)


def test_district_is_not_placed_by_a_distance(parser: Geoparser) -> None:
    # the distance of an area is that of a site in it: the district keeps its usual placement
    text = "Gunmen attacked a camp in the Zorokoro district, 40 km north of Mosul, Iraq."
    ident, *_ = _point(parser, text, "Zorokoro district")
    assert not ident.startswith("point:")


def _points(parser: Geoparser, text: str, surface: str) -> list[tuple[str, str]]:
    resolved = parser.resolve(text, parser.recognize(text))
    return [(r.candidate.name, r.candidate.feature_class) for r in resolved if r.toponym.surface == surface]


def test_unknown_site_goes_to_the_town_the_text_puts_it_in(parser: Geoparser) -> None:
    # No gazetteer entry has the name: the text's own relation ("in Latakia") decides, not an
    # approximate spelling match somewhere else in the country.
    text = (
        "Two warplanes took off from the Khumeirat Air Base in Latakia on Tuesday and struck rebel "
        "positions in Idlib province near Jisr al-Shughur. Aleppo was quiet, officials in Aleppo said, "
        "and schools in Aleppo reopened."
    )
    assert _points(parser, text, "Khumeirat Air Base") == [("Latakia", "city")]


def test_unknown_quarter_is_placed_at_every_mention(parser: Geoparser) -> None:
    # One sense per document: the mention that says where the quarter lies places the others too.
    text = (
        'Tanks shelled the Tell Zoubarin neighbourhood on Monday. "Nobody can leave Tell Zoubarin, in '
        'western Rafah," a resident said. Aid trucks waited in central Gaza.'
    )
    found = _points(parser, text, "Tell Zoubarin")
    assert len(found) == 2
    assert all(name.startswith("Rafa") for name, _ in found)  # the town or its district, not Gaza


def test_own_name_without_diacritics_is_the_own_name(parser: Geoparser) -> None:
    # The gazetteer writes the town with a diacritic and the district without one: the town, which is what
    # a bare name means, is matched on its own name too.
    from geo.resolve.evidence import is_primary

    text = "Israeli tanks pushed into western Rafah on Monday, residents said."
    assert _points(parser, text, "Rafah") == [("Rafaḩ", "city")]
    resolved = parser.resolve(text, parser.recognize(text))
    assert is_primary(resolved[0].candidate)


def _lonlat(parser: Geoparser, text: str, surface: str) -> tuple[float, float]:
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = next(r.candidate for r in resolved if r.toponym.surface == surface)
    return chosen.lon, chosen.lat


def test_site_a_direction_from_a_town_lies_outside_it_on_that_side(parser: Geoparser) -> None:
    # A direction alone ("east of Y") puts the site the gazetteer lacks on that side of the town, at
    # the mean distance of UCDP's "near a known point" disc (resolve.offsets.NEAR_KM).
    from geo.resolve.offsets import NEAR_KM

    text = "Drones struck the Khuzamiyat base, east of Deir ez-Zor, in Syria on Monday."
    town = _lonlat(parser, text, "Deir ez-Zor")
    site = _lonlat(parser, text, "Khuzamiyat base")
    assert haversine_km(site, town) == pytest.approx(NEAR_KM, abs=0.5)
    assert site[0] > town[0]
    assert site[1] == pytest.approx(town[1], abs=0.01)


def test_site_near_a_town_stays_on_the_town(parser: Geoparser) -> None:
    text = "Drones struck the Khuzamiyat base near Deir ez-Zor in Syria on Monday."
    assert _lonlat(parser, text, "Khuzamiyat base") == _lonlat(parser, text, "Deir ez-Zor")


def test_small_place_spelled_without_a_short_vowel(parser: Geoparser) -> None:
    # "Muswa" for the Nigerian district Musawa: the gazetteer matches small places only as written, so
    # the name went to the document's main country; a spelling with one vowel more is in that country.
    text = (
        "Gunmen stormed a school in Muswa district on Friday night. Nigeria's police said Nigeria would "
        "send troops, and Nigerian officials in Abuja met on Saturday."
    )
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = next(r.candidate for r in resolved if r.toponym.surface == "Muswa district")
    assert (chosen.name, chosen.feature_class, chosen.country) == ("Musawa", "admin_region", "NG")


def test_vowel_variants() -> None:
    from geo.resolve.vowels import vowel_variants

    assert "kankara" in vowel_variants("kankra")  # one vowel inserted between two consonants
    assert "rmeilan" in vowel_variants("rumeilan")  # one dropped from between two consonants
    assert "rumeilan" not in vowel_variants("rumeilan")
    assert vowel_variants("gao") == []  # too short
    assert vowel_variants("al bab") == []  # one word only
