"""The committed seed map, maps/missions.html, as a reader opens it: offline, every layer, every event.

Events are drawn as markers on their points, or counted in clusters where markers would overlap:
markers plus cluster members always account for every event of the shown layers.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from geo.maps.labels import LABELS_NAME
from geo.model.vocab import EVENT_STYLES, LAYERS

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]


def test_seed_map_shows_every_layer_and_one_marker_per_visible_feature(
    open_map: Callable[[str], Any],
) -> None:
    features = json.loads((REPO / "data" / "locations.geojson").read_text(encoding="utf-8"))["features"]
    per_layer = Counter(EVENT_STYLES[f["properties"]["event_type"]].layer for f in features)
    mp = open_map((REPO / "maps" / "missions.html").read_text(encoding="utf-8"))
    page = mp.page
    page.wait_for_selector(".leaflet-marker-icon")

    labels = [t.strip() for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    assert labels == [*(name for name, _ in LAYERS), LABELS_NAME]

    def drawn() -> int:
        stats = page.evaluate("() => geoMap.stats()")
        assert stats["markers"] + stats["clusterMembers"] == stats["shown"]
        return int(stats["shown"])

    visible = sum(per_layer[name] for name, shown in LAYERS if shown)
    assert drawn() == visible

    def box(layer: str) -> Any:
        return page.locator(".leaflet-control-layers-overlays label", has_text=layer).locator("input")

    box("Places mentioned").check()
    assert drawn() == len(features)
    for name, _ in LAYERS:
        box(name).uncheck()
        assert drawn() == len(features) - per_layer[name], name
        box(name).check()
    mp.assert_clean()
