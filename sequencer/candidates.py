"""Candidates: the people a sequence reaches, one per row of a CSV file.

Every value is checked and normalised here, once, so the rest of the project can trust a
`Candidate`: an email that parses, a phone in E.164, a time zone that loads, consent as a bool.
A bad row becomes a `CandidateError` that names the row, the column and the fix.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import PhoneNumber, geocoder

from sequencer.channel import Channel
from sequencer.errors import CandidateError

STANDARD_COLUMNS = (
    "email",
    "phone",
    "first_name",
    "last_name",
    "timezone",
    "linkedin_url",
    "company",
    "current_company_domain",
    "title",
    "preferred_channel",
    "sms_consent",
    "call_consent",
    "country",
    "state",
)
_STANDARD = frozenset(STANDARD_COLUMNS)

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


@dataclass(frozen=True)
class Candidate:
    email: str | None = None
    phone: str | None = None  # E.164
    first_name: str | None = None
    last_name: str | None = None
    timezone: str | None = None  # IANA name
    linkedin_url: str | None = None
    company: str | None = None
    current_company_domain: str | None = None
    title: str | None = None
    preferred_channel: Channel | None = None
    sms_consent: bool = False
    call_consent: bool = False
    country: str | None = None  # ISO 3166 alpha-2
    state: str | None = None  # US state code
    extra: Mapping[str, str] = field(default_factory=dict, hash=False)
    row: int | None = None  # as a spreadsheet numbers it: the header is row 1

    @property
    def key(self) -> str:
        """Who this is, across files and sequences: the email, else the phone."""
        return self.email.lower() if self.email else self.phone or ""

    @property
    def full_name(self) -> str:
        return " ".join(name for name in (self.first_name, self.last_name) if name)

    @property
    def email_domain(self) -> str | None:
        return self.email.rpartition("@")[2].lower() if self.email else None

    def has_work_email(self) -> bool:
        """Whether the email is at the current employer, whose IT can read it: never use it."""
        domain, employer = self.email_domain, self.current_company_domain
        if not domain or not employer:
            return False
        return domain == employer or domain.endswith("." + employer)

    def fields(self) -> dict[str, object]:
        """What templates see as `candidate.*`; empty columns are left out so `default()` works."""
        values: dict[str, object] = {"full_name": self.full_name} if self.full_name else {}
        for header, value in self.extra.items():
            values[header] = value
            # "Recent Project" is also `candidate.recent_project`, the name a template can use.
            if _column_key(header).isidentifier():
                values.setdefault(_column_key(header), value)
        standard = {name: getattr(self, name) for name in STANDARD_COLUMNS}
        values.update({name: value for name, value in standard.items() if value is not None})
        return values


class CandidateFileError(CandidateError):
    """A problem with the file as a whole; reported at the header row, named by the file."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(1, reason)
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class _Invalid(Exception):
    """One bad cell; `parse_candidate` adds the row number."""


def parse_candidate(
    row: Mapping[str, str], row_number: int, default_region: str = "US"
) -> Candidate:
    """A checked Candidate from one CSV row (header -> cell), or CandidateError saying why not."""
    values, extra = _split_columns(row)
    try:
        return _build(values, extra, row_number, default_region)
    except _Invalid as exc:
        raise CandidateError(row_number, str(exc)) from None


def read_candidates(path: Path, default_region: str = "US") -> Iterator[Candidate | CandidateError]:
    """Every data row of a CSV file, in order: a Candidate, or the error that row has.

    Problems with the file itself (missing, not UTF-8, no email or phone column) raise at once.
    """
    header = _read_header(path)
    return (result for _, result in _results(path, header, default_region))


def find_candidate(path: Path, email: str, default_region: str = "US") -> Candidate:
    """The candidate with this email (any case); CandidateError if absent or their row is bad."""
    target = email.strip().lower()
    for raw_email, result in _results(path, _read_header(path), default_region):
        if isinstance(result, Candidate) and (result.email or "").lower() == target:
            return result
        if isinstance(result, CandidateError) and raw_email.lower() == target:
            raise result
    raise CandidateFileError(
        path, f'has no candidate with the email "{email}": check the spelling, or add their row'
    )


# --- one row ----------------------------------------------------------------------------------


def _build(values: dict[str, str], extra: dict[str, str], row: int, region: str) -> Candidate:
    country = _country(values.get("country", ""))
    number = _phone(values.get("phone", ""), country or region)
    email = _email(values.get("email", ""))
    if email is None and number is None:
        raise _Invalid("has neither an email nor a phone: fill in at least one to reach them")
    return Candidate(
        email=email,
        phone=_e164(number),
        first_name=values.get("first_name") or None,
        last_name=values.get("last_name") or None,
        timezone=_timezone(values.get("timezone", "")),
        linkedin_url=_linkedin_url(values.get("linkedin_url", "")),
        company=values.get("company") or None,
        current_company_domain=_company_domain(values.get("current_company_domain", "")),
        title=values.get("title") or None,
        preferred_channel=_channel(values.get("preferred_channel", "")),
        sms_consent=_consent(values, "sms_consent"),
        call_consent=_consent(values, "call_consent"),
        country=country,
        state=_state(values.get("state", ""), country, number),
        extra=MappingProxyType(extra),
        row=row,
    )


