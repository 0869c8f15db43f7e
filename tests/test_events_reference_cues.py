"""Cue words the reference codebooks name (ACLED sub-event types, CAMEO verb classes) and the inflections and
spellings of cues already in the lexicon: each is typed at the place of its sentence (our own example
sentences)."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Kidal": ("geonames:2455290", "city", "ML"),
    "Bamako": ("geonames:2460596", "city", "ML"),
    "Springfield": ("geonames:4409896", "city", "US"),
}

tags, events = taggers(PLACES)


def kinds(text: str, name: str, published: str = "2024-05-28") -> set[str]:
    return {kind for _, kind, _ in events(text, name, published=published)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels launched a counter-attack on Kidal on Monday.", "attack"),
        ("The army repelled a counteroffensive near Kidal on Monday.", "attack"),
        ("Militants staged an incursion into Kidal on Monday.", "attack"),
        ("Soldiers and rebels skirmished outside Kidal on Monday.", "attack"),
        ("Fighters massacred villagers near Kidal on Monday.", "attack"),
        ("Jihadists beheaded two captured soldiers in Kidal on Monday.", "attack"),
        ("A militia leader was gunned down in Kidal on Monday.", "attack"),
        ("Troops and rebels exchanged fire in Kidal on Monday.", "attack"),
        ("Soldiers traded fire with insurgents in Kidal on Monday.", "attack"),
        ("Sniper fire hit a checkpoint in Kidal on Monday.", "attack"),
        ("Soldiers open fire on a convoy in Kidal.", "attack"),
        ("Air defences shoot down drones over Kidal.", "attack"),
        ("Artillery fire hit the outskirts of Kidal on Monday.", "attack"),
        ("A roadside bomb hit an army truck near Kidal on Monday.", "attack"),
        ("An IED struck a patrol near Kidal on Monday.", "attack"),
        ("A landmine wounded two soldiers near Kidal on Monday.", "attack"),
        ("A device explodes in Kidal market.", "attack"),
        ("Militants were raiding villages around Kidal on Monday.", "attack"),
        ("Army helicopters dropped barrel bombs on Kidal on Monday.", "strike"),
        ("Aerial attacks on Kidal wounded five on Monday.", "strike"),
        ("Air attacks hit Kidal overnight on Monday.", "strike"),
        ("Rights groups documented enforced disappearances in Kidal in May.", "abduction"),
        ("Two aid workers were taken captive near Kidal on Monday.", "abduction"),
        ("The army drew down its troops in Kidal on Monday.", "withdrawal"),
        ("The army pulled back its soldiers from Kidal on Monday.", "withdrawal"),
        ("The ministry will despatch soldiers to Kidal next week.", "deployment"),
        ("The stationing of foreign troops in Kidal began in May.", "presence"),
        ("The army held joint drills with allied forces near Kidal on Monday.", "training"),
        ("Troops held manoeuvres near Kidal on Monday.", "training"),
        ("Rebels capture the town of Kidal.", "attack"),
        ("Rebels seizes Kidal after a week of fighting.", "attack"),
    ],
)
def test_reference_cue_is_typed_at_its_place(text: str, kind: str) -> None:
    assert kind in kinds(text, "Kidal")


@pytest.mark.parametrize(
    "text",
    [
        "The bakery drew down its credit line in Springfield on Monday.",
        "Stock prices pulled back in Springfield on Monday.",
        "Drilling crews plan two drills sites in Springfield next year.",
    ],
)
def test_everyday_senses_tell_no_event(text: str) -> None:
    assert kinds(text, "Springfield") <= {"mention"}


@pytest.mark.parametrize(
    "text",
    [
        "Riot police lined the streets of Springfield on Monday.",
        "The suspect tried to withdraw cash from a bank in Springfield on Monday.",
        "A space rocket lifted off from Springfield on Monday.",
        "The mayor suffered a heart attack in Springfield on Monday.",
        "Banks in Springfield reported malware attacks on Monday.",
        "The service was held at the Church of the Holy Martyrs in Springfield on Monday.",
        "The senator came under fire for his remarks in Springfield on Monday.",
    ],
)
def test_words_of_violence_in_everyday_senses_tell_no_event(text: str) -> None:
    assert kinds(text, "Springfield") <= {"mention"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Riots broke out in Kidal on Monday.", "protest"),
        ("The army withdrew its troops from Kidal on Monday.", "withdrawal"),
        ("Rebels fired rockets at Kidal on Monday.", "rocket_attack"),
        ("Rebels attacked Kidal on Monday.", "attack"),
        ("A patrol came under fire near Kidal on Monday.", "attack"),
    ],
)
def test_the_same_words_in_their_armed_sense_still_tell_events(text: str, kind: str) -> None:
    assert kind in kinds(text, "Kidal")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Soldiers and militants fought a gun-battle in Kidal on Monday.", "attack"),
        ("A fire-fight broke out in Kidal on Monday.", "attack"),
        ("Rebels pressed their onslaught on Kidal on Monday.", "attack"),
        ("Troops were firing on a crowd in Kidal on Monday.", "attack"),
        ("A man threw a grenade at a checkpoint in Kidal on Monday.", "attack"),
        ("The army liberated Kidal on Monday.", "attack"),
        ("Rebels wrested control of Kidal on Monday.", "attack"),
        ("Thousands were marching through Kidal on Monday against the junta.", "protest"),
        ("The soldiers vacated their camp in Kidal on Monday.", "withdrawal"),
        ("The rebels ceded control of Kidal to the army on Monday.", "withdrawal"),
        ("The air force airlifted troops to Kidal on Monday.", "deployment"),
        ("The government and the rebels signed a peace deal in Bamako on Monday.", "political"),
    ],
)
def test_more_reference_cues_are_typed_at_their_place(text: str, kind: str) -> None:
    name = "Bamako" if "Bamako" in text else "Kidal"
    assert kind in kinds(text, name)


def test_a_rocket_propelled_grenade_is_no_rocket_attack() -> None:
    text = "Militants fired rocket-propelled grenades at a checkpoint in Kidal on Monday."
    assert "rocket_attack" not in kinds(text, "Kidal")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The rebels launched a new offensive on Kidal on Monday.", "attack"),
        ("The army offensive in Kidal began on Monday.", "attack"),
        ("Gunmen seized dozens of villagers near Kidal on Monday.", "abduction"),
        ("The army turned over two bases in Kidal to the police on Monday.", "withdrawal"),
        ("Foreign troops began to disengage from Kidal on Monday.", "withdrawal"),
        ("A troop build-up was reported near Kidal on Monday.", "deployment"),
        ("The junta is amassing soldiers near Kidal, officials said on Monday.", "deployment"),
    ],
)
def test_codebook_verbs_and_nouns_are_typed_at_their_place(text: str, kind: str) -> None:
    assert kind in kinds(text, "Kidal")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the remarks offensive in Springfield on Monday.",
        "The senator went on the offensive in Springfield on Monday.",
        "Fans said the banner was offensive, Springfield officials said.",
    ],
)
def test_the_adjective_offensive_is_no_offensive(text: str) -> None:
    assert "attack" not in kinds(text, "Springfield")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A truck bomb hit a barracks in Kidal on Monday.", "attack"),
        ("A VBIED hit an army post in Kidal on Monday.", "attack"),
        ("The draw-down of foreign troops from Kidal began on Monday.", "withdrawal"),
    ],
)
def test_spelling_variants_are_typed_at_their_place(text: str, kind: str) -> None:
    assert kind in kinds(text, "Kidal")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thousands took to the streets of Kidal on Monday.", "protest"),
        ("The government announced troop reductions in Kidal on Monday.", "withdrawal"),
        ("The army began reducing the troop presence in Kidal on Monday.", "withdrawal"),
    ],
)
def test_set_phrases_are_typed_at_their_place(text: str, kind: str) -> None:
    assert kind in kinds(text, "Kidal")


@pytest.mark.parametrize(
    "text",
    [
        "The trade ministry began a dispute resolution procedure with Springfield on Monday.",
        "A defendant reached a plea agreement in Springfield on Monday, the minister said.",
    ],
)
def test_civil_orders_and_agreements_tell_no_event(text: str) -> None:
    assert kinds(text, "Springfield") <= {"mention"}


def test_an_agreement_between_states_is_still_political() -> None:
    text = "Mali and Niger signed a defence agreement in Bamako on Monday."
    assert "political" in kinds(text, "Bamako")


@pytest.mark.parametrize(
    "text",
    [
        "A parked car blew up near the market in Kidal on Monday.",
        "Militiamen ransacked the town hall in Kidal on Monday.",
    ],
)
def test_cameo_verbs_of_destruction_are_attacks(text: str) -> None:
    assert "attack" in kinds(text, "Kidal")


@pytest.mark.parametrize(
    "text",
    [
        "Tuberculosis has killed 40 people in Springfield this year.",
        "A wildfire killed two hikers near Springfield on Monday.",
    ],
)
def test_deaths_from_a_named_disease_or_a_wildfire_are_no_attack(text: str) -> None:
    assert "attack" not in kinds(text, "Springfield")


def test_a_judicial_execution_is_no_attack() -> None:
    text = "A court in Springfield delayed the execution of a man on death row on Monday."
    assert "attack" not in kinds(text, "Springfield")


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the shortage posed a greater threat to Springfield than the war.",
        "The drought is particularly threatening to Springfield, the minister said.",
    ],
)
def test_a_threat_as_a_danger_is_no_political_event(text: str) -> None:
    assert "political" not in kinds(text, "Springfield")


@pytest.mark.parametrize(
    "text",
    [
        "The junta threatened to expel French troops from Kidal on Monday.",
        "The junta is threatening to close the border at Kidal, the minister said on Monday.",
    ],
)
def test_threatening_an_act_is_political(text: str) -> None:
    assert "political" in kinds(text, "Kidal")


def test_a_march_is_a_protest_but_not_the_march_of_time() -> None:
    assert "protest" in kinds("Students held a march through Kidal on Monday.", "Kidal")
    assert "protest" not in kinds(
        "The march of time has changed Springfield, the mayor said on Monday.", "Springfield"
    )


@pytest.mark.parametrize(
    "text",
    [
        "A cost overrun delayed the new library in Springfield, the council said on Monday.",
        "His three-run blast won the game for Springfield on Monday.",
        "The execution of the housing policy in Springfield began on Monday.",
    ],
)
def test_figurative_overruns_blasts_and_executions_are_no_attack(text: str) -> None:
    assert "attack" not in kinds(text, "Springfield")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels mortared the army camp in Kidal on Monday.", "attack"),
        ("Hundreds demonstrated against the junta in Kidal on Monday.", "protest"),
        ("Workers rallied outside the governor's office in Kidal on Monday.", "protest"),
        ("Teachers picketed the ministry in Kidal on Monday.", "protest"),
    ],
)
def test_verbs_of_protest_and_mortar_fire_are_typed_at_their_place(text: str, kind: str) -> None:
    assert kind in kinds(text, "Kidal")


def test_demonstrating_a_skill_is_no_protest() -> None:
    text = "Cadets demonstrated the skills they learned at a ceremony in Springfield on Monday."
    assert "protest" not in kinds(text, "Springfield")


def test_a_unit_replacing_another_is_a_rotation_deployment() -> None:
    text = "Dutch troops are stationed in Kidal. A Belgian contingent will replace them later this year."
    found = events(text, "Kidal", published="2024-05-28")
    assert ("Kidal", "deployment", "2024-05/2024-12") in found
    text = "The president replaced the army chief in Kidal on Monday."
    assert "deployment" not in kinds(text, "Kidal")
