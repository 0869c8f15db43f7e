"""Workers of ``geo extract -j N`` share their gazetteer lookups: what one learns reaches the others,
and a lookup taught by another cache is the same answer the cache would have computed."""

from __future__ import annotations

from geo.extract.batch import Sharing
from geo.extract.parser import Geoparser
from geo.resolve.candidates import CandidateCache


class _Counting:
    """A gazetteer wrapper that counts lookups (to see which answers came from a lesson)."""

    def __init__(self, parser: Geoparser) -> None:
        self.inner = parser.gazetteer
        self.calls = 0

    def lookup(self, name: str, *, limit: int, fuzzy: bool) -> object:
        self.calls += 1
        return self.inner.lookup(name, limit=limit, fuzzy=fuzzy)


def test_a_taught_lookup_is_not_repeated_and_equals_the_computed_one() -> None:
    parser = Geoparser()
    first, second = _Counting(parser), _Counting(parser)
    one = CandidateCache(first)  # type: ignore[arg-type]
    two = CandidateCache(second)  # type: ignore[arg-type]
    kabul = one.lookup("Kabul")
    one.fuzzy("Kandahar provnce")
    lessons = one.learned()
    assert [key for key, _ in lessons] == [("Kabul", False), ("Kandahar provnce", True)]
    assert one.learned() == []  # each lookup is handed on once
    two.teach(lessons)
    assert two.lookup("Kabul") == kabul
    assert second.calls == 0
    assert two.learned() == []  # taught lookups are not handed on again
    fresh = CandidateCache(_Counting(parser))  # type: ignore[arg-type]
    assert fresh.lookup("Kandahar provnce", fuzzy=True) == two.lookup("Kandahar provnce", fuzzy=True)
    assert second.calls == 0


def test_a_lesson_rides_on_as_many_tasks_as_there_are_workers() -> None:
    sharing = Sharing(2)
    assert sharing.lessons() == []
    sharing.heard((1, b"a"))
    sharing.heard(None)
    sharing.heard((2, b"b"))
    assert sharing.lessons() == [(1, b"a"), (2, b"b")]
    sharing.heard((1, b"c"))
    assert sharing.lessons() == [(1, b"a"), (2, b"b"), (1, b"c")]
    assert sharing.lessons() == [(1, b"c")]
    assert sharing.lessons() == []
