"""A candidate: one person a sequence reaches, built from one row of a candidates file.

Every value is checked and normalised once (cell by cell, in `columns`, `addresses`, `phones`
and `places`), so the rest of the project can trust a `Candidate`: an email that parses, a
phone in E.164, a time zone that loads, consent as a bool. A bad row becomes a
`CandidateError` that names the row, the column and the fix. (A stored person becomes a
Candidate in one place too: `store.people.candidate_of`.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Any

from sequencer.errors import CandidateError, CellError
from sequencer.people import columns, places
from sequencer.people.addresses import addresses_of, normal_email, person_key
from sequencer.people.email_cells import parse_email_cell as parse_email
from sequencer.people.phones import Phone, check_phone
from sequencer.spec.candidate_fields import STANDARD_COLUMNS
from sequencer.spec.channel import Channel

_STANDARD = frozenset(STANDARD_COLUMNS)


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
    email_undeliverable: str | None = None  # why their email bounced, once it has
    row: int | None = None  # as a spreadsheet numbers it: the header is row 1

    @cached_property
    def key(self) -> str:
        """Who this is, across files and sequences: the email, else the phone. Worked out
        once (an import and an enroll ask it of each person ten times); the fields it comes
        from never change (frozen), and `replace` makes a new Candidate."""
        return person_key(self.email, self.phone)

    @cached_property
    def addresses(self) -> list[str]:
        """Where they are reached, in normal form, the email first (`addresses_of`): what the
        suppression and erasure lists name. Worked out once, as `key` is."""
        return addresses_of(self.email, self.phone)

    @property
    def full_name(self) -> str:
        return " ".join(name for name in (self.first_name, self.last_name) if name)

    @property
    def email_domain(self) -> str | None:
        return normal_email(self.email).rpartition("@")[2] if self.email else None

    def has_work_email(self) -> bool:
        """Whether the email is at the current employer, whose IT can read it: never use it."""
        domain, employer = self.email_domain, self.current_company_domain
        if not domain or not employer:
            return False
        return domain == employer or domain.endswith("." + employer)

    def fields(self) -> dict[str, object]:
        """What templates see as `candidate.*`; empty columns are left out so `default()` works."""
        full_name = self.full_name
        values: dict[str, object] = {"full_name": full_name} if full_name else {}
        for header, value in self.extra.items():
            values[header] = value
            # "Recent Project" is also `candidate.recent_project`, the name a template can use.
            key = column_key(header)
            if key.isidentifier():
                values.setdefault(key, value)
        for name in STANDARD_COLUMNS:
            standard = getattr(self, name)
            if standard is not None:
                values[name] = standard
        return values

    def __getstate__(self) -> dict[str, Any]:
        """Pickled for the preview's worker processes, where the read-only `extra` (a
        mappingproxy, which pickle refuses) travels as a dict and is made read-only again.
        The rest is pickle's own: no __init__ to run on the way back."""
        state = self.__dict__.copy()
        if isinstance(self.extra, MappingProxyType):
            state["extra"] = dict(self.extra)
            state[_READ_ONLY_EXTRA] = True
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        if state.pop(_READ_ONLY_EXTRA, False):
            state["extra"] = MappingProxyType(state["extra"])
        self.__dict__.update(state)  # frozen: set as __init__ would, past __setattr__


_READ_ONLY_EXTRA = "extra is read-only"  # a key no field has

# A Candidate as a plain tuple: its fields in order, then its `key` and `addresses`.
_PACKED = (*(f.name for f in fields(Candidate)), "key", "addresses")
_EXTRA_AT = _PACKED.index("extra")


def packed(person: Candidate) -> tuple[Any, ...]:
    """The person as a tuple of plain values, its key and addresses worked out: what an import's
    workers send back. Pickled, a tuple costs a fraction of a Candidate, whose unpickling runs
    `__setstate__` and builds a dict per person (~16 µs a person, in the one process that
    writes, against ~7)."""
    state = person.__dict__
    values = [state[name] for name in _PACKED[:-2]]
    values[_EXTRA_AT] = dict(person.extra)
    return (
        *values,
        person_key(person.email, person.phone),
        addresses_of(person.email, person.phone),
    )


def unpacked(values: tuple[Any, ...]) -> Candidate:
    """The Candidate `packed` gave: equal to it, its key and addresses already known."""
    person: Candidate = object.__new__(Candidate)
    state = person.__dict__
    state.update(zip(_PACKED, values, strict=True))  # frozen: set as __init__ would
    state["extra"] = MappingProxyType(state["extra"])
    return person


# What checking a row gives.
Result = Candidate | CandidateError


def parse_candidate(
    row: Mapping[str, str], row_number: int, default_region: str = "US"
) -> Candidate:
    """A checked Candidate from one CSV row (header -> cell), or CandidateError saying why not."""
    values, extra = _split_columns(row)
    try:
        return _build(values, extra, row_number, default_region)
    except CellError as exc:
        raise CandidateError(row_number, str(exc)) from None


