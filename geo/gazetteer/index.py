"""Look up place names in the compiled gazetteer index and rank the candidates."""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from operator import itemgetter
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self

from geo import settings
from geo.cache import readonly_uri
from geo.errors import GazetteerError, InputError, PlaceNotFoundError
from geo.gazetteer.build import SCHEMA_VERSION, build_index, fingerprint
from geo.gazetteer.fuzzy import best_matches, fuzzy_key
from geo.gazetteer.fuzzy_choices import FuzzyChoices, load_choices
from geo.gazetteer.health import DamagedIndexError, build_in_cache, header_problem
from geo.gazetteer.layers import open_with_layers
from geo.gazetteer.matches import SkeletonRows, name_matches
from geo.gazetteer.named import named_after
from geo.gazetteer.normalize import article_forms, final_h_form, normalize_name, skeleton, split_generic
from geo.gazetteer.ranked import PlaceRows, ranked
from geo.gazetteer.ranking import (
    FUZZY_WEIGHT,
    KEY_MATCH,
)
from geo.gazetteer.resources import data_dir
from geo.gazetteer.sources import ALIAS
from geo.gazetteer.spellings import add_spellings
from geo.model.place import COLUMNS, Candidate, candidate_from_row
from geo.model.vocab import FEATURE_CLASSES

__all__ = ["Candidate", "DamagedIndexError", "Gazetteer", "default_gazetteer", "opened_default_gazetteer"]

logger = logging.getLogger(__name__)

_COUNTRY_CODE: Final = re.compile(r"^[A-Za-z]{2}\Z")


