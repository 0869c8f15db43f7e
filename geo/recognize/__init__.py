"""Toponym recognition: place names and demonyms in English text, with character offsets.

>>> from geo.recognize import recognize
>>> [t.surface for t in recognize("Troops left Erbil for Baghdad.")]  # doctest: +SKIP
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
    from geo.toponyms import Toponym

__all__ = ["recognize"]


def recognize(
    text: str, *, gazetteer: Gazetteer | None = None, weights: Weights | None = None
) -> list[Toponym]:
    """Return the place names and demonyms of ``text``.

    Parameters
    ----------
    text
        The article text; offsets of the result index into it.
    gazetteer
        Gazetteer whose names form the lexicon; by default :func:`geo.gazetteer.default_gazetteer`.
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

    if gazetteer is None:
        from geo.gazetteer.index import default_gazetteer

        gazetteer = default_gazetteer()
    from geo.recognize.sites import diplomatic_posts

    chosen = weights.recogniser if weights is not None else None
    found = recognize_text(text, load_lexicon(gazetteer.path), weights=chosen)
    return diplomatic_posts(text, found, gazetteer)
