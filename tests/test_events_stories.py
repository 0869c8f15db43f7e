"""Whole short news stories (our own wording, several sentences each: a headline line, a dateline in
some, the toll in the sentence after the event, "the town" or "the base" for a place named before, a
second attack at one place on another day, a background paragraph with an older dated event, a quote,
a closing "Read more" line or a photo caption), run through the whole parser; see docs/events.md,
"Twelfth pass, stories29". Each story lists the events it tells (place, accepted types, date, toll or
troops where stated) and no other place may get an event. Known failures are strict xfails naming their
cause, so that a fix shows up as an unexpected pass."""

from __future__ import annotations

from typing import Any

import pytest

from geo.model.article import Article
from tests.events_support import fold

#: (place as written, accepted event types, date or None, fatalities or None, troops or None)
Expected = tuple[str, tuple[str, ...], str | None, int | None, int | None]


def _known(reason: str) -> Any:
    return pytest.mark.xfail(reason=reason, strict=True)


ATTACK = ("attack",)
STRIKE = ("strike",)
VIOLENT = ("attack", "strike", "rocket_attack")

GREEN_ZONE = (
    "Mortar shells hit Baghdad's Green Zone\n"
    "BAGHDAD (Reuters) - Three mortar rounds landed inside Baghdad's Green Zone late on Thursday, security"
    " sources said.\n"
    "There were no immediate reports of casualties.\n"
    "It was last targeted in January, when two rockets hit near the U.S. embassy."
)
ZAMFARA = (
    "Gunmen kidnap schoolchildren in Zamfara\n"
    "Gunmen abducted more than 300 girls from a boarding school in Zamfara state early on Friday, police"
    " said.\n"
    "It was the second mass abduction in the state this month. On Feb. 10, gunmen seized 27 pupils from a"
    " school there.\n"
    "Read more: Nigeria's kidnapping crisis"
)

