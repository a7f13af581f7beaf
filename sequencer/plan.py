"""Plan when, how and whether each step reaches one candidate.

`plan_step` is what the daemon calls after each touch actually goes out; `plan` folds it over a
whole sequence for previews, assuming each touch goes out when planned. Both are pure: the
start time and the previous touch's time are passed in.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers import timezone as phone_zones

from sequencer.calendar import LocalCalendar, Wait, holiday_calendar, quiet_hours_for
from sequencer.candidates import Candidate
from sequencer.channel import Channel
from sequencer.sequence import Sequence, Step


@dataclass(frozen=True)
class Touch:
    """One step for one candidate: when and on which channel it goes, or why it doesn't."""

    step: Step
    channel: Channel | None = None
    to: str | None = None
    send_at: datetime | None = None  # UTC
    zone: ZoneInfo | None = None  # the zone the candidate is reached in
    deadline: date | None = None
    skipped: str | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def sends(self) -> bool:
        return self.skipped is None


def plan(sequence: Sequence, candidate: Candidate, start: datetime) -> list[Touch]:
    touches: list[Touch] = []
    previous: datetime | None = None
    for step in sequence.steps:
        sent = sum(t.sends for t in touches)
        touch = plan_step(sequence, candidate, step, start, previous, sent)
        touches.append(touch)
        previous = touch.send_at if touch.sends else previous
    return touches


def plan_step(
    sequence: Sequence,
    candidate: Candidate,
    step: Step,
    start: datetime,
    previous: datetime | None,
    touches_sent: int,
) -> Touch:
    """`previous` is when the last touch actually went out (None before the first)."""
    if sequence.max_touches is not None and touches_sent >= sequence.max_touches:
        return Touch(step, skipped=f"touch cap reached (max_touches: {sequence.max_touches})")
    route = choose_channel(step, candidate)
    if isinstance(route, str):
        return Touch(step, skipped=route)
    channel, to, notes = route
    calendar = calendar_for(sequence, step, candidate, channel)
    if isinstance(calendar, str):
        return Touch(step, channel, to, skipped=calendar, notes=notes)
    touch = Touch(step, channel, to, zone=calendar.zones[0], notes=notes)
    seed = f"{candidate.key}|{sequence.name}|{step.id}"
    due = _after_wait(calendar, step.wait, previous or start, seed)
    send_at = calendar.place(due, seed)
    if send_at is None:
        return _skip(touch, "no allowed time in the next year: check send_window and holidays")
    if step.deadline is None:
        return replace(touch, send_at=send_at)
    return _meet_deadline(sequence, candidate, touch, calendar, send_at, previous or start, seed)


def _after_wait(calendar: LocalCalendar, wait: Wait, since: datetime, seed: str) -> datetime:
    return calendar.add(since, wait.pick(seed), wait.unit)


# --- channels -------------------------------------------------------------------------------


def choose_channel(step: Step, candidate: Candidate) -> tuple[Channel, str, tuple[str, ...]] | str:
    """The first channel that can reach the candidate, its address, and notes on the choice;
    or, when none can, the reasons as one string."""
    options = step.channels
    preferred = candidate.preferred_channel
    if preferred in options and preferred is not options[0]:
        options = [preferred, *(c for c in options if c is not preferred)]
    reasons: list[str] = []
    for channel in options:
        address, why_not = reach(channel, candidate)
        if address is not None:
            return channel, address, _channel_notes(step, channel, preferred, reasons, candidate)
        reasons.append(why_not)
    return f"cannot reach them on {' or '.join(options)}: {'; '.join(dict.fromkeys(reasons))}"


def _channel_notes(
    step: Step,
    channel: Channel,
    preferred: Channel | None,
    reasons: list[str],
    candidate: Candidate,
) -> tuple[str, ...]:
    notes = [f"fell back to {channel}: {'; '.join(reasons)}"] if reasons else []
    if channel is preferred and channel is not step.channel and not reasons:
        notes.append(f"{channel} instead of {step.channel}: the candidate prefers {channel}")
    if channel is Channel.VOICEMAIL and not candidate.call_consent:
        notes.append(
            "no call consent: this becomes a call task for the recruiter; "
            "the paired email still goes out"
        )
    return tuple(notes)


