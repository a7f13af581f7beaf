"""A candidates file as rows: its dialect (comma, semicolon or tab), its checked header, and
its data rows numbered as a spreadsheet numbers them, each checked into a `Result`.

Problems with the file as a whole (missing, not UTF-8, no email or phone column, nobody in it)
raise `CandidateFileError` at once; a row that is not valid CSV becomes that row's error.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple, TextIO

from sequencer.errors import CandidateError
from sequencer.people import columns
from sequencer.people.candidate import Result, column_key, parse_row
from sequencer.spec.candidate_fields import STANDARD_COLUMNS

_STANDARD = frozenset(STANDARD_COLUMNS)

# What the spreadsheet put between values, for messages about values that contain it.
_SEPARATORS = {",": 'commas, e.g. "Acme, Inc."', ";": 'semicolons, e.g. "Acme; Inc."', "\t": "tabs"}


class CandidateFileError(CandidateError):
    """A problem found reading a candidates file, named by the file: with the file as a whole
    (reported at the header, row 1) or, from `find_candidate`, with the person's own row."""

    def __init__(self, path: Path, reason: str, row: int | None = None) -> None:
        super().__init__(row or 1, reason)
        self.path = path
        self._where = f"row {row}: " if row else ""

    def __str__(self) -> str:
        return f"{self.path}: {self._where}{self.reason}"


class Layout(NamedTuple):
    header: list[str]  # as written, stripped
    keys: list[str]  # the same, as `column_key`s
    delimiter: str


class Row(NamedTuple):
    number: int  # as a spreadsheet numbers it: the header is row 1
    values: list[str]
    problem: str | None = None  # why the CSV module could not read it (values: its first line)


def _open(path: Path) -> TextIO:
    # utf-8-sig drops the byte order mark of Excel's "CSV UTF-8"; newline="" is what csv needs.
    return path.open(encoding="utf-8-sig", newline="")


def read_layout(path: Path) -> Layout:
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


def _checked_header(path: Path, header: list[str], delimiter: str, has_rows: bool) -> Layout:
    names = [name.strip() for name in header]
    keys = [column_key(name) for name in names]
    problem = _header_problem(names, keys)
    if problem is None and not has_rows:
        problem = "has a header but no candidates: add one row per person below the header"
    if problem:
        raise CandidateFileError(path, problem)
    return Layout(names, keys, delimiter)


def _header_problem(names: list[str], keys: list[str]) -> str | None:
    filled = [key for key in keys if key]
    if not filled:
        return "is empty: the first row must name the columns, e.g. email,phone,first_name"
    if any("\n" in name or "\r" in name for name in names):
        return (
            'the header (row 1) has a line break in a column name: check it for a stray quote (")'
        )
    control = next(filter(None, map(columns.control_character, names)), None)
    if control:
        return f"the header (row 1) has a control character ({control}) in a column name: remove it"
    if "email" not in filled and "phone" not in filled:
        return (
            f"the header (row 1) has no email or phone column (it has: {', '.join(filled)}): "
            'name the column of addresses "email" and the column of numbers "phone"'
        )
    doubled = sorted({key for key in filled if key in _STANDARD and filled.count(key) > 1})
    if doubled:
        return f"the header (row 1) has more than one {doubled[0]} column: keep one"
    return None


def data_rows(path: Path, layout: Layout) -> Iterator[Row]:
    """The filled-in data rows, in order: an empty row left by a spreadsheet is no one's."""
    for row in _rows(path, layout):
        if row.problem is None and not "".join(row.values).strip():
            continue
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


def _rows(path: Path, layout: Layout) -> Iterator[Row]:
    # csv.reader rather than DictReader: DictReader drops blank lines, which would make our row
    # numbers disagree with the spreadsheet's. Below a broken row, rows are numbered as they will
    # be once its quote is fixed.
    with _open(path) as handle:
        lines = _Lines(handle)
        reader = csv.reader(lines, delimiter=layout.delimiter, strict=True)
        next(reader, None)  # the header, checked by read_layout
        for number in itertools.count(2):
            row = _read_row(reader, lines, number, layout)
            if row is None:
                return
            yield row


def _read_row(
    reader: Iterator[list[str]], lines: _Lines, number: int, layout: Layout
) -> Row | None:
    lines.start_record()
    try:
        values = next(reader)
    except StopIteration:
        return None
    except csv.Error as exc:
        first_line = next(csv.reader(lines.record[:1], delimiter=layout.delimiter), [])
        row = Row(number, first_line, _csv_problem(exc, len(lines.record)))
        lines.read_again()
        return row
    # Joined, one check for nearly every row: a line break is never printable, and nearly every
    # value is.
    if not "".join(values).isprintable() and any(
        _spans_lines(value)
        for key, value in zip(layout.keys, values, strict=False)
        if key in _STANDARD
    ):
        lines.read_again()  # parse_row says what is wrong with this row
    return Row(number, values)


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


def check_row(row: Row, layout: Layout, region: str) -> Result:
    """The row's Candidate, or the error it has (not whether its person came earlier)."""
    if row.problem is not None:
        return CandidateError(row.number, row.problem)
    if any(value.strip() for value in row.values[len(layout.header) :]):
        return CandidateError(
            row.number,
            f"has {len(row.values)} values but the header names {len(layout.header)} columns: "
            f"put quotes around values that contain {_SEPARATORS[layout.delimiter]}",
        )
    try:
        return parse_row(tuple(layout.header), row.values, row.number, region)
    except CandidateError as exc:
        return exc
