"""Plan when, how and whether each step reaches one candidate.

`plan_step` is what the daemon calls after each touch actually goes out; `plan` folds it over a
whole sequence for previews, assuming each touch goes out when planned. Both are pure: the
start time and the previous touch's time are passed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers import timezone as phone_zones

from sequencer.people.candidate import Candidate
from sequencer.people.phones import phone_state, stored_phone
from sequencer.spec.calendar import (
    TCPA_HOURS,
    LocalCalendar,
    holiday_calendar,
    phone_window,
    pick_minute,
    state_rule_text,
    supports_holidays,
    whole_minutes,
)
from sequencer.spec.channel import Channel
from sequencer.spec.sequence import Sequence, Step, is_zone
from sequencer.spec.timetext import SendWindow, Unit, Wait

# An interval's start, and its first whole minute and how many there are (None: not one).
_Minutes = tuple[datetime, tuple[datetime, int] | None]


@dataclass(frozen=True)
class Touch:
    """One step for one candidate: when and on which channel it goes, or why it doesn't."""

    step: Step
    channel: Channel | None = None
    to: str | None = None
    send_at: datetime | None = None  # UTC
    deadline: date | None = None
    skipped: str | None = None
    notes: tuple[str, ...] = field(default=())
    # Where and when this person may be reached on `channel`: sending re-checks it.
    calendar: LocalCalendar | None = field(default=None, compare=False, repr=False)
    # What this touch adds to its template's variables (a check-back's dates).
    variables: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def sends(self) -> bool:
        return self.skipped is None

    @property
    def zone(self) -> ZoneInfo | None:
        """The zone the candidate is reached in (the first, when several must agree)."""
        return self.calendar.zones[0] if self.calendar else None


def plan(sequence: Sequence, candidate: Candidate, start: datetime) -> list[Touch]:
    touches: list[Touch] = []
    previous: datetime | None = None
    sent = 0  # touches that send, so far
    # Most steps share a window and a channel: build each calendar of this person once.
    calendars = _Calendars(sequence, candidate)
    for step in sequence.steps:
        touch = _plan_step(sequence, candidate, step, start, previous, sent, calendars)
        touches.append(touch)
        if touch.sends:
            previous, sent = touch.send_at, sent + 1
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
    calendars = _Calendars(sequence, candidate)
    return _plan_step(sequence, candidate, step, start, previous, touches_sent, calendars)


def _plan_step(
    sequence: Sequence,
    candidate: Candidate,
    step: Step,
    start: datetime,
    previous: datetime | None,
    touches_sent: int,
    calendars: _Calendars,
) -> Touch:
    if sequence.max_touches is not None and touches_sent >= sequence.max_touches:
        return Touch(step, skipped=f"touch cap reached (max_touches: {sequence.max_touches})")
    since, seed = previous or start, f"{candidate.key}|{sequence.name}|{step.id}"
    options, reasons = channel_order(step, candidate), []
    for channel in options:
        found = _try_channel(candidate, step, channel, since, seed, calendars)
        if isinstance(found, str):
            reasons.append(found)
            continue
        address, calendar, send_at = found
        notes = _channel_notes(step, channel, reasons, candidate)
        touch = Touch(step, channel, address, send_at, notes=notes, calendar=calendar)
        if step.deadline is None:
            return touch
        return _meet_deadline(sequence, candidate, touch, since, seed)
    reasons = list(dict.fromkeys(reasons))
    return Touch(step, skipped=f"cannot reach them on {' or '.join(options)}: {'; '.join(reasons)}")


def _try_channel(
    candidate: Candidate,
    step: Step,
    channel: Channel,
    since: datetime,
    seed: str,
    calendars: _Calendars,
) -> tuple[str, LocalCalendar, datetime] | str:
    """(address, calendar, send time) on this channel, or why this channel can't be used."""
    address, why_not = reach(channel, candidate)
    if address is None:
        return why_not
    calendar = calendars.get(step, channel)
    if isinstance(calendar, str):
        return calendar
    send_at = send_time(calendar, step.wait, since, seed)
    if send_at is None:
        return f"no allowed {channel} time in the next year: check send_window and holidays"
    return address, calendar, send_at


