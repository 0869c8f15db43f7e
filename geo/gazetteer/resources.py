"""Locate data files shipped with geo, in a wheel or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the geo package


def data_dir(name: str) -> Path:
    """Return the folder of shipped data ``name`` (for example ``"gazetteer"``).

    In an installed wheel the repository's ``data/<name>`` folder is copied to ``geo/_data/<name>``;
    in a source checkout (editable install) it is read in place.

    Parameters
    ----------
    name
        Sub-folder of ``data/``.

    Returns
    -------
    Path
        The existing folder.

    Raises
    ------
    FileNotFoundError
        If neither location exists.
    """
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / "data" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"geo data folder {name!r} is missing from the installation")
