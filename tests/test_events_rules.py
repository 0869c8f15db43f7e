"""Event rules against false events and wrong types, on example sentences we wrote (no gazetteer needed):
a region that only locates a finer place, places of a motive, the object of a decision, the subject of a
title, withdrawals told with "left"."""

from __future__ import annotations

from geo.events import tag_events
from geo.gazetteer.index import Candidate
from geo.model.spans import Resolved, Toponym
from tests.events_support import taggers

# name -> (id, class, country)
PLACES: dict[str, tuple[str, str, str | None]] = {
    "Camp Taji": ("test:camp-taji", "military_base", "IQ"),
    "Kirkuk": ("test:kirkuk", "city", "IQ"),
    "Kirkuk province": ("test:kirkuk-province", "admin_region", "IQ"),
    "Nineveh province": ("test:nineveh-province", "admin_region", "IQ"),
    "Mosul": ("test:mosul", "city", "IQ"),
    "Tikrit": ("test:tikrit", "city", "IQ"),
    "Salahuddin": ("test:salahuddin", "admin_region", "IQ"),
    "Iraq": ("iso:IQ", "country", "IQ"),
    "Baghdad": ("test:baghdad", "city", "IQ"),
    "Amman": ("test:amman", "city", "JO"),
    "Ankara": ("test:ankara", "city", "TR"),
    "Gaza": ("test:gaza", "city", "PS"),
    "Turkey": ("iso:TR", "country", "TR"),
    "Russia": ("iso:RU", "country", "RU"),
    "Red Sea": ("test:red-sea", "water_body", None),
    "Africa": ("test:africa", "region", None),
    "Kurdistan": ("test:kurdistan", "region", "IQ"),
    "Somalia": ("iso:SO", "country", "SO"),
    "US": ("iso:US", "country", "US"),
    "Mali": ("iso:ML", "country", "ML"),
    "West Africa": ("test:west-africa", "region", None),
}


tags, _ = taggers(PLACES)


def kinds(text: str, *names: str) -> dict[str, set[str]]:
    """Event types (``mention`` included) of each place."""
    out: dict[str, set[str]] = {}
    for tag in tags(text, *names):
        out.setdefault(tag.place.candidate.name, set()).add(tag.event_type)
    return out


def test_a_region_that_locates_a_finer_place_takes_no_event_of_its_own() -> None:
    text = "Three rockets hit Camp Taji in Kirkuk province on Monday."
    assert kinds(text, "Camp Taji", "Kirkuk province") == {
        "Camp Taji": {"rocket_attack"},
        "Kirkuk province": {"mention"},
    }
    text = "Gunmen attacked a checkpoint near Tikrit, the capital of Salahuddin, on Monday."
    assert kinds(text, "Tikrit", "Salahuddin")["Salahuddin"] == {"mention"}


def test_regions_listed_side_by_side_keep_their_events() -> None:
    text = "Militants attacked villages in Kirkuk province and Nineveh province on Monday."
    assert kinds(text, "Kirkuk province", "Nineveh province") == {
        "Kirkuk province": {"attack"},
        "Nineveh province": {"attack"},
    }
    text = "Drones attacked bases in Mosul, Kirkuk province, and Nineveh province on Monday."
    found = kinds(text, "Mosul", "Kirkuk province", "Nineveh province")
    assert found["Kirkuk province"] == {"attack"}
    assert found["Nineveh province"] == {"attack"}


def test_a_list_goes_on_past_the_region_that_locates_an_item() -> None:
    text = "Drones attacked bases in Mosul, the Tikrit district in the Salahuddin province and Kirkuk."
    found = kinds(text, "Mosul", "Tikrit", "Salahuddin", "Kirkuk")
    assert found["Tikrit"] == {"attack"}
    assert found["Salahuddin"] == {"mention"}
    text = "Drones attacked a base in Mosul, Tikrit in the Salahuddin province said on Monday."
    assert kinds(text, "Mosul", "Tikrit", "Salahuddin")["Tikrit"] == {"mention"}


