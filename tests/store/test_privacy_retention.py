"""Retention (SEQUENCER_RETENTION_MONTHS): the people idle that long are forgotten, and only
they; someone who had opted out keeps a hashed suppression; `--dry-run` lists them (masked)
and changes nothing; the daemon's housekeeping runs it once an hour across its workers. On
SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner, Result
from helpers.project import use_shipped_files
from sqlmodel import Session, col, select

from sequencer.cli import main
from sequencer.engine.forgetting import retention_pass
from sequencer.store.blocks import DECLINED, HIRED, block
from sequencer.store.database import engine_for
from sequencer.store.models import (
    AuditEntry,
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    Erasure,
    Event,
    EventKind,
    Send,
    SendStatus,
    SequenceVersion,
    Suppression,
)

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
LONG_AGO = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
LATELY = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
SECRET = "a-long-random-secret-for-the-tests-0123456789"


@pytest.fixture
def engine(database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    use_shipped_files(monkeypatch, tmp_path)
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", database_url)
    monkeypatch.setenv("SEQUENCER_RETENTION_MONTHS", "12")
    monkeypatch.setenv("SEQUENCER_SECRET_KEY", SECRET)
    engine = engine_for(database_url)
    with Session(engine) as session, session.begin():
        _people(session)
    yield engine
    engine.dispose()


def _people(session: Session) -> None:
    session.add(SequenceVersion(version="v1", name="s", source="", created_at=LONG_AGO))
    # Idle since 2024: written to and done with.
    _person(session, "idle@example.com", enrolled=EnrollmentStatus.COMPLETED)
    # Idle too, and had opted out.
    _person(session, "quiet@example.com", enrolled=EnrollmentStatus.HALTED)
    session.add(
        Suppression(address="quiet@example.com", reason="unsubscribed", created_at=LONG_AGO)
    )
    # Still in a sequence (paused since 2024): kept.
    _person(session, "paused@example.com", enrolled=EnrollmentStatus.PAUSED)
    # Replied this year: kept.
    replied = _person(session, "replied@example.com", enrolled=EnrollmentStatus.HALTED)
    session.add(_event(replied, "reply-1", LATELY))
    # Imported again this year, never enrolled: kept.
    _person(session, "fresh@example.com", updated_at=LATELY)
    session.flush()


def _person(
    session: Session,
    email: str,
    enrolled: EnrollmentStatus | None = None,
    updated_at: datetime = LONG_AGO,
) -> CandidateRecord:
    record = CandidateRecord(key=email, email=email, first_name="Sam", updated_at=updated_at)
    session.add(record)
    session.flush()
    assert record.id is not None
    if enrolled is not None:
        enrollment = Enrollment(
            candidate_id=record.id,
            sequence_name="s",
            sequence_version="v1",
            status=enrolled,
            started_at=LONG_AGO,
            last_touch_at=LONG_AGO,
        )
        session.add(enrollment)
        session.flush()
        assert enrollment.id is not None
        sent = Send(
            enrollment_id=enrollment.id,
            step_id="initial",
            channel="email",
            to=email,
            status=SendStatus.SENT,
            claimed_at=LONG_AGO,
            sent_at=LONG_AGO,
        )
        session.add(sent)
        session.flush()
        session.add(_event(record, f"delivered-{email}", LONG_AGO, sent.id, EventKind.DELIVERED))
    return record


def _event(
    record: CandidateRecord,
    key: str,
    at: datetime,
    send_id: int | None = None,
    kind: EventKind = EventKind.REPLY,
) -> Event:
    return Event(
        key=key, kind=kind, candidate_id=record.id, send_id=send_id, occurred_at=at, received_at=at
    )


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _emails(engine: sa.Engine) -> list[str]:
    with Session(engine) as session:
        query = select(CandidateRecord.key).order_by(col(CandidateRecord.key))
        return list(session.exec(query))


def test_the_dry_run_lists_the_idle_masked_and_changes_nothing(engine: sa.Engine) -> None:
    before = _emails(engine)
    result = run("retention", "--dry-run", "--now", NOW.isoformat())
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "i***@example.com  no activity since 2025-12-06",
        "q***@example.com  no activity since 2025-12-06; opted out on 2024-03-05:"
        " a keyed hash of their addresses is kept",
    ]
    assert "2 would be forgotten (dry run: nothing changed)" in result.stderr
    assert _emails(engine) == before


def test_retention_forgets_only_the_idle_and_keeps_an_opt_out_hashed(
    engine: sa.Engine, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO)
    result = run("retention", "--now", NOW.isoformat())
    assert result.exit_code == 0, result.output
    assert "i***@example.com  forgotten: no activity since 2025-12-06" in result.stdout
    assert "2 forgotten" in result.stderr
    assert _emails(engine) == ["fresh@example.com", "paused@example.com", "replied@example.com"]
    with Session(engine) as session:
        [kept] = session.exec(select(Erasure)).all()  # the opted-out one's address, hashed
        assert (kept.reason, kept.erased_on) == ("opted out on 2024-03-05", NOW.date())
        assert not session.exec(select(Suppression)).all()  # no address in the clear
        assert session.exec(select(sa.func.count()).select_from(Event)).one() == 3
        [audited] = session.exec(select(AuditEntry)).all()
        assert (audited.actor, audited.action, audited.candidate_id) == (
            "retention",
            "forget",
            None,
        )
        assert (
            audited.detail
            == "removed 2 people, 2 enrollments, 2 messages, 2 events, 1 suppression entry"
        )
    assert "retention: person #" in caplog.text
    assert "idle@" not in caplog.text and "quiet@" not in caplog.text

    # The opted-out one's old spreadsheet row is refused; the other may come back.
    sheet = tmp_path / "old.csv"
    sheet.write_text("email,first_name\nquiet@example.com,Sam\nidle@example.com,Sam\n")
    again = run("import", str(sheet))
    assert "row 2: opted out on 2024-03-05; not imported" in again.stderr
    assert "1 new, 0 updated, 1 rejected" in again.stdout


def test_the_daemon_runs_it_once_an_hour(engine: sa.Engine, tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    assert retention_pass(engine, 12, NOW, SECRET, outbox) == 2
    with Session(engine) as session, session.begin():  # someone idle turns up meanwhile
        session.add(
            CandidateRecord(key="late@example.com", email="late@example.com", updated_at=LONG_AGO)
        )
    assert retention_pass(engine, 12, NOW.replace(minute=30), SECRET, outbox) == 0
    assert retention_pass(engine, 12, NOW.replace(hour=11, minute=1), SECRET, outbox) == 1
    assert retention_pass(engine, 0, NOW.replace(hour=20), SECRET, outbox) == 0  # off


def test_retention_off_is_one_line(engine: sa.Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEQUENCER_RETENTION_MONTHS", "0")
    result = run("retention", "--dry-run")
    assert result.exit_code == 2
    assert "retention is off: set SEQUENCER_RETENTION_MONTHS" in result.output


def test_a_hired_person_is_kept_as_their_block_has_no_end(engine: sa.Engine) -> None:
    with Session(engine) as session, session.begin():
        hired = _person(session, "hired@example.com", enrolled=EnrollmentStatus.HALTED)
        assert hired.id is not None
        block(session, hired.id, HIRED, "greenhouse", LONG_AGO, None)  # until lifted
        over = _person(session, "over@example.com", enrolled=EnrollmentStatus.HALTED)
        assert over.id is not None
        block(session, over.id, DECLINED, "reply", LONG_AGO, LATELY)  # ended in June
    result = run("retention", "--dry-run", "--now", NOW.isoformat())
    assert (
        "h***@example.com" not in result.stdout
    )  # forgotten, the next import would bring them back
    assert "o***@example.com  no activity since 2025-12-06" in result.stdout
    assert "3 would be forgotten (dry run: nothing changed)" in result.stderr
