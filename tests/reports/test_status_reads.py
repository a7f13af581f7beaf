"""How `status` reads what it shows (issue 17): each send's delivery ranked by the database,
the same for everyone and for one person; and `status --json` started without the words,
tables and Rich that only the text uses."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from helpers.commands import modules_loaded, sequencer
from helpers.project import ROOT
from sqlmodel import Session

from sequencer.reports.status import status
from sequencer.reports.status_rows import read_steps
from sequencer.spec.content import Content
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, Enrollment, Event, Send
from sequencer.store.versions import remember

EMAIL = "alex.rivera@example.com"
T0 = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)
# What each send went through, in order, and what status says of how it fared.
FARED = [
    (["accepted", "delivered", "opened", "opened"], "opened"),
    (["accepted", "call:no-answer", "call:completed"], "completed"),  # the last call's ending
    (["call:busy", "delivered"], "delivered"),  # delivered ranks before a call
    (["reply"], None),  # not a delivery event
    ([], None),
    (["bounce", "failed"], "bounce"),
]
# Only `status`'s words and tables need these (about 70 ms of a start, under load).
NOT_FOR_JSON = (
    "rich",
    "sequencer.reports.terminal",
    "sequencer.reports.wording",
    "sequencer.reports.funnel",  # with the sequence files' checks: half a second
)
# Nor does it check its stored sequence versions again (pydantic models, Jinja2, the wording
# checks: 0.3 s), plan a step (the planner, phone numbers, holiday calendars) or migrate a
# database already at the newest migration (alembic, 0.1 s), nor check an address
# (email-validator, 17 ms: it compares addresses in their normal form only).
NOT_TO_READ_JSON = (
    # It reads with SQLAlchemy Core through `status_tables`: not the models (SQLModel's
    # pydantic models, SQLAlchemy's ORM mapping them: 0.1-0.2 s of a start).
    "sequencer.store.models",
    "sqlmodel",
    "sqlalchemy.orm",
    "alembic",
    "email_validator",
    "sequencer.spec.validate",
    "sequencer.spec.sequence",
    "jinja2",
    "sequencer.engine",
    "phonenumbers",
    "holidays",
)


def test_a_sends_delivery_is_its_most_telling_event_for_everyone_and_one_person(
    database_url: str,
) -> None:
    engine = engine_for(database_url)
    _one_person_with_sends(engine, [events for events, _ in FARED])
    expected = [fared for _, fared in FARED]
    for entries in (status(engine), status(engine, EMAIL)):
        assert [send["delivery"] for send in entries[0]["sends"]] == expected


def test_status_json_imports_no_words_tables_rich_checks_planner_nor_alembic(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'sequencer.db'}"
    _one_person_with_sends(engine_for(url), [["delivered"]])
    modules, result = modules_loaded(tmp_path, "status", "--json", SEQUENCER_DATABASE_URL=url)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["sends"][0]["delivery"] == "delivered"
    assert [name for name in (*NOT_FOR_JSON, *NOT_TO_READ_JSON) if name in modules] == []


def test_each_stored_versions_steps_are_read_as_the_checked_sequence_has_them(
    tmp_path: Path,
) -> None:
    # `status` reads a version's step ids from its YAML without checking it again.
    engine = engine_for(f"sqlite:///{tmp_path / 'versions.db'}")
    library = TemplateLibrary(ROOT / "templates" / "messages", content=Content(ROOT / "content"))
    checked = {}
    with Session(engine) as session:
        for path in sorted((ROOT / "sequences").glob("*.yaml")):
            sequence, _ = load_sequence(path, library)
            checked[remember(session, sequence, library, T0)] = sequence
        session.commit()
        steps = read_steps(session.connection(), set(checked))
    assert len(checked) > 3
    assert steps == {v: tuple(step.id for step in s.steps) for v, s in checked.items()}


def _one_person_with_sends(engine: sa.Engine, sends: list[list[str]]) -> None:
    """An enrollment with a send per list of events (`call:ENDING` for a call that ended so)."""
    library = TemplateLibrary(ROOT / "templates" / "messages", content=Content(ROOT / "content"))
    sequence, _ = load_sequence(ROOT / "sequences" / "passive-candidate.yaml", library)
    with Session(engine) as session:
        version = remember(session, sequence, library, T0)
        person = CandidateRecord(key=EMAIL, email=EMAIL, first_name="Alex", updated_at=T0)
        session.add(person)
        session.flush()
        assert person.id is not None
        enrollment = Enrollment(
            candidate_id=person.id,
            sequence_name=sequence.name,
            sequence_version=version,
            started_at=T0,
        )
        session.add(enrollment)
        session.flush()
        assert enrollment.id is not None
        for n, events in enumerate(sends):
            send = Send(
                enrollment_id=enrollment.id,
                step_id=f"step-{n}",
                channel="email",
                to=EMAIL,
                status="sent",
                claimed_at=T0,
                sent_at=_hour(n),
            )
            session.add(send)
            session.flush()
            for m, event in enumerate(events):
                kind, _, detail = event.partition(":")
                session.add(Event(
                    key=f"e{n}-{m}", kind=kind, candidate_id=person.id, send_id=send.id,  # type: ignore[arg-type]
                    detail=detail or None, occurred_at=_hour(n + m), received_at=T0,
                ))  # fmt: skip
        session.commit()


def _hour(n: int) -> datetime:
    return T0 + timedelta(hours=n)


def test_status_json_answers_while_another_process_holds_sqlites_write_lock(
    tmp_path: Path,
) -> None:
    # `status` only reads: in WAL mode a reader needs no lock, so a long status at 100,000
    # enrollments never holds the daemon's sends back, nor waits for the daemon's writes.
    url = f"sqlite:///{tmp_path / 'sequencer.db'}"
    _one_person_with_sends(engine_for(url), [["delivered"]])
    writer = engine_for(url).connect()
    writer.begin()  # BEGIN IMMEDIATE (store.database), as the daemon's claim takes it
    try:
        result = sequencer(
            tmp_path,
            "status",
            "--json",
            SEQUENCER_DATABASE_URL=url,
            SEQUENCER_DATABASE_WAIT_SECONDS="1",
        )
    finally:
        writer.rollback()
        writer.close()
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["sends"][0]["delivery"] == "delivered"
