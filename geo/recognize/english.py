"""English word frequencies on wordfreq's Zipf scale, mostly without importing wordfreq.

:func:`zipf` returns what ``wordfreq.zipf_frequency(word, "en", wordlist="small")`` returns. Importing
wordfreq (with langcodes, ftfy, regex and msgpack) and loading its small English list costs about 0.1 s
of CPU, which every ``geo extract`` process paid for the few words it asks about (the recogniser asks
whether the name before "hospital" or an unknown capitalised word is English). So the Zipf values of
the list's plain words (lower-case ASCII letters only: wordfreq reads such a word as one token, itself)
are kept in a sealed file of the cache folder (:func:`geo.cache.seal`), ``english-<digest>.txt``, a
line ``word zipf`` each, built with wordfreq on first use. The digest covers the layout of the file and
the installed wordfreq (size and modification time of its modules and of the list), found without
importing it.

A plain word missing from the file is missing from the list: wordfreq gives it Zipf 0. Any other word
(capitals, digits, an apostrophe, a letter outside ASCII) is asked of wordfreq itself. A file that does
not load or fails its hash is built anew; a folder that cannot be written only means the values are
kept in memory.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import os
import re
import threading
from pathlib import Path
from typing import Final

from geo import settings
from geo.cache import seal, temp_path, unseal

__all__ = ["WORDLIST", "zipf"]

#: The wordfreq list asked ("small": every word from Zipf 3 on, with the values of the larger lists).
WORDLIST: Final = "small"
#: Words the file answers for: wordfreq tokenises them as themselves.
_PLAIN: Final = re.compile(r"[a-z]+")
#: Bump when the layout of the file changes.
_FORMAT: Final = "1"
#: wordfreq's files whose change may change a value (its code, its tokeniser, the list).
_SOURCES: Final = ("__init__.py", "tokens.py", "preprocess.py", f"data/{WORDLIST}_en.msgpack.gz")

_TABLES: dict[Path, str] = {}
_LOCK: Final = threading.Lock()


def zipf(word: str) -> float:
    """Return ``wordfreq.zipf_frequency(word, "en", wordlist="small")``: the word's frequency on the
    Zipf scale (3 is once in a million words, 0 a word the list lacks).

    >>> zipf("the") > 7, zipf("qwzx")
    (True, 0.0)
    """
    if _PLAIN.fullmatch(word):
        table = _table()
        if table is not None:
            at = table.find(f"\n{word} ")  # a scan of ~0.4 MB: faster than parsing it for a few words
            if at < 0:
                return 0.0
            return float(table[at + len(word) + 2 : table.index("\n", at + 1)])
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en", wordlist=WORDLIST))


def _table() -> str | None:
    """The lines ``word zipf`` of the list's plain words (after a newline), from the cache file or built;
    None when wordfreq's files cannot be found (then wordfreq answers every word)."""
    file = _file()
    if file is None:
        return None
    with _LOCK:
        table = _TABLES.get(file)
        if table is None:
            table = _TABLES[file] = _read(file) or _build(file)
        return table


def _file() -> Path | None:
    """The cache file of the installed wordfreq, named by the digest of what decides its values."""
    digest = _digest()
    return None if digest is None else Path(settings.cache_dir) / f"english-{digest}.txt"


@functools.cache
def _digest() -> str | None:
    """Digest of the file's layout and of the installed wordfreq's files (None if they cannot be found)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    digest = hashlib.sha256(f"{_FORMAT}\x00{WORDLIST}\x00{_PLAIN.pattern}\x00".encode())
    try:
        for name in _SOURCES:
            stat = (folder / name).stat()
            digest.update(f"{name}\x00{stat.st_size}\x00{stat.st_mtime_ns}\x00".encode())
    except OSError:
        return None
    return digest.hexdigest()[:16]


def _read(file: Path) -> str | None:
    """The lines of ``file`` after a newline, or None when it is missing, damaged or not one of ours."""
    try:
        data = unseal(file.read_bytes())
    except OSError:
        return None
    if data is None or not data.isascii():
        return None
    return "\n" + data.decode("ascii")


def _build(file: Path) -> str:
    """Ask wordfreq the values of its list's plain words; keep them in ``file`` when the folder allows."""
    from wordfreq import iter_wordlist, zipf_frequency

    text = "".join(
        f"{word} {float(zipf_frequency(word, 'en', wordlist=WORDLIST))!r}\n"
        for word in iter_wordlist("en", WORDLIST)
        if _PLAIN.fullmatch(word)
    )
    staged = temp_path(file)
    with contextlib.suppress(OSError):
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(seal(text.encode("ascii")))
            os.replace(staged, file)
        finally:
            staged.unlink(missing_ok=True)
    return "\n" + text