def test_a_semicolon_and_continues_a_list_whose_items_hold_commas() -> None:
    text = "The mission trained troops at two sites: Camp Taji, north of Baghdad; and Kirkuk, in the north."
    found = kinds(text, "Camp Taji", "Baghdad", "Kirkuk")
    assert found["Kirkuk"] == found["Camp Taji"] != {"mention"}
    text = "The mission trained troops at Camp Taji; Kirkuk said on Monday it was pleased."
    assert kinds(text, "Camp Taji", "Kirkuk")["Kirkuk"] == {"mention"}


def test_a_military_campaign_is_an_attack() -> None:
    text = "Russia has waged a military campaign in Turkey since 2015, officials said."
    assert kinds(text, "Russia", "Turkey")["Turkey"] == {"attack"}


def test_a_place_of_an_earlier_phrase_is_no_site_of_a_cue_with_its_own_place() -> None:
    text = "Tensions rose over Russia’s conduct in Turkey and its air campaign in Iraq since 2015."
    found = kinds(text, "Russia", "Turkey", "Iraq")
    assert found["Iraq"] == {"strike"}
    assert found["Turkey"] == {"mention"}
    text = "Militants attacked a convoy in Mosul and the army in Kirkuk on Monday."
    assert kinds(text, "Mosul", "Kirkuk")["Mosul"] == {"attack"}


def test_a_direct_hit_is_an_attack() -> None:
    text = "In Kirkuk, a direct hit by a shell set a warehouse on fire on Monday."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"attack"}}


def test_a_withdrawal_asked_for_is_the_political_act_of_asking() -> None:
    text = "The government in Baghdad called on the coalition to withdraw its troops on Sunday."
    assert kinds(text, "Baghdad") == {"Baghdad": {"political"}}
    text = "Officials in Baghdad delivered a request for the withdrawal of foreign troops on Sunday."
    assert kinds(text, "Baghdad") == {"Baghdad": {"political"}}


def test_a_participle_right_after_an_agreement_tells_what_it_says() -> None:
    # "an accord protecting its soldiers": what the accord provides, no deployment at Iraq
    text = (
        "From 2005 to 2010 the alliance ran a training mission in Iraq, but ended it when an accord "
        "protecting its soldiers from prosecution expired."
    )
    assert kinds(text, "Iraq")["Iraq"] == {"training"}
    text = "Soldiers protecting the embassy in Baghdad were sent on Sunday."
    assert "deployment" in kinds(text, "Baghdad")["Baghdad"]


def test_a_withdrawal_that_happened_stays_a_withdrawal() -> None:
    text = "The coalition withdrew its troops from Camp Taji on Sunday, as Baghdad had requested."
    assert kinds(text, "Camp Taji", "Baghdad")["Camp Taji"] == {"withdrawal"}


def test_the_place_of_a_motive_is_no_event_place() -> None:
    text = "Hundreds of demonstrators marched in Amman on Friday to protest the war in Gaza."
    assert kinds(text, "Amman", "Gaza") == {"Amman": {"protest"}, "Gaza": {"mention"}}
    text = "Militants attacked a convoy near Mosul on Friday in solidarity with fighters in Kirkuk."
    assert kinds(text, "Mosul", "Kirkuk") == {"Mosul": {"attack"}, "Kirkuk": {"mention"}}


def test_the_place_of_an_alternative_set_aside_is_no_event_place() -> None:
    text = "The frigate was sent to Mosul on Friday instead of joining the other ships in the Red Sea."
    assert kinds(text, "Mosul", "Red Sea") == {"Mosul": {"deployment"}, "Red Sea": {"mention"}}
    text = "The battalion moved to Kirkuk on Monday rather than to Mosul."
    assert kinds(text, "Kirkuk", "Mosul")["Mosul"] == {"mention"}


def test_the_country_under_an_embargo_is_no_event_place() -> None:
    text = "On Monday a frigate inspected a cargo ship in the Red Sea over the arms embargo on Iraq."
    assert kinds(text, "Red Sea", "Iraq")["Iraq"] == {"mention"}


