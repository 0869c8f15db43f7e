"""Style by any field in headless Chromium: colour and size legends match the data, clusters total
fatalities and troops, empty layers are not listed."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from geo.maps import build_map, render_html
from geo.maps.labels import LABELS_NAME

pytestmark = pytest.mark.browser

KINDS = ("state_based_violence", "non_state_violence", "one_sided_violence")


def _events(n: int) -> dict[str, Any]:
    rng = random.Random(5)
    features = []
    for i in range(n):
        lon, lat = 36.0 + rng.random() * 4, 33.0 + rng.random() * 3
        props = {
            "place": f"Place {i % 40}",
            "event_type": "attack",
            "sub_event_type": KINDS[i % 3 if i % 7 else 0],
            "actors": [f"Side {i % 4}", "Other side"],
            "date": "2017-05-0" + str(1 + i % 9),
            "date_start": "2017-05-0" + str(1 + i % 9),
            "date_end": "2017-05-0" + str(1 + i % 9),
            "time_precision": "day",
            "fatalities": i % 11,
            "troops": 10 if i % 5 == 0 else None,
            "geo_precision": 1 + i % 4,
        }
        features.append(
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}
        )
    return {"type": "FeatureCollection", "features": features}


_VIEW_JS = "([c, z]) => Object.values(window).find((v) => v instanceof L.Map).setView(c, z, {animate: false})"
_RINGS_JS = (
    "() => [...document.querySelectorAll('.geo-cluster circle[stroke-dasharray]')].map((c) => c.stroke)"
)
_MARKERS_JS = """() => [...document.querySelectorAll('.geo-marker')].map((e) => [
  e.querySelector('g').getAttribute('fill'), +e.querySelector('svg').getAttribute('width')])"""
_CLUSTERS_JS = (
    """() => [...document.querySelectorAll('.geo-cluster')].map((e) => e.getAttribute('aria-label'))"""
)


def test_colour_and_size_by_a_field_with_legends_that_match_the_data(open_map: Callable[[str], Any]) -> None:
    fc = _events(600)
    mp = open_map(render_html(build_map(fc, color_by="type_of_violence", size_by="fatalities")))
    page = mp.page
    page.wait_for_selector(".geo-cluster")
    # Only the layer with events is listed.
    labels = [t.strip() for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    assert labels == ["Other events", LABELS_NAME]
    # The colour legend: one entry per value with its count, as in the data.
    expected = Counter(f["properties"]["sub_event_type"].replace("_", " ") for f in fc["features"])
    legend = page.locator(".geo-legend-colors li").all_inner_texts()
    got = {}
    for text in legend:
        match = re.fullmatch(r"(.+) \(([\d,]+)\)", text.strip())
        assert match, text
        got[match[1]] = int(match[2].replace(",", ""))
    assert got == dict(expected)
    sizes = page.locator(".geo-legend-sizes li").all_inner_texts()
    assert sizes[0].strip() == "10"  # the largest fatalities value
    # Every cluster totals its fatalities and troops; over all clusters and markers they add up.
    stats = page.evaluate("() => geoMap.stats()")
    assert stats["markers"] + stats["clusterMembers"] == len(fc["features"])
    page.evaluate(_VIEW_JS, [[34.5, 38], 3])
    page.wait_for_timeout(100)
    clusters = page.evaluate(_CLUSTERS_JS)
    fat = sum(
        int(re.search(r"([\d,]+) fatalities", c)[1].replace(",", "")) for c in clusters if "fatalities" in c
    )
    troops = sum(int(re.search(r"([\d,]+) troops", c)[1].replace(",", "")) for c in clusters if "troops" in c)
    assert len(clusters) == 1  # all in one cluster at zoom 3
    assert fat == sum(f["properties"]["fatalities"] for f in fc["features"])
    assert troops == sum(f["properties"]["troops"] or 0 for f in fc["features"])
    # The ring is drawn in the classes' colours, and a marker in its class colour and size.
    colours = page.evaluate(_RINGS_JS.replace("c.stroke", "c.getAttribute('stroke')"))
    assert set(colours) == {"#E69F00", "#56B4E9", "#009E73"}
    page.evaluate(_VIEW_JS, [[34.5, 38], 9])
    page.wait_for_timeout(100)
    drawn = page.evaluate(_MARKERS_JS)
    assert drawn, "no single marker at zoom 9"
    for fill, width in drawn:
        assert fill in {"#E69F00", "#56B4E9", "#009E73"}
        assert 12 <= width <= 44
    mp.assert_clean()


def test_unknown_field_is_a_one_line_error() -> None:
    from geo.errors import InputError

    with pytest.raises(InputError, match="unknown field 'nope'"):
        build_map(_events(3), color_by="nope")
    with pytest.raises(InputError, match="holds no number"):
        build_map(_events(3), size_by="place")


def test_filters_on_type_actor_country_precision_confidence(open_map: Callable[[str], Any]) -> None:
    fc = _events(300)
    for k, feature in enumerate(fc["features"]):
        feature["properties"]["country"] = "SY" if k % 3 else "IQ"
        feature["properties"]["confidence"] = 1.0 if k % 2 else 0.5
    mp = open_map(render_html(build_map(fc)))
    page = mp.page
    page.locator(".geo-filters-heading").click()
    fields = page.locator(".geo-filter").evaluate_all("els => els.map((e) => e.dataset.field)")
    assert fields == ["sub_event_type", "actors", "country", "geo_precision", "confidence"]  # one type only

    def active() -> int:
        return int(page.evaluate("() => geoMap.stats().active"))

    def option(field: str, label: str) -> Any:
        section = page.locator(f'.geo-filter[data-field="{field}"]')
        if section.get_attribute("open") is None:
            section.locator("summary").click()
        return section.locator(".geo-filter-option", has_text=label).locator("input")

    feats = [f["properties"] for f in fc["features"]]
    option("country", "IQ").uncheck()
    assert active() == sum(p["country"] == "SY" for p in feats)
    option("actors", "Side 1").uncheck()  # a row passes while any of its actors is checked
    assert active() == sum(p["country"] == "SY" for p in feats)
    option("actors", "Other side").uncheck()
    assert active() == sum(p["country"] == "SY" and p["actors"][0] != "Side 1" for p in feats)
    option("confidence", "0.9 or more").uncheck()
    expected = sum(
        p["country"] == "SY" and p["actors"][0] != "Side 1" and p["confidence"] < 0.9 for p in feats
    )
    assert active() == expected
    option("geo_precision", "in a country or sea only").uncheck()
    expected = sum(
        p["country"] == "SY"
        and p["actors"][0] != "Side 1"
        and p["confidence"] < 0.9
        and p["geo_precision"] != 4
        for p in feats
    )
    assert active() == expected
    stats = page.evaluate("() => geoMap.stats()")
    assert stats["markers"] + stats["clusterMembers"] == stats["shown"] == expected
    for field, label in (("country", "IQ"), ("actors", "Side 1"), ("actors", "Other side")):
        option(field, label).check()
    option("confidence", "0.9 or more").check()
    option("geo_precision", "in a country or sea only").check()
    assert active() == len(feats)
    mp.assert_clean()


def test_density_hexagons_count_the_events_shown(open_map: Callable[[str], Any]) -> None:
    fc = _events(600)
    mp = open_map(render_html(build_map(fc)))
    page = mp.page
    assert page.evaluate("() => geoMap.stats().density") is None
    page.locator(".geo-density-toggle input").check()
    density = page.evaluate("() => geoMap.stats().density")
    assert density["total"] == len(fc["features"])
    assert density["drawn"] > 0
    assert density["breaks"][0] == 1
    assert density["cells"] >= density["drawn"]
    legend = page.locator(".geo-density-legend").inner_text()
    assert "Events per hexagon" in legend
    assert "px across ≈" in legend
    assert " km here" in legend
    # A filter changes what the hexagons count.
    page.locator(".geo-filters-heading").click()
    section = page.locator('.geo-filter[data-field="sub_event_type"]')
    section.locator("summary").click()
    section.locator(".geo-filter-option", has_text="state based violence").locator("input").uncheck()
    kept = sum(f["properties"]["sub_event_type"] != "state_based_violence" for f in fc["features"])
    assert page.evaluate("() => geoMap.stats().density.total") == kept
    page.locator(".geo-density-toggle input").uncheck()
    assert page.evaluate("() => geoMap.stats().density") is None
    mp.assert_clean()


def test_histogram_shows_the_dates_and_brushing_sets_the_period(open_map: Callable[[str], Any]) -> None:
    import datetime

    fc = _events(300)
    start = datetime.date(2017, 1, 1)
    for k, feature in enumerate(fc["features"]):
        day = (start + datetime.timedelta(days=k)).isoformat()
        feature["properties"].update(date=day, date_start=day, date_end=day)
    mp = open_map(render_html(build_map(fc)))
    page = mp.page
    bars = page.locator(".geo-time-histogram rect[data-count]")
    total = sum(float(c) for c in bars.evaluate_all("els => els.map((e) => e.dataset.count)"))
    assert total == len(fc["features"])
    box = page.locator(".geo-time-histogram").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 0.1, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.25, y, steps=4)
    page.mouse.up()
    stats = page.evaluate("() => geoMap.stats()")
    first, last = stats["period"]
    assert first == "2017-01-01"
    chosen = (datetime.date.fromisoformat(last) - start).days + 1
    assert 60 <= chosen <= 90  # about a quarter of 300 days
    assert stats["active"] == chosen
    assert page.locator(".geo-time-to + output, .geo-time-date").nth(1).inner_text() == last
    # Bars outside the period are light, inside dark.
    classes = bars.evaluate_all("els => els.map((e) => e.getAttribute('class'))")
    assert classes[0] == "geo-bar-in"
    assert classes[-1] == "geo-bar-out"
    mp.assert_clean()
