"""Names the lexicon knows only by their first word (geo.recognize.continued), on our own sentences."""

from __future__ import annotations

import pytest

from geo import Geoparser
from geo.recognize.continued import NAME_HEADS


def _places(parser: Geoparser, text: str) -> list[str]:
    return [t.surface for t in parser.recognize(text) if t.kind == "place"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a spelling variant of a known name with a particle ("Bab-el-Mandeb" in the gazetteer)
        ("Two tankers sailed through the Bab al-Mandeb Strait last week.", "Bab al-Mandeb Strait"),
        ("Rebels entered the Jisr al-Shughur district at dawn.", "Jisr al-Shughur district"),
        ("Militias regrouped in Al-Bokamal after the strike.", "Al-Bokamal"),
        # a generic Arabic head word that is also another place's name ("Tal" in Austria)
        ("A shell fell on a farm near Tal Tamr on Sunday.", "Tal Tamr"),
        # a French particle inside a name
        ("The flight to Port-au-Prince was cancelled.", "Port-au-Prince"),
    ],
)
def test_whole_name_is_read(parser: Geoparser, text: str, surface: str) -> None:
    assert surface in _places(parser, text)


def test_variant_resolves_to_the_known_place(parser: Geoparser) -> None:
    text = "Two tankers sailed through the Bab al-Mandeb Strait last week."
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == "Bab al-Mandeb Strait"]
    assert chosen
    assert chosen[0].feature_class == "water_body"
    text = "A shell fell on a farm near Tal Tamr on Sunday."
    resolved = parser.resolve(text, parser.recognize(text))
    assert [r.candidate.country for r in resolved if r.toponym.surface == "Tal Tamr"] == ["SY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known place followed by a capitalised word that is not part of a longer name
        ("Baghdad Airport reopened on Monday.", "Baghdad Airport"),
        ("Officials in Kabul said the road was open.", "Kabul"),
        # a head word alone stays what the lexicon says
        ("The town of Tal lies in Austria.", "Tal"),
    ],
)
def test_no_continuation_without_cause(parser: Geoparser, text: str, expected: str) -> None:
    assert expected in _places(parser, text)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Fighters withdrew to al-Mayadeen overnight.", "al-Mayadeen", "SY"),
        ("Drones struck near al-Tanf on Tuesday.", "al-Tanf", "SY"),
        # the word alone is another place's name (Tal in Austria): the name with the article is read
        ("Helicopters dropped barrel bombs on al-Tal overnight.", "al-Tal", "SY"),
        # the gazetteer spells the name with its article in another way ("Albu Kamal")
        ("Jets hit a depot in al-Bokamal on Friday.", "al-Bokamal", "SY"),
    ],
)
def test_lower_case_article_joins_a_name_known_with_it(
    parser: Geoparser, text: str, surface: str, country: str
) -> None:
    resolved = parser.resolve(text, parser.recognize(text))
    assert [r.candidate.country for r in resolved if r.toponym.surface == surface] == [country]


def test_an_english_word_that_is_an_article_form_is_not_read_with_the_name(parser: Geoparser) -> None:
    # "as" is also a sun-letter form of the Arabic article: without a hyphen it is the English word here
    places = _places(parser, "The old quarry road is known as Salt Street.")
    assert not any(place.casefold().startswith("as ") for place in places)


def test_article_between_capitalised_words_stays_inside_the_name(parser: Geoparser) -> None:
    # "Ahrar al-Sham" is a group: its tail "al-Sham" is not read as a place of its own
    places = _places(parser, "Fighters of Ahrar al-Sham left the town on Monday.")
    assert not any(place.casefold().endswith("sham") for place in places)


def test_a_possessive_before_the_article_ends_the_name_before_it(parser: Geoparser) -> None:
    # "Syria's al-Bab": the country's name ends at the possessive, the article opens a town's name
    text = "A car bomb killed three soldiers near Syria's al-Bab on Friday."
    resolved = parser.resolve(text, parser.recognize(text))
    assert [r.candidate.country for r in resolved if r.toponym.surface == "al-Bab"] == ["SY"]
    places = _places(parser, "Ahrar al-Sham's fighters left the town.")
    assert not any(place.casefold().endswith("sham") for place in places)


def test_english_connectors_end_the_run(parser: Geoparser) -> None:
    places = _places(parser, "Strikes hit depots at Tal Tamr and Hasakah on Friday.")
    assert "Tal Tamr" in places
    assert not any(" and " in place for place in places)


