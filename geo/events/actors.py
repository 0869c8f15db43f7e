"""Actors and missions named in a text: demonyms, country names and catalogue aliases.

Countries are actors under their common English name ("Netherlands", "United States"); demonyms and
"-led"/"-backed" compounds ("Dutch", "U.S.", "French-led", "Iran-backed") name them too. Missions and
armed groups come from :mod:`geo.catalog` (extendable), matched by name or alias: all-capital aliases
("IS", "KH", "OIR") match case-sensitively, others case-insensitively.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from geo.catalog import Catalogue
from geo.temporal._scan import Tokens

__all__ = [
    "COUNTRY_NAMES",
    "DEMONYMS",
    "Mention",
    "country_name",
    "find_catalogue",
    "find_demonyms",
    "find_names",
]

# ISO code -> (actor name, demonyms and short forms). Our own table of the countries most often named in
# conflict and mission news; any other country is named through pycountry.
_COUNTRIES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "AF": ("Afghanistan", ("Afghan", "Afghans")),
    "AU": ("Australia", ("Australian", "Australians")),
    "AT": ("Austria", ("Austrian",)),
    "AZ": ("Azerbaijan", ("Azerbaijani", "Azeri")),
    "AM": ("Armenia", ("Armenian",)),
    "BE": ("Belgium", ("Belgian", "Belgians")),
    "BH": ("Bahrain", ("Bahraini",)),
    "BF": ("Burkina Faso", ("Burkinabe",)),
    "CA": ("Canada", ("Canadian", "Canadians")),
    "CN": ("China", ("Chinese",)),
    "CZ": ("Czechia", ("Czech", "Czechs")),
    "DK": ("Denmark", ("Danish", "Danes")),
    "EG": ("Egypt", ("Egyptian", "Egyptians")),
    "EE": ("Estonia", ("Estonian", "Estonians")),
    "ET": ("Ethiopia", ("Ethiopian",)),
    "FI": ("Finland", ("Finnish", "Finns")),
    "FR": ("France", ("French",)),
    "DE": ("Germany", ("German", "Germans")),
    "GB": ("United Kingdom", ("British", "Briton", "Britons", "UK", "U.K.", "Britain")),
    "GR": ("Greece", ("Greek", "Greeks")),
    "HU": ("Hungary", ("Hungarian",)),
    "IN": ("India", ("Indian", "Indians")),
    "IQ": ("Iraq", ("Iraqi", "Iraqis")),
    "IR": ("Iran", ("Iranian", "Iranians")),
    "IE": ("Ireland", ("Irish",)),
    "IL": ("Israel", ("Israeli", "Israelis")),
    "IT": ("Italy", ("Italian", "Italians")),
    "JP": ("Japan", ("Japanese",)),
    "JO": ("Jordan", ("Jordanian", "Jordanians")),
    "KW": ("Kuwait", ("Kuwaiti",)),
    "LB": ("Lebanon", ("Lebanese",)),
    "LT": ("Lithuania", ("Lithuanian",)),
    "LV": ("Latvia", ("Latvian",)),
    "LY": ("Libya", ("Libyan", "Libyans")),
    "ML": ("Mali", ("Malian",)),
    "NE": ("Niger", ("Nigerien",)),
    "NG": ("Nigeria", ("Nigerian", "Nigerians")),
    "NL": ("Netherlands", ("Dutch", "Netherlands", "Holland")),
    "NO": ("Norway", ("Norwegian", "Norwegians")),
    "NZ": ("New Zealand", ("New Zealander",)),
    "OM": ("Oman", ("Omani",)),
    "PK": ("Pakistan", ("Pakistani", "Pakistanis")),
    "PL": ("Poland", ("Polish", "Poles")),
    "PS": ("Palestine", ("Palestinian", "Palestinians")),
    "PT": ("Portugal", ("Portuguese",)),
    "QA": ("Qatar", ("Qatari",)),
    "RO": ("Romania", ("Romanian",)),
    "RU": ("Russia", ("Russian", "Russians")),
    "SA": ("Saudi Arabia", ("Saudi", "Saudis")),
    "SD": ("Sudan", ("Sudanese",)),
    "SO": ("Somalia", ("Somali", "Somalis")),
    "ES": ("Spain", ("Spanish", "Spaniards")),
    "SE": ("Sweden", ("Swedish", "Swedes")),
    "CH": ("Switzerland", ("Swiss",)),
    "SY": ("Syria", ("Syrian", "Syrians")),
    "TR": ("Turkey", ("Turkish", "Turks")),
    "UA": ("Ukraine", ("Ukrainian", "Ukrainians")),
    "AE": ("United Arab Emirates", ("Emirati", "Emiratis", "UAE")),
    "US": ("United States", ("American", "Americans", "U.S.", "US", "USA", "U.S.A.")),
    "YE": ("Yemen", ("Yemeni", "Yemenis")),
}
#: ISO code -> actor name.
COUNTRY_NAMES: Final[dict[str, str]] = {code: name for code, (name, _) in _COUNTRIES.items()}
#: Demonym or short form -> ISO code.
DEMONYMS: Final[dict[str, str]] = {form: code for code, (_, forms) in _COUNTRIES.items() for form in forms}


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the text: an actor or mission (canonical name) or a country (by demonym)."""

    start: int
    end: int
    name: str
    led: bool = False


