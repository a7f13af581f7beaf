"""Candidates: the people a sequence reaches, one per row of a CSV file.

Every value is checked and normalised once (cell by cell in `columns`), so the rest of the
project can trust a `Candidate`: an email that parses, a phone in E.164, a time zone that loads,
consent as a bool. A bad row becomes a `CandidateError` that names the row, the column and the
fix, and never costs the rows around it.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple, TextIO

from sequencer.errors import CandidateError
from sequencer.people import columns
from sequencer.spec.channel import Channel

STANDARD_COLUMNS = (
    "email", "phone", "first_name", "last_name", "timezone", "linkedin_url", "company",
    "current_company_domain", "title", "preferred_channel", "sms_consent", "call_consent",
    "country", "state",
)  # fmt: skip
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
        full_name = self.full_name
        values: dict[str, object] = {"full_name": full_name} if full_name else {}
        for header, value in self.extra.items():
            values[header] = value
            # "Recent Project" is also `candidate.recent_project`, the name a template can use.
            key = _column_key(header)
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


class CandidateFileError(CandidateError):
    """A problem found reading a candidates file, named by the file: with the file as a whole
    (reported at the header, row 1) or, from `find_candidate`, with the person's own row."""

    def __init__(self, path: Path, reason: str, row: int | None = None) -> None:
        super().__init__(row or 1, reason)
        self.path = path
        self._where = f"row {row}: " if row else ""

    def __str__(self) -> str:
        return f"{self.path}: {self._where}{self.reason}"


def parse_candidate(
    row: Mapping[str, str], row_number: int, default_region: str = "US"
) -> Candidate:
    """A checked Candidate from one CSV row (header -> cell), or CandidateError saying why not."""
    values, extra = _split_columns(row)
    try:
        return _build(values, extra, row_number, default_region)
    except columns.CellError as exc:
        raise CandidateError(row_number, str(exc)) from None


def read_candidates(path: Path, default_region: str = "US") -> Iterator[Candidate | CandidateError]:
    """Every data row of a CSV file, in order: a Candidate, or the error that row has.

    Problems with the file itself (missing, not UTF-8, no email or phone column, nobody in it)
    raise CandidateFileError at once.
    """
    return read_rows(path, default_region).checked()


class UncheckedRows:
    """The data rows of a candidates file, read but not checked yet, in batches to check
    elsewhere (e.g. in worker processes, with `check_rows`) and then pass through `FirstTimes`
    in file order. `read_rows` has checked the file as a whole, as `read_candidates` does.
    """

    def __init__(self, path: Path, layout: _Layout, region: str) -> None:
        self._path = path
        self._layout = layout
        self._region = region

    def batches(self, size: int) -> Iterator[RowBatch]:
        """The filled-in rows (empty ones are no one's, as for `read_candidates`), `size` a
        batch."""
        rows = _filled(_rows(self._path, self._layout))
        while batch := list(itertools.islice(rows, size)):
            yield RowBatch(batch, self._layout, self._region)

    def checked(self) -> Iterator[Result]:
        """What `read_candidates` gives: each row checked here, duplicates found."""
        seen = FirstTimes()
        rows = _filled(_rows(self._path, self._layout))
        return _read_ahead(seen(_result(row, self._layout, self._region)) for row in rows)


class RowBatch(NamedTuple):
    """Some rows of a file, with what checking them needs; picklable."""

    rows: list[_Row]
    layout: _Layout
    region: str


def read_rows(path: Path, default_region: str = "US") -> UncheckedRows:
    """The file's data rows, unchecked. Problems with the file itself raise CandidateFileError
    at once, as from `read_candidates`."""
    return UncheckedRows(path, _inspect(path), default_region)


def check_rows(batch: RowBatch) -> list[Result]:
    """Each row checked: a Candidate, or the error that row has. Not whether its person came
    earlier in the file: `FirstTimes` says that, given the results in file order."""
    return [_result(row, batch.layout, batch.region) for row in batch.rows]


