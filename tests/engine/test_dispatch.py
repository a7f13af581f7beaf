"""The dispatcher: each due touch exactly once, halting beats sending, crashes leave no double."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers.project import Project
from helpers.recording import RecordingSenders
from sqlmodel import Session, select

from sequencer.channels import Rejected, RetryLater, Senders, Text
from sequencer.channels.outbox import Outbox
from sequencer.engine.claim import Claim, claim
from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.engine.links import Links
from sequencer.engine.tasks import finish_task
from sequencer.reports.preview import preview
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.leases import BATCH_LEASE
from sequencer.store.models import CandidateRecord, Enrollment, Send, Suppression, Task
from sequencer.store.people import candidate_of, import_candidates
from sequencer.store.versions import recall

# Mon 23 Nov 2026, 09:00 in New York
START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
EMAIL = """{% block subject %}Staff role{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. No worries if not. Reply STOP to opt out.
{% endblock %}
"""
PEOPLE = """email,phone,first_name,timezone,sms_consent,linkedin_url
ana@example.com,+12125550147,Ana,America/New_York,yes,https://www.linkedin.com/in/ana
"""


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path):
    project.template("t/email", EMAIL)
    path = project.sequence(
        "outreach",
        """
        timezone: America/New_York
        holidays: [US]
        send_window: ["Mon-Fri 09:00-17:00"]
        sender: {name: Dana, email: dana@northwind.example}
        steps:
          - {id: first, channel: email, template: t/email}
          - {id: nudge, channel: email, template: t/email, wait: 2 days, thread: first}
          - {id: text, channel: sms, template: t/email, wait: 1 day}
          - {id: note, channel: linkedin, template: t/email, wait: 1 day}
        """,
    )
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, START)
    sequence, _ = load_sequence(path, project.library)
    enroll(engine, sequence, project.library, None, START)
    channel = RecordingSenders()
    return engine, channel.senders, channel


def sends(engine: sa.Engine) -> list[Send]:
    with Session(engine) as session:
        return list(session.exec(select(Send).order_by(Send.id)))


def enrollment(engine: sa.Engine) -> Enrollment:
    with Session(engine) as session:
        return session.exec(select(Enrollment)).one()


def run_until(engine: sa.Engine, senders: Senders, end: datetime, step=timedelta(hours=1)):
    """Ticks every `step` from START to `end`, as the daemon's interval job would."""
    now = START
    while now <= end:
        tick(engine, senders, now)
        now += step


def test_each_touch_goes_once_and_waits_count_from_the_real_send(world) -> None:
    engine, senders, channel = world
    run_until(engine, senders, START + timedelta(days=6))
    assert channel.sent == ["1-first", "1-nudge", "1-text"]
    first, nudge = sends(engine)[:2]
    assert first.sent_at is not None and nudge.sent_at is not None
    assert (nudge.sent_at.date() - first.sent_at.date()).days == 2
    assert isinstance(channel.accepted[2], Text)  # the third went as a text message
    run_until(engine, senders, START + timedelta(days=6))  # the same hours again: nothing new
    assert channel.sent == ["1-first", "1-nudge", "1-text"]


def test_a_threaded_follow_up_answers_the_first_email(world) -> None:
    engine, senders, channel = world
    run_until(engine, senders, START + timedelta(days=3))
    first, nudge = channel.email("1-first"), channel.email("1-nudge")
    assert first.message_id and nudge.headers["In-Reply-To"] == first.message_id
    assert nudge.subject == "Re: Staff role"


def test_an_opt_out_halts_before_the_next_send(world) -> None:
    engine, senders, channel = world
    run_until(engine, senders, START + timedelta(hours=9))  # Monday's window: the first email
    with Session(engine) as session:
        session.add(Suppression(address="ana@example.com", reason="unsubscribed", created_at=START))
        session.commit()
    run_until(engine, senders, START + timedelta(days=6))
    assert channel.sent == ["1-first"]
    assert (enrollment(engine).status, enrollment(engine).status_reason) == ("halted", "opted out")


def test_a_crash_after_the_provider_accepted_leaves_it_in_doubt_never_sent_twice(world) -> None:
    engine, senders, channel = world
    channel.crash_after_send = True
    with pytest.raises(KeyboardInterrupt):
        run_until(engine, senders, START + timedelta(hours=9))
    channel.crash_after_send = False
    run_until(engine, senders, START + timedelta(days=6))
    assert channel.sent == ["1-first"]
    [row] = sends(engine)
    assert row.status == "sending"  # in doubt: shown, to be reconciled from provider events


def test_a_crash_after_the_claim_and_before_the_hand_over_sends_it_once_its_lease_lapses(
    world,
) -> None:
    engine, senders, channel = world
    ana = enrollment(engine)
    assert ana.id is not None and ana.next_due_at is not None
    due = ana.next_due_at
    # A worker claims Ana's first email (rendered, its row written) and dies before it hands
    # it to the provider: nothing went out, so it is not in doubt.
    assert isinstance(claim(engine, ana.id, due, None, "worker-that-died"), Claim)
    assert [row.status for row in sends(engine)] == ["claimed"]
    tick(engine, senders, due + BATCH_LEASE / 2, worker="worker-alive")
    assert channel.sent == []  # the dead worker's lease still holds it
    tick(engine, senders, due + BATCH_LEASE + timedelta(minutes=1), worker="worker-alive")
    tick(engine, senders, due + BATCH_LEASE + timedelta(minutes=2), worker="worker-alive")
    assert channel.sent == ["1-first"]
    [row] = sends(engine)
    assert (row.status, row.attempts) == ("sent", 1)


def test_a_provider_that_says_later_is_tried_again_later(world) -> None:
    engine, senders, channel = world
    channel.errors = [RetryLater("429 Too Many Requests", retry_after=600)]
    first_due = enrollment(engine).next_due_at
    assert first_due is not None
    assert tick(engine, senders, first_due)["retry"] == 1
    [row] = sends(engine)
    assert (row.status, row.attempts) == ("retry", 1)
    due = enrollment(engine).next_due_at
    assert due == first_due + timedelta(minutes=10)
    tick(engine, senders, due)
    assert channel.sent == ["1-first"] and sends(engine)[0].attempts == 2


def test_a_stop_reply_reported_by_the_provider_suppresses_the_person(world) -> None:
    engine, senders, channel = world
    channel.errors = [Rejected("21610: recipient unsubscribed", "21610", opted_out=True)]
    due = enrollment(engine).next_due_at
    assert due is not None
    tick(engine, senders, due)
    with Session(engine) as session:
        assert session.exec(select(Suppression)).one().address == "ana@example.com"
    assert enrollment(engine).status == "halted"


def test_a_daemon_that_was_down_never_sends_outside_the_window(world) -> None:
    engine, senders, channel = world
    night = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # Mon 22:00 in New York
    assert tick(engine, senders, night)["later"] == 1
    assert channel.sent == []
    due = enrollment(engine).next_due_at
    assert due is not None and due.astimezone(UTC).hour >= 14  # Tue from 09:00 New York


def test_a_linkedin_step_waits_for_the_recruiter_then_moves_on(world) -> None:
    engine, senders, _ = world
    # Thanksgiving (Thu 26) and the weekend push the LinkedIn step to Mon 30 Nov.
    run_until(engine, senders, START + timedelta(days=9))
    assert enrollment(engine).next_due_at is None
    with Session(engine) as session:
        task = session.exec(select(Task)).one()
        assert (task.kind, task.to) == ("linkedin", "https://www.linkedin.com/in/ana")
        done_at = START + timedelta(days=9)
        finish_task(session, task, done_at, done=True)
        session.commit()
    current = enrollment(engine)
    assert current.status == "completed" and current.last_touch_at == done_at


def test_emails_carry_one_click_unsubscribe_and_the_same_footer_as_the_preview(world) -> None:
    engine, senders, channel = world
    links = Links("https://sequencer.example.com", "secret")
    due = enrollment(engine).next_due_at
    assert due is not None
    tick(engine, senders, due, links)
    sent = channel.email("1-first")
    url = links.unsubscribe("ana@example.com")
    assert sent.headers["List-Unsubscribe"] == f"<{url}>"
    assert sent.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"Not interested? Unsubscribe in one click: {url}" in sent.text


def test_what_is_sent_is_exactly_what_the_preview_showed(
    world, project: Project, tmp_path: Path
) -> None:
    engine, _, _ = world
    outbox = tmp_path / "outbox"  # through the real outbox: the MIME a provider is handed
    box = Outbox(outbox, START)
    senders = Senders(box, box, box)
    run_until(engine, senders, START + timedelta(days=3), step=timedelta(minutes=30))
    version = enrollment(engine).sequence_version
    with Session(engine) as session:
        record = session.exec(select(CandidateRecord)).one()
        sequence, library = recall(session, version)
    shown = preview(sequence, candidate_of(record), START, library, links=None)["steps"]
    for step, name in ((shown[0], "1-first.eml"), (shown[1], "1-nudge.eml")):
        sent = email.message_from_bytes((outbox / name).read_bytes(), policy=email.policy.default)
        assert sent["Subject"] == step["subject"]
        assert sent.get_body(("plain",)).get_content().replace("\r\n", "\n").strip() == step["body"]


def test_an_undone_linkedin_task_expires_after_the_steps_task_expiry(world) -> None:
    engine, senders, _ = world
    run_until(engine, senders, START + timedelta(days=9))
    with Session(engine) as session:
        task = session.exec(select(Task)).one()
        assert task.expires_at is not None and task.expires_at - task.created_at == timedelta(
            days=7
        )
    outcomes = tick(engine, senders, task.expires_at)
    assert outcomes["tasks expired"] == 1
    note = sends(engine)[-1]
    assert (note.step_id, note.status) == ("note", "skipped")
    assert note.reason == "LinkedIn task expired: nobody sent it"


def test_retries_back_off_exponentially_with_jitter_then_fail_with_the_reason(world) -> None:
    engine, senders, channel = world
    channel.errors = [RetryLater("503 Service Unavailable") for _ in range(5)]
    now = enrollment(engine).next_due_at
    assert now is not None
    waits = []
    for _ in range(4):
        assert tick(engine, senders, now)["retry"] == 1
        due = enrollment(engine).next_due_at
        assert due is not None
        waits.append(due - now)
        now = due
    for attempt, wait in enumerate(waits):
        base = timedelta(minutes=2**attempt)
        assert base <= wait <= base * 1.5, (attempt, wait)
    assert len(set(w / timedelta(minutes=2**i) for i, w in enumerate(waits))) > 1  # jittered
    assert tick(engine, senders, now)["failed"] == 1  # the fifth try: given up, with why
    [row] = sends(engine)
    assert row.status == "failed" and "gave up after 5 tries: 503" in (row.reason or "")
    assert channel.sent == []
    held = enrollment(engine)  # no follow-up about it: held until the recruiter resumes
    assert held.status == "paused" and held.next_due_at is None
    assert (held.status_reason or "").startswith("held for you: step first failed")
