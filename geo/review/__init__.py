"""Review and correct extracted events in the browser (``geo review``), and re-apply the decisions.

- :mod:`geo.review.decisions`: the decisions file (keyed by article hash and mention offsets);
- :mod:`geo.review.apply`: decisions + events → reviewed events (also ``geo review apply``);
- :mod:`geo.review.session`: what the page is shown and what a save writes;
- :mod:`geo.review.places`: points dropped on the map;
- :mod:`geo.review.server`: the local HTTP server (Flask) with its token, host and origin checks;
- ``static/``: the page (ES modules, no third-party code but Leaflet from the npm cache).
"""

from __future__ import annotations

from geo.review.apply import Applied, apply_decisions
from geo.review.decisions import DecisionsFile, dumps_decisions, load_decisions

__all__ = ["Applied", "DecisionsFile", "apply_decisions", "dumps_decisions", "load_decisions"]
