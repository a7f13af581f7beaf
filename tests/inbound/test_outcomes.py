"""What comes back and what a recruiter records: replies halt, opt-outs suppress, an
out-of-office holds, a bounce falls back, outcomes pause or move people on."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from helpers.project import Project
from helpers.worlds import NEW_YORK, START, make_world
from sqlmodel import Session, select

from sequencer.channels import Senders
from sequencer.cli import main
from sequencer.daemon.passes import run_pass
from sequencer.engine.claim import Claim, claim
from sequencer.engine.dispatch import send_claimed, tick
from sequencer.engine.enroll import enroll
from sequencer.engine.links import Links, reference_of_reply_address
from sequencer.inbound.effects import (
    Incoming,
    bounced,
    once,
    opted_out,
    out_of_office,
    replied,
    settled,
)
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.reports.status import open_tasks, status
from sequencer.spec.validate import load_sequence
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    Event,
    EventKind,
    Send,
    SendStatus,
    Suppression,
)


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path):
    return make_world(project, database_url, tmp_path)


def enrollments(engine: sa.Engine) -> list[Enrollment]:
    with Session(engine) as session:
        return list(session.exec(select(Enrollment).order_by(Enrollment.id)))


def sends(engine: sa.Engine) -> list[Send]:
    with Session(engine) as session:
        return list(session.exec(select(Send).order_by(Send.id)))


def run(engine: sa.Engine, senders: Senders, start: datetime, end: datetime) -> None:
    now = start
    while now <= end:
        tick(engine, senders, now)
        now += timedelta(hours=1)


def person_id(engine: sa.Engine) -> int:
    with Session(engine) as session:
        person = session.exec(select(CandidateRecord)).one()
        assert person.id is not None
        return person.id


def event(engine: sa.Engine, kind: EventKind, key: str, when: datetime, **fields) -> Incoming:
    return Incoming(key=key, kind=kind, occurred_at=when, candidate_id=person_id(engine), **fields)


# --- replies, opt-outs, the race -------------------------------------------------------------


def test_a_reply_that_arrives_while_the_dispatcher_holds_the_send_stops_it(world) -> None:
    engine, senders, _ = world
    [enrollment] = enrollments(engine)
    due = enrollment.next_due_at
    claimed = claim(engine, enrollment.id, due, None)
    assert isinstance(claimed, Claim)  # the dispatcher holds Ana's first email...
    reply = event(engine, EventKind.REPLY, "mail:<r1@example.com>", due)
    assert once(engine, reply, due, replied("replied by email")) == "halted"
    # ...and the reply, recorded in between, still stops it.
    assert send_claimed(engine, claimed, senders, due) == "halted"
    assert not (senders.email.directory / "1-first.eml").exists()  # type: ignore[attr-defined]
    [row] = sends(engine)
    assert row.status == SendStatus.SKIPPED
    assert "replied by email before it went out" in (row.reason or "")
    assert enrollments(engine)[0].status == EnrollmentStatus.HALTED


def test_the_same_event_twice_has_one_effect(world) -> None:
    engine, _, _ = world
    stop = event(engine, EventKind.OPT_OUT, "sendgrid:abc", START)
    effect = opted_out(["ana@example.com"], "spam report")
    assert once(engine, stop, START, effect) == "opted out"
    assert once(engine, stop, START + timedelta(hours=1), effect) == "duplicate"
    with Session(engine) as session:
        assert len(session.exec(select(Event)).all()) == 1
        suppressed = {s.address for s in session.exec(select(Suppression))}
    # Every address of the person: an opt-out is from everything, on every channel.
    assert suppressed == {"ana@example.com", "+12125550147"}
    assert enrollments(engine)[0].status_reason == "opted out: spam report"


# --- out of office ---------------------------------------------------------------------------


def test_an_out_of_office_holds_the_next_touch_until_they_are_back(world) -> None:
    engine, senders, _ = world
    run(engine, senders, START, START + timedelta(hours=8))  # the first email went
    planned = enrollments(engine)[0].next_due_at
    assert planned is not None and planned.date() == date(2026, 11, 26)
    auto = event(engine, EventKind.AUTO_REPLY, "mail:<ooo@example.com>", START)
    once(engine, auto, START, out_of_office(date(2026, 12, 7)))
    [held] = enrollments(engine)
    assert held.status == EnrollmentStatus.ACTIVE  # an automatic reply is not an answer
    assert held.next_due_at is not None
    local = held.next_due_at.astimezone(NEW_YORK)
    assert local.date() == date(2026, 12, 7) and 9 <= local.hour < 17
    run(engine, senders, START + timedelta(hours=9), datetime(2026, 12, 8, tzinfo=UTC))
    nudge = sends(engine)[1]
    assert nudge.step_id == "nudge" and nudge.sent_at is not None
    assert nudge.sent_at.astimezone(NEW_YORK).date() == date(2026, 12, 7)


# --- bounces ---------------------------------------------------------------------------------


def test_a_hard_bounce_moves_the_email_steps_to_their_fallback_or_skips_them(world) -> None:
    engine, senders, _ = world
    run(engine, senders, START, START + timedelta(hours=8))
    hard = event(engine, EventKind.BOUNCE, "sendgrid:bounce-1", START + timedelta(hours=8))
    once(engine, hard, START, bounced("ANA@example.com", "550 5.1.1 user unknown"))
    run(engine, senders, START + timedelta(hours=9), START + timedelta(days=30))
    by_step = {s.step_id: s for s in sends(engine)}
    assert by_step["nudge"].channel == "linkedin"  # its fallback
    assert by_step["last"].status == SendStatus.SKIPPED
    assert "bounced (550 5.1.1 user unknown)" in (by_step["last"].reason or "")
    [entry] = [e for e in status(engine) if e["sequence"] == "outreach"]
    assert entry["email_undeliverable"] == "550 5.1.1 user unknown"


def test_a_sequence_that_stops_on_bounce_stops(project, database_url, tmp_path) -> None:
    engine, senders, _ = make_world(project, database_url, tmp_path, "reply, opt_out, bounce")
    run(engine, senders, START, START + timedelta(hours=8))
    hard = event(engine, EventKind.BOUNCE, "sendgrid:bounce-1", START)
    once(engine, hard, START, bounced("ana@example.com", "550 no such user"))
    [stopped] = enrollments(engine)
    assert stopped.status == EnrollmentStatus.HALTED
    assert stopped.status_reason == "email bounced (550 no such user)"


# --- in doubt, settled by the provider -----------------------------------------------------------


class Vanishing:
    """An email channel whose process dies after the provider accepted the message."""

    def send_email(self, email):
        raise KeyboardInterrupt


def test_a_delivered_event_settles_an_in_doubt_send_without_sending_it_again(world) -> None:
    engine, senders, _ = world
    due = enrollments(engine)[0].next_due_at
    with pytest.raises(KeyboardInterrupt):
        tick(engine, Senders(Vanishing(), senders.text, senders.call), due)  # type: ignore[arg-type]
    [row] = sends(engine)
    assert row.status == SendStatus.SENDING and enrollments(engine)[0].next_due_at is None
    delivered = Incoming(
        key="sendgrid:delivered-1",
        kind=EventKind.DELIVERED,
        occurred_at=START + timedelta(minutes=1),
        send_id=row.id,
    )
    assert once(engine, delivered, START, settled(True)) == "settled"
    [row] = sends(engine)
    assert row.status == SendStatus.SENT and row.sent_at == START + timedelta(minutes=1)
    following = enrollments(engine)[0]
    assert following.next_step == 1 and following.next_due_at is not None


# --- outcomes the recruiter records ------------------------------------------------------------


def test_not_now_pauses_and_resumes_exactly_then_inside_the_window(world) -> None:
    engine, senders, _ = world
    run(engine, senders, START, START + timedelta(hours=8))
    said = mark(engine, "ana@example.com", Outcome.NOT_NOW, START, until=date(2027, 2, 15))
    assert "paused; resumes 2027-02-15" in said
    [paused] = enrollments(engine)
    assert paused.next_due_at is not None
    local = paused.next_due_at.astimezone(NEW_YORK)
    assert local.date() == date(2027, 2, 15)
    assert 9 <= local.hour < 17


def test_not_now_needs_a_date(world) -> None:
    engine, _, _ = world
    from sequencer.errors import SequencerError

    with pytest.raises(SequencerError, match="--until"):
        mark(engine, "ana@example.com", Outcome.NOT_NOW, START)


def test_not_now_until_a_day_already_past_is_refused(world) -> None:
    engine, _, _ = world
    from sequencer.errors import SequencerError

    with pytest.raises(SequencerError, match=r"2026-11-01 is in the past \(today is 2026-11-23\)"):
        mark(engine, "ana@example.com", Outcome.NOT_NOW, START, until=date(2026, 11, 1))
    [untouched] = enrollments(engine)
    assert untouched.not_before is None
    with Session(engine) as session:
        assert session.exec(select(Event)).all() == []  # nothing recorded either


def test_until_belongs_to_not_now_only(world) -> None:
    engine, _, _ = world
    from sequencer.errors import SequencerError

    with pytest.raises(SequencerError, match="--until is only for not-now"):
        mark(engine, "ana@example.com", Outcome.HIRED, START, until=date(2027, 3, 1))
    assert enrollments(engine)[0].status == EnrollmentStatus.ACTIVE


@pytest.mark.parametrize(("after", "months"), [("12 months", 12), ("18 months", 18)])
def test_accepted_elsewhere_stops_and_re_engages_after_the_configured_months(
    project, database_url, tmp_path, after: str, months: int
) -> None:
    engine, _, settings = make_world(project, database_url, tmp_path, accepted_after=after)
    said = mark(engine, "ana@example.com", Outcome.ACCEPTED_ELSEWHERE, START)
    [stopped] = enrollments(engine)
    assert stopped.status == EnrollmentStatus.HALTED
    assert stopped.follow_on == "pipeline" and stopped.follow_on_at is not None
    back = stopped.follow_on_at.astimezone(NEW_YORK).date()
    assert back == date(2026 + (11 + months - 1) // 12, (11 + months - 1) % 12 + 1, 23)
    assert f"moves to pipeline on {stopped.follow_on_at:%Y-%m-%d}" in said
    # Nothing happens before then; from then, the next pass enrolls them in the pipeline.
    assert "moved on" not in run_pass(engine, settings, stopped.follow_on_at - timedelta(days=1))
    assert run_pass(engine, settings, stopped.follow_on_at)["moved on"] == 1
    old, new = enrollments(engine)
    assert new.sequence_name == "pipeline" and new.status == EnrollmentStatus.ACTIVE
    assert new.started_at == stopped.follow_on_at
    assert "moved to pipeline" in (old.status_reason or "")


def test_hired_stops_for_good(world) -> None:
    engine, _, _ = world
    mark(engine, "ana@example.com", Outcome.HIRED, START)
    [stopped] = enrollments(engine)
    assert stopped.status == EnrollmentStatus.HALTED and stopped.follow_on is None


def test_opted_out_by_the_recruiter_suppresses_every_address(world) -> None:
    engine, _, _ = world
    mark(engine, "ana@example.com", Outcome.OPTED_OUT, START)
    with Session(engine) as session:
        assert {s.address for s in session.exec(select(Suppression))} == {
            "ana@example.com",
            "+12125550147",
        }
    assert enrollments(engine)[0].status == EnrollmentStatus.HALTED


def test_silence_after_the_last_touch_moves_them_to_the_pipeline(world) -> None:
    engine, _, settings = world
    now = START
    while now < START + timedelta(weeks=6):
        run_pass(engine, settings, now)
        now += timedelta(hours=2)
    first, pipeline = enrollments(engine)
    assert first.status == EnrollmentStatus.COMPLETED
    assert "moved to pipeline" in (first.status_reason or "")
    last = max(s.sent_at for s in sends(engine) if s.sent_at and s.enrollment_id == first.id)
    assert pipeline.started_at - last >= timedelta(days=14)
    assert pipeline.status == EnrollmentStatus.ACTIVE


def test_a_reply_notifies_the_recruiter(world) -> None:
    engine, _, settings = world
    reply = event(engine, EventKind.REPLY, "mail:<r2@example.com>", START, channel="email")
    reply = Incoming(**{**vars(reply), "detail": "Happy to talk on Thursday."})
    once(engine, reply, START, replied("replied by email"))
    assert run_pass(engine, settings, START)["recruiters told"] == 1
    [note] = (settings.outbox_dir).glob("notify-*.eml")
    text = note.read_text()
    assert "To: dana@northwind.example" in text and "Ana replied (outreach)" in text
    assert "> Happy to talk on Thursday." in text
    assert "recruiters told" not in run_pass(engine, settings, START + timedelta(minutes=5))


def test_mark_from_the_command_line(world, monkeypatch: pytest.MonkeyPatch) -> None:
    engine, _, settings = world
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", settings.database_url)
    runner = CliRunner()
    refused = runner.invoke(main, ["mark", "ana@example.com", "not-now"])
    assert refused.exit_code == 1 and "not-now needs --until DATE" in refused.output
    bad_date = runner.invoke(main, ["mark", "ana@example.com", "not-now", "--until", "March"])
    assert bad_date.exit_code == 2 and "not a date like 2027-03-01" in bad_date.output
    nobody = runner.invoke(main, ["mark", "bob@example.com", "hired"])
    assert nobody.exit_code == 1 and "nobody imported with 'bob@example.com'" in nobody.output
    done = runner.invoke(main, ["mark", "ana@example.com", "hired", "--now", "2026-11-24T10:00Z"])
    assert done.exit_code == 0 and "outreach: stopped" in done.output
    assert enrollments(engine)[0].status_reason == "hired (recorded by the recruiter)"


def test_with_a_reply_domain_each_email_gets_its_own_signed_reply_address(world) -> None:
    engine, senders, settings = world
    links = Links("https://sequencer.northwind.example", "secret", "parse.northwind.example")
    tick(engine, senders, enrollments(engine)[0].next_due_at, links)
    sent = (settings.outbox_dir / "1-first.eml").read_text()
    [reply_to] = [line for line in sent.splitlines() if line.startswith("Reply-To:")]
    address = reply_to.removeprefix("Reply-To: ").strip()
    assert address.endswith("@parse.northwind.example")
    assert reference_of_reply_address(address, "secret") == "1-first"
    assert reference_of_reply_address(address, "another secret") is None


# --- what the review found --------------------------------------------------------------------


def test_a_reply_after_the_last_touch_cancels_the_move_to_the_pipeline(world) -> None:
    engine, _, settings = world
    now = START
    while enrollments(engine)[0].status == EnrollmentStatus.ACTIVE:
        run_pass(engine, settings, now)
        now += timedelta(hours=2)
    [finished] = enrollments(engine)
    assert finished.follow_on == "pipeline" and finished.follow_on_at is not None
    reply = event(engine, EventKind.REPLY, "mail:<late@example.com>", now)
    once(engine, reply, now, replied("replied by email"))
    [finished] = enrollments(engine)
    assert finished.follow_on is None and "not moved to pipeline" in (finished.status_reason or "")
    assert "moved on" not in run_pass(engine, settings, now + timedelta(weeks=3))
    assert len(enrollments(engine)) == 1


def test_an_opt_out_closes_the_recruiters_open_tasks(world) -> None:
    engine, senders, _ = world
    run(engine, senders, START, START + timedelta(hours=8))
    hard = event(engine, EventKind.BOUNCE, "sendgrid:b", START + timedelta(hours=8))
    once(engine, hard, START, bounced("ana@example.com", "550 unknown"))
    run(engine, senders, START + timedelta(hours=9), START + timedelta(days=5))
    assert [t["kind"] for t in open_tasks(engine)] == ["linkedin"]  # the nudge fell back
    stop = event(engine, EventKind.OPT_OUT, "sms:stop", START + timedelta(days=5))
    once(engine, stop, START, opted_out(["+12125550147"], "texted 'STOP'"))
    assert open_tasks(engine) == []


def test_a_provider_event_during_the_send_does_not_skip_the_next_step(world) -> None:
    engine, senders, _ = world
    [enrollment] = enrollments(engine)
    due = enrollment.next_due_at
    claimed = claim(engine, enrollment.id, due, None)
    assert isinstance(claimed, Claim)
    # SendGrid's "processed" arrives before the dispatcher has recorded the provider's answer.
    processed = Incoming(
        key="sendgrid:processed-1",
        kind=EventKind.ACCEPTED,
        occurred_at=due,
        send_id=claimed.send_id,
    )
    once(engine, processed, due, settled(True))
    assert send_claimed(engine, claimed, senders, due) == "sent"
    [after] = enrollments(engine)
    assert (after.next_step, after.touches_sent) == (1, 1)
    first = sends(engine)[0]
    assert first.status == SendStatus.SENT and first.provider == "outbox"


def test_not_now_after_their_reply_resumes_the_sequence_then(world) -> None:
    engine, senders, _ = world
    run(engine, senders, START, START + timedelta(hours=8))
    reply = event(engine, EventKind.REPLY, "mail:<nn@example.com>", START + timedelta(hours=8))
    once(engine, reply, START, replied("replied by email"))
    assert enrollments(engine)[0].status == EnrollmentStatus.HALTED
    said = mark(engine, "ana@example.com", Outcome.NOT_NOW, START, until=date(2027, 3, 1))
    assert "resumes 2027-03-01" in said
    [resumed] = enrollments(engine)
    assert resumed.status == EnrollmentStatus.ACTIVE and resumed.next_due_at is not None
    assert resumed.next_due_at.astimezone(NEW_YORK).date() == date(2027, 3, 1)


def test_a_later_not_now_can_bring_the_date_earlier(world) -> None:
    engine, _, _ = world
    mark(engine, "ana@example.com", Outcome.NOT_NOW, START, until=date(2027, 3, 1))
    mark(engine, "ana@example.com", Outcome.NOT_NOW, START, until=date(2027, 2, 1))
    [paused] = enrollments(engine)
    assert paused.next_due_at is not None
    assert paused.next_due_at.astimezone(NEW_YORK).date() == date(2027, 2, 1)


def test_a_hold_that_runs_into_a_deadline_skips_the_final_notice(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    engine, senders, _ = make_world(project, database_url, tmp_path)
    path = project.sequence(
        "final",
        """
        timezone: America/New_York
        send_window: ["Mon-Fri 09:00-17:00"]
        sender: {name: Dana, email: dana@northwind.example}
        role: {decision_deadline: 2026-12-09}
        steps:
          - {id: first, channel: email, template: t/email}
          - id: notice
            channel: email
            template: t/email
            wait: 3 days
            deadline: {from: role.decision_deadline, lead: 3 business days}
        """,
    )
    sequence, _ = load_sequence(path, project.library)
    mark(engine, "ana@example.com", Outcome.REPLIED, START)  # out of the first sequence
    enroll(engine, sequence, project.library, ["ana@example.com"], START)
    run(engine, senders, START, START + timedelta(hours=8))
    # Back on Mon 7 Dec: two business days before the deadline, inside the 3-day lead.
    auto = event(engine, EventKind.AUTO_REPLY, "mail:<ooo-final@example.com>", START)
    once(engine, auto, START, out_of_office(date(2026, 12, 7)))
    notice = [s for s in sends(engine) if s.step_id == "notice"]
    assert [s.status for s in notice] == [SendStatus.SKIPPED]
    assert "too close to the deadline 2026-12-09" in (notice[0].reason or "")


def test_a_reply_racing_the_record_of_the_last_touch_is_not_overwritten(world) -> None:
    """The dispatcher reads the enrollment, a reply commits, the dispatcher writes what it
    read plus the move to the pipeline. Its row lock (FOR UPDATE on PostgreSQL, BEGIN
    IMMEDIATE on SQLite) makes the reply wait, and then see the move and cancel it."""
    engine, _, _ = world
    [enrollment] = enrollments(engine)
    reply = event(engine, EventKind.REPLY, "mail:<race@example.com>", START)
    replying = threading.Thread(target=once, args=(engine, reply, START, replied("replied")))
    with Session(engine) as session, session.begin():
        held = session.get(Enrollment, enrollment.id, with_for_update=True)
        assert held is not None
        replying.start()
        replying.join(timeout=0.5)  # the reply tries to commit while the row is held
        held.status = EnrollmentStatus.COMPLETED
        held.follow_on, held.follow_on_at = "pipeline", START + timedelta(weeks=2)
    replying.join()
    [after] = enrollments(engine)
    assert after.status != EnrollmentStatus.ACTIVE and after.follow_on is None
