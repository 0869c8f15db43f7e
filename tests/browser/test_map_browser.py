"""The built map in headless Chromium, offline: layers, markers, popups, tooltips, hostile text."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from geo.maps import build_map, render_html
from geo.maps.labels import LABELS_NAME
from geo.model.vocab import LAYERS

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
    mp = open_map(render_html(build_map(fc, title="Mission events", mode="markers")))
    page = mp.page
    hidden = {name for name, shown in LAYERS if not shown}
    page.wait_for_selector(".leaflet-marker-icon")

    labels = [t.strip() for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    present = [(name, shown) for name, shown in LAYERS if name != "Other events"]  # no event of it
    assert labels == [*(name for name, _ in present), LABELS_NAME]  # the names overlay is last, off
    checked = page.locator(".leaflet-control-layers-overlays input").evaluate_all(
        "els => els.map(e => e.checked)"
    )
    assert checked == [*(shown for _, shown in present), False]

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
    mp = open_map(render_html(build_map(fc, mode="markers")))
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
    mp = open_map(render_html(build_map(fc, title=HOSTILE, tiles=None, mode="markers")))
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

    # Close the first popup (its auto-pan may still be moving the map) before clicking the next marker.
    page.locator(".leaflet-popup-close-button").click()
    page.locator(".leaflet-popup").wait_for(state="detached")
    other = page.get_by_role("button", name="Ain al-Asad Air Base")
    opened = page.locator(".leaflet-popup-content", has_text="Ain al-Asad Air Base")
    # A click while the closed popup's auto-pan still moves the map is taken as the end of a drag by
    # Leaflet (on a loaded machine): click again then, as a reader would (cf. test_map_scale).
    for attempt in range(3):
        other.click()
        try:
            opened.wait_for(timeout=10_000)
            break
        except PlaywrightTimeoutError:
            if attempt == 2:
                raise
    other_popup = opened.inner_text()
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
    # Every <svg> is a marker or legend symbol of ours, the period histogram (numbers only), the
    # minimap frame or Leaflet's attribution flag.
    stray_svgs = page.evaluate(
        "() => [...document.querySelectorAll('svg')]"
        ".filter(s => !s.closest('.geo-marker, .geo-legend, .geo-minimap, .geo-fullscreen,"
        " .geo-time-histogram, .leaflet-control-attribution')).length"
    )
    assert stray_svgs == 0
    mp.assert_clean()


#: Three points shared by several events (a country point, an airport, a base), and lone places
#: at the corners of the data: the Strait of Hormuz bottom right, Tehran top right.
_SHARED_POINTS = {
    "Iraq": (
        (44.0, 33.0),
        ["political", "political", "training", "deployment", "strike", "attack", "mention"],
    ),
    "Erbil International Airport": ((43.9632, 36.2376), ["deployment", "presence", "strike", "mention"]),
    "Ain al-Asad Air Base": ((42.4412, 33.7856), ["rocket_attack", "rocket_attack", "training"]),
    "Strait of Hormuz": ((56.25, 26.5667), ["deployment"]),
    "Tehran": ((51.4215, 35.6944), ["political"]),
    "Netherlands": ((5.2913, 52.1326), ["mention"]),
}


def _shared_points() -> dict[str, Any]:
    features = []
    for place, ((lon, lat), types) in _SHARED_POINTS.items():
        for event_type in types:
            n = len(features)
            features.append(_event(lon, lat, event_type, place, id=f"event-{n}", notes=f"event {n}"))
    return _collection(*features)


_BOXES_JS = """() => {
  const rect = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const all = (sel) => [...document.querySelectorAll(sel)].map(rect);
  return {
    markers: all('.leaflet-marker-icon'),
    covers: all('.geo-legend, .geo-title, .leaflet-control-layers, .leaflet-control-zoom'),
    view: [0, 0, window.innerWidth, window.innerHeight],
  };
}"""


@pytest.mark.parametrize("viewport", [(1280, 800), (900, 650)])
def test_no_marker_opens_under_the_legend_or_the_controls(
    open_map: Callable[[str], MapPage], viewport: tuple[int, int]
) -> None:
    mp = open_map(render_html(build_map(_shared_points(), title="Shared points", mode="markers")))
    page = mp.page
    if viewport != (1280, 800):
        page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
        page.reload(wait_until="load")
        page.wait_for_function("() => typeof geoMapRuntime !== 'undefined'")
    boxes = page.evaluate(_BOXES_JS)
    assert len(boxes["markers"]) == 14  # the three mentions are hidden
    assert len(boxes["covers"]) == 4
    vx0, vy0, vx1, vy1 = boxes["view"]
    for x0, y0, x1, y1 in boxes["markers"]:
        assert vx0 <= x0 < x1 <= vx1, "a marker opens off screen"
        assert vy0 <= y0 < y1 <= vy1, "a marker opens off screen"
        for cx0, cy0, cx1, cy1 in boxes["covers"]:
            assert x1 <= cx0 or cx1 <= x0 or y1 <= cy0 or cy1 <= y0, "a marker opens under a box"
    # The legend folds away (no script needed: it is a <details> element).
    legend = page.locator(".geo-legend")
    assert legend.locator("li").first.is_visible()
    legend.locator("summary").click()
    assert not legend.locator("li").first.is_visible()
    mp.assert_clean()


SEED_MAP = Path(__file__).resolve().parents[2] / "maps" / "missions.html"


def _click_all_on_screen(mp: MapPage) -> list[str]:
    """Click every event marker on screen (see ``MapPage.click_markers``); return their labels."""
    marker = "(i) => document.querySelectorAll('.leaflet-marker-icon')[i].classList.contains('geo-marker')"
    indices = [i for i in mp.markers_on_screen() if mp.page.evaluate(marker, i)]
    return [shown["label"] for shown in mp.click_markers(indices)]


def _accounted(mp: MapPage) -> bool:
    stats = mp.page.evaluate("() => geoMap.stats()")
    drawn = mp.page.locator(".geo-marker").count()
    return bool(stats["markers"] + stats["clusterMembers"] == stats["shown"] and drawn <= stats["markers"])


def test_seed_map_every_marker_clickable_at_every_zoom(open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(SEED_MAP.read_text(encoding="utf-8"))
    opening = mp.zoom()
    # Markers that would overlap are clusters (spiderfied on click: test_map_positions.py); every
    # marker drawn opens its own popup, and markers plus cluster members account for every event.
    clicked = len(_click_all_on_screen(mp))
    assert _accounted(mp)
    assert mp.zoom_with_control(-1) == opening - 1
    _click_all_on_screen(mp)
    assert _accounted(mp)
    assert mp.zoom_with_control(4) == opening + 3
    clicked += len(_click_all_on_screen(mp))
    assert _accounted(mp)
    _toggle(mp, "Places mentioned", on=True)
    assert mp.page.evaluate("() => geoMap.stats().shown") == 53
    _click_all_on_screen(mp)
    assert _accounted(mp)
    for centre, zoom in (([33.3, 44.3], 9), ([36.2, 44.0], 8), ([33.3, 44.3], 12)):
        mp.page.evaluate(
            "([map, c, z]) => map.setView(c, z, { animate: false })", [mp.leaflet_map(), centre, zoom]
        )
        mp.page.wait_for_timeout(50)
        clicked += len(_click_all_on_screen(mp))
        assert _accounted(mp)
    assert clicked >= 3
    mp.assert_clean()
