"""Plain-text tables of evaluation results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from geo.evaluation.against import AgainstReport
from geo.evaluation.runner import CorpusScores

__all__ = ["format_against", "format_scores"]

_COLUMNS = (
    ("corpus", "corpus", "{}"),
    ("system", "system", "{}"),
    ("docs", "docs", "{}"),
    ("gold", "gold", "{}"),
    ("P", "precision", "{:.3f}"),
    ("R", "recall", "{:.3f}"),
    ("F1", "f1", "{:.3f}"),
    ("acc@161", "acc161", "{:.3f}"),
    ("median km", "median_error_km", "{:.1f}"),
    ("e2e acc@161", "end_to_end_acc161", "{:.3f}"),
    ("docs/s", "docs_per_second", "{:.1f}"),
)


def _cell(value: Any, fmt: str) -> str:
    return "-" if value is None else fmt.format(value)


def format_scores(scores: Sequence[CorpusScores | dict[str, Any]]) -> str:
    """Return an aligned table, one row per system and corpus.

    ``acc@161`` and ``median km`` are over recognised toponyms with gold coordinates (over all gold
    toponyms with coordinates in resolution-only runs), ``e2e acc@161`` over all gold toponyms with
    coordinates; P, R and F1 are ``-`` in resolution-only runs.
    """
    rows = [[title for title, _, _ in _COLUMNS]]
    for item in scores:
        data = item.as_dict() if isinstance(item, CorpusScores) else item
        rows.append([_cell(data.get(key), fmt) for _, key, fmt in _COLUMNS])
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    lines = []
    for n, row in enumerate(rows):
        cells = [
            cell.ljust(w) if i < 2 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def format_against(report: AgainstReport) -> str:
    """Return a readable account of a comparison with a curated collection."""
    out = [f"articles: {', '.join(report.articles)}"]
    out.append(f"places found: {report.places_found}/{len(report.places)}")
    for p in report.places:
        if p.found is None:
            out.append(f"  MISSING  {p.article_id}  {p.place} ({p.gazetteer_id}, {p.feature_class})")
        else:
            distance = "" if not p.distance_km else f", {p.distance_km:.1f} km"
            out.append(f"  found    {p.article_id}  {p.place} <- {p.found}{distance}")
    exact = sum(1 for e in report.events if e.status == "exact")
    out.append(f"events matched: {report.events_matched}/{len(report.events)} ({exact} with the exact date)")
    for e in report.events:
        found = "" if e.found_date is None else f" (found {e.found_date})"
        out.append(f"  {e.status:<9} {e.article_id}  {e.place}  {e.event_type}  {e.date}{found}")
    out.append(f"extracted places not in the curated file: {len(report.extras)}")
    out.extend(f"  extra    {a}  {n} ({g})" for a, n, g in report.extras)
    return "\n".join(out) + "\n"
