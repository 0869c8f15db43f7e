"""The article's own countries outrank places elsewhere; generic words say the class; a city outranks its
namesake region; missing sites go where the text puts them (geo.resolve.support, scoring's namesake)."""

from __future__ import annotations

import pytest

from geo.extract.parser import Geoparser
from geo.gazetteer import haversine_km
from geo.model.spans import Resolved
from geo.resolve.offsets import NEAR_KM


def resolved(parser: Geoparser, text: str) -> dict[str, Resolved]:
    return {r.toponym.surface: r for r in parser.resolve(text, parser.recognize(text))}


def test_a_base_missing_from_the_gazetteer_is_not_a_namesake_airport_abroad(parser: Geoparser) -> None:
    text = (
        "A drone hit Harir air base in Erbil province on Friday, Iraqi officials said. Iraq blamed militias."
    )
    found = resolved(parser, text)["Harir air base"].candidate
    assert found.country == "IQ"
    assert found.feature_class == "city"  # the town of the name: the point says "town", not "base"


def test_a_province_in_the_articles_country(parser: Geoparser) -> None:
    text = "Fighters attacked posts in Bayda province, Yemen, on Tuesday. Yemeni troops held, Yemen said."
    found = resolved(parser, text)["Bayda province"].candidate
    assert (found.country, found.feature_class) == ("YE", "admin_region")


def test_a_river_is_not_a_country(parser: Geoparser) -> None:
    text = "Jets struck near the Litani River in southern Lebanon. Lebanon said Lebanese troops were not hit."
    found = resolved(parser, text)["Litani River"].candidate
    assert found.country == "LB"


def test_a_site_goes_to_the_place_the_text_relates_it_to(parser: Geoparser) -> None:
    text = "The Jafra base, east of Deir ez-Zor, came under drone fire. Syria and Syrian groups denied it."
    found = resolved(parser, text)
    site, town = found["Jafra base"].candidate, found["Deir ez-Zor"].candidate
    # "east of" the town: outside it on that side (resolve.offsets), in its country
    assert site.country == town.country == "SY"
    assert site.lon > town.lon
    assert haversine_km((site.lon, site.lat), (town.lon, town.lat)) == pytest.approx(NEAR_KM, abs=0.5)
    text = "The Jafra base near Deir ez-Zor came under drone fire. Syria and Syrian groups denied it."
    found = resolved(parser, text)
    assert found["Jafra base"].candidate.id == found["Deir ez-Zor"].candidate.id


def test_a_city_outranks_its_namesake_region_unless_the_text_names_the_region(parser: Geoparser) -> None:
    text = "Troops left Gao, northern Mali, on Tuesday. The governor of Gao thanked them."
    assert resolved(parser, text)["Gao"].candidate.feature_class == "city"
    text = "Missiles hit the region of Odessa on Monday. The old town of Odessa was hit too, Ukraine said."
    found = parser.resolve(text, parser.recognize(text))
    classes = [r.candidate.feature_class for r in found if r.toponym.surface == "Odessa"]
    assert classes == ["admin_region", "city"]


def test_well_known_places_abroad_stand_without_support(parser: Geoparser) -> None:
    text = "Syrian forces shelled Idlib on Monday. Syria's allies met in Brussels the same day."
    assert resolved(parser, text)["Brussels"].candidate.country == "BE"


def test_reconsidered_choices_are_less_confident(parser: Geoparser) -> None:
    text = (
        "A drone hit Harir air base in Erbil province on Friday, Iraqi officials said. Iraq blamed militias."
    )
    found = resolved(parser, text)
    assert found["Harir air base"].score < found["Erbil province"].score


def test_two_small_namesakes_of_one_far_country_do_not_support_each_other(parser: Geoparser) -> None:
    # Two villages of one country far away (both small US places) in an article on Somalia.
    text = (
        "Somali troops took over the camps at Baltic and Good Hope from African Union forces on Monday. "
        "Officials in Mogadishu said the handover in Somalia went well; Somalia takes more camps."
    )
    found = resolved(parser, text)
    assert {found[name].candidate.country for name in ("Baltic", "Good Hope")} == {"SO"}


def test_a_region_named_with_generic_words_only_needs_the_articles_support(parser: Geoparser) -> None:
    # Malta has a first-level "Port Region"; an article on Ukraine does not mean it.
    text = (
        "Missiles hit the Mykolaiv Port Region on Tuesday, Ukrainian officials said. Ukraine said a "
        "warehouse in Mykolaiv burned and Kyiv condemned the strike on Ukraine's south."
    )
    found = resolved(parser, text)
    assert all(item.candidate.country != "MT" for item in found.values())


