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
#: A lead that tells the story's day (Saturday 9 March for a story of Wednesday 13 March).
LEAD = "Militants attacked an army base near Mopti on Saturday, officials said."


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


@pytest.mark.parametrize(
    ("event", "name", "after"),
    [
        ("A soldier was killed near Sevare when a mine exploded.", "Sevare", "The wounded were flown out"),
        ("A convoy was ambushed near Douentza.", "Douentza", "Its survivors reached the next town"),
        ("Gunmen shot dead two guards near Bandiagara.", "Bandiagara", "Their funerals were held"),
    ],
)
def test_a_later_day_told_after_an_undated_attack_is_not_its_day(
    parser: Geoparser, event: str, name: str, after: str
) -> None:
    text = f"{LEAD}\n\n{event} {after} on Monday."
    collection = parser.extract(Article(id="t", text=text, published="2024-03-13"))
    dates = [str(f.properties.date) for f in collection.features if f.properties.name == name]
    assert dates == ["2024-03-09"]


def test_a_sentence_after_an_undated_attack_on_the_story_day_still_dates_it(parser: Geoparser) -> None:
    text = (
        f"{LEAD}\n\n"
        "Gunmen shot dead two guards near Bandiagara. Their funerals were held last Wednesday."
    )
    collection = parser.extract(Article(id="t", text=text, published="2024-03-13"))
    dates = [str(f.properties.date) for f in collection.features if f.properties.name == "Bandiagara"]
    assert dates == ["2024-03-06"]
