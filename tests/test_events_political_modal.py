"""Political cues governed by a modal, a plan or a failure (our own example sentences): what a state
could, would or failed to sign or agree is no political act; a "failed coup" or "failed attack" took place."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Turkey": ("iso:TR", "country", "TR"),
    "Russia": ("iso:RU", "country", "RU"),
    "Baghdad": ("test:baghdad", "city", "IQ"),
}

tags, events = taggers(PLACES)


@pytest.mark.parametrize(
    "text",
    [
        "After Turkey failed to negotiate a settlement with Russia, the talks moved elsewhere.",
        "Turkey could sign an agreement with Russia next year, analysts said.",
        "Officials said Turkey might agree with Russia on the price of gas.",
        "If Turkey signs an agreement with Russia, the price of gas will fall.",
    ],
)
def test_a_political_cue_governed_by_a_modal_or_failure_is_no_event(text: str) -> None:
    assert not {k for _, k, _ in events(text, "Turkey", "Russia")}


def test_a_political_act_done_and_a_failed_coup_stay_events() -> None:
    text = "Turkey signed an agreement with Russia on Monday."
    assert "political" in {k for _, k, _ in events(text, "Turkey", "Russia")}
    text = "In Baghdad, army officers staged a failed coup on Monday."
    assert {k for _, k, _ in events(text, "Baghdad")} == {"political"}


def test_failed_right_before_the_cue_noun_is_an_adjective_and_failed_to_a_failure() -> None:
    assert {k for _, k, _ in events("Rebels launched a failed attack on Baghdad on Monday.", "Baghdad")} == {
        "attack"
    }
    assert not events("Rebels failed to attack Baghdad on Monday.", "Baghdad")


def test_may_capitalised_inside_a_sentence_is_the_month_not_the_modal() -> None:
    text = "In May, Turkey and Russia agreed on a ceasefire."
    assert {k for _, k, _ in events(text, "Turkey", "Russia")} == {"political"}
    assert events("In May, militants attacked Baghdad.", "Baghdad")
    assert not events("Militants may attack Baghdad soon.", "Baghdad")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Officials said militants would in the coming weeks attack Baghdad.", ("Baghdad",)),
        ("Turkey would next year host a summit with Russia, officials said.", ("Turkey", "Russia")),
    ],
)
def test_a_modal_governs_a_cue_up_to_six_words_after_it(text: str, names: tuple[str, ...]) -> None:
    assert not events(text, *names)