def test_a_day_after_on_is_no_locative_for_the_name_after_it() -> None:
    text = "On Thursday the US conducted air strikes in two provinces, including Kirkuk province, and Mosul."
    found = kinds(text, "US", "Kirkuk province")
    assert found["US"] == {"mention"}
    assert found["Kirkuk province"] == {"strike"}


def test_the_place_an_attack_is_launched_from_is_no_site() -> None:
    text = "The drone attack on Monday originated from the outskirts of Tikrit, police said."
    assert kinds(text, "Tikrit")["Tikrit"] == {"mention"}
    text = "Rockets fired from Mosul hit Camp Taji on Monday."
    found = kinds(text, "Mosul", "Camp Taji")
    assert found["Mosul"] == {"mention"}
    assert found["Camp Taji"] == {"rocket_attack"}


def test_the_country_a_force_invaded_is_the_site_of_the_invasion() -> None:
    found = kinds("In 2003 the US invaded Iraq.", "US", "Iraq")
    assert found == {"US": {"mention"}, "Iraq": {"attack"}}


def test_a_place_with_a_cue_of_its_own_clause_keeps_it_beside_a_located_place() -> None:
    text = "When US troops arrived in Iraq in 2003, Camp Taji became their main base."
    assert "presence" in kinds(text, "Iraq", "Camp Taji")["Camp Taji"]


def test_the_country_that_hosts_troops_is_where_they_are() -> None:
    assert kinds("Turkey hosts about 2,000 US troops.", "Turkey", "US") == {
        "Turkey": {"presence"},
        "US": {"mention"},
    }


def test_what_happens_where_a_place_noun_is_no_event_of_the_places_before() -> None:
    text = "Troops arrived in Kirkuk on Monday, in the same area where convoys were attacked last year."
    assert kinds(text, "Kirkuk")["Kirkuk"] == {"deployment"}
    # a place inside the where clause still takes its events
    text = "Militants attacked a camp where soldiers are stationed in Kirkuk province."
    assert kinds(text, "Kirkuk province")["Kirkuk province"] != {"mention"}
    # the place noun is itself the place named: what happens there happens at it
    text = "Armed groups have long roamed Kirkuk province where three soldiers were killed on Friday."
    assert kinds(text, "Kirkuk province")["Kirkuk province"] == {"attack"}


def test_a_region_that_only_locates_an_unnamed_site_takes_no_event() -> None:
    text = "On Monday militants attacked a village located in Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"mention"}}
    text = "On Monday militants attacked a village in Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"attack"}}


def test_a_region_that_describes_a_country_is_no_site() -> None:
    text = "On Monday militants attacked a convoy in the Red Sea country."
    assert kinds(text, "Red Sea") == {"Red Sea": {"mention"}}
    text = "On Monday militants attacked a convoy in the Red Sea."
    assert kinds(text, "Red Sea") == {"Red Sea": {"attack"}}


def test_a_region_after_an_unknown_named_site_only_locates_it() -> None:
    text = "On Monday militants attacked a village in Hawija in Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"mention"}}
    text = "The attack in May in Kirkuk province killed three soldiers."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"attack"}}


def test_a_region_in_apposition_after_a_located_place_only_locates_too() -> None:
    text = "On Monday militants attacked a village located in the Hawija district, Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"mention"}}
    text = "On Monday militants attacked the Hawija district, Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"attack"}}


def test_a_region_after_a_named_camp_or_village_only_locates_it() -> None:
    text = "On Monday jets bombed the Zarqa camp in Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"mention"}}
    text = "On Monday jets bombed the US base in Kirkuk province."
    assert kinds(text, "Kirkuk province")["Kirkuk province"] != {"mention"}


def test_a_world_region_after_a_country_only_locates_it() -> None:
    text = "Last year the air force ended its mission in Mali, West Africa."
    assert kinds(text, "Mali", "West Africa") == {"Mali": {"withdrawal"}, "West Africa": {"mention"}}
    text = "The army has ended its deployments in Mali, West Africa, and Iraq."
    assert kinds(text, "Mali", "West Africa", "Iraq")["West Africa"] == {"withdrawal"}


