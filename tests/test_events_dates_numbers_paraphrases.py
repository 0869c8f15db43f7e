"""Dates and numbers of events told as wire news tells them (our own sentences on well-known places:
datelines, weekdays, "last week", "two days ago", calendar dates, tolls in words and digits, ranges,
wounded-only counts, troop counts), run through the whole parser; see docs/events.md, "Eleventh pass,
para28". Known failures are strict xfails with their cause, so that a fix shows up as an unexpected pass."""

from __future__ import annotations

from typing import Any

import pytest

from geo.events.filing import filed_day
from tests.events_support import events_at, fold

THURSDAY = "2024-03-14"

#: Expected fatalities or troops that must be absent (a count that is no toll or no force).
NONE = "none"


def _known(reason: str) -> Any:
    return pytest.mark.xfail(reason=reason, strict=True)


def _fold(text: str) -> str:
    return fold(text)


def _case(
    kind: str,
    text: str,
    place: str,
    date: str | tuple[str, str] | None = None,
    fatalities: int | str | None = None,
    troops: int | str | None = None,
    *,
    published: str = THURSDAY,
    known: str | None = None,
) -> Any:
    marks = [_known(known)] if known else []
    name = "_".join(word.strip(",.-()'") for word in text.split()[:7])
    return pytest.param(published, kind, text, place, date, fatalities, troops, marks=marks, id=name)


