"""Report figures: static maps of event features with matplotlib, offline.

:func:`plot_events` draws the events with the web map's layers, colours and marker shapes, a
legend, a scale bar, country outlines and labels of the most important places;
:func:`save_figure` writes PNG, SVG or PDF. A figure may have up to :data:`MAX_PIXELS` pixels
(50 megapixels: width × height × dpi²). matplotlib is imported when a function is called,
never at import, and pyplot is not used (no global state, no display needed).
"""

from __future__ import annotations

from geo.figures.plot import FORMATS, MAX_PIXELS, check_size, figure_format, plot_events, save_figure

__all__ = ["FORMATS", "MAX_PIXELS", "check_size", "figure_format", "plot_events", "save_figure"]