def test_a_far_namesake_listed_among_districts_of_the_articles_country_is_placed_there(
    parser: Geoparser,
) -> None:
    # "Toledo" is a US (and Spanish) city; listed among districts of Mozambique it is a place of Mozambique.
    text = (
        "Insurgents raided the districts of Toledo, Mueda and Montepuez in Mozambique on Sunday, "
        "Mozambican officials said. Mozambique sent troops to Tete."
    )
    assert resolved(parser, text)["Toledo"].candidate.country == "MZ"


def test_capitals_listed_with_towns_of_the_articles_country_stand(parser: Geoparser) -> None:
    text = (
        "Mozambique's president met envoys from Madrid, Beira and Maputo on Sunday. Mozambique hopes for "
        "aid; Mozambican troops stay in Cabo Delgado."
    )
    assert resolved(parser, text)["Madrid"].candidate.country == "ES"


def test_an_unsupported_name_goes_to_the_country_of_the_places_listed_with_it(parser: Geoparser) -> None:
    # The article's actors are Israeli; the port listed with Hodeidah is in Yemen, not in Israel.
    text = (
        "Israeli jets struck the fuel depots at Ras Tana and Hodeidah on Sunday, Israel said. Israel "
        "said Israeli jets hit the port after Yemen fired missiles at Israel and at Israeli ships."
    )
    assert resolved(parser, text)["Ras Tana"].candidate.country == "YE"


def test_a_town_the_text_puts_in_a_district_far_from_its_namesake_goes_to_the_district(
    parser: Geoparser,
) -> None:
    # The gazetteer's Dankama lies some 190 km from Faskari district: the text means another village.
    for text in (
        "Bandits abducted 30 farmers from Dankama, Faskari Local Government Area of Katsina State, on "
        "Sunday, Nigerian police said. Nigeria sent troops.",
        "Bandits abducted 30 farmers from Dankama in Faskari district on Sunday, Nigerian police said. "
        "Nigeria sent troops.",
    ):
        found = resolved(parser, text)
        assert found["Dankama"].candidate.admin2 == "NG.24.413"  # Faskari
    text = "Bandits abducted 30 farmers from Dankama on Sunday, Nigerian police said. Nigeria sent troops."
    assert resolved(parser, text)["Dankama"].candidate.feature_class == "city"


def test_what_follows_a_list_of_unknown_names_relates_a_far_namesake_among_them(parser: Geoparser) -> None:
    # "Kubala" and "Nsoro" are not in the gazetteer; the list lies in a district of Mozambique, so the
    # listed "Toledo" is no US city.
    text = (
        "Troops cleared insurgent camps in the woods of Kubala, Toledo and Nsoro, in Meconta District, "
        "Nampula Province, Mozambican officials said. Mozambique and Rwandan troops patrol the north of "
        "Mozambique."
    )
    assert resolved(parser, text)["Toledo"].candidate.country == "MZ"


def test_a_related_place_the_document_does_not_support_is_no_anchor(parser: Geoparser) -> None:
    # "Eráti District" matches only a look-alike Brazilian district: the listed "Mitaka" (a Japanese
    # city) goes to the document's country, not to Brazil.
    text = (
        "Troops cleared insurgent camps in the woods of Kubala, Mitaka and Nsoro, in Eráti District, "
        "Nampula Province, Mozambican officials said. Mozambique and Rwandan troops patrol the north of "
        "Mozambique."
    )
    found = resolved(parser, text)
    assert found["Mitaka"].candidate.country == "MZ"


def test_a_quarter_does_not_place_its_town(parser: Geoparser) -> None:
    # the quarter's namesake abroad does not pull the town it lies in out of its country
    text = "A car bomb killed four in al-Zahraa neighborhood in Homs."
    resolved = {r.toponym.surface: r.candidate for r in parser.resolve(text, parser.recognize(text))}
    assert resolved["Homs"] is not None
    assert resolved["Homs"].country == "SY"


def test_a_countrys_site_goes_to_the_place_the_text_puts_it_in(parser: Geoparser) -> None:
    text = (
        "Crowds gathered outside the US Embassy in Nairobi on Friday. Kenyan police said Kenya would "
        "protect the mission, and Kenya's interior minister visited the site."
    )
    found = resolved(parser, text)
    assert found["US Embassy"].candidate.id == found["Nairobi"].candidate.id
    # without a place after it the site stays its country's
    text = "Crowds gathered outside the US Embassy on Friday. Kenyan police said Kenya would protect it."
    assert resolved(parser, text)["US Embassy"].candidate.id == "iso:US"
