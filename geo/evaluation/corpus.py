"""Gold corpora in the JSON-lines format of the geoparsing benchmarks.

One object per line: ``{"doc_id", "text", "toponyms": [{"start", "end", "name", "lat", "lon", ...}]}``
with code-point offsets (end exclusive) and ``text[start:end] == name``; ``lat``/``lon`` may be null.
Extra keys are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from geo.errors import InputError
from geo.readers.jsonlines import iter_json_objects

__all__ = [
    "DEMONYM_CORPORA",
    "RESOLUTION_ONLY_CORPORA",
    "GoldDoc",
    "GoldToponym",
    "corpus_name",
    "read_corpus",
]

#: Corpora that annotate demonyms and place adjectives as toponyms (docs/recognition.md, "How demonyms
#: count"): there a ``demonym`` prediction counts as a toponym prediction; elsewhere it is dropped.
DEMONYM_CORPORA: Final = frozenset({"lgl", "geowebnews", "tr_news"})

#: Corpora that annotate only some place mentions (WikToR: the article's own subject), scored for
#: resolution on the gold spans only.
RESOLUTION_ONLY_CORPORA: Final = frozenset({"wiktor"})


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """A gold toponym: span, name and, when the annotators resolved it, the point ``(lon, lat)``."""

    start: int
    end: int
    name: str
    lon: float | None
    lat: float | None

    @property
    def point(self) -> tuple[float, float] | None:
        """``(lon, lat)`` or None."""
        return None if self.lon is None or self.lat is None else (self.lon, self.lat)


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """A document of a gold corpus."""

    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def corpus_name(path: str | Path) -> str:
    """Return the corpus a file belongs to: its folder name (``lgl``, ``geowebnews``, ...), lower-cased.

    A file named after the corpus (``wiktor.jsonl``) is recognised too.
    """
    file = Path(path)
    known = DEMONYM_CORPORA | RESOLUTION_ONLY_CORPORA | {"geovirus"}
    stem = file.stem.lower().replace("-", "_")
    for name in (stem, stem.split(".")[0], file.parent.name.lower().replace("-", "_")):
        if name in known:
            return name
    return file.parent.name.lower() or stem


def read_corpus(path: str | Path, *, limit: int | None = None) -> list[GoldDoc]:
    """Read a gold corpus file.

    Parameters
    ----------
    path
        The ``.jsonl`` file.
    limit
        Read at most this many documents (the first ones).

    Raises
    ------
    GeoIOError
        If the file cannot be read.
    InputError
        For a malformed line (with its number): not JSON, missing ``text``/``toponyms``, offsets that
        do not select the toponym's name, or a coordinate out of range.
    """
    file = Path(path)
    if limit is not None and limit < 1:
        raise InputError(f"limit must be at least 1, got {limit!r}")
    docs: list[GoldDoc] = []
    for lineno, where, data in iter_json_objects(file, what="corpus"):
        docs.append(_doc(data, where=where, lineno=lineno))
        if limit is not None and len(docs) >= limit:
            break  # the lines after the limit are not read
    return docs


def _doc(data: dict[str, Any], *, where: str, lineno: int) -> GoldDoc:
    text = data.get("text")
    raw = data.get("toponyms")
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' must be a string, got {text!r}")
    if not isinstance(raw, list):
        raise InputError(f"{where}: 'toponyms' must be a list, got {raw!r}")
    toponyms = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise InputError(f"{where}: toponym {i} must be an object, got {item!r}")
        start, end, name = item.get("start"), item.get("end"), item.get("name")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise InputError(f"{where}: toponym {i} has bad offsets {start!r}..{end!r}")
        if name is not None and text[start:end] != name:
            raise InputError(f"{where}: toponym {i} offsets select {text[start:end]!r}, not {name!r}")
        lon, lat = item.get("lon"), item.get("lat")
        if (lon is None) != (lat is None):
            raise InputError(f"{where}: toponym {i} has only one of lat/lon: {lat!r}, {lon!r}")
        if lon is not None and lat is not None:
            if not (isinstance(lon, int | float) and isinstance(lat, int | float)):
                raise InputError(f"{where}: toponym {i} has non-numeric lat/lon: {lat!r}, {lon!r}")
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                raise InputError(f"{where}: toponym {i} has coordinates out of range: {lat!r}, {lon!r}")
        toponyms.append(
            GoldToponym(
                start,
                end,
                text[start:end],
                None if lon is None else float(lon),
                None if lat is None else float(lat),
            )
        )
    doc_id = data.get("doc_id", data.get("id", str(lineno)))
    return GoldDoc(str(doc_id), text, tuple(sorted(toponyms, key=lambda t: (t.start, t.end))))
