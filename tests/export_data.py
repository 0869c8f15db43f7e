"""Event collections for the export tests: the seed file and hand-made features with awkward values."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from geo.model.feature import event_id, feature_collection
from geo.model.geojson import load_feature_collection
from tests.examples import strike

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "locations.geojson"


def seed() -> dict[str, Any]:
    """The 53 curated features of data/locations.geojson."""
    return load_feature_collection(SEED)


def _variant(**changes: Any) -> dict[str, Any]:
    feature = strike()
    props = feature["properties"]
    props.update(changes.pop("properties", {}))
    props["id"] = event_id(
        article_id=props["source"]["article_id"],
        place_id=props["gazetteer_id"] + changes.pop("salt", ""),
        event_type=props["event_type"],
        date=props["date"],
    )
    feature["id"] = props["id"]
    if "coordinates" in changes:
        feature["geometry"]["coordinates"] = changes.pop("coordinates")
    return feature


def awkward() -> dict[str, Any]:
    """Features whose values test escaping, nulls, empty lists, open dates and non-ASCII text."""
    source = copy.deepcopy(strike()["properties"]["source"])
    features = [
        strike(),
        _variant(
            salt="quotes",
            properties={
                "name": 'Camp "Taji" <north> & Co',
                "actors": ['Say "no"', "back\\slash", "semi;colon,comma", "Ünïcödé 😀"],
                "notes": "Line one\nline two\ttab, <b>not bold</b> & ampersand; 'single' \"double\"",
                "mentions": [{"start": 0, "end": 5}, {"start": 7, "end": 12}, {"start": 100, "end": 101}],
                "troops": 2_000_000_000_000,
                "fatalities": 0,
                "confidence": 0.125,
            },
            coordinates=[44.123456, 33.000001],
        ),
        _variant(
            salt="nulls",
            properties={
                "event_type": "mention",
                "sub_event_type": None,
                "mission": None,
                "actors": [],
                "mentions": [],
                "fatalities": None,
                "troops": None,
                "notes": None,
                "source": {**source, "title": None, "publisher": None, "url": None, "sha256": None},
            },
            coordinates=[44.5, 33.5],
        ),
        _variant(
            salt="open",
            properties={
                "event_type": "deployment",
                "sub_event_type": None,
                "date": "2003/..",
                "date_start": "2003-01-01",
                "date_end": None,
                "time_precision": "range",
                "mission": "Operation Inherent Resolve",
                "actors": ["Netherlands"],
                "fatalities": None,
                "notes": "Présence néerlandaise — المطار",
            },
            coordinates=[44.0, 33.0],
        ),
    ]
    return feature_collection(features)