STORIES = [
    pytest.param(
        "Car bomb kills 12 in Mogadishu\n"
        "MOGADISHU (Reuters) - A car bomb exploded outside a busy market in Mogadishu on Saturday. At least"
        " 12 people died and 20 were hurt, a police officer said.\n"
        "Al Shabaab claimed the blast in a statement on its radio station.\n"
        '"We heard a huge bang and then smoke everywhere," said a trader who sold fruit near the market.\n'
        "Read more: Somalia's long war against the militants",
        "2024-05-13",
        [("Mogadishu", ATTACK, "2024-05-11", 12, None)],
        id="car-bomb-toll-after",
    ),
    pytest.param(
        "Militants attack army base in northern Mali\n"
        "BAMAKO, June 4 (AFP) - Islamist fighters attacked an army base in Gao early on Monday, the"
        " army said.\n"
        "Eight soldiers were killed in the assault on the base, and several vehicles were burned.\n"
        "The army said reinforcements had been sent from the capital.",
        "2024-06-04",
        [("Gao", ATTACK, "2024-06-03", 8, None)],
        id="base-toll-next-paragraph",
    ),
    pytest.param(
        "Rockets hit army base in northern Mali\n"
        "BAMAKO, June 4 (AFP) - Islamist fighters attacked an army base in Gao early on Monday, the"
        " army said.\n"
        "The town had already been hit by a rocket attack in 2019 that wounded dozens of peacekeepers.",
        "2024-06-04",
        [("Gao", VIOLENT, "2024-06-03", None, None), ("Gao", VIOLENT, "2019", None, None)],
        id="town-background-2019",
    ),
    pytest.param(
        "Two attacks in a week shake Kandahar\n"
        "A roadside bomb struck a police vehicle in Kandahar on Tuesday, killing three officers.\n"
        "On Friday, gunmen opened fire on a checkpoint in the city, killing two more policemen.\n"
        "No group has claimed either attack.\n"
        "Photo: Afghan police stand guard at a checkpoint. (AP Photo)",
        "2023-03-12",
        [("Kandahar", ATTACK, "2023-03-07", 3, None), ("Kandahar", ATTACK, "2023-03-10", 2, None)],
        id="second-attack-another-day",
    ),
    pytest.param(
        "Protesters rally in Niamey against French troops\n"
        "NIAMEY (Reuters) - Thousands of people marched through Niamey on Sunday to demand the departure of"
        " French soldiers.\n"
        "The demonstrators waved Russian flags and chanted slogans outside the French embassy.\n"
        '"The French must leave now," one marcher said.',
        "2023-08-01",
        [("Niamey", ("protest",), "2023-07-30", None, None)],
        id="protest-quote",
    ),
    pytest.param(
        "Aid workers kidnapped in Borno state\n"
        "Gunmen abducted four aid workers near Maiduguri on Thursday, a humanitarian official said.\n"
        "The kidnappers stopped their vehicle on the road leading out of the city.\n"
        "The United Nations called for their immediate release.",
        "2024-02-19",
        [("Maiduguri", ("abduction",), "2024-02-15", None, None)],
        id="abduction-city",
    ),
    pytest.param(
        "US troops land in Poland\n"
        "WASHINGTON (Reuters) - The first of 3,000 more American soldiers arrived at a base in Rzeszow on"
        " Friday, a Pentagon spokesman said.\n"
        "Washington already keeps about 10,000 troops in Poland on a rotating basis.",
        "2022-02-20",
        [
            ("Rzeszow", ("deployment",), "2022-02-18", None, None),
            ("Poland", ("presence",), None, None, 10000),
        ],
        id="deployment-and-presence",
    ),
    pytest.param(
        "US troops land in Poland\n"
        "WASHINGTON (Reuters) - American soldiers arrived at a base in Rzeszow on Friday, a Pentagon"
        " spokesman said.\n"
        "Washington already keeps about 10,000 troops in the country on a rotating basis.",
        "2022-02-20",
        [
            ("Rzeszow", ("deployment",), "2022-02-18", None, None),
            ("Poland", ("presence",), None, None, 10000),
        ],
        marks=_known(
            '"in the country" is placed at the capital of the dateline, not at the country of the story'
        ),
        id="presence-in-the-country",
    ),
    pytest.param(
        "Airstrikes hit Idlib\n"
        "BEIRUT (Reuters) - Warplanes struck a market in Idlib on Monday, killing 15 civilians, rescue"
        " workers said.\n"
        "The Syrian Observatory for Human Rights warned that the death toll could rise.\n"
        "Read more: Who controls Idlib?",
        "2019-12-18",
        [("Idlib", STRIKE, "2019-12-16", 15, None)],
        id="airstrike-read-more",
    ),
    pytest.param(
        "Airstrikes hit Idlib province\n"
        "Warplanes struck a market in Idlib on Monday, killing 15 civilians, rescue workers said.\n"
        "A second raid hit a hospital in the town of Maarat al-Numan hours later.",
        "2019-12-18",
        [("Idlib", STRIKE, "2019-12-16", 15, None), ("Maarat", STRIKE, "2019-12-16", None, None)],
        id="second-raid-by-air",
    ),
    pytest.param(
        "Suicide bomber strikes Kabul\n"
        "KABUL, Nov 2 (Reuters) - A suicide bomber blew himself up near the entrance of a ministry in Kabul"
        " on Wednesday. Officials said 9 people were killed.\n"
        "The attacker was on foot, the interior ministry spokesman said.",
        "2022-11-02",
        [("Kabul", ATTACK, "2022-11-02", 9, None)],
        id="toll-after-a-source",
    ),
    pytest.param(
        "Gunmen kill 7 in Kaduna village raid\n"
        "Armed men stormed a village near Kaduna on Sunday night and killed seven people, police said on"
        " Monday.\n"
        '"They came on motorcycles and shot at everyone they saw," a local leader told reporters.\n'
        "Photo caption: Residents gather at the scene of the attack.",
        "2023-04-10",
        [("Kaduna", ATTACK, "2023-04-09", 7, None)],
        id="village-raid-caption",
    ),
    pytest.param(
        "Gunmen kill 7 in Kaduna village raid\n"
        "Armed men stormed a village near Kaduna on Sunday night and killed seven people, police said on"
        " Monday.\n"
        "The attackers also kidnapped 20 residents, mostly women and children.",
        "2023-04-10",
        [("Kaduna", ATTACK, "2023-04-09", 7, None), ("Kaduna", ("abduction",), "2023-04-09", None, None)],
        id="raid-then-kidnapping",
    ),
    pytest.param(
        "Rocket attack on Erbil airport\n"
        "ERBIL, Iraq (Reuters) - Rockets struck near the airport in Erbil late on Monday, Kurdish officials"
        " said.\n"
        "No one was hurt in the attack, which damaged several cars.",
        "2022-09-27",
        [("Erbil", ("rocket_attack",), "2022-09-26", None, None)],
        id="rockets-no-one-hurt",
    ),
    pytest.param(
        "Rocket attack on Erbil airport\n"
        "ERBIL, Iraq (Reuters) - Rockets struck near the airport in Erbil late on Monday, Kurdish officials"
        " said.\n"
        "The city was hit by a similar barrage in February 2021 that killed a contractor.",
        "2022-09-27",
        [("Erbil", VIOLENT, "2022-09-26", None, None), ("Erbil", VIOLENT, "2021-02", None, None)],
        id="city-background-2021",
    ),
    pytest.param(
        "Hundreds protest in Khartoum\n"
        "KHARTOUM (AP) - Hundreds of people took to the streets of Khartoum on Thursday to protest against"
        " military rule.\n"
        "Security forces fired tear gas at the crowd near the presidential palace.",
        "2022-01-14",
        [("Khartoum", ("protest",), "2022-01-13", None, None)],
        id="protest-tear-gas",
    ),
    pytest.param(
        "Israeli strike kills 5 in Gaza\n"
        "An Israeli airstrike hit a house in Rafah on Tuesday, killing five people, health officials said.\n"
        "Hours later, another strike on the same town wounded a dozen more.\n"
        "Israel said it was targeting militants.",
        "2024-02-22",
        [("Rafah", STRIKE, "2024-02-20", 5, None)],
        id="strike-same-town",
    ),
    pytest.param(
        "Ukraine says it shot down drones over Kyiv\n"
        "KYIV (Reuters) - Russia launched a wave of drones at Kyiv overnight, Ukraine's air force said on"
        " Sunday.\n"
        "In Kharkiv, a missile struck an industrial site on Saturday, killing one worker.\n"
        '"The enemy keeps targeting our cities," the mayor wrote on Telegram.',
        "2023-05-28",
        [("Kyiv", STRIKE, None, None, None), ("Kharkiv", VIOLENT, "2023-05-27", 1, None)],
        id="drones-and-missile",
    ),
    pytest.param(
        "Peacekeepers deployed to Goma\n"
        "GOMA, Congo - A contingent of 500 Kenyan soldiers arrived in Goma on Wednesday as part of a regional"
        " force.\n"
        "The troops will be stationed at the city's airport.",
        "2022-11-18",
        [("Goma", ("deployment",), "2022-11-16", None, 500)],
        id="contingent-arrives",
    ),
    pytest.param(
        "Ambush kills soldiers in Burkina Faso\n"
        "OUAGADOUGOU, Jan 9 (Reuters) - Suspected jihadists ambushed a military convoy near Djibo on"
        " Saturday, killing 11 soldiers, the army said.\n"
        "Another 14 soldiers were wounded.\n"
        "Read more: Burkina Faso's junta vows to win back territory",
        "2024-01-09",
        [("Djibo", ATTACK, "2024-01-06", 11, None)],
        id="ambush-read-more",
    ),
    pytest.param(
        "Two killed in Kirkuk blast\n"
        "A bomb planted on a motorbike exploded in Kirkuk on Friday.\n"
        "Two people were killed and four wounded, a police source said.\n"
        "The city is disputed between Baghdad and the Kurdish region.",
        "2020-06-20",
        [("Kirkuk", ATTACK, "2020-06-19", 2, None)],
        id="planted-bomb-toll-after",
    ),
    pytest.param(
        "Turkish troops enter Afrin\n"
        "Turkish troops and allied Syrian fighters entered Afrin on Sunday after a two-month offensive.\n"
        "The army said it had taken control of the town centre.",
        "2018-03-19",
        [("Afrin", ("attack", "deployment"), "2018-03-18", None, None)],
        id="troops-enter-town",
    ),
    pytest.param(
        "Clashes in Tripoli leave 32 dead\n"
        "TRIPOLI (Reuters) - Clashes between rival armed groups in Tripoli killed 32 people on Saturday, the"
        " health ministry said.\n"
        "The fighting was the worst in the capital for two years.\n"
        "In April 2019, forces loyal to Khalifa Haftar launched an offensive on the city.",
        "2022-08-28",
        [("Tripoli", ATTACK, "2022-08-27", 32, None), ("Tripoli", ATTACK, "2019-04", None, None)],
        id="clashes-background-2019",
    ),
    pytest.param(
        "Militants storm African Union base\n"
        "Al Shabaab fighters attacked an African Union base in Baidoa on Monday, the militants and a military"
        " official said.\n"
        "The official said 4 soldiers died in the fighting at the base.\n"
        "The group also briefly seized a town near Beledweyne last month.",
        "2023-05-30",
        [("Baidoa", ATTACK, "2023-05-29", 4, None), ("Beledweyne", ATTACK, "2023-04", None, None)],
        id="base-toll-after-a-source",
    ),
    pytest.param(
        "Two killed in Kirkuk bombing\n"
        "A bomb planted on a motorbike exploded in Kirkuk on Friday.\n"
        "Two people were killed and four wounded, a police source said.",
        "2020-06-20",
        [("Kirkuk", ATTACK, "2020-06-19", 2, None)],
        id="bombing-headline-planted-bomb",
    ),
    pytest.param(
        "French troops leave Timbuktu base\n"
        "TIMBUKTU, Mali (AFP) - French soldiers pulled out of their base in Timbuktu on Tuesday and handed it"
        " to the Malian army.\n"
        "The base had housed about 200 troops since 2013.\n"
        "France has been reducing its presence in the Sahel for months.",
        "2021-12-16",
        [
            ("Timbuktu", ("withdrawal",), "2021-12-14", None, None),
            ("Timbuktu", ("presence",), None, None, 200),
        ],
        id="withdrawal-the-base-housed",
    ),
    pytest.param(
        GREEN_ZONE,
        "2020-03-06",
        [("Green Zone", ("rocket_attack", "attack"), "2020-03-05", None, None)],
        id="mortars-no-casualties",
    ),
    pytest.param(
        GREEN_ZONE,
        "2020-03-06",
        [
            ("Green Zone", ("rocket_attack", "attack"), "2020-03-05", None, None),
            ("Green Zone", ("rocket_attack", "attack"), "2020-01", None, None),
        ],
        id="mortars-last-targeted",
    ),
    pytest.param(
        "British trainers arrive in Kyiv\n"
        "Some 100 British military instructors arrived in Kyiv this week to train Ukrainian soldiers, the"
        " defence ministry said on Thursday.\n"
        "The trainers will stay in the city for six months.\n"
        "(Photo: Ukrainian recruits at a training ground. Reuters)",
        "2015-03-27",
        [("Kyiv", ("deployment",), None, None, 100), ("Kyiv", ("training",), None, None, None)],
        id="trainers-photo-caption",
    ),
    pytest.param(
        ZAMFARA,
        "2021-02-27",
        [("Zamfara", ("abduction",), "2021-02-26", None, None)],
        id="mass-abduction-read-more",
    ),
    pytest.param(
        ZAMFARA,
        "2021-02-27",
        [
            ("Zamfara", ("abduction",), "2021-02-26", None, None),
            ("Zamfara", ("abduction",), "2021-02-10", None, None),
        ],
        id="earlier-abduction-there",
    ),
    pytest.param(
        "Suicide attack kills 20 at Peshawar mosque\n"
        "PESHAWAR, Pakistan - A suicide bomber blew himself up inside a mosque in Peshawar during Friday"
        " prayers, killing at least 20 worshippers.\n"
        "The explosion wounded dozens more, a hospital spokesman said.\n"
        '"There were bodies everywhere," said a witness.\n'
        "Islamic State claimed responsibility for the attack.",
        "2022-03-05",
        [("Peshawar", ATTACK, "2022-03-04", 20, None)],
        id="mosque-bombing-quote",
    ),
    pytest.param(
        "Rebels shell army camp in Kidal\n"
        "KIDAL, Mali (Reuters) - Rebels fired mortars at an army camp in Kidal on Friday, the army said.\n"
        "The town had already been shelled on Monday. Soldiers were also ambushed there on Feb. 10, a local"
        " official said.\n"
        "Read more: Mali's fragile peace deal",
        "2021-02-27",
        [
            ("Kidal", VIOLENT, "2021-02-26", None, None),
            ("Kidal", VIOLENT, "2021-02-22", None, None),
            ("Kidal", VIOLENT, "2021-02-10", None, None),
        ],
        id="the-town-then-there",
    ),
    pytest.param(
        "Militants attack army post in Mosul\n"
        "Militants attacked an army post in Mosul on Friday, killing two soldiers.\n"
        "The town had also been shelled on Monday, a defence ministry spokesman in Baghdad said.",
        "2024-03-10",
        [("Mosul", ATTACK, "2024-03-08", 2, None), ("Mosul", VIOLENT, "2024-03-04", None, None)],
        id="the-town-spokesman-in-capital",
    ),
    pytest.param(
        "Militants attack army post in Mosul\n"
        "Militants attacked an army post in Mosul on Friday, killing two soldiers.\n"
        "A spokesman for the defence ministry in Baghdad said the town had been shelled on Monday as well.",
        "2024-03-10",
        [("Mosul", ATTACK, "2024-03-08", 2, None), ("Mosul", VIOLENT, "2024-03-04", None, None)],
        id="source-city-then-the-town",
    ),
    pytest.param(
        "Gunmen raid police station in Kunduz\n"
        "Gunmen stormed a police station in Kunduz on Tuesday, killing four officers.\n"
        "The city had also been shelled on Sunday, officials in Kabul told reporters.",
        "2024-03-14",
        [("Kunduz", ATTACK, "2024-03-12", 4, None), ("Kunduz", VIOLENT, "2024-03-10", None, None)],
        id="the-city-officials-in-capital",
    ),
    pytest.param(
        "Rebels shell Goma outskirts\n"
        "Rebels shelled the outskirts of Goma on Thursday, killing three civilians.\n"
        "A spokeswoman for the army in Kinshasa said the town had been shelled on Monday too.",
        "2023-02-18",
        [("Goma", VIOLENT, "2023-02-16", 3, None), ("Goma", VIOLENT, "2023-02-13", None, None)],
        id="spokeswoman-for-the-army-in-capital",
    ),
    pytest.param(
        "Bomb kills officials in Herat\n"
        "A roadside bomb killed two officials in Herat on Monday, police said.",
        "2024-03-14",
        [("Herat", ATTACK, "2024-03-11", 2, None)],
        id="officials-in-town-killed-not-a-source",
    ),
    pytest.param(
        "Shells land in Kramatorsk\n"
        "Shells landed in the centre of Kramatorsk on Wednesday, local officials said.\n"
        "Nobody was injured.\n"
        "It was last struck in February, when a missile hit a cafe.",
        "2023-05-12",
        [("Kramatorsk", VIOLENT, "2023-05-10", None, None), ("Kramatorsk", VIOLENT, "2023-02", None, None)],
        id="it-was-last-struck",
    ),
    pytest.param(
        "Rebels attack Bunia camp\n"
        "Rebels attacked a displacement camp near Bunia on Sunday, killing six people.\n"
        "Aid groups said they had suspended their work.\n"
        "It had already been attacked in March by the same militia.",
        "2022-05-10",
        [("Bunia", ATTACK, "2022-05-08", 6, None), ("Bunia", ATTACK, "2022-03", None, None)],
        id="it-had-already-been-attacked",
    ),
    pytest.param(
        "Market bombing kills four in Baidoa\n"
        "An explosive device hidden in a cart exploded at a market in Baidoa on Tuesday.\n"
        "Four traders were killed, a local official said.",
        "2023-07-13",
        [("Baidoa", ATTACK, "2023-07-11", 4, None)],
        id="market-bombing-device-exploded",
    ),
    pytest.param(
        "Bombing near Quetta police station\n"
        "A bomb exploded near a police station in Quetta on Sunday, wounding six officers.",
        "2023-07-10",
        [("Quetta", ATTACK, "2023-07-09", None, None)],
        id="bombing-headline-bomb-exploded",
    ),
    pytest.param(
        "Jets kill two in Kirkuk bombing\n"
        "A bomb dropped by a warplane exploded in Kirkuk on Friday, killing two people.",
        "2020-06-20",
        [("Kirkuk", STRIKE, "2020-06-19", 2, None)],
        id="bombing-by-warplane-stays-a-strike",
    ),
    pytest.param(
        "Drones target Kandahar airport\n"
        "KANDAHAR, Afghanistan (AP) - Drones struck near the airport in Kandahar on Sunday, officials said.\n"
        "The city was hit by a similar salvo in March 2021 that killed two workers.",
        "2024-03-12",
        [("Kandahar", STRIKE, "2024-03-10", None, None), ("Kandahar", VIOLENT, "2021-03", None, None)],
        id="the-city-after-the-airport-in-x",
    ),
    pytest.param(
        "Rockets hit Baghdad airport\n"
        "BAGHDAD (Reuters) - Several rockets landed near the airport in Baghdad overnight, the army said.\n"
        "The city was struck by comparable fire in June 2020 that killed a driver.",
        "2024-03-10",
        [("Baghdad", VIOLENT, None, None, None), ("Baghdad", VIOLENT, "2020-06", None, None)],
        id="the-city-similar-attack",
    ),
    pytest.param(
        "Gunmen seize villagers in Katsina\n"
        "Gunmen abducted 40 villagers in Katsina state on Tuesday, police said.\n"
        "It was the third such raid in the state this year. In January, bandits kidnapped 15 farmers there.",
        "2024-03-10",
        [
            ("Katsina", ("abduction",), "2024-03-05", None, None),
            ("Katsina", ("abduction",), "2024-01", None, None),
            ("Katsina", VIOLENT, None, None, None),
        ],
        id="there-after-the-state",
    ),
    pytest.param(
        "Convoy attacked in Helmand\n"
        "Militants attacked a convoy in Helmand province on Monday, killing six soldiers.\n"
        "It was the deadliest attack in the province this year. On Jan. 5, a roadside bomb killed four"
        " policemen there.",
        "2024-03-10",
        [("Helmand", ATTACK, "2024-03-04", 6, None), ("Helmand", ATTACK, "2024-01-05", 4, None)],
        id="there-after-the-province",
    ),
    pytest.param(
        "Army retakes Marawi\n"
        "Government soldiers entered Marawi on Tuesday after weeks of fighting, the military said.",
        "2024-03-10",
        [("Marawi", ("attack", "deployment"), "2024-03-05", None, None)],
        id="soldiers-enter-town",
    ),
    pytest.param(
        "Rebels enter town\nRebel fighters entered the town of Kidal on Friday, residents said.",
        "2024-03-10",
        [("Kidal", ("attack", "deployment"), "2024-03-08", None, None)],
        id="fighters-enter-the-town-of",
    ),
    pytest.param(
        "Protesters enter Omdurman\nThousands of protesters entered Omdurman on Monday, chanting slogans.",
        "2024-03-10",
        [("Omdurman", ("protest",), "2024-03-04", None, None)],
        id="protesters-enter-town-no-forces",
    ),
    pytest.param(
        "Militants raid village near Damboa\n"
        "Militants attacked a village near Damboa on Saturday, killing nine farmers.\n"
        "The militants also abducted several girls.",
        "2024-03-10",
        [("Damboa", ATTACK, "2024-03-09", 9, None), ("Damboa", ("abduction",), "2024-03-09", None, None)],
        id="militants-also-abducted",
    ),
    pytest.param(
        "Gunmen storm school in Kagara\n"
        "Gunmen stormed a school in Kagara on Wednesday, killing a student.\n"
        "The gunmen also kidnapped 27 pupils and three teachers.",
        "2024-03-10",
        [("Kagara", ATTACK, "2024-03-06", 1, None), ("Kagara", ("abduction",), "2024-03-06", None, None)],
        id="gunmen-also-kidnapped",
    ),
]


