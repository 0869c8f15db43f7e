"""Wave 35, ment35: unit tests (our own sentences) for the rules that turn places left as mere mentions
into the events told there, for classes of wording found across several article sets (docs/events.md,
"Sixteenth pass, ment35: mention-only misses across sets"). Each rule has three or more sentences with
different words and at least one where it must not fire."""

from __future__ import annotations

import pytest

from geo import Geoparser
from geo.model.article import Article


@pytest.fixture(scope="module")
def parser() -> Geoparser:
    return Geoparser()


def _types(parser: Geoparser, text: str, place: str, published: str = "2025-03-10") -> set[str]:
    """The event types of the features at ``place`` (mention excluded)."""
    return {
        f.properties.event_type
        for f in parser.extract_features(Article("t", text, published=published))
        if f.properties.name == place and f.properties.event_type != "mention"
    }


# events/parties + governed: "the deal, signed in X, provides for the withdrawal ...": the participle of an
# aside after the noun of an agreement tells the signing at X, in a sentence about forces' movements


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The truce, concluded in Doha on 3 May, calls for the pullout of militia fighters.", "Doha"),
        ("The accord, inked in Nairobi in 2019, required the withdrawal of foreign troops.", "Nairobi"),
        ("The roadmap, signed in Juba in June, sets out the pullout of rebel units.", "Juba"),
        ("The treaty, ratified in Vilnius last spring, provides for the stationing of a brigade.", "Vilnius"),
    ],
)
def test_accord_aside_is_political(parser: Geoparser, text: str, place: str) -> None:
    assert "political" in _types(parser, text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The deal, signed in London on Monday, gives the firm a stake in the mine.", "London"),
        ("The plan, signed in Paris in March, sets new rules for fishing boats.", "Paris"),
        ("The letter, signed in Madrid by ten retired officers, was published on Sunday.", "Madrid"),
    ],
)
def test_accord_aside_without_forces_is_no_event(parser: Geoparser, text: str, place: str) -> None:
    assert "political" not in _types(parser, text, place)


# events/gapping: a gapped conjunct with a compass phrase before its place ("and Y in the west from Z"),
# and the nearest preposition as the role of the full clause's place ("in the north from X": from)


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        (
            "Britain deployed 300 troops in the east to Tartu, and Canada in the north to Narva.",
            "Narva",
            "deployment",
        ),
        ("Sweden sent a battalion to Riga, and Finland in the south to Vilnius.", "Vilnius", "deployment"),
        (
            # "Amari" alone is read, by a like spelling, as a town in Iraq: no event there (ev37d, guesses)
            "French jets flew patrols in the north from Siauliai, and Danish jets in the west"
            " from Amari air base.",
            "Amari air base",
            "presence",
        ),
    ],
)
def test_gapped_conjunct_with_compass_phrase(parser: Geoparser, text: str, place: str, kind: str) -> None:
    assert kind in _types(parser, text, place)


def test_gapped_conjunct_of_another_role_is_no_site(parser: Geoparser) -> None:
    # "to Riga" and "from Vilnius": not the same role of preposition, so no gapped conjunct
    text = "Sweden sent a battalion to Riga, and Finland in the south from Vilnius."
    assert _types(parser, text, "Vilnius") == set()


# events/aliases (context, sentences): a place's other name in parentheses inside a list ("X (Y) and Z")
# neither ends the clause nor cuts Z off from the preposition or verb before the list


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        ("Militants shelled Mosul (Nineveh) and Tal Afar overnight.", "Tal Afar", "attack"),
        ("Jets bombed Ariha (Idlib) and Saraqeb on Monday night.", "Saraqeb", "strike"),
        ("Gunmen attacked Bama (Borno) and Gwoza on Tuesday.", "Gwoza", "attack"),
        ("Troops were deployed to Gao (Mali) and Menaka last week.", "Menaka", "deployment"),
    ],
)
def test_list_with_other_name_in_parentheses(parser: Geoparser, text: str, place: str, kind: str) -> None:
    assert kind in _types(parser, text, place)


def test_place_named_only_in_parentheses_is_no_site(parser: Geoparser) -> None:
    # the name in parentheses itself is not read through to the preposition before the adjective
    assert _types(parser, "Rebels attacked a convoy in eastern (Congo), killing two.", "Congo") == set()
