"""Build a copy of geo whose hot packages are compiled to C extensions with mypyc, beside the sources.

Run: ``python scripts/build_compiled.py TARGET [--opt-level O] [--package geo/events ...]`` from the
repository (needs mypy, which ships mypyc, the version that type-checks the project, setuptools and a C
compiler).

The package is copied to ``TARGET/geo`` (``data/`` is linked beside it, as in a source checkout) and the
chosen packages are compiled there in place: each module gets a ``.so`` next to its ``.py`` and Python
imports the ``.so`` first. ``PYTHONPATH=TARGET python -m geo ...`` then runs the compiled build; the
repository's own sources are never touched, so the pure-Python build stays what an ordinary install,
the tests and CI run. ``benchmarks/compiled_build.py`` checks the two builds give the same output and
measures the speed-up (figures in ``docs/events.md``, "Speed").
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The packages of the extraction pipeline's hot path (recognise, resolve, tag events, dates).
PACKAGES = ("geo/recognize", "geo/resolve", "geo/events", "geo/temporal")
#: Modules of those packages left as Python, and why.
EXCLUDED = {
    # its word tests are held by weak reference; mypyc's native classes cannot be (and the module's work
    # is done by C already: regex splits, map, compress, dict lookups)
    "geo/temporal/_scan.py": "weak references to native classes",
}

#: The setup script mypyc's builder runs: every module of ``paths`` in one shared library
#: (``geo_native__mypyc``), one C file per module (``multi_file``).
SETUP = r"""
import os, sys
from setuptools import setup
from mypyc.build import mypycify

at = sys.argv.index("--")
paths = sys.argv[at + 1:]
del sys.argv[at:]
setup(
    name="geo-compiled",
    packages=[],
    py_modules=[],
    ext_modules=mypycify(
        paths, opt_level=os.environ.get("GEO_MYPYC_OPT", "3"), multi_file=True, group_name="geo_native"
    ),
)
"""


def copy_sources(target: Path) -> None:
    """Copy ``geo/`` to ``target/geo`` (no caches, no compiled leftovers) and ``pyproject.toml`` (mypy's
    configuration) to ``target``, and link ``data/`` beside them."""
    if (target / "geo").exists():
        shutil.rmtree(target / "geo")
    shutil.copytree(ROOT / "geo", target / "geo", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copy2(ROOT / "pyproject.toml", target / "pyproject.toml")  # mypy's configuration
    data = target / "data"
    if not data.exists():
        data.symlink_to(ROOT / "data", target_is_directory=True)


def build(target: Path, *, packages: tuple[str, ...] = PACKAGES, opt_level: str = "3") -> dict[str, float]:
    """Copy the sources to ``target`` and compile ``packages`` there.

    Parameters
    ----------
    target
        The folder to build in (created if missing); ``PYTHONPATH=target`` imports the compiled build.
    packages
        Package folders relative to the repository (``geo/events``...); their modules are compiled but
        those of :data:`EXCLUDED`.
    opt_level
        The C compiler's optimisation level (``-O``).

    Returns
    -------
    dict[str, float]
        ``wall`` and ``cpu`` seconds of the build (the CPU time of the builder and the C compiler).

    Raises
    ------
    SystemExit
        If mypyc or the C compiler fails (the end of its log is in the message).
    """
    target.mkdir(parents=True, exist_ok=True)
    copy_sources(target)
    shutil.rmtree(target / "build", ignore_errors=True)
    (target / "setup_compiled.py").write_text(SETUP, encoding="utf-8")
    env = {**os.environ, "GEO_MYPYC_OPT": opt_level}
    env.pop("PYTHONPATH", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    paths = [
        str(path.relative_to(target))
        for package in packages
        for path in sorted((target / package).glob("*.py"))
        if str(path.relative_to(target)) not in EXCLUDED
    ]
    out = subprocess.run(
        [sys.executable, "setup_compiled.py", "build_ext", "--inplace", "--", *paths],
        cwd=target,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    (target / "build.log").write_text(out.stdout + out.stderr, encoding="utf-8")
    if out.returncode:
        raise SystemExit(
            f"the compiled build failed ({out.returncode}):\n{(out.stdout + out.stderr)[-3000:]}"
        )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "modules": float(len(list((target / "geo").rglob("*.so"))))}


def main() -> None:
    """Build and print the time it took."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("target", type=Path, help="folder to build in (e.g. /tmp/geo-compiled)")
    parser.add_argument("--opt-level", default="3", help="C optimisation level [default: 3]")
    parser.add_argument(
        "--package", action="append", help=f"package folder to compile (repeatable) [default: {PACKAGES}]"
    )
    options = parser.parse_args()
    packages = tuple(options.package) if options.package else PACKAGES
    took = build(options.target.resolve(), packages=packages, opt_level=options.opt_level)
    print(
        f"compiled {int(took['modules'])} modules of {', '.join(packages)} in {took['wall']:.0f} s "
        f"({took['cpu']:.0f} CPU-s); run it with PYTHONPATH={options.target.resolve()} python -m geo ..."
    )


if __name__ == "__main__":
    main()
