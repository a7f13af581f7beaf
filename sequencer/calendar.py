"""Pure time math: waits, send windows, quiet hours, holidays and time zones.

Nothing here reads the clock: every function that needs "now" takes it as an argument.
Every datetime returned is timezone-aware and in UTC; local time exists only inside.
Parse errors are `ValueError`s worded for recruiters: what is wrong, then how to fix it.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import TypeAlias
from zoneinfo import ZoneInfo

import holidays

Interval: TypeAlias = tuple[datetime, datetime]

# How far ahead to look for an allowed time. Over a year, so a weekly window around a long
# holiday season still finds one; finding nothing means the window can never be met.
HORIZON_DAYS = 400

_DASH = r"(?:-|–|—|\bto\b)"
_WAIT_EXAMPLES = 'e.g. "3-5 business days", "4 hours", "2-3 weeks"'
_WAIT_FIX = f"write a number or range and a unit, {_WAIT_EXAMPLES}"
_HOURS_EXAMPLES = 'e.g. "09:00-17:00" or "9:30 - 11:30"'
_WINDOW_EXAMPLES = 'e.g. "Mon-Fri 09:00-17:00", "Tue, Thu 10:00-12:00" or "Daily 09:00-18:00"'


def _cannot_read(kind: str, text: str, why: str, fix: str) -> ValueError:
    detail = f"{why}; {fix}" if why else fix
    return ValueError(f'cannot read {kind} "{text.strip()}": {detail}')


def _did_you_mean(word: str, choices: Iterable[str], shown: Callable[[str], str] = str) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f' (did you mean "{shown(close[0])}"?)' if close else ""


def _fraction(seed: str, part: int) -> int:
    """64 bits of sha256(seed); `part` picks which, so two uses of one seed are unrelated."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    return int.from_bytes(digest[8 * part : 8 * part + 8], "big")


# --------------------------------------------------------------------------- waits


