"""Answers remembered per document (:func:`geo.events.document.per_document`)."""

from __future__ import annotations

from geo.events import actors as act
from geo.events.document import Document, per_document
from geo.model.catalog import ACTORS, MISSIONS


def _document(text: str) -> Document:
    return Document.prepare(text, [], published="2024-03-01", names=act.CatalogueNames(MISSIONS, ACTORS))


def test_per_document_answers_once_per_document_and_arguments() -> None:
    calls: list[tuple[int, int]] = []

    @per_document
    def length(doc: Document, number: int) -> int:
        calls.append((id(doc), number))
        sentence = doc.sentences[number]
        return sentence.end - sentence.start

    first = _document("Troops arrived in the town. They left the next day.")
    assert length(first, 0) == length(first, 0)
    assert length(first, 1) != length(first, 0)
    assert len(calls) == 2  # the second question of sentence 0 was answered from the memo
    second = _document("Troops arrived in the town. They left the next day.")
    length(second, 0)
    assert len(calls) == 3  # another document: asked again


def test_may_hold_reads_the_words_of_the_text() -> None:
    doc = _document("Both Countries sent troops to the border.")
    assert doc.may_hold(frozenset({"countries", "nations"}))
    assert not doc.may_hold(frozenset({"villages", "towns"}))
    odd = _document("Both countrieſ sent troops.")  # a long s: a case-insensitive "s" may match it
    assert odd.may_hold(frozenset({"villages"}))


def test_may_hold_reads_one_sentence_when_numbered() -> None:
    doc = _document("Both nations sent troops. The villages were quiet.")
    assert doc.may_hold(frozenset({"nations"}), number=0)
    assert not doc.may_hold(frozenset({"nations"}), number=1)
