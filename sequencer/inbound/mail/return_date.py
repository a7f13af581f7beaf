"""An out-of-office: the day they are back, in English or German, from "until Friday 4
December", "back on 2026-12-07" or "ab dem 8. Dezember wieder da"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {
    **dict.fromkeys(("january", "jan", "januar", "jänner", "jän"), 1),
    **dict.fromkeys(("february", "feb", "februar"), 2),
    **dict.fromkeys(("march", "mar", "märz", "maerz", "mär"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("june", "jun", "juni"), 6),
    **dict.fromkeys(("july", "jul", "juli"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("october", "oct", "oktober", "okt"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec", "dezember", "dez"), 12),
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?!\w)\.?"
_WEEKDAY = (
    r"(?:\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\.?,?\s+(?:(?:the|den)\s+)?)?"
)
_DAY = r"(?P<day>\d{1,2})(?!\d)"
_YEAR = r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
_DATES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"{_WEEKDAY}\b{_MONTH}\s+(?:the\s+)?{_DAY}(?:st|nd|rd|th)?\b{_YEAR}",  # December 1st, 2026
        rf"{_WEEKDAY}\b{_DAY}(?:st|nd|rd|th|\.)?\s*(?:of\s+)?{_MONTH}{_YEAR}",  # 4. Dezember 2026
        r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b",  # 2026-12-01
        rf"{_WEEKDAY}\b{_DAY}\.(?P<month>\d{{1,2}})\.(?:(?P<year>\d{{4}}|\d{{2}})(?!\d))?",  # 5.12.
        # US order, as English writers mean it; a first number over 12 can only be a day.
        r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?(?![\d/])",
    )
)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|til|through|thru|after|bis|nach dem)(?:\s+(?:and\s+including|including"
    r"|inclusive|the|einschließlich|einschl\.|inklusive|inkl\.|zum|zur|dem|den|am))*\s*$",
    re.IGNORECASE,
)
_RANGE_BETWEEN = re.compile(r"^\s*(?:-|–|—|to|bis|through|thru|until|till)\s*$", re.IGNORECASE)
_BACK_BEFORE = re.compile(
    r"\b(?:back|return|returning|returns|again|zurück|wieder)\b(?:\s+[^\s.!?;:]+){0,6}\s*$",
    re.IGNORECASE,
)
_START_BEFORE = re.compile(
    r"\b(?:ab|from|as of|starting(?: on)?|beginning(?: on)?)(?:\s+(?:dem|den|kommendem"
    r"|kommenden))?\s*$",
    re.IGNORECASE,
)
_BACK_AFTER = re.compile(r"^[^.!?]{0,80}?\b(?:back|again|wieder|zurück)\b", re.IGNORECASE)
_WINDOW = 80
# An out-of-office still answering after the date it names is stale, not a year ahead.
_STALE_DAYS = 90
_HORIZON = timedelta(days=730)


@dataclass(frozen=True)
class _DateMention:
    start: int
    end: int
    day: date  # as written, possibly already past: it still anchors "from X to Y"


def return_date(text: str, subject: str, today: date) -> date | None:
    for source in (text, subject):
        found = _return_date_in(" ".join(source.replace("’", "'").split()), today)
        if found is not None:
            return found
    return None


def _return_date_in(text: str, today: date) -> date | None:
    found: dict[str, list[date]] = {"back": [], "starting": [], "until": []}
    mentions = _date_mentions(text, today)
    for index, mention in enumerate(mentions):
        previous_end = mentions[index - 1].end if index else None
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        cue = _cue(text, mention, previous_end, next_start)
        if cue is not None and today <= mention.day <= today + _HORIZON:
            found[cue].append(mention.day + timedelta(days=1 if cue == "until" else 0))
    # An explicit return beats the day after the last day away (a weekend may lie between).
    ordered = (*found["back"], *found["starting"], *found["until"])
    return ordered[0] if ordered else None


def _cue(text: str, mention: _DateMention, previous_end: int | None, next_start: int) -> str | None:
    """Whether the date is the last day away ("until") or the day they are back ("back", or
    "starting" for "ab dem 8. Dezember wieder da")."""
    before = text[max(0, mention.start - _WINDOW) : mention.start]
    between = text[previous_end : mention.start] if previous_end is not None else ""
    if _UNTIL_BEFORE.search(before) or (previous_end is not None and _RANGE_BETWEEN.match(between)):
        return "until"
    if _BACK_BEFORE.search(before):
        return "back"
    if _START_BEFORE.search(before) and _BACK_AFTER.match(text[mention.end : next_start]):
        return "starting"
    return None


def _date_mentions(text: str, today: date) -> list[_DateMention]:
    found = sorted(
        (match for pattern in _DATES for match in pattern.finditer(text)),
        key=lambda match: (match.start(), -match.end()),
    )
    mentions: list[_DateMention] = []
    for match in found:
        if mentions and match.start() < mentions[-1].end:
            continue
        day = _date_of(match, today)
        if day is not None:
            mentions.append(_DateMention(match.start(), match.end(), day))
    return mentions


def _date_of(match: re.Match[str], today: date) -> date | None:
    month_text, day_text, year_text = match.group("month", "day", "year")
    month = _MONTHS.get(month_text.lower()) or int(month_text)
    day = int(day_text)
    if "/" in match.group(0) and month > 12:
        month, day = day, month
    if not year_text:
        return _next_date(month, day, today)
    try:
        return date(int(year_text) + (2000 if len(year_text) == 2 else 0), month, day)
    except ValueError:
        return None


def _next_date(month: int, day: int, today: date) -> date | None:
    """The next such day on or after `today`; but a day passed less than _STALE_DAYS ago stays
    in the past (an out-of-office left on), rather than jumping a year ahead."""
    for year in range(today.year, today.year + 5):  # five years always hold a 29 February
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= today or (today - found).days <= _STALE_DAYS:
            return found
    return None
