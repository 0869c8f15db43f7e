"""The README's "Python API" code block runs as written (offline, in a temporary folder)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: Our own short article for ``article.txt`` (the README extracts from a file too).
ARTICLE = "On 4 January 2020 rockets hit Balad Air Base. NATO trainers left Baghdad the next week.\n"


def readme_block() -> str:
    """The ```python block of the README's "Python API" section."""
    readme = REPO.joinpath("README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1, "the Python API section has one python block"
    return blocks[0]


def test_readme_block_uses_only_the_package_root() -> None:
    code = readme_block()
    imports = re.findall(r"^(?:import|from) (\S+)", code, flags=re.M)
    assert [name for name in imports if name == "geo" or name.startswith("geo.")] == ["geo"]
    assert "geo.model" not in code
    assert "geo.maps" not in code


def test_readme_block_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir()
    shutil.copy(REPO / "data" / "locations.geojson", tmp_path / "data" / "locations.geojson")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "readme"}
    exec(compile(readme_block(), "README.md", "exec"), namespace)
    fc = namespace["fc"]
    assert type(fc).__name__ == "EventFeatureCollection"
    assert fc.features  # type: ignore[attr-defined]
    assert (tmp_path / "events.html").stat().st_size > 0
    assert (tmp_path / "events.gpkg").stat().st_size > 0
    assert len(namespace["back"].features) == len(fc.features)  # type: ignore[attr-defined]