def test_the_registry_or_destination_of_a_ship_is_no_site() -> None:
    text = "On Sunday a missile hit a cargo ship registered in Turkey near Mosul."
    assert kinds(text, "Turkey", "Mosul") == {"Turkey": {"mention"}, "Mosul": {"attack"}}
    text = "On Sunday a missile hit a cargo ship bound for Turkey near Mosul."
    assert kinds(text, "Turkey", "Mosul")["Turkey"] == {"mention"}
    text = "On Sunday a missile hit a cargo ship in Turkey."
    assert kinds(text, "Turkey") == {"Turkey": {"attack"}}


def test_who_is_asked_is_no_site_of_the_request() -> None:
    text = "Baghdad called on Ankara to withdraw its forces last July."
    assert kinds(text, "Baghdad", "Ankara")["Ankara"] == {"mention"}


def test_the_region_whose_capital_is_told_is_no_site() -> None:
    text = "On Monday militants attacked a convoy in the Salahuddin capital, Tikrit."
    assert kinds(text, "Salahuddin", "Tikrit")["Salahuddin"] == {"mention"}
    text = "On Monday militants attacked a convoy in Salahuddin."
    assert kinds(text, "Salahuddin") == {"Salahuddin": {"attack"}}


def test_a_place_in_a_hyphenated_compound_is_no_site() -> None:
    text = "On Monday Mosul-based militants attacked a convoy."
    assert kinds(text, "Mosul") == {"Mosul": {"mention"}}


def test_a_region_owning_a_named_site_takes_no_event_of_its_own() -> None:
    text = "On Monday warplanes bombed the market in Kirkuk's Hawija district."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"mention"}}


def test_a_strike_that_an_attack_avenges_stays_an_event() -> None:
    text = "Militants attacked a convoy near Mosul on Friday in retaliation for an air strike on Kirkuk."
    assert kinds(text, "Mosul", "Kirkuk")["Kirkuk"] == {"strike"}


def test_countries_agreeing_on_a_place_are_the_actors_of_the_act_there() -> None:
    text = "In May, Turkey and Russia agreed to turn Kirkuk into a demilitarised zone."
    assert kinds(text, "Turkey", "Russia", "Kirkuk") == {
        "Turkey": {"mention"},
        "Russia": {"mention"},
        "Kirkuk": {"political"},
    }
    text = "In May, Turkey and Russia agreed on a ceasefire."
    assert kinds(text, "Turkey", "Russia") == {"Turkey": {"political"}, "Russia": {"political"}}


def test_cue_words_of_posture_and_fighting() -> None:
    assert kinds("The carrier strike group was ordered to the Red Sea on Monday.", "Red Sea") == {
        "Red Sea": {"deployment"}
    }
    assert kinds("Navy ships patrolled the Red Sea on Monday.", "Red Sea") == {"Red Sea": {"presence"}}
    assert kinds("Tanks took over areas near Mosul on Monday.", "Mosul") == {"Mosul": {"attack"}}
    assert kinds("A UN post near Tikrit has come under repeated fire this week.", "Tikrit") == {
        "Tikrit": {"attack"}
    }
    assert kinds("Soldiers opened fire on protesters in Baghdad on Monday.", "Baghdad")["Baghdad"] != {
        "deployment"
    }


def test_ending_a_deployment_is_a_withdrawal_and_opening_an_inquiry_is_none() -> None:
    text = "The army has ended its deployment in Kirkuk after ten years."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"withdrawal"}}
    text = "Police opened an investigation in Kirkuk on Monday."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"mention"}}


def test_a_place_that_modifies_a_title_is_no_site_of_a_decision() -> None:
    assert kinds("The Kirkuk governor welcomed the decision on Monday.", "Kirkuk") == {"Kirkuk": {"mention"}}
    text = "Officials met in Kirkuk and welcomed the government's decision on Monday."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"political"}}


