"""Names that are not places: armed groups, outlets, ships, operations and offices (geo.recognize.names)."""

from __future__ import annotations

import pytest

from geo.gazetteer import Gazetteer, default_gazetteer
from geo.recognize import recognize
from geo.recognize.names import blocks, name_spans


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[n.start : n.end], n.kind) for n in name_spans(text)]


def test_catalogue_vessel_and_operation_names_are_found() -> None:
    text = (
        "Hamas and al-Shabab fighters; Xinhua reported. The frigate Sachsen, HNLMS Rotterdam and "
        "USS Dwight D. Eisenhower joined Operation Prosperity Guardian; Maersk Hangzhou was hit."
    )
    found = _spans(text)
    assert ("Hamas", "catalogue") in found
    assert ("Shabab", "catalogue") in found
    assert ("Xinhua", "catalogue") in found
    assert ("Sachsen", "vessel") in found
    assert ("HNLMS Rotterdam", "vessel") in found
    assert ("USS Dwight D. Eisenhower", "vessel") in found
    assert ("Operation Prosperity Guardian", "operation") in found
    assert ("Maersk Hangzhou", "vessel") in found


def test_ship_type_words_need_a_name_not_a_flag_adjective() -> None:
    assert _spans("the vessel Belize-flagged was hit") == []
    assert _spans("a ship in the Red Sea") == []


def test_organisation_blocks_only_common_words_inside_the_compound() -> None:
    text = "United Kingdom Maritime Trade Operations and Ohio State Police"
    names = name_spans(text)
    maritime = text.index("Maritime")
    assert blocks(names, maritime, maritime + len("Maritime"), country=False) == "organisation"
    assert blocks(names, 0, len("United Kingdom"), country=True) is None
    ohio = text.index("Ohio")
    assert blocks(names, ohio, ohio + 4, country=False) is None  # first word: the place the office serves


def test_countries_inside_longer_catalogue_names_stay() -> None:
    text = "the Islamic Resistance in Iraq claimed it"
    names = name_spans(text)
    iraq = text.index("Iraq")
    assert blocks(names, iraq, iraq + 4, country=True) is None
    assert blocks(names, iraq, iraq + 4, country=False) == "catalogue"


def test_recogniser_drops_names_and_keeps_places(gaz: Gazetteer) -> None:
    text = (
        "Hamas fighters clashed near Gaza. The German frigate Hamburg sailed from Aden. "
        "The Hamburg later returned. Operation Prosperity Guardian escorts ships in the Red Sea."
    )
    surfaces = [t.surface for t in recognize(text, gazetteer=gaz) if t.kind == "place"]
    assert "Hamas" not in surfaces
    assert "Hamburg" not in surfaces
    assert "Prosperity" not in surfaces
    assert "Gaza" in surfaces
    assert "Aden" in surfaces
    assert "Red Sea" in surfaces


def test_organisation_runs_are_read_stretch_by_stretch_as_over_the_whole_text() -> None:
    from geo.recognize import names

    text = (
        "Gunmen attacked a post of the Border Guard Force near the river.\n"
        "Officials of the Ministry of Interior said on Monday that Iraqi Security Forces\r\n"
        "had left. The 1st Infantry Division arrived; xForces Smith spoke.\n\nNo head here At All\n"
        "A spokesman, “the Coast Guard Command”, met (Ministry of Defence) staff, Army Corps O’Neil & Sons "
        "and the Navy-League Office of the Police."
    )
    heads = names._patterns()[4]
    expected = [m.span() for m in names._RUN.finditer(text) if not heads.isdisjoint(m.group(0).split())]
    found = [m.span() for m in names._runs(text) if not heads.isdisjoint(m.group(0).split())]
    assert found == expected
    assert len(found) >= 4
    assert not list(names._runs("No Head Noun In These Capitalised Words"))
