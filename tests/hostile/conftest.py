"""The matrix cases run in a fresh folder under ``tmp_path``; see :mod:`hostile.matrix` for the contract."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _case_cwd(tmp_path: Path) -> Iterator[None]:
    """Run each case from its own folder, so that a relative path cannot touch the repository."""
    here = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield
    finally:
        os.chdir(here)
