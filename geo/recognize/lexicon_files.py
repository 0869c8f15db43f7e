"""The recogniser's lexicon files in the cache: written atomically with a checksum manifest, checked, mapped.

The three files (``.marisa`` trie of keys, ``.rec`` records, ``.skel`` skeleton trie) are renamed into place
from PID-named temporaries (:func:`geo.cache.temp_path`) and the manifest ``.sum`` is written last, so a set
without a matching manifest is a set a build did not finish or that was damaged since: it is rebuilt.
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path

import marisa_trie

from geo.cache import cache_error, manifest_problem, prepare_folder, temp_path, write_manifest

__all__ = ["files_problem", "map_files", "save_files"]


def files_problem(paths: tuple[Path, ...], manifest: Path) -> str | None:
    """``"missing"`` when no lexicon file exists, what is wrong with them, or None when they are sound."""
    if not any(path.exists() for path in (*paths, manifest)):
        return "missing"
    return manifest_problem(manifest, paths)


def map_files(paths: tuple[Path, ...]) -> tuple[marisa_trie.Trie, mmap.mmap, marisa_trie.BytesTrie]:
    """Memory-map the trie, the records and the skeleton trie at ``paths`` (in that order)."""
    trie_path, rec_path, skel_path = paths
    trie = marisa_trie.Trie()
    trie.mmap(str(trie_path))
    skeletons = marisa_trie.BytesTrie()
    skeletons.mmap(str(skel_path))
    with rec_path.open("rb") as handle:
        records = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    return trie, records, skeletons


def save_files(
    trie: marisa_trie.Trie,
    records: bytes,
    skeletons: marisa_trie.BytesTrie,
    paths: tuple[Path, ...],
    manifest: Path,
) -> None:
    """Write the three files at ``paths`` through temporaries, then their manifest.

    Raises
    ------
    GeoIOError
        If the cache folder is read-only, full or a file (:func:`geo.cache.cache_error`).
    """
    trie_path, rec_path, skel_path = paths
    folder = prepare_folder(trie_path.parent)
    temps = [temp_path(path) for path in paths]
    try:
        manifest.unlink(missing_ok=True)
        trie.save(str(temps[0]))
        temps[1].write_bytes(records)
        skeletons.save(str(temps[2]))
        os.replace(temps[1], rec_path)
        os.replace(temps[2], skel_path)
        os.replace(temps[0], trie_path)
        write_manifest(manifest, paths)
    except OSError as exc:
        raise cache_error(folder, exc) from None
    except RuntimeError as exc:  # marisa reports a failed write as a RuntimeError
        raise cache_error(folder, detail=str(exc)) from None
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)
