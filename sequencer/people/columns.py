"""The standard candidate columns, one cell at a time: a checked, normalised value, or a
recruiter-readable problem.

Each `parse_*` takes a cell as written (already stripped by `clean`) and returns the value the
project works with, None for an empty cell, or raises `CellError` with a message that names the
column, quotes the value and says how to fix it. The caller adds where (the row, the file).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import email_validator
import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import PhoneNumberType, geocoder

from sequencer.spec.channel import Channel


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
    if not cell:
        return cell
    # Nearly every cell has nothing to strip, so no need to run the pattern. A letter or digit
    # (the usual first and last character) is never a space or an invisible mark.
    first, last = cell[0], cell[-1]
    if (first.isalnum() or not _is_edge(first)) and (last.isalnum() or not _is_edge(last)):
        return cell
    return _EDGES.sub("", cell)


def _is_edge(char: str) -> bool:
    """What `_EDGES` strips (`\\s` in a str pattern is exactly str.isspace)."""
    return char.isspace() or char in _INVISIBLE_CHARS


def check_texts(cells: Mapping[str, str]) -> None:
    """`check_text` for each filled-in cell (column name -> cell), in order."""
    for column, value in cells.items():
        # Nearly every cell is printable (a line break never is) and is no error value (they
        # all start with #): nothing to check.
        if value and not (value.isprintable() and value[0] != "#"):
            check_text(column, value)


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


def _remember_domain_checks() -> None:
    """Make email-validator check each domain once, not once per address.

    Its check of the part after the @ goes character by character (~15 µs, most of what an
    address costs), and a file holds thousands of addresses at a handful of domains. The check
    is a function of its arguments and of the special-use names it refuses (which its users may
    change, so they are part of the key); it raises for a bad domain, and raising is never
    remembered, so a bad domain gets its own fresh error each time. The library offers no hook:
    this replaces the name its `validate_email` calls, once, keeping the original.
    """
    module = sys.modules.get("email_validator.validate_email")
    check = getattr(module, "validate_email_domain_name", None)
    if module is None or check is None or getattr(check, "remembers", False):
        return  # not the layout this was written for (2.x), or already done
    original: Callable[..., Any] = check

    @lru_cache(maxsize=1024)
    def checked(
        args: tuple[Any, ...], options: tuple[tuple[str, Any], ...], special: tuple[str, ...]
    ) -> dict[str, Any]:
        # `special` is only part of the key: the check reads the same list itself.
        result: dict[str, Any] = original(*args, **dict(options))
        return result

    def remembered(*args: Any, **options: Any) -> dict[str, Any]:
        # Whatever arguments a later version passes are part of the key, as they are.
        key = (
            args,
            tuple(sorted(options.items())),
            tuple(email_validator.SPECIAL_USE_DOMAIN_NAMES),
        )
        try:
            hash(key)
        except TypeError:
            return dict(original(*args, **options))  # not a key: ask the library itself
        # A copy: the caller gets a dict of its own, as from the original.
        return dict(checked(*key))

    remembered.remembers = True  # type: ignore[attr-defined]
    module.validate_email_domain_name = remembered  # type: ignore[attr-defined]


_remember_domain_checks()


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
    phone = check_phone(value, region)
    return phone.e164 if phone else None


@dataclass(frozen=True, slots=True)
class Phone:
    """A number with what was worked out about it: its E.164 form, and its type."""

    e164: str
    number: phonenumbers.PhoneNumber  # shared: never modify it
    kind: int  # its PhoneNumberType (UNKNOWN: invalid)

    def state(self) -> str | None:
        """`phone_state(self.e164)`, without parsing the E.164 form again.

        The same answer: a state needs country code 1, whose valid national numbers never
        start with 1 (the national prefix), so parsing the E.164 form gives the same country
        code and national number; any other country code has no state either way.
        """
        try:
            return _STATES[self.e164]
        except KeyError:
            pass
        state = _us_state(self.number, self.kind)
        _remember(_STATES, self.e164, state)
        return state


def check_phone(value: str, region: str) -> Phone | None:
    """`parse_phone`, keeping what the check worked out (the number's type: its state needs
    it too)."""
    if not value:
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    # number_type is UNKNOWN exactly when is_valid_number is False (it works out the number's
    # region and matches it against that region's patterns, as is_valid_number does).
    kind = PhoneNumberType.UNKNOWN if number is None else phonenumbers.number_type(number)
    if number is None or kind == PhoneNumberType.UNKNOWN:
        raise CellError(_phone_problem(value, region))
    e164 = str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    if number.country_code != 1:
        return Phone(e164, number, kind)
    # What parsing the E.164 form gives (`stored_phone`): a valid number of country code 1 has
    # a national number that never starts with 1, its national prefix, nor with a 0 (no
    # leading zeros), so the E.164 form parses to just this country code and national number
    # (an extension, as in "ext. 12", is not part of it). The planner then needn't parse it.
    phone = Phone(
        e164, phonenumbers.PhoneNumber(country_code=1, national_number=number.national_number), kind
    )
    _remember(_PHONES, e164, phone)
    return phone


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


def phone_state(phone_e164: str) -> str | None:
    """The US state of a US number's area code, else None.

    Some states have stricter calling hours than the TCPA, and people move but keep their
    number, so the planner applies this state's rules as well as those of the `state` column.
    """
    try:
        return _STATES[phone_e164]
    except KeyError:
        pass
    try:
        phone = stored_phone(phone_e164)
    except phonenumbers.NumberParseException:
        _remember(_STATES, phone_e164, None)
        return None
    return phone.state()


def stored_phone(phone_e164: str) -> Phone:
    """A stored number (E.164), parsed once for everything asked of it: its state, the zones
    it may ring in. Shared between callers.

    Raises phonenumbers.NumberParseException, as phonenumbers.parse does.
    """
    try:
        return _PHONES[phone_e164]
    except KeyError:
        pass
    number = phonenumbers.parse(phone_e164, None)
    phone = Phone(phone_e164, number, phonenumbers.number_type(number))
    _remember(_PHONES, phone_e164, phone)
    return phone


# What is known of the numbers asked about lately, by E.164 string: `stored_phone`s and their
# states. A number checked by `check_phone` is added as it would be found here, so planning
# texts and calls to someone just read needn't parse their number again. Bounded: emptied
# when full (cheap, and harmless to another thread reading at the time).
_PHONES: dict[str, Phone] = {}
_STATES: dict[str, str | None] = {}
_KEPT = 4096
_Known = TypeVar("_Known")


def _remember(known: dict[str, _Known], phone_e164: str, value: _Known) -> None:
    if len(known) >= _KEPT:
        known.clear()
    known[phone_e164] = value


def _us_state(number: phonenumbers.PhoneNumber, kind: int) -> str | None:
    """The state of a US number; `kind` is its PhoneNumberType."""
    # Only country code 1 has US numbers: checking it first spares the others the region work.
    if number.country_code != 1 or phonenumbers.region_code_for_number(number) != "US":
        return None
    # What geocoder.description_for_number does, without working out the type once more: a
    # number of no place (toll-free, premium) is described by its country alone, and "United
    # States" names no state ("US" is the region only of numbers valid in the US, so the
    # country is never another one's, such as "Puerto Rico").
    if not phonenumbers.is_number_type_geographical(kind, number.country_code):
        return None
    # The geocoder names a whole state ("Florida") or a place in one ("San Francisco, CA").
    place = str(geocoder.description_for_valid_number(number, "en"))
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