def _matches(event: Any, place: str) -> bool:
    return any(fold(place) in fold(named or "") for named in (event.name, event.place))


@pytest.mark.parametrize(("text", "published", "expected"), STORIES)
def test_a_story_tells_its_events_and_no_other(
    parser: Any, text: str, published: str, expected: list[Expected]
) -> None:
    collection = parser.extract(Article(id="t", text=text, published=published))
    events = [f.properties for f in collection.features if f.properties.event_type not in (None, "mention")]
    told = [(e.event_type, e.name, e.place, str(e.date), e.fatalities, e.troops) for e in events]
    for place, kinds, date, fatalities, troops in expected:
        assert any(
            _matches(e, place)
            and e.event_type in kinds
            and (date is None or str(e.date) == date)
            and (fatalities is None or e.fatalities == fatalities)
            and (troops is None or e.troops == troops)
            for e in events
        ), (place, kinds, date, fatalities, troops, told)
    others = [e for e in events if not any(_matches(e, place) for place, *_ in expected)]
    assert not others, told


def test_a_dated_wire_dateline_is_where_the_story_was_filed() -> None:
    from geo.events.datelines import datelines
    from tests.events_support import resolved

    places = {"KABUL": ("1", "city", "AF"), "Kabul": ("1", "city", "AF"), "Herat": ("2", "city", "AF")}
    text = "KABUL, Nov. 2 (Reuters) - Gunmen attacked a bank in Herat. Kabul, May 3 was calm."
    spots = resolved(text, places, "KABUL", "Herat", "Kabul")
    assert datelines(text, spots) == {(0, 5)}
    # a month and day with no agency and no dash is no dateline; a region is still read ("KABUL, Afghanistan")
    other = "Gunmen attacked Kabul, May 3 - the day before the vote."
    assert datelines(other, resolved(other, places, "Kabul")) == set()
    region = "KABUL, Afghanistan, Nov 2 (AP) - Rockets hit Herat."
    assert datelines(region, resolved(region, places, "KABUL", "Herat")) == {(0, 5)}


