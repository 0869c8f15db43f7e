"""Article metadata: YAML front matter, sidecar JSON files, folder indexes, and their validation.

Recognised keys (all optional): ``id``, ``title``, ``publisher``, ``url``, ``published``. Other keys
are ignored, so richer metadata files can be used as they are.
"""

from __future__ import annotations

import datetime
import functools
import re
import reprlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from geo.errors import GeoIOError, InputError
from geo.io import load_json_text, load_yaml_text
from geo.model.checks import check_text
from geo.temporal.edtf import parse_edtf

__all__ = [
    "META_KEYS",
    "clean_meta",
    "index_entry",
    "normalize_published",
    "read_json_meta",
    "split_front_matter",
]

META_KEYS: Final[tuple[str, ...]] = ("id", "title", "publisher", "url", "published")

_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_URL = re.compile(r"^https?://[^\s]+\Z")
_ID = re.compile(r"^[^\s/\\][^\n\r\t/\\]*\Z")
_TIMESTAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")


def split_front_matter(text: str, *, where: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter (``---`` lines at the very start) from the body.

    Parameters
    ----------
    text
        The file content.
    where
        File name for error messages.

    Returns
    -------
    tuple
        The metadata mapping (empty without front matter) and the body that follows it.

    Raises
    ------
    InputError
        If the front matter is not valid YAML or not a mapping, or a ``---`` opening is never closed.
    """
    match = _FRONT.match(text)
    if match is None:
        if re.match(r"\A(?:\ufeff)?---[ \t]*\n", text) and re.search(r"^[A-Za-z_]+\s*:", text, re.M):
            raise InputError(f"{where}: front matter opened with '---' is never closed")
        return {}, text

    data = load_yaml_text(match.group(1) or "", name=f"{where}: front matter", loader=_loader())
    if data is None:
        data = {}
    if not isinstance(data, dict):
        got = reprlib.repr(data)
        raise InputError(f"{where}: front matter must be a mapping of keys to values, got {got}")
    return data, text[match.end() :]


@functools.cache
def _loader() -> type[Any]:
    """A YAML SafeLoader that keeps dates as written (``2020-01-06`` stays a string, checked as EDTF)."""
    import yaml  # deferred: only files with front matter need it

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return _Loader


def read_json_meta(path: Path) -> dict[str, Any]:
    """Read a sidecar JSON object of metadata.

    Raises
    ------
    GeoIOError
        If the file cannot be read.
    InputError
        If it is not JSON or not an object.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GeoIOError(f"cannot read metadata file {str(path)!r}: {exc}") from exc
    data = load_json_text(raw, name=repr(str(path)))
    if not isinstance(data, dict):
        raise InputError(f"{str(path)!r}: metadata must be a JSON object, got {type(data).__name__}")
    return data


def index_entry(index: Path, file_name: str) -> dict[str, Any] | None:
    """Return the entry for ``file_name`` in a folder index (a JSON list of objects with a ``file`` key).

    The entries of an index are read once per version of the file (its size and modification time):
    a folder of N articles reads its index once, not N times.
    """
    try:
        stat = index.stat()
    except OSError:
        return None
    entries = _index_entries(str(index), stat.st_size, stat.st_mtime_ns)
    entry = entries.get(file_name) if entries is not None else None
    return dict(entry) if entry is not None else None  # a copy: the caller may change it


@functools.lru_cache(maxsize=4)
def _index_entries(index: str, size: int, mtime_ns: int) -> dict[str, dict[str, Any]] | None:
    """The first entry of each file name in a folder index, or None when it is not a JSON list (``size``
    and ``mtime_ns`` name the version of the file read)."""
    try:
        data = load_json_text(Path(index).read_text(encoding="utf-8"), name=index)
    except (OSError, UnicodeDecodeError, InputError):
        return None  # a folder index is optional and may be something else entirely
    if not isinstance(data, list):
        return None
    entries: dict[str, dict[str, Any]] = {}
    for entry in data:
        if isinstance(entry, dict):
            name = entry.get("file")
            if isinstance(name, str):
                entries.setdefault(name, entry)
    return entries


def normalize_published(value: Any, *, where: str) -> str | None:
    """Return a publication date as a validated EDTF string, or None.

    Accepts EDTF strings of the supported subset (``2020-01-06``, ``2023-07``, ``2023``), timestamps
    (``2020-01-06T10:30:00Z``, reduced to their day), and YAML dates or years.

    Raises
    ------
    InputError
        If the value is not a date geo understands.
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        value = value.date().isoformat()
    elif isinstance(value, datetime.date):
        value = value.isoformat()
    elif isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise InputError(f"{where}: published date must be a string, got {value!r}")
    stamp = _TIMESTAMP.match(value.strip())
    candidate = stamp.group(1) if stamp else value

    try:
        return parse_edtf(candidate).edtf
    except InputError as exc:
        raise InputError(f"{where}: invalid published date {value!r} ({exc})") from exc


def clean_meta(raw: Mapping[str, Any], *, where: str) -> dict[str, str | None]:
    """Validate the recognised keys of a metadata mapping and return them (absent keys left out).

    Raises
    ------
    InputError
        For a non-string title/publisher/id, a blank or multi-line id, a URL that is not http(s),
        an invalid published date, or a value holding NUL or another control character.
    """
    for key in META_KEYS:
        for field, message in check_text(raw.get(key), key):
            raise InputError(f"{where}: {field} {message}")
    out: dict[str, str | None] = {}
    for key in ("title", "publisher"):
        if key in raw and raw[key] is not None:
            value = raw[key]
            if not isinstance(value, str):
                raise InputError(f"{where}: {key} must be a string, got {value!r}")
            out[key] = " ".join(value.split()) or None
    if "id" in raw and raw["id"] is not None:
        value = raw["id"]
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not _ID.match(value.strip()):
            raise InputError(
                f"{where}: id must be a non-blank one-line string without slashes, got {value!r}"
            )
        out["id"] = value.strip()
    if "url" in raw and raw["url"] is not None:
        value = raw["url"]
        if not isinstance(value, str) or not _URL.match(value.strip()):
            raise InputError(f"{where}: url must be an http(s) address, got {value!r}")
        out["url"] = value.strip()
    if "published" in raw:
        out["published"] = normalize_published(raw["published"], where=where)
    return out
