"""A candidates file's people: every data row checked into a `Candidate` or the error that row
has, in file order, each person once; in batches for worker processes; or one person by email.

A bad row never costs the rows around it. How the file is read is in `rows`, how one row
becomes a Candidate in `candidate`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from sequencer.errors import CandidateError
from sequencer.people import columns
from sequencer.people.addresses import normal_email
from sequencer.people.candidate import Candidate, Result
from sequencer.people.rows import (
    CandidateFileError,
    Layout,
    Row,
    check_row,
    data_rows,
    read_layout,
)


def read_candidates(path: Path, default_region: str = "US") -> Iterator[Result]:
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

    def __init__(self, path: Path, layout: Layout, region: str) -> None:
        self._path = path
        self._layout = layout
        self._region = region

    def batches(self, size: int) -> Iterator[RowBatch]:
        """The filled-in rows (empty ones are no one's, as for `read_candidates`), `size` a
        batch."""
        rows = data_rows(self._path, self._layout)
        while batch := list(itertools.islice(rows, size)):
            yield RowBatch(batch, self._layout, self._region)

    def checked(self) -> Iterator[Result]:
        """What `read_candidates` gives: each row checked here, duplicates found."""
        seen = FirstTimes()
        rows = data_rows(self._path, self._layout)
        return _read_ahead(seen(check_row(row, self._layout, self._region)) for row in rows)


class RowBatch(NamedTuple):
    """Some rows of a file, with what checking them needs; picklable."""

    rows: list[Row]
    layout: Layout
    region: str


def read_rows(path: Path, default_region: str = "US") -> UncheckedRows:
    """The file's data rows, unchecked. Problems with the file itself raise CandidateFileError
    at once, as from `read_candidates`."""
    return UncheckedRows(path, read_layout(path), default_region)


def check_rows(batch: RowBatch) -> list[Result]:
    """Each row checked: a Candidate, or the error that row has. Not whether its person came
    earlier in the file: `FirstTimes` says that, given the results in file order."""
    return [check_row(row, batch.layout, batch.region) for row in batch.rows]


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
    target = normal_email(email)
    for raw_email, result in _results(path, read_layout(path), default_region):
        if isinstance(result, Candidate) and normal_email(result.email or "") == target:
            return result
        if isinstance(result, CandidateError) and normal_email(raw_email) == target:
            raise CandidateFileError(path, result.reason, result.row)
    raise CandidateFileError(
        path, f'has no candidate with the email "{email}": check the spelling, or add their row'
    )


def _results(path: Path, layout: Layout, region: str) -> Iterator[tuple[str, Result]]:
    """Each filled-in data row as (its email cell as written, its parsed result)."""
    email_at = layout.keys.index("email") if "email" in layout.keys else len(layout.keys)
    seen: dict[str, int] = {}
    for row in data_rows(path, layout):
        raw_email = columns.clean(row.values[email_at]) if email_at < len(row.values) else ""
        yield raw_email, _first_time(check_row(row, layout, region), seen)


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
