"""Score geo's time expressions against the gold event dates of the news dev set, in even/odd halves.

Run: ``PYTHONPATH=$PWD python3 benchmarks/eval_dates.py [--gold FILE] [--failures N] [--json]`` from the
repository (needs ``../shared/eval/news_events/dev.jsonl`` or ``--gold``).

For every gold event, the expressions :func:`geo.temporal.find_dates` returns (on the whole text, with the
document's ``published``) that lie inside the gold ``evidence`` span are compared with the gold ``date``:

- ``exact``: one of them has the gold bounds (first and last day; an open side must be open in both);
- ``overlap``: none is exact but one overlaps the gold interval (and is not much wider than it: over 3x and
  over 10 days wider, or open against a bounded gold date, only counts when it starts inside the gold
  interval, as the event scorer does);
- ``wrong``: there are expressions but none overlaps;
- ``none``: no expression in the evidence (the tagger then takes a neighbour's or the publication date);
  ``pub`` counts those whose publication date (as the anchor gives it) overlaps the gold date.

This measures the date grammar only, independent of which expression the event tagger picks. Failures
(``wrong`` and ``overlap``) are listed with a kind from the expression's surface (weekday, month-day,
relative unit, since/until, ...): time expressions and dates only, never the article's sentences.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from geo.errors import InputError
from geo.temporal import TemporalExpression, find_dates
from geo.temporal.edtf import parse_edtf

ROOT = Path(__file__).resolve().parents[1]

GOLD = ROOT.parent / "shared" / "eval" / "news_events" / "dev.jsonl"
OUTCOMES = ("exact", "overlap", "wrong", "none")

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("since/until", re.compile(r"(?i)\b(since|from|until|till|through|up to|between)\b")),
    ("weekday", re.compile(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")),
    ("ago/past-n", re.compile(r"(?i)\b(ago|past|recent)\b")),
    (
        "last/this/next unit",
        re.compile(r"(?i)\b(last|this|next|previous|coming)\s+(week|month|year|weekend)"),
    ),
    ("day word", re.compile(r"(?i)\b(today|yesterday|tomorrow|tonight)\b")),
    (
        "month-day",
        re.compile(
            r"(?i)\b[a-z]{3,9}\.?\s+\d{1,2}\b(?!,?\s*\d{4})|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?[a-z]{3,9}\b(?!,?\s+\d{4})"
        ),
    ),
    ("full date", re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}\D+\d{4}")),
    (
        "month",
        re.compile(
            r"(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)\b"
        ),
    ),
    ("year", re.compile(r"\b\d{4}\b")),
)


def _kind(surface: str) -> str:
    for name, pattern in _KINDS:
        if pattern.search(surface):
            return name
    return "other"


def _bounds(edtf: str) -> tuple[datetime.date | None, datetime.date | None]:
    bounds = parse_edtf(edtf)
    return bounds.start, bounds.end


def _overlaps(
    pred: tuple[datetime.date | None, datetime.date | None],
    gold: tuple[datetime.date | None, datetime.date | None],
) -> bool:
    """Intervals overlap (open sides reach forever); a much wider one must start inside the gold one."""
    lo_p, hi_p = pred
    lo_g, hi_g = gold
    if lo_p is not None and hi_g is not None and lo_p > hi_g:
        return False
    if lo_g is not None and hi_p is not None and lo_g > hi_p:
        return False
    if None in (lo_p, hi_p):  # an open prediction is wider than any bounded gold interval
        if lo_g is None or hi_g is None:
            return True
        return lo_p is not None and lo_g <= lo_p <= hi_g
    if lo_p is None or hi_p is None or lo_g is None or hi_g is None:
        return True
    width_p, width_g = (hi_p - lo_p).days + 1, (hi_g - lo_g).days + 1
    if width_p > 3 * width_g and width_p - width_g > 10:
        return lo_g <= lo_p <= hi_g
    return True


def _dates(text: str, published: str | None) -> tuple[list[TemporalExpression], str | None]:
    """Expressions of ``text``; an anchor the grammar refuses (an interval) falls back to its start."""
    try:
        return find_dates(text, published=published), published
    except InputError:
        start = (published or "").split("/", 1)[0]
        reference = None if start in ("", "..") else start
        return find_dates(text, published=reference), reference


def score(gold_path: Path) -> dict[str, Any]:
    """Outcome counts per half and the failures, for the gold file at ``gold_path``."""
    docs = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts: dict[str, Counter[str]] = {"all": Counter(), "even": Counter(), "odd": Counter()}
    failures: list[dict[str, Any]] = []
    for number, doc in enumerate(docs):
        half = "even" if number % 2 == 0 else "odd"
        found, anchor = _dates(doc["text"], doc.get("published"))
        publication = _bounds(anchor) if anchor else None
        for event in doc["events"]:
            gold = _bounds(event["date"])
            lo, hi = event["evidence"]["start"], event["evidence"]["end"]
            inside = [e for e in found if e.start >= lo and e.end <= hi]
            pairs = [(e, _bounds(e.edtf)) for e in inside]
            if not inside:
                outcome = "none"
                if publication is not None and _overlaps(publication, gold):
                    counts[half]["pub"] += 1
                    counts["all"]["pub"] += 1
            elif any(b == gold for _, b in pairs):
                outcome = "exact"
            elif any(_overlaps(b, gold) for _, b in pairs):
                outcome = "overlap"
            else:
                outcome = "wrong"
            counts[half][outcome] += 1
            counts["all"][outcome] += 1
            if outcome in {"wrong", "overlap"}:
                failures.append(
                    {
                        "event": event["id"],
                        "outcome": outcome,
                        "gold": event["date"],
                        "published": doc.get("published"),
                        "found": [[e.surface, e.edtf] for e in inside],
                        "kind": _kind(" ".join(e.surface for e in inside)),
                    }
                )
    return {"counts": {k: dict(v) for k, v in counts.items()}, "failures": failures}


def _row(name: str, counts: dict[str, int]) -> str:
    total = sum(counts.get(o, 0) for o in OUTCOMES)
    with_expr = total - counts.get("none", 0)
    exact, overlap = counts.get("exact", 0), counts.get("overlap", 0)
    share = lambda n, d: f"{n / d:.3f}" if d else "-"  # noqa: E731
    return (
        f"{name:<5} {total:>6} {with_expr:>6} {exact:>6} {overlap:>7} {counts.get('wrong', 0):>6} "
        f"{counts.get('none', 0):>5} {counts.get('pub', 0):>4}   {share(exact, with_expr):>6} "
        f"{share(exact + overlap, with_expr):>6}   {share(exact, total):>6} "
        f"{share(exact + overlap, total):>6}"
    )


def main() -> None:
    """Score the gold file and print the table and the failures by kind."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold JSON lines (news_events format)")
    parser.add_argument("--failures", type=int, default=200, help="failures to list (default 200)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    result = score(args.gold)
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print("half  events  w/expr  exact overlap  wrong  none  pub   w/expr: exact right   all: exact right")
    for half in ("all", "even", "odd"):
        print(_row(half, result["counts"][half]))
    kinds = Counter((f["kind"], f["outcome"]) for f in result["failures"])
    print("\nfailures by kind:")
    for (kind, outcome), n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {kind:<22} {outcome:<8} {n}")
    print()
    for failure in result["failures"][: args.failures]:
        found = "; ".join(f"{s!r}->{d}" for s, d in failure["found"])
        where = f"{failure['event']:<9} {failure['outcome']:<8} gold {failure['gold']:<24}"
        print(f"{where} pub {failure['published']:<12} {found}")


if __name__ == "__main__":
    main()
