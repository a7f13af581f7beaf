"""The check-back: what goes out on the day a person who said "not now, check back in March"
named, instead of the step they were at (the sequence's `check_back:`). The state machine
(`engine.enrollment`) decides when; this module plans it, gives its template the dates, and
says when it must not go: the sequence has no check-back, or the role closed meanwhile.

Its send row's step id is `check-back-<the day they named>` (`spec.outline.check_back_id`,
where a report finds it without importing the planner).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from sequencer.engine.plan import Touch, deadline_from, plan_step
from sequencer.engine.touches import held_back, move, send_row
from sequencer.people.candidate import Candidate
from sequencer.spec.channel import Channel
from sequencer.spec.outline import CHECK_BACK, check_back_id, waiting_step
from sequencer.spec.sequence import Sequence, Step
from sequencer.spec.templates import Fields
from sequencer.store.attention import flag
from sequencer.store.models import Enrollment, EnrollmentStatus, Event, EventKind, Send, SendStatus

# Without `check_back:` the day still comes, and the recruiter is told then: this step stands
# in for the message that does not exist, so the day is placed like any other touch.
_NONE = "(no check_back)"


def check_back_step(sequence: Sequence, day: date) -> Step:
    spec = sequence.check_back
    if spec is None:
        return Step(
            id=check_back_id(day),
            channel=Channel.EMAIL,
            fallback=[Channel.LINKEDIN],
            template=_NONE,
        )
    return Step(
        id=check_back_id(day),
        channel=spec.channel,
        fallback=spec.fallback,
        template=spec.template,
        thread=spec.thread,
        send_window=spec.send_window,
        task_expiry=spec.task_expiry,
    )


def step_for(sequence: Sequence, step_id: str) -> Step:
    """The step a send row names: one of the sequence's, or a check-back."""
    if any(step.id == step_id for step in sequence.steps):
        return sequence.step(step_id)
    return check_back_step(sequence, date.fromisoformat(step_id.removeprefix(f"{CHECK_BACK}-")))


def check_back_touch(
    sequence: Sequence,
    candidate: Candidate,
    day: date,
    asked_at: datetime,
    started_at: datetime,
    last_touch_at: datetime | None,
) -> Touch:
    """The check-back for the day they named, planned like a step with no wait after their
    last touch (the caller holds it back to that day). Never capped by max_touches: they
    asked for it."""
    step = check_back_step(sequence, day)
    touch = plan_step(sequence, candidate, step, started_at, last_touch_at, 0)
    zone = ZoneInfo(candidate.timezone or sequence.timezone)
    return replace(touch, variables={"check_back": dates(sequence, candidate, day, asked_at, zone)})


def dates(
    sequence: Sequence, candidate: Candidate, day: date, asked_at: datetime, zone: ZoneInfo
) -> Fields:
    """`check_back.*` in its template: when they asked, the day they named, the deadline."""
    asked = asked_at.astimezone(zone).date()
    values = {
        "asked_on": asked,
        "asked_month": f"{asked:%B}",
        "day": day,
        "month": f"{day:%B}",
        "deadline": role_deadline(sequence, candidate),
    }
    return Fields("check_back", values)  # deadline None, not missing: `{% if %}` reads it


def role_deadline(sequence: Sequence, candidate: Candidate) -> date | None:
    """The role's decision deadline, when the sequence names one and it holds a date."""
    sources = sequence.open_until()
    found = deadline_from(sequence, candidate, sources) if sources else None
    return found if isinstance(found, date) else None


def why_not(sequence: Sequence, candidate: Candidate, day: date, today: date) -> str | None:
    """Why the check-back due `today` (their local date) must not go, in one sentence for
    the recruiter's "Needs attention"; None when it may."""
    if sequence.check_back is None:
        return (
            f"They asked to hear back on {day}, and {sequence.name} has no check_back to send: "
            "write to them yourself."
        )
    closes = role_deadline(sequence, candidate)
    if closes is not None and closes <= today:
        return (
            f"They asked to hear back on {day}, but the role's decision deadline {closes} has "
            "passed, so no check-back was sent: tell them yourself, or enroll them for another "
            "role."
        )
    return None


def ahead(sequence: Sequence, candidate: Candidate, day: date) -> str:
    """What to expect on that day, said when the not-now is recorded ('' when all is well)."""
    if sequence.check_back is None:
        return (
            f"; {sequence.name} has no check_back: nothing is sent then, they go to Needs attention"
        )
    closes = role_deadline(sequence, candidate)
    if closes is not None and closes <= day:
        return (
            f"; the role's decision deadline {closes} comes first: unless it moves, they go to "
            "Needs attention then instead"
        )
    return ""


# --- the state of an enrollment that checks back ------------------------------------------