def test_a_cue_inside_an_organisations_name_is_no_event() -> None:
    text = "A commander of the Islamic Revolutionary Guard Corps spoke in Baghdad on Monday."
    assert kinds(text, "Baghdad") == {"Baghdad": {"mention"}}
    text = "The Revolutionary Guards deployed fighters to Baghdad on Monday."
    assert kinds(text, "Baghdad") == {"Baghdad": {"deployment"}}


def test_a_clause_whose_only_place_is_an_actor_tells_an_event_of_the_site_before() -> None:
    text = "Twenty years after the first troops arrived at Camp Taji, the last US soldiers left on Friday."
    found = {(t.place.candidate.name, t.event_type, t.date) for t in tags(text, "Camp Taji", "US")}
    assert ("Camp Taji", "withdrawal", "2021-03-12") in found
    assert ("US", "withdrawal", "2021-03-12") not in found


def test_taking_a_town_is_an_attack_and_bolstering_forces_a_deployment() -> None:
    assert kinds("In June, militants took Mosul after a short battle.", "Mosul") == {"Mosul": {"attack"}}
    text = "The army bolstered the number of troops in Kirkuk last month."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"deployment"}}
    text = "The army bolstered its role in Kirkuk last month."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"mention"}}


def test_a_where_clause_after_a_site_and_its_region_is_told_of_the_site() -> None:
    text = "A drone exploded near Camp Taji in Salahuddin on Monday, where coalition forces are stationed."
    found = {(t.place.candidate.name, t.event_type) for t in tags(text, "Camp Taji", "Salahuddin")}
    assert ("Camp Taji", "presence") in found
    assert ("Salahuddin", "presence") not in found


def test_the_invasion_of_a_country_happens_there() -> None:
    text = "The base was taken over by foreign forces after the 2003 invasion of Iraq."
    assert "attack" in kinds(text, "Iraq")["Iraq"]
    text = "The base was taken over by foreign forces after the 2003 elections in Iraq."
    assert "attack" not in kinds(text, "Iraq")["Iraq"]


def test_places_after_a_plural_place_noun_are_sites() -> None:
    text = "Drones were shot down near Mosul and over the provinces of Kirkuk province and Salahuddin."
    found = kinds(text, "Mosul", "Kirkuk province", "Salahuddin")
    assert found["Salahuddin"] != {"mention"}
    assert found["Kirkuk province"] != {"mention"}


def test_a_naval_inspection_is_presence_and_a_list_may_hold_an_adjective() -> None:
    text = "A merchant vessel was boarded and inspected in the Red Sea on Monday."
    assert kinds(text, "Red Sea") == {"Red Sea": {"presence"}}
    text = "The mission patrols near Mosul and the nearby Kirkuk since 2019, officials said."
    assert kinds(text, "Mosul", "Kirkuk") == {"Mosul": {"presence"}, "Kirkuk": {"presence"}}


def test_guard_the_noun_is_no_deployment_guard_the_verb_is() -> None:
    assert kinds("A former presidential guard spoke in Baghdad on Monday.", "Baghdad") == {
        "Baghdad": {"mention"}
    }
    assert kinds("Soldiers guarded the airport in Baghdad on Monday.", "Baghdad") == {
        "Baghdad": {"deployment"}
    }


def test_the_place_a_group_took_is_the_site_of_the_capture() -> None:
    text = "In June, militants took Mosul and parts of northern Iraq after the army withdrew."
    found = {(t.place.candidate.name, t.event_type) for t in tags(text, "Mosul", "Iraq")}
    assert ("Mosul", "attack") in found
    for verb in ("seized", "recaptured"):
        text = f"In June, militants {verb} Mosul."
        assert ("Mosul", "attack") in {(t.place.candidate.name, t.event_type) for t in tags(text, "Mosul")}
    text = "In June, militants captured the towns of Mosul and Baghdad."
    found = {(t.place.candidate.name, t.event_type) for t in tags(text, "Mosul", "Baghdad")}
    assert {("Mosul", "attack"), ("Baghdad", "attack")} <= found