# (published, event type, sentence, place as written, date, fatalities, troops). A date is the EDTF
# string expected, or (first, last): the event's interval must lie within these days and be no wider
# than that span (a vague time: "last week", "earlier this month"). NONE: the number must be absent.
CASES = [
    # -- weekdays and parts of days, with and without datelines
    _case(
        "attack",
        "BAGHDAD (Reuters) - A roadside bomb killed three Iraqi soldiers near Kirkuk on "
        "Tuesday, police said.",
        "Kirkuk",
        "2024-03-12",
        3,
    ),
    _case(
        "attack",
        "MOGADISHU (AP) - At least 12 people were killed when al-Shabaab gunmen stormed a hotel in Mogadishu "
        "late on Sunday.",
        "Mogadishu",
        "2024-03-10",
        12,
    ),
    _case(
        "attack",
        "KABUL, March 12 (Reuters) - A suicide bomber killed 6 people outside a bank in Kandahar on Monday.",
        "Kandahar",
        "2024-03-11",
        6,
    ),
    _case(
        "attack",
        "NIAMEY (AFP) - Jihadists killed 23 soldiers in an attack near Tillaberi on Saturday, the army said "
        "on Monday.",
        "Tillaberi",
        "2024-03-09",
        23,
    ),
    _case(
        "attack",
        "Militants ambushed a patrol near Gao on Monday, killing three soldiers and wounding five.",
        "Gao",
        "2024-03-11",
        3,
    ),
    _case(
        "attack",
        "Rebels shelled Goma early on Monday, killing five civilians, a local official said.",
        "Goma",
        "2024-03-11",
        5,
    ),
    _case(
        "strike", "Israeli jets struck targets near Damascus on Wednesday night.", "Damascus", "2024-03-13"
    ),
    _case(
        "attack",
        "A car bomb exploded at a checkpoint in Mogadishu on Thursday morning, killing 8 people.",
        "Mogadishu",
        "2024-03-14",
        8,
    ),
    _case(
        "strike",
        "Russian missiles struck Kyiv in the early hours of Tuesday, killing two people.",
        "Kyiv",
        "2024-03-12",
        2,
    ),
    _case(
        "attack",
        "Militants attacked a police station in Quetta last Friday, killing six officers.",
        "Quetta",
        "2024-03-08",
        6,
    ),
    _case(
        "strike",
        "Earlier on Thursday, a drone strike hit a car in Sanaa, killing two.",
        "Sanaa",
        "2024-03-14",
        2,
    ),
    _case(
        "protest",
        "Thousands of protesters gathered outside the parliament in Baghdad on Friday.",
        "Baghdad",
        "2024-03-08",
    ),
    _case(
        "strike",
        "Israeli strikes on Rafah on Tuesday and Wednesday killed 31 people, medics said.",
        "Rafah",
        ("2024-03-12", "2024-03-13"),
        31,
    ),
    _case(
        "strike",
        "Russian drones hit Odesa overnight, wounding five people, the regional governor said on Wednesday.",
        "Odesa",
        ("2024-03-12", "2024-03-13"),
        NONE,
    ),
    _case(
        "strike",
        "KYIV, March 10 (Reuters) - Russian shelling killed four people in Kherson on Saturday.",
        "Kherson",
        "2024-03-09",
        4,
    ),
    # a dateline's day is the story's day when the article was published later (or crawled later)
    _case(
        "attack",
        "MOGADISHU, March 9 (Reuters) - Al-Shabaab fighters attacked an army base near Kismayo on Thursday, "
        "killing 11 soldiers.",
        "Kismayo",
        "2024-03-07",
        11,
    ),
    _case(
        "strike",
        "KYIV, March 12 (AFP) - Russian drones struck Odesa overnight, killing three people.",
        "Odesa",
        "2024-03-11/2024-03-12",
        3,
    ),
    _case(
        "attack",
        "BAGHDAD, Dec. 31 (AP) - A roadside bomb killed two soldiers near Kirkuk yesterday.",
        "Kirkuk",
        "2023-12-30",
        2,
        published="2024-01-02",
    ),
    _case(
        "attack",
        "Yesterday's shelling of Kharkiv killed two people and wounded 14, the mayor said.",
        "Kharkiv",
        "2024-03-13",
        2,
    ),
    # -- calendar dates
    _case(
        "strike",
        "An Israeli air strike on a house in Gaza killed 9 people on March 3, health officials said.",
        "Gaza",
        "2024-03-03",
        9,
    ),
    _case(
        "attack",
        "Insurgents attacked a checkpoint in Mosul on 5 March, killing two soldiers.",
        "Mosul",
        "2024-03-05",
        2,
    ),
    _case("strike", "A drone strike hit a house in Aleppo on March 7th.", "Aleppo", "2024-03-07"),
    _case(
        "attack",
        "An attack on a village near Maiduguri on 3 March killed 11 people.",
        "Maiduguri",
        "2024-03-03",
        11,
    ),
    _case(
        "attack",  # mortars are shelling (ACLED), not rockets (types33)
        "A mortar attack on a market in Aleppo on Feb. 29 killed 11 people.",
        "Aleppo",
        "2024-02-29",
        11,
    ),
    _case(
        "strike",
        "A drone attack killed three U.S. soldiers at a base in Jordan on Jan. 28.",
        "Jordan",
        "2024-01-28",
        3,
    ),
    _case(
        "attack",
        "Gunmen killed 15 worshippers at a mosque near Niamey on Sunday, Feb. 25.",
        "Niamey",
        "2024-02-25",
        15,
    ),
    _case(
        "attack",
        "Suspected militants ambushed a police patrol in Peshawar on the night of March "
        "9, killing five officers.",
        "Peshawar",
        "2024-03-09",
        5,
    ),
    _case(
        "rocket_attack",
        "Insurgents fired rockets at Kandahar airfield on the morning of March 1.",
        "Kandahar",
        "2024-03-01",
    ),
    _case(
        "attack",
        "A suicide bomber killed 13 U.S. service members at Kabul airport on Aug. 26, 2021.",
        "Kabul",
        "2021-08-26",
        13,
    ),
    _case(
        "attack",
        "Gunmen attacked a church in Maiduguri on Dec. 30, killing 4 worshippers.",
        "Maiduguri",
        "2022-12-30",
        4,
        published="2023-01-02",
    ),
    _case(
        "strike",
        "A Russian missile strike on Kharkiv on Sunday killed 3 people.",
        "Kharkiv",
        "2023-12-31",
        3,
        published="2024-01-03",
    ),
    _case(
        "strike",
        "Israeli jets struck Beirut on March 3 and 4, killing 6 people.",
        "Beirut",
        "2024-03-03/2024-03-04",
        6,
    ),
    _case(
        "attack",
        "Fighting raged in Khartoum between March 3 and 5, killing 40 people.",
        "Khartoum",
        "2024-03-03/2024-03-05",
        40,
    ),
    _case(
        "strike",
        "US aircraft struck Houthi sites near Hodeidah on Jan. 12 and again on Jan. 22.",
        "Hodeidah",
        "2024-01-12",
    ),
    _case(
        "strike",
        "An air strike on Rafah on the night of March 9 to 10 killed 11 people.",
        "Rafah",
        "2024-03-09/2024-03-10",
        11,
    ),
    _case(
        "attack",
        "The March 3 attack on a hotel in Mogadishu killed 12 people.",
        "Mogadishu",
        "2024-03-03",
        12,
    ),
    _case(
        "attack",
        "An attack in Kabul on Thursday, March 7, killed 5 people.",
        "Kabul",
        "2024-03-07",
        5,
    ),
    _case(
        "attack",
        "Rebels attacked an army post near Kidal on Jan. 3, killing 4 soldiers.",
        "Kidal",
        "2024-01-03",
        4,
        published="2024-01-02",
    ),
    # -- vague and relative times
    _case(
        "abduction",
        "Gunmen kidnapped 20 students in Maiduguri two days ago, local officials said.",
        "Maiduguri",
        "2024-03-12",
    ),
    _case(
        "attack",
        "Islamic State militants attacked an army post near Mosul last week, killing four soldiers.",
        "Mosul",
        ("2024-03-04", "2024-03-10"),
        4,
    ),
    _case(
        "rocket_attack",
        "Rockets hit the US embassy compound in Baghdad earlier this month, causing no casualties.",
        "Baghdad",
        ("2024-03-01", "2024-03-14"),
        NONE,
    ),
    _case("strike", "Russian drones attacked Odesa from Friday to Sunday.", "Odesa", "2024-03-08/2024-03-10"),
    _case(
        "abduction",
        "Gunmen attacked a village near Maiduguri on Monday. Two days later, they "
        "abducted 20 students in Kaduna.",
        "Kaduna",
        "2024-03-13",
    ),
    _case(
        "attack",
        "Militants attacked a base near Gao on Tuesday. The following day, a convoy was ambushed near Kidal.",
        "Kidal",
        "2024-03-13",
    ),
    _case(
        "rocket_attack",
        "Rockets hit Erbil at the weekend, the Kurdish government said.",
        "Erbil",
        "2024-03-09/2024-03-10",
    ),
    _case(
        "strike",
        "The United States struck Houthi targets in Yemen this week.",
        "Yemen",
        ("2024-03-11", "2024-03-14"),
    ),
    _case(
        "attack",
        "In 2019, a truck bomb at a busy junction in Mogadishu killed 85 people.",
        "Mogadishu",
        "2019",
        85,
    ),
    _case(
        "strike",
        "Turkish drones have struck Kurdish positions near Qamishli since January.",
        "Qamishli",
        ("2024-01-01", "2024-03-14"),
    ),
    _case(
        "attack",
        "More than 100 people were killed in clashes in Khartoum last month.",
        "Khartoum",
        "2024-02",
        100,
    ),
    _case(
        "abduction",
        "Three weeks ago, gunmen abducted 60 villagers near Maiduguri.",
        "Maiduguri",
        ("2024-02-19", "2024-02-25"),
    ),
    _case(
        "attack",
        "A roadside bomb hit a UN convoy near Gao a week ago.",
        "Gao",
        ("2024-03-04", "2024-03-10"),
    ),
    _case(
        "attack",
        "A suicide bombing at a mosque in Peshawar killed more than 100 people last year.",
        "Peshawar",
        "2023",
        100,
    ),
    _case(
        "attack",
        "Fighting in Khartoum in mid-February killed 30 civilians, a doctors' union said.",
        "Khartoum",
        ("2024-02-01", "2024-02-29"),
        30,
    ),
    _case("abduction", "Militants kidnapped two Italian nuns in Mali in January.", "Mali", "2024-01"),
    _case(
        "deployment", "Turkish troops were deployed to northern Syria in October 2019.", "Syria", "2019-10"
    ),
    # -- tolls
    _case(
        "attack",
        "Fighting in Khartoum on Saturday left 7 dead, according to medics.",
        "Khartoum",
        "2024-03-09",
        7,
    ),
    _case(
        "strike",
        "A death toll of 40 was reported after an air strike on a market in Sanaa on Sunday.",
        "Sanaa",
        "2024-03-10",
        40,
    ),
    _case(
        "attack",
        "Dozens were wounded when a car bomb exploded in Mogadishu on Saturday.",
        "Mogadishu",
        "2024-03-09",
        NONE,
    ),
    _case(
        "rocket_attack",
        "Two U.S. service members were injured in a rocket attack on a base in Erbil on "
        "Tuesday, the Pentagon said.",
        "Erbil",
        "2024-03-12",
        NONE,
    ),
    _case(
        "attack",
        "A suicide bomber killed twenty-two people in Quetta, including 4 policemen.",
        "Quetta",
        None,
        22,
    ),
    _case(
        "attack",
        "Gunmen killed at least thirty-five villagers in a raid near Maiduguri.",
        "Maiduguri",
        None,
        35,
    ),
    _case("attack", "The blast in Kabul killed one and injured 20.", "Kabul", None, 1),
    _case(
        "strike",
        "The toll from Tuesday's air strike on Aleppo rose to 17, a war monitor said.",
        "Aleppo",
        "2024-03-12",
        17,
    ),
    _case(
        "strike",
        "The death toll from an Israeli air strike on a school in Gaza on Tuesday has "
        "risen to 23, officials said.",
        "Gaza",
        "2024-03-12",
        23,
    ),
    _case(
        "strike",
        "Nine people died and 30 were hurt when a Russian missile hit an apartment block in Kharkiv.",
        "Kharkiv",
        None,
        9,
    ),
    _case(
        "attack",
        "Fourteen soldiers lost their lives in an attack on a base near Niamey.",
        "Niamey",
        None,
        14,
    ),
    _case(
        "attack",
        "Gunmen stormed a village near Tillaberi, killing between 10 and 15 civilians.",
        "Tillaberi",
        None,
        10,
    ),
    _case(
        "attack",
        "Seventeen people were killed in a car bombing in Mogadishu on Saturday.",
        "Mogadishu",
        "2024-03-09",
        17,
    ),
    _case("attack", "A dozen soldiers were killed in an ambush near Gao.", "Gao", None, 12),
    _case(
        "attack",
        "Two of the five soldiers in the convoy were killed when it hit a mine near Kidal on Monday.",
        "Kidal",
        "2024-03-11",
        2,
    ),
    _case(
        "attack",
        "Gunmen massacred 30 villagers near Maiduguri on Sunday.",
        "Maiduguri",
        "2024-03-10",
        30,
    ),
    _case(
        "attack",
        "A roadside bomb killed 4 Iraqi and 2 U.S. soldiers near Kirkuk on Sunday.",
        "Kirkuk",
        "2024-03-10",
        6,
    ),
    _case(
        "attack",
        "A suicide bomber killed a police officer and two civilians in Peshawar on Friday.",
        "Peshawar",
        "2024-03-08",
        3,
    ),
    _case("attack", "More than a dozen soldiers were killed in an ambush near Kidal.", "Kidal", None, 12),
    _case("attack", "Gunmen kill 12 in Maiduguri raid", "Maiduguri", None, 12),
    _case(
        "attack",
        "Five Malian soldiers and 12 militants were killed in clashes near Gao on Monday.",
        "Gao",
        "2024-03-11",
        17,
    ),
    _case(
        "attack",
        "Rebels killed three people in Goma, an army officer said on Tuesday.",
        "Goma",
        None,
        3,
    ),
    _case(
        "attack",
        "Hundreds of people have been killed in fighting around Khartoum.",
        "Khartoum",
        None,
        NONE,
    ),
    _case(
        "attack",
        "The attack on a market in Maiduguri left at least 27 people dead and 50 wounded.",
        "Maiduguri",
        None,
        27,
    ),
    _case("attack", "A sniper killed a soldier in Kherson on Monday.", "Kherson", "2024-03-11", 1),
    _case(
        "attack",
        "Two civilians were killed and three others wounded when shells hit Donetsk, officials said.",
        "Donetsk",
        None,
        2,
    ),
    # -- troop counts
    _case("presence", "Some 2,500 US troops are stationed in Iraq.", "Iraq", None, None, 2500),
    _case("presence", "The United States has about 900 soldiers in Syria.", "Syria", None, None, 900),
    _case(
        "deployment",
        "Ireland sent a contingent of 150 peacekeepers to Lebanon on Monday.",
        "Lebanon",
        "2024-03-11",
        None,
        150,
    ),
    _case(
        "deployment", "Germany will send 4,800 troops to Lithuania by 2027.", "Lithuania", None, None, 4800
    ),
    _case(
        "deployment",
        "Britain deployed two thousand soldiers to Estonia last month.",
        "Estonia",
        "2024-02",
        None,
        2000,
    ),
    _case(
        "withdrawal",
        "France withdrew its last 1,500 troops from Niger in December.",
        "Niger",
        "2023-12",
        None,
        1500,
    ),
    _case(
        "presence",
        "Nearly 3,000 Kenyan soldiers are serving in Somalia with the African Union mission.",
        "Somalia",
        None,
        None,
        3000,
    ),
    _case(
        "deployment",
        "A 300-strong British contingent arrived in Kosovo on Sunday.",
        "Kosovo",
        "2024-03-10",
        None,
        300,
    ),
    _case("withdrawal", "Fifty Dutch troops left Erbil on Friday.", "Erbil", "2024-03-08", None, 50),
    _case("presence", "Roughly 700 Italian soldiers are stationed in Lebanon.", "Lebanon", None, None, 700),
    _case(
        "deployment",
        "Some 200 US Marines arrived in Beirut on Tuesday to protect the embassy.",
        "Beirut",
        "2024-03-12",
        None,
        200,
    ),
    _case("presence", "Nine hundred French soldiers remain in Chad.", "Chad", None, None, 900),
    _case(
        "deployment",
        "Three to four thousand Russian troops were sent to Belarus last month.",
        "Belarus",
        "2024-02",
        None,
        3000,
    ),
    _case("presence", "Some 1.200 Italian soldiers are stationed in Lebanon.", "Lebanon", None, None, 1200),
    _case("presence", "A 12,000-strong UN force is deployed in Mali.", "Mali", None, None, 12000),
    _case(
        "deployment",
        "One hundred and twenty soldiers were deployed to Erbil on Monday.",
        "Erbil",
        "2024-03-11",
        None,
        120,
    ),
    _case(
        "deployment",
        "Between 200 and 300 Turkish soldiers were sent to Tripoli last year.",
        "Tripoli",
        "2023",
        None,
        200,
    ),
    _case("presence", "A 1,000-strong French battalion is based in Romania.", "Romania", None, None, 1000),
    _case(
        "deployment",
        "Hundreds of troops were sent to Kirkuk on Wednesday to secure the city.",
        "Kirkuk",
        "2024-03-13",
        None,
        NONE,
    ),
    _case(
        "deployment",
        "The Pentagon sent 1,500 more troops to Poland last week.",
        "Poland",
        ("2024-03-04", "2024-03-10"),
        None,
        1500,
    ),
    _case(
        "presence",
        "About 2,000 American soldiers remain in Iraq, a spokesman said in 2023.",
        "Iraq",
        None,
        None,
        2000,
    ),
]


