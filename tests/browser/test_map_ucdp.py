"""The 16,566-event UCDP Syria map in headless Chromium: true positions, and popups whose long texts
are shipped compressed (``lazy`` in :mod:`geo.maps.table`) still show them exactly.

The events are imported from ``../shared`` with :func:`geo.importers.ucdp.import_ucdp`; positions
and texts are compared with the imported GeoJSON, not read back from the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from geo.maps import build_map, render_html

pytestmark = [pytest.mark.browser, pytest.mark.shared, pytest.mark.slow]

UCDP = Path("eval") / "events" / "ucdp_ged_syria_2016_2019" / "ged_syria_652_1601_1911.csv"


@pytest.fixture(scope="module")
def ucdp(shared_dir: Path) -> tuple[list[dict[str, Any]], str]:
    """The imported UCDP events (GeoJSON features) and their map page."""
    from geo.importers.ucdp import import_ucdp
    from geo.model.feature import EventFeatureCollection

    path = shared_dir / UCDP
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    collection = EventFeatureCollection(type="FeatureCollection", features=import_ucdp(path).features)
    features: list[dict[str, Any]] = collection.__geo_interface__["features"]
    return features, render_html(build_map(collection, title="UCDP Syria"))


#: Centre the map on each site at each zoom; measure every unclustered event marker on screen
#: against the projection of its event's coordinates; check markers plus cluster members account
#: for every shown event.
_SWEEP_JS = """async ([map, coords, sites, zooms]) => {
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const box = map.getContainer().getBoundingClientRect();
  const out = { checked: 0, worst: 0, worstAt: null, seen: new Set(), countsOk: true, views: 0 };
  for (const z of zooms) {
    for (const [lat, lon] of sites) {
      map.setView([lat, lon], z, { animate: false });
      await tick(); await tick();
      out.views += 1;
      const s = geoMap.stats();
      if (s.markers + s.clusterMembers !== s.shown) out.countsOk = false;
      map.eachLayer((l) => {
        if (!(l instanceof L.Marker) || l._geoIndex === undefined || !l._map) return;
        const el = l.getElement();
        if (!el || el.classList.contains('geo-spider')) return;
        const r = el.getBoundingClientRect();
        const x = (r.left + r.right) / 2 - box.left, y = (r.top + r.bottom) / 2 - box.top;
        if (x < 0 || y < 0 || x > box.width || y > box.height) return;
        const want = map.latLngToContainerPoint(coords[l._geoIndex]);
        const d = Math.hypot(x - want.x, y - want.y);
        out.checked += 1;
        out.seen.add(l._geoIndex);
        if (d > out.worst) { out.worst = d; out.worstAt = [z, l._geoIndex, x, y, want.x, want.y]; }
      });
    }
  }
  return { checked: out.checked, worst: out.worst, worstAt: out.worstAt, seen: out.seen.size,
           countsOk: out.countsOk, views: out.views };
}"""


def _coords(features: list[dict[str, Any]]) -> list[list[float]]:
    return [[f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0]] for f in features]


def test_ucdp_markers_stay_on_their_points(
    ucdp: tuple[list[dict[str, Any]], str], open_map: Callable[[str], Any]
) -> None:
    features, page_html = ucdp
    coords = _coords(features)
    # The eight places with most events (the cities), and a quiet one: dense and sparse views.
    counts = Counter(tuple(c) for c in coords)
    quiet = min(counts, key=lambda c: (counts[c], c))
    sites = [list(c) for c, _ in counts.most_common(8)] + [list(quiet)]
    mp = open_map(page_html)
    mp.page.wait_for_selector(".leaflet-marker-icon")
    result = mp.page.evaluate(_SWEEP_JS, [mp.leaflet_map(), coords, sites, [6, 8, 10, 12, 14]])
    assert result["views"] == 45
    assert result["countsOk"], "markers plus cluster members differ from the events shown"
    assert result["checked"] > 200, result
    assert result["seen"] > 100, result
    assert result["worst"] <= 2.0, f"a marker is {result['worst']:.1f} px off its point: {result['worstAt']}"
    mp.assert_clean()


#: Markers on screen that a click would reach: [event index, x, y].
_CLICKABLE_JS = """([map]) => {
  const out = [];
  map.eachLayer((l) => {
    if (!(l instanceof L.Marker) || l._geoIndex === undefined || !l._map) return;
    const el = l.getElement();
    if (!el) return;
    const r = el.getBoundingClientRect();
    const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
    const top = document.elementFromPoint(x, y);
    if (top && el.contains(top)) out.push([l._geoIndex, x, y]);
  });
  return out;
}"""

#: The rows of the open popup: {label: text}.
_POPUP_ROWS_JS = """() => {
  const box = document.querySelector('.leaflet-popup-content .geo-popup');
  const rows = {};
  box.querySelectorAll('tr').forEach((tr) => { rows[tr.cells[0].textContent] = tr.cells[1].textContent; });
  return { place: box.querySelector('.geo-popup-place').textContent, rows };
}"""


def test_a_popup_shows_the_full_note_and_source_of_its_event(
    ucdp: tuple[list[dict[str, Any]], str], open_map: Callable[[str], Any]
) -> None:
    features, page_html = ucdp
    coords = _coords(features)
    counts = Counter(tuple(c) for c in coords)
    # Events alone at their point, longest note first.
    alone = sorted(
        (i for i, c in enumerate(coords) if counts[tuple(c)] == 1),
        key=lambda i: -len(features[i]["properties"].get("notes") or ""),
    )
    # The long texts are not in the page as text: they are in the compressed block.
    assert len(features[alone[0]]["properties"]["notes"]) > 400
    assert features[alone[0]]["properties"]["notes"][:60] not in page_html
    assert '"lazy":{"fields":["notes","source"],"z":"' in page_html
    mp = open_map(page_html)
    page = mp.page
    lmap = mp.leaflet_map()
    page.wait_for_selector(".leaflet-marker-icon")
    # The first render did not inflate the long texts.
    assert page.evaluate("() => geoMap.stats().textsPending") is True
    target = None
    for index in alone[:20]:
        page.evaluate("([map, c]) => map.setView(c, 16, { animate: false })", [lmap, coords[index]])
        page.wait_for_timeout(50)
        clickable = page.evaluate(_CLICKABLE_JS, [lmap])
        target = next((m for m in clickable if m[0] == index), None)
        if target is not None:
            break
    assert target is not None, "none of the events with the longest notes can be clicked at zoom 16"
    index, x, y = target
    props = features[index]["properties"]
    assert page.evaluate("() => geoMap.stats().textsPending") is True
    page.mouse.click(x, y)
    page.wait_for_selector(".leaflet-popup-content .geo-popup")
    # The long texts are inflated (from the hover before the click, or the popup) and filled in.
    page.wait_for_function("() => !document.querySelector('.geo-popup-loading')")
    assert page.evaluate("() => geoMap.stats().textsPending") is False
    shown = page.evaluate(_POPUP_ROWS_JS)
    assert shown["place"] == props["place"]
    assert shown["rows"]["Note"] == props["notes"]
    source = props["source"]
    assert shown["rows"]["Source"] == f"{source['title']} — {source['publisher']}, {source['published']}"
    assert len(props["notes"]) > 400
    # A second popup needs no more inflating: its texts are there at once.
    page.evaluate("([map]) => map.closePopup()", [lmap])
    back = "([map, c]) => { map.stop(); map.setView(c, 16, { animate: false }); }"
    page.evaluate(back, [lmap, coords[index]])
    page.wait_for_timeout(300)  # the closing popup fades out
    again = next(m for m in page.evaluate(_CLICKABLE_JS, [lmap]) if m[0] == index)
    page.mouse.click(again[1], again[2])
    page.wait_for_selector(".leaflet-popup-content .geo-popup")
    assert page.locator(".geo-popup-loading").count() == 0
    assert page.evaluate(_POPUP_ROWS_JS)["rows"]["Note"] == props["notes"]
    mp.assert_clean()


def test_hovering_a_marker_starts_inflating_the_long_texts(
    ucdp: tuple[list[dict[str, Any]], str], open_map: Callable[[str], Any]
) -> None:
    features, page_html = ucdp
    coords = _coords(features)
    counts = Counter(tuple(c) for c in coords)
    alone = next(c for c in coords if counts[tuple(c)] == 1)
    mp = open_map(page_html)
    page = mp.page
    page.wait_for_selector(".leaflet-marker-icon")
    page.evaluate("([map, c]) => map.setView(c, 16, { animate: false })", [mp.leaflet_map(), alone])
    page.wait_for_timeout(50)
    assert page.evaluate("() => geoMap.stats().textsPending") is True
    clickable = page.evaluate(_CLICKABLE_JS, [mp.leaflet_map()])
    assert clickable
    page.mouse.move(clickable[0][1], clickable[0][2])
    page.wait_for_function("() => geoMap.stats().textsPending === false")
    assert page.locator(".leaflet-popup-content").count() == 0  # no popup was needed
    mp.assert_clean()
