"""Comparing a predicted date or mission with a gold one (rules of :mod:`geo.evaluation.events`)."""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Mapping
from typing import Final

from geo.temporal.edtf import parse_edtf

__all__ = ["MISSION_SHORT", "date_class", "dates_overlap", "same_mission"]

#: Short forms accepted for canonical mission names (the list in the news_events gold README).
MISSION_SHORT: Final[Mapping[str, str]] = {
    "efp": "NATO Enhanced Forward Presence",
    "atalanta": "EUNAVFOR Atalanta",
    "aspides": "EUNAVFOR Aspides",
    "irini": "EUNAVFOR MED Irini",
    "barkhane": "Operation Barkhane",
    "nmi": "NATO Mission Iraq",
}

_WIDE_FACTOR = 3
_WIDE_DAYS = 10


def _bounds(date: str) -> tuple[datetime.date, datetime.date, str]:
    parsed = parse_edtf(date)
    return (parsed.start or datetime.date.min, parsed.end or datetime.date.max, parsed.precision)


def _days(lo: datetime.date, hi: datetime.date) -> float:
    if lo == datetime.date.min or hi == datetime.date.max:
        return float("inf")
    return float((hi - lo).days + 1)


def dates_overlap(predicted: str | None, gold: str) -> bool:
    """Whether a predicted EDTF date may stand for a gold one (overlap; wide predictions start inside)."""
    if predicted is None:
        return False
    plo, phi, _ = _bounds(predicted)
    glo, ghi, _ = _bounds(gold)
    if plo > ghi or glo > phi:
        return False
    width, gold_width = _days(plo, phi), _days(glo, ghi)
    if width > _WIDE_FACTOR * gold_width and width > _WIDE_DAYS:
        return glo <= plo <= ghi
    return True


def _norm(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(c if c.isalnum() else " " for c in plain if not unicodedata.combining(c))
    return " ".join(kept.split())


def same_mission(predicted: str | None, gold: str) -> bool:
    """Whether ``predicted`` names the gold mission (see the module docstring)."""
    if predicted is None:
        return False
    found = _norm(predicted)
    full = MISSION_SHORT.get(found)
    return found == _norm(gold) or (full is not None and _norm(full) == _norm(gold))


def date_class(predicted: str | None, gold: str) -> tuple[str, bool]:
    """``exact`` (same bounds) or ``overlap``, and whether the EDTF precisions are equal."""
    if predicted is None:
        return "wrong", False
    plo, phi, pprec = _bounds(predicted)
    glo, ghi, gprec = _bounds(gold)
    return ("exact" if (plo, phi) == (glo, ghi) else "overlap"), pprec == gprec
