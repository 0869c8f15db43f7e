"""Diplomatic posts named by their country and the city they are in: "the U.S. embassy in Baghdad".

News rarely gives an embassy or consulate its full name. It writes a country or demonym, the word
*embassy* or *consulate*, and either the city right after ("in Baghdad") or a city named shortly before
("troops stay in Erbil, close to the American consulate"). When the
gazetteer knows the post (a ``facility`` entry such as ``geo:us-embassy-baghdad``), the country or
demonym span is widened to the post and its query names country, post and city, so that the resolver
finds the facility instead of the country. Posts the gazetteer does not know are left as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from geo import lexicon
from geo.gazetteer.normalize import split_generic
from geo.model.spans import Toponym

if TYPE_CHECKING:
    from geo.gazetteer.index import Gazetteer

__all__ = ["diplomatic_posts"]

_POSTS: Final = lexicon.load("recognize_diplomatic_posts")


def _words(role: str) -> str:
    """The terms of ``role`` as one alternation; a space in a term matches a space or a hyphen."""
    terms = [entry["term"] for entry in _POSTS if entry["role"] == role]
    return "|".join("[- ]".join(map(re.escape, term.split())) for term in terms)


_POST_WORD: Final = rf"(?P<post>(?:{_words('post')})\b)"
#: The post word right after the country or demonym.
_POST: Final = re.compile(r"\s+" + _POST_WORD, re.IGNORECASE)
#: A span the recogniser already widened to the post ("U.S. embassy").
_OWN_POST: Final = re.compile(r"(?P<who>.+?)\s+" + _POST_WORD + "$", re.IGNORECASE)
#: What may stand between the post and its city: "embassy compound in Baghdad".
_IN: Final = re.compile(rf"(?:\s+(?:{_words('premises')}))?\s+in\s+", re.IGNORECASE)
#: How far back (characters) a city named before the post may stand.
LOOKBACK: Final = 400


def diplomatic_posts(text: str, toponyms: Sequence[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """Return ``toponyms`` with country/demonym spans widened to the embassies and consulates they name.

    Parameters
    ----------
    text
        The text the toponyms index into.
    toponyms
        Recognised toponyms sorted by start, without overlaps.
    gazetteer
        Gazetteer asked for a ``facility`` entry named after country, post and city.

    Returns
    -------
    list[Toponym]
        The toponyms, with each post the gazetteer knows as one ``place`` span hinted ``facility``.
    """
    result = list(toponyms)
    for index, owner in enumerate(result):
        named = _post_named(text, owner)
        if named is None:
            continue
        who, post, end = named
        rest = _IN.match(text, end)
        city = _city_after(result, index, rest.end()) if rest else None
        if city is None:
            city = _city_before(result, index, owner.start)
        if city is None:
            continue
        query = f"{who} {post} {split_generic(city.query)[0]}"
        if not gazetteer.lookup(query, feature_class="facility", limit=1, fuzzy=False):
            continue
        result[index] = Toponym(
            owner.start, end, text[owner.start : end], query, kind="place", feature_hint="facility",
            score=owner.score, role=owner.role,
        )
    return result


def _post_named(text: str, owner: Toponym) -> tuple[str, str, int] | None:
    """Country or demonym, post word and the offset after it, when ``owner`` names a diplomatic post."""
    if owner.feature_hint == "facility":
        inside = _OWN_POST.match(owner.surface)
        if inside is not None:
            return inside.group("who"), inside.group("post"), owner.end
        return None
    if owner.country is None:
        return None  # only a country or a demonym names whose post it is
    after = _POST.match(text, owner.end)
    if after is None:
        return None
    return owner.surface, after.group("post"), after.end()


def _city_after(toponyms: list[Toponym], index: int, offset: int) -> Toponym | None:
    """The place starting exactly at ``offset`` (the name after "embassy in")."""
    for later in toponyms[index + 1 : index + 3]:
        if later.start == offset and later.kind == "place" and later.country is None:
            return later
    return None


def _city_before(toponyms: list[Toponym], index: int, offset: int) -> Toponym | None:
    """The nearest place named before ``offset`` that is not a country (countries carry a code)."""
    for earlier in reversed(toponyms[:index]):
        if offset - earlier.end > LOOKBACK:
            return None
        if earlier.kind == "place" and earlier.country is None:
            return earlier
    return None
