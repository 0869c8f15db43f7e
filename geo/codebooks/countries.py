"""Country names ↔ ISO 3166-1 codes, accepting the spellings ACLED and UCDP use.

pycountry knows the ISO names ("Syrian Arab Republic") and many common names ("Syria"); the data file
``geo/lexicon/data/codebooks_countries.yaml`` adds, with their sources, the names event data sets write
that it does not know ("Russia", "Turkey", "Democratic Republic of Congo", "Palestine", "Kosovo"...).
"""

from __future__ import annotations

import functools
from typing import Final

import pycountry

from geo import lexicon

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
        return None


@functools.cache
def acled_country_name(code: str) -> tuple[str, int | None]:
    """Return ACLED's country name and ISO numeric code for an alpha-2 code."""
    country = pycountry.countries.get(alpha_2=code)
    numeric = int(country.numeric) if country is not None else None
    if code in _ACLED_COUNTRY:
        return _ACLED_COUNTRY[code], numeric
    if country is None:
        return code, None
    return str(getattr(country, "common_name", None) or country.name), numeric
