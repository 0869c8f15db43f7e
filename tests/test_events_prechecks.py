"""The cheap prechecks of event rules answer as the full scans they spare (our own example sentences)."""

from __future__ import annotations

import re

import pytest

from geo.events import bystanders, governed, negated
from geo.events.actors import CatalogueNames
from geo.events.document import Document
from geo.events.negated import negated as is_negated
from geo.model.catalog import ACTORS, MISSIONS

_TEXTS = [
    "The convoy was ambushed by the militia near the town.",
    "The base was shelled by\n  the rebels, officials said.",
    "Troops were sent by Germany and led BY the army to the city.",
    "The raid, carried out by the  special forces, hit the camp.",
    "A bystander was hurt by tHe blast.",
    "Nobody bathe the town; the attack was backed by ſome militias.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_passive_agent_precheck_agrees_with_the_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        full = bystanders._BY_AGENT.search(text, max(0, start - 80), start) is not None
        assert bystanders._by_agent(text, start) == full, (text, start)


_SENTENCES = [
    "Troops have not withdrawn from the town.",
    "The army refused to withdraw from the base. To the north, troops were deployed.",
    "No troops are stationed at the base, and no one was killed.",
    "Officials denied that forces struck the village on Monday.",
    "Rebels attacked the town and troops were deployed there.",
    "The army refuſed to withdraw. Soldiers were ſtationed at the camp.",
    "Forces were deployed, not withdrawn, and the attack was repelled.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_negation_precheck_leaves_every_answer_as_it_was(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = CatalogueNames(MISSIONS, ACTORS)
    cues = [c for bucket in Document.prepare(text, [], published=None, names=names).cues for c in bucket]
    quick = [is_negated(Document.prepare(text, [], published=None, names=names), c) for c in cues]
    monkeypatch.setattr(negated, "_may_negate", lambda doc, number: True)
    doc = Document.prepare(text, [], published=None, names=names)
    assert quick == [is_negated(doc, c) for c in cues]


@pytest.mark.parametrize(
    "text",
    [
        "If the government asks, troops would be deployed to the border.",
        "Rebels attacked the town on Monday and troops were deployed.",
        "The army threatened to strike the camp; jets struck the base.",
        "Officials plan to withdraw the troops in May.",
    ],
)
def test_the_hypothesis_precheck_leaves_every_answer_as_it_was(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = CatalogueNames(MISSIONS, ACTORS)
    doc = Document.prepare(text, [], published="2020-01-06", names=names)
    pairs = [(c, doc.sentences[n].start) for n, bucket in enumerate(doc.cues) for c in bucket]
    quick = [governed._hypothetical(doc, c, start) for c, start in pairs]
    monkeypatch.setattr(governed, "_may_govern", lambda doc, number: True)
    doc = Document.prepare(text, [], published="2020-01-06", names=names)
    assert quick == [governed._hypothetical(doc, c, start) for c, start in pairs]


_ATTRIBUTE_TEXTS = [
    "The tanker registered in Liberia and the ship bound for Aden",
    "Officials CALLED ON Kenya and the ambassador of France",
    "The 126th Brigade of Ukraine; relations between Chad and Sudan",
    "A ship ſailing, reĝistered in Malta, called upon the Sudanese",
]


@pytest.mark.parametrize("text", _ATTRIBUTE_TEXTS)
def test_the_attribute_lookahead_leaves_every_answer_as_it_was(text: str) -> None:
    # the expression without the lookahead for its phrases' first letters
    plain = re.compile(bystanders._ATTRIBUTE.pattern.split("]))", 1)[1])
    assert plain.pattern.startswith(r"\b(?i:")
    for start in range(len(text) + 1):
        low = max(0, start - 80)
        found, expected = bystanders._ATTRIBUTE.search(text, low, start), plain.search(text, low, start)
        assert (found and found.span()) == (expected and expected.span()), (text, start)
    assert bystanders._ATTRIBUTE.search(_ATTRIBUTE_TEXTS[0], 0, _ATTRIBUTE_TEXTS[0].index("Liberia"))


_ORIGIN_TEXTS = [
    "Rockets were fired from the outskirts of Gaza at the town.",
    "Drones launched FROM Yemen and from a base near Aden hit ships.",
    "The attack came from\n Idlib, officials said of Hama.",
]


@pytest.mark.parametrize("text", _ORIGIN_TEXTS)
def test_the_origin_precheck_agrees_with_the_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        full = bystanders._ORIGIN.search(text, max(0, start - 80), start) is not None
        assert bystanders.origin(text, start) == full, (text, start)
    assert bystanders.origin(_ORIGIN_TEXTS[0], _ORIGIN_TEXTS[0].index("Gaza"))
