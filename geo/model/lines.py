"""GeoJSON lines and text sequences in a file named like a GeoJSON document.

``geo extract`` writes batches as GeoJSON lines (one feature per line, as articles finish), also into a
file named ``events.geojson``; GDAL reads such a file, so geo's own readers must too. A file whose
first line is a whole JSON object and that has more lines, or whose first byte is the RFC 8142 record
separator, is rewrapped as a FeatureCollection document before it is parsed and checked: the bytes of
each feature are kept, one per line, so the checks and their feature numbers are those of the lines.
"""

from __future__ import annotations

import json
from typing import Final

__all__ = ["as_document", "text_kind"]

_RS: Final = b"\x1e"
_HEAD: Final = b'{"type":"FeatureCollection","features":[\n'
_TAIL: Final = b"\n]}\n"


def text_kind(text: bytes) -> str:
    """The form of event text that starts (after white space and a byte order mark) with ``text``:
    ``"geojsons"`` (RFC 8142 records: the record separator first), ``"geojsonl"`` (a first line that is a
    whole JSON object, and more lines) or ``"geojson"`` (one document, also an indented one)."""
    text = text[3:] if text.startswith(b"\xef\xbb\xbf") else text
    text = text.lstrip(b" \t\r\n")
    if text.startswith(_RS):
        return "geojsons"
    first, _, rest = text.partition(b"\n")
    if not rest.strip() or not first.strip().startswith(b"{"):
        return "geojson"
    try:
        parsed = json.loads(first)
    except ValueError:
        return "geojson"  # an indented document: its first line is not JSON on its own
    return "geojsonl" if isinstance(parsed, dict) else "geojson"


def as_document(data: bytes) -> bytes:
    """Return ``data`` unchanged when it is one JSON document, else its records as a FeatureCollection.

    Parameters
    ----------
    data
        The bytes of a file (possibly starting with a UTF-8 byte order mark).

    Returns
    -------
    bytes
        ``data`` itself, or ``{"type":"FeatureCollection","features":[`` + the records joined with
        ``,`` and a newline + ``]}``.
    """
    kind = text_kind(data)
    if kind == "geojson":
        return data
    text = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    records = [record.strip() for record in text.split(_RS if kind == "geojsons" else b"\n")]
    records = [record for record in records if record]
    return _HEAD + b",\n".join(records) + _TAIL
