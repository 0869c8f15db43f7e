"""Country names ↔ ISO 3166-1 codes, accepting the spellings ACLED and UCDP use.

pycountry knows the ISO names ("Syrian Arab Republic") and many common names ("Syria"); the data file
``geo/lexicon/data/codebooks_countries.yaml`` adds, with their sources, the names event data sets write
that it does not know ("Russia", "Turkey", "Democratic Republic of Congo", "Palestine", "Kosovo"...).
"""

from __future__ import annotations

import functools
from typing import Any, Final

import pycountry

from geo import lexicon
from geo.model.countries import is_former_country_code

__all__ = ["acled_country_name", "country_code"]

_NAMES: Final = lexicon.load("codebooks_countries")
#: ACLED's country names where they differ from pycountry's names (ISO 3166-1 alpha-2 → ACLED).
_ACLED_COUNTRY: Final[dict[str, str]] = {e["code"]: e["name"] for e in _NAMES if e.get("acled")}
#: Every name of the data file, case-folded → alpha-2 code.
_COUNTRY_BY_NAME: Final[dict[str, str]] = {entry["name"].casefold(): entry["code"] for entry in _NAMES}


@functools.cache
def country_code(name: str) -> str | None:
    """Return the ISO 3166-1 alpha-2 code of a country name (ACLED's or ISO's) or ISO code, or ``None``."""
    text = name.strip()
    if not text:
        return None
    if text.casefold() in _COUNTRY_BY_NAME:
        return _COUNTRY_BY_NAME[text.casefold()]
    if text.isdigit():
        country = pycountry.countries.get(numeric=text.zfill(3))
        return None if country is None else str(country.alpha_2)
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        pass
    return _former_by_name().get(text.casefold())


def _former(code: str) -> Any | None:
    """The most recently withdrawn ISO 3166-3 state whose alpha-2 code was ``code`` (``CS``: Serbia and
    Montenegro, not Czechoslovakia), or None."""
    entries = [e for e in pycountry.historic_countries if getattr(e, "alpha_2", None) == code]
    return max(entries, key=lambda e: str(getattr(e, "withdrawal_date", ""))) if entries else None


@functools.cache
def _former_by_name() -> dict[str, str]:
    """Names of withdrawn states (ISO 3166-3) whose codes are not assigned again, case-folded → alpha-2."""
    names: dict[str, str] = {}
    for entry in pycountry.historic_countries:
        code = getattr(entry, "alpha_2", None)
        if code and is_former_country_code(code) and _former(code) is entry:
            names[str(getattr(entry, "name", code)).casefold()] = code
    return names


@functools.cache
def acled_country_name(code: str) -> tuple[str, int | None]:
    """Return ACLED's country name and ISO numeric code for an alpha-2 code."""
    country = pycountry.countries.get(alpha_2=code)
    numeric = int(country.numeric) if country is not None else None
    if code in _ACLED_COUNTRY:
        return _ACLED_COUNTRY[code], numeric
    if country is None:
        former = _former(code)
        if former is None:
            return code, None
        numeric_text = getattr(former, "numeric", None)
        return str(former.name), int(numeric_text) if numeric_text else None
    return str(getattr(country, "common_name", None) or country.name), numeric
