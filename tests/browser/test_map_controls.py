"""The map's controls in headless Chromium, offline: period, mission filter, search, fullscreen, minimap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from geo.maps import build_map, render_html

pytestmark = pytest.mark.browser

MapPage = Any


def _event(
    lon: float,
    lat: float,
    event_type: str,
    place: str,
    date: str | None,
    start: str | None,
    end: str | None,
    **props: Any,
) -> dict[str, Any]:
    base: dict[str, Any] = {
        "name": place,
        "place": place,
        "event_type": event_type,
        "date": date,
        "date_start": start,
        "date_end": end,
        "time_precision": "day",
        "mission": None,
        "notes": f"{event_type} at {place}",
        "source": {"title": "Example article", "url": "https://news.example.org/a"},
    }
    base.update(props)
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": base}


def _timeline() -> dict[str, Any]:
    """Events over 2003-2020: days, a year, a month, open ends and one undated event."""
    oir = "Operation Inherent Resolve"
    nmi = "NATO Mission Iraq"
    features = [
        _event(
            44.0092,
            36.1911,
            "deployment",
            "Erbil",
            "2003/..",
            "2003-01-01",
            None,
            name="Arbil",
            time_precision="range",
            mission=oir,
        ),
        _event(
            44.3661,
            33.3152,
            "training",
            "Baghdad",
            "2017",
            "2017-01-01",
            "2017-12-31",
            time_precision="year",
            mission=nmi,
        ),
        _event(
            42.4412,
            33.7856,
            "rocket_attack",
            "Ain al-Asad Air Base",
            "2020-01-08",
            "2020-01-08",
            "2020-01-08",
        ),
        _event(
            44.2346,
            33.2625,
            "strike",
            "Baghdad International Airport",
            "2020-01-03",
            "2020-01-03",
            "2020-01-03",
            mission=oir,
        ),
        _event(
            42.4473,
            35.4667,
            "withdrawal",
            "Qayyarah Airfield West",
            "2020-03",
            "2020-03-01",
            "2020-03-31",
            time_precision="month",
            mission=oir,
        ),
        _event(
            44.3922, 35.4681, "political", "Kirkuk", "../2015", None, "2015-12-31", time_precision="range"
        ),
        _event(43.1450, 36.3450, "protest", "Mosul", None, None, None, time_precision=None),
        _event(44.4000, 33.3000, "attack", "Baghdad", "2020-12-31", "2020-12-31", "2020-12-31", mission=nmi),
    ]
    return {"type": "FeatureCollection", "features": features}


def _stats(mp: MapPage) -> dict[str, Any]:
    stats: dict[str, Any] = mp.page.evaluate("() => window.geoMap.stats()")
    return stats


def _markers(mp: MapPage) -> int:
    return int(mp.page.locator(".leaflet-marker-icon").count())


def _places(mp: MapPage) -> list[str]:
    """``place:FirstWordOfType`` of every marker on the map, sorted (from their aria-labels)."""
    labels = mp.page.locator(".leaflet-marker-icon").evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))"
    )
    out = []
    for label in labels:
        place, _, rest = label.partition(" — ")
        out.append(place + ":" + rest.split(",")[0].split(" ")[0])
    return sorted(out)


def _set_period(mp: MapPage, first: str, last: str) -> None:
    """Move the two thumbs as a drag would (value changes, then an input event) to these ISO days."""
    mp.page.evaluate(
        """([a, b]) => {
          const day = (iso) => Math.round(Date.parse(iso + 'T00:00:00Z') / 86400000);
          for (const [sel, v] of [['.geo-time-from', a], ['.geo-time-to', b]]) {
            const input = document.querySelector(sel);
            input.value = String(day(v));
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
        }""",
        [first, last],
    )


def test_period_shows_the_events_active_in_it(open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(render_html(build_map(_timeline(), title="Timeline", mode="markers")))
    page = mp.page
    page.wait_for_selector(".leaflet-marker-icon")
    assert _markers(mp) == 8 == _stats(mp)["markers"]
    assert page.locator(".geo-time-date").all_inner_texts() == ["2003-01-01", "2020-12-31"]
    assert page.locator(".geo-time-count").inner_text() == "8 of 8 events in this period"
    assert page.locator(".geo-time-note").inner_text() == "1 undated event always shown"
    legend = page.locator(".geo-legend").inner_text()
    assert "open range such as 2003/.. lasts to the end" in legend
    assert "1 undated event always shown" in legend

    # The last day: the open-ended deployment, the undated protest and the attack of that day.
    page.locator(".geo-time-from").focus()
    page.keyboard.press("End")
    assert page.locator(".geo-time-date").all_inner_texts() == ["2020-12-31", "2020-12-31"]
    assert _places(mp) == ["Baghdad:Attack", "Erbil:Deployment", "Mosul:Protest"]
    assert _stats(mp)["period"] == ["2020-12-31", "2020-12-31"]
    assert page.locator(".geo-time-count").inner_text() == "3 of 8 events in this period"

    # The first day: the open start "../2015" is active too; the "To" thumb pushes "From" along.
    page.locator(".geo-time-to").focus()
    page.keyboard.press("Home")
    assert page.locator(".geo-time-date").all_inner_texts() == ["2003-01-01", "2003-01-01"]
    assert _places(mp) == ["Erbil:Deployment", "Kirkuk:Political", "Mosul:Protest"]

    # A day in mid-2017 shows the year-precision training; a day in March 2020 the month withdrawal.
    _set_period(mp, "2017-06-15", "2017-06-15")
    assert "Baghdad:Training" in _places(mp)
    _set_period(mp, "2020-03-20", "2020-03-20")
    assert _places(mp) == ["Erbil:Deployment", "Mosul:Protest", "Qayyarah Airfield West:Withdrawal"]
    # January 2020: both strikes of the week, not the withdrawal.
    _set_period(mp, "2020-01-01", "2020-01-10")
    assert _places(mp) == [
        "Ain al-Asad Air Base:Rocket",
        "Baghdad International Airport:Strike",
        "Erbil:Deployment",
        "Mosul:Protest",
    ]
    # The period works together with the layer toggles.
    page.locator(".leaflet-control-layers-overlays label", has_text="Strikes").locator("input").uncheck()
    assert _markers(mp) == 3
    assert _stats(mp)["shown"] == 3
    page.locator(".geo-time-reset").click()
    assert _markers(mp) == 7  # all but the strike, whose layer is off
    mp.assert_clean()


def test_play_moves_the_period_forward(open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(render_html(build_map(_timeline(), mode="markers")))
    page = mp.page
    page.locator(".geo-time-play").click()
    first = _stats(mp)["period"]
    assert first[0] == "2003-01-01"
    assert first[1] < "2005-01-01"
    page.wait_for_function("(p) => window.geoMap.stats().period[0] > p", arg=first[0], timeout=15000)
    page.locator(".geo-time-play").click()  # pause
    paused = _stats(mp)["period"]
    page.wait_for_timeout(800)
    assert _stats(mp)["period"] == paused
    mp.assert_clean()


def test_mission_filter_has_one_box_per_mission(open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(render_html(build_map(_timeline(), mode="markers")))
    page = mp.page
    control = page.locator(".geo-missions")
    control.locator("summary").click()
    labels = control.locator("label").all_inner_texts()
    assert [t.strip() for t in labels] == ["NATO Mission Iraq", "Operation Inherent Resolve", "No mission"]
    control.locator("label", has_text="Operation Inherent Resolve").locator("input").uncheck()
    assert _markers(mp) == 5
    control.locator("label", has_text="No mission").locator("input").uncheck()
    assert _places(mp) == ["Baghdad:Attack", "Baghdad:Training"]
    control.locator("label", has_text="Operation Inherent Resolve").locator("input").check()
    control.locator("label", has_text="No mission").locator("input").check()
    assert _markers(mp) == 8
    mp.assert_clean()


def test_search_keeps_matching_places_and_zooms_to_them(open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(render_html(build_map(_timeline(), mode="markers")))
    page = mp.page
    box = page.get_by_role("combobox", name="Search places")
    # The written name counts too, and case does not matter.
    box.fill("arbil")
    box.press("Enter")
    assert _places(mp) == ["Erbil:Deployment"]
    assert page.locator(".geo-search-status").inner_text() == "1 event at matching places"
    view = page.evaluate("(m) => [m.getZoom(), m.getBounds().contains([36.1911, 44.0092])]", mp.leaflet_map())
    assert view[1]
    assert view[0] >= 9
    box.fill("baghdad")
    box.press("Enter")
    assert _places(mp) == ["Baghdad International Airport:Strike", "Baghdad:Attack", "Baghdad:Training"]
    box.fill("Timbuktu")
    box.press("Enter")
    assert _markers(mp) == 0
    assert page.locator(".geo-search-status").inner_text() == "No place matches"
    box.fill("")
    assert _markers(mp) == 8
    # Place names are offered as suggestions.
    options = page.locator(".geo-search datalist option").evaluate_all("els => els.map(e => e.value)")
    assert "Ain al-Asad Air Base" in options
    assert "Arbil" in options
    mp.assert_clean()


def test_fullscreen_button_toggles_fullscreen(open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(render_html(build_map(_timeline(), mode="markers")))
    page = mp.page
    button = page.get_by_role("button", name="Fullscreen")
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    page.wait_for_function("() => document.fullscreenElement === document.documentElement")
    page.wait_for_function(
        "() => document.querySelector('.geo-fullscreen-button').getAttribute('aria-pressed') === 'true'"
    )
    button.click()
    page.wait_for_function("() => document.fullscreenElement === null")
    # The button follows the browser's fullscreenchange event, which fires after the state changes.
    page.wait_for_function(
        "() => document.querySelector('.geo-fullscreen-button').getAttribute('aria-pressed') === 'false'"
    )
    mp.assert_clean()


def test_minimap_follows_the_map_and_recentres_it(open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(render_html(build_map(_timeline(), mode="markers")))
    page = mp.page
    page.wait_for_selector(".geo-minimap .leaflet-container")
    frame_js = """(m) => {
      const mini = document.querySelector('.geo-minimap')._geoMinimap;
      let frame = null;
      mini.eachLayer((l) => { if (l instanceof L.Rectangle) frame = l; });
      return { frame: frame.getBounds().toBBoxString(), main: m.getBounds().toBBoxString(),
               miniZoom: mini.getZoom(), mainZoom: m.getZoom() };
    }"""
    state = page.evaluate(frame_js, mp.leaflet_map())
    assert state["frame"] == state["main"]
    assert state["miniZoom"] == max(0, state["mainZoom"] - 5)
    mp.zoom_with_control(1)
    state = page.evaluate(frame_js, mp.leaflet_map())
    assert state["frame"] == state["main"]
    # A click on the minimap, right of its centre, moves the main map east.
    before = page.evaluate("(m) => m.getCenter().lng", mp.leaflet_map())
    box = page.locator(".geo-minimap-map").bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.85, box["y"] + box["height"] / 2)
    page.wait_for_function("([m, lng]) => m.getCenter().lng > lng + 0.5", arg=[mp.leaflet_map(), before])
    mp.assert_clean()


def test_popup_links_to_the_source_article(open_map: Callable[[str], MapPage]) -> None:
    fc = _timeline()
    fc["features"][1]["properties"]["source"] = {"title": "Not a link", "url": "ftp://example.org/x"}
    mp = open_map(render_html(build_map(fc, mode="markers")))
    page = mp.page
    page.get_by_role("button", name="Erbil — Deployment").click()
    link = page.locator(".leaflet-popup-content a")
    assert link.get_attribute("href") == "https://news.example.org/a"
    assert link.inner_text() == "Example article"
    page.locator(".leaflet-popup-close-button").click()
    # Markers at one point overlap in "markers" mode; the keyboard reaches each one.
    page.get_by_role("button", name="Baghdad — Training").press("Enter")
    popup = page.locator(".leaflet-popup-content", has_text="Not a link")
    assert popup.locator("a").count() == 0  # only http(s) URLs become links
    mp.assert_clean()