def _check(expected: int | str | None, found: int | None) -> None:
    if expected == NONE:
        assert found is None
    elif expected is not None:
        assert found == expected


@pytest.mark.parametrize(("published", "kind", "text", "place", "date", "fatalities", "troops"), CASES)
def test_the_date_and_numbers_of_an_event_in_wire_news_words(
    parser: Any,
    published: str,
    kind: str,
    text: str,
    place: str,
    date: str | tuple[str, str] | None,
    fatalities: int | str | None,
    troops: int | str | None,
) -> None:
    found = events_at(parser, text, published=published, kind=kind, place=place)
    event = found[0]
    if isinstance(date, tuple):
        first, last = date
        assert event.date_start is not None, event.date
        assert event.date_end is not None, event.date
        assert first <= str(event.date_start) <= str(event.date_end) <= last, event.date
    elif date is not None:
        assert str(event.date) == date
    _check(fatalities, event.fatalities)
    _check(troops, event.troops)


FILED = [
    ("GAO, March 3 (Reuters) - Troops arrived.", "2024-03-14", "2024-03-03"),
    ("Headline\n\nNIAMEY, Dec. 22 (Agency) -- Troops left.", "2023-12-23", "2023-12-22"),
    ("JUBA, 29 May 2023 - The mission said.", "2023-05-29", "2023-05-29"),
    ("KABUL, Dec. 31 (Reuters) - Troops left.", "2024-01-02", "2023-12-31"),
    ("BAGHDAD (Reuters) - Rockets hit.", "2024-03-14", None),  # no date in the dateline
    ("GAO, March 3 (Reuters) - Troops arrived.", "2024-09-14", None),  # too long before publication
    ("GAO, Feb. 30 (Reuters) - Troops arrived.", "2024-03-14", None),  # no such day
    ("Smith said on March 3 - the day troops arrived.", "2024-03-14", None),  # no dateline
]


@pytest.mark.parametrize(("text", "published", "day"), FILED)
def test_the_day_a_story_was_filed_is_its_datelines(text: str, published: str, day: str | None) -> None:
    assert filed_day(text, published) == day
