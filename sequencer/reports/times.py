"""Times as a recruiter reads them on a page: a moment in their own zone, the person's local
time beside it when their clock reads differently, and how far off it is ("in 2 days",
"3 h overdue"). `now` is always passed in: reports never read the clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sequencer.reports.wording import Clocks

Moment = datetime | str | None  # an aware datetime, or one as ISO text (`status` entries)


def _moment(when: datetime | str) -> datetime:
    return datetime.fromisoformat(when) if isinstance(when, str) else when


_UNITS = (("d", timedelta(days=1)), ("h", timedelta(hours=1)), ("min", timedelta(minutes=1)))


def in_zone(moment: Moment, zone: str) -> str:
    """`Mon 7 Dec, 14:05 EST` in `zone`; nothing for no time."""
    if not moment:
        return ""
    local = _moment(moment).astimezone(ZoneInfo(zone))
    return f"{local:%a} {local.day} {local:%b, %H:%M %Z}"


def their_time(moment: Moment, ours: str, theirs: str | None) -> str:
    """The person's clock at `moment` (`09:05 PST`, with the day when it is another one
    there); nothing when their clock reads as ours or their zone is unknown."""
    if not moment or not theirs:
        return ""
    return Clocks(ZoneInfo(ours), ZoneInfo(theirs)).theirs_at(_moment(moment))


def relative(moment: Moment, now: datetime, late: str = "ago") -> str:
    """`in 2 d`, `3 h ago` (or `3 h overdue` with late="overdue"), `now` within a minute.
    The largest whole unit, so a glance tells the order of magnitude."""
    if not moment:
        return ""
    gap = _moment(moment) - now
    size = abs(gap)
    if size < timedelta(minutes=1):
        return "now"
    unit, length = next((u, n) for u, n in _UNITS if size >= n)
    amount = f"{size // length} {unit}"
    return f"in {amount}" if gap > timedelta(0) else f"{amount} {late}"


def day(when: date | None) -> str:
    """`1 March 2027`; nothing for no day."""
    return f"{when.day} {when:%B %Y}" if when else ""