def test_a_person_after_a_place_is_not_swallowed(parser: Geoparser) -> None:
    places = _places(parser, "In Mosul, Ahmed Hassan said the bridge was shut.")
    assert places == ["Mosul"]


def test_compass_words_before_a_place_are_a_modifier(parser: Geoparser) -> None:
    places = _places(parser, "Central and Western Homs province fell to the rebels in 2013.")
    assert not any(place.startswith("Central") for place in places)
    assert "Homs province" in places


def test_head_word_alone_is_no_fallback(parser: Geoparser) -> None:
    text = "A drone hit the village of Stara Zagorodnaya in Russia's Belgorod region."
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == "Stara Zagorodnaya"]
    # not "Staraya" somewhere (the head word "old" alone): the region the text relates it to
    assert [(candidate.feature_class, candidate.country) for candidate in chosen] == [("admin_region", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck the market of Maarat al-Numan on Monday.",  # not Numan, Nigeria
        "Crowds cheered Muqtada al-Sadr in the square.",  # a person's name
    ],
)
def test_tail_of_an_unknown_name_is_no_place(parser: Geoparser, text: str) -> None:
    assert not any(place in ("Numan", "Sadr") for place in _places(parser, text))


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of Hayat Tahrir Al-Sham shelled a village on Monday.",  # a group's name
        "A unit of Ahrar Al-Sham held the road.",
    ],
)
def test_capitalised_article_tail_of_a_name_is_no_place(parser: Geoparser, text: str) -> None:
    # "Al-Sham" alone is read as Damascus/Syria: after a capitalised word that is no place it ends a name
    assert not any("Sham" in place for place in _places(parser, text))


def test_head_name_keeps_its_head_in_the_fallback(parser: Geoparser) -> None:
    text = "Jets hit Jisr Qassab near Homs in Syria on Monday."
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == "Jisr Qassab"]
    assert all(candidate.country == "SY" for candidate in chosen)


def test_heads_are_lower_case_words() -> None:
    assert NAME_HEADS
    assert all(term == term.lower() and " " not in term for term in NAME_HEADS)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a title word after a particle is part of the name, not a person's title
        ("Shells hit the orchards of Qasr al-Amir and Marj al-Sultan overnight.", "Marj al-Sultan"),
        # a head word of Arabic names ("ma'arrat") with a spaced or capitalised article
        ("Jets bombed the towns of Saraqeb, Maarat al Numan and Ariha.", "Maarat al Numan"),
        ("A market in Idlib province's Maarat Al-Numan city was hit.", "Maarat Al-Numan city"),
    ],
)
def test_whole_name_with_article(parser: Geoparser, text: str, surface: str) -> None:
    places = _places(parser, text)
    assert surface in places
    assert "Marj" not in places
    assert "Numan" not in places


def test_spaced_article_tail_is_not_a_place(parser: Geoparser) -> None:
    # "Numan" alone is a town in Nigeria: after "<unknown word> al" it ends a longer name
    assert "Numan" not in _places(parser, "Aid reached Kharab al Numan on Monday.")


def test_name_after_a_possessive_place(parser: Geoparser) -> None:
    # "Belgorod's Shebekino": the town in the region, not "BC Hydro"-like name of an organisation
    assert "Shebekino" in _places(parser, "In Belgorod's Shebekino a shell hit a depot.")


def test_no_place_after_a_country_possessive_or_before_a_longer_name(parser: Geoparser) -> None:
    assert "Zion" not in _places(parser, "Hikers crowded Utah's Zion National Park in May.")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Pirates boarded a tanker in the Gulf of Guinea on Friday.", "Gulf"),
        ("A trawler sank in the Bay of Biscay overnight.", "Bay"),
    ],
)
def test_feature_word_before_of_is_no_place(parser: Geoparser, text: str, head: str) -> None:
    # "Gulf" alone is the Persian Gulf's short form, "Bay" a region of Somalia: neither is meant here
    assert head not in _places(parser, text)


def test_known_feature_with_of_is_kept(parser: Geoparser) -> None:
    assert "Gulf of Aden" in _places(parser, "Warships escorted tankers through the Gulf of Aden.")


def test_known_name_after_a_head_word_is_not_read_alone(parser: Geoparser) -> None:
    # "Ein Tarma" is a name the lexicon lacks: its second word is not Tarma (Peru)
    assert "Tarma" not in _places(parser, "Jets struck Ein Tarma and the edge of Damascus.")
    assert "Damascus" in _places(parser, "Jets struck Ein Tarma and the edge of Damascus.")