def country_name(code: str | None) -> str | None:
    """Actor name of an ISO 3166-1 alpha-2 country code (None for None or an unknown code)."""
    if code is None:
        return None
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    import pycountry

    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return None
    return str(getattr(record, "common_name", None) or record.name)


_WORD: Final = re.compile(r"\w+")
_LED: Final = re.compile(r"-(?:led|backed|aligned|supported|sponsored)\b")


class _Names:
    """Names indexed by their first word: lower-cased for ordinary names, exact for all-capital ones."""

    def __init__(self, names: dict[str, str]) -> None:
        self.lower: dict[str, list[tuple[int, re.Pattern[str], str]]] = {}
        self.exact: dict[str, list[tuple[int, re.Pattern[str], str]]] = {}
        for key in sorted(names, key=len, reverse=True):
            first = _WORD.match(key)
            if first is None:
                continue
            body = re.escape(key).replace(r"\ ", r"\s+")
            upper = key.isupper() or len(key) <= 3
            pattern = re.compile(body + r"(?![\w])" if upper else f"(?i:{body})(?![\\w])")
            table = self.exact if upper else self.lower
            word = first.group() if upper else first.group().lower()
            table.setdefault(word, []).append((len(key), pattern, names[key]))
        self.folded = frozenset(word.lower() for word in self.exact)

    def find(self, text: str, tokens: Tokens) -> list[Mention]:
        out: list[Mention] = []
        reached = -1
        lower, exact, folded = self.lower, self.exact, self.folded
        words = tokens.words
        for index in [i for i, w in enumerate(words) if w in lower or w in folded]:
            word = words[index]
            start = tokens.starts[index]
            if start < reached or (word not in lower and text[start : tokens.ends[index]] not in exact):
                continue
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-."):
                continue
            candidates = [*exact.get(text[start : tokens.ends[index]], ()), *lower.get(word, ())]
            candidates.sort(key=lambda c: -c[0])  # longest name first, whatever its case rule
            for _, pattern, name in candidates:
                match = pattern.match(text, start)
                if match is not None:
                    end = match.end()
                    led = _LED.match(text, end)
                    out.append(Mention(start, end, name, led=led is not None))
                    reached = led.end() if led is not None else end
                    break
        return out


_DEMONYM_NAMES: Final = _Names({form: COUNTRY_NAMES[code] for form, code in DEMONYMS.items()})


def find_demonyms(text: str, *, tokens: Tokens | None = None) -> list[Mention]:
    """Demonyms and country short forms ("Dutch", "U.S.", "French-led") as country actors, in order."""
    return _DEMONYM_NAMES.find(text, tokens if tokens is not None else Tokens(text))


@functools.lru_cache(maxsize=16)
def _combined(missions: Catalogue, actors: Catalogue) -> _Names:
    names = {form: "\x00" + COUNTRY_NAMES[code] for form, code in DEMONYMS.items()}
    names.update({key: "\x01" + e.name for e in actors.entries for key in (e.name, *e.aliases)})
    names.update({key: "\x02" + e.name for e in missions.entries for key in (e.name, *e.aliases)})
    return _Names(names)


def find_names(
    text: str, missions: Catalogue, actors: Catalogue, *, tokens: Tokens | None = None
) -> tuple[list[Mention], list[Mention]]:
    """Missions, and actors (catalogue entries and demonym countries), found in one pass."""
    found = _combined(missions, actors).find(text, tokens if tokens is not None else Tokens(text))
    mission_mentions = [Mention(m.start, m.end, m.name[1:], m.led) for m in found if m.name[0] == "\x02"]
    actor_mentions = [Mention(m.start, m.end, m.name[1:], m.led) for m in found if m.name[0] != "\x02"]
    return mission_mentions, actor_mentions


@functools.lru_cache(maxsize=16)
def _catalogue_names(catalogue: Catalogue) -> _Names:
    return _Names({key: entry.name for entry in catalogue.entries for key in (entry.name, *entry.aliases)})


def find_catalogue(text: str, catalogue: Catalogue, *, tokens: Tokens | None = None) -> list[Mention]:
    """Names and aliases of ``catalogue`` entries in ``text``, as canonical names, in order."""
    return _catalogue_names(catalogue).find(text, tokens if tokens is not None else Tokens(text))
