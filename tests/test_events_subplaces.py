"""Small places the gazetteer does not know, placed at the town of their sentence (geo.events.subplaces)."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Nineveh province": ("test:nineveh", "admin_region", "IQ"),
}

tags, events = taggers(PLACES)


def _near(text: str, *names: str) -> dict[str, tuple[str, str, str | None]]:
    return {
        t.name: (t.place.candidate.id, t.event_type, t.date)
        for t in tags(text, *names, published="2021-03-17")
        if t.place.candidate.id.startswith("near:")
    }


def test_villages_listed_with_a_struck_town_get_the_event_at_the_town() -> None:
    text = "Jets struck the town of Kirkuk and the villages of Umm Zarka and Tel Harbi on Monday."
    found = _near(text, "Kirkuk")
    assert found == {
        "Umm Zarka": ("near:geonames:94787:umm-zarka", "strike", "2021-03-15"),
        "Tel Harbi": ("near:geonames:94787:tel-harbi", "strike", "2021-03-15"),
    }
    assert ("Kirkuk", "strike", "2021-03-15") in events(text, "Kirkuk", published="2021-03-17")


def test_a_neighbourhood_in_the_town_gets_the_event() -> None:
    text = "On Monday, shells fell in the Al-Nour neighbourhood in Mosul, killing four."
    found = _near(text, "Mosul")
    place = "near:geonames:99072:al-nour-neighbourhood"
    assert found == {"Al-Nour neighbourhood": (place, "attack", "2021-03-15")}


def test_a_bare_list_of_names_or_people_gets_no_event() -> None:
    assert not _near("Militants attacked Kirkuk and Daquq on Monday.", "Kirkuk")
    assert not _near("Officers Omar Saleh and Ali Hamid were killed in Kirkuk on Monday.", "Kirkuk")


def test_a_list_a_plural_kind_of_site_locates_gets_the_event() -> None:
    # "bases in X and Y": each name is a base, placed at the town of the list
    found = _near("Militants attacked bases in Kirkuk and Daquq on Monday.", "Kirkuk")
    assert found == {"Daquq": ("near:geonames:94787:daquq", "attack", "2021-03-15")}
    assert not _near("Militants attacked Kirkuk and Daquq on Monday.", "Kirkuk")


def test_a_kind_of_area_is_no_name() -> None:
    assert not _near("Two shells landed in a mostly Alawite area in Kirkuk on Monday.", "Kirkuk")


def test_a_region_or_a_decision_lends_no_event() -> None:
    region = "Jets struck the villages of Umm Zarka and Tel Harbi in Nineveh province."
    assert not _near(region, "Nineveh province")
    vote = "Parliament in Kirkuk and the Al-Nour neighbourhood council voted on the deal."
    assert not _near(vote, "Kirkuk")


def test_an_organisation_or_a_person_is_no_small_place() -> None:
    assert not _near("Shells hit the Al-Nour Police camp in Kirkuk on Monday.", "Kirkuk")
    assert not _near("Jets struck Kirkuk and the villages of General Omar Saleh on Monday.", "Kirkuk")


def test_a_neighbourhood_of_the_town_or_on_its_outskirts_gets_the_event() -> None:
    of = _near("A warplane struck the Al-Nour neighbourhood of Mosul on Monday.", "Mosul")
    assert set(of) == {"Al-Nour neighbourhood"}
    outskirts = _near("Shells hit the Tel Zarka camp on the outskirts of Mosul on Monday.", "Mosul")
    assert set(outskirts) == {"Tel Zarka camp"}


def test_the_kind_before_the_town_heads_the_names_listed_after_it() -> None:
    text = "Gunmen attacked the villages of Kirkuk and Umm Zarka on Monday."
    assert _near(text, "Kirkuk") == {"Umm Zarka": ("near:geonames:94787:umm-zarka", "attack", "2021-03-15")}


def test_towns_listed_with_a_captured_town_get_the_event_at_it() -> None:
    text = "On Monday the rebels captured the towns of Umm Zarka, Kirkuk and Tel Harbi."
    assert set(_near(text, "Kirkuk")) == {"Umm Zarka", "Tel Harbi"}


def test_villages_of_a_later_sentence_take_the_event_of_the_scene_set_before() -> None:
    text = (
        "Gunmen attacked the town of Kirkuk on Monday. "
        "The gunmen also attacked the villages of Umm Zarka and Tel Harbi."
    )
    found = _near(text, "Kirkuk")
    assert found == {
        "Umm Zarka": ("near:geonames:94787:umm-zarka", "attack", "2021-03-15"),
        "Tel Harbi": ("near:geonames:94787:tel-harbi", "attack", "2021-03-15"),
    }


def test_the_scene_lends_no_event_of_another_type_nor_from_far_back() -> None:
    other = (
        "Gunmen attacked the town of Kirkuk on Monday. "
        "Aid convoys reached the villages of Umm Zarka and Tel Harbi."
    )
    assert not _near(other, "Kirkuk")
    far = (
        "Gunmen attacked the town of Kirkuk on Monday. Officials met. They talked. They left. "
        "Gunmen then attacked the villages of Umm Zarka and Tel Harbi."
    )
    assert not _near(far, "Kirkuk")
    unheaded = (
        "Gunmen attacked the town of Kirkuk on Monday. The gunmen also attacked Umm Zarka and Tel Harbi."
    )
    assert not _near(unheaded, "Kirkuk")


def test_a_list_told_on_another_day_takes_no_event_of_the_scene() -> None:
    text = (
        "Gunmen attacked the town of Kirkuk on Monday. "
        "On Saturday the gunmen attacked the villages of Umm Zarka and Tel Harbi."
    )
    assert not _near(text, "Kirkuk")


def test_a_site_hit_with_the_area_near_the_town_gets_the_event() -> None:
    text = "Jets struck the Umm Zarka warehouses and the area near Kirkuk on Monday."
    assert set(_near(text, "Kirkuk")) == {"Umm Zarka warehouses"}


def test_a_list_of_what_is_only_planned_takes_no_event_of_the_scene() -> None:
    text = (
        "Soldiers were deployed to the town of Kirkuk on Monday. "
        "The army said it would protect the villages of Umm Zarka and Tel Harbi."
    )
    assert not _near(text, "Kirkuk")


def test_a_list_of_camps_told_after_a_struck_town_gets_its_event() -> None:
    text = "Jets struck Kirkuk and militia camps in Bir Hassan and Tel Wardi on Monday."
    found = _near(text, "Kirkuk")
    assert found == {
        "Bir Hassan": ("near:geonames:94787:bir-hassan", "strike", "2021-03-15"),
        "Tel Wardi": ("near:geonames:94787:tel-wardi", "strike", "2021-03-15"),
    }


def test_a_list_of_camps_after_another_place_is_not_the_towns() -> None:
    text = "Jets struck Kirkuk and militia camps in Nineveh province, Bir Hassan and Tel Wardi on Monday."
    assert "Bir Hassan" not in _near(text, "Kirkuk", "Nineveh province")


def test_a_list_of_forward_operating_bases_gets_the_event() -> None:
    # "FOBs" (forward operating bases, a military abbreviation) locates its list as "bases" does
    found = _near("The FOBs in Daquq and Kirkuk were handed over on Monday.", "Kirkuk")
    assert set(found) == {"Daquq"}