def _split_columns(row: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Standard columns by their canonical name; custom columns as headed, if filled in."""
    standard: dict[str, str] = {}
    extra: dict[str, str] = {}
    for header, raw in row.items():
        value = raw.strip() if isinstance(raw, str) else ""
        if not isinstance(header, str) or not header.strip():
            continue  # an unnamed column, or the overflow csv.DictReader files under None
        name = _column_key(header)
        if name in _STANDARD:
            if value or name not in standard:
                standard[name] = value
        elif value:
            extra[header.strip()] = value
    return standard, extra


@lru_cache(maxsize=1024)
def _column_key(header: str) -> str:
    """ "First Name", "first-name" and "FIRST_NAME" are all first_name."""
    return re.sub(r"[\s-]+", "_", header.lstrip("\ufeff").strip().lower())


def _quote(value: str) -> str:
    return '"' + (value if len(value) <= 60 else value[:57] + "...") + '"'


def _email(value: str) -> str | None:
    if not value:
        return None
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise _Invalid(f"email {_quote(value)} is not a valid address: {exc}") from None


def _country(value: str) -> str | None:
    code = _COUNTRY_ALIASES.get(value.upper(), value.upper())
    if not code or code in phonenumbers.SUPPORTED_REGIONS:
        return code or None
    raise _Invalid(
        f"country {_quote(value)} is not a two-letter ISO country code: "
        "write it like US, GB, DE or IN, or leave it empty"
    )


def _phone(value: str, region: str) -> PhoneNumber | None:
    if not value:
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise _Invalid(_phone_problem(value, region))
    return number


def _phone_problem(value: str, region: str) -> str:
    if re.search(r"\d[eE]\+?\d", value):
        return (
            f"phone {_quote(value)} was turned into a number by the spreadsheet: "
            "format the phone column as Text and type the numbers again"
        )
    example = phonenumbers.example_number(region)
    sample = "+1 415 555 0134"
    if example is not None:
        sample = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if value.startswith("+"):
        return f"phone {_quote(value)} is not a valid phone number: check the digits, e.g. {sample}"
    return (
        f"phone {_quote(value)} is not a valid phone number for {region}: "
        f"write it with the country code, e.g. {sample}"
    )


def _e164(number: PhoneNumber | None) -> str | None:
    if number is None:
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _timezone(value: str) -> str | None:
    if not value:
        return None
    if value not in _NOT_ZONES and value.lower() not in _ZONE_ABBREVIATIONS:
        try:
            ZoneInfo(value)
            return value
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass  # OSError: a directory such as "America"
    raise _Invalid(_timezone_problem(value))


def _timezone_problem(value: str) -> str:
    problem = f"timezone {_quote(value)} is not an IANA time zone name: "
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


def _linkedin_url(value: str) -> str | None:
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
    raise _Invalid(
        f"linkedin_url {_quote(value)} is not a LinkedIn link: "
        "write it like https://www.linkedin.com/in/jane-doe, or leave it empty"
    )


def _is_linkedin(host: str) -> bool:
    return host == "linkedin.com" or host.endswith(".linkedin.com")


def _company_domain(value: str) -> str | None:
    if not value:
        return None
    # Accept what people paste: "@acme.com", "jane@acme.com", "https://www.acme.com/careers".
    domain = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value.lower()).split("/")[0]
    domain = domain.rpartition("@")[2].removeprefix("www.").rstrip(".")
    if _DOMAIN.fullmatch(domain):
        return domain
    raise _Invalid(
        f"current_company_domain {_quote(value)} is not a domain name: "
        "write it like acme.com, or leave it empty"
    )


def _channel(value: str) -> Channel | None:
    if not value:
        return None
    channel = CHANNEL_ALIASES.get(re.sub(r"[\s_-]+", "", value.lower()))
    if channel is None:
        raise _Invalid(
            f"preferred_channel {_quote(value)} is not a channel: write email, sms (or text), "
            "voicemail (or call, phone) or linkedin, or leave it empty"
        )
    return channel


def _consent(values: Mapping[str, str], column: str) -> bool:
    value = values.get(column, "")
    if value.lower() in _YES:
        return True
    if value.lower() in _NO:
        return False
    raise _Invalid(
        f"{column} {_quote(value)} is not yes or no: write yes only if they agreed "
        f"{_CONSENT_MEANING[column]}, otherwise no (an empty cell means no)"
    )


def _state(value: str, country: str | None, number: PhoneNumber | None) -> str | None:
    if value:
        return _given_state(value, country)
    if country in (None, "US") and number is not None:
        return _state_from_phone(number)
    return None


def _given_state(value: str, country: str | None) -> str:
    if country not in (None, "US"):
        return value.upper()  # a province or region elsewhere: kept as written
    code = value.upper() if value.upper() in _STATE_CODES else _STATE_BY_NAME.get(value.lower())
    if code is None:
        raise _Invalid(
            f"state {_quote(value)} is not a US state: write its two-letter code like CA or NY, "
            "or fill in country for a place outside the US"
        )
    return code


def _state_from_phone(number: PhoneNumber) -> str | None:
    """The state of a US area code: some states have stricter calling hours than the TCPA."""
    if phonenumbers.region_code_for_number(number) != "US":
        return None
    # The geocoder names a whole state ("Florida") or a place in one ("San Francisco, CA").
    place = str(geocoder.description_for_number(number, "en"))
    tail = place.rpartition(", ")[2]
    return tail if tail in _STATE_CODES else _STATE_BY_NAME.get(place.lower())


# --- the file ---------------------------------------------------------------------------------

Result = Candidate | CandidateError


def _read_header(path: Path) -> list[str]:
    """The header row, checked; also decodes the whole file so encoding problems show up now."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), None)
            for _ in handle:
                pass
    except FileNotFoundError:
        raise CandidateFileError(path, "no such file: check the path and the spelling") from None
    except UnicodeDecodeError:
        raise CandidateFileError(
            path, 'is not UTF-8 text: in Excel, save it with File > Save As > "CSV UTF-8"'
        ) from None
    except OSError as exc:
        raise CandidateFileError(path, f"cannot be read ({exc.strerror})") from None
    return _checked_header(path, header)


def _checked_header(path: Path, header: list[str] | None) -> list[str]:
    names = [_column_key(name) for name in header or [] if name.strip()]
    if not names:
        raise CandidateFileError(
            path, "is empty: the first row must name the columns, e.g. email,phone,first_name"
        )
    if "email" not in names and "phone" not in names:
        raise CandidateFileError(
            path,
            f"the header (row 1) has no email or phone column (it has: {', '.join(names)}): "
            'name the column of addresses "email" and the column of numbers "phone"',
        )
    doubled = sorted({name for name in names if name in _STANDARD and names.count(name) > 1})
    if doubled:
        raise CandidateFileError(
            path, f"the header (row 1) has more than one {doubled[0]} column: keep one"
        )
    return [name.strip() for name in header or []]


def _results(path: Path, header: list[str], region: str) -> Iterator[tuple[str, Result]]:
    """Each filled-in data row as (its email cell as written, its parsed result)."""
    email_at = _email_column(header)
    seen: dict[str, int] = {}
    for number, values in _records(path):
        if number == 1 or not any(value.strip() for value in values):
            continue  # the header, or an empty row left by a spreadsheet
        raw_email = values[email_at].strip() if email_at < len(values) else ""
        yield raw_email, _first_time(_parse_record(header, values, number, region), seen)


def _email_column(header: list[str]) -> int:
    """Where the email column is; past the end of every row when there is none."""
    keys = [_column_key(name) for name in header]
    return keys.index("email") if "email" in keys else len(keys)


def _records(path: Path) -> Iterator[tuple[int, list[str]]]:
    # csv.reader rather than DictReader: DictReader drops blank lines, which would make our row
    # numbers disagree with the spreadsheet's.
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        number = 1
        try:
            for number, values in enumerate(reader, start=1):
                yield number, values
        except csv.Error as exc:
            raise CandidateError(
                number + 1, f"is not valid CSV ({exc}): check its quotes"
            ) from None


def _parse_record(header: list[str], values: list[str], number: int, region: str) -> Result:
    try:
        return parse_candidate(_as_row(header, values, number), number, region)
    except CandidateError as exc:
        return exc


def _as_row(header: list[str], values: list[str], number: int) -> dict[str, str]:
    if any(value.strip() for value in values[len(header) :]):
        raise CandidateError(
            number,
            f"has {len(values)} values but the header names {len(header)} columns: "
            'put quotes around values that contain commas, e.g. "Acme, Inc."',
        )
    return dict(zip(header, values, strict=False))


def _first_time(result: Result, seen: dict[str, int]) -> Result:
    """The result, or an error if this person already appeared: nobody is enrolled twice."""
    if isinstance(result, CandidateError) or result.row is None:
        return result
    first = seen.setdefault(result.key, result.row)
    if first == result.row:
        return result
    return CandidateError(
        result.row, f"{result.key} is already on row {first}: remove one of the two rows"
    )