# Waits counted in elapsed time, not on the calendar. A set: `in` a tuple of enum members is
# several times slower, and this is asked for every step.
_ELAPSED = frozenset({Unit.MINUTES, Unit.HOURS})


def send_time(calendar: LocalCalendar, wait: Wait, since: datetime, seed: str) -> datetime | None:
    """When a touch goes out, `wait` after `since`."""
    due = calendar.add(since, wait.pick(seed), wait.unit)
    if wait.unit in _ELAPSED:
        return calendar.place(due, seed)
    # A wait in days names a day, not a minute: go at this person's own minute of that day's
    # window, so a batch enrolled together is spread out, not all sent at 09:00:00.
    return _spread_on(calendar, calendar.local(due).date(), since, seed)


def _spread_on(calendar: LocalCalendar, day: date, since: datetime, seed: str) -> datetime | None:
    """`calendar.spread_from` the start of local `day`, or from `since` when that is later."""
    midnight, found = _day_start(calendar, day)
    if midnight < since:
        found = _first_minutes(calendar, since)
    return None if found is None else pick_minute(*found, seed)


# Waits in days: thousands of people are spread from the same few midnights of a calendar (and
# everyone's first step from the same start), each at their own minute of the same interval.
@lru_cache(maxsize=16384)
def _first_minutes(calendar: LocalCalendar, t: datetime) -> _Minutes | None:
    """The start and the `whole_minutes` of the interval `spread_from(t)` picks a minute in."""
    slot = calendar.next_slot(t)
    return None if slot is None else (slot[0], whole_minutes(*slot))


@lru_cache(maxsize=16384)
def _day_start(calendar: LocalCalendar, day: date) -> tuple[datetime, _Minutes | None]:
    """The day's local midnight (in UTC), and `_first_minutes` from it."""
    midnight = datetime.combine(day, time(), tzinfo=calendar.zones[0]).astimezone(UTC)
    return midnight, _first_minutes(calendar, midnight)


# --- channels -------------------------------------------------------------------------------


def channel_order(step: Step, candidate: Candidate) -> list[Channel]:
    """The step's channel then its fallbacks; the candidate's preferred channel first."""
    options, preferred = step.channels, candidate.preferred_channel
    if preferred in options:
        return [preferred, *(c for c in options if c is not preferred)]
    return options


def _channel_notes(
    step: Step, channel: Channel, reasons: list[str], candidate: Candidate
) -> tuple[str, ...]:
    notes = []
    preferred = candidate.preferred_channel
    if channel is not step.channel and channel is preferred:
        notes.append(f"{channel} instead of {step.channel}: the candidate prefers {channel}")
    elif channel is not step.channel:
        notes.append(f"fell back to {channel}: {'; '.join(dict.fromkeys(reasons))}")
    elif reasons:
        notes.append(f"the candidate prefers {preferred}, but {'; '.join(reasons)}")
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
    if candidate.email_undeliverable:
        return None, f"{candidate.email} bounced ({candidate.email_undeliverable})"
    return candidate.email, ""


# --- calendars ------------------------------------------------------------------------------


class _Calendars:
    """`calendar_for` one sequence and one candidate, each built once.

    What differs between the steps of a timeline is only the step's window and, for texts and
    calls, the channel (email and LinkedIn share one calendar), so those are the key. Made
    afresh for every timeline, it never outlives that pair.
    """

    def __init__(self, sequence: Sequence, candidate: Candidate) -> None:
        self._sequence, self._candidate = sequence, candidate
        self._built: dict[tuple[SendWindow | None, Channel | None], LocalCalendar | str] = {}

    def get(self, step: Step, channel: Channel) -> LocalCalendar | str:
        key = (step.window, channel if channel.is_phone else None)
        if key not in self._built:
            self._built[key] = calendar_for(self._sequence, step, self._candidate, channel)
        return self._built[key]


def calendar_for(
    sequence: Sequence, step: Step, candidate: Candidate, channel: Channel
) -> LocalCalendar | str:
    """Where and when this candidate may be reached on this channel, or why never."""
    window = step.window or sequence.window
    if channel.is_phone:
        states = [candidate.state, phone_state(candidate.phone) if candidate.phone else None]
        window = phone_window(window, sequence.quiet_hours, states)
        if window.is_empty():
            rules = "; ".join(filter(None, map(state_rule_text, states)))
            return (
                f"no {channel} hours: the send window, the quiet hours and the law "
                f"({rules or f'{TCPA_HOURS} local time'}) never overlap"
            )
    countries = (*sequence.holidays, candidate.country or "")
    return _calendar(_zones(sequence, candidate, channel), window, countries)


