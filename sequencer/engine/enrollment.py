"""An enrollment's state machine, the one place both sides change it: plan its next step
from the touch that actually went out (`schedule_next`, `advance`), record the steps that will
never send (with the reason), complete it when none is left, halt it (`halt`; every one of a
person's: `engine.halting`), hold it back to a day (`hold_until`, `pause_until`), pause it until
the recruiter resumes it (`pause`, `resume`) and note where the person goes next (`move`).

A paused enrollment is still running: a reply, an opt-out or an outcome reaches it as it
reaches an active one (`active_enrollments` takes both), but nothing is due and nothing is
sent until `resume` plans its next touch from then.

Enrolling calls it once; sending calls it after every touch; what comes back (replies,
opt-outs, out-of-office, a recruiter's outcome) halts or holds through it. Transactions that
lock several enrollments lock them in id order (`active_enrollments`), the order a
dispatcher's claim takes them in.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, col, select

from sequencer.engine.checkback import (
    after_check_back,
    ahead,
    asked_at,
    check_back_settled,
    schedule_check_back,
)
from sequencer.engine.plan import Touch, plan_step
from sequencer.engine.touches import event_time as event_time
from sequencer.engine.touches import held_back
from sequencer.engine.touches import move as move
from sequencer.engine.touches import send_row as send_row
from sequencer.engine.touches import start_of as start_of
from sequencer.errors import SequencerError
from sequencer.people.candidate import Candidate
from sequencer.spec.outcomes import MoveTo
from sequencer.spec.sequence import Sequence
from sequencer.store.attention import flag
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
    earliest: datetime | None = None,
) -> Touch | None:
    """The next touch that will send (its time now in `next_due_at`, never before
    `earliest`), or None when done."""
    assert enrollment.id is not None, "flush the enrollment first"
    if enrollment.check_back_on is not None:
        return schedule_check_back(session, enrollment, sequence, candidate, now, earliest)
    while enrollment.next_step < len(sequence.steps):
        held = max((m for m in (enrollment.not_before, earliest) if m is not None), default=None)
        touch = held_back(_plan(enrollment, sequence, candidate), held)
        if touch.sends:
            enrollment.next_due_at = touch.send_at
            return touch
        session.add(send_row(enrollment.id, touch, SendStatus.SKIPPED, now, touch.skipped))
        enrollment.next_step += 1
    enrollment.status = EnrollmentStatus.COMPLETED
    enrollment.status_reason = "every step was sent or skipped"
    enrollment.next_due_at = None
    if enrollment.touches_sent == 0:  # silence about nothing is not "no answer"
        _reached_nobody(session, enrollment, sequence, now)
        return None
    move(enrollment, sequence.outcomes.no_answer, sequence, candidate, now)
    return None


def _reached_nobody(
    session: Session, enrollment: Enrollment, sequence: Sequence, now: datetime
) -> None:
    """Every step was skipped or went unsent: the person got nothing, so they are not moved
    on as "no answer" (to a check-in that says "since I last wrote"); the recruiter is told."""
    moving = sequence.outcomes.no_answer
    where = f"; not moved to {moving.move_to}" if isinstance(moving, MoveTo) else ""
    enrollment.status_reason = f"nothing reached them: every step was skipped or unsent{where}"
    reason = (
        f"Nothing from {sequence.name} reached them: every step was skipped or went unsent"
        f"{where}. Reach them another way, or fix what `sequencer status` shows and enroll "
        "them again."
    )
    assert enrollment.id is not None
    flag(session, enrollment.candidate_id, reason, now, enrollment.id)


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
    if check_back_settled(session, enrollment):
        after_check_back(session, enrollment, sequence, candidate, now, touched)
        return
    enrollment.next_step += 1
    if enrollment.status == EnrollmentStatus.ACTIVE:
        enrollment.status_reason = None  # a pause by date, or pacing, is over once a step is
        schedule_next(session, enrollment, sequence, candidate, now)


# --- halting --------------------------------------------------------------------------------


RUNNING = (EnrollmentStatus.ACTIVE, EnrollmentStatus.PAUSED)


def active_enrollments(session: Session, candidate_id: int) -> list[Enrollment]:
    """This person's running enrollments (active or paused), locked."""
    query = (
        select(Enrollment)
        .where(
            Enrollment.candidate_id == candidate_id,
            col(Enrollment.status).in_(RUNNING),
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


def pause_until(
    session: Session,
    enrollment: Enrollment,
    until: date,
    now: datetime,
    reason: str,
    check_back: bool = False,
) -> str:
    """Resume on `until`, inside the send window; says what changed. A not-now (`check_back`)
    resumes with the sequence's check-back, never the chase they answered (even when every
    step had gone out); a pause by hand goes on at the step it was at. `reason` (it starts
    with "paused") is shown until the next step, and lets `resume` lift the pause early."""
    day_ahead(until, now)
    where = f"{enrollment.sequence_name}:"
    candidate = candidate_for(session, enrollment)
    if is_suppressed(session, keys_of(candidate)):
        return f"{where} not resumed: they opted out"
    sequence, _ = recall(session, enrollment.sequence_version)
    expect = ""
    if check_back:  # where they go after it is the sequence's no_answer
        enrollment.check_back_on, enrollment.follow_on = until, None
        enrollment.check_back_asked_at = asked_at(session, enrollment, now)
        expect = ahead(sequence, candidate, until)
    elif enrollment.next_step >= len(sequence.steps) and enrollment.check_back_on is None:
        if enrollment.status == EnrollmentStatus.PAUSED:  # its last touch landed while paused
            enrollment.status = EnrollmentStatus.COMPLETED
            enrollment.status_reason = "every step was sent or skipped"
        move(enrollment, sequence.outcomes.no_answer, sequence, candidate, now)
        if not enrollment.follow_on:
            return f"{where} nothing left to send"
        enrollment.follow_on_at = start_of(until, candidate.timezone or sequence.timezone)
        return f"{where} moves to {enrollment.follow_on} on {until}"
    if enrollment.status != EnrollmentStatus.ACTIVE:
        enrollment.status = EnrollmentStatus.ACTIVE
        # Re-planned below, from the day they gave; a task or an in-doubt send first lands.
        enrollment.next_due_at = None if _waiting_on(session, enrollment) else now
    enrollment.status_reason = reason
    hold_until(session, enrollment, until, exactly=True)
    return f"{where} paused; resumes {until} in the send window{expect}"


def day_ahead(until: date, now: datetime) -> None:
    """A day to get back in touch must not be past (today is fine: from now, in the window)."""
    if until < now.date():
        raise SequencerError(
            f"--until {until} is in the past (today is {now.date()}): give the day to get "
            "back in touch"
        )


# --- pausing by hand ------------------------------------------------------------------------

STOPPED_BY_HAND = "stopped by the recruiter"
PAUSED_BY_HAND = "paused by the recruiter; `sequencer resume` goes on"


def paused(enrollment: Enrollment, now: datetime) -> bool:
    """Paused until resumed, or held back to a day by a pause (`pause --until`, not-now)."""
    if enrollment.status == EnrollmentStatus.PAUSED:
        return True
    by_date = (enrollment.status_reason or "").startswith("paused")
    return by_date and enrollment.not_before is not None and enrollment.not_before > now


def pause(enrollment: Enrollment, now: datetime) -> str:
    """Nothing is due until `resume`. A send the dispatcher holds is let go at its hand-over
    (its step comes again on resume); one already with the provider lands and counts."""
    if paused(enrollment, now) and enrollment.status == EnrollmentStatus.ACTIVE:
        enrollment.not_before = None  # the day of the earlier pause no longer holds
    enrollment.status, enrollment.status_reason = EnrollmentStatus.PAUSED, PAUSED_BY_HAND
    enrollment.next_due_at = None
    return f"{enrollment.sequence_name}: paused until you resume it (sequencer resume)"


def resume(session: Session, enrollment: Enrollment, now: datetime) -> str:
    """Goes on from now, inside the send window, with the first step not yet had: a touch
    that went out (even during the pause) is never sent again. Says what comes next."""
    where = f"{enrollment.sequence_name}:"
    candidate = candidate_for(session, enrollment)
    if is_suppressed(session, keys_of(candidate)):
        halt(session, enrollment, "opted out")
        return f"{where} not resumed: they opted out"
    if enrollment.status == EnrollmentStatus.ACTIVE:
        enrollment.not_before = None  # held to a day by a pause: resumed early, from now
    # (An out-of-office that arrived during a pause still holds: `not_before` is kept.)
    enrollment.status, enrollment.status_reason = EnrollmentStatus.ACTIVE, None
    waiting = _waiting_on(session, enrollment)
    if waiting is not None:
        enrollment.next_due_at = None  # the task, or the provider's word, moves it on
        return f"{where} resumed; {waiting}"
    sequence, _ = recall(session, enrollment.sequence_version)
    touch = schedule_next(session, enrollment, sequence, candidate, now, earliest=now)
    if touch is None or touch.send_at is None:
        return f"{where} resumed; nothing left to send"
    return f"{where} resumed; next: {touch.step.id} at {touch.send_at:%Y-%m-%d %H:%M} UTC"


def _waiting_on(session: Session, enrollment: Enrollment) -> str | None:
    """What must land before this enrollment is planned again: an open task, or a send in
    doubt (a send merely claimed goes, or is let go, at its hand-over)."""
    under_way = in_flight(session, enrollment)
    return under_way[1] if under_way and under_way[0] != SendStatus.CLAIMED else None


def in_flight(session: Session, enrollment: Enrollment) -> tuple[SendStatus, str] | None:
    """A touch of this enrollment under way (being sent, in doubt, or a task the recruiter
    has not done), and what it is; None when there is none."""
    query = select(Send).where(
        Send.enrollment_id == enrollment.id,
        col(Send.status).in_((SendStatus.CLAIMED, SendStatus.SENDING, SendStatus.WAITING)),
    )
    row = session.exec(query).first()
    if row is None or row.status == SendStatus.CLAIMED:
        return (row.status, "a touch is being sent right now") if row else None
    if row.status == SendStatus.SENDING:
        return row.status, "a touch is in doubt (handed to the provider, not confirmed)"
    task = session.exec(select(Task).where(Task.send_id == row.id)).first()
    if task is None or task.status != TaskStatus.OPEN:
        return None  # its task was closed when the enrollment stopped
    return row.status, f"waiting for task #{task.id} ({task.kind})"
