"""An event dated XXXX (unknown) on the map in headless Chromium: shown whatever the period (our own data)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from geo.maps import build_map, render_html

pytestmark = pytest.mark.browser


def _event(
    lon: float, place: str, date: str, start: str | None, end: str | None, precision: str
) -> dict[str, Any]:
    props = {
        "name": place,
        "place": place,
        "event_type": "attack",
        "date": date,
        "date_start": start,
        "date_end": end,
        "time_precision": precision,
        "mission": None,
        "notes": f"attack at {place}",
        "source": {"title": "Example article", "url": "https://news.example.org/a"},
    }
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, 33.3]}, "properties": props}


def test_an_unknown_date_stays_on_the_map_whatever_the_period(open_map: Callable[[str], Any]) -> None:
    features = [
        _event(43.0, "Alpha", "2020-01-03", "2020-01-03", "2020-01-03", "day"),
        _event(44.0, "Bravo", "2022-06", "2022-06-01", "2022-06-30", "month"),
        _event(45.0, "Charlie", "XXXX", None, None, "unknown"),
    ]
    mp = open_map(render_html(build_map({"type": "FeatureCollection", "features": features})))
    page = mp.page
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".geo-time-note").inner_text() == "1 undated event always shown"

    def shown() -> list[str]:
        labels = page.locator(".leaflet-marker-icon").evaluate_all(
            "els => els.map(e => e.getAttribute('aria-label'))"
        )
        return sorted(label.partition(" — ")[0] for label in labels)

    assert shown() == ["Alpha", "Bravo", "Charlie"]
    page.locator(".geo-time-to").focus()
    page.keyboard.press("Home")  # the first day only: Alpha's, and the undated Charlie
    assert shown() == ["Alpha", "Charlie"]
    page.locator(".geo-time-from").focus()
    page.keyboard.press("End")  # the last day only
    assert shown() == ["Bravo", "Charlie"]


def test_an_unknown_date_reads_unknown_date_in_popup_and_tooltip(open_map: Callable[[str], Any]) -> None:
    features = [
        _event(43.0, "Alpha", "2020-01-03", "2020-01-03", "2020-01-03", "day"),
        _event(45.0, "Charlie", "XXXX", None, None, "unknown"),
    ]
    mp = open_map(render_html(build_map({"type": "FeatureCollection", "features": features})))
    page = mp.page
    page.wait_for_selector(".leaflet-marker-icon")
    charlie = page.locator(".leaflet-marker-icon[aria-label^='Charlie']")
    assert charlie.get_attribute("aria-label") == "Charlie — Attack, unknown date"
    charlie.click()
    rows = page.locator(".leaflet-popup-content tr").all_inner_texts()
    assert "Date\tunknown date" in rows
    assert "XXXX" not in page.locator(".leaflet-popup-content").inner_text()
    mp.assert_clean()
