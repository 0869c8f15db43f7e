"""The recogniser's lexicon: every normalised gazetteer name in a memory-mapped trie, with a few numbers each.

Built once per gazetteer index (the file name carries the index fingerprint and :data:`LEXICON_VERSION`)
from the index itself, the demonyms of ``countryinfo``, English word frequencies of ``wordfreq`` and the
first-name lists of ``names`` (US census) and ``gender-guesser``. Loading maps the files instead of reading
them, so a fresh process is ready in a few milliseconds and the name data stays out of the Python heap.

Per key (a name as :func:`geo.gazetteer.normalize_name` writes it) the lexicon keeps:

``weight``
    the best importance of an entry with that name, discounted for alternate names and aliases (0..1);
``fclass``
    the feature class of that entry (index into :data:`geo.model.vocab.FEATURE_CLASSES`);
``zipf``
    the English word frequency of the key on the Zipf scale (0 for rare words, 7 for "the");
``flags``
    :data:`PRIMARY` (some entry's own name), :data:`DEMONYM`, :data:`CODE` (only ever an all-capital alias
    such as "IRQ"), :data:`FIRST_NAME`, :data:`SURNAME`, :data:`MAJOR` (country, continent, sea, world
    region or first-level division);
``country``
    for a demonym, the ISO 3166-1 alpha-2 code it implies.
"""

from __future__ import annotations

import contextlib
import logging
import mmap
import sqlite3
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import marisa_trie

from geo import settings
from geo.cache import readonly_uri
from geo.errors import GeoIOError
from geo.gazetteer.normalize import normalize_name
from geo.model.vocab import FEATURE_CLASSES
from geo.recognize.lexicon_files import files_problem, map_files, save_files

__all__ = [
    "CODE",
    "DEMONYM",
    "FIRST_NAME",
    "LEXICON_VERSION",
    "MAJOR",
    "PATTERN",
    "PRIMARY",
    "STOP",
    "SURNAME",
    "Entry",
    "Lexicon",
    "load_lexicon",
]

logger = logging.getLogger(__name__)

#: Bump when what the lexicon stores or how it is derived changes.
LEXICON_VERSION: Final = 8

PRIMARY: Final = 1
DEMONYM: Final = 2
CODE: Final = 4
FIRST_NAME: Final = 8
SURNAME: Final = 16
MAJOR: Final = 32
NOT_PLACE: Final = 64  # in the lexicon only as a person name
STOP: Final = 128  # one of the most frequent English words ("in", "as", "no", "us")
PATTERN: Final = 256  # not stored: a name outside the lexicon recognised by its generic word
#: Words among this many most frequent English ones get :data:`STOP`.
STOP_RANK: Final = 400
#: Only names of entries at least this important are matched by skeleton (misspellings of small places
#: are not recoverable, and their skeletons collide with surnames).
SKELETON_MIN_IMPORTANCE: Final = 0.55
_SKELETON_BASES: Final = 6

#: Discount of an entry's importance when the key is only an alternate name (GeoNames alternates are
#: noisy: "Kyle" is an alternate name of Kiel) or an alias.
_KIND_FACTOR: Final = (1.0, 0.8, 0.9)
_MAJOR_CLASSES: Final = frozenset({"country", "region", "water_body"})
#: One record per trie key id: weight, class, zipf, flags (unsigned bytes) and a 2-letter country code.
_RECORD: Final = struct.Struct("4B2s")


@dataclass(frozen=True, slots=True)
class Entry:
    """What the lexicon knows about one key (see the module docstring).

    ``is_place`` (derived from ``flags``) is True when some gazetteer entry carries the name.
    """

    weight: float
    fclass: str
    zipf: float
    flags: int
    country: str | None
    is_place: bool = field(init=False, repr=False, compare=False)  # stored: read in the recogniser's loops

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_place", not self.flags & NOT_PLACE)


