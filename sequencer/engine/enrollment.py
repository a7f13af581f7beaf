"""What an enrollment does next: plan its next step from the touch that actually went out,
record the steps that will never send (with the reason), and complete it when none is left.

Enrolling calls it once; sending calls it after every touch (`advance`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from sequencer.engine.plan import Touch, last_day_for, plan_step
from sequencer.people.candidates import Candidate
from sequencer.spec.calendar import LocalCalendar, holiday_calendar
from sequencer.spec.sequence import MoveTo, Sequence, StopOrMove
from sequencer.store.models import CandidateRecord, Enrollment, EnrollmentStatus, Send, SendStatus
from sequencer.store.people import candidate_of


def schedule_next(
    session: Session,
    enrollment: Enrollment,
    sequence: Sequence,
    candidate: Candidate,
    now: datetime,
) -> Touch | None:
    """The next touch that will send (its time now in `next_due_at`), or None when done."""
    assert enrollment.id is not None, "flush the enrollment first"
    while enrollment.next_step < len(sequence.steps):
        touch = _not_before(_plan(enrollment, sequence, candidate), enrollment.not_before)
        if touch.sends:
            enrollment.next_due_at = touch.send_at
            return touch
        session.add(send_row(enrollment.id, touch, SendStatus.SKIPPED, now, touch.skipped))
        enrollment.next_step += 1
    enrollment.status = EnrollmentStatus.COMPLETED
    enrollment.status_reason = "every step was sent or skipped"
    enrollment.next_due_at = None
    move(enrollment, sequence.outcomes.no_answer, sequence, candidate, now)
    return None


def move(
    enrollment: Enrollment,
    action: StopOrMove,
    sequence: Sequence,
    candidate: Candidate,
    now: datetime,
) -> None:
    """Note where this person goes next (the next dispatch pass enrolls them there)."""
    if not isinstance(action, MoveTo):
        return
    enrollment.follow_on, enrollment.follow_on_at = action.move_to, now
    if action.after is not None:
        calendar = LocalCalendar(
            (ZoneInfo(candidate.timezone or sequence.timezone),),
            sequence.window,
            holiday_calendar(()),
        )
        seed = f"{candidate.key}|{sequence.name}|{action.move_to}"
        enrollment.follow_on_at = calendar.add(now, action.after.pick(seed), action.after.unit)


def _plan(enrollment: Enrollment, sequence: Sequence, candidate: Candidate) -> Touch:
    step = sequence.steps[enrollment.next_step]
    return plan_step(
        sequence,
        candidate,
        step,
        enrollment.started_at,
        enrollment.last_touch_at,
        enrollment.touches_sent,
    )


def _not_before(touch: Touch, moment: datetime | None) -> Touch:
    """Held back to `moment` ("not now", back from holiday): the first allowed time from then."""
    if moment is None or touch.send_at is None or touch.send_at >= moment:
        return touch
    assert touch.calendar is not None
    placed = touch.calendar.place(moment, f"{touch.to}|{touch.step.id}|resume")
    if placed is None:
        return replace(touch, send_at=None, skipped="no allowed time after the pause")
    deadline = touch.deadline
    if deadline is not None and touch.calendar.local(placed).date() > last_day_for(touch, deadline):
        reason = f"held back until {moment:%a %d %b}, too close to the deadline {deadline}"
        return replace(touch, send_at=None, skipped=reason)
    return replace(touch, send_at=placed)


def send_row(
    enrollment_id: int, touch: Touch, status: SendStatus, now: datetime, reason: str | None = None
) -> Send:
    """The record of one step for one enrollment (unique per enrollment and step)."""
    return Send(
        enrollment_id=enrollment_id,
        step_id=touch.step.id,
        channel=touch.channel.value if touch.channel else None,
        to=touch.to,
        status=status,
        reason=reason,
        claimed_at=now,
    )


def candidate_for(session: Session, enrollment: Enrollment) -> Candidate:
    record = session.get(CandidateRecord, enrollment.candidate_id)
    assert record is not None
    return candidate_of(record)


def advance(
    session: Session,
    enrollment: Enrollment,
    sequence: Sequence,
    candidate: Candidate,
    now: datetime,
    touched: bool,
) -> None:
    """On to the next step; waits count from `now` when a touch really went out."""
    if touched:
        enrollment.last_touch_at = now
        enrollment.touches_sent += 1
    enrollment.next_step += 1
    if enrollment.status == EnrollmentStatus.ACTIVE:
        schedule_next(session, enrollment, sequence, candidate, now)