def test_signing_an_agreement_and_declaring_victory_are_political_acts() -> None:
    text = "In 2018, officials signed a defence agreement in Baghdad."
    assert kinds(text, "Baghdad") == {"Baghdad": {"political"}}
    text = "The war ended when Baghdad declared victory in December 2017."
    assert kinds(text, "Baghdad") == {"Baghdad": {"political"}}


def test_the_agent_of_a_passive_is_no_site() -> None:
    text = "On Monday a convoy led by Turkey was attacked in Kirkuk province."
    assert kinds(text, "Turkey", "Kirkuk province")["Turkey"] == {"mention"}
    text = "On Monday a convoy was attacked near Turkey."
    assert kinds(text, "Turkey") == {"Turkey": {"attack"}}


def test_a_present_relative_clause_describes_its_antecedent_and_tells_no_event() -> None:
    text = "On Monday a reporter spoke to fighters who are deployed in Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"mention"}}
    text = "On Monday the army deployed fighters in Kirkuk province."
    assert kinds(text, "Kirkuk province")["Kirkuk province"] != {"mention"}


def test_deaths_told_beside_a_bare_verb_of_striking_take_its_type() -> None:
    text = (
        "A spokesman said the jets struck and eliminated a senior militant, "
        "adding he was killed in Kirkuk province on Monday."
    )
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"strike"}}


def test_what_a_chant_refers_to_is_no_site() -> None:
    text = "On Friday protesters chanted slogans in reference to Gaza."
    assert kinds(text, "Gaza") == {"Gaza": {"mention"}}
    text = "On Friday protesters chanted slogans in Gaza."
    assert kinds(text, "Gaza") == {"Gaza": {"protest"}}


def test_an_agent_noun_of_abduction_tells_no_abduction() -> None:
    text = "The students were released in Kirkuk after talks with their kidnappers."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"mention"}}
    text = "Gunmen kidnapped three workers in Kirkuk on Monday."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"abduction"}}


def test_an_unknown_name_placed_on_the_story_country_takes_no_event() -> None:
    def on_country(text: str, surface: str, matched: str) -> set[str]:
        start = text.index(surface)
        country = Candidate("iso:TR", "Turkey", "country", "TR", 0.0, 0.0, 0, 1.0, "exact", matched, "test")
        place = Resolved(Toponym(start, start + len(surface), surface, surface), country, 0.3)
        return {t.event_type for t in tag_events(text, [place], published="2021-03-15")}

    # a village the gazetteer lacks, placed on the country the story is about: no event there
    assert on_country("On Monday a drone struck a car in Kalkar, killing two.", "Kalkar", "Turkey") == {
        "mention"
    }
    # the country named by one of its names keeps its event
    assert on_country("On Monday a drone struck a car in Turkiye, killing two.", "Turkiye", "Turkiye") != {
        "mention"
    }


def test_the_place_whose_official_is_named_is_no_site() -> None:
    text = "On Monday the governor of Kirkuk province, Ali Hassan, called the targeting of convoys a crime."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"mention"}}
    text = "On Monday the governor said militants attacked convoys in Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"attack"}}


def test_the_places_of_a_describing_relative_clause_take_no_event() -> None:
    text = "On Monday the attack was blamed on militants who are deployed in Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"mention"}}
    text = "On Monday militants who attacked Kirkuk province fled."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"attack"}}


def test_a_demonstration_of_strength_is_no_protest() -> None:
    text = "On Monday the parade in Amman was a demonstration of military strength."
    assert kinds(text, "Amman")["Amman"] != {"protest"}
    text = "On Monday a demonstration in Amman drew thousands."
    assert kinds(text, "Amman") == {"Amman": {"protest"}}


def test_a_country_after_a_sea_off_it_only_locates_the_sea() -> None:
    text = "On Monday militants attacked a ship in the Red Sea off Turkey."
    assert kinds(text, "Red Sea", "Turkey") == {"Red Sea": {"attack"}, "Turkey": {"mention"}}
    text = "On Monday militants attacked a ship in the Red Sea and in Turkey."
    assert kinds(text, "Red Sea", "Turkey")["Turkey"] == {"attack"}


