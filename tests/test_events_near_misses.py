"""Near misses of the event rules of the last passes: our own news-like sentences in which a rule's words
stand but no armed event happened (sports, economy, business, politics, weather, history, figures of
speech). Each must give no event at its place (docs/events.md, "Tenth pass, robust26"); a few controls
check that the guards keep the armed events they resemble."""

from __future__ import annotations

import pytest

from tests.events_support import named_types, taggers

PLACES = {
    "Ruritania": ("test:ruritania", "country", "RU"),
    "Norland": ("test:norland", "country", "NO"),
    "Kelso": ("test:kelso", "city", "RU"),
    "Brant": ("test:brant", "city", "RU"),
    "Tarvo": ("test:tarvo", "city", "NO"),
}
NAMES = tuple(PLACES)

tags, events = taggers(PLACES)


def _events(text: str) -> set[tuple[str, str]]:
    return named_types(tags, text, NAMES, published="2023-06-20")


NEAR_MISSES = {
    # "hit" after a plural subject before a capitalised name (recall25)
    "hit": [
        "The Lakers hit Kelso with a late run on Sunday night.",
        "Tourists hit Kelso in record numbers this summer, officials said.",
        "Storms hit Kelso on Monday, cutting power to thousands.",
        "Rising prices hit Kelso households hard last month.",
    ],
    # "pounded" (recall25)
    "pounded": [
        "Heavy rain pounded Kelso on Tuesday, flooding streets.",
        "The Celtics pounded Kelso 120-95 on Saturday.",
        "Investors pounded shares of the bank in Kelso trading on Monday.",
        "Fans pounded the drums outside the stadium in Kelso.",
    ],
    # "the strikes" referring back (recall25)
    "the strikes": [
        "Teachers walked out across Ruritania on Monday. The strikes also hit Kelso and Brant.",
        "Rail workers stopped work in Ruritania. The strikes closed stations in Kelso.",
        "The union said the strikes by nurses in Kelso would go on.",
        "Bowlers dominated the day at Kelso. The strikes came early against Norland.",
    ],
    # coordinated subjects of a passive (recall25)
    "passive conjuncts": [
        "Kelso, Brant and Tarvo were hit by snowstorms on Monday.",
        "Both Kelso and Brant were pounded by heavy rain.",
        "Kelso as well as Brant were struck by power cuts on Friday.",
        "Kelso and Brant were battered by the typhoon.",
    ],
    # fighting reported, flared, spread (recall25)
    "fighting": [
        "Fighting was reported in the parliament of Kelso as deputies traded punches.",
        "Fighting broke out among fans in Kelso after the match.",
        "Fighting spread among shoppers in Kelso on the first day of the sales.",
        "Fighting flared between rival taxi drivers in Kelso.",
        "Fighting over the budget intensified in Kelso this week.",
    ],
    # who fought, named after among / between, decides (recall25 fighting cues)
    "fighting among": [
        "Flights were grounded by the military. Fighting was reported between passengers in Kelso.",
        "Troops lined the route as fighting broke out among fans in Kelso.",
    ],
    # a labour strike after a sentence of armed force ("the strikes" referring back, recall25)
    "labour strikes": [
        "The army chief warned of unrest over pay. The strikes by teachers closed schools in Kelso.",
        "Soldiers guarded the ministry. The strikes of the dockers' union closed the port of Kelso.",
    ],
    # "their camp", "its base" referring back (recall25)
    "their camp": [
        "The team trained in Kelso. On Friday their camp was hit by a power cut.",
        "The company moved to Kelso. Its base was flooded on Monday.",
        "Scouts stayed near Kelso. Their camp was hit by a sandstorm on Friday.",
        "Kelso is the largest city of the north. Floods hit its outskirts.",
    ],
    # a non-state group's bare strike (recall25)
    "irregulars strike": [
        "Rebels in the party struck a deal with the leadership in Kelso.",
        "The militants struck a defiant tone in a video from Kelso.",
        "Insurgents struck gold in Kelso, the novel's hero says.",
    ],
    # "X, Y and Z host" (recall25)
    "host": [
        "Kelso, Brant and Tarvo host the cup matches this year.",
        "Kelso and Brant continue to host tech conferences.",
        "Ruritania and Norland host foreign tourists every summer.",
        "Kelso continues to host the book fair.",
    ],
    # a host state that no longer wants ... (robust25)
    "no longer wants": [
        "Ruritania no longer wants the tax on bread, the minister said.",
        "Ruritania no longer needs foreign aid, the president said.",
        "Ruritania no longer welcomes Norland journalists, the junta said.",
        "Ruritania no longer accepts foreign loans, its finance minister said.",
    ],
    # lead nation (robust25)
    "lead nation": [
        "Norland led the medal table at the games in Kelso.",
        "Norland is the lead nation of the climate coalition meeting in Kelso.",
        "Norland led the talks in Kelso on Monday.",
    ],
    # anniversaries (robust25)
    "anniversary": [
        "The first concert in Kelso turned sixty on Monday.",
        "Kelso marked the tenth anniversary of its tram line on Friday.",
        "Ruritania marked sixty years of independence on Tuesday.",
        "The band marked ten years of touring with a concert in Kelso.",
        "The regiment turned 300 this year, the museum in Kelso said.",
    ],
    # violence going on (robust25)
    "going on": [
        "Fans continue to attack the referee on social media in Kelso.",
        "Critics keep attacking the mayor of Kelso over the plan.",
        "Locusts have been destroying crops near Kelso.",
        "Hackers continue to attack banks in Kelso.",
    ],
    # vessels intercepted (robust25)
    "interception": [
        "Customs officers intercepted a ship carrying cocaine at Kelso.",
        "Police searched a vessel at Kelso on Monday.",
        "Activists intercepted a tanker off Kelso.",
        "Coast guards intercepted a yacht of migrants off Kelso.",
    ],
    # contributors to "the mission" (robust25)
    "contributors": [
        "Norland contributes 200 athletes to the games in Kelso.",
        "Norland sends 30 volunteers to the mission in Kelso, the church said.",
        "Norland has 400 students at the mission school in Kelso.",
    ],
    # bodies found (numbers24, robust25)
    "bodies": [
        "Archaeologists found 12 bodies in a tomb near Kelso.",
        "Divers recovered the bodies of three tourists off Kelso after the boat capsized.",
        "The bodies of two climbers were found near Kelso on Monday.",
        "Ten bodies found after Kelso ferry sinks.",
        "Two killed in Kelso building collapse.",
        "Police recovered the bodies of two hikers near Kelso.",
    ],
    # a base (sites24, ninth pass)
    "base": [
        "The company's base in Kelso employs 300 workers.",
        "The airline moved its base to Kelso last year.",
    ],
    # an attack in words (the attack cue)
    "attack in words": [
        "Critics attacked the plan in Kelso.",
        "Rebels in the cabinet attacked the prime minister's budget in Kelso.",
        "The opposition attacked the government's security policy in Kelso.",
        "Norland attacked the proposal at the summit in Kelso.",
    ],
    # withdrawing from a contest, storming a pitch (the withdrawal and storm cues)
    "contests": [
        "Ruritania withdrew from the games in Kelso.",
        "The band withdrew from the festival in Kelso.",
        "The senator withdrew from the race in Kelso.",
        "Fans stormed the pitch in Kelso after the final.",
        "The singer stormed the stage in Kelso on Saturday.",
    ],
    # killing in a figure of speech, by a natural hazard (the kill cue)
    "killed": [
        "Inflation killed the recovery in Kelso.",
        "The vote in Kelso killed the bill.",
        "A late goal killed their hopes in Kelso.",
        "The drought killed cattle across Ruritania.",
    ],
    # games and politics in the words of war (hit, struck, rockets, pounded, battle, offensive)
    "games and politics": [
        "The Rockets hit Kelso with 20 three-pointers.",
        "The Raiders struck first in Kelso with a touchdown.",
        "Soldiers pounded the pavement in Kelso looking for jobs.",
        "The battle for the mayoralty of Kelso intensified on Monday.",
        "The opposition launched an offensive against the bill in Kelso.",
    ],
    # a civilian building evacuated (the evacuation cue, precision24)
    "evacuated premises": [
        "Police evacuated a shopping mall in Kelso after a bomb hoax.",
        "The school in Kelso was evacuated after a gas leak.",
    ],
    # history told with a year before 1900 or a century (any cue)
    "history": [
        "The Battle of Kelso was fought in 1066.",
        "Pirates raided the coast in the 17th century, the exhibition in Kelso shows.",
        "Raiders attacked Kelso in 793.",
        "Troops of Norland burned Kelso in 1814.",
    ],
}

