"""Pure time math: legal hours for texts and calls, holidays and time zones.

What recruiters write (waits, hours, send windows) is read in `timetext`; this module decides
when those allow a message to go out. Nothing here reads the clock: every function that
needs "now" takes it as an argument. Every datetime returned is timezone-aware and in UTC;
local time exists only inside.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeAlias
from zoneinfo import ZoneInfo

from sequencer.spec.holiday_codes import KNOWN_COUNTRIES
from sequencer.spec.holiday_days import holidays_in
from sequencer.spec.timetext import SendWindow, TimeRange, Unit, seed_bits

__all__ = [
    "HORIZON_DAYS",
    "STATE_RULES",
    "TCPA_HOURS",
    "TCPA_WINDOW",
    "Interval",
    "LocalCalendar",
    "check_holiday_code",
    "holiday_calendar",
    "phone_window",
    "state_rule_text",
    "supports_holidays",
]

Interval: TypeAlias = tuple[datetime, datetime]

# How far ahead to look for an allowed time. Over a year, so a weekly window around a long
# holiday season still finds one; finding nothing means the window can never be met.
HORIZON_DAYS = 400

_MINUTE = timedelta(minutes=1)


# --------------------------------------------------------------------------- texts and calls

# TCPA: no telephone solicitation before 8 a.m. or after 9 p.m. at the called party's location.
TCPA_HOURS = TimeRange(time(8), time(21))
TCPA_WINDOW = SendWindow.parse([f"Daily {TCPA_HOURS}"])

# States stricter than the TCPA for texts and calls (compliance notes, Nov 2025). Some also
# forbid whole days, so each rule is a window, not just hours.
_DAILY_UNTIL_8PM = SendWindow.parse(["Daily 08:00-20:00"])
_NO_SUNDAYS_UNTIL_8PM = SendWindow.parse(["Mon-Sat 08:00-20:00"])
STATE_RULES: dict[str, SendWindow] = {
    **dict.fromkeys(("FL", "OK", "MD", "MA"), _DAILY_UNTIL_8PM),
    **dict.fromkeys(("AL", "LA"), _NO_SUNDAYS_UNTIL_8PM),
    "MS": SendWindow.parse(["Mon-Sat 08:00-21:00"]),
    "CT": SendWindow.parse(["Daily 09:00-20:00"]),
    "RI": SendWindow.parse(["Mon-Fri 09:00-18:00", "Sat 10:00-17:00"]),
}


def phone_window(
    window: SendWindow, quiet_hours: TimeRange, states: Iterable[str | None]
) -> SendWindow:
    """When a text or call may go out: `window` within the configured quiet hours, federal
    law and the law of every given state (several when the person's state is uncertain).

    States are two-letter US codes in any case; unknown codes and None add no limit. The
    result may be empty: the caller says why, since only it knows the step and the person.
    """
    return _phone_window(window, quiet_hours, tuple(_state_rule_codes(states)))


# Every text and call of every candidate asks; the answers are a handful of windows. Returning
# the same window each time also keeps the allowed-time lookups keyed on it fast.
@functools.lru_cache(maxsize=1024)
def _phone_window(window: SendWindow, quiet_hours: TimeRange, codes: tuple[str, ...]) -> SendWindow:
    allowed = window.intersect(quiet_hours).intersect(TCPA_WINDOW)
    for code in codes:
        allowed = allowed.intersect(STATE_RULES[code])
    return allowed


def state_rule_text(state: str | None) -> str | None:
    """E.g. "RI: Mon-Fri 09:00-18:00; Sat 10:00-17:00", or None if federal law is the limit."""
    code = _state_code(state)
    return f"{code}: {STATE_RULES[code]}" if code in STATE_RULES else None


def _state_rule_codes(states: Iterable[str | None]) -> list[str]:
    """The given states that have a rule of their own, as codes."""
    if isinstance(states, str):
        states = [states]  # a bare "RI" would otherwise be read as the unknown "R" and "I"
    codes = (_state_code(s) for s in states)
    return [code for code in codes if code in STATE_RULES]


def _state_code(state: str | None) -> str:
    return (state or "").strip().upper()


# --------------------------------------------------------------------------- holidays

_HOLIDAY_EXAMPLES = 'e.g. "US", "GB", "US-CA" or "DE-BY"'


def check_holiday_code(code: str) -> None:
    """Raise a recruiter-readable ValueError unless `code` names a holiday calendar."""
    _holiday_spec(code)


@functools.lru_cache(maxsize=256)  # asked for every candidate's country: a handful of codes
def supports_holidays(code: str) -> bool:
    """Whether `code` names a holiday calendar; never raises.

    For codes from candidate data: phone numbers and addresses know places (e.g. "AC",
    Ascension Island) that have no holiday calendar, and those just add no holidays.
    """
    try:
        _holiday_spec(code)
    except ValueError:
        return False
    return True


def holiday_calendar(codes: tuple[str, ...]) -> Callable[[date], bool]:
    """`is_holiday(date)` for the union of the given calendars, e.g. ("US-CA", "GB").

    Raises ValueError for an unknown code (check with `supports_holidays`). The result is
    hashable, as `LocalCalendar.is_holiday` must be.
    """
    return _holiday_calendar(tuple(sorted({c.strip().upper() for c in codes})))


@functools.lru_cache(maxsize=256)
def _holiday_calendar(codes: tuple[str, ...]) -> Callable[[date], bool]:
    # Normalised and cached so that 10,000 candidates share one calendar (and its years).
    return _HolidaySet(tuple(_holiday_spec(code) for code in codes))


def _holiday_spec(code: str) -> tuple[str, str | None]:
    """("US", "CA") from "us-ca"; the region spelt as the holidays package spells it."""
    country, _, region = code.strip().upper().partition("-")
    if country not in KNOWN_COUNTRIES and country not in _country_codes():
        # No "did you mean": near-misses of two-letter codes are other, unrelated countries.
        fix = f"use a two-letter country code, optionally with a region, {_HOLIDAY_EXAMPLES}"
        raise _bad_holiday_code(code, f'unknown country "{country}"', fix)
    if not region:
        return country, None
    # Only a region needs the package, and with it every country's calendar (0.1 s).
    import holidays

    regions: list[str] = holidays.list_supported_countries()[country]
    for known in regions:
        if known.upper() == region:
            return country, known
    fix = f"use one of {', '.join(f'{country}-{r}' for r in regions) or country}"
    raise _bad_holiday_code(code, f'unknown region "{region}"', fix)


@functools.cache
def _country_codes() -> frozenset[str]:
    """The codes `holidays.list_supported_countries()` has (aliases such as "UK" too), from
    the package's registry: without importing a country's calendar."""
    from holidays.registry import EntityLoader

    return frozenset(EntityLoader.get_country_codes(include_aliases=True))


def _bad_holiday_code(code: str, why: str, fix: str) -> ValueError:
    return ValueError(f'cannot read holiday calendar "{code.strip()}": {why}; {fix}')


class _HolidaySet:
    """Holidays as one frozenset per year: a lookup is a set membership test."""

    def __init__(self, specs: tuple[tuple[str, str | None], ...]) -> None:
        self._specs = specs
        self._years: dict[int, frozenset[date]] = {}

    def __call__(self, day: date) -> bool:
        days = self._years.get(day.year)
        if days is None:
            days = self._years[day.year] = self._load(day.year)
        return day in days

    def _load(self, year: int) -> frozenset[date]:
        return frozenset().union(*(holidays_in(*spec, year) for spec in self._specs))


# --------------------------------------------------------------------------- local time


def _utc(t: datetime) -> datetime:
    if t.tzinfo is UTC:
        return t  # what astimezone(UTC) returns for it; most times here are already UTC
    if t.tzinfo is None or t.utcoffset() is None:
        raise ValueError(f"{t.isoformat()} has no time zone: pass a timezone-aware datetime")
    return t.astimezone(UTC)


def _at(day: date, wall: time, zone: ZoneInfo) -> datetime:
    """The instant a wall clock in `zone` shows `wall` on `day`, in UTC.

    fold=0 gives the first of two repeated times (fall back) and, for a time skipped by
    spring-forward, the offset from before the change: 02:30 becomes 03:30, i.e. the
    time moves forward by the length of the gap.
    """
    return datetime.combine(day, wall.replace(fold=0), tzinfo=zone).astimezone(UTC)


def _add_months(day: date, months: int) -> date:
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    first_of_next = date(year + (month0 + 1) // 12, (month0 + 1) % 12 + 1, 1)
    last_day = (first_of_next - timedelta(days=1)).day
    return date(year, month0 + 1, min(day.day, last_day))


# 10,000 candidates mostly share a handful of zones, windows and days: compute each once.
# This is why LocalCalendar.is_holiday must be hashable.
@functools.lru_cache(maxsize=65536)
def _slots_on(
    zone: ZoneInfo, window: SendWindow, is_holiday: Callable[[date], bool], day: date
) -> tuple[Interval, ...]:
    """The window's slots on a local day of `zone`, as UTC intervals."""
    if is_holiday(day):
        return ()
    spans = ((_at(day, r.start, zone), _at(day, r.end, zone)) for r in window.slots[day.weekday()])
    # A slot lying wholly inside a spring-forward gap never happens that day.
    return tuple((start, end) for start, end in spans if start < end)


def _intersect(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """Both inputs sorted and non-overlapping; so is the output."""
    out: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        i, j = (i + 1, j) if a[i][1] < b[j][1] else (i, j + 1)
    return out


def whole_minutes(start: datetime, end: datetime) -> tuple[datetime, int] | None:
    """The first whole minute of [start, end) and how many there are (None: not one)."""
    first = _ceil_minute(start)
    # Whole minutes in [0, span): integer math, so a minute picked can never reach `end`.
    return None if first >= end else (first, max((end - first) // _MINUTE, 1))


def pick_minute(start: datetime, minutes: tuple[datetime, int] | None, seed: str) -> datetime:
    """A seeded one of an interval's `whole_minutes`, so a batch doesn't all go at 09:00:00;
    `start` itself when no whole minute fits (less than a minute left in the interval)."""
    if minutes is None:
        return start
    first, span = minutes
    return first + _MINUTE * ((seed_bits(seed, 1) * span) >> 64)


def _ceil_minute(t: datetime) -> datetime:
    floor = t.replace(second=0, microsecond=0)
    return floor if floor == t else floor + _MINUTE


@dataclass(frozen=True)
class LocalCalendar:
    """Where and when one candidate may be reached on one channel.

    `is_holiday` must be hashable (as `holiday_calendar()` results are): allowed times are
    cached per (zone, window, is_holiday, day), counted business days per is_holiday.
    """

    # Usually one zone; several when the person's zone is uncertain, and then a time is
    # allowed only if it is allowed in every one of them (the most restrictive choice).
    zones: tuple[ZoneInfo, ...]
    window: SendWindow
    is_holiday: Callable[[date], bool]
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.zones:
            raise ValueError("a local calendar needs at least one time zone")
        try:  # hashed once: a calendar is part of the key of most lookups of a timeline
            object.__setattr__(self, "_hash", hash((self.zones, self.window, self.is_holiday)))
        except TypeError:  # fail here, not at the first lookup deep in the planner
            raise TypeError("is_holiday must be hashable, e.g. from holiday_calendar()") from None

    def __hash__(self) -> int:
        return self._hash

    def local(self, t: datetime) -> datetime:
        return _utc(t).astimezone(self.zones[0])

    def is_business_day(self, d: date) -> bool:
        return _is_business_day(d, self.is_holiday)

    def add(self, t: datetime, amount: int, unit: Unit) -> datetime:
        """`t` plus a wait: elapsed time for minutes/hours, the local wall clock otherwise.

        Never earlier than `t` for amount >= 0 (never later for amount < 0).
        """
        if unit is Unit.MINUTES:
            return _utc(t) + timedelta(minutes=amount)
        if unit is Unit.HOURS:
            return _utc(t) + timedelta(hours=amount)
        local = self.local(t)
        moved = _at(self._later_date(local.date(), amount, unit), local.time(), self.zones[0])
        # _at picks the first of a repeated hour, which may lie before a `t` in the second one.
        return max(moved, _utc(t)) if amount >= 0 else min(moved, _utc(t))

    def next_slot(self, t: datetime) -> Interval | None:
        """The earliest allowed (start, end) with end > t; start is t when t is allowed."""
        t = _utc(t)
        first = self.local(t).date()
        for n in range(HORIZON_DAYS):
            for start, end in self._allowed_on(first + timedelta(days=n)):
                if end > t:
                    return max(start, t), end
        return None

    def place(self, t: datetime, seed: str) -> datetime | None:
        """`t` when it is allowed; otherwise a seeded minute in the next allowed interval."""
        slot = self.next_slot(t)
        return None if slot is None else _settle(slot, _utc(t), seed)

    def spread_from(self, t: datetime, seed: str) -> datetime | None:
        """A seeded minute in the next allowed interval at or after `t`, even if `t` is allowed.

        Unlike `place`, so that a batch enrolled at 09:00, inside the window, still goes out
        across the rest of it rather than all at 09:00. None if no time is ever allowed.
        """
        slot = self.next_slot(t)
        return None if slot is None else pick_minute(slot[0], whole_minutes(*slot), seed)

    def latest_on_or_before(self, day: date, not_before: datetime, seed: str) -> datetime | None:
        """For deadlines: a placement on the latest local day <= `day` that has an allowed
        interval at or after `not_before` (its first one, spread like `place`), else None.
        """
        not_before = _utc(not_before)
        floor = self.local(not_before).date()
        while day >= floor:
            later = [(max(s, not_before), e) for s, e in self._allowed_on(day) if e > not_before]
            if later:
                return _settle(later[0], not_before, seed)
            day -= timedelta(days=1)
        return None

    def _later_date(self, day: date, amount: int, unit: Unit) -> date:
        if unit is Unit.BUSINESS_DAYS:
            return self._add_business_days(day, amount)
        if unit is Unit.MONTHS:
            return _add_months(day, amount)
        return day + timedelta(days=amount * (7 if unit is Unit.WEEKS else 1))

    def _add_business_days(self, day: date, amount: int) -> date:
        return _add_business_days(day, amount, self.is_holiday)

    def _allowed_on(self, day: date) -> Sequence[Interval]:
        """Allowed intervals of a local day in zones[0], narrowed by every other zone."""
        allowed: Sequence[Interval] = _slots_on(self.zones[0], self.window, self.is_holiday, day)
        for zone in self.zones[1:]:
            allowed = _intersect(allowed, self._slots_during(zone, allowed))
        return allowed

    def _slots_during(self, zone: ZoneInfo, spans: Sequence[Interval]) -> list[Interval]:
        if not spans:
            return []
        first, last = spans[0][0].astimezone(zone).date(), spans[-1][1].astimezone(zone).date()
        days = (first + timedelta(days=n) for n in range((last - first).days + 1))
        return [s for d in days for s in _slots_on(zone, self.window, self.is_holiday, d)]


# Like _slots_on: candidates share their holidays and mostly their start days and waits.
@functools.lru_cache(maxsize=65536)
def _add_business_days(day: date, amount: int, is_holiday: Callable[[date], bool]) -> date:
    step = timedelta(days=1 if amount >= 0 else -1)
    remaining, budget = abs(amount), abs(amount) * 7 + HORIZON_DAYS
    while remaining and budget:
        day, budget = day + step, budget - 1
        remaining -= _is_business_day(day, is_holiday)
    if remaining:
        raise ValueError(f"no business days found near {day}: check the holiday calendars")
    return day


def _is_business_day(day: date, is_holiday: Callable[[date], bool]) -> bool:
    return day.weekday() < 5 and not is_holiday(day)


def _settle(slot: Interval, t: datetime, seed: str) -> datetime:
    start, end = slot
    return t if start == t else pick_minute(start, whole_minutes(start, end), seed)
