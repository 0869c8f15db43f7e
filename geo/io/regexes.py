"""Compiled regular expressions kept between runs, as Python keeps compiled modules (``.pyc`` files).

The pipeline compiles about 800 regular expressions (the date grammar, the event cues, the lexicon's
patterns), at import and on first use; :mod:`re` parses and compiles each in Python. :func:`install`
makes :mod:`re`'s compiler look each pattern up in a file of the cache folder first: the parse and
compile steps give, for a pattern and its flags, the arguments of the C constructor
(``_sre.compile``), which the file keeps; a pattern found there is built from them at once. What a
process compiled anew is added to the file when it ends. The pattern objects are the same either way
(``==`` compares the flags and the compiled code): :func:`install` checks this on sample patterns and
does nothing when it fails (another Python).

The file is named after the interpreter (cache tag, ``_sre.MAGIC``, version) and sealed with a hash
(:func:`geo.cache.seal`); a damaged or foreign one is ignored and written anew. Patterns whose parse
warned are never kept (their warning would be lost on later runs). A run that compiled only a few new
patterns (those built from a set, whose text changes with the string hash seed) does not write the
file. Nothing here changes what a pattern matches; without a writable cache folder everything
compiles as before.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the C engine of re (no stubs)
import atexit
import contextlib
import marshal
import os
import re
import sys
import threading
import warnings
from pathlib import Path
from typing import Any, Final

from geo.cache import seal, temp_path, unseal

__all__ = ["cache_file", "install", "installed"]

#: The arguments of ``_sre.compile`` after the pattern: flags, code, groups - 1, groupindex, indexgroup.
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

#: At most this many patterns are kept (~1.7 KB each): past it, a process writes only those it used.
MAX_PATTERNS: Final = 3000
#: A run saves when its new patterns are at least 1 / SAVE_SHARE of the patterns it used.
SAVE_SHARE: Final = 20
#: Patterns checked against :mod:`re`'s own compiler before :func:`install` takes over.
_SAMPLES: Final = (
    (r"(?P<day>\d{1,2})\s+(?:of\s+)?(?P<month>[A-Z][a-z]+)\b", 0),
    (r"(?i)\b(?:killed|wounded)(?!\w)|[^\W\d_]+(?=-based)", 0),
    (rb"^(a|b)*?c{2,5}$", re.MULTILINE),
    (r"(?x) [\u00c0-\u024f]+ (?# a comment ) | \[\d+\]", re.UNICODE),
)

_lock = threading.Lock()
_state: dict[str, Any] = {}


def cache_file(folder: Path) -> Path:
    """The cache file of this interpreter in ``folder``."""
    version = "".join(f"{part}" for part in sys.version_info[:3])
    return folder / f"regexes-{sys.implementation.cache_tag}-{_sre.MAGIC}-{version}.marshal"


def installed() -> bool:
    """Whether :func:`install` took over :mod:`re`'s compiler in this process."""
    return bool(_state)


def install(folder: Path) -> bool:
    """Serve :mod:`re`'s compiler from the cache file of ``folder``; save new patterns at exit.

    Returns True when installed (now or before), False when this Python's compiler is not the one
    this module knows (the samples do not come out the same), in which case nothing changed.
    """
    with _lock:
        if _state:
            return True
        compiler = getattr(re, "_compiler", None)
        if compiler is None or not all(hasattr(compiler, name) for name in ("compile", "_code")):
            return False
        original = compiler.compile
        try:
            if any(_build(_arguments(p, flags), p) != original(p, flags) for p, flags in _SAMPLES):
                return False
        except Exception:  # another engine: leave re alone
            return False
        path = cache_file(folder)
        known = _load(path)
        used: set[tuple[str | bytes, int]] = set()
        _state.update(original=original, known=known, added=0, path=path, used=used)

        def cached_compile(p: Any, flags: int = 0) -> Any:
            if not isinstance(p, str | bytes) or flags & re.DEBUG:
                return original(p, flags)
            key = (p, int(flags))
            found = known.get(key)
            if found is not None:
                try:
                    pattern = _build(found, p)
                    used.add(key)
                    return pattern
                except Exception:  # a damaged entry: compile as re does
                    known.pop(key, None)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                arguments = _arguments(p, flags)
            for warning in caught:  # said again as the parse said it; the pattern is not kept
                warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
            if not caught and len(known) < 2 * MAX_PATTERNS:
                known[key] = arguments
                used.add(key)
                _state["added"] += 1
            return _build(arguments, p)

        compiler.compile = cached_compile
        atexit.register(save)
        return True


def save() -> None:
    """Write the patterns compiled anew since the file was read (at exit; nothing if only a few)."""
    with _lock:
        # a few new patterns in a run are those built from a set, whose text changes from process to
        # process with the string hash seed: they would rewrite the file on every run for nothing
        if not _state or _state["added"] * SAVE_SHARE < max(len(_state["used"]), 1):
            return
        path: Path = _state["path"]
        _state["added"] = 0
        known = _state["known"]
        if len(known) > MAX_PATTERNS:  # patterns of other versions and commands: keep this run's
            known = {key: known[key] for key in _state["used"] if key in known}
        if len(known) > MAX_PATTERNS:
            return
        try:
            data = seal(marshal.dumps(known))
        except ValueError:  # cannot happen with the plain values kept; never fail an exit over it
            return
    temp = temp_path(path)
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError:  # a read-only or missing cache folder: the next run compiles again
        with contextlib.suppress(OSError):
            temp.unlink()


def _load(path: Path) -> dict[tuple[str | bytes, int], Compiled]:
    try:
        data = unseal(path.read_bytes())
        known = marshal.loads(data) if data is not None else None
    except (OSError, ValueError, EOFError, TypeError):
        known = None
    return known if isinstance(known, dict) else {}


def _arguments(p: str | bytes, flags: int) -> Compiled:
    """What :func:`re._compiler.compile` hands ``_sre.compile`` for ``p`` (its parse and code steps)."""
    compiler = re._compiler  # type: ignore[attr-defined]
    parsed = compiler._parser.parse(p, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints: the opcodes are int subclasses, which marshal does not write
    final = int(flags | parsed.state.flags)
    return (final, [int(c) for c in code], int(parsed.state.groups) - 1, groupindex, tuple(indexgroup))


def _build(arguments: Compiled, p: str | bytes) -> Any:
    flags, code, groups, groupindex, indexgroup = arguments
    return _sre.compile(p, flags, code, groups, groupindex, indexgroup)
