"""Where a person is: the country, state and time zone columns, checked one cell at a time
(see `columns` for how a `parse_*` answers), and the US states a phone's area code names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import phonenumbers

from sequencer.errors import CellError
from sequencer.people.columns import quote

# Not ISO codes, but nobody means anything else by them.
_COUNTRY_ALIASES = {"UK": "GB", "USA": "US"}

US_STATES: Mapping[str, str] = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA",
    "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL", "Indiana": "IN", "Iowa": "IA",
    "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA", "Maine": "ME", "Maryland": "MD",
    "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN", "Mississippi": "MS",
    "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV", "New Hampshire": "NH",
    "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN",
    "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA",
    "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY", "District of Columbia": "DC",
    "Washington D.C.": "DC", "Puerto Rico": "PR", "Guam": "GU", "U.S. Virgin Islands": "VI",
    "American Samoa": "AS", "Northern Mariana Islands": "MP",
}  # fmt: skip
_STATE_BY_NAME = {name.lower(): code for name, code in US_STATES.items()}
_STATE_CODES = frozenset(US_STATES.values())

# Abbreviations people write for US zones. "EST" and "MST" even load, as fixed offsets with no
# daylight saving, which would put every summer send an hour off (and outside quiet hours).
_ZONE_ABBREVIATIONS = {
    **dict.fromkeys(["est", "edt", "et", "eastern"], "America/New_York"),
    **dict.fromkeys(["cst", "cdt", "ct", "central"], "America/Chicago"),
    **dict.fromkeys(["mst", "mdt", "mt", "mountain"], "America/Denver"),
    **dict.fromkeys(["pst", "pdt", "pt", "pacific"], "America/Los_Angeles"),
}
# Files in the zoneinfo directory that load but are no one's time zone.
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})


def parse_country(value: str) -> str | None:
    """An ISO 3166 alpha-2 code, upper case."""
    code = _COUNTRY_ALIASES.get(value.upper(), value.upper())
    if not code or code in phonenumbers.SUPPORTED_REGIONS:
        return code or None
    raise CellError(
        f"country {quote(value)} is not a two-letter ISO country code: "
        "write it like US, GB, DE or IN, or leave it empty"
    )


def parse_state(value: str, country: str | None) -> str | None:
    """A US state code (from a code or a name); outside the US, the region as written."""
    if not value:
        return None
    if country not in (None, "US"):
        return value.upper()  # a province or region elsewhere: kept as written
    code = value.upper() if value.upper() in _STATE_CODES else _STATE_BY_NAME.get(value.lower())
    if code is None:
        raise CellError(
            f"state {quote(value)} is not a US state: write its two-letter code like CA or NY, "
            "or fill in country for a place outside the US"
        )
    return code


def state_of_place(place: str) -> str | None:
    """The US state a place names: a whole state ("Florida") or a place in one ("San
    Francisco, CA"), as the phone number geocoder describes them; else None."""
    tail = place.rpartition(", ")[2]
    return tail if tail in _STATE_CODES else _STATE_BY_NAME.get(place.lower())


def parse_timezone(value: str) -> str | None:
    """An IANA name that loads; abbreviations like EST are refused (they ignore daylight saving)."""
    if not value:
        return None
    if value not in _NOT_ZONES and value.lower() not in _ZONE_ABBREVIATIONS:
        try:
            ZoneInfo(value)
            return value
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass  # OSError: a directory such as "America"
    raise CellError(_timezone_problem(value))


def _timezone_problem(value: str) -> str:
    problem = f"timezone {quote(value)} is not an IANA time zone name: "
    suggestion = _ZONE_ABBREVIATIONS.get(value.lower()) or _zones_by_loose_name().get(
        _loose_zone(value)
    )
    if suggestion:
        return problem + f"did you mean {suggestion}?"
    return problem + "write it like America/New_York or Europe/Berlin, or leave it empty"


@lru_cache(maxsize=1)
def _zones_by_loose_name() -> dict[str, str]:
    # Only used for error messages: scanning every zone takes tens of milliseconds.
    return {_loose_zone(name): name for name in available_timezones() - _NOT_ZONES}


def _loose_zone(name: str) -> str:
    return re.sub(r"[\s_]+", "_", name.strip().lower())
