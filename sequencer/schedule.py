"""What an enrollment does next: plan its next step from the touch that actually went out,
record the steps that will never send (with the reason), and complete it when none is left.

Enrolling calls it once; sending calls it after every touch (`advance`).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from sequencer.candidates import Candidate
from sequencer.importer import candidate_of
from sequencer.models import CandidateRecord, Enrollment, EnrollmentStatus, Send, SendStatus
from sequencer.plan import Touch, plan_step
from sequencer.sequence import Sequence


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
        touch = _plan(enrollment, sequence, candidate)
        if touch.sends:
            enrollment.next_due_at = touch.send_at
            return touch
        session.add(send_row(enrollment.id, touch, SendStatus.SKIPPED, now, touch.skipped))
        enrollment.next_step += 1
    enrollment.status = EnrollmentStatus.COMPLETED
    enrollment.status_reason = "every step was sent or skipped"
    enrollment.next_due_at = None
    return None


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
