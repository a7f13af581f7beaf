"""A big file checked in worker processes gives what `read_candidates` gives: every row in
file order, bad rows and repeats named by their row number."""

from __future__ import annotations

from pathlib import Path

import pytest

from sequencer.errors import CandidateError
from sequencer.people.candidate import Candidate
from sequencer.people.candidates import read_candidates
from sequencer.people.checking import BATCH, checked_in_processes
from sequencer.people.rows import CandidateFileError


def big_file(path: Path, rows: int) -> Path:
    lines = [f"p{n}@example.com,+1212555{n % 10_000:04d},P{n},yes" for n in range(rows)]
    lines[BATCH + 10] = "not-an-email,,Bad,no"  # a bad row in the second batch
    lines[2 * BATCH + 5] = "p3@example.com,,Again,no"  # a repeat two batches after the first
    path.write_text("email,phone,first_name,sms_consent\n" + "\n".join(lines) + "\n", "utf-8")
    return path


def described(results: list[Candidate | CandidateError]) -> list[object]:
    return [str(r) if isinstance(r, CandidateError) else r for r in results]


def test_workers_check_a_big_file_as_read_candidates_does(tmp_path: Path) -> None:
    path = big_file(tmp_path / "big.csv", 3 * BATCH + 17)
    results = checked_in_processes(path, processes=2)
    assert getattr(results, "__name__", "") == "_in_processes"  # in forked workers, not here
    checked = list(results)
    assert described(checked) == described(list(read_candidates(path)))
    errors = [str(r) for r in checked if isinstance(r, CandidateError)]
    assert len(errors) == 2
    assert errors[0].startswith(f"row {BATCH + 12}: email")
    repeat = "p3@example.com is already on row 5: remove one of the two rows"
    assert errors[1] == f"row {2 * BATCH + 7}: {repeat}"
    assert len(checked) == 3 * BATCH + 17


def test_a_small_file_is_checked_here(tmp_path: Path) -> None:
    path = tmp_path / "small.csv"
    path.write_text("email,first_name\nana@example.com,Ana\nnot-an-email,Bo\n", "utf-8")
    checked = list(checked_in_processes(path, processes=2))
    assert isinstance(checked[0], Candidate) and checked[0].key == "ana@example.com"
    assert isinstance(checked[1], CandidateError) and checked[1].row == 3


def test_a_file_without_an_address_column_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "none.csv"
    path.write_text("first_name\nAna\n", "utf-8")
    with pytest.raises(CandidateFileError):
        checked_in_processes(path, processes=2)  # before anything is read from it