class _Entries(dict[str, "Entry | None"]):
    """Entries by key, read from the trie and the records on first use (kept up to a limit)."""

    __slots__ = ("_records", "_trie")

    def __init__(self, trie: marisa_trie.Trie, records: bytes | mmap.mmap) -> None:
        super().__init__()
        self._trie = trie
        self._records = records

    def __missing__(self, key: str) -> Entry | None:
        index = self._trie.get(key)
        entry = None
        if index is not None:
            weight, fclass, zipf, flags, cc = _RECORD.unpack_from(self._records, index * _RECORD.size)
            code = cc.decode("ascii").strip()
            entry = Entry(weight / 250.0, FEATURE_CLASSES[fclass], zipf / 10.0, flags, code or None)
        if len(self) < _CACHE_LIMIT:
            self[key] = entry
        return entry


class _Prefixes(dict[str, bool]):
    """Whether some longer key starts with a key and a space, read from the trie on first use."""

    __slots__ = ("_trie",)

    def __init__(self, trie: marisa_trie.Trie) -> None:
        super().__init__()
        self._trie = trie

    def __missing__(self, key: str) -> bool:
        found = next(self._trie.iterkeys(key + " "), None) is not None
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        self[key] = found
        return found


class Lexicon:
    """Read-only lookups of normalised names.

    Use :func:`load_lexicon` rather than the constructor.

    Attributes
    ----------
    get
        ``get(key)`` returns the :class:`Entry` of a normalised key, or None when no name has that key
        (a bound dictionary lookup: the recogniser calls it a few hundred times per article).
    has_prefix
        ``has_prefix(key)`` returns True when some longer key starts with ``key`` followed by a space.
    """

    get: Callable[[str], Entry | None]
    has_prefix: Callable[[str], bool]

    def __init__(
        self, trie: marisa_trie.Trie, records: bytes | mmap.mmap, skeletons: marisa_trie.BytesTrie
    ) -> None:
        self._trie = trie
        self._records = records
        self._skeletons = skeletons
        self.get = _Entries(trie, records).__getitem__
        self.has_prefix = _Prefixes(trie).__getitem__
        self._spellings: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self._trie)

    def by_skeleton(self, skel: str) -> list[str]:
        """Return keys (without generic words) of well-known names with skeleton ``skel``, best first."""
        found = self._skeletons.get(skel)
        return found[0].decode("utf-8").split("|") if found else []


    def spelling(self, key: str) -> str | None:
        """Return the well-known name that ``key`` misspells ("deir alzour" -> "deir ez zor"), or None.

        The skeleton of ``key`` (see :func:`geo.gazetteer.normalize.skeleton`) must be at least
        :data:`geo.gazetteer.build.MIN_SKELETON` long and match a name that looks alike
        (:func:`geo.gazetteer.fuzzy.looks_alike`); the best such name is returned. Cached per key.
        """
        if key in self._spellings:
            return self._spellings[key]
        from geo.gazetteer.build import MIN_SKELETON
        from geo.gazetteer.fuzzy import looks_alike
        from geo.gazetteer.normalize import skeleton

        skel = skeleton(key)
        found = None
        if len(skel) >= MIN_SKELETON:
            found = next((name for name in self.by_skeleton(skel) if looks_alike(key, name)), None)
        if len(self._spellings) >= _CACHE_LIMIT:
            self._spellings.clear()
        self._spellings[key] = found
        return found


#: Most entries kept in each per-lexicon cache of lookups.
_CACHE_LIMIT: Final = 200_000
#: Hash of the code, word lists and packages the lexicon derives from (constant in a process).
_FINGERPRINT: str | None = None
#: Distributions whose data goes into the lexicon (the gazetteer's are covered by its index fingerprint).
_SOURCE_PACKAGES: Final = ("wordfreq", "names", "gender-guesser")
#: Held while a lexicon is built (the temporary files are named by process, not by thread).
_BUILD_LOCK: Final = threading.Lock()
#: Our data files whose entries go into the lexicon (``geo/lexicon/data``).
_DATA_FILES: Final = ("recognize_demonyms.yaml",)