class Unit(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    BUSINESS_DAYS = "business days"
    WEEKS = "weeks"
    MONTHS = "months"

    @property
    def singular(self) -> str:
        return self.value.removesuffix("s")


_UNIT_WORDS: dict[str, Unit] = {
    **{word: unit for unit in Unit for word in (unit.value, unit.singular)},
    "min": Unit.MINUTES,
    "mins": Unit.MINUTES,
    "hr": Unit.HOURS,
    "hrs": Unit.HOURS,
    "working day": Unit.BUSINESS_DAYS,
    "working days": Unit.BUSINESS_DAYS,
    "weekday": Unit.BUSINESS_DAYS,
    "weekdays": Unit.BUSINESS_DAYS,
}
_WAIT_RE = re.compile(rf"(\d+)(?:\s*{_DASH}\s*(\d+))?\s*(.*)")


@dataclass(frozen=True)
class Wait:
    """A delay between two touches, e.g. "3-5 business days"; the planner picks one value."""

    low: int
    high: int
    unit: Unit

    def __post_init__(self) -> None:
        if not 0 <= self.low <= self.high:
            raise ValueError(f"a wait needs 0 <= low <= high, got {self.low}-{self.high}")

    @classmethod
    def parse(cls, text: str) -> Wait:
        clean = " ".join(text.lower().split())
        if re.match(r"-\s*\d", clean):
            fix = f"write 0 or more, {_WAIT_EXAMPLES}"
            raise _cannot_read("wait", text, "a wait cannot be negative", fix)
        match = _WAIT_RE.fullmatch(clean)
        if match is None:
            raise _cannot_read("wait", text, "", _WAIT_FIX)
        low, high = int(match[1]), int(match[2] or match[1])
        if low > high:
            fix = f'write the smaller number first, e.g. "{high}-{low} {match[3]}"'
            raise _cannot_read("wait", text, "the range is backwards", fix)
        return cls(low, high, _parse_unit(text, match[3]))

    def pick(self, seed: str) -> int:
        """Deterministic, evenly spread choice: a re-plan gives the same answer."""
        return self.low + _fraction(seed, 0) % (self.high - self.low + 1)

    def __str__(self) -> str:
        if self.low == self.high:
            unit = self.unit.singular if self.low == 1 else self.unit.value
            return f"{self.low} {unit}"
        return f"{self.low}-{self.high} {self.unit.value}"


def _parse_unit(text: str, word: str) -> Unit:
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    if not word:
        raise _cannot_read("wait", text, "the unit is missing", _WAIT_FIX)
    hint = _did_you_mean(word, _UNIT_WORDS)
    raise _cannot_read("wait", text, f'unknown unit "{word}"{hint}', _WAIT_FIX)


# --------------------------------------------------------------------------- hours


_RANGE_RE = re.compile(rf"(\d{{1,2}})[:.](\d{{2}})\s*{_DASH}\s*(\d{{1,2}})[:.](\d{{2}})")


@dataclass(frozen=True)
class TimeRange:
    """Hours within one day, start inclusive, end exclusive; never crosses midnight."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"a time range must end after it starts, got {self}")

    @classmethod
    def parse(cls, text: str) -> TimeRange:
        match = _RANGE_RE.fullmatch(text.strip().lower())
        if match is None:
            raise _cannot_read(
                "hours", text, _range_shape_problem(text), f"write {_HOURS_EXAMPLES}"
            )
        start = _clock(text, match[1], match[2])
        end = _clock(text, match[3], match[4])
        if end <= start:
            why = "the range ends before it starts (a range cannot cross midnight)"
            raise _cannot_read(
                "hours", text, why, f"write the earlier time first, {_HOURS_EXAMPLES}"
            )
        return cls(start, end)

    def intersect(self, other: TimeRange) -> TimeRange | None:
        start, end = max(self.start, other.start), min(self.end, other.end)
        return TimeRange(start, end) if start < end else None

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def _range_shape_problem(text: str) -> str:
    if re.search(r"\d\s*[ap]\.?m", text.lower()):
        return "times use the 24-hour clock (17:00, not 5pm)"
    return "expected two times (HH:MM) joined by a dash"


def _clock(text: str, hour: str, minute: str) -> time:
    if int(hour) == 24 and int(minute) == 0:
        raise _cannot_read("hours", text, "24:00 is not a time of day", "end at 23:59 instead")
    if int(hour) > 23 or int(minute) > 59:
        why = f"{hour}:{minute} is not a time of day"
        raise _cannot_read("hours", text, why, "use times from 00:00 to 23:59")
    return time(int(hour), int(minute))


# --------------------------------------------------------------------------- send windows


_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_GROUPS: dict[str, tuple[int, ...]] = {
    "daily": tuple(range(7)),
    "everyday": tuple(range(7)),
    "weekdays": tuple(range(5)),
    "weekends": (5, 6),
}


@dataclass(frozen=True)
class SendWindow:
    """When messages may go out, per weekday (index 0 = Monday), in the recipient's time."""

    slots: tuple[tuple[TimeRange, ...], ...]

    def __post_init__(self) -> None:
        if len(self.slots) != 7:
            raise ValueError(f"a send window needs 7 days of slots, got {len(self.slots)}")

    @classmethod
    def parse(cls, lines: Sequence[str]) -> SendWindow:
        if isinstance(lines, str):
            lines = [lines]  # a single line written without the YAML list dashes
        if not lines:
            raise ValueError(f"a send window needs at least one line, {_WINDOW_EXAMPLES}")
        days: list[list[TimeRange]] = [[] for _ in range(7)]
        for line in lines:
            weekdays, hours = _parse_window_line(line)
            for day in weekdays:
                days[day].append(hours)
        return cls(tuple(_merge(ranges) for ranges in days))

    def intersect(self, hours: TimeRange) -> SendWindow:
        """Only the parts of each slot inside `hours`, e.g. the legal hours for texts."""
        clipped = ((slot.intersect(hours) for slot in day) for day in self.slots)
        return SendWindow(tuple(tuple(s for s in day if s is not None) for day in clipped))

    def is_empty(self) -> bool:
        return not any(self.slots)

    def __str__(self) -> str:
        groups: dict[tuple[TimeRange, ...], list[int]] = {}
        for day, ranges in enumerate(self.slots):
            if ranges:
                groups.setdefault(ranges, []).append(day)
        parts = [f"{_days_label(d)} {', '.join(map(str, r))}" for r, d in groups.items()]
        return "; ".join(parts) or "never"


def _parse_window_line(line: str) -> tuple[list[int], TimeRange]:
    first_digit = re.search(r"\d", line)
    if first_digit is None:
        raise _cannot_read(
            "send window", line, "the hours are missing", f"write {_WINDOW_EXAMPLES}"
        )
    days_text, hours_text = line[: first_digit.start()], line[first_digit.start() :]
    if not days_text.strip():
        why = "the days are missing"
        raise _cannot_read("send window", line, why, f"start with the days, {_WINDOW_EXAMPLES}")
    return _parse_days(line, days_text), TimeRange.parse(hours_text)


def _parse_days(line: str, text: str) -> list[int]:
    clean = re.sub(rf"\s*{_DASH}\s*", "-", text.lower().replace("every day", "daily"))
    tokens = [t for t in re.split(r"[,;&\s]+", clean) if t and t != "and"]
    days: list[int] = []
    for token in tokens:
        days.extend(_parse_day_token(line, token))
    return days


def _parse_day_token(line: str, token: str) -> Sequence[int]:
    if token in _DAY_GROUPS:
        return _DAY_GROUPS[token]
    if "-" not in token:
        return [_day_index(line, token)]
    first, _, last = token.partition("-")
    start, stop = _day_index(line, first), _day_index(line, last)
    # "Fri-Mon" wraps over the weekend rather than being an error.
    return [(start + i) % 7 for i in range((stop - start) % 7 + 1)]


def _day_index(line: str, word: str) -> int:
    """Any prefix of a day's name of 3 letters or more: "Tue", "Tues", "Tuesday"."""
    for index, name in enumerate(_DAY_NAMES):
        if len(word) >= 3 and name.startswith(word):
            return index
    # Suggest in the style they wrote: "Fry" -> "Fri", "Wendesday" -> "Wednesday".
    names = _DAY_NAMES if len(word) > 4 else [n[:3] for n in _DAY_NAMES]
    hint = _did_you_mean(word, [*names, *_DAY_GROUPS], str.capitalize)
    why = f'"{word}" is not a day{hint}'
    raise _cannot_read("send window", line, why, f"write days like Mon..Sun, {_WINDOW_EXAMPLES}")


def _merge(ranges: Iterable[TimeRange]) -> tuple[TimeRange, ...]:
    """Sort and join overlapping or touching slots, so each day is a clean list."""
    merged: list[TimeRange] = []
    for r in sorted(ranges, key=lambda r: r.start):
        if merged and r.start <= merged[-1].end:
            last = merged.pop()
            r = TimeRange(last.start, max(last.end, r.end))
        merged.append(r)
    return tuple(merged)


def _days_label(days: list[int]) -> str:
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    names = [_DAY_NAMES[d][:3].capitalize() for d in range(7)]
    return ", ".join(names[r[0]] if len(r) == 1 else f"{names[r[0]]}-{names[r[-1]]}" for r in runs)


DEFAULT_WINDOW = SendWindow.parse(["Mon-Fri 09:00-17:00"])


# --------------------------------------------------------------------------- quiet hours

# TCPA: no telephone solicitation before 8 a.m. or after 9 p.m. at the called party's location.
TCPA_HOURS = TimeRange(time(8), time(21))

# States stricter than the TCPA for texts and calls (compliance notes, Nov 2025).
_UNTIL_8PM = TimeRange(time(8), time(20))
STATE_QUIET_HOURS: dict[str, TimeRange] = {
    **dict.fromkeys(("FL", "OK", "MD", "MA", "AL", "LA"), _UNTIL_8PM),
    "CT": TimeRange(time(9), time(20)),
    "RI": TimeRange(time(9), time(18)),
}


def quiet_hours_for(configured: TimeRange, state: str | None) -> TimeRange:
    """The configured hours, never wider than federal law or the recipient's state allows."""
    code = (state or "").strip().upper()
    limit = TCPA_HOURS.intersect(STATE_QUIET_HOURS.get(code, TCPA_HOURS)) or TCPA_HOURS
    allowed = configured.intersect(limit)
    if allowed is None:
        rule = f"{code} law" if code in STATE_QUIET_HOURS else "federal law (TCPA)"
        raise ValueError(
            f"quiet hours {configured} leave no time for texts and calls: {rule} allows only "
            f"{limit}; choose quiet hours that overlap {limit}"
        )
    return allowed


# --------------------------------------------------------------------------- holidays


def check_holiday_code(code: str) -> None:
    """Raise a recruiter-readable ValueError unless `code` names a holiday calendar."""
    _holiday_spec(code)


def holiday_calendar(codes: tuple[str, ...]) -> Callable[[date], bool]:
    """`is_holiday(date)` for the union of the given calendars, e.g. ("US-CA", "GB")."""
    return _holiday_calendar(tuple(sorted({c.strip().upper() for c in codes})))


@functools.lru_cache(maxsize=256)
def _holiday_calendar(codes: tuple[str, ...]) -> Callable[[date], bool]:
    # Normalised and cached so that 10,000 candidates share one calendar (and its years).
    return _HolidaySet(tuple(_holiday_spec(code) for code in codes))


_HOLIDAY_EXAMPLES = 'e.g. "US", "GB", "US-CA" or "DE-BY"'


def _holiday_spec(code: str) -> tuple[str, str | None]:
    """("US", "CA") from "us-ca"; the region spelt as the holidays package spells it."""
    country, _, region = code.strip().upper().partition("-")
    regions: list[str] | None = holidays.list_supported_countries().get(country)
    if regions is None:
        # No "did you mean": near-misses of two-letter codes are other, unrelated countries.
        fix = f"use a two-letter country code, optionally with a region, {_HOLIDAY_EXAMPLES}"
        raise _cannot_read("holiday calendar", code, f'unknown country "{country}"', fix)
    if not region:
        return country, None
    for known in regions:
        if known.upper() == region:
            return country, known
    fix = f"use one of {', '.join(f'{country}-{r}' for r in regions) or country}"
    raise _cannot_read("holiday calendar", code, f'unknown region "{region}"', fix)


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
        return frozenset(
            d
            for country, region in self._specs
            for d in holidays.country_holidays(country, subdiv=region, years=year)
        )


# --------------------------------------------------------------------------- local time


def _utc(t: datetime) -> datetime:
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


def _slots_on(
    zone: ZoneInfo, window: SendWindow, is_holiday: Callable[[date], bool], day: date
) -> tuple[Interval, ...]:
    """The window's slots on a local day of `zone`, as UTC intervals."""
    try:
        hash(is_holiday)
    except TypeError:  # e.g. a dict's __contains__: correct, just not cacheable
        return _slots_on_uncached(zone, window, is_holiday, day)
    return _slots_on_cached(zone, window, is_holiday, day)


def _slots_on_uncached(
    zone: ZoneInfo, window: SendWindow, is_holiday: Callable[[date], bool], day: date
) -> tuple[Interval, ...]:
    if is_holiday(day):
        return ()
    spans = ((_at(day, r.start, zone), _at(day, r.end, zone)) for r in window.slots[day.weekday()])
    # A slot lying wholly inside a spring-forward gap never happens that day.
    return tuple((start, end) for start, end in spans if start < end)


# 10,000 candidates mostly share a handful of zones, windows and days: compute each once.
_slots_on_cached = functools.lru_cache(maxsize=65536)(_slots_on_uncached)


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


def _spread(start: datetime, end: datetime, seed: str) -> datetime:
    """A seeded point in [start, end), to the minute, so a batch doesn't all go at 09:00:00."""
    # Whole minutes in [0, span): integer math, so the result can never reach `end`.
    span = (end - start) // timedelta(minutes=1)
    return start + timedelta(minutes=(_fraction(seed, 1) * span) >> 64)


@dataclass(frozen=True)
class LocalCalendar:
    """Where and when one candidate may be reached on one channel."""

    # Usually one zone; several when the person's zone is uncertain, and then a time is
    # allowed only if it is allowed in every one of them (the most restrictive choice).
    zones: tuple[ZoneInfo, ...]
    window: SendWindow
    is_holiday: Callable[[date], bool]

    def __post_init__(self) -> None:
        if not self.zones:
            raise ValueError("a local calendar needs at least one time zone")

    def local(self, t: datetime) -> datetime:
        return _utc(t).astimezone(self.zones[0])

    def is_business_day(self, d: date) -> bool:
        return d.weekday() < 5 and not self.is_holiday(d)

    def add(self, t: datetime, amount: int, unit: Unit) -> datetime:
        """`t` plus a wait: elapsed time for minutes/hours, the local wall clock otherwise."""
        if unit is Unit.MINUTES:
            return _utc(t) + timedelta(minutes=amount)
        if unit is Unit.HOURS:
            return _utc(t) + timedelta(hours=amount)
        local = self.local(t)
        return _at(self._later_date(local.date(), amount, unit), local.time(), self.zones[0])

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
        step = timedelta(days=1 if amount >= 0 else -1)
        remaining, budget = abs(amount), abs(amount) * 7 + HORIZON_DAYS
        while remaining and budget:
            day, budget = day + step, budget - 1
            remaining -= self.is_business_day(day)
        if remaining:
            raise ValueError(f"no business days found near {day}: check the holiday calendars")
        return day

    def _allowed_on(self, day: date) -> list[Interval]:
        """Allowed intervals of a local day in zones[0], narrowed by every other zone."""
        allowed = list(_slots_on(self.zones[0], self.window, self.is_holiday, day))
        for zone in self.zones[1:]:
            allowed = _intersect(allowed, self._slots_during(zone, allowed))
        return allowed

    def _slots_during(self, zone: ZoneInfo, spans: list[Interval]) -> list[Interval]:
        if not spans:
            return []
        first, last = spans[0][0].astimezone(zone).date(), spans[-1][1].astimezone(zone).date()
        days = (first + timedelta(days=n) for n in range((last - first).days + 1))
        return [s for d in days for s in _slots_on(zone, self.window, self.is_holiday, d)]


def _settle(slot: Interval, t: datetime, seed: str) -> datetime:
    start, end = slot
    return t if start == t else _spread(start, end, seed)