def schedule_check_back(
    session: Session,
    enrollment: Enrollment,
    sequence: Sequence,
    candidate: Candidate,
    now: datetime,
    earliest: datetime | None,
) -> Touch | None:
    """The check-back, held back to the day they named; once due, sent only if the sequence
    has one and the role is still open, else the recruiter is asked to write themselves."""
    day, asked = enrollment.check_back_on, enrollment.check_back_asked_at
    assert day is not None and enrollment.id is not None
    touch = check_back_touch(
        sequence, candidate, day, asked or now, enrollment.started_at, enrollment.last_touch_at
    )
    held = max((m for m in (enrollment.not_before, earliest) if m is not None), default=None)
    touch = held_back(touch, held)
    if touch.sends and touch.calendar is not None and touch.send_at is not None:
        if touch.send_at > now:  # not yet: what may stop it is decided on the day
            enrollment.next_due_at = touch.send_at
            return touch
        skip = why_not(sequence, candidate, day, touch.calendar.local(now).date())
        if skip is None:
            enrollment.next_due_at = touch.send_at
            return touch
        touch = replace(touch, send_at=None, skipped=skip)
    elif sequence.check_back is None:
        touch = replace(touch, skipped=why_not(sequence, candidate, day, day))
    else:
        touch = replace(touch, skipped=f"They asked to hear back on {day}, but {touch.skipped}.")
    _skipped(session, enrollment.id, touch, now)
    after_check_back(session, enrollment, sequence, candidate, now, False, touch.skipped)
    return None


def _skipped(session: Session, enrollment_id: int, touch: Touch, now: datetime) -> None:
    """The check-back's row says why it did not go (one left to retry is overwritten)."""
    query = select(Send).where(Send.enrollment_id == enrollment_id, Send.step_id == touch.step.id)
    row = session.exec(query).first()
    if row is None:
        session.add(send_row(enrollment_id, touch, SendStatus.SKIPPED, now, touch.skipped))
    else:
        row.status, row.reason = SendStatus.SKIPPED, touch.skipped
        session.add(row)


def check_back_settled(session: Session, enrollment: Enrollment) -> bool:
    """The check-back this enrollment waits for went out, or never will."""
    if enrollment.check_back_on is None:
        return False
    query = select(Send.status).where(
        Send.enrollment_id == enrollment.id,
        Send.step_id == check_back_id(enrollment.check_back_on),
    )
    status = session.exec(query).first()
    return status in (SendStatus.SENT, SendStatus.SKIPPED, SendStatus.FAILED)


def after_check_back(
    session: Session,
    enrollment: Enrollment,
    sequence: Sequence,
    candidate: Candidate,
    now: datetime,
    sent: bool,
    why: str | None = None,
) -> None:
    """The chase is never restarted after a check-back: silence then is the no_answer
    outcome. One that did not go out is the recruiter's to settle ("Needs attention")."""
    assert enrollment.id is not None
    day, enrollment.check_back_on = enrollment.check_back_on, None
    if enrollment.status != EnrollmentStatus.ACTIVE:  # a reply or opt-out stopped it meanwhile
        return
    enrollment.status, enrollment.next_due_at = EnrollmentStatus.COMPLETED, None
    if sent:
        enrollment.status_reason = f"checked back on {now:%Y-%m-%d}, as they asked"
        move(enrollment, sequence.outcomes.no_answer, sequence, candidate, now)
        return
    why = why or _reason_of(session, enrollment.id, day)
    enrollment.status_reason = f"check-back not sent: {why}"
    flag(session, enrollment.candidate_id, why, now, enrollment.id)


def _reason_of(session: Session, enrollment_id: int, day: date | None) -> str:
    assert day is not None
    query = select(Send.reason).where(
        Send.enrollment_id == enrollment_id, Send.step_id == check_back_id(day)
    )
    reason = session.exec(query).first() or "it could not be sent"
    return f"They asked to hear back on {day}, but the check-back failed ({reason})."


def asked_at(session: Session, enrollment: Enrollment, now: datetime) -> datetime:
    """When they said "not now": their last reply since this enrollment began, else now."""
    query = select(Event.occurred_at).where(
        Event.candidate_id == enrollment.candidate_id,
        Event.kind == EventKind.REPLY,
        col(Event.occurred_at) >= enrollment.started_at,
        col(Event.occurred_at) <= now,
    )
    return session.exec(query.order_by(col(Event.occurred_at).desc())).first() or now


def current_step_id(enrollment: Enrollment, sequence: Sequence) -> str | None:
    """The step whose send this enrollment waits for: its check-back, or its next step."""
    steps = tuple(step.id for step in sequence.steps)
    return waiting_step(steps, enrollment.next_step, enrollment.check_back_on)