def load_lexicon(gazetteer_path: Path, *, cache_dir: Path | None = None) -> Lexicon:
    """Return the lexicon of the gazetteer index at ``gazetteer_path``, building its files on first use.

    Each call maps the files anew (about a millisecond) and returns a new :class:`Lexicon` with empty
    lookup caches: keep the result (a :class:`geo.Geoparser` keeps one) rather than calling this per text.

    Parameters
    ----------
    gazetteer_path
        The compiled SQLite index (``Gazetteer.path``); its file name carries the index fingerprint.
    cache_dir
        Folder of the lexicon files; ``settings.cache_dir`` by default.
    """
    stem = gazetteer_path.stem
    folder = Path(cache_dir if cache_dir is not None else settings.cache_dir)
    base = folder / f"lexicon-{stem.removeprefix('gazetteer-')}-{_fingerprint()}"
    paths = (base.with_suffix(".marisa"), base.with_suffix(".rec"), base.with_suffix(".skel"))
    manifest = base.with_suffix(".sum")
    for attempt in range(2):
        problem = files_problem(paths, manifest)
        if problem is not None:
            with _BUILD_LOCK:
                problem = files_problem(paths, manifest)
                if problem is not None:
                    if problem != "missing":
                        logger.warning("recognition lexicon %s is damaged (%s); rebuilding it", base, problem)
                    _build(gazetteer_path, *paths, manifest)
        try:
            return Lexicon(*map_files(paths))
        except (OSError, RuntimeError, ValueError) as exc:
            if attempt:
                raise GeoIOError(f"cannot read the recognition lexicon {str(base)!r}: {exc}") from None
            with contextlib.suppress(OSError):
                manifest.unlink(missing_ok=True)  # changed under our feet: build again
    raise AssertionError("unreachable")


@dataclass(slots=True)
class _Acc:
    weight: float
    fclass: str
    flags: int
    cc: str


