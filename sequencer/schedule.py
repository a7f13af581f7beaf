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
from sequencer.versions import recall


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
        session.add(_skipped(enrollment.id, touch, now))
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


def _skipped(enrollment_id: int, touch: Touch, now: datetime) -> Send:
    return Send(
        enrollment_id=enrollment_id,
        step_id=touch.step.id,
        channel=touch.channel.value if touch.channel else None,
        to=touch.to,
        status=SendStatus.SKIPPED,
        reason=touch.skipped,
        claimed_at=now,
    )


def candidate_for(session: Session, enrollment: Enrollment) -> Candidate:
    record = session.get(CandidateRecord, enrollment.candidate_id)
    assert record is not None
    return candidate_of(record)


def advance(session: Session, enrollment: Enrollment, now: datetime, touched: bool) -> None:
    """On to the next step; waits count from `now` when a touch really went out."""
    if touched:
        enrollment.last_touch_at = now
        enrollment.touches_sent += 1
    enrollment.next_step += 1
    if enrollment.status != EnrollmentStatus.ACTIVE:
        return
    sequence, _ = recall(session, enrollment.sequence_version)
    schedule_next(session, enrollment, sequence, candidate_for(session, enrollment), now)
