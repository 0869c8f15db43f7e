"""Ctrl-C at the fragile points of ``geo extract``'s start-up, injected deterministically (no sleeps).

The subprocess cases raise SIGINT (``signal.raise_signal``: the handler runs at once, as for a real
Ctrl-C) where its exception is lost: inside pydantic's build of an event model, swallowed there and
leaving the model half-built (what a CI run once showed: every article then skipped with a pydantic
error), and inside a finalizer during start-up ("Exception ignored in ..."). Either way the run must
stop as an interrupted run does: exit status 130, one line on standard error, no article skipped, no
file but the output. ``geo.interrupts`` makes that so; the in-process cases test its parts.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from pydantic import BaseModel

from geo import interrupts
from geo.errors import GeoError
from geo.extract.batch import _one, content_key
from geo.extract.parser import Geoparser
from geo.model.article import Article
from geo.model.feature import ensure_built
from hostile.kinds import TEXT

REPO = Path(__file__).resolve().parents[2]

#: Runs ``geo`` as ``python -m geo`` does, after the injection given as the first argument.
_RUN = """
import sys
exec(sys.argv[1])
from geo.cli import main
sys.argv = ["geo", *sys.argv[2:]]
main()
"""

#: SIGINT inside pydantic's schema build of the model MODEL, swallowed there; pydantic is then told a
#: name is missing (in every build of MODEL, also the rebuild it tries on first use), so the model stays
#: half-built (mocked): before geo.interrupts, every article was skipped with pydantic's error.
_HALF_BUILT = """
import signal
from pathlib import Path
from pydantic._internal import _generate_schema
from pydantic.errors import PydanticUndefinedAnnotation
original = _generate_schema.GenerateSchema.generate_schema
def cut_short(self, obj):
    if getattr(obj, "__name__", "") == {model!r} and not getattr(obj, "__pydantic_complete__", True):
        if not Path("fired").exists():
            Path("fired").write_text("")
            if {press!r}:
                try:
                    signal.raise_signal(signal.SIGINT)
                except KeyboardInterrupt:
                    pass
        raise PydanticUndefinedAnnotation("Source", "cut short")
    return original(self, obj)
_generate_schema.GenerateSchema.generate_schema = cut_short
"""

#: SIGINT while pydantic's validator ``_ordered`` is attached to its model class (``__set_name__``):
#: Python 3.11 reports it as "RuntimeError: Error calling __set_name__ ...", caused by the interrupt.
_IN_SET_NAME = """
import signal
from pathlib import Path
from pydantic._internal import _decorators
original = _decorators.PydanticDescriptorProxy.__set_name__
def set_name(self, owner, name):
    if name == "_ordered" and not Path("fired").exists():
        Path("fired").write_text("")
        signal.raise_signal(signal.SIGINT)
    return original(self, owner, name)
_decorators.PydanticDescriptorProxy.__set_name__ = set_name
"""

#: SIGINT inside a finalizer run just after start-up: Python reports "Exception ignored" and goes on.
_IN_FINALIZER = """
import signal
from pathlib import Path
import geo.cli._extract_run as run
class Finalized:
    def __del__(self):
        Path("fired").write_text("")
        signal.raise_signal(signal.SIGINT)
settle = run.settle
def settle_then_finalize():
    settle()
    Finalized()
