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


def test_a_person_checked_in_a_worker_is_the_person_read_here(tmp_path: Path) -> None:
    # Back from a worker as plain values: the same fields, key, addresses and template fields,
    # and columns of their own that still cannot be changed.
    path = tmp_path / "big.csv"
    lines = [
        f"P{n}@Example.com,+1 415 555 {n % 10_000:04d},P{n},yes,KubeCon" for n in range(2 * BATCH)
    ]
    header = "email,phone,first_name,sms_consent,met_at\n"
    path.write_text(header + "\n".join(lines) + "\n", "utf-8")
    results = checked_in_processes(path, processes=2)
    assert getattr(results, "__name__", "") == "_in_processes"
    theirs, ours = list(results), list(read_candidates(path))
    for there, here in zip(theirs, ours, strict=True):
        assert isinstance(there, Candidate) and isinstance(here, Candidate)
        assert there == here
        assert (there.key, there.addresses, there.state) == (here.key, here.addresses, "CA")
        assert there.fields() == here.fields()
    person = theirs[-1]
    assert person.addresses == [
        f"p{2 * BATCH - 1}@example.com",
        f"+1415555{(2 * BATCH - 1) % 10_000:04d}",
    ]
    with pytest.raises(TypeError):
        person.extra["met_at"] = "elsewhere"  # type: ignore[index]