CASES = [(rule, text) for rule, texts in NEAR_MISSES.items() for text in texts]


@pytest.mark.parametrize(("rule", "text"), CASES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(CASES)])
def test_a_near_miss_gives_no_event(rule: str, text: str) -> None:
    assert _events(text) == set(), rule


CONTROLS = [
    ("Fighting broke out between soldiers and rebels near the stadium in Kelso.", ("Kelso", "attack")),
    ("Fighting flared in Kelso on Monday as rebels shelled army posts.", ("Kelso", "attack")),
    ("Kelso and Brant continue to host Norland troops.", ("Kelso", "presence")),
    ("Jets struck a market in Kelso on Monday.", ("Kelso", "strike")),
    ("Soldiers recovered the bodies of 12 villagers near Kelso.", ("Kelso", "attack")),
    ("Rebels attacked Kelso, a town founded in 1750.", ("Kelso", "attack")),
    ("Rebels attacked Kelso on Monday, 200 years after the siege of 1823.", ("Kelso", "attack")),
    ("A force of 500 troops arrived in Kelso.", ("Kelso", "deployment")),
    ("Assailants attacked the budget office in Kelso.", ("Kelso", "attack")),
    ("Norland withdrew from Kelso last year.", ("Kelso", "withdrawal")),
    ("Soldiers killed the rebel leader in Kelso.", ("Kelso", "attack")),
    ("The army launched an offensive against rebels near Kelso.", ("Kelso", "attack")),
    ("Artillery pounded the town of Kelso.", ("Kelso", "attack")),
    ("Fighting among rival militias killed 12 in Kelso.", ("Kelso", "attack")),
    ("Norland troops evacuated their base in Kelso on Monday.", ("Kelso", "withdrawal")),
    ("The Norland battlegroup in Kelso turned 6 on Monday.", ("Kelso", "deployment")),
    ("Jets bombed Brant on Monday. The strikes also hit Kelso.", ("Kelso", "strike")),
    ("Militants fired rockets at Kelso during the football match.", ("Kelso", "rocket_attack")),
    ("Rebels stormed the police station in Kelso.", ("Kelso", "attack")),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_the_guards_keep_armed_events(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)
