"""The mypyc build script (``scripts/build_compiled.py``) names real modules, and the package stays pure
Python: the compiled build lives in a separate folder, never beside the sources nor in the wheel."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import ModuleType

from tests.scripts_support import load_script

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    return load_script(ROOT / "scripts" / "build_compiled.py")


def test_the_compiled_packages_and_the_excluded_modules_exist() -> None:
    script = _script()
    for package in script.PACKAGES:
        assert (ROOT / package / "__init__.py").is_file(), package
    for module, why in script.EXCLUDED.items():
        assert (ROOT / module).is_file(), module
        assert why


def test_no_compiled_module_shadows_a_source() -> None:
    # mypyc run in place would leave a .so beside each .py, which Python imports first
    assert not sorted((ROOT / "geo").rglob("*.so"))


def test_the_wheel_is_pure_python() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["build-system"]["build-backend"] == "hatchling.build"
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert "hooks" not in wheel