class Gazetteer:
    """A read-only connection to the compiled index.

    Use :meth:`open` (or :func:`default_gazetteer`) rather than the constructor.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        problem = header_problem(path)
        try:
            if problem is None:
                self._con = sqlite3.connect(readonly_uri(path), uri=True, check_same_thread=False)
                problem = self._meta_problem()
        except sqlite3.DatabaseError as exc:
            problem = str(exc)
        if problem is not None:
            if hasattr(self, "_con"):
                self._con.close()
            raise DamagedIndexError(
                f"gazetteer index {str(path)!r} is damaged ({problem}); delete it to have it rebuilt"
            )
        self._lock = threading.Lock()
        self._fuzzy: FuzzyChoices | None = None
        self._countries: frozenset[str] | None = None
        self._places = PlaceRows(self._query)
        self._skeletons: SkeletonRows | None = SkeletonRows(self._query)

    def _meta_problem(self) -> str | None:
        """What is wrong with the meta table and the row counts it records, or None (a few index seeks)."""
        meta = dict(self._con.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("schema") != str(SCHEMA_VERSION):
            return f"schema {meta.get('schema')!r}, expected {str(SCHEMA_VERSION)!r}"
        stem = self.path.stem
        if stem.startswith("gazetteer-") and meta.get("fingerprint") != stem.removeprefix("gazetteer-"):
            return f"fingerprint {meta.get('fingerprint')!r} does not match the file name"
        places = self._con.execute("SELECT max(pid) FROM places").fetchone()[0]
        names = self._con.execute("SELECT max(rowid) FROM names").fetchone()[0]
        if str(places) != meta.get("places") or str(names) != meta.get("names"):
            return f"{places} places and {names} names, expected {meta.get('places')} and {meta.get('names')}"
        return None

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """Hold the lock around queries; a query that finds the file damaged raises a one-line error and
        removes a cache file (``gazetteer-*``), so the next use rebuilds it."""
        with self._lock:
            try:
                yield
            except sqlite3.DatabaseError as exc:
                raise self._read_error(exc) from None

    def _read_error(self, exc: sqlite3.DatabaseError) -> GazetteerError:
        """The error a failed query raises (see :meth:`_reading`); removes a damaged cache file."""
        if isinstance(exc, sqlite3.OperationalError):
            return GazetteerError(f"gazetteer index {str(self.path)!r} cannot be read: {exc}")
        what = "delete it to have it rebuilt"
        if self.path.name.startswith("gazetteer-"):
            with contextlib.suppress(OSError):
                self.path.unlink()
                what = "removed; it is rebuilt on next use"
        where = str(self.path)
        return DamagedIndexError(f"gazetteer index {where!r} is damaged ({exc}); {what}")

    @classmethod
    def open(cls, path: Path | None = None, *, rebuild: bool = False) -> Self:
        """Open the index, building it first when it is missing, outdated, damaged or ``rebuild`` is set.

        A damaged index (truncated, overwritten, not SQLite, rows missing) is rebuilt with one warning.

        Parameters
        ----------
        path
            Index file; by default ``settings.cache_dir / "gazetteer-<fingerprint>.sqlite"``.
        rebuild
            Build even if the file exists.

        Raises
        ------
        GeoIOError
            If the index must be built and the cache folder is read-only or full, or is a file.
        """

        folder = data_dir("gazetteer")
        layered = path is None  # the default index gets the user's layers (geo.gazetteer.layers)
        if path is None:
            path = Path(settings.cache_dir) / f"gazetteer-{fingerprint(folder)}.sqlite"
        if not rebuild and path.exists():
            try:
                return open_with_layers(cls(path), cls) if layered else cls(path)
            except DamagedIndexError as exc:
                logger.warning("%s; rebuilding it (up to a few minutes)", str(exc).split(";")[0])
        else:
            logger.info("building the gazetteer index at %s", path)
        build_in_cache(path, folder, build=build_index)
        return open_with_layers(cls(path), cls) if layered else cls(path)

    def close(self) -> None:
        """Close the connection."""
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def stats(self) -> dict[str, int]:
        """Return the number of entries per source and in total (``"places"``, ``"names"``)."""
        with self._reading():
            rows = self._con.execute("SELECT source, count(*) FROM places GROUP BY source").fetchall()
            meta = dict(self._con.execute("SELECT key, value FROM meta").fetchall())
        result = {str(source): int(count) for source, count in rows}
        result["places"], result["names"] = int(meta["places"]), int(meta["names"])
        return result

    # ------------------------------------------------------------------------------------------ lookups
    def get(self, gazetteer_id: str) -> Candidate:
        """Return the entry with id ``gazetteer_id``.

        Raises
        ------
        PlaceNotFoundError
            If no entry has that id.
        """
        with self._reading():
            row = self._con.execute(f"SELECT {COLUMNS} FROM places WHERE id = ?", (gazetteer_id,)).fetchone()
        if row is None:
            raise PlaceNotFoundError(f"no gazetteer entry with id {gazetteer_id!r}")
        return candidate_from_row(row, 1.0, "exact", row[2])

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        feature_class: str | None = None,
        limit: int = 10,
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Return the candidates for a place name, best first.

        Parameters
        ----------
        name
            The name as written ("Arbil", "Deir-Alzour", "Arbar province", "U.S.").
        country
            ISO 3166-1 alpha-2 code of the expected country; candidates there rank higher.
        feature_class
            Keep only candidates of this class.
        limit
            Maximum number of candidates.
        fuzzy
            Fall back to approximate matching when no key matches.

        Returns
        -------
        list[Candidate]
            Ranked candidates; empty when nothing matches.

        Raises
        ------
        InputError
            For a blank name, an unknown country code or feature class, or a limit below 1.
        """
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"place name must be a non-empty string, got {name!r}")
        context = self._check_country(country)
        if feature_class is not None and feature_class not in FEATURE_CLASSES:
            raise InputError(f"unknown feature class {feature_class!r}; expected one of {FEATURE_CLASSES!r}")
        if limit < 1:
            raise InputError(f"limit must be at least 1, got {limit!r}")
        key = normalize_name(name)
        if not key:
            return []
        base, hint = split_generic(key)
        final_h = final_h_form(base)
        articled = article_forms(base) + ((final_h,) if final_h is not None else ())
        best = name_matches(
            self._query,
            folded=" ".join(name.split()).casefold(),
            key=key,
            base=base,
            hint=hint,
            variants=articled,
            skel=skeleton(key),
            skeletons=self._skeletons,
        )
        if all(weight < KEY_MATCH for weight, _, _ in best.values()):
            add_spellings(best, base, self._query, exclude=(key, base, *articled))  # "Ain Issa"
        if fuzzy and all(weight < KEY_MATCH for weight, _, _ in best.values()):
            for pid, found in self._fuzzy_matches(base).items():
                if pid not in best or found[0] > best[pid][0]:
                    best[pid] = found
        if not best:
            return []
        rows = self._places.rows(best)
        return ranked(rows, best, hint=hint, country=context, feature_class=feature_class, limit=limit)

    def named_after(self, name: str, *, feature_classes: Collection[str], country: str) -> list[Candidate]:
        """Entries of ``country`` and ``feature_classes`` whose name continues ``name`` ("Qayyarah" ->
        "Qayyarah West Airport"; :func:`geo.gazetteer.named.named_after`)."""
        return named_after(self._query, name, feature_classes=feature_classes, country=country)

    def _query(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Run one query under the lock (as :meth:`_reading`, without a generator per query)."""
        with self._lock:
            try:
                return self._con.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                raise self._read_error(exc) from None

    def entry_names(
        self, *, feature_classes: Collection[str], min_importance: float = 0.0
    ) -> list[tuple[str, Candidate]]:
        """Return every name of every entry of the given classes, with the entry, for scanning texts.

        One pass over the name table (about 0.1 s): load once and keep the result.

        Parameters
        ----------
        feature_classes
            Classes of :data:`geo.model.vocab.FEATURE_CLASSES` to keep.
        min_importance
            Keep only entries at least this important (countries 1.0, first-level regions 0.7-0.75).

        Returns
        -------
        list[tuple[str, Candidate]]
            ``(name, entry)`` pairs; the entry's ``match`` is ``"alias"`` for aliases (demonyms, codes,
            abbreviations) and ``"exact"`` for its own and alternate names, its ``score`` 1.0.

        Raises
        ------
        InputError
            For an unknown feature class.
        """
        classes = sorted(set(feature_classes))
        for feature_class in classes:
            if feature_class not in FEATURE_CLASSES:
                raise InputError(
                    f"unknown feature class {feature_class!r}; expected one of {FEATURE_CLASSES!r}"
                )
        if not classes:
            return []
        columns = ", ".join(f"p.{column.strip()}" for column in COLUMNS.split(","))
        marks = ",".join("?" * len(classes))
        # The places of the classes first, their names through the names_pid index: half the time of a
        # pass over every name; then in the order of the name table, as that pass gives them.
        with self._reading():
            rows = self._con.execute(
                f"SELECT n.rowid, n.name, n.kind, {columns} FROM places p CROSS JOIN names n "
                f"ON n.pid = p.pid WHERE p.feature_class IN ({marks}) AND p.importance >= ?",
                (*classes, min_importance),
            ).fetchall()
        rows.sort(key=itemgetter(0))
        return [
            (str(name), candidate_from_row(tuple(row), 1.0, "alias" if kind == ALIAS else "exact", str(name)))
            for _, name, kind, *row in rows
        ]

    def _check_country(self, country: str | None) -> str | None:
        if country is None:
            return None
        if not isinstance(country, str) or not _COUNTRY_CODE.match(country):
            raise InputError(f"country must be an ISO 3166-1 alpha-2 code, got {country!r}")
        if self._countries is None:
            with self._reading():
                rows = self._con.execute(
                    "SELECT country FROM places WHERE feature_class = 'country'"
                ).fetchall()
            self._countries = frozenset(row[0] for row in rows)
        code = country.upper()
        if code not in self._countries:
            raise InputError(f"unknown country code {country!r}")
        return code

    def _fuzzy_matches(self, base: str) -> dict[int, tuple[float, str, str]]:
        choices = self._fuzzy_choices()
        keys = choices.keys
        found: dict[int, tuple[float, str, str]] = {}
        for index, ratio in best_matches(fuzzy_key(base), keys, table=choices.table):
            for pid in choices.entries(index):
                weight = FUZZY_WEIGHT * ratio / 100.0
                if pid not in found or weight > found[pid][0]:
                    found[pid] = (weight, "fuzzy", keys[index])
        if found:
            with self._reading():
                marks = ",".join("?" * len(found))
                rows = self._con.execute(
                    f"SELECT pid, base, name FROM names WHERE pid IN ({marks}) ORDER BY kind", list(found)
                ).fetchall()
            names: dict[int, str] = {}
            for pid, row_base, row_name in rows:
                if fuzzy_key(row_base) == found[pid][2]:
                    names.setdefault(pid, row_name)
            found = {pid: (w, label, names.get(pid, key)) for pid, (w, label, key) in found.items()}
        return found

    def _fuzzy_choices(self) -> FuzzyChoices:
        """Fuzzy keys of the names of well-known entries (see FUZZY_MIN_IMPORTANCE), loaded on first use."""
        if self._fuzzy is None:
            with self._reading():
                self._fuzzy = load_choices(self._con, self.path)
        return self._fuzzy


_DEFAULT: dict[Path, Gazetteer] = {}
_DEFAULT_LOCK = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """Return the process-wide gazetteer for the current ``settings.cache_dir``, opening it on first use."""
    folder = Path(settings.cache_dir)
    with _DEFAULT_LOCK:
        gazetteer = _DEFAULT.get(folder)
        if gazetteer is None:
            gazetteer = _DEFAULT[folder] = Gazetteer.open()
        return gazetteer


def forget_default_gazetteer() -> None:
    """Let the next :func:`default_gazetteer` open the index anew (after a layer changed)."""
    with _DEFAULT_LOCK:
        _DEFAULT.pop(Path(settings.cache_dir), None)


def opened_default_gazetteer() -> Gazetteer | None:
    """Return the gazetteer :func:`default_gazetteer` gives for the current ``settings.cache_dir`` if it is
    open already, else None (never opens or builds it)."""
    return _DEFAULT.get(Path(settings.cache_dir))
