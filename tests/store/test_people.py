"""`import`: good rows in, bad rows named by number, people matched by email or phone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord
from sequencer.store.people import candidate_of, import_candidates

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def write(path: Path, *rows: str) -> Path:
    path.write_text(
        "email,phone,first_name,timezone,sms_consent,recent_project\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return path


def stored(url: str) -> list[CandidateRecord]:
    with Session(engine_for(url)) as session:
        return list(session.exec(select(CandidateRecord).order_by(CandidateRecord.key)))


def test_good_rows_go_in_and_bad_rows_are_named(database_url: str, tmp_path: Path) -> None:
    csv = write(
        tmp_path / "c.csv",
        "ana@example.com,+1 212 555 0147,Ana,America/New_York,yes,the data platform",
        "bad-email,,Bob,,no,",
        "cy@example.com,,Cy,Mars/Base,no,",
    )
    report = import_candidates(engine_for(database_url), csv, NOW)
    assert (report.inserted, report.updated) == (1, 0)
    assert [error.row for error in report.errors] == [3, 4]
    [ana] = stored(database_url)
    assert (ana.email, ana.phone, ana.sms_consent) == ("ana@example.com", "+12125550147", True)
    assert ana.extra == {"recent_project": "the data platform"}


def test_a_second_import_updates_the_same_person_by_email_or_phone(
    database_url: str, tmp_path: Path
) -> None:
    engine = engine_for(database_url)
    import_candidates(
        engine, write(tmp_path / "a.csv", "ana@example.com,+12125550147,Ana,,no,"), NOW
    )
    again = write(tmp_path / "b.csv", ",+1 (212) 555-0147,Anna,Europe/Berlin,yes,")
    report = import_candidates(engine, again, NOW)
    assert (report.inserted, report.updated) == (0, 1)
    [ana] = stored(database_url)
    assert (ana.first_name, ana.timezone, ana.sms_consent) == ("Anna", "Europe/Berlin", True)


def test_stored_people_read_back_as_the_planner_sees_them(
    database_url: str, tmp_path: Path
) -> None:
    csv = write(tmp_path / "c.csv", "ana@example.com,,Ana,Asia/Kolkata,no,streaming")
    import_candidates(engine_for(database_url), csv, NOW)
    [record] = stored(database_url)
    person = candidate_of(record)
    assert person.key == "ana@example.com" and person.timezone == "Asia/Kolkata"
    assert person.fields()["recent_project"] == "streaming"


def test_a_nul_byte_rejects_its_row_and_the_others_go_in(database_url: str, tmp_path: Path) -> None:
    # PostgreSQL refuses NUL in text and JSON: one such cell used to fail the whole batch
    # (0 of 3 rows, a traceback listing every row); SQLite stored it, and it went out in the
    # Subject header.
    csv = write(
        tmp_path / "c.csv",
        "ana@example.com,,Ana,,no,",
        "bo@example.com,,B\x00o,,no,",
        "cy@example.com,,Cy,,no,strea\x00ming",
        "di@example.com,,Di,,no,",
    )
    report = import_candidates(engine_for(database_url), csv, NOW)
    assert (report.inserted, report.updated) == (2, 0)
    assert [(error.row, error.reason.split(" ")[0]) for error in report.errors] == [
        (3, "first_name"),
        (4, "recent_project"),
    ]
    assert [person.first_name for person in stored(database_url)] == ["Ana", "Di"]
