"""`sequencer stop`, `pause` and `resume`: the recruiter's own hand on a person's enrollments.
A stop is for good; a pause sends nothing until it is resumed (or until its day); a resume
goes on from now, inside the send window, with the first step they have not had: a touch
that went out is never sent again (issue 15, item 15)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers.project import Project
from helpers.recording import RecordingSenders
from helpers.worlds import NEW_YORK, START, make_world
from sqlmodel import Session, select

from sequencer.channels import Email, Receipt, Senders
from sequencer.engine.claim import Claim, claim
from sequencer.engine.controls import pause_person, resume_person, stop_person
from sequencer.engine.dispatch import send_claimed, tick
from sequencer.engine.tasks import complete_task
from sequencer.errors import SequencerError
from sequencer.inbound.effects import Incoming, bounced, once, out_of_office, replied
from sequencer.reports.status import open_tasks, status
from sequencer.store.models import Enrollment, EnrollmentStatus, EventKind, Send, SendStatus

ANA = "ana@example.com"


@pytest.fixture
def database_url(database_url: str, tmp_path: Path) -> str:
    # Some providers here pause Ana during their call, which runs on a posting thread of the
    # dispatcher's, and SQLite in memory is one database a thread: a file, shared by all.
    sqlite = database_url.startswith("sqlite")
    return f"sqlite:///{tmp_path / 'sequencer.db'}" if sqlite else database_url


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path):
    engine, _, _ = make_world(project, database_url, tmp_path)
    return engine, RecordingSenders()


def enrollment(engine: sa.Engine) -> Enrollment:
    with Session(engine) as session:
        return session.exec(select(Enrollment).order_by(Enrollment.id)).first()  # type: ignore[return-value]


def sends(engine: sa.Engine) -> list[Send]:
    with Session(engine) as session:
        return list(session.exec(select(Send).order_by(Send.id)))


def run(
    engine: sa.Engine, senders: Senders, start: datetime, end: datetime, hours: int = 1
) -> None:
    now = start
    while now <= end:
        tick(engine, senders, now)
        now += timedelta(hours=hours)


def first_email_went(engine: sa.Engine, channel: RecordingSenders) -> None:
    run(engine, channel.senders, START, START + timedelta(hours=8))
    assert channel.sent == ["1-first"]


def test_a_stopped_enrollment_sends_nothing_more_and_cannot_be_resumed(world) -> None:
    engine, channel = world
    first_email_went(engine, channel)
    assert stop_person(engine, ANA, None, START + timedelta(hours=9)) == ["outreach: stopped"]
    run(engine, channel.senders, START + timedelta(hours=9), START + timedelta(weeks=5), 5)
    assert channel.sent == ["1-first"]
    stopped = enrollment(engine)
    assert stopped.status == EnrollmentStatus.HALTED and stopped.follow_on is None
    assert stopped.status_reason == "stopped by the recruiter"
    with pytest.raises(SequencerError, match=r"stopped .*cannot be resumed"):
        resume_person(engine, ANA, None, START + timedelta(weeks=5))
    with pytest.raises(SequencerError, match="nothing to stop"):
        stop_person(engine, ANA, None, START + timedelta(weeks=5))


def test_a_pause_sends_nothing_until_resumed_then_goes_on_from_now_in_the_window(world) -> None:
    engine, channel = world
    first_email_went(engine, channel)
    said = pause_person(engine, ANA, None, None, START + timedelta(hours=9))
    assert said == ["outreach: paused until you resume it (sequencer resume)"]
    run(engine, channel.senders, START + timedelta(hours=9), START + timedelta(weeks=6), 5)
    assert channel.sent == ["1-first"]  # nothing, and no move to the pipeline either
    paused = enrollment(engine)
    assert paused.status == EnrollmentStatus.PAUSED and paused.follow_on is None
    [entry] = status(engine, ANA)
    assert entry["status"] == "paused" and entry["next_due_at"] is None

    saturday = datetime(2027, 1, 9, 17, 0, tzinfo=UTC)
    [said] = resume_person(engine, ANA, None, saturday)
    resumed = enrollment(engine)
    assert resumed.status == EnrollmentStatus.ACTIVE and resumed.next_due_at is not None
    local = resumed.next_due_at.astimezone(NEW_YORK)
    # From now (not from the first email, weeks ago), on the first weekday, inside 9-17.
    assert local.date() == date(2027, 1, 11) and 9 <= local.hour < 17
    assert said == f"outreach: resumed; next: nudge at {resumed.next_due_at:%Y-%m-%d %H:%M} UTC"
    run(engine, channel.senders, saturday, saturday + timedelta(weeks=2))
    assert channel.sent == ["1-first", "1-nudge", "1-last"]


def test_a_pause_during_the_claim_stops_the_send_and_resume_sends_it_once(world) -> None:
    engine, channel = world
    first_email_went(engine, channel)
    due = enrollment(engine).next_due_at
    assert due is not None
    claimed = claim(engine, enrollment(engine).id or 0, due, None)
    assert isinstance(claimed, Claim)  # the dispatcher holds the nudge...
    pause_person(engine, ANA, None, None, due)
    assert send_claimed(engine, claimed, channel.senders, due) == "halted"  # ...and lets go
    assert channel.sent == ["1-first"]
    later = due + timedelta(days=10)
    resume_person(engine, ANA, None, later)
    run(engine, channel.senders, later, later + timedelta(weeks=2))
    assert channel.sent == ["1-first", "1-nudge", "1-last"]
    assert [(s.step_id, s.status) for s in sends(engine)] == [
        ("first", SendStatus.SENT),
        ("nudge", SendStatus.SENT),
        ("last", SendStatus.SENT),
    ]


@dataclass
class PausingDuringTheCall:
    """An email provider during whose call the recruiter pauses the person."""

    inner: RecordingSenders
    engine: sa.Engine
    at: datetime

    def send_email(self, email: Email) -> Receipt:
        pause_person(self.engine, ANA, None, None, self.at)
        return self.inner.send_email(email)


def test_a_touch_that_went_out_during_the_pause_is_not_sent_again_on_resume(world) -> None:
    engine, channel = world
    first_email_went(engine, channel)
    due = enrollment(engine).next_due_at
    assert due is not None
    pausing = PausingDuringTheCall(channel, engine, due)
    tick(engine, Senders(pausing, channel, channel), due)  # the chase goes during the pause
    assert channel.sent == ["1-first", "1-nudge"]
    paused = enrollment(engine)
    assert paused.status == EnrollmentStatus.PAUSED and paused.touches_sent == 2
    later = due + timedelta(days=20)
    [said] = resume_person(engine, ANA, None, later)
    assert "next: last at" in said
    run(engine, channel.senders, later, later + timedelta(weeks=2))
    assert channel.sent == ["1-first", "1-nudge", "1-last"]  # the chase went once


def test_pause_until_a_day_resumes_then_inside_the_window(world) -> None:
    engine, channel = world
    first_email_went(engine, channel)
    now = START + timedelta(hours=9)
    [said] = pause_person(engine, ANA, None, date(2027, 2, 15), now)
    assert said == "outreach: paused; resumes 2027-02-15 in the send window"
    [entry] = status(engine, ANA)
    assert entry["reason"] == "paused by the recruiter until 2027-02-15"
    assert entry["held_until"] is not None
    held = enrollment(engine)
    assert held.next_due_at is not None
    local = held.next_due_at.astimezone(NEW_YORK)
    assert local.date() == date(2027, 2, 15) and 9 <= local.hour < 17
    run(engine, channel.senders, now, datetime(2027, 1, 12, tzinfo=UTC), 7)
    assert channel.sent == ["1-first"]
    # Resumed early by hand: from now, in the window.
    [said] = resume_person(engine, ANA, None, datetime(2027, 1, 12, 15, 0, tzinfo=UTC))
    resumed = enrollment(engine)
    assert resumed.next_due_at is not None
    assert resumed.next_due_at.astimezone(NEW_YORK).date() == date(2027, 1, 12)


def test_pause_until_a_day_in_the_past_is_refused(world) -> None:
    engine, _ = world
    with pytest.raises(SequencerError, match="2026-11-01 is in the past"):
        pause_person(engine, ANA, None, date(2026, 11, 1), START)
    assert enrollment(engine).status == EnrollmentStatus.ACTIVE


def test_a_reply_while_paused_stops_it_for_good(world) -> None:
    engine, channel = world
    first_email_went(engine, channel)
    pause_person(engine, ANA, None, None, START + timedelta(hours=9))
    assert enrollment(engine).id is not None
    reply = Incoming(
        key="mail:<while-paused@example.com>",
        kind=EventKind.REPLY,
        occurred_at=START + timedelta(days=2),
        candidate_id=enrollment(engine).candidate_id,
    )
    once(engine, reply, START + timedelta(days=2), replied("replied by email"))
    assert enrollment(engine).status == EnrollmentStatus.HALTED
    with pytest.raises(SequencerError, match="cannot be resumed"):
        resume_person(engine, ANA, None, START + timedelta(days=3))


def test_an_out_of_office_while_paused_still_holds_after_the_resume(world) -> None:
    engine, channel = world
    first_email_went(engine, channel)
    pause_person(engine, ANA, None, None, START + timedelta(hours=9))
    auto = Incoming(
        key="mail:<ooo-paused@example.com>",
        kind=EventKind.AUTO_REPLY,
        occurred_at=START + timedelta(days=1),
        candidate_id=enrollment(engine).candidate_id,
    )
    once(engine, auto, START + timedelta(days=1), out_of_office(date(2026, 12, 14)))
    resume_person(engine, ANA, None, START + timedelta(days=2))
    resumed = enrollment(engine)
    assert resumed.next_due_at is not None
    assert resumed.next_due_at.astimezone(NEW_YORK).date() == date(2026, 12, 14)


def test_resume_while_a_task_is_open_waits_for_the_task(world) -> None:
    engine, channel = world
    first_email_went(engine, channel)
    hard = Incoming(
        key="sendgrid:bounce-1",
        kind=EventKind.BOUNCE,
        occurred_at=START + timedelta(hours=8),
        candidate_id=enrollment(engine).candidate_id,
    )
    once(engine, hard, START, bounced(ANA, "550 unknown"))  # the nudge falls back to LinkedIn
    run(engine, channel.senders, START + timedelta(hours=9), START + timedelta(days=5))
    [task] = open_tasks(engine)
    pause_person(engine, ANA, None, None, START + timedelta(days=5))
    [said] = resume_person(engine, ANA, None, START + timedelta(days=6))
    assert said == f"outreach: resumed; waiting for task #{task['id']} (linkedin)"
    assert enrollment(engine).next_due_at is None  # the chase is the recruiter's to send
    complete_task(engine, task["id"], START + timedelta(days=6))
    assert enrollment(engine).touches_sent == 2  # the task counted; the sequence went on
    assert [(s.step_id, s.status) for s in sends(engine)][:2] == [
        ("first", SendStatus.SENT),
        ("nudge", SendStatus.SENT),
    ]


def test_stop_pause_and_resume_can_name_one_sequence(world) -> None:
    engine, _ = world
    with pytest.raises(SequencerError, match="not in pipeline; in outreach"):
        stop_person(engine, ANA, "pipeline", START)
    assert stop_person(engine, ANA, "outreach", START) == ["outreach: stopped"]


def test_stop_pause_and_resume_of_someone_never_imported_say_so(world) -> None:
    engine, _ = world
    for act in (
        lambda: stop_person(engine, "bob@example.com", None, START),
        lambda: pause_person(engine, "bob@example.com", None, None, START),
        lambda: resume_person(engine, "bob@example.com", None, START),
    ):
        with pytest.raises(SequencerError, match="nobody imported with this address"):
            act()


def test_resume_of_someone_not_paused_says_so(world) -> None:
    engine, _ = world
    with pytest.raises(SequencerError, match="nothing to resume: not paused in outreach"):
        resume_person(engine, ANA, None, START)


@pytest.mark.parametrize("until", [None, date(2027, 2, 15)])
def test_a_last_touch_that_landed_during_the_pause_ends_the_sequence_on_resume(
    world, until: date | None
) -> None:
    engine, channel = world
    run(engine, channel.senders, START, START + timedelta(days=8))
    assert channel.sent == ["1-first", "1-nudge"]
    due = enrollment(engine).next_due_at
    assert due is not None
    tick(engine, Senders(PausingDuringTheCall(channel, engine, due), channel, channel), due)
    assert channel.sent == ["1-first", "1-nudge", "1-last"]
    later = due + timedelta(days=1)
    if until is None:
        assert resume_person(engine, ANA, None, later) == [
            "outreach: resumed; nothing left to send"
        ]
    else:
        [said] = pause_person(engine, ANA, None, until, later)
        assert said == "outreach: moves to pipeline on 2027-02-15"
    ended = enrollment(engine)
    assert ended.status == EnrollmentStatus.COMPLETED and ended.follow_on == "pipeline"
    run(engine, channel.senders, later, later + timedelta(weeks=1), 6)
    assert channel.sent == ["1-first", "1-nudge", "1-last"]
