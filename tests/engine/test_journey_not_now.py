"""Issue #14, item 1: "Not now, check back in March". Alex, from examples/candidates.csv, in
the shipped passive-candidate sequence, answers the first email with a not-now; the recruiter
records it with the day to get back in touch. What Alex then receives, and when, is read
from the outbox the daemon's passes write to: on the day, the check-back that says "you asked
me to get back in touch", never the "bringing my note back to the top of your inbox" chase,
and nothing after it; when the role's decision deadline passed first, nothing at all, and
the recruiter finds Alex in Needs attention."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.project import Project
from helpers.unsent_world import START, Journey
from helpers.worlds import START as WORLD_START
from helpers.worlds import make_world
from sqlmodel import Session

from sequencer.daemon.passes import run_pass
from sequencer.engine.tasks import complete_task
from sequencer.inbound.messages import raw_mail
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.spec.validate import check_file
from sequencer.store.attention import open_flags
from sequencer.store.models import EnrollmentStatus
from sequencer.store.queue import next_due

ALEX = "alex.rivera@example.com"
NEW_YORK = ZoneInfo("America/New_York")
CHASE = "back to the top of your inbox"


@pytest.fixture
def journey(database_url: str, tmp_path: Path) -> Journey:
    world = Journey(database_url, tmp_path)
    world.people(ALEX)
    world.enroll("passive-candidate", ALEX)
    world.run(START + timedelta(days=3))
    [initial] = world.received(ALEX)
    assert "Staff Platform Engineer" in initial.subject
    return world


def reply_not_now(world: Journey, body: str) -> None:
    """Alex answers the last email, as a mail client would (In-Reply-To, quoted text)."""
    initial = world.received(ALEX)[-1]
    message = EmailMessage()
    message["From"] = f"Alex Rivera <{ALEX}>"
    message["To"] = "Dana Whitfield <dana@northwind.example>"
    message["Subject"] = f"Re: {initial.subject}"
    message["Date"] = format_datetime(world.now)
    message["Message-ID"] = make_msgid(domain="example.com")
    message["In-Reply-To"] = _message_id(world, initial.file)
    message.set_content(f"{body}\n\nOn Tue, Dana Whitfield wrote:\n> Hi Alex,\n")
    raw_mail(world.engine, message.as_bytes(), world.now, None)


def _message_id(world: Journey, file: str) -> str:
    parsed = email.message_from_bytes(
        (world.outbox / file).read_bytes(), policy=email.policy.default
    )
    return str(parsed["Message-ID"])


def test_on_the_day_they_named_they_get_the_check_back_and_no_chase(journey: Journey) -> None:
    reply_not_now(journey, "Thanks Dana. Not right now, but try me again in January.")
    said = mark(journey.engine, ALEX, Outcome.NOT_NOW, journey.now, until=date(2027, 1, 11))
    assert said == "passive-candidate: paused; resumes 2027-01-11 in the send window"

    journey.run(datetime(2027, 3, 1, tzinfo=UTC))

    _initial, check_back = journey.received(ALEX)
    assert check_back.subject == "Getting back in touch in January, as you asked"
    local = check_back.at.astimezone(NEW_YORK)
    assert local.date() == date(2027, 1, 11) and 10 <= local.hour < 12  # Monday's window
    assert "When we were in touch in November, you asked me to get back to you in January" in (
        check_back.body
    )
    assert "we plan to make a decision by Friday, January 22" in check_back.body
    assert CHASE not in check_back.body and "haven't heard back" not in check_back.body
    # Silence after the check-back is the sequence's no_answer: the quarterly pipeline, whose
    # first note comes months later; never follow-up 1 or 2 of the chase.
    [done, pipeline] = journey.enrollments(ALEX)
    assert done.status == EnrollmentStatus.COMPLETED
    assert done.status_reason == (
        "checked back on 2027-01-11, as they asked; moved to nurture-quarterly"
    )
    assert pipeline.sequence_name == "nurture-quarterly"


def test_a_role_that_closed_before_the_day_sends_nothing_and_asks_the_recruiter(
    journey: Journey,
) -> None:
    reply_not_now(journey, "Not now, thanks. Please check back in March.")
    said = mark(journey.engine, ALEX, Outcome.NOT_NOW, journey.now, until=date(2027, 3, 1))
    assert "the role's decision deadline 2027-01-22 comes first" in said

    journey.run(datetime(2027, 4, 1, tzinfo=UTC))

    assert len(journey.received(ALEX)) == 1  # the first email only: no chase, no check-back
    with Session(journey.engine) as session:
        [flag] = open_flags(session)
    assert flag.reason == (
        "They asked to hear back on 2027-03-01, but the role's decision deadline 2027-01-22 "
        "has passed, so no check-back was sent: tell them yourself, or enroll them for "
        "another role."
    )
    assert flag.created_at.astimezone(NEW_YORK).date() == date(2027, 3, 1)
    [closed] = journey.enrollments(ALEX)
    assert closed.status == EnrollmentStatus.COMPLETED and closed.follow_on is None


def test_a_not_now_after_the_last_touch_still_checks_back_then(journey: Journey) -> None:
    journey.run(datetime(2026, 12, 30, tzinfo=UTC))  # initial, follow-ups, final notice
    before = journey.received(ALEX)
    assert len(before) >= 3
    reply_not_now(journey, "Sorry for the silence. Could you check back on January 18?")
    mark(journey.engine, ALEX, Outcome.NOT_NOW, journey.now, until=date(2027, 1, 18))

    journey.run(datetime(2027, 1, 31, tzinfo=UTC))

    after = journey.received(ALEX)[len(before) :]
    assert [r.subject for r in after] == ["Getting back in touch in January, as you asked"]
    assert after[0].at.astimezone(NEW_YORK).date() == date(2027, 1, 19)  # Monday is MLK Day
    assert "When we were in touch in December, you asked me to get back to you in January" in (
        after[0].body
    )


def test_validate_checks_the_check_back_like_a_step(project: Project) -> None:
    project.template(
        "t/email",
        "{% block subject %}Hi{% endblock %}\n"
        "{% block body %}Hi {{ check_back.month }}. No worries if not.{% endblock %}\n",
    )
    path = project.sequence(
        "outreach",
        """
        sender: {name: Dana, email: dana@northwind.example}
        steps:
          - {id: first, channel: email, template: t/email}
        check_back: {template: t/gone, thread: firts, open_until: role.decision_deadline}
        """,
    )
    report = check_file(path, project.library)
    assert [d.message for d in report.diagnostics] == [
        f"template 't/gone' not found: expected {project.templates / 't/gone.j2'}",
        "thread 'firts' is not an email step (did you mean 'first'?)",
        "open_until source 'role.decision_deadline' does not exist: name a key of role: "
        "(role.decision_deadline) or a candidate column listed in candidate_fields "
        "(candidate.decision_deadline)",
        "check_back is known only to the template of check_back: (the not-now's resume)",
    ]


def test_a_sequence_without_check_back_sends_nothing_and_tells_the_recruiter_that_day(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    engine, _, settings = make_world(project, database_url, tmp_path)  # no check_back
    replied_at = WORLD_START + timedelta(days=2)  # the first email went out by then
    run_pass(engine, settings, replied_at)
    said = mark(engine, "ana@example.com", Outcome.NOT_NOW, replied_at, until=date(2027, 2, 2))
    assert said == (
        "outreach: paused; resumes 2027-02-02 in the send window; outreach has no check_back: "
        "nothing is sent then, they go to Needs attention"
    )
    now, end = replied_at, datetime(2027, 2, 20, tzinfo=UTC)
    while now < end:  # a pass whenever something is due, as the daemon wakes for it
        run_pass(engine, settings, now)
        due = next_due(engine)
        now = max(due.replace(tzinfo=due.tzinfo or UTC), now + timedelta(minutes=1)) if due else end

    received = sorted(p.name for p in (tmp_path / "outbox").glob("*.eml"))
    assert received == ["1-first.eml"]  # never the nudge as if nothing had been said
    with Session(engine) as session:
        [flag] = open_flags(session)
    assert flag.reason == (
        "They asked to hear back on 2027-02-02, and outreach has no check_back to send: "
        "write to them yourself."
    )
    assert flag.created_at.astimezone(NEW_YORK).date() == date(2027, 2, 2)


def test_a_linkedin_check_back_nobody_sent_goes_by_email(database_url: str, tmp_path: Path) -> None:
    oliver = "oliver.hughes@example.org"  # prefers LinkedIn
    world = Journey(database_url, tmp_path)
    world.people(oliver)
    world.enroll("passive-candidate", oliver)
    world.run(START + timedelta(days=3))
    [initial] = world.tasks(oliver)
    complete_task(world.engine, initial.id or 0, world.now)  # the recruiter sent it
    mark(world.engine, oliver, Outcome.NOT_NOW, world.now, until=date(2027, 1, 11))

    world.run(datetime(2027, 2, 1, tzinfo=UTC))

    _initial, check_back = world.tasks(oliver)
    assert "you asked me to get back to you in January" in check_back.body
    [by_email] = world.received(oliver)  # its task expired unsent: the email instead
    assert by_email.subject == "Getting back in touch in January, as you asked"
    assert date(2027, 1, 18) <= by_email.at.date() < date(2027, 1, 22)  # before the deadline