def _fingerprint() -> str:
    """Hash of what the lexicon is derived from besides the index: our code, word lists and packages."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        import hashlib
        import importlib.metadata

        digest = hashlib.sha256(f"v{LEXICON_VERSION}".encode())
        here = Path(__file__).resolve().parent
        for name in ("lexicon.py", "words.py"):
            digest.update((here / name).read_bytes())
        for data in _DATA_FILES:  # the word lists the build reads
            digest.update((here.parent / "lexicon" / "data" / data).read_bytes())
        for package in _SOURCE_PACKAGES:
            try:
                digest.update(f"{package}={importlib.metadata.version(package)};".encode())
            except importlib.metadata.PackageNotFoundError:
                digest.update(f"{package}=none;".encode())
        _FINGERPRINT = digest.hexdigest()[:12]
    return _FINGERPRINT


def _build(gazetteer_path: Path, trie_path: Path, rec_path: Path, skel_path: Path, manifest: Path) -> None:
    from wordfreq import top_n_list, zipf_frequency

    logger.info("building the recognition lexicon at %s", trie_path)
    acc: dict[str, _Acc] = {}
    con = sqlite3.connect(readonly_uri(gazetteer_path), uri=True)
    try:
        rows = con.execute(
            "SELECT n.key, n.kind, n.name, p.feature_class, p.importance, p.id, p.country "
            "FROM names n JOIN places p ON p.pid = n.pid"
        ).fetchall()
        skeleton_rows: list[tuple[str, str, float]] = con.execute(
            "SELECT n.skel, n.base, p.importance FROM names n JOIN places p ON p.pid = n.pid "
            "WHERE n.skel IS NOT NULL AND n.kind != 2 AND p.importance >= ? ORDER BY p.importance",
            (SKELETON_MIN_IMPORTANCE,),
        ).fetchall()
    finally:
        con.close()
    for key, kind, name, fclass, importance, ident, country in rows:
        is_code = kind == 2 and name.isupper() and len(name.replace(".", "")) <= 4
        if is_code and str(ident).startswith("icao:"):
            continue  # ICAO and IATA codes collide with acronyms (NATO, ISIS)
        weight = float(importance) * _KIND_FACTOR[min(int(kind), 2)]
        flags = CODE if is_code else PRIMARY if kind == 0 else 0
        major = fclass in _MAJOR_CLASSES or (fclass == "admin_region" and importance >= 0.75)
        if major and kind != 1 and not is_code:
            flags |= MAJOR
        code = (country or "") if fclass == "country" else ""
        rec = acc.get(key)
        if rec is None:
            acc[key] = _Acc(weight, fclass, flags, code)
            continue
        if not is_code:
            rec.flags &= ~CODE
        rec.flags |= flags & ~CODE
        if weight > rec.weight:
            rec.weight, rec.fclass, rec.cc = weight, fclass, code
    for name, code in _demonyms().items():
        rec = acc.setdefault(normalize_name(name), _Acc(0.9, "country", 0, ""))
        rec.flags |= DEMONYM
        rec.cc = code
    firsts, lasts = _person_names()
    for names, flag in ((firsts, FIRST_NAME), (lasts, SURNAME)):
        for name in names:
            rec = acc.setdefault(name, _Acc(0.0, "city", NOT_PLACE, ""))
            rec.flags |= flag
    for word in top_n_list("en", STOP_RANK):
        found = acc.get(normalize_name(word))
        if found is not None:
            found.flags |= STOP
    trie = marisa_trie.Trie(list(acc))
    records = bytearray(_RECORD.size * len(trie))
    class_index = {cls: i for i, cls in enumerate(FEATURE_CLASSES)}
    for key, rec in acc.items():
        zipf = zipf_frequency(key, "en") if key.count(" ") < 3 else 0.0
        _RECORD.pack_into(
            records,
            trie[key] * _RECORD.size,
            round(min(1.0, rec.weight) * 250),
            class_index[rec.fclass],
            round(zipf * 10),
            rec.flags,
            rec.cc.encode("ascii").ljust(2),
        )
    bases: dict[str, list[str]] = {}
    for skel, base, _ in reversed(skeleton_rows):  # most important entries first
        known = bases.setdefault(skel, [])
        if base not in known and len(known) < _SKELETON_BASES:
            known.append(base)
    skeletons = marisa_trie.BytesTrie(
        (skel, "|".join(names).encode("utf-8")) for skel, names in bases.items()
    )
    save_files(trie, bytes(records), skeletons, (trie_path, rec_path, skel_path), manifest)


def _demonyms() -> dict[str, str]:
    """Demonyms and their country: ``countryinfo``'s, their plurals, and our own list of extra ones."""
    from geo.gazetteer.sources import _countryinfo_files
    from geo.recognize.words import extra_demonyms

    found: dict[str, str] = {}
    for data in _countryinfo_files():
        code = (data.get("ISO") or {}).get("alpha2")
        demonym = data.get("demonym")
        if not code or not demonym:
            continue
        for part in demonym.split(","):
            name = part.strip()
            if not name:
                continue
            found.setdefault(name, code)
            if not name.endswith(("s", "sh", "x", "z", "ese", "ch")):
                found.setdefault(name + "s", code)
    for name, code in extra_demonyms().items():
        found[name] = code
    return found


def _person_names() -> tuple[set[str], set[str]]:
    """Normalised first names and surnames (US census lists of ``names``; ``gender-guesser`` first names)."""
    import importlib.util

    firsts: set[str] = set()
    lasts: set[str] = set()
    spec = importlib.util.find_spec("names")
    if spec and spec.origin:
        folder = Path(spec.origin).parent
        for file, target, limit in (
            ("dist.male.first", firsts, 1200),
            ("dist.female.first", firsts, 1500),
            ("dist.all.last", lasts, 20000),
        ):
            path = folder / file
            if path.exists():
                lines = path.read_text(encoding="ascii", errors="ignore").splitlines()[:limit]
                target.update(line.split()[0].lower() for line in lines if line.strip())
    spec = importlib.util.find_spec("gender_guesser")
    if spec and spec.origin:
        path = Path(spec.origin).parent / "data" / "nam_dict.txt"
        if path.exists():
            for line in path.read_text(encoding="iso-8859-1").splitlines():
                if line[:1] in ("#", "=") or len(line) < 30 or line[:2].strip() in ("", "?"):
                    continue
                name = line[3:29].strip()
                if name and " " not in name and "+" not in name and name.isalpha():
                    firsts.add(normalize_name(name))
    firsts.discard("")
    lasts.discard("")
    return firsts, lasts