def reach(channel: Channel, candidate: Candidate) -> tuple[str | None, str]:
    """The candidate's address on a channel, or None and the reason it can't be used."""
    if channel is Channel.EMAIL:
        return _email(candidate)
    if channel is Channel.LINKEDIN:
        return candidate.linkedin_url, "no LinkedIn URL"
    if not candidate.phone:
        return None, "no phone number"
    if channel is Channel.SMS and not candidate.sms_consent:
        return None, "no consent to texts"
    if channel is Channel.VOICEMAIL and _email(candidate)[0] is None:
        return None, "a voicemail is always paired with an email, and " + _email(candidate)[1]
    return candidate.phone, ""


def _email(candidate: Candidate) -> tuple[str | None, str]:
    if not candidate.email:
        return None, "no email address"
    if candidate.has_work_email():
        return None, (
            f"{candidate.email} is at their current employer "
            f"({candidate.current_company_domain}); a work address is never used"
        )
    return candidate.email, ""


# --- calendars ------------------------------------------------------------------------------


def calendar_for(
    sequence: Sequence, step: Step, candidate: Candidate, channel: Channel
) -> LocalCalendar | str:
    """Where and when this candidate may be reached on this channel, or why nowhere."""
    window = step.window or sequence.window
    zones = _zones(sequence, candidate, channel)
    if channel.is_phone:
        window = window.intersect(quiet_hours_for(sequence.quiet_hours, candidate.state))
    countries = (*sequence.holidays, *([candidate.country] if candidate.country else []))
    calendar = LocalCalendar(zones, window, holiday_calendar(tuple(dict.fromkeys(countries))))
    if window.is_empty():
        return f"no {channel} hours: the send window and the quiet hours don't overlap"
    return calendar


def _zones(sequence: Sequence, candidate: Candidate, channel: Channel) -> tuple[ZoneInfo, ...]:
    if candidate.timezone:
        return (ZoneInfo(candidate.timezone),)
    if channel.is_phone and candidate.phone:
        # Unsure of the zone: a call or text must be allowed in every zone the number may be in.
        return _phone_zones(candidate.phone) or (ZoneInfo(sequence.timezone),)
    return (ZoneInfo(sequence.timezone),)


@lru_cache(maxsize=4096)
def _phone_zones(phone: str) -> tuple[ZoneInfo, ...]:
    names = phone_zones.time_zones_for_number(phonenumbers.parse(phone))
    known = zoneinfo.available_timezones()
    return tuple(ZoneInfo(n) for n in names if n in known)


# --- deadlines ------------------------------------------------------------------------------


def _meet_deadline(
    sequence: Sequence,
    candidate: Candidate,
    touch: Touch,
    calendar: LocalCalendar,
    send_at: datetime,
    previous: datetime,
    seed: str,
) -> Touch:
    assert touch.step.deadline is not None
    spec = touch.step.deadline
    deadline = _deadline(sequence, candidate, spec.from_)
    if isinstance(deadline, str):
        return _skip(touch, deadline)
    touch = replace(touch, deadline=deadline)
    midnight = datetime.combine(deadline, time(), tzinfo=calendar.zones[0])
    latest_day = calendar.local(calendar.add(midnight, -spec.lead.high, spec.lead.unit)).date()
    if deadline <= calendar.local(previous).date():
        return _skip(
            touch,
            f"the deadline {deadline:%a %d %b %Y} has passed: a final notice "
            "is never sent after its deadline",
        )
    if calendar.local(send_at).date() <= latest_day:
        return replace(touch, send_at=send_at)
    not_before = calendar.add(previous, spec.min_gap.high, spec.min_gap.unit)
    pulled = calendar.latest_on_or_before(latest_day, not_before, seed)
    if pulled is None:
        return _skip(
            touch,
            f"the deadline {deadline:%a %d %b %Y} is too close: the notice must "
            f"arrive {spec.lead} before it, and not within {spec.min_gap} of the "
            "previous touch",
        )
    note = (
        f"pulled earlier from {calendar.local(send_at):%a %d %b} to arrive {spec.lead} "
        f"before the deadline {deadline:%a %d %b %Y}"
    )
    return replace(touch, send_at=pulled, notes=(*touch.notes, note))


def _deadline(sequence: Sequence, candidate: Candidate, sources: list[str]) -> date | str:
    fields = candidate.fields()
    for source in sources:
        try:
            found = sequence.deadline_date(source, fields)
        except ValueError:
            return f"{source} is not a date (write it as YYYY-MM-DD); the notice is not sent"
        if found is not None:
            return found
    return f"no deadline date ({' / '.join(sources)} is empty); the notice is not sent"


def _skip(touch: Touch, reason: str) -> Touch:
    return replace(touch, send_at=None, skipped=reason)
