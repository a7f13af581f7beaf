"""`store.erasure`: forgetting a person deletes every row that names them, found from the
tables' foreign keys (so a table added later is covered), scrubs the audit log, and keeps only
keyed hashes of their addresses; someone else's rows are untouched."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from sequencer.engine.forgetting import forget_person
from sequencer.errors import SequencerError
from sequencer.store.database import engine_for
from sequencer.store.erasure import ERASED, NO_SECRET, digest, erased, forget_address
from sequencer.store.models import (
    Attention,
    AuditEntry,
    CandidateRecord,
    ConsentChange,
    Enrollment,
    Erasure,
    Event,
    EventKind,
    ReenrollmentBlock,
    ReplyReading,
    Send,
    SendStatus,
    SequenceVersion,
    Suppression,
    Task,
)

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
SECRET = "a-long-random-secret-for-the-tests-0123456789"
# Tables that name nobody, or name people by address only and are handled by name: a new
# table that points at no person must be added here knowingly, or to `store.erasure`.
NOBODYS = {
    "sequenceversion",
    "mailboxcursor",
    "lease",
    "senderpace",
    "channelpause",
    "recruiter",
    "loginfailure",
    "erasure",  # keyed hashes only
    "suppression",  # by address: `forget` deletes their entries
    "alembic_version",
}


def _reached_from_a_person() -> set[str]:
    reached, changed = {"candidate"}, True
    while changed:
        changed = False
        for table in SQLModel.metadata.sorted_tables:
            points = {fk.column.table.name for fk in table.foreign_keys}
            if table.name not in reached and points & reached:
                reached.add(table.name)
                changed = True
    return reached


def test_every_table_is_forgotten_with_the_person_or_holds_nobody() -> None:
    unknown = set(SQLModel.metadata.tables) - _reached_from_a_person() - NOBODYS
    assert not unknown, (
        f"{sorted(unknown)}: give these tables a foreign key to the person (or their enrollment,"
        " send or event), so `forget` deletes their rows, or list them in NOBODYS"
    )


@pytest.fixture
def engine():
    engine = engine_for("sqlite://")
    yield engine
    engine.dispose()


def _everything_about(session: Session, email: str, phone: str) -> int:
    person = CandidateRecord(key=email, email=email, phone=phone, updated_at=NOW)
    session.add(person)
    session.add(SequenceVersion(version=f"v-{email}", name="s", source="", created_at=NOW))
    session.flush()
    assert person.id is not None
    enrollment = Enrollment(
        candidate_id=person.id, sequence_name="s", sequence_version=f"v-{email}", started_at=NOW
    )
    session.add(enrollment)
    session.flush()
    assert enrollment.id is not None
    send = Send(
        enrollment_id=enrollment.id, step_id="a", to=email, status=SendStatus.SENT, claimed_at=NOW
    )
    session.add(send)
    session.flush()
    assert send.id is not None
    # An event found by its send only, and its reading.
    event = Event(
        key=f"k-{email}", kind=EventKind.REPLY, send_id=send.id, occurred_at=NOW, received_at=NOW
    )
    session.add(event)
    session.flush()
    assert event.id is not None
    who, dana = person.id, "dana@northwind.example"
    session.add_all(
        [
            Task(send_id=send.id, kind="linkedin", to="in.example/x", body="hi", created_at=NOW),
            ReplyReading(event_id=event.id, label="interested", confidence=0.9, text="yes!"),
            Attention(candidate_id=who, enrollment_id=enrollment.id, reason="r", created_at=NOW),
            ConsentChange(candidate_id=who, channel="sms", given=True, source="csv", at=NOW),
            ReenrollmentBlock(candidate_id=who, reason="declined", source="reply", created_at=NOW),
            AuditEntry(at=NOW, actor=dana, action="pause", candidate_id=who, detail=email),
            Suppression(address=phone, reason="texted 'STOP'", created_at=NOW),
        ]
    )  # fmt: skip
    session.flush()
    return person.id


def _count(session: Session, model: type[SQLModel]) -> int:
    return session.exec(select(sa.func.count()).select_from(model)).one()


def test_forget_removes_every_row_that_names_them_and_no_one_elses(engine: sa.Engine) -> None:
    with Session(engine) as session, session.begin():
        _everything_about(session, "sam@example.com", "+14155550199")
        _everything_about(session, "kim@example.com", "+14155550100")
    with Session(engine) as session, session.begin():
        done = forget_address(session, "SAM@example.com ", ERASED, NOW, SECRET)
    assert done.summary() == (
        "1 person, 1 enrollment, 1 message, 1 task, 1 event, 1 reply reading, 1 attention flag,"
        " 1 consent change, 1 re-enrollment block, 1 suppression entry,"
        " 1 audit entry (their name removed)"
    )
    with Session(engine) as session:
        for model in (CandidateRecord, Enrollment, Send, Task, Event, ReplyReading, Attention):
            assert _count(session, model) == 1, model  # Kim's
        [scrubbed, kept] = session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert (scrubbed.action, scrubbed.candidate_id, scrubbed.detail) == ("pause", None, None)
        assert kept.detail == "kim@example.com"
        [kim] = session.exec(select(Suppression)).all()
        assert kim.address == "+14155550100"
        assert _count(session, Erasure) == 2  # Sam's email and phone, hashed
        entry = erased(session, ["+14155550199"], SECRET)
        assert entry is not None and (entry.reason, entry.erased_on) == (ERASED, NOW.date())
        assert erased(session, ["sam@example.com"], "another key") is None


def test_the_hash_is_of_the_normal_form_and_keyed() -> None:
    assert digest(" Sam@Example.com ", SECRET) == digest("sam@example.com", SECRET)
    assert digest("sam@example.com", SECRET) != digest("sam@example.com", SECRET + "x")
    assert "sam" not in digest("sam@example.com", SECRET)


def test_without_the_secret_nothing_is_forgotten(engine: sa.Engine, tmp_path: Path) -> None:
    with Session(engine) as session, session.begin():
        _everything_about(session, "sam@example.com", "+14155550199")
    with pytest.raises(SequencerError) as refused:
        forget_person(engine, "sam@example.com", NOW, None, tmp_path, "cli")
    assert str(refused.value) == NO_SECRET
    assert "SEQUENCER_SECRET_KEY" in NO_SECRET and "\n" not in NO_SECRET
    with Session(engine) as session:
        assert _count(session, CandidateRecord) == 1


def test_an_address_nobody_holds_is_still_kept_from_every_import(
    engine: sa.Engine, tmp_path: Path
) -> None:
    done = forget_person(engine, "new@example.com", NOW, SECRET, tmp_path, "cli")
    assert done.summary() == "nothing"
    with Session(engine) as session:
        assert erased(session, ["NEW@example.com"], SECRET) is not None
        [entry] = session.exec(select(AuditEntry)).all()
        assert (entry.action, entry.detail) == ("forget", "removed nothing")


def test_only_what_quotes_the_very_address_goes(engine: sa.Engine, tmp_path: Path) -> None:
    def unmatched(key: str, detail: str) -> Event:
        return Event(
            key=key, kind=EventKind.BOUNCE, detail=detail, occurred_at=NOW, received_at=NOW
        )

    with Session(engine) as session, session.begin():
        session.add_all(
            [
                unmatched("unsubscribe:an@example.com:2026", "used the unsubscribe link"),
                unmatched("sg-1", "550 5.1.1 <An@Example.com>: no such user."),
                unmatched("sg-2", "550 5.1.1 <jan@example.com>: no such user"),
                unmatched("sg-3", "550 5.1.1 <an@example.com.au>: no such user"),
                AuditEntry(at=NOW, actor="cli", action="opt-out", detail="an@example.com"),
                AuditEntry(at=NOW, actor="cli", action="opt-out", detail="jan@example.com"),
            ]
        )  # fmt: skip
    done = forget_person(engine, "an@example.com", NOW, SECRET, tmp_path, "cli")
    assert done.summary() == "2 events, 1 audit entry (their name removed)"
    with Session(engine) as session:
        assert sorted(e.key for e in session.exec(select(Event))) == ["sg-2", "sg-3"]
        details = [e.detail for e in session.exec(select(AuditEntry).order_by(AuditEntry.id))]
        assert details == [
            None,
            "jan@example.com",
            "removed 2 events, 1 audit entry (their name removed)",
        ]
