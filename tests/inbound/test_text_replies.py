"""A text reply, through the Twilio webhook's own functions: it halts the person in one
transaction with its record, is read, and a redelivery of it is counted once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from helpers.project import Project
from helpers.reply_world import NOW, World, text_in
from sqlmodel import Session, select

from sequencer.engine.dispatch import tick
from sequencer.store.models import CandidateRecord, EnrollmentStatus, EventKind


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path):
    """No `auto_apply`: every reading waits for the recruiter."""
    built = World(project, database_url, tmp_path, "")
    yield built
    built.engine.dispose()


def test_a_text_reply_halts_them_and_waits_for_the_recruiter(world) -> None:
    assert text_in(world.engine, "Thursday afternoon works for a call", NOW) is None
    halted = world.enrollment()
    assert halted.status == EnrollmentStatus.HALTED
    assert halted.status_reason == "replied by text" and halted.next_due_at is None
    [reply] = world.events()
    with Session(world.engine) as session:
        ana = session.exec(select(CandidateRecord)).one()
    assert reply.kind == EventKind.REPLY and reply.candidate_id == ana.id
    assert world.reading().decided_at is None  # waiting for the recruiter
    tick(world.engine, world.senders, NOW + timedelta(weeks=3))
    assert world.sent() == 1  # the nudge and the last email never go


def test_the_same_text_delivered_twice_counts_once(world) -> None:
    text_in(world.engine, "Thursday afternoon works for a call", NOW)
    assert text_in(world.engine, "Thursday afternoon works for a call", NOW) is None
    assert [e.kind for e in world.events()] == [EventKind.REPLY]
    assert world.enrollment().status == EnrollmentStatus.HALTED
