"""Narrative time across sentences (narr35): an undated event sentence takes the time of the event told
before it in the same paragraph, also through undated past-tense sentences between them; a present-tense
sentence, one that opens another thread ("Earlier", "Since", a quote) or a paragraph break ends the thread."""

from __future__ import annotations

import pytest

from geo.extract import Geoparser
from geo.model.article import Article

#: A Sunday.
PUBLISHED = "2024-03-10"
#: A deployment on Monday 4 March, and a later one told without a time of its own.
ARRIVED = "On Monday 300 Kenyan troops arrived in Kismayo."
SENT = "Another 200 troops were deployed to Baidoa."


def dates_at(text: str, parser: Geoparser, name: str) -> list[str]:
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    return [
        str(f.properties.date)
        for f in collection.features
        if f.properties.event_type != "mention" and f.properties.name == name
    ]


@pytest.mark.parametrize(
    "middle",
    [
        "Soldiers returned fire for an hour.",
        "The fighting lasted until dawn.",
        "Two soldiers died in the exchange of fire.",
    ],
)
def test_a_violent_event_two_sentences_on_keeps_the_paragraph_time(parser: Geoparser, middle: str) -> None:
    text = (
        "Militants attacked an army base near Mopti on Saturday, officials said.\n\n"
        f"On Tuesday gunmen stormed a checkpoint near Kidal. {middle} "
        "A roadside bomb then hit a military convoy near Gao."
    )
    assert dates_at(text, parser, "Gao") == ["2024-03-05"]


@pytest.mark.parametrize(
    "middle",
    [
        "They were flown in from Nairobi.",
        "The soldiers landed before noon.",
        "Engineers went with them.",
    ],
)
def test_a_deployment_two_sentences_on_keeps_the_paragraph_time(parser: Geoparser, middle: str) -> None:
    text = f"{ARRIVED} {middle} {SENT}"
    assert dates_at(text, parser, "Baidoa") == ["2024-03-04"]


@pytest.mark.parametrize(
    "middle",
    [
        "The contingent is part of the African Union force.",
        "The soldiers will stay for a year.",
        "Earlier, the army had cleared the road.",
        '"We came to help," the commander told reporters.',
    ],
)
def test_a_present_background_or_quoted_sentence_ends_the_thread(parser: Geoparser, middle: str) -> None:
    text = f"{ARRIVED} {middle} {SENT}"
    assert "2024-03-04" not in dates_at(text, parser, "Baidoa")


def test_a_paragraph_break_ends_the_thread(parser: Geoparser) -> None:
    text = (
        "On Monday 300 Kenyan troops arrived in Kismayo. They were flown in from Nairobi.\n\n"
        "Another 200 troops were deployed to Baidoa."
    )
    assert "2024-03-04" not in dates_at(text, parser, "Baidoa")


def test_the_thread_reaches_back_at_most_three_sentences(parser: Geoparser) -> None:
    text = (
        "On Monday 300 Kenyan troops arrived in Kismayo. They were flown in from Nairobi. "
        "The soldiers landed before noon. Engineers went with them. Trucks carried their kit. "
        "Another 200 troops were deployed to Baidoa."
    )
    assert "2024-03-04" not in dates_at(text, parser, "Baidoa")
