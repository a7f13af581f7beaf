"""What recruiters write about time: waits, hours and send windows, read into values.

Parse errors are `ValueError`s worded for recruiters: what is wrong, then how to fix it.
The time math that uses these values (time zones, holidays, the law) is in `calendar`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum
from functools import lru_cache

__all__ = ["DEFAULT_WINDOW", "SendWindow", "TimeRange", "Unit", "Wait", "seed_bits"]

_DASH = r"(?:-|–|—|\bto\b)"
_WAIT_EXAMPLES = 'e.g. "3-5 business days", "4 hours", "2-3 weeks"'
_WAIT_FIX = f"write a number or range and a unit, {_WAIT_EXAMPLES}"
_HOURS_EXAMPLES = 'e.g. "09:00-17:00" or "9:30 - 11:30"'
_WINDOW_EXAMPLES = 'e.g. "Mon-Fri 09:00-17:00", "Tue, Thu 10:00-12:00" or "Daily 09:00-18:00"'


def _cannot_read(kind: str, text: str, why: str, fix: str) -> ValueError:
    detail = f"{why}; {fix}" if why else fix
    return ValueError(f'cannot read {kind} "{text.strip()}": {detail}')


def _did_you_mean(word: str, choices: Iterable[str], shown: Callable[[str], str] = str) -> str:
    import difflib  # only for a mistake: every `preview` and `validate` would import it

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f' (did you mean "{shown(close[0])}"?)' if close else ""


def seed_bits(seed: str, part: int) -> int:
    """64 bits of sha256(seed), as an int in [0, 2**64).

    `part` picks which 64 bits, so two uses of one seed (the wait picked for a touch and the
    minute it is spread to) are unrelated: Wait.pick uses part 0, the calendar part 1.
    """
    digest = _sha256(seed)
    return int.from_bytes(digest[8 * part : 8 * part + 8], "big")


@lru_cache(maxsize=64)
def _sha256(seed: str) -> bytes:
    # Small: a planned step reads its seed two or three times in a row, then never again.
    return hashlib.sha256(seed.encode("utf-8")).digest()


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

# About 3 years in each unit. Longer is surely a typo, and would run past the dates Python
# can represent deep inside the planner ("4000000 days" is year 12978).
_MAX_WAIT: dict[Unit, int] = {
    Unit.MINUTES: 3 * 365 * 24 * 60,
    Unit.HOURS: 3 * 365 * 24,
    Unit.DAYS: 3 * 365,
    Unit.BUSINESS_DAYS: 3 * 250,  # weekdays less public holidays
    Unit.WEEKS: 3 * 52,
    Unit.MONTHS: 3 * 12,
}


@dataclass(frozen=True)
class Wait:
    """A delay between two touches, e.g. "3-5 business days"; the planner picks one value."""

    low: int
    high: int
    unit: Unit

    def __post_init__(self) -> None:
        if not 0 <= self.low <= self.high:
            raise ValueError(f"a wait needs 0 <= low <= high, got {self.low}-{self.high}")
        if self.high > _MAX_WAIT[self.unit]:
            limit = f"{_MAX_WAIT[self.unit]} {self.unit.value}"
            raise ValueError(f"a wait of {self} is longer than 3 years: at most {limit}")

    @classmethod
    def parse(cls, text: str) -> Wait:
        clean = " ".join(text.lower().split())
        _reject_bad_numbers(text, clean)
        match = _WAIT_RE.fullmatch(clean)
        if match is None:
            raise _cannot_read("wait", text, "", _WAIT_FIX)
        low, high = int(match[1]), int(match[2] or match[1])
        if low > high:
            fix = f'write the smaller number first, e.g. "{high}-{low} {match[3]}"'
            raise _cannot_read("wait", text, "the range is backwards", fix)
        unit = _parse_unit(text, match[3])
        _reject_too_long(text, high, unit)
        return cls(low, high, unit)

    def pick(self, seed: str) -> int:
        """Deterministic, evenly spread choice: a re-plan gives the same answer."""
        return self.low + seed_bits(seed, 0) % (self.high - self.low + 1)

    def __str__(self) -> str:
        if self.low == self.high:
            unit = self.unit.singular if self.low == 1 else self.unit.value
            return f"{self.low} {unit}"
        return f"{self.low}-{self.high} {self.unit.value}"


def _reject_bad_numbers(text: str, clean: str) -> None:
    if re.match(r"-\s*\d", clean):
        fix = f"write 0 or more, {_WAIT_EXAMPLES}"
        raise _cannot_read("wait", text, "a wait cannot be negative", fix)
    # Without this, "1.5 days" reads as 1 of an unknown unit ".5 days": true, but no help.
    if re.search(r"\d[.,]\d", clean):
        fix = 'use whole numbers, e.g. "36 hours" instead of "1.5 days", or a range like "1-2 days"'
        raise _cannot_read("wait", text, "a wait is a whole number of its unit", fix)


def _parse_unit(text: str, word: str) -> Unit:
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    if not word:
        raise _cannot_read("wait", text, "the unit is missing", _WAIT_FIX)
    hint = _did_you_mean(word, _UNIT_WORDS)
    raise _cannot_read("wait", text, f'unknown unit "{word}"{hint}', _WAIT_FIX)


def _reject_too_long(text: str, high: int, unit: Unit) -> None:
    if high > _MAX_WAIT[unit]:
        why = f"{high} {unit.value} is longer than 3 years"
        fix = f"write at most {_MAX_WAIT[unit]} {unit.value}, {_WAIT_EXAMPLES}"
        raise _cannot_read("wait", text, why, fix)


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
    _hash: int = field(init=False, repr=False, compare=False)
    _times: tuple[tuple[tuple[time, time], ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.slots) != 7:
            raise ValueError(f"a send window needs 7 days of slots, got {len(self.slots)}")
        # Hashed once: a window is part of the key of every allowed-time lookup, and the
        # generated hash would walk all its TimeRanges each time.
        object.__setattr__(self, "_hash", hash(self.slots))
        times = tuple(tuple((r.start, r.end) for r in day) for day in self.slots)
        object.__setattr__(self, "_times", times)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        # What the generated __eq__ answers, without calling TimeRange.__eq__ for every range:
        # an equal window from another load of the sequence meets the lookups' cached keys.
        if self is other:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, SendWindow)
        return self._times == other._times

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

    def intersect(self, other: TimeRange | SendWindow) -> SendWindow:
        """Only the times both allow, day by day: e.g. a step's window within the legal hours.

        A `TimeRange` means those hours on every day.
        """
        theirs = other.slots if isinstance(other, SendWindow) else ((other,),) * 7
        return SendWindow(tuple(map(_overlaps, self.slots, theirs)))

    def is_empty(self) -> bool:
        return not any(self.slots)

    def __str__(self) -> str:
        groups: dict[tuple[TimeRange, ...], list[int]] = {}
        for day, ranges in enumerate(self.slots):
            if ranges:
                groups.setdefault(ranges, []).append(day)
        parts = [f"{_days_label(d)} {', '.join(map(str, r))}" for r, d in groups.items()]
        return "; ".join(parts) or "never"


def _overlaps(ours: Iterable[TimeRange], theirs: tuple[TimeRange, ...]) -> tuple[TimeRange, ...]:
    """Every pairwise overlap of one day's slots: either side may have several."""
    both = (mine.intersect(other) for mine in ours for other in theirs)
    return _merge(r for r in both if r is not None)


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
