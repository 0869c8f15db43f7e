"""How well a gazetteer entry matches a name: weights of the ways a name matches and the ranking score."""

from __future__ import annotations

from typing import Final

__all__ = [
    "COUNTRY_BOOST",
    "FUZZY_WEIGHT",
    "HINT_BOOST",
    "KEY_MATCH",
    "LOOSE_MATCHES",
    "MATCH_SHARE",
    "MATCH_WEIGHTS",
    "match_level",
    "rank_score",
]

#: Weight of each way a name can match, before importance and context are added.
MATCH_WEIGHTS: Final[dict[str, float]] = {
    "exact": 1.0,
    "alias_exact": 1.0,
    "alias": 0.9,
    "normalized": 0.8,
    "generic": 0.75,
    "generic_hint": 0.7,
    # A romanisation variant: without the Arabic article of the gazetteer's form ("Bayda" for "Al Bayda"),
    # or the other spelling of a final tāʾ marbūṭa ("Hodeidah" for "Hodeida").
    "variant": 0.7,
    "alias_loose": 0.6,
    "skeleton": 0.6,
}
#: Match weights at or above this one mean a key matched; below it the fuzzy fallback also runs.
KEY_MATCH: Final = 0.7
#: Share of the score given to the match quality; the rest goes to importance.
MATCH_SHARE: Final = 0.6
COUNTRY_BOOST: Final = 0.15
HINT_BOOST: Final = 0.1
FUZZY_WEIGHT: Final = 0.5
_MAX_RAW: Final = 1.0 + COUNTRY_BOOST + HINT_BOOST
_HINT_CLASSES: Final[dict[str, frozenset[str]]] = {
    "airport": frozenset({"airport", "military_base"}),
    "military_base": frozenset({"military_base", "airport"}),
    "admin_region": frozenset({"admin_region", "region"}),
    "city": frozenset({"city"}),
    "facility": frozenset({"facility"}),
}
#: Match levels that only count when the two names also look alike.
LOOSE_MATCHES: Final = frozenset({"alias_loose", "skeleton"})


def match_level(
    row: tuple[str, bool, str, str, str | None],
    *,
    folded: str,
    key: str,
    base: str,
    hint: str | None,
    variants: tuple[str, ...],
) -> tuple[str, str]:
    """Return how a gazetteer name matched a query: the level (a key of :data:`MATCH_WEIGHTS`) and the
    candidate's match label (``exact``, ``alias``, ``normalized``).

    Parameters
    ----------
    row
        The name as the index stores it: ``(name, is_alias, key, base, hint)``.
    folded, key, base, hint
        The query: case-folded text, normalised key, key without generic words, their class hint.
    variants
        Romanisation variants of ``base`` that were looked up (article forms, final-h form).
    """
    name, alias, row_key, row_base, row_hint = row
    if alias:
        level = "alias_exact" if name.casefold() == folded else "alias" if row_key == key else "alias_loose"
        return level, "alias"
    if name.casefold() == folded:
        return "exact", "exact"
    if row_key == key:
        return "normalized", "normalized"
    if row_base == base:
        return ("generic_hint" if hint is None and row_hint is not None else "generic"), "normalized"
    if row_base in variants:
        return "variant", "normalized"
    return "skeleton", "normalized"


def rank_score(
    weight: float, importance: float, *, feature_class: str, in_country: bool, hint: str | None
) -> float:
    """Return the ranking score in 0..1 of an entry matched with ``weight``.

    Parameters
    ----------
    weight
        How well the name matched (:data:`MATCH_WEIGHTS`, or the fuzzy weight).
    importance
        Prior weight of the entry in 0..1.
    feature_class
        The entry's class; a generic word of the name (``hint``: "airport", "province" ...) raises
        entries of the matching classes and lowers the others.
    in_country
        The entry lies in the expected country.
    hint
        Feature class the name's generic word points to, or None.
    """
    raw = MATCH_SHARE * weight + (1 - MATCH_SHARE) * importance
    if in_country:
        raw += COUNTRY_BOOST
    if hint is not None:
        raw += HINT_BOOST if feature_class in _HINT_CLASSES.get(hint, frozenset()) else -HINT_BOOST
    return round(min(1.0, max(0.0, raw / _MAX_RAW)), 4)