def parse_row(
    header: tuple[str, ...], values: list[str], row_number: int, default_region: str = "US"
) -> Candidate:
    """`parse_candidate(dict(zip(header, values)), ...)`: a row of a file, as the CSV reader
    gives it, without building the dict and working out each header's column per row."""
    plan = _columns_of(header)
    if plan is None or len(values) < len(header):
        return parse_candidate(dict(zip(header, values, strict=False)), row_number, default_region)
    cells, extra = dict(_NO_CELLS), {}
    for at, name, custom in plan:
        value = columns.clean(values[at])
        if not custom:
            cells[name] = value or cells[name]
        elif value and (value[0] != "#" or value.upper() not in columns.SPREADSHEET_ERRORS):
            extra[name] = value  # as `_split_columns` keeps them
    try:
        return _build(cells, extra, row_number, default_region)
    except CellError as exc:
        raise CandidateError(row_number, str(exc)) from None


_NO_CELLS = dict.fromkeys(STANDARD_COLUMNS, "")


@lru_cache(maxsize=64)
def _columns_of(header: tuple[str, ...]) -> tuple[tuple[int, str, bool], ...] | None:
    """Where `_split_columns` puts each cell of a row with this header: (its index, the
    standard column or the custom one's name, whether it is custom); unnamed columns left out.
    None when two columns have the same header (a dict keeps one of them: left to it)."""
    if len(set(header)) < len(header):
        return None
    plan = []
    for at, written in enumerate(header):
        name = _named_column_key(written)
        if name is not None:
            custom = name not in _STANDARD
            plan.append((at, written.strip() if custom else name, custom))
    return tuple(plan)


def _build(cells: dict[str, str], extra: dict[str, str], row: int, region: str) -> Candidate:
    columns.check_texts(cells)  # an empty cell is always fine
    columns.check_custom(extra)
    country = places.parse_country(cells["country"])
    phone = check_phone(cells["phone"], country or region)
    email = parse_email(cells["email"])
    if email is None and phone is None:
        raise CellError("has neither an email nor a phone: fill in at least one")
    return _made(
        {
            "email": email,
            "phone": phone.e164 if phone else None,
            "first_name": cells["first_name"] or None,
            "last_name": cells["last_name"] or None,
            "timezone": places.parse_timezone(cells["timezone"]),
            "linkedin_url": columns.parse_linkedin_url(cells["linkedin_url"]),
            "company": cells["company"] or None,
            "current_company_domain": columns.parse_company_domain(cells["current_company_domain"]),
            "title": cells["title"] or None,
            "preferred_channel": columns.parse_channel(cells["preferred_channel"]),
            "sms_consent": columns.parse_consent(cells["sms_consent"], "sms_consent"),
            "call_consent": columns.parse_consent(cells["call_consent"], "call_consent"),
            "country": country,
            "state": _state(cells["state"], country, phone),
            "extra": MappingProxyType(extra),
            "email_undeliverable": None,
            "row": row,
        }
    )


_FIELDS = frozenset(f.name for f in fields(Candidate))


def _made(values: dict[str, Any]) -> Candidate:
    """`Candidate(**values)`, `values` naming every field: set as the frozen `__init__` sets
    them, without its object.__setattr__ per field (5 µs of every row of a file)."""
    if values.keys() != _FIELDS:
        raise TypeError(f"a Candidate has the fields {sorted(_FIELDS)}, not {sorted(values)}")
    person: Candidate = object.__new__(Candidate)
    person.__dict__.update(values)
    return person


def _state(value: str, country: str | None, phone: Phone | None) -> str | None:
    """The row's state; when it is empty, the state of a US number's area code."""
    if value or country not in (None, "US") or phone is None:
        return places.parse_state(value, country)
    return phone.state()


def _split_columns(row: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Every standard column by its canonical name ("" if absent); custom ones as headed, if
    filled in."""
    standard = dict.fromkeys(STANDARD_COLUMNS, "")
    extra: dict[str, str] = {}
    for header, raw in row.items():
        name = _named_column_key(header) if isinstance(header, str) else None
        if name is None:
            continue  # an unnamed column (Excel's trailing empty ones), or DictReader's overflow
        value = columns.clean(raw) if isinstance(raw, str) else ""
        if name in _STANDARD:
            standard[name] = value or standard[name]
        elif value and (value[0] != "#" or value.upper() not in columns.SPREADSHEET_ERRORS):
            # A failed lookup (#N/A) is no value: a template that uses it then says it is
            # missing, instead of writing "#N/A" to a person.
            extra[header.strip()] = value
    return standard, extra


@lru_cache(maxsize=1024)
def _named_column_key(header: str) -> str | None:
    """`column_key` of a named column; None for one without a name."""
    return column_key(header) if header.strip() else None


@lru_cache(maxsize=1024)
def column_key(header: str) -> str:
    """ "First Name", "first-name" and "FIRST_NAME" are all first_name."""
    return re.sub(r"[\s-]+", "_", columns.clean(header).lower())
