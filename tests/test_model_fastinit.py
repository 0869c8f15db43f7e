"""The faster ``__init__`` of frozen dataclasses (:func:`geo.model.fastinit.fast_init`) builds the same
objects as the one :mod:`dataclasses` writes."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import ClassVar

import pytest

from geo.model.fastinit import fast_init


@dataclasses.dataclass(frozen=True, slots=True)
class _Plain:
    start: int
    end: int
    kind: str = "place"
    notes: tuple[str, ...] = ()


@fast_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Fast:
    start: int
    end: int
    kind: str = "place"
    notes: tuple[str, ...] = ()


def _fields(item: object) -> tuple[object, ...]:
    return dataclasses.astuple(item)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((1, 2), {}),
        ((1, 2, "demonym"), {}),
        ((1,), {"end": 5, "notes": ("a",)}),
        ((), {"start": 3, "end": 4}),
    ],
)
def test_fast_init_sets_what_the_plain_init_sets(args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    fast, plain = _Fast(*args, **kwargs), _Plain(*args, **kwargs)  # type: ignore[arg-type]
    assert _fields(fast) == _fields(plain)
    assert repr(fast) == repr(plain).replace("_Plain", "_Fast")
    again = _Fast(*args, **kwargs)  # type: ignore[arg-type]
    assert fast == again
    assert hash(fast) == hash(again)
    assert pickle.loads(pickle.dumps(fast)) == fast
    assert copy.deepcopy(fast) == fast
    assert dataclasses.replace(fast, kind="x") == _Fast(fast.start, fast.end, "x", fast.notes)


def test_fast_init_keeps_the_class_frozen_and_the_errors_of_a_call() -> None:
    fast = _Fast(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        _Fast(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Fast(1, 2, "a", (), 5)  # type: ignore[call-arg]


def test_fast_init_refuses_what_it_cannot_do() -> None:
    @dataclasses.dataclass(slots=True)
    class NotFrozen:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Posted:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True, slots=True)
    class Factory:
        a: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True, slots=True)
    class Initvar:
        a: int
        b: dataclasses.InitVar[int]

    for cls in (NotFrozen, Posted, Factory, Initvar):
        with pytest.raises(TypeError):
            fast_init(cls)


def test_fast_init_takes_a_class_with_class_variables() -> None:
    @fast_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Counted:
        limit: ClassVar[int] = 3
        a: int
        b: str = "x"

    assert dataclasses.astuple(Counted(1)) == (1, "x")
    assert Counted.limit == 3


def test_the_pipeline_records_use_it() -> None:
    from geo.events.cues import Cue
    from geo.events.sentences import Sentence
    from geo.events.tag import EventTag
    from geo.model.spans import Resolved, Toponym

    for cls in (Cue, Sentence, EventTag, Resolved, Toponym):
        assert cls.__init__.__module__ == cls.__module__
        assert "_set_0" in cls.__init__.__globals__
