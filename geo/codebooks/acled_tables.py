"""The mapping tables between ACLED's coding and ours (used and re-exported by :mod:`geo.codebooks.acled`).

The category names are those of ACLED's codebook (25 sub-event types in 6 event types, as published in
ACLED's ``acledR`` package); the tables are ours, written from those facts. ``docs/importers.md``
explains every choice.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ACLED_CATEGORIES",
    "ACLED_COLUMNS",
    "BY_OUR_SUB",
    "DROPPED_PROPERTIES",
    "EMPTY_COLUMNS",
    "EVENT_ALIASES",
    "FROM_ACLED",
    "OLD_EVENT_TYPES",
    "SUB_TO_ACLED",
    "TYPE_TO_ACLED",
]


#: Columns of ACLED's current export layout (since March 2023), in order.
ACLED_COLUMNS: Final[tuple[str, ...]] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

#: ACLED columns :func:`acled_rows` always leaves empty: we hold no such information.
EMPTY_COLUMNS: Final[tuple[str, ...]] = (
    "inter1", "inter2", "interaction", "region", "admin1", "admin2", "admin3", "tags", "timestamp",
)  # fmt: skip

#: Our properties that have no ACLED column and are not written (besides per-feature lossy points).
DROPPED_PROPERTIES: Final[tuple[str, ...]] = (
    "name", "gazetteer_id", "feature_class", "date_start", "date_end", "mentions", "confidence",
    "source.title", "source.url", "source.published", "source.sha256",
)  # fmt: skip

#: Every (event_type, sub_event_type) pair of ACLED's codebook → our (event_type, sub_event_type).
FROM_ACLED: Final[dict[tuple[str, str], tuple[str, str]]] = {
    ("Battles", "Armed clash"): ("attack", "armed_clash"),
    ("Battles", "Government regains territory"): ("attack", "government_regains_territory"),
    ("Battles", "Non-state actor overtakes territory"): ("attack", "non_state_actor_overtakes_territory"),
    ("Explosions/Remote violence", "Chemical weapon"): ("attack", "chemical_weapon"),
    ("Explosions/Remote violence", "Air/drone strike"): ("strike", "air_drone_strike"),
    ("Explosions/Remote violence", "Suicide bomb"): ("attack", "suicide_bomb"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): (
        "rocket_attack",
        "shelling_artillery_missile_attack",
    ),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"): (
        "attack",
        "remote_explosive_landmine_ied",
    ),
    ("Explosions/Remote violence", "Grenade"): ("attack", "grenade"),
    ("Protests", "Peaceful protest"): ("protest", "peaceful_protest"),
    ("Protests", "Protest with intervention"): ("protest", "protest_with_intervention"),
    ("Protests", "Excessive force against protesters"): ("protest", "excessive_force_against_protesters"),
    ("Riots", "Violent demonstration"): ("protest", "violent_demonstration"),
    ("Riots", "Mob violence"): ("attack", "mob_violence"),
    ("Strategic developments", "Agreement"): ("political", "agreement"),
    ("Strategic developments", "Arrests"): ("political", "arrests"),
    ("Strategic developments", "Change to group/activity"): ("political", "change_to_group_activity"),
    ("Strategic developments", "Disrupted weapons use"): ("attack", "disrupted_weapons_use"),
    ("Strategic developments", "Headquarters or base established"): (
        "deployment",
        "headquarters_or_base_established",
    ),
    ("Strategic developments", "Looting/property destruction"): ("attack", "looting_property_destruction"),
    ("Strategic developments", "Non-violent transfer of territory"): (
        "presence",
        "non_violent_transfer_of_territory",
    ),
    ("Strategic developments", "Other"): ("political", "other_strategic_development"),
    ("Violence against civilians", "Sexual violence"): ("attack", "sexual_violence"),
    ("Violence against civilians", "Attack"): ("attack", "attack_on_civilians"),
    ("Violence against civilians", "Abduction/forced disappearance"): (
        "abduction",
        "abduction_forced_disappearance",
    ),
}

#: Event types of ACLED's older files (before sub-event types, up to 2018) → our (event_type, sub_event_type).
OLD_EVENT_TYPES: Final[dict[str, tuple[str, str | None]]] = {
    "battle-no change of territory": ("attack", "armed_clash"),
    "battle-government regains territory": ("attack", "government_regains_territory"),
    "battle-non-state actor overtakes territory": ("attack", "non_state_actor_overtakes_territory"),
    "headquarters or base established": ("deployment", "headquarters_or_base_established"),
    "non-violent transfer of territory": ("presence", "non_violent_transfer_of_territory"),
    "remote violence": ("attack", "remote_violence"),
    "riots/protests": ("protest", "riots_protests"),
    "strategic development": ("political", "other_strategic_development"),
    "violence against civilians": ("attack", "attack_on_civilians"),
    "non-violent activity by a conflict actor": ("political", "non_violent_activity"),
}

#: The codebook's pairs in order.
ACLED_CATEGORIES: Final[tuple[tuple[str, str], ...]] = tuple(FROM_ACLED)

BY_OUR_SUB: Final[dict[str, tuple[str, str]]] = {sub: pair for pair, (_, sub) in FROM_ACLED.items()}

#: Our finer sub-event types that fall into one ACLED category (the distinction is lost).
SUB_TO_ACLED: Final[dict[str, tuple[str, str]]] = {
    "drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "air_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "rocket": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ballistic_missile": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "cruise_missile": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "mortar": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide_bombing": ("Explosions/Remote violence", "Suicide bomb"),
}

#: Our event type → ACLED pair when the sub-event type says nothing more, and whether that is exact.
TYPE_TO_ACLED: Final[dict[str, tuple[tuple[str, str], bool]]] = {
    "strike": (("Explosions/Remote violence", "Air/drone strike"), True),
    "rocket_attack": (("Explosions/Remote violence", "Shelling/artillery/missile attack"), True),
    "abduction": (("Violence against civilians", "Abduction/forced disappearance"), True),
    "attack": (("Battles", "Armed clash"), False),
    "protest": (("Protests", "Peaceful protest"), False),
    "deployment": (("Strategic developments", "Headquarters or base established"), False),
    "withdrawal": (("Strategic developments", "Change to group/activity"), False),
    "political": (("Strategic developments", "Other"), False),
    "training": (("Strategic developments", "Other"), False),
    "presence": (("Strategic developments", "Other"), False),
    "mention": (("Strategic developments", "Other"), False),
}

#: Spellings of ACLED's older files and codebook accepted on import.
EVENT_ALIASES: Final[dict[str, str]] = {
    "strategic developments": "Strategic developments",
    "excessive force against protestors": "Excessive force against protesters",
    "remote violence": "Explosions/Remote violence",
    "violence against civilians": "Violence against civilians",
}