# Thousands of people share a handful of zones, windows and countries: each calendar is built
# once, and shared by all of them (it is immutable).
@lru_cache(maxsize=4096)
def _calendar(
    zones: tuple[ZoneInfo, ...], window: SendWindow, countries: tuple[str, ...]
) -> LocalCalendar:
    holidays = holiday_calendar(tuple(c for c in countries if supports_holidays(c)))
    return LocalCalendar(zones, window, holidays)


def _zones(sequence: Sequence, candidate: Candidate, channel: Channel) -> tuple[ZoneInfo, ...]:
    own = (ZoneInfo(candidate.timezone or sequence.timezone),)
    if not (channel.is_phone and candidate.phone):
        return own
    found = _phone_zones(candidate.phone)
    if not candidate.timezone:
        return found or own
    # The zone on file and the number disagree (people move and keep their numbers): a text or
    # call must then be allowed in both, or the wrong one means a 4 a.m. text.
    return own if not found or own[0] in found else (*own, *found)


@lru_cache(maxsize=4096)
def _phone_zones(phone: str) -> tuple[ZoneInfo, ...]:
    stored = stored_phone(phone)
    number, kind = stored.number, stored.kind
    # time_zones_for_number, with the type the number already has (a parsed number always has
    # a country code: 0 only satisfies the type checker).
    if phonenumbers.is_number_type_geographical(kind, number.country_code or 0):
        names = phone_zones.time_zones_for_geographical_number(number)
    else:
        names = phone_zones.time_zones_for_number(number)
    return tuple(ZoneInfo(n) for n in names if is_zone(n))


# --- deadlines ------------------------------------------------------------------------------


def _meet_deadline(
    sequence: Sequence, candidate: Candidate, touch: Touch, previous: datetime, seed: str
) -> Touch:
    """A final notice arrives `lead` before its deadline, or is skipped, never sent late."""
    spec, calendar, send_at = touch.step.deadline, touch.calendar, touch.send_at
    assert spec is not None and calendar is not None and send_at is not None
    deadline = deadline_from(sequence, candidate, spec.from_)
    if isinstance(deadline, str):
        return _skip(touch, deadline)
    touch = replace(touch, deadline=deadline)
    if deadline <= calendar.local(previous).date():
        return _skip(
            touch,
            f"the deadline {deadline:%a %d %b %Y} has passed: a final notice "
            "is never sent after its deadline",
        )
    latest_day = last_day_for(touch, deadline)
    if calendar.local(send_at).date() <= latest_day:
        return touch
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


def last_day_for(touch: Touch, deadline: date) -> date:
    """The last day a final notice may go and still arrive its `lead` before `deadline`."""
    spec, calendar = touch.step.deadline, touch.calendar
    assert spec is not None and calendar is not None
    return _last_day(calendar, deadline, spec.lead.high, spec.lead.unit)


@lru_cache(maxsize=4096)  # the same for everyone who shares a calendar: a role has one deadline
def _last_day(calendar: LocalCalendar, deadline: date, lead: int, unit: Unit) -> date:
    midnight = datetime.combine(deadline, time(), tzinfo=calendar.zones[0])
    return calendar.local(calendar.add(midnight, -lead, unit)).date()


def deadline_from(sequence: Sequence, candidate: Candidate, sources: list[str]) -> date | str:
    """The first source that holds a date; otherwise why there is none."""
    # The candidate's values only when a source names one (usually the deadline is the role's).
    scopes = {source.partition(".")[0] for source in sources}
    fields = candidate.fields() if scopes - {"role"} else {}
    problems: list[str] = []
    for source in sources:
        try:
            found = sequence.deadline_date(source, fields)
        except ValueError:
            problems.append(f"{source} is not a date (write it as YYYY-MM-DD)")
            continue
        if found is not None:
            return found
        problems.append(f"{source} is empty")
    return f"no deadline date ({'; '.join(problems)}): the notice is not sent"


def _skip(touch: Touch, reason: str) -> Touch:
    return replace(touch, send_at=None, skipped=reason)