class FirstTimes:
    """Call with each result of a file, in order: the result, or an error if this person
    already appeared (nobody is enrolled twice)."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, result: Result) -> Result:
        return _first_time(result, self._seen)


# Rows are checked this many at a time, ahead of the caller. Checking one row between planning
# and rendering candidates makes each kind of work push the other's code and data out of the
# CPU's caches: a preview of 10,000 rows ran 15-20% faster checking a batch, then handling it.
READ_AHEAD = 200


def _read_ahead(results: Iterator[Result]) -> Iterator[Result]:
    while True:
        batch: list[Result] = []
        try:
            for result in itertools.islice(results, READ_AHEAD):
                batch.append(result)
        except Exception:
            yield from batch  # what was read before a failure still comes first, as it did
            raise
        if not batch:
            return
        yield from batch


def find_candidate(path: Path, email: str, default_region: str = "US") -> Candidate:
    """The candidate with this email (any case); CandidateFileError if absent or the row is bad."""
    target = email.strip().lower()
    for raw_email, result in _results(path, _inspect(path), default_region):
        if isinstance(result, Candidate) and (result.email or "").lower() == target:
            return result
        if isinstance(result, CandidateError) and raw_email.lower() == target:
            raise CandidateFileError(path, result.reason, result.row)
    raise CandidateFileError(
        path, f'has no candidate with the email "{email}": check the spelling, or add their row'
    )


# --- one row ----------------------------------------------------------------------------------


def _build(cells: dict[str, str], extra: dict[str, str], row: int, region: str) -> Candidate:
    columns.check_texts(cells)  # an empty cell is always fine
    country = columns.parse_country(cells["country"])
    phone = columns.check_phone(cells["phone"], country or region)
    email = columns.parse_email(cells["email"])
    if email is None and phone is None:
        raise columns.CellError("has neither an email nor a phone: fill in at least one")
    return Candidate(
        email=email,
        phone=phone.e164 if phone else None,
        first_name=cells["first_name"] or None,
        last_name=cells["last_name"] or None,
        timezone=columns.parse_timezone(cells["timezone"]),
        linkedin_url=columns.parse_linkedin_url(cells["linkedin_url"]),
        company=cells["company"] or None,
        current_company_domain=columns.parse_company_domain(cells["current_company_domain"]),
        title=cells["title"] or None,
        preferred_channel=columns.parse_channel(cells["preferred_channel"]),
        sms_consent=columns.parse_consent(cells["sms_consent"], "sms_consent"),
        call_consent=columns.parse_consent(cells["call_consent"], "call_consent"),
        country=country,
        state=_state(cells["state"], country, phone),
        extra=MappingProxyType(extra),
        row=row,
    )


def _state(value: str, country: str | None, phone: columns.Phone | None) -> str | None:
    """The row's state; when it is empty, the state of a US number's area code."""
    if value or country not in (None, "US") or phone is None:
        return columns.parse_state(value, country)
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
    """`_column_key` of a named column; None for one without a name."""
    return _column_key(header) if header.strip() else None


@lru_cache(maxsize=1024)
def _column_key(header: str) -> str:
    """ "First Name", "first-name" and "FIRST_NAME" are all first_name."""
    return re.sub(r"[\s-]+", "_", columns.clean(header).lower())


# --- the file ---------------------------------------------------------------------------------

Result = Candidate | CandidateError

# What the spreadsheet put between values, for messages about values that contain it.
_SEPARATORS = {",": 'commas, e.g. "Acme, Inc."', ";": 'semicolons, e.g. "Acme; Inc."', "\t": "tabs"}


class _Layout(NamedTuple):
    header: list[str]  # as written, stripped
    keys: list[str]  # the same, as `_column_key`s
    delimiter: str


class _Row(NamedTuple):
    number: int  # as a spreadsheet numbers it: the header is row 1
    values: list[str]
    problem: str | None = None  # why the CSV module could not read it (values: its first line)


def _open(path: Path) -> TextIO:
    # utf-8-sig drops the byte order mark of Excel's "CSV UTF-8"; newline="" is what csv needs.
    return path.open(encoding="utf-8-sig", newline="")


def _inspect(path: Path) -> _Layout:
    """The checked header and the delimiter. Reads the whole file, so that one that cannot be
    decoded, or has nobody in it, fails now rather than halfway through a preview."""
    try:
        with _open(path) as handle:
            first = handle.readline()
            delimiter = _delimiter(first)
            reader = csv.reader(itertools.chain([first], handle), delimiter=delimiter, strict=True)
            header = next(reader, [])
            # Counting (not any()) reads every line, so that decoding errors show up now.
            has_rows = sum(bool(line.strip(f' \t\r\n"{delimiter}')) for line in handle) > 0
    except FileNotFoundError:
        raise CandidateFileError(path, "no such file: check the path and the spelling") from None
    except UnicodeDecodeError:
        raise CandidateFileError(
            path, 'is not UTF-8 text: in Excel, save it with File > Save As > "CSV UTF-8"'
        ) from None
    except csv.Error as exc:
        raise CandidateFileError(
            path, f'the header (row 1) is not valid CSV ({exc}): check it for a stray quote (")'
        ) from None
    except OSError as exc:
        raise CandidateFileError(path, f"cannot be read ({exc.strerror})") from None
    return _checked_header(path, header, delimiter, has_rows)


def _delimiter(header_line: str) -> str:
    """What separates the values: a comma, the semicolon of European Excel's CSV, or the tab of
    a tab-separated export, whichever the header has most of outside quotes (a comma on a tie).
    csv.Sniffer prefers "," whenever both appear, so it misreads `email;phone;Company, Inc`."""
    unquoted = re.sub(r'"[^"]*"', "", header_line)
    return max(_SEPARATORS, key=unquoted.count)


def _checked_header(path: Path, header: list[str], delimiter: str, has_rows: bool) -> _Layout:
    names = [name.strip() for name in header]
    keys = [_column_key(name) for name in names]
    problem = _header_problem(names, keys)
    if problem is None and not has_rows:
        problem = "has a header but no candidates: add one row per person below the header"
    if problem:
        raise CandidateFileError(path, problem)
    return _Layout(names, keys, delimiter)


def _header_problem(names: list[str], keys: list[str]) -> str | None:
    filled = [key for key in keys if key]
    if not filled:
        return "is empty: the first row must name the columns, e.g. email,phone,first_name"
    if any("\n" in name or "\r" in name for name in names):
        return (
            'the header (row 1) has a line break in a column name: check it for a stray quote (")'
        )
    if "email" not in filled and "phone" not in filled:
        return (
            f"the header (row 1) has no email or phone column (it has: {', '.join(filled)}): "
            'name the column of addresses "email" and the column of numbers "phone"'
        )
    doubled = sorted({key for key in filled if key in _STANDARD and filled.count(key) > 1})
    if doubled:
        return f"the header (row 1) has more than one {doubled[0]} column: keep one"
    return None


def _results(path: Path, layout: _Layout, region: str) -> Iterator[tuple[str, Result]]:
    """Each filled-in data row as (its email cell as written, its parsed result)."""
    email_at = layout.keys.index("email") if "email" in layout.keys else len(layout.keys)
    seen: dict[str, int] = {}
    for row in _filled(_rows(path, layout)):
        raw_email = columns.clean(row.values[email_at]) if email_at < len(row.values) else ""
        yield raw_email, _first_time(_result(row, layout, region), seen)


def _filled(rows: Iterator[_Row]) -> Iterator[_Row]:
    for row in rows:
        if row.problem is None and not "".join(row.values).strip():
            continue  # an empty row left by a spreadsheet
        yield row


class _Lines(Iterator[str]):
    """The file's lines for csv.reader, remembering those of the record being read.

    An unclosed quote makes the CSV module read the lines below it into one value, up to the
    next quote or the end of the file. When a record turns out broken that way, its lines after
    the first are read again as rows of their own, so that the people on them are not lost.
    """

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._again: deque[str] = deque()
        self.record: list[str] = []

    def __next__(self) -> str:
        line = self._again.popleft() if self._again else next(self._lines)
        self.record.append(line)
        return line

    def start_record(self) -> None:
        self.record = []

    def read_again(self) -> None:
        """Make the current record's lines after its first the next ones read."""
        self._again.extendleft(reversed(self.record[1:]))