def test_the_seat_of_a_source_is_no_place_of_its_events() -> None:
    from geo.events.datelines import source_seats
    from tests.events_support import resolved

    places = {"Baghdad": ("1", "city", "IQ"), "Mosul": ("2", "city", "IQ")}
    text = "Mosul was shelled, a ministry spokesman in Baghdad said."
    spots = resolved(text, places, "Mosul", "Baghdad")
    assert source_seats(text, spots) == {(text.index("Baghdad"), text.index("Baghdad") + 7)}
    # near misses: residents may be witnesses, and officials killed in a town are no source
    near = ("Residents in Baghdad said Mosul was shelled.", "A bomb killed officials in Baghdad, Mosul said.")
    for other in near:
        assert source_seats(other, resolved(other, places, "Baghdad", "Mosul")) == set()


def test_a_passive_it_means_the_place_of_the_nearest_sentence_naming_one(parser: Any) -> None:
    """Near misses: a nearest sentence naming only a country (with or without a cue of its own) stops the
    search, and "It" tells no older event at the town named before it."""
    for text in (
        "Militants attacked an army post in Mosul on Friday.\nIraq has fought insurgents for years.\n"
        "It was last attacked in 2017.",
        "Militants attacked an army post in Mosul on Friday.\nGunmen also shot at police in Iraq.\n"
        "It was last attacked in 2017.",
    ):
        collection = parser.extract(Article(id="t", text=text, published="2024-03-10"))
        told = [(e.name, str(e.date)) for e in (f.properties for f in collection.features)]
        assert ("Mosul", "2017") not in told, told


