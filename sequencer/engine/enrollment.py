"""An enrollment's state machine, the one place both sides change it: plan its next step
from the touch that actually went out (`schedule_next`, `advance`), record the steps that will
never send (with the reason), complete it when none is left, halt it (`halt`, `halt_person`),
hold it back to a day (`hold_until`, `pause_until`) and note where the person goes next (`move`).

Enrolling calls it once; sending calls it after every touch; what comes back (replies,
opt-outs, out-of-office, a recruiter's outcome) halts or holds through it. Transactions that
lock several enrollments lock them in id order (`active_enrollments`), the order a
dispatcher's claim takes them in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from sequencer.engine.plan import Touch, last_day_for, plan_step
from sequencer.people.candidate import Candidate
from sequencer.spec.calendar import LocalCalendar, holiday_calendar
from sequencer.spec.sequence import MoveTo, Sequence, StopOrMove
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    Send,
    SendStatus,
    Task,
    TaskStatus,
)
from sequencer.store.people import candidate_of
from sequencer.store.suppression import is_suppressed, keys_of
from sequencer.store.versions import recall


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


# --- halting --------------------------------------------------------------------------------


def active_enrollments(session: Session, candidate_id: int) -> list[Enrollment]:
    query = (
        select(Enrollment)
        .where(
            Enrollment.candidate_id == candidate_id,
            Enrollment.status == EnrollmentStatus.ACTIVE,
        )
        .order_by(col(Enrollment.id))  # the order a dispatcher's claim locks them in
        .with_for_update()  # a dispatcher claiming one of these waits for us, then sees it
    )
    return list(session.exec(query))


def halt(session: Session, enrollment: Enrollment, reason: str) -> None:
    """This enrollment sends nothing more, and asks the recruiter for nothing more."""
    enrollment.status = EnrollmentStatus.HALTED
    enrollment.status_reason = reason
    enrollment.next_due_at = None
    enrollment.follow_on = enrollment.follow_on_at = None
    query = (
        select(Task)
        .join(Send)
        .where(Send.enrollment_id == enrollment.id, Task.status == TaskStatus.OPEN)
    )
    for task in session.exec(query):
        task.status = TaskStatus.EXPIRED
        session.add(task)


def halt_person(session: Session, candidate_id: int, reason: str) -> int:
    """Every active enrollment of this person stops, and no finished one moves them on to
    another sequence; how many stopped."""
    enrollments = active_enrollments(session, candidate_id)
    for enrollment in enrollments:
        halt(session, enrollment, reason)
    moving = select(Enrollment).where(
        Enrollment.candidate_id == candidate_id, col(Enrollment.follow_on).is_not(None)
    )
    for finished in session.exec(moving):
        finished.status_reason = (
            f"{finished.status_reason}; not moved to {finished.follow_on}: {reason}"
        )
        finished.follow_on = finished.follow_on_at = None
    return len(enrollments)


# --- holding back ---------------------------------------------------------------------------


def hold_until(session: Session, enrollment: Enrollment, day: date, exactly: bool = False) -> None:
    """No touch before `day` starts in the person's zone; the next one is re-planned. An
    out-of-office only ever pushes later; a recruiter's "not now until" sets the day."""
    candidate = candidate_for(session, enrollment)
    sequence, _ = recall(session, enrollment.sequence_version)
    moment = start_of(day, candidate.timezone or sequence.timezone)
    earlier = enrollment.not_before if enrollment.not_before and not exactly else moment
    enrollment.not_before = max(moment, earlier)
    if enrollment.next_due_at is not None:  # in flight or waiting for a task: it re-plans later
        schedule_next(session, enrollment, sequence, candidate, event_time(enrollment))


def pause_until(session: Session, enrollment: Enrollment, until: date, now: datetime) -> str:
    """Resume on `until` at the step they were at, inside the send window; says what changed."""
    where = f"{enrollment.sequence_name}:"
    candidate = candidate_for(session, enrollment)
    if is_suppressed(session, keys_of(candidate)):
        return f"{where} not resumed: they opted out"
    sequence, _ = recall(session, enrollment.sequence_version)
    if enrollment.next_step >= len(sequence.steps):  # it had run its course: on to the next
        move(enrollment, sequence.outcomes.no_answer, sequence, candidate, now)
        if not enrollment.follow_on:
            return f"{where} nothing left to send"
        enrollment.follow_on_at = start_of(until, candidate.timezone or sequence.timezone)
        return f"{where} moves to {enrollment.follow_on} on {until}"
    if enrollment.status != EnrollmentStatus.ACTIVE:
        enrollment.status, enrollment.status_reason = EnrollmentStatus.ACTIVE, None
        enrollment.next_due_at = now  # re-planned below, from the day they gave
    hold_until(session, enrollment, until, exactly=True)
    return f"{where} paused; resumes {until} in the send window"


def start_of(day: date, zone: str) -> datetime:
    """Midnight at the start of `day` where the person is."""
    return datetime.combine(day, time(), tzinfo=ZoneInfo(zone))


def event_time(enrollment: Enrollment) -> datetime:
    # Re-planning only needs a "now" for rows it records as skipped; the enrollment's own
    # last touch (or start) keeps it deterministic.
    return enrollment.last_touch_at or enrollment.started_at