run.settle = settle_then_finalize
"""


def _extract(folder: Path, injection: str) -> tuple[int, str]:
    batch = folder / "batch.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": TEXT * 5, "published": "2020-01-06"}) for i in range(3)]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [sys.executable, "-c", _RUN, injection, "extract", "--jsonl", batch.name, "-o", "out.geojson"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stderr


def _assert_stopped(folder: Path, code: int, err: str) -> None:
    assert (folder / "fired").exists(), "the injection did not run: pydantic or geo changed; adapt it"
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 130, err
    assert len(lines) == 1, err
    assert lines[0].startswith("interrupted"), err
    assert "skipped" not in err
    left = {p.name for p in folder.iterdir()} - {"batch.jsonl", "fired", "out.geojson", "out.geojson.journal"}
    assert not left, left
    written = (folder / "out.geojson").read_bytes() if (folder / "out.geojson").exists() else b""
    assert written == b"" or written.endswith(b"\n")


@pytest.mark.parametrize("model", ["EventFeature", "EventProperties", "Source", "Mention"])
def test_ctrl_c_lost_in_a_model_build_stops_the_run(tmp_path: Path, model: str) -> None:
    code, err = _extract(tmp_path, _HALF_BUILT.format(model=model, press=True))
    _assert_stopped(tmp_path, code, err)


def test_a_model_that_cannot_be_built_fails_the_run_at_once(tmp_path: Path) -> None:
    code, err = _extract(tmp_path, _HALF_BUILT.format(model="EventFeature", press=False))
    assert (tmp_path / "fired").exists()
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 1, err
    assert "skipped" not in err
    assert lines[-1].startswith("Error: the event model EventFeature cannot be built"), err
    assert not (tmp_path / "out.geojson").exists()


def test_ctrl_c_wrapped_by_class_creation_stops_the_run(tmp_path: Path) -> None:
    code, err = _extract(tmp_path, _IN_SET_NAME)
    _assert_stopped(tmp_path, code, err)


def test_ctrl_c_lost_in_a_finalizer_stops_the_run(tmp_path: Path) -> None:
    code, err = _extract(tmp_path, _IN_FINALIZER)
    _assert_stopped(tmp_path, code, err)
    assert "Exception ignored" not in err


def test_without_ctrl_c_the_run_is_whole(tmp_path: Path) -> None:
    code, err = _extract(tmp_path, "")
    assert code == 0, err
    assert len((tmp_path / "out.geojson").read_text(encoding="utf-8").splitlines()) == 6


@pytest.fixture
def installed() -> Iterator[None]:
    if not interrupts.install():
        pytest.skip("SIGINT has a handler of the test runner's")
    try:
        yield
    finally:
        interrupts.uninstall()


class _Swallowing:
    """A parser whose work swallows a Ctrl-C, then fails with an ordinary error (as a half-built model
    does); with ``press=False`` it only fails."""

    def __init__(self, *, press: bool) -> None:
        self.press = press

    def extract_features(self, article: Article, **options: Any) -> list[Any]:
        if self.press:
            with contextlib.suppress(KeyboardInterrupt):
                signal.raise_signal(signal.SIGINT)
        raise ValueError("1 validation error for EventProperties")


def _article() -> tuple[Article, str]:
    article = Article(id="a", text=TEXT, published="2020-01-06")
    return article, content_key(article)


@pytest.mark.usefixtures("installed")
def test_an_error_after_ctrl_c_is_a_stop_not_a_skipped_article() -> None:
    article, key = _article()
    with pytest.raises(KeyboardInterrupt):
        _one(cast(Geoparser, _Swallowing(press=True)), article, key, 0.0)
    assert interrupts.requested()
    with pytest.raises(KeyboardInterrupt):  # and the next article does not start
        _one(cast(Geoparser, _Swallowing(press=False)), article, key, 0.0)


@pytest.mark.usefixtures("installed")
def test_an_error_without_ctrl_c_skips_the_article() -> None:
    article, key = _article()
    outcome = _one(cast(Geoparser, _Swallowing(press=False)), article, key, 0.0)
    assert outcome.error == "ValueError: 1 validation error for EventProperties"
    assert not interrupts.requested()


def test_install_leaves_another_handler_alone() -> None:
    def other(signum: int, frame: object) -> None:
        pass

    before = signal.signal(signal.SIGINT, other)
    try:
        assert not interrupts.install()
        assert signal.getsignal(signal.SIGINT) is other
        assert not interrupts.installed()
    finally:
        signal.signal(signal.SIGINT, before)


@pytest.mark.usefixtures("installed")
def test_uninstall_puts_python_s_handler_back() -> None:
    interrupts.uninstall()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert not interrupts.installed()


def test_ensure_built_builds_a_half_built_model() -> None:
    class Later(BaseModel):
        value: Missing  # type: ignore[name-defined]  # noqa: F821 - defined below, after the class

    assert not Later.__pydantic_complete__
    namespace = globals()
    namespace["Missing"] = int
    try:
        ensure_built(models=(Later,))
    finally:
        del namespace["Missing"]
    assert Later.__pydantic_complete__
    assert Later(value=3).value == 3


def test_ensure_built_fails_when_a_model_cannot_be_built() -> None:
    class Never(BaseModel):
        value: Nowhere  # type: ignore[name-defined]  # noqa: F821 - never defined

    with pytest.raises(GeoError, match="the event model Never cannot be built: name 'Nowhere' is not"):
        ensure_built(models=(Never,))


def test_ensure_built_leaves_the_contract_models_as_they_are() -> None:
    from geo.model.feature import MODELS

    validators = [model.__pydantic_validator__ for model in MODELS]
    ensure_built()
    assert [model.__pydantic_validator__ for model in MODELS] == validators


#: SIGINT while ``geo/__init__.py`` imports its errors; ARGV0 is what the interpreter puts in argv[0]
#: then ("-m" while ``python -m geo`` finds the package).
_IN_PACKAGE = """
import builtins, signal, sys
sys.argv = [{argv0!r}, "extract"]
real = builtins.__import__
def interrupted(name, *args, **kwargs):
    if name == "geo.errors":
        builtins.__import__ = real
        signal.raise_signal(signal.SIGINT)
    return real(name, *args, **kwargs)
builtins.__import__ = interrupted
import geo
"""


@pytest.mark.parametrize(
    ("argv0", "code", "says"), [("-m", 1, "Aborted!"), ("-c", None, "KeyboardInterrupt")]
)
def test_ctrl_c_while_the_package_loads(tmp_path: Path, argv0: str, code: int | None, says: str) -> None:
    """``python -m geo``: click's one line; a program that imports geo gets its interrupt back."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", _IN_PACKAGE.format(argv0=argv0)]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == code if code is not None else done.returncode != 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == says
