"""The date filters templates may use: `{{ deadline | longdate }}`, `{{ deadline | shortdate }}`."""

from __future__ import annotations

import locale
from datetime import date
from functools import lru_cache

import jinja2


def longdate(value: date | None) -> str:
    """Friday, December 18"""
    return _longdate(_date(value), locale.setlocale(locale.LC_TIME))


@lru_cache(maxsize=1024)
def _longdate(day: date, time_locale: str) -> str:
    # Made once per day: a final notice names the same deadline for everyone, and strftime
    # takes microseconds. The locale names the days and months: part of the key.
    return f"{day:%A}, {day:%B} {day.day}"


def shortdate(value: date | None) -> str:
    """Dec 18"""
    day = _date(value)
    return f"{day:%b} {day.day}"


def _date(value: date | None) -> date:
    if not isinstance(value, date):
        # `deadline` is None on a step without `deadline:`; say so rather than fail obscurely.
        raise jinja2.TemplateRuntimeError(
            f"expected a date, got {value!r}: is `deadline:` set on this step?"
        )
    return value