def test_a_site_named_as_such_is_not_the_town_it_is_named_after() -> None:
    """Near misses of "the city" after "the airport in X": a mention that names the site itself ("X
    International Airport", "X Air Base") is no town."""
    from geo.events.anaphora import _SITE_WORDS

    assert _SITE_WORDS.search("Kandahar") is None
    for site in ("Erbil International Airport", "Ain al-Asad Air Base", "Bagram Airfield", "Camp Lemonnier"):
        assert _SITE_WORDS.search(site) is not None, site


def test_the_state_media_is_no_back_reference(parser: Any) -> None:
    """Near miss of "there" after "in the state": "the state media" is the government's, and "there"
    then has no place to mean."""
    text = (
        "Gunmen seize villagers in Katsina\n"
        "Gunmen abducted 40 villagers in Katsina state on Tuesday, police said.\n"
        "It was first told by the state media this week. In January, bandits kidnapped 15 farmers there."
    )
    collection = parser.extract(Article(id="t", text=text, published="2024-03-10"))
    dates = [str(f.properties.date) for f in collection.features if f.properties.event_type != "mention"]
    assert "2024-01" not in dates, dates


def test_a_warship_entering_a_strait_is_no_deployment(parser: Any) -> None:
    """Near miss of forces entering a town: a navy ship entering a named sea or strait is a passage."""
    text = "Warship enters strait\nA destroyer of the navy entered the Bosphorus Strait on Monday."
    collection = parser.extract(Article(id="t", text=text, published="2024-03-10"))
    assert not [f for f in collection.features if f.properties.event_type == "deployment"]


def test_the_same_doers_doing_the_same_kind_again_is_no_second_event(parser: Any) -> None:
    """Near miss of "The gunmen also kidnapped ...": "also shot a guard" is more of the attack just told."""
    text = (
        "Gunmen storm school in Kagara\nGunmen stormed a school in Kagara on Wednesday, killing a student.\n"
        "The gunmen also shot a guard at the gate."
    )
    collection = parser.extract(Article(id="t", text=text, published="2024-03-10"))
    assert [f.properties.event_type for f in collection.features if f.properties.event_type != "mention"] == [
        "attack"
    ]
