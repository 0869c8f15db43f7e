"""Catalogue names as written in news text (sentences written here)."""

from __future__ import annotations

from geo.events.actors import find_catalogue
from geo.model.catalog import ACTORS


def test_a_catalogue_name_matches_with_a_typographic_apostrophe() -> None:
    found = find_catalogue("Two fighters of the Kurdistan Workers’ Party died.", ACTORS)
    assert [m.name for m in found] == ["Kurdistan Workers' Party"]
    plain = find_catalogue("Two fighters of the Kurdistan Workers' Party died.", ACTORS)
    assert [m.name for m in plain] == ["Kurdistan Workers' Party"]
    accent = find_catalogue("Two fighters of the Kurdistan Workers´ Party died.", ACTORS)
    assert [m.name for m in accent] == ["Kurdistan Workers' Party"]
