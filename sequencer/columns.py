"""The standard candidate columns, one cell at a time: a checked, normalised value, or a
recruiter-readable problem.

Each `parse_*` takes a cell as written (already stripped by `clean`) and returns the value the
project works with, None for an empty cell, or raises `CellError` with a message that names the
column, quotes the value and says how to fix it. The caller adds where (the row, the file).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import geocoder

from sequencer.channel import Channel


class CellError(ValueError):
    """One unusable cell; the message is a whole sentence for the recruiter, without the row."""


# What recruiters write in a `preferred_channel` cell (after dropping case, spaces and dashes).
CHANNEL_ALIASES: Mapping[str, Channel] = {
    "email": Channel.EMAIL,
    "sms": Channel.SMS,
    "text": Channel.SMS,
    "voicemail": Channel.VOICEMAIL,
    "phone": Channel.VOICEMAIL,
    "call": Channel.VOICEMAIL,
    "linkedin": Channel.LINKEDIN,
}

_YES = frozenset({"yes", "y", "true", "1"})
_NO = frozenset({"no", "n", "false", "0", ""})
_CONSENT_MEANING = {"sms_consent": "to receive texts", "call_consent": "to be called"}

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

_DOMAIN = re.compile(r"(?:[\w-]+\.)+[\w-]{2,}")

# Text copied from web pages and LinkedIn often carries invisible marks (zero-width spaces,
# left-to-right marks around phone numbers) that make a good address fail to parse.
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060\ufeff"
_EDGES = re.compile(rf"^[\s{_INVISIBLE}]+|[\s{_INVISIBLE}]+$")
_INVISIBLE_CHARS = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"
)

# What a spreadsheet exports in place of a formula it could not compute. Typing "+1 415-555-0134"
# into Google Sheets gives #ERROR! (it reads a formula), and a failed VLOOKUP gives #N/A.
SPREADSHEET_ERRORS = frozenset(
    {"#ERROR!", "#NAME?", "#VALUE!", "#REF!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"}
)


def clean(cell: str) -> str:
    """The cell without surrounding spaces, line breaks and invisible characters."""
    if cell and not _is_edge(cell[0]) and not _is_edge(cell[-1]):
        return cell  # nearly every cell: nothing to strip, so no need to run the pattern
    return _EDGES.sub("", cell)


def _is_edge(char: str) -> bool:
    """What `_EDGES` strips (`\\s` in a str pattern is exactly str.isspace)."""
    return char.isspace() or char in _INVISIBLE_CHARS


def check_text(column: str, value: str) -> None:
    """Reject what no standard column can hold: a line break, or a spreadsheet error value."""
    _check_one_line(column, value)
    if value.upper() in SPREADSHEET_ERRORS:
        raise CellError(
            f"{column} {quote(value)} is a spreadsheet error, not a value: a formula failed, or "
            "what was typed was read as one (a phone starting with + is); format the column as "
            "Text and type the value again"
        )


def _check_one_line(column: str, value: str) -> None:
    # A standard value never spans lines; when one does, a quote left open earlier in the row
    # made the CSV reader take the lines below it into this cell.
    if len(value.splitlines()) > 1:
        raise CellError(
            f"{column} {quote(value.splitlines()[0] + ' ...')} runs over more than one line: "
            'check this row for a quote (") that is never closed, or remove the line break'
        )


def quote(value: str) -> str:
    return '"' + (value if len(value) <= 60 else value[:57] + "...") + '"'


def parse_email(value: str) -> str | None:
    if not value:
        return None
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise CellError(f"email {quote(value)} is not a valid address: {exc}") from None


def parse_country(value: str) -> str | None:
    """An ISO 3166 alpha-2 code, upper case."""
    code = _COUNTRY_ALIASES.get(value.upper(), value.upper())
    if not code or code in phonenumbers.SUPPORTED_REGIONS:
        return code or None
    raise CellError(
        f"country {quote(value)} is not a two-letter ISO country code: "
        "write it like US, GB, DE or IN, or leave it empty"
    )


def parse_phone(value: str, region: str) -> str | None:
    """The number in E.164; `region` is the country assumed for numbers written without +."""
    if not value:
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise CellError(_phone_problem(value, region))
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _phone_problem(value: str, region: str) -> str:
    if re.search(r"\d[eE]\+?\d", value):
        return (
            f"phone {quote(value)} was turned into a number by the spreadsheet: "
            "format the phone column as Text and type the numbers again"
        )
    example = phonenumbers.example_number(region)
    sample = "+1 415 555 0134"
    if example is not None:
        sample = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if value.startswith("+"):
        return f"phone {quote(value)} is not a valid phone number: check the digits, e.g. {sample}"
    return (
        f"phone {quote(value)} is not a valid phone number for {region}: "
        f"write it with the country code, e.g. {sample}"
    )


@lru_cache(maxsize=4096)
def phone_state(phone_e164: str) -> str | None:
    """The US state of a US number's area code, else None.

    Some states have stricter calling hours than the TCPA, and people move but keep their
    number, so the planner applies this state's rules as well as those of the `state` column.
    """
    try:
        number = parse_e164(phone_e164)
    except phonenumbers.NumberParseException:
        return None
    return _state_of(number) if phonenumbers.region_code_for_number(number) == "US" else None


@lru_cache(maxsize=4096)
def parse_e164(phone_e164: str) -> phonenumbers.PhoneNumber:
    """A stored number, parsed once for everything asked of it (its state here, the zones it
    may ring in for the planner). Shared between callers: never modify the result.

    Raises phonenumbers.NumberParseException, as phonenumbers.parse does.
    """
    return phonenumbers.parse(phone_e164, None)


def _state_of(number: phonenumbers.PhoneNumber) -> str | None:
    # The geocoder names a whole state ("Florida") or a place in one ("San Francisco, CA").
    place = str(geocoder.description_for_number(number, "en"))
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


def parse_linkedin_url(value: str) -> str | None:
    if not value:
        return None
    # People paste "linkedin.com/in/jane" from the address bar, which hides the scheme.
    url = value if "://" in value else "https://" + value
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        parts, host = None, ""
    if parts and parts.scheme.lower() in ("http", "https") and _is_linkedin(host):
        return url
    raise CellError(
        f"linkedin_url {quote(value)} is not a LinkedIn link: "
        "write it like https://www.linkedin.com/in/jane-doe, or leave it empty"
    )


def _is_linkedin(host: str) -> bool:
    return host == "linkedin.com" or host.endswith(".linkedin.com")


def parse_company_domain(value: str) -> str | None:
    if not value:
        return None
    # Accept what people paste: "@acme.com", "jane@acme.com", "https://www.acme.com/careers".
    domain = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value.lower()).split("/")[0]
    domain = domain.rpartition("@")[2].removeprefix("www.").rstrip(".")
    if _DOMAIN.fullmatch(domain):
        return domain
    raise CellError(
        f"current_company_domain {quote(value)} is not a domain name: "
        "write it like acme.com, or leave it empty"
    )


def parse_channel(value: str) -> Channel | None:
    if not value:
        return None
    channel = CHANNEL_ALIASES.get(re.sub(r"[\s_-]+", "", value.lower()))
    if channel is None:
        raise CellError(
            f"preferred_channel {quote(value)} is not a channel: write email, sms (or text), "
            "voicemail (or call, phone) or linkedin, or leave it empty"
        )
    return channel


def parse_consent(value: str, column: str) -> bool:
    """`column` is sms_consent or call_consent; an empty cell is no."""
    if value.lower() in _YES:
        return True
    if value.lower() in _NO:
        return False
    raise CellError(
        f"{column} {quote(value)} is not yes or no: write yes only if they agreed "
        f"{_CONSENT_MEANING[column]}, otherwise no (an empty cell means no)"
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