def _rows(path: Path, layout: _Layout) -> Iterator[_Row]:
    # csv.reader rather than DictReader: DictReader drops blank lines, which would make our row
    # numbers disagree with the spreadsheet's. Below a broken row, rows are numbered as they will
    # be once its quote is fixed.
    with _open(path) as handle:
        lines = _Lines(handle)
        reader = csv.reader(lines, delimiter=layout.delimiter, strict=True)
        next(reader, None)  # the header, checked by _inspect
        for number in itertools.count(2):
            row = _read_row(reader, lines, number, layout)
            if row is None:
                return
            yield row


def _read_row(
    reader: Iterator[list[str]], lines: _Lines, number: int, layout: _Layout
) -> _Row | None:
    lines.start_record()
    try:
        values = next(reader)
    except StopIteration:
        return None
    except csv.Error as exc:
        first_line = next(csv.reader(lines.record[:1], delimiter=layout.delimiter), [])
        row = _Row(number, first_line, _csv_problem(exc, len(lines.record)))
        lines.read_again()
        return row
    # Joined, one check for nearly every row: a line break is never printable, and nearly every
    # value is.
    if not "".join(values).isprintable() and any(
        _spans_lines(value)
        for key, value in zip(layout.keys, values, strict=False)
        if key in _STANDARD
    ):
        lines.read_again()  # parse_candidate says what is wrong with this row
    return _Row(number, values)


def _spans_lines(value: str) -> bool:
    # A line break is never printable, and nearly every value is: no need to clean and split it.
    return not value.isprintable() and len(columns.clean(value).splitlines()) > 1


def _csv_problem(exc: csv.Error, line_count: int) -> str:
    if line_count > 1 or "end of data" in str(exc):
        return (
            'has a quote (") that is never closed: remove it, or close it at the end of its value'
        )
    return (
        f"is not valid CSV ({exc}): put quotes only around a whole value, "
        'e.g. "Acme, Inc.", and write a quote inside a quoted value as two ("")'
    )


def _result(row: _Row, layout: _Layout, region: str) -> Result:
    if row.problem is not None:
        return CandidateError(row.number, row.problem)
    if any(value.strip() for value in row.values[len(layout.header) :]):
        return CandidateError(
            row.number,
            f"has {len(row.values)} values but the header names {len(layout.header)} columns: "
            f"put quotes around values that contain {_SEPARATORS[layout.delimiter]}",
        )
    try:
        return parse_candidate(
            dict(zip(layout.header, row.values, strict=False)), row.number, region
        )
    except CandidateError as exc:
        return exc


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