def test_a_headline_ending_in_a_name_makes_no_locative_of_the_next_line() -> None:
    text = "Militants attack ship off Turkey\nTurkey's rebel groups on Monday claimed an attack on a ship."
    second = text.index("Turkey's")
    found = [t for t in tags(text, "Turkey") if t.event_type != "mention"]
    assert found
    assert all((second, second + len("Turkey")) not in t.mentions for t in found)


def test_the_places_of_a_purpose_or_result_phrase_take_no_event() -> None:
    text = "On Monday 500 soldiers were trained, contributing to security in Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"mention"}}
    text = "On Monday 500 soldiers were trained in Kirkuk province."
    assert kinds(text, "Kirkuk province") == {"Kirkuk province": {"training"}}


def test_the_second_party_of_relations_between_states_is_no_site() -> None:
    text = "Relations between the government in Baghdad and Ankara have soured since the troops deployed."
    assert kinds(text, "Baghdad", "Ankara")["Ankara"] == {"mention"}


def test_a_name_after_an_ordinal_number_names_a_unit() -> None:
    text = "The French deployment, which includes units of the 126th Mosul Regiment, will reinforce the east."
    assert kinds(text, "Mosul") == {"Mosul": {"mention"}}


def test_a_withdrawal_told_again_over_a_few_days_is_the_dated_one() -> None:
    text = (
        "The last French soldiers left Mali on Friday, March 12.\n\nSince last Friday, all equipment has "
        "been repatriated, and the convoys organised as part of the withdrawal from Mali are complete."
    )
    found = [t for t in tags(text, "Mali", published="2021-03-15") if t.event_type == "withdrawal"]
    assert [t.date for t in found] == ["2021-03-12"]


def test_the_ability_to_strike_is_no_strike() -> None:
    text = "The militia still has the ability to strike deep inside Mosul."
    assert kinds(text, "Mosul") == {"Mosul": {"mention"}}
    text = "The militia in Mosul has the capacity to attack the capital."
    assert kinds(text, "Mosul") == {"Mosul": {"mention"}}
    text = "The militia attacked bases in Mosul on Monday."
    assert kinds(text, "Mosul") == {"Mosul": {"attack"}}


def test_a_place_in_the_possessive_takes_no_cue_of_another_clause() -> None:
    # "Mosul's most feared militia": whose militia, not where the air strikes hit
    text = "While US jets carried out the air strikes, Mosul's most feared militia kept its fighters."
    assert kinds(text, "US", "Mosul")["Mosul"] == {"mention"}
    text = "While US jets carried out the air strikes, the militia in Mosul kept its fighters."
    assert kinds(text, "US", "Mosul")["Mosul"] == {"strike"}


def test_a_wide_region_yields_to_a_finer_place_of_the_same_cue() -> None:
    text = "A naval force off Africa is tracking a trawler hijacked off Somalia on Monday."
    found = kinds(text, "Africa", "Somalia")
    assert found == {"Africa": {"mention"}, "Somalia": {"abduction"}}
    text = "Some 40 soldiers are stationed in Kurdistan and 10 in Baghdad."  # a region of one country
    assert kinds(text, "Kurdistan", "Baghdad")["Kurdistan"] == {"presence"}
    text = "A trawler was hijacked off Africa on Monday."
    assert kinds(text, "Africa") == {"Africa": {"abduction"}}


def test_seizing_bases_or_headquarters_is_territorial_control() -> None:
    text = "The rebels have seized three army brigade headquarters in Mosul since May."
    found = tags(text, "Mosul")
    assert [(t.event_type, t.sub_event_type) for t in found] == [("attack", "territorial_control")]


def test_taking_over_lands_is_territorial_control() -> None:
    text = "The militia had taken over farm lands near Tikrit in 2014."
    found = tags(text, "Tikrit")
    assert [(t.event_type, t.sub_event_type) for t in found] == [("attack", "territorial_control")]


def test_hit_by_a_drone_is_an_attack() -> None:
    assert kinds("A fuel convoy was hit by a drone near Mosul on Monday.", "Mosul") == {"Mosul": {"attack"}}
    assert kinds("Patrols near Mosul were targeted by two small drones.", "Mosul") == {"Mosul": {"attack"}}


