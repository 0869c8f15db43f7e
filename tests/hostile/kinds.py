"""Hostile payloads shared by the matrix modules: encodings, broken JSON, numbers, dates, paths."""

from __future__ import annotations

from typing import Final

TEXT: Final = "Dutch troops trained soldiers in Erbil, Iraq, on 5 January 2020.\n"

#: Bytes that are not UTF-8 text, or text in another encoding, by kind.
UNDECODABLE: Final[dict[str, bytes]] = {
    "utf16-bom": TEXT.encode("utf-16"),
    "utf16-no-bom": TEXT.encode("utf-16-le"),
    "latin1": "Troupes à Bogotá.\n".encode("latin-1"),
    "binary-nul": b"\x00\x01\x02\xff\xfe\x00" * 20,
}

#: JSON texts that are not a usable document, by kind.
BROKEN_JSON: Final[dict[str, str | bytes]] = {
    "empty": "",
    "whitespace": " \n\t\n",
    "truncated": '{"id": "a", "text": "Iraq',
    "deep": "[" * 5000 + "]" * 5000,
    "nan": '{"id": NaN}',
    "infinity": '{"id": Infinity, "text": "Iraq"}',
    "huge-exp": '{"id": 1e400, "text": "Iraq"}',
    "top-list": "[1, 2, 3]",
    "top-string": '"text"',
    "nul": b'{"id": "a\x00", "text": "x"}',
    **{kind: data for kind, data in UNDECODABLE.items() if kind != "utf16-no-bom"},
}

#: Dates that are not EDTF (or not a real day).
BAD_DATES: Final[dict[str, str]] = {
    "month-13": "2020-13-01",
    "feb-30": "2020-02-30",
    "word": "yesterday",
    "dots": "../..",
    "empty-range": "2020-05-01/2020-04-01",
    "year-0": "0000-00-00",
    "long-year": "20200-01-01",
}

#: Hostile but legal file names (the output goes beside them).
ODD_NAMES: Final[dict[str, str]] = {
    "space": "my article.txt",
    "unicode": "Bagdād ∕ مقال.txt",
    "semicolon": "a;rm -rf x.txt",
    "question": "what?.txt",
    "dash": "-leading.txt",
    "quote": 'it\'s "quoted".txt',
    "newline": "two\nlines.txt",
}
