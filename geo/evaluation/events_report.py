"""Plain-text report of ``geo eval --events``: the figures per system and split, the type confusion."""

from __future__ import annotations

from geo.evaluation.events import EventScores
from geo.evaluation.events_run import EventReport
from geo.model.vocab import EVENT_TYPES

__all__ = ["format_confusion", "format_events"]

_COLUMNS = (
    ("system", "system"),
    ("split", "split"),
    ("docs", "docs"),
    ("place P", "place_precision"),
    ("R", "place_recall"),
    ("F1", "place_f1"),
    ("event P", "event_precision"),
    ("R", "event_recall"),
    ("F1", "event_f1"),
    ("type", "type_accuracy"),
    ("date exact", "date_exact"),
    ("date right", "date_right"),
    ("fatalities", "fatalities"),
    ("troops", "troops"),
    ("mission", "mission"),
)


def _table(rows: list[list[str]], left: int) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [
            c.ljust(w) if i < left else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_confusion(scores: EventScores) -> list[str]:
    """Gold type (rows) x predicted type (columns, then ``mention`` and ``missed``) for one score."""
    gold_types = [t for t in EVENT_TYPES if t != "mention" and any(g == t for g, _ in scores.confusion)]
    found = [t for t in EVENT_TYPES if t != "mention" and any(f == t for _, f in scores.confusion)]
    columns = [*found, "mention", "missed"]
    rows = [["gold \\ predicted", *columns, "total"]]
    for gold in gold_types:
        counts = [scores.confusion.get((gold, c), 0) for c in columns]
        rows.append([gold, *(str(n) if n else "." for n in counts), str(sum(counts))])
    return _table(rows, 1)


def _batches(report: EventReport) -> list[str]:
    names = list(dict.fromkeys(s.split for s in report.batches))
    systems = list(dict.fromkeys(s.system for s in report.batches))
    cells = {(s.system, s.split): s.figures() for s in report.batches}
    rows = [["system", *(n.removeprefix("batch ") for n in names)]]
    for system in systems:
        row = [system]
        for name in names:
            f = cells.get((system, name))
            row.append("-" if f is None else f"{_cell(f['place_f1'])} / {_cell(f['event_f1'])}")
        rows.append(row)
    return _table(rows, 1)


def format_events(report: EventReport) -> str:
    """Return the figures table, the confusion table of each system on all documents, and the notes."""
    out = [f"gold: {report.gold} ({report.docs} documents)", ""]
    rows = [[title for title, _ in _COLUMNS]]
    for scores in report.scores:
        data = {"system": scores.system, "split": scores.split, "docs": scores.docs, **scores.figures()}
        rows.append([_cell(data[key]) for _, key in _COLUMNS])
    out.extend(_table(rows, 2))
    for scores in report.scores:
        if scores.split != "all":
            continue
        c = scores.counts
        out.extend(
            [
                "",
                f"{scores.system}: places {c['places_found']}/{c['places_gold']} found, "
                f"{c['places_true']} true and {c['places_false']} false predicted; "
                f"events {c['events_found']}/{c['events_gold']} found, "
                f"{c['events_true']}/{c['events_predicted']} predicted matched; dates on "
                f"{c['date_pairs']} place+type matches: {c['date_exact']} exact, {c['date_overlap']} "
                f"overlapping, {c['date_wrong']} wrong; fatalities {c['fatalities_right']}/"
                f"{c['fatalities_gold']}, troops {c['troops_right']}/{c['troops_gold']}, "
                f"mission {c['mission_right']}/{c['mission_gold']}",
                "",
                *format_confusion(scores),
            ]
        )
    if report.batches:
        out.extend(["", "by collection batch (doc_id letters): place F1 / event F1", *_batches(report)])
    if report.notes:
        out.extend(["", "notes:", *(f"  {n}" for n in report.notes)])
    return "\n".join(out) + "\n"
