"""The built map in headless Chromium, offline: layers, markers, popups, tooltips, hostile text."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from geo.maps import build_map, render_html
from geo.maps.icons import ICON_SIZE
from geo.maps.spread import SINGLE_RING, SPACING, ring_offsets
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

    # Close the first popup (its auto-pan may still be moving the map) before clicking the next marker.
    page.locator(".leaflet-popup-close-button").click()
    page.locator(".leaflet-popup").wait_for(state="detached")
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
    # Every <svg> is a marker or legend symbol of ours, the minimap frame or Leaflet's attribution flag.
    stray_svgs = page.evaluate(
        "() => [...document.querySelectorAll('svg')]"
        ".filter(s => !s.closest('.geo-marker, .geo-legend, .geo-minimap, .geo-fullscreen,"
        " .leaflet-control-attribution')).length"
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


def test_every_marker_at_a_shared_point_can_be_clicked(open_map: Callable[[str], MapPage]) -> None:
    fc = _shared_points()
    mp = open_map(render_html(build_map(fc, title="Shared points")))
    page = mp.page
    _toggle(mp, "Places mentioned", on=True)
    markers = page.locator(".leaflet-marker-icon")
    assert markers.count() == len(fc["features"]) == 17
    # The Netherlands lies off screen, in Europe: a hidden layer does not refit the map.
    shown = mp.click_markers(mp.markers_on_screen())
    notes = [re.search(r"^Note\t(event \d+)$", s["text"], re.M)[1] for s in shown]  # type: ignore[index]
    expected = [f["properties"]["notes"] for f in fc["features"] if f["properties"]["place"] != "Netherlands"]
    assert sorted(notes) == sorted(expected)
    # Spread markers are drawn with a leader to their true point; lone markers are not.
    assert page.locator(".geo-marker .geo-leader").count() == 14
    mp.assert_clean()


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
    mp = open_map(render_html(build_map(_shared_points(), title="Shared points")))
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
    """Click every marker on screen (see ``MapPage.click_markers``); return their labels."""
    return [shown["label"] for shown in mp.click_markers(mp.markers_on_screen())]


def test_seed_map_every_marker_clickable_at_every_zoom(open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(SEED_MAP.read_text(encoding="utf-8"))
    page = mp.page
    markers = page.locator(".leaflet-marker-icon")
    opening = mp.zoom()
    # At the opening view, Baghdad, its airport and the embassy lie within 2 px of the Iraq point.
    labels = _click_all_on_screen(mp)
    assert len(labels) == markers.count() == 44
    assert mp.zoom_with_control(-1) == opening - 1
    assert len(_click_all_on_screen(mp)) == markers.count() == 44
    assert mp.zoom_with_control(2) == opening + 1
    assert page.evaluate("() => document.querySelectorAll('.geo-leader').length") > 0
    assert len(_click_all_on_screen(mp)) >= 30
    _toggle(mp, "Places mentioned", on=True)
    assert markers.count() == 53
    shown = _click_all_on_screen(mp)
    assert sum(1 for label in shown if "Place mentioned" in label) >= 5
    mp.assert_clean()


_LAYOUT_JS = """([spacing, single]) => {
  const L_ = geoMapLayout;
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  // 3000 markers: clusters of nearby points, some points shared by several markers.
  const points = [];
  for (let c = 0; c < 300; c++) {
    const cx = Math.round(rand() * 4000), cy = Math.round(rand() * 3000);
    for (let k = 0; k < 10; k++) {
      points.push(k < 3 ? [cx, cy] : [cx + Math.round(rand() * 60 - 30), cy + Math.round(rand() * 60 - 30)]);
    }
  }
  const t0 = performance.now();
  const offsets = L_.layout(points, spacing, single);
  const ms = performance.now() - t0;
  const drawn = points.map((p, i) => [p[0] + offsets[i][0], p[1] + offsets[i][1]]);
  let closest = Infinity;
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      closest = Math.min(closest, Math.hypot(drawn[i][0] - drawn[j][0], drawn[i][1] - drawn[j][1]));
    }
  }
  const same = JSON.stringify(L_.layout(points, spacing, single)) === JSON.stringify(offsets);
  const rings = [];
  for (let n = 1; n <= 60; n++) rings.push(L_.rings(n, spacing, single));
  return {
    ms, closest, same, rings,
    identical: L_.layout([[5, 5], [5, 5], [500, 5], [5, 5]], spacing, single),
    near: L_.layout([[5, 5], [9, 9], [5, 5]], spacing, single),
    apart: L_.layout([[0, 0], [spacing, 0], [0, spacing + 1]], spacing, single),
  };
}"""


def test_layout_keeps_every_marker_apart_and_matches_the_python_rings(
    open_map: Callable[[str], MapPage],
) -> None:
    mp = open_map(render_html(build_map(_collection(*_seed_like()["features"][:1]), tiles=None)))
    result = mp.page.evaluate(_LAYOUT_JS, [SPACING, SINGLE_RING])
    assert result["rings"] == [[list(o) for o in ring_offsets(n)] for n in range(1, 61)]
    # Identical points share a ring around their point, in input order; a far one stays put.
    assert result["identical"] == [[0, -18], [16, 9], [0, 0], [-16, 9]]
    assert [tuple(o) for o in result["identical"][:2] + result["identical"][3:]] == ring_offsets(3)
    # A point 4 px away joins them: three markers on a ring around the group's centre.
    near = [
        (x + dx, y + dy) for (x, y), (dx, dy) in zip([(5, 5), (9, 9), (5, 5)], result["near"], strict=True)
    ]
    assert sorted(near) == sorted((6 + dx, 6 + dy) for dx, dy in ring_offsets(3))
    # Markers exactly one spacing apart already do not overlap and stay where they are.
    assert result["apart"] == [[0, 0], [0, 0], [0, 0]]
    # 3000 clustered markers: no two drawn closer than an icon, the same result every time, fast.
    assert result["closest"] > ICON_SIZE
    assert result["same"]
    assert result["ms"] < 1000, f"layout of 3000 markers took {result['ms']:.0f} ms"
    mp.assert_clean()
