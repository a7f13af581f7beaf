"""Calendar arithmetic for the date convention: the next such day after R, months, Easter."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta


def next_after(received: date, candidates: Callable[[int], date | None]) -> date | None:
    """The first day strictly after `received` among candidates(year), this year or later."""
    for year in range(received.year, received.year + 6):  # six years hold a 29 February
        found = candidates(year)
        if found is not None and found > received:
            return found
    return None


def day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_weekday(weekday: int, received: date) -> date:
    """The next such weekday strictly after `received` (Monday is 0)."""
    return received + timedelta(days=(weekday - received.weekday() - 1) % 7 + 1)


def easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)
