"""Deciding what a reply's reading changes: applied at once above the sequence's `auto_apply`,
else waiting for the recruiter until `decide`. The readings here are given, not read, so these
tests hold whatever the reader makes of any text; what the person notices is asserted: whether
they are halted, paused until when, and what the recruiter sees as waiting."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers.project import Project
from helpers.reply_world import ANA, BERLIN, NOW, World
from sqlmodel import Session, select

from sequencer.channels import Email, Receipt
from sequencer.errors import SequencerError
from sequencer.inbound.decisions import answered, decide
from sequencer.inbound.effects import Incoming, once
from sequencer.inbound.intent import Label, Reading
from sequencer.inbound.notify import notify_recruiters
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.reports.replies import replies
from sequencer.store.audit import entries_for
from sequencer.store.models import CandidateRecord, Enrollment, EnrollmentStatus, EventKind


def world_with(project: Project, database_url: str, tmp_path: Path, replies_block: str) -> World:
    return World(project, database_url, tmp_path, replies_block)


@pytest.fixture
def trusting(project: Project, database_url: str, tmp_path: Path):
    built = world_with(project, database_url, tmp_path, "replies: {auto_apply: 0.9}")
    yield built
    built.engine.dispose()


@pytest.fixture
def cautious(project: Project, database_url: str, tmp_path: Path):
    built = world_with(project, database_url, tmp_path, "")
    yield built
    built.engine.dispose()


def reading(
    label: Label,
    confidence: float,
    named: date | None = None,
    text: str = "",
    referred: str | None = None,
) -> Reading:
    return Reading(label, confidence, "en", named, text or f"({label})", referred, None)


def reply(world: World, said: Reading, key: str = "mail:<r1@example.com>") -> str:
    """A reply from Ana, with this reading, as `inbound.messages` records it."""
    with Session(world.engine) as session:
        ana = session.exec(select(CandidateRecord)).one()
    incoming = Incoming(
        key=key, kind=EventKind.REPLY, occurred_at=NOW, channel="email", candidate_id=ana.id
    )
    return once(world.engine, incoming, NOW, answered(said, "replied by email", NOW))


def test_a_sure_reading_applies_at_once_as_if_marked(trusting) -> None:
    reply(trusting, reading(Label.INTERESTED, 0.95))
    enrollment = trusting.enrollment()
    assert enrollment.status == EnrollmentStatus.HALTED
    assert enrollment.status_reason == "interested (read from their reply)"
    [row] = replies(trusting.engine)
    assert (row.decided_by, row.decision, row.pending) == ("auto", "interested", False)
    with Session(trusting.engine) as session:
        [entry] = entries_for(session, enrollment.candidate_id)
    assert (entry.actor, entry.action) == ("auto", "outcome interested")


def test_a_reading_below_the_threshold_waits_and_they_stay_halted(trusting) -> None:
    reply(trusting, reading(Label.INTERESTED, 0.85))
    assert trusting.enrollment().status_reason == "replied by email"
    [row] = replies(trusting.engine, pending_only=True)
    assert row.label == "interested" and row.suggestion == "interested"


def test_without_auto_apply_even_a_certain_reading_waits(cautious) -> None:
    reply(cautious, reading(Label.NOT_NOW, 1.0, date(2027, 4, 1)))
    assert cautious.enrollment().status == EnrollmentStatus.HALTED
    [row] = replies(cautious.engine, pending_only=True)
    assert row.suggestion == "not now, until 2027-04-01"


@pytest.mark.parametrize("label", [Label.QUESTION, Label.REFERRAL])
def test_questions_and_referrals_always_wait_for_the_recruiter(trusting, label: Label) -> None:
    reply(trusting, reading(label, 0.99, referred="jordan@example.org"))
    assert trusting.enrollment().status_reason == "replied by email"
    [row] = replies(trusting.engine, pending_only=True)
    if label is Label.REFERRAL:
        assert (
            row.suggestion == "points to someone else: add <jordan@example.org> as a new candidate?"
        )


def test_not_now_without_a_date_holds_them_for_the_sequences_wait(trusting) -> None:
    reply(trusting, reading(Label.NOT_NOW, 0.95))
    held = trusting.enrollment()
    assert held.status == EnrollmentStatus.ACTIVE
    assert held.not_before == datetime(2027, 3, 1, tzinfo=BERLIN)  # 3 months, the default
    assert replies(trusting.engine)[0].decision == "not-now until 2027-03-01"


def test_the_recruiter_decides_once(cautious) -> None:
    reply(cautious, reading(Label.NOT_NOW, 0.7, date(2027, 4, 1)))
    [row] = replies(cautious.engine, pending_only=True)
    later = NOW + timedelta(hours=1)
    said = decide(
        cautious.engine, row.event_id, Outcome.NOT_NOW, None, "dana@northwind.example", later
    )
    assert said == (
        "outreach: paused; resumes 2027-04-01 in the send window; outreach has no check_back: "
        "nothing is sent then, they go to Needs attention"
    )
    assert replies(cautious.engine, pending_only=True) == []
    [settled] = replies(cautious.engine)
    assert (settled.decided_by, settled.decision) == (
        "dana@northwind.example",
        "not-now until 2027-04-01",
    )
    with pytest.raises(SequencerError, match="settled already"):
        decide(cautious.engine, row.event_id, Outcome.INTERESTED, None, "cli", later)
    with pytest.raises(SequencerError, match="no reply #999"):
        decide(cautious.engine, 999, Outcome.INTERESTED, None, "cli", later)


def test_marking_the_person_settles_their_waiting_reply(cautious) -> None:
    reply(cautious, reading(Label.QUESTION, 0.9, text="Is it remote?"))
    mark(cautious.engine, ANA, Outcome.INTERESTED, NOW + timedelta(hours=1))
    assert replies(cautious.engine, pending_only=True) == []
    [row] = replies(cautious.engine)
    assert (row.decided_by, row.decision) == ("cli", "interested")


def test_a_recruiter_opt_out_suppresses_every_address(cautious) -> None:
    reply(cautious, reading(Label.NOT_INTERESTED, 0.6))
    [row] = replies(cautious.engine)
    decide(cautious.engine, row.event_id, Outcome.OPTED_OUT, None, "cli", NOW)
    assert cautious.suppressed() == {ANA, "+4915112345678"}


def test_a_reply_that_could_not_be_read_waits_until_an_outcome_is_recorded(cautious) -> None:
    with Session(cautious.engine) as session:
        ana = session.exec(select(CandidateRecord)).one()
    incoming = Incoming(
        key="mail:<unread@example.com>", kind=EventKind.REPLY, occurred_at=NOW, candidate_id=ana.id
    )
    once(cautious.engine, incoming, NOW, answered(None, "replied by email", NOW))
    [row] = replies(cautious.engine, pending_only=True)
    assert row.label is None and row.pending
    decide(cautious.engine, row.event_id, Outcome.INTERESTED, None, "cli", NOW)
    assert replies(cautious.engine, pending_only=True) == []


def test_replies_of_one_recruiter(cautious) -> None:
    reply(cautious, reading(Label.QUESTION, 0.9))
    with Session(cautious.engine) as session, session.begin():
        session.exec(select(Enrollment)).one().owner = "dana@northwind.example"
    assert len(replies(cautious.engine, owner="dana@northwind.example")) == 1
    assert replies(cautious.engine, owner="lee@northwind.example") == []


class Recording:
    def __init__(self) -> None:
        self.sent: list[Email] = []

    def send_email(self, email: Email) -> Receipt:
        self.sent.append(email)
        return Receipt(provider="recording", provider_id=str(len(self.sent)))


def test_the_recruiter_is_told_what_the_reply_says_and_how_to_apply_it(cautious) -> None:
    reply(cautious, reading(Label.NOT_NOW, 0.7, date(2027, 4, 1), "Try me after Q1."))
    recording = Recording()
    notify_recruiters(cautious.engine, recording, None, NOW + timedelta(minutes=1))
    [notice] = recording.sent
    assert "We read it as: not now (date: 2027-04-01), 70% sure." in notice.text
    assert "sequencer replies decide" in notice.text
    assert "> Try me after Q1." in notice.text


def test_a_sure_one_is_told_as_applied(trusting) -> None:
    reply(trusting, reading(Label.INTERESTED, 0.97))
    recording = Recording()
    notify_recruiters(trusting.engine, recording, None, datetime(2026, 12, 1, 11, tzinfo=UTC))
    assert "Applied automatically: interested." in recording.sent[0].text
