"""A site the gazetteer lacks put "in the capital": the capital of the story's country (geo.resolve.capitals;
our own example sentences)."""

from __future__ import annotations

import pytest

from geo import Geoparser
from geo.events import tag_events
from geo.resolve.capitals import IN_CAPITAL, capital_name


def _chosen(parser: Geoparser, text: str) -> dict[str, tuple[str, str, str | None]]:
    resolved = parser.resolve(text, parser.recognize(text))
    return {
        r.toponym.surface: (r.candidate.name, r.candidate.feature_class, r.candidate.country)
        for r in resolved
    }


def test_capital_names_come_from_geonames() -> None:
    assert capital_name("JO") == "Amman"
    assert capital_name("KE") == "Nairobi"
    assert capital_name("ZZ") is None


@pytest.mark.parametrize(
    ("after", "found"),
    [
        (" in the capital on Friday", True),
        (" near the country's capital.", True),
        (" outside the capital", True),
        (" in the capital of Kenya", False),  # the names after it say which
        (" in the capital city of Kenya", False),
        (" in the capital, Nairobi", False),
        (" in the capital Nairobi", False),
        (" in the south of the country", False),
    ],
)
def test_only_an_unqualified_capital_relates_a_site(after: str, found: bool) -> None:
    assert (IN_CAPITAL.match(after) is not None) is found


def test_site_in_the_capital_of_a_story_filed_from_a_capital(parser: Geoparser) -> None:
    # the dateline names a capital: the capital is that city, whatever other countries the story names
    text = (
        "NAIROBI, Kenya (Reuters) - Police fired tear gas at students who met at the Wakorani mosque in "
        "the capital before a march to the embassy. Similar rallies were held in Kampala, Uganda, and in "
        "Dar es Salaam, Tanzania, on Saturday."
    )
    assert _chosen(parser, text)["Wakorani mosque"] == ("Nairobi", "city", "KE")


def test_site_in_the_capital_of_the_story_s_main_place(parser: Geoparser) -> None:
    text = (
        "Gunmen stormed the Wakorani hospital in the capital on Tuesday. Officials in Uganda said the "
        "attackers had fled towards Gulu, and troops were sent to Gulu and to Lira in Uganda."
    )
    assert _chosen(parser, text)["Wakorani hospital"] == ("Kampala", "city", "UG")


def test_site_in_a_qualified_capital_is_left_to_the_names_after_it(parser: Geoparser) -> None:
    text = "NAIROBI, Kenya (Reuters) - Students met at the Wakorani mosque in the capital of Uganda on Friday"
    assert "Wakorani mosque" not in _chosen(parser, text)


def test_site_in_the_capital_is_an_event_apart_from_the_capital_itself(parser: Geoparser) -> None:
    text = (
        "NAIROBI, Kenya (Reuters) - Police fired tear gas at protesters outside the parliament in Nairobi "
        "on Sunday. Earlier, police dispersed demonstrators who had gathered at the Wakorani mosque in the "
        "capital."
    )
    places = parser.resolve(text, parser.recognize(text))
    tags = [t for t in tag_events(text, places, published="2024-03-24") if t.event_type == "protest"]
    assert {t.name for t in tags} >= {"Nairobi", "Wakorani mosque"}
    mosque = next(t for t in tags if t.name == "Wakorani mosque")
    assert mosque.place.candidate.id.startswith("near:")
