"""Realistic example features shared by the tests (our own data, not taken from an article)."""

from __future__ import annotations

from typing import Any

from geo.model.feature import event_id

ARTICLE = "nos-2020"
STRIKE_ID = event_id(article_id=ARTICLE, place_id="icao:ORBI", event_type="strike", date="2020-01-03")


def strike() -> dict[str, Any]:
    """A complete, valid feature: the drone strike at Baghdad airport on 3 January 2020."""
    return {
        "type": "Feature",
        "id": STRIKE_ID,
        "geometry": {"type": "Point", "coordinates": [44.2346, 33.2625]},
        "properties": {
            "id": STRIKE_ID,
            "name": "Baghdad airport",
            "place": "Baghdad International Airport",
            "gazetteer_id": "icao:ORBI",
            "feature_class": "airport",
            "country": "IQ",
            "event_type": "strike",
            "sub_event_type": "drone_strike",
            "mission": None,
            "actors": ["United States"],
            "date": "2020-01-03",
            "date_start": "2020-01-03",
            "date_end": "2020-01-03",
            "time_precision": "day",
            "geo_precision": 1,
            "troops": None,
            "fatalities": 10,
            "source": {
                "article_id": ARTICLE,
                "title": "Iranian general killed",
                "publisher": "NOS",
                "url": "https://nos.example/1",
                "published": "2020-01-03",
                "sha256": None,
            },
            "mentions": [{"start": 120, "end": 135}],
            "notes": "US drone strike near the airport.",
            "confidence": 1.0,
        },
    }
