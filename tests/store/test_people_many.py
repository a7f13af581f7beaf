"""`import` of a file of several batches, checked in worker processes and written with one
statement per batch: the same people, errors and consent as a small file gives."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, col, select

from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, ConsentChange
from sequencer.store.people import BATCH, import_candidates

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ROWS = BATCH + 500


def row(n: int) -> str:
    # Cells left empty in some rows and not in others: every person keeps exactly their own.
    phone = f"+1212555{n:04d}" if n % 2 else ""
    zone = "Europe/Berlin" if n % 3 else ""
    project = "the data platform" if n % 5 == 0 else ""
    return f"p{n}@example.com,{phone},P{n},{zone},{'yes' if n % 2 else 'no'},{project}"


def write(path: Path, rows: list[str]) -> Path:
    header = "email,phone,first_name,timezone,sms_consent,recent_project\n"
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_big_file_goes_in_person_by_person(database_url: str, tmp_path: Path) -> None:
    rows = [row(n) for n in range(ROWS)]
    rows[BATCH + 3] = "bad-email,,Bad,,no,"
    engine = engine_for(database_url)
    report = import_candidates(engine, write(tmp_path / "big.csv", rows), NOW)
    assert (report.inserted, report.updated) == (ROWS - 1, 0)
    assert [error.row for error in report.errors] == [BATCH + 5]
    with Session(engine) as session:
        people = {p.key: p for p in session.exec(select(CandidateRecord))}
        consents = session.exec(select(ConsentChange).order_by(col(ConsentChange.id))).all()
    assert len(people) == ROWS - 1
    for n in (0, 1, 5, 6, 15, ROWS - 1):
        person = people[f"p{n}@example.com"]
        assert person.phone == (f"+1212555{n:04d}" if n % 2 else None)
        assert person.timezone == ("Europe/Berlin" if n % 3 else None)
        assert person.sms_consent is bool(n % 2)
        assert person.extra == ({"recent_project": "the data platform"} if n % 5 == 0 else {})
    texted = [c for c in consents if c.channel == "sms" and c.given]
    assert len(texted) == len([n for n in range(ROWS) if n % 2 and n != BATCH + 3])


def test_a_second_import_of_a_big_file_updates_everyone(database_url: str, tmp_path: Path) -> None:
    engine = engine_for(database_url)
    rows = [row(n) for n in range(ROWS)]
    import_candidates(engine, write(tmp_path / "a.csv", rows), NOW)
    renamed = [line.replace(",P", ",Q", 1) for line in rows]
    report = import_candidates(engine, write(tmp_path / "b.csv", renamed), NOW)
    assert (report.inserted, report.updated, report.errors) == (0, ROWS, [])
    with Session(engine) as session:
        names = {p.first_name for p in session.exec(select(CandidateRecord))}
    assert names == {f"Q{n}" for n in range(ROWS)}
