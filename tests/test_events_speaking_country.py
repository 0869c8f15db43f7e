"""A country that speaks of violence at home holds the event ("X says its troops killed 10 militants"),
on our own sentences: positives, foreign commentators and reports that name a finer place."""

from __future__ import annotations

import pytest

from geo.extract import Geoparser
from geo.model.article import Article


def events(text: str, parser: Geoparser) -> list[tuple[str, str]]:
    collection = parser.extract(Article(id="t", text=text, published="2024-05-10"))
    return [
        (f.properties.event_type, f.properties.name)
        for f in collection.features
        if f.properties.event_type != "mention"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger says jihadists attacked an army post, killing 20 soldiers.", ("attack", "Niger")),
        ("Burkina Faso says 20 soldiers were killed in an ambush.", ("attack", "Burkina Faso")),
        ("Pakistan says its forces killed 10 militants in an operation.", ("attack", "Pakistan")),
        ("Nigeria says troops killed 50 Boko Haram fighters.", ("attack", "Nigeria")),
        ("Mali says armed men raided a checkpoint, killing 12 soldiers.", ("attack", "Mali")),
        ("Chad says Boko Haram militants killed 17 of its soldiers in a raid.", ("attack", "Chad")),
        ("Kenya says its police killed four gunmen after a shootout.", ("attack", "Kenya")),
        ("Colombia says rebels kidnapped 11 police officers.", ("abduction", "Colombia")),
        ("Egypt says gunmen killed eight policemen.", ("attack", "Egypt")),
        ("India says Maoist rebels killed 22 Indian paramilitary troops.", ("attack", "India")),
        ("Mali said on Tuesday that jihadists had killed 14 soldiers at a camp.", ("attack", "Mali")),
    ],
)
def test_a_country_speaking_of_violence_at_home_holds_it(
    text: str, expected: tuple[str, str], parser: Geoparser
) -> None:
    assert expected in events(text, parser)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # another country's forces, nothing of the speaker's own: a commentator, not the site
        ("Britain says Russian troops attacked civilians.", "Britain"),
        ("Russia says Ukrainian drones attacked an oil depot, wounding two workers.", "Russia"),
        # air strikes a state tells of are often flown abroad
        ("Israel says its jets struck militant positions overnight.", "Israel"),
        # no domestic word after the verb
        ("Mozambique says insurgents beheaded nine villagers.", "Mozambique"),
        # a political act of the speaker, no violence
        ("Niger says it will expel the French ambassador.", "Niger"),
        # the name is not the subject of the verb of saying
        ("Niger's junta says jihadists attacked an army post.", "Niger"),
        # the neighbouring sentence names another place: the speaker does not hold the event
        ("Spain condemned the raid. Niger says jihadists attacked an army post, killing 20.", "Niger"),
    ],
)
def test_a_country_speaking_of_no_domestic_event_holds_none(
    text: str, speaker: str, parser: Geoparser
) -> None:
    assert [name for _, name in events(text, parser) if name == speaker] == []


@pytest.mark.parametrize(
    ("text", "site", "speaker"),
    [
        ("Kyiv says Russian forces attacked Kharkiv.", "Kharkiv", "Kyiv"),
        ("Iran says Israel struck Damascus.", "Damascus", "Iran"),
        (
            "The United States says Houthis attacked a Greek freighter in the Red Sea on Sunday.",
            "Red Sea",
            "United States",
        ),
        ("France says the attack in Mali killed ten soldiers.", "Mali", "France"),
        ("Nigeria says troops killed 50 Boko Haram fighters in Borno state.", "Borno state", "Nigeria"),
        (
            "Pakistan says militants attacked a convoy in North Waziristan, killing 7 soldiers.",
            "North Waziristan",
            "Pakistan",
        ),
        (
            "Niger says jihadists attacked an army post, killing 20 soldiers. "
            "The attack took place near Tillaberi on Wednesday.",
            "Tillaberi",
            "Niger",
        ),
    ],
)
def test_a_finer_place_the_text_gives_keeps_the_event(
    text: str, site: str, speaker: str, parser: Geoparser
) -> None:
    found = events(text, parser)
    assert site in {name for _, name in found}
    assert speaker not in {name for _, name in found}
