"""Touches that did not go out, and what follows, so that nobody is chased about a message
they never got.

- A LinkedIn task nobody did falls back to the step's next channel (`fallback_touch`: the
  step planned again without LinkedIn; the claim then sends it at the next allowed time,
  rendered for the channel actually used). With no other channel, the recruiter is told
  (`task_unsent`) and the sequence goes on without that touch. The task of a step with a
  deadline expires early enough for that fallback to still arrive its `lead` before the
  deadline (`task_expiry`).
- A step that fails for good (its template cannot be rendered for the person, the provider
  refuses it, or gave up after its retries) holds the enrollment for the recruiter
  (`hold_failed`) instead of moving on to a follow-up about a note that never went out. The
  enrollment is paused with the reason; `sequencer resume` sends that step again once the
  person's row (or the sequence) is fixed.

Both tell the recruiter through "Needs attention" (`store.attention`), shown on the web app's
Today page and by `sequencer status`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from sequencer.engine.enrollment import send_row
from sequencer.engine.plan import Touch, last_day_for, plan_step
from sequencer.ops.logs import send_fields, send_log
from sequencer.people.candidate import Candidate
from sequencer.spec.channel import Channel
from sequencer.spec.sequence import Sequence, Step
from sequencer.store.attention import flag
from sequencer.store.models import Enrollment, EnrollmentStatus, Send, SendStatus, Task

log = send_log

# An enrollment held for the recruiter: its reason starts so (`status`, the Today page).
HELD = "held for you"
NO_OTHER_CHANNEL = "the step has no channel but LinkedIn (add `fallback: email` to it)"
# A deadline step's task gives way this long before the fallback's last allowed moment: the
# daemon's next pass (every 30 s) expires it, and the fallback still goes inside the window.
BEFORE_LAST_CHANCE = timedelta(minutes=15)


def task_expiry(
    sequence: Sequence, candidate: Candidate, enrollment: Enrollment, touch: Touch, now: datetime
) -> datetime:
    """When a LinkedIn task made at `now` gives way to the step's next channel: its
    `task_expiry` later, or, for a step with a deadline, sooner if the fallback would then
    arrive less than its `lead` before the deadline. Unchanged when nothing else reaches
    the person (or the deadline leaves the fallback no time anyway)."""
    assert touch.calendar is not None
    wait = touch.step.task_expiry
    usual = touch.calendar.add(now, wait.high, wait.unit)
    if touch.step.deadline is None:
        return usual
    fallback = fallback_touch(sequence, candidate, enrollment, touch.step)
    last = _last_chance(fallback, now, usual) if fallback.sends else None
    return usual if last is None else min(usual, last)


def _last_chance(fallback: Touch, now: datetime, usual: datetime) -> datetime | None:
    """The latest moment the task may expire for the fallback still to go out inside its
    window on its last day (`plan.last_day_for`); None when `usual` comes before it."""
    calendar, deadline = fallback.calendar, fallback.deadline
    if calendar is None or deadline is None:
        return None
    last_day, last = last_day_for(fallback, deadline), None
    slot = calendar.next_slot(now)
    while slot is not None and calendar.local(slot[0]).date() <= last_day:
        if slot[0] >= usual:
            return None  # the usual expiry leaves it an allowed time on or before that day
        last, slot = slot, calendar.next_slot(slot[1])
    return None if last is None else max(last[0], last[1] - BEFORE_LAST_CHANCE)


def fallback_touch(
    sequence: Sequence, candidate: Candidate, enrollment: Enrollment, step: Step
) -> Touch:
    """The step planned again without LinkedIn, from the enrollment's last touch; its
    `skipped` says why when no other channel reaches the person."""
    others = [c for c in step.channels if c is not Channel.LINKEDIN]
    if not others:
        return Touch(step, skipped=NO_OTHER_CHANNEL)
    without = step.model_copy(update={"channel": others[0], "fallback": others[1:]})
    return plan_step(
        sequence,
        candidate,
        without,
        enrollment.started_at,
        enrollment.last_touch_at,
        enrollment.touches_sent,
    )


def switch_channel(
    row: Send, enrollment: Enrollment, task: Task, touch: Touch, now: datetime
) -> None:
    """The unsent task's step goes on `touch`'s channel instead: due at once (the claim
    places it at the next allowed time and renders it for that channel)."""
    assert touch.channel is not None
    row.status, row.channel, row.to = SendStatus.RETRY, touch.channel.value, touch.to
    row.reason = f"LinkedIn task #{task.id} expired unsent: sent by {touch.channel} instead"
    if enrollment.status == EnrollmentStatus.ACTIVE:
        enrollment.next_due_at = now
    log.info("task expired: falling back", extra=send_fields(row, "fallback"))


def task_unsent(session: Session, enrollment: Enrollment, why: str, now: datetime) -> None:
    """Nobody sent a LinkedIn message, and nothing else reaches them (`why`). Said once while
    open, however many of the sequence's tasks expire (`status` lists their steps)."""
    assert enrollment.id is not None
    reason = (
        f"A LinkedIn message of {enrollment.sequence_name} was never sent (its task expired), "
        f"and no other channel reaches them: {why}."
    )
    flag(session, enrollment.candidate_id, reason, now, enrollment.id)


def hold_failed(
    session: Session, enrollment: Enrollment, step_id: str, why: str, now: datetime
) -> None:
    """Step `step_id` failed for good: nothing more goes out until the recruiter resumes."""
    assert enrollment.id is not None
    why = why.rstrip(".")
    enrollment.status = EnrollmentStatus.PAUSED  # why: in its send row, and the flag below
    enrollment.status_reason = (
        f"{HELD}: step {step_id} failed; fix the cause, then `sequencer resume` sends it again"
    )
    enrollment.next_due_at = None
    enrollment.lease_owner = enrollment.lease_until = None
    reason = (
        f"Step {step_id} of {enrollment.sequence_name} failed: {why}. Nothing more goes to "
        "them until you fix it (their row, or the template) and run `sequencer resume`, "
        "which sends that step again."
    )
    flag(session, enrollment.candidate_id, reason, now, enrollment.id)


def fail_unrendered(
    session: Session,
    enrollment: Enrollment,
    existing: Send | None,
    touch: Touch,
    why: str,
    now: datetime,
) -> str:
    """The step's template could not be rendered for this person: its row says why (the
    same row when the step is tried again after `resume`), and the enrollment is held."""
    assert enrollment.id is not None
    row = existing or send_row(enrollment.id, touch, SendStatus.FAILED, now)
    row.status, row.reason, row.claimed_at = SendStatus.FAILED, why, now
    session.add(row)
    hold_failed(session, enrollment, touch.step.id, why, now)
    log.info("failed: held for the recruiter", extra=send_fields(row, "failed"))
    return "failed"