def test_a_drone_boat_is_a_weapon_fired_from_afar() -> None:
    text = "A tanker in the Red Sea was rammed by an explosive drone boat on Sunday."
    found = tags(text, "Red Sea")
    assert [(t.event_type, t.sub_event_type) for t in found] == [("attack", "drone_boat")]


def test_the_head_noun_of_a_place_name_tells_no_event() -> None:
    # "the Kirkuk base" names the place, as "Base" in "Camp Taji Air Base" would
    text = "It is the third site the troops have left since March, after the Kirkuk base."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"mention"}}
    text = "US troops are at a base in Kirkuk."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"presence"}}
    text = "The Kirkuk base, which hosts US troops, was hit by rockets on Monday."
    assert kinds(text, "Kirkuk") == {"Kirkuk": {"presence", "rocket_attack"}}


def test_a_country_that_locates_the_headquarters_a_named_site_was_is_no_site() -> None:
    text = "Camp Taji, near the capital, was the coalition's headquarters in Iraq between 2004 and 2010."
    assert kinds(text, "Camp Taji", "Iraq")["Iraq"] == {"mention"}
    text = "The coalition's headquarters in Iraq was moved in 2011."
    assert kinds(text, "Iraq")["Iraq"] == {"presence"}


def test_a_pre_deployment_inspection_is_no_naval_inspection() -> None:
    text = "The carrier completed pre-deployment inspections and is now sailing in the Red Sea."
    assert all(t.sub_event_type != "inspection" for t in tags(text, "Red Sea"))
    text = "The frigate inspected a cargo ship in the Red Sea on Monday."
    assert [t.sub_event_type for t in tags(text, "Red Sea")] == ["inspection"]


def test_an_infinitive_cue_of_a_plan_is_no_event() -> None:
    text = "The command said it will keep working with partners to hand over security in Mosul to the army."
    assert kinds(text, "Mosul")["Mosul"] == {"mention"}
    text = "The command said it has begun working with partners to hand over Camp Taji to the army."
    assert kinds(text, "Camp Taji")["Camp Taji"] == {"withdrawal"}


def test_a_municipal_headquarters_is_no_military_presence() -> None:
    text = (
        "Soldiers on Monday pushed back a crowd of protesters, who had been told to stay away from the "
        "municipal headquarters in Kirkuk."
    )
    assert kinds(text, "Kirkuk")["Kirkuk"] == {"protest"}
    text = "Soldiers guarded the army headquarters in Kirkuk on Monday."
    assert kinds(text, "Kirkuk")["Kirkuk"] != {"mention"}


def test_a_place_of_the_times_that_bring_protests_about_is_no_protest_site() -> None:
    text = "The embassy in Amman has long drawn angry protests at times of unrest in Gaza."
    found = kinds(text, "Amman", "Gaza")
    assert found["Gaza"] == {"mention"}
    assert found["Amman"] == {"protest"}


def test_the_country_that_receives_a_request_is_no_site_of_it() -> None:
    text = "Turkey received on Monday from the Iraqi government a request to pull its troops out."
    assert kinds(text, "Turkey")["Turkey"] == {"mention"}
    text = "Turkey sent on Monday a request for the withdrawal of the troops."
    assert kinds(text, "Turkey")["Turkey"] == {"political"}


def test_attacks_a_decision_is_not_related_to_are_no_event() -> None:
    text = "The army said the pullout was not related to recent attacks on bases in Mosul."
    assert kinds(text, "Mosul")["Mosul"] == {"mention"}
    text = "The army said recent attacks on bases in Mosul had grown."
    assert kinds(text, "Mosul")["Mosul"] == {"attack"}


def test_fighting_a_war_is_an_attack() -> None:
    assert kinds("Turkey and the rebels fought a bloody war around Kirkuk in 1995.", "Kirkuk", "Turkey") == {
        "Kirkuk": {"attack"},
        "Turkey": {"mention"},
    }
