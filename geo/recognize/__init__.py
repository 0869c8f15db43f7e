"""Toponym recognition: place names and demonyms in English text, with character offsets.

>>> from geo.gazetteer import Gazetteer
>>> from geo.recognize import recognize
>>> gazetteer = Gazetteer.open()                                      # doctest: +SKIP
>>> [t.surface for t in recognize("Troops left Erbil for Baghdad.", gazetteer=gazetteer)]  # doctest: +SKIP
['Erbil', 'Baghdad']

The recogniser combines a lexicon of every gazetteer name (a memory-mapped trie built once per gazetteer
index in the user cache), capitalisation, English word frequencies, person and organisation cues, datelines
and document-level consistency. See ``docs/recognition.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo.errors import InputError

if TYPE_CHECKING:
    from geo.gazetteer.index import Gazetteer
    from geo.lexicon.weights import Weights
    from geo.model.spans import Toponym
    from geo.recognize.lexicon import Lexicon

__all__ = ["recognize"]


def recognize(
    text: str, *, gazetteer: Gazetteer, lexicon: Lexicon | None = None, weights: Weights | None = None
) -> list[Toponym]:
    """Return the place names and demonyms of ``text``.

    Parameters
    ----------
    text
        The article text; offsets of the result index into it.
    gazetteer
        Gazetteer whose names form the lexicon (and whose facilities diplomatic posts are looked up in).
    lexicon
        The lexicon of ``gazetteer`` (:func:`geo.recognize.lexicon.load_lexicon`), with the lookups it
        remembers: pass the same one to every call, as :class:`geo.Geoparser` does. None maps the
        lexicon files for this call only (the same result, without the remembered lookups).
    weights
        The decision's thresholds and scores (``weights.recogniser``); by default the packaged ones
        (:func:`geo.lexicon.weights.default_weights`).

    Returns
    -------
    list[Toponym]
        Spans sorted by start, without overlaps: ``kind="place"`` for places, ``kind="demonym"`` for
        demonyms and place adjectives (with the ``country`` they imply).

    Raises
    ------
    InputError
        When ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a string, got {type(text).__name__!r}")
    from geo.recognize.lexicon import load_lexicon
    from geo.recognize.recognizer import recognize_text
    from geo.recognize.sites import diplomatic_posts

    if lexicon is None:
        lexicon = load_lexicon(gazetteer.path)
    chosen = weights.recogniser if weights is not None else None
    return diplomatic_posts(text, recognize_text(text, lexicon, weights=chosen), gazetteer)
