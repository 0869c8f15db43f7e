"""The built map in headless Chromium, offline: layers, markers, popups, tooltips, hostile text."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from geo.maps import build_map, render_html
from geo.vocab import LAYERS

pytestmark = pytest.mark.browser

#: The ``MapPage`` of ``conftest.py`` (page, console_errors, page_errors, unexpected_requests...).
MapPage = Any

HOSTILE_IMG = "<img src=x onerror=window.__pwned=1>"
HOSTILE_SCRIPT = "</script><script>window.__pwned=1</script>"
HOSTILE_SVG = '"><svg onload=window.__pwned=1>'
HOSTILE_URL = "javascript:window.__pwned=1"
HOSTILE = HOSTILE_IMG + HOSTILE_SCRIPT + HOSTILE_SVG + "<!--"


def _event(lon: float, lat: float, event_type: str, place: str, **props: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": f"{event_type}-{place}".lower().replace(" ", "-"),
        "name": place,
        "place": place,
        "event_type": event_type,
        "date": "2020-01-03",
        "time_precision": "day",
        "mission": None,
        "actors": [],
        "troops": None,
        "fatalities": None,
        "notes": "",
        "source": {
            "article_id": "example",
            "title": "Example article",
            "publisher": "Example News",
            "url": "https://news.example.org/article",
            "published": "2020-01-04",
        },
        "confidence": 1.0,
    }
    base.update(props)
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": base}


def _collection(*features: dict[str, Any]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(features)}


def _seed_like() -> dict[str, Any]:
    return _collection(
        _event(
            44.2346,
            33.2625,
            "strike",
            "Baghdad International Airport",
            name="Baghdad airport",
            sub_event_type="drone_strike",
            actors=["United States"],
            fatalities=10,
            notes="Drone strike on a convoy leaving the airport.",
        ),
        _event(
            44.0092,
            36.1911,
            "deployment",
            "Erbil",
            name="Arbil",
            troops=150,
            mission="Operation Inherent Resolve",
        ),
        _event(42.4412, 33.7856, "rocket_attack", "Ain al-Asad Air Base", date="2020-01-08"),
        _event(44.3661, 33.3152, "training", "Baghdad", date="2017", time_precision="year"),
        _event(42.4473, 35.4667, "withdrawal", "Qayyarah Airfield West", date="2020-03"),
        _event(44.3922, 35.4681, "rocket_attack", "K-1 Air Base", date="2019-12-27"),
        _event(38.9968, 34.8021, "mention", "Syria", date="2020-01"),
        _event(5.2913, 52.1326, "mention", "Netherlands", date="2023-07"),
        _event(53.6880, 32.4279, "mention", "Iran", date="2020-01"),
    )


def _visible_count(fc: dict[str, Any], hidden: set[str]) -> int:
    from geo.maps.icons import style_for

    return sum(1 for f in fc["features"] if style_for(f["properties"]["event_type"]).layer not in hidden)


def _marker_count(mp: MapPage) -> int:
    return int(mp.page.locator(".leaflet-marker-icon").count())


def _toggle(mp: MapPage, layer: str, *, on: bool) -> None:
    box = mp.page.locator(".leaflet-control-layers-overlays label", has_text=layer).locator("input")
    if on:
        box.check()
    else:
        box.uncheck()


def test_layers_listed_and_one_marker_per_visible_feature(open_map: Callable[[str], MapPage]) -> None:
    fc = _seed_like()
    mp = open_map(render_html(build_map(fc, title="Mission events")))
    page = mp.page
    hidden = {name for name, shown in LAYERS if not shown}
    page.wait_for_selector(".leaflet-marker-icon")

    labels = [t.strip() for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    assert labels == [name for name, _ in LAYERS]
    checked = page.locator(".leaflet-control-layers-overlays input").evaluate_all(
        "els => els.map(e => e.checked)"
    )
    assert checked == [shown for _, shown in LAYERS]

    assert _marker_count(mp) == _visible_count(fc, hidden) == 6
    _toggle(mp, "Places mentioned", on=True)
    assert _marker_count(mp) == _visible_count(fc, set()) == 9
    _toggle(mp, "Rocket attacks", on=False)
    assert _marker_count(mp) == 7
    _toggle(mp, "Places mentioned", on=False)
    _toggle(mp, "Rocket attacks", on=True)
    assert _marker_count(mp) == 6

    assert page.locator(".geo-title").inner_text() == "Mission events"
    assert page.title() == "Mission events"
    legend = page.locator(".geo-legend li span").all_inner_texts()
    assert [t.strip() for t in legend] == [
        "Deployment",
        "Strike (air, drone, bombing)",
        "Rocket or missile attack",
        "Training",
        "Withdrawal",
        "Place mentioned",
    ]
    assert mp.tile_requests, "the base map asked for no tiles"
    mp.assert_clean()


def test_popup_and_tooltip_show_the_event(open_map: Callable[[str], MapPage]) -> None:
    fc = _collection(*_seed_like()["features"][:3])
    mp = open_map(render_html(build_map(fc)))
    page = mp.page
    marker = page.get_by_role("button", name="Baghdad International Airport")
    marker.hover()
    tooltip = page.locator(".leaflet-tooltip")
    assert tooltip.inner_text() == (
        "Baghdad International Airport — Strike (air, drone, bombing) (drone strike), 2020-01-03"
    )
    marker.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    for expected in (
        "Baghdad International Airport",
        "as written: “Baghdad airport”",
        "2020-01-03 (day)",
        "United States",
        "Fatalities\t10",
        "Drone strike on a convoy",
        "Example article — Example News, 2020-01-04",
        "100 %",
    ):
        assert expected in text
    link = popup.locator("a")
    assert link.get_attribute("href") == "https://news.example.org/article"
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert link.get_attribute("target") == "_blank"
    mp.assert_clean()


def test_hostile_text_is_shown_literally_and_never_runs(open_map: Callable[[str], MapPage]) -> None:
    source = {"article_id": HOSTILE, "title": HOSTILE, "publisher": HOSTILE, "url": HOSTILE_URL}
    text_fields = dict.fromkeys(("id", "name", "sub_event_type", "mission", "notes", "date"), HOSTILE)
    fc = _collection(
        _event(
            44.2346,
            33.2625,
            "strike",
            HOSTILE,
            **text_fields,
            actors=[HOSTILE],
            source=source,
            troops=HOSTILE,
        ),
        _event(42.4412, 33.7856, HOSTILE, "Ain al-Asad Air Base", notes=HOSTILE),
    )
    mp = open_map(render_html(build_map(fc, title=HOSTILE, tiles=None)))
    page = mp.page

    assert page.locator(".geo-title").inner_text() == HOSTILE
    assert page.title() == HOSTILE

    marker = page.get_by_role("button", name=re.compile("^" + re.escape(HOSTILE_IMG)))
    marker.hover()
    assert HOSTILE in page.locator(".leaflet-tooltip").inner_text()
    marker.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert text.count(HOSTILE) >= 6  # place, written name, mission, actors, note, source...
    assert "<img" in text  # shown as characters...
    assert popup.locator("img, svg, script, a, [onerror], [onload]").count() == 0  # ...not as elements

    other = page.get_by_role("button", name="Ain al-Asad Air Base")
    other.click()
    other_popup = page.locator(".leaflet-popup-content", has_text="Ain al-Asad Air Base").inner_text()
    assert HOSTILE in other_popup  # the unknown event type is printed as text

    page.mouse.move(5, 5)
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0  # no tiles, and no image made from data
    assert page.locator('a[href^="javascript:" i]').count() == 0
    handlers = page.evaluate(
        "() => [...document.querySelectorAll('*')]"
        ".filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"
    )
    assert handlers == 0
    # Every <svg> is a marker or legend symbol of ours (or Leaflet's attribution flag).
    stray_svgs = page.evaluate(
        "() => [...document.querySelectorAll('svg')]"
        ".filter(s => !s.closest('.geo-marker, .geo-legend, .leaflet-control-attribution')).length"
    )
    assert stray_svgs == 0
    mp.assert_clean()
