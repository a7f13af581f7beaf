"""Pieces of the enrollment state machine its parts share (`engine.enrollment`,
`engine.checkback`): the send row of a step, a touch held back to a moment, where a person
goes next, and the times re-planning counts from."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sequencer.engine.plan import Touch, last_day_for
from sequencer.people.candidate import Candidate
from sequencer.spec.calendar import LocalCalendar, holiday_calendar
from sequencer.spec.outcomes import MoveTo, StopOrMove
from sequencer.spec.sequence import Sequence
from sequencer.store.models import Enrollment, Send, SendStatus


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


def held_back(touch: Touch, moment: datetime | None) -> Touch:
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


def start_of(day: date, zone: str) -> datetime:
    """Midnight at the start of `day` where the person is."""
    return datetime.combine(day, time(), tzinfo=ZoneInfo(zone))


def event_time(enrollment: Enrollment) -> datetime:
    # Re-planning only needs a "now" for rows it records as skipped; the enrollment's own
    # last touch (or start) keeps it deterministic.
    return enrollment.last_touch_at or enrollment.started_at
