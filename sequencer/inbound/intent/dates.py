"""The day a reply names, resolved against the day it arrived (R), into the future, by the
project's convention (docs/engineers/reply-understanding.md): "in March" is 1 March, "after Q1"
is 1 April, "in a few weeks" is R + 21 days, "nach Ostern" is the Tuesday after Easter.

dateparser reads written dates but none of the vague periods ("after Q1", "à la rentrée"), and
costs milliseconds a call; these rules read both in six languages in microseconds
(bench/intent_bench.py measures both).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sequencer.inbound.intent import periods
from sequencer.inbound.intent.date_words import (
    MONTH_NAMES,
    OWN_EVENT,
    WEEKDAY_NAMES,
    WEEKDAYS,
    WRITE_AGAIN,
)
from sequencer.inbound.intent.dates_calendar import (
    add_months,
    day_or_none,
    next_after,
    next_weekday,
)
from sequencer.inbound.intent.month_dates import (
    DUTCH_AFTER,
    MONTH_PREFIX_BEFORE,
    MONTH_RULE,
    QUARTER_PREFIX,
    QUARTER_RULE,
    STRICT_AFTER,
    month_number,
    month_of,
    quarter,
)
from sequencer.inbound.needles import may_match

Action = Callable[[re.Match[str], date], date | None]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    day: date
    bare: bool = False  # a month or weekday with nothing saying when ("December is impossible")
    busy: bool = False  # the end of being busy ("until March"): a date, but not the one to prefer
    event: bool = False  # the day of their own milestone ("Abgabe am 30.9.")
    phrase: str = ""


_DATE_YEAR = r"(?:,?\s*(?:de\s+|del\s+)?(?P<year>20\d\d))?"
_WEEKDAY_LEAD = ""  # a weekday before a date is left out of both (see the weekday rule)


def _written(day_text: str, month: int, year_text: str | None, received: date) -> date | None:
    day = int(day_text)
    if year_text:
        year = int(year_text)
        return day_or_none(year + 2000 if year < 100 else year, month, day)
    return next_after(received, lambda year: day_or_none(year, month, day))


def _numeric(
    first: int, second: int, year: str | None, received: date, day_first: bool
) -> date | None:
    day, month = (first, second) if day_first else (second, first)
    if month > 12 and day <= 12:  # "25/12" can only be day/month
        day, month = month, day
    if not 1 <= month <= 12:
        return None
    return _written(str(day), month, year, received)


def _day_of_month(match: re.Match[str], received: date) -> date | None:
    """ "till the 14th": the next 14th after R."""
    day = int(match["dom"])
    found = day_or_none(received.year, received.month, day)
    if found is not None and found > received:
        return found
    following = date(received.year + received.month // 12, received.month % 12 + 1, 1)
    return day_or_none(following.year, following.month, day)


_WRITTEN: list[tuple[str, Action]] = [
    (
        r"\b(?P<year>20\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b",
        lambda m, r: day_or_none(int(m["year"]), int(m["month"]), int(m["day"])),
    ),
    (
        rf"{_WEEKDAY_LEAD}\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|º|°|\.)?\s*(?:of\s+|de\s+)?"
        rf"(?P<month>{MONTH_NAMES})\b\.?{_DATE_YEAR}",
        lambda m, r: _written(m["day"], month_number(m["month"]), m["year"], r),
    ),
    (
        rf"{_WEEKDAY_LEAD}\b(?P<month>{MONTH_NAMES})\.?\s+(?:the\s+)?(?P<day>[0-3]?\d)"
        rf"(?:st|nd|rd|th)?\b(?!\s*(?:%|k\b|am\b|pm\b|:|\d)){_DATE_YEAR}",
        lambda m, r: _written(m["day"], month_number(m["month"]), m["year"], r),
    ),
]
# "12/3", "12.3.", "12.03.2027"; a bare "3.5" (years, a rating) is no date, nor is "24/7" (round
# the clock: "on call 24/7?").
_NUMERIC_PATTERN = (
    rf"{_WEEKDAY_LEAD}(?<![\d.,/])(?!24/7(?![\d/]))(?P<a>[0-3]?\d)(?:/(?P<b>[0-3]?\d)(?:/(?P<year>(?:20)?\d\d))?"
    r"(?![\d/])|\.(?P<b2>[01]?\d)\.(?P<year2>(?:20)?\d\d)?(?!\d))"
)
_PERIOD_RULES: list[tuple[str, Action]] = [
    (  # a weekday just before a written date is part of that date
        rf"\b(?P<weekday>{WEEKDAY_NAMES})\b(?!-)(?!,?\s+(?:the\s+|den\s+|le\s+|el\s+|dia\s+)?"
        rf"(?:\d|(?:{MONTH_NAMES})\.?\s+\d))",
        lambda m, r: next_weekday(WEEKDAYS[m["weekday"].lower()], r),
    ),
    (
        r"\b(?:till|until|til|on|by|after|from|back|bis|ab|jusqu'|hasta|desde|tot|vanaf|até|a\s+partir)"
        r"\s*(?:the|zum|au|el|dia|de|den|het|o)\s+(?P<dom>[0-3]?\d)(?:st|nd|rd|th|\.|e|º|er)?(?!\s*[\d:/.])"
        rf"(?!\s*(?:of\s+|de\s+)?(?:{MONTH_NAMES})\b)",
        _day_of_month,
    ),
]


def _compiled(rules: list[tuple[str, Action]]) -> list[tuple[re.Pattern[str], Action]]:
    return [(re.compile(pattern, re.IGNORECASE), action) for pattern, action in rules]


_WRITTEN_RULES = _compiled(_WRITTEN)
_NUMERIC_RULE = re.compile(_NUMERIC_PATTERN, re.IGNORECASE)
_OTHER_RULES = [*periods.RULES, *_compiled(_PERIOD_RULES)]
_AFTER_BEFORE = {
    dutch: re.compile(
        rf"\b(?:{STRICT_AFTER}{'|' + DUTCH_AFTER if dutch else ''})\s+"
        r"(?:the\s+|dem\s+|le\s+|el\s+|o\s+)?$",
        re.IGNORECASE,
    )
    for dutch in (False, True)
}
# A month or weekday with nothing saying when ("December is impossible") is weaker than one
# with a preposition or a period ("after Christmas", "in June").
_ANCHORED_BEFORE = re.compile(
    r"\b(?:in|im|en|em|ab|from|vanaf|op|a\s+partir\s+de|à\s+partir\s+de|por|no|na|au|le|el"
    r"|on|am|al|para|pour|for|by|bis|tot|até|hasta|jusqu'(?:au|à)|until|till|from|starting"
    r"|next|nächste[nmrs]?|prochain|próxim[oa]|volgende|back|zurück|retour|terug|volto"
    r"|retorno|regreso|vuelvo|de|dia|mitte|anfang|ende|begin|eind|early|mid|late|end\s+of|avant"
    r"|before|vor|antes\s+de|voor)\s+$|\bd'$",
    re.IGNORECASE,
)
_BUSY_BEFORE = re.compile(
    r"\b(?:until|till|through|bis|tot|jusqu'(?:au|à|en)|hasta|até|durante|during|all\s+of)"
    r"(?:\s+(?:the|end\s+of|de|het|zum|la|el|o|a))?\s*$",
    re.IGNORECASE,
)
# "after the 20th" carries its own "after" (the day-of-month rule): the day after it.
_AFTER_LEAD = re.compile(r"after\b", re.IGNORECASE)
# "till the 20th" carries its own "till" (the day-of-month rule): the end of being busy too.
_UNTIL_LEAD = re.compile(r"(?:till|until|til|bis|hasta|tot|até)\b|jusqu'", re.IGNORECASE)
_BACK = (
    r"(?:back|return\w*|zurück|wieder|retour|de\s+retour|rentre\w*|de\s+vuelta|regres\w*"
    r"|vuelvo|terug|weer|volto|voltarei|retorno|regress\w*|erreichbar|joignable|disponible"
    r"|bereikbaar|disponível)"
)
_BACK_BEFORE = re.compile(rf"\b{_BACK}\b[^.!?\n]{{0,40}}$", re.IGNORECASE)
_BACK_AFTER = re.compile(rf"^[^.!?\n]{{0,40}}\b{_BACK}\b", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|til|through|bis|jusqu'\w*|hasta|tot(?:\s+en\s+met)?|até)\b[^.!?\n]{0,25}$",
    re.IGNORECASE,
)


_SEASON = 3  # the rank of a season: after every other time, and bare (periods.SEASON_RULES)


@lru_cache(maxsize=64)  # the classifier and the date reader ask about the same text
def mentions(text: str, received: date, language: str = "en") -> tuple[Mention, ...]:
    """Every time the text names, in order; where two overlap, the longer (more exact) one."""
    text = text.replace("’", "'")
    found: list[tuple[int, int, int, date]] = []  # start, end, rank (written dates first), day

    def collect(pattern: re.Pattern[str], action: Action, rank: int) -> None:
        if not may_match(pattern, text):
            return  # it needs a word the text has not (`needles`): 0.72 ms a reply became 0.22
        for match in pattern.finditer(text):
            day = action(match, received)
            if day is not None:
                found.append((match.start(), match.end(), rank, day))

    for pattern, action in _WRITTEN_RULES:
        collect(pattern, action, 0)
    for match in _NUMERIC_RULE.finditer(text):
        b, year = match["b"] or match["b2"], match["year"] or match["year2"]
        if b is None or (match["b2"] and not year and not text[match.end() - 1 :].startswith(".")):
            continue
        day = _numeric(int(match["a"]), int(b), year, received, day_first=language != "en")
        if day is not None:
            found.append((match.start(), match.end(), 1, day))
    for pattern, action in _OTHER_RULES:
        collect(pattern, action, 2)
    for pattern, action in periods.SEASON_RULES:
        collect(pattern, action, _SEASON)
    for pattern, prefixes, prefixed in (
        (QUARTER_RULE, QUARTER_PREFIX, quarter),
        (MONTH_RULE, MONTH_PREFIX_BEFORE, month_of),
    ):
        for match in pattern.finditer(text) if may_match(pattern, text) else ():
            before = prefixes.search(text, max(0, match.start() - 40), match.start())
            prefix = " ".join(before["prefix"].lower().split()) if before else ""
            day = prefixed(match, received, prefix)
            if day is not None:
                found.append((before.start() if before else match.start(), match.end(), 2, day))
    kept: list[Mention] = []
    taken: list[tuple[int, int]] = []
    after = _AFTER_BEFORE[language == "nl"]
    for start, end, rank, day in sorted(
        found, key=lambda item: (item[0] - item[1], item[2], item[0])
    ):
        if any(start < other_end and end > other_start for other_start, other_end in taken):
            continue
        taken.append((start, end))
        if day <= received:
            continue  # the past is a quoted date or a slip, never when to write again
        window = text[max(0, start - 30) : start]
        if (after.search(window) or _AFTER_LEAD.match(text, start)) and _exact(text[start:end]):
            day += timedelta(days=1)
        bare = rank == _SEASON or (_bare(text[start:end]) and not _ANCHORED_BEFORE.search(window))
        busy = bool(_BUSY_BEFORE.search(window) or _UNTIL_LEAD.match(text, start))
        event = _own_event(text, start, end)
        # "Abgabe im Februar. Passt die Stelle für Einsteiger?" names no time to write again.
        bare = bare or (event and not (_AFTER_THAT.search(text) or _WRITE_AGAIN.search(text)))
        kept.append(Mention(start, end, day, bare, busy, event=event, phrase=text[start:end]))
    return tuple(sorted(kept, key=lambda mention: mention.start))


def _own_event(text: str, start: int, end: int) -> bool:
    """The date is of their own milestone, named in the same sentence ("me formo em dezembro",
    "ik studeer in augustus af")."""
    before = re.split(r"[!?\n]|(?<!\d)\.\s", text[max(0, start - 60) : start])[-1]
    after = re.split(r"[!?\n]|\.(?:\s|$)", text[end : end + 30])[0]
    return bool(re.search(OWN_EVENT, f"{before} {text[start:end]} {after}", re.IGNORECASE))


# Asking to be written to: an own milestone's date is then when to write ("… melde dich dann").
_WRITE_AGAIN = re.compile(WRITE_AGAIN, re.IGNORECASE)


def _bare(phrase: str) -> bool:
    return bool(re.fullmatch(rf"\s*(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\.?\s*", phrase, re.IGNORECASE))


def _exact(phrase: str) -> bool:
    """A written day or weekday; "after <date>" is the day after it (periods carry their own)."""
    return bool(re.search(r"\d", phrase) and not re.search(r"\bq\d|20\d\d-", phrase, re.I)) or bool(
        re.fullmatch(rf"(?:{WEEKDAY_NAMES})", phrase.strip(), re.IGNORECASE)
    )


def named_date(
    text: str, received: date, *, language: str = "en", away: bool = False
) -> date | None:
    """The day the reply names. For an out-of-office (`away`), the day they say they are back,
    else the last day they are away, else the latest day named; otherwise the last firm time
    named ("busy until March, try me in April": April)."""
    found = mentions(text, received, language)
    if not found:
        return None
    flat = text.replace("’", "'")
    if away:
        for cue in (_BACK_BEFORE, _BACK_AFTER, _UNTIL_BEFORE):
            for index, mention in enumerate(found):
                following = found[index + 1].start if index + 1 < len(found) else len(flat)
                if cue is _BACK_AFTER:
                    if cue.match(flat[mention.end : following]):
                        return mention.day
                elif cue.search(flat[max(0, mention.start - 60) : mention.start]):
                    return mention.day
        return max(mention.day for mention in found)
    firm = [mention for mention in found if not mention.bare and not mention.busy]
    dated = [mention for mention in found if not mention.bare]
    chosen = (firm or dated or found)[-1]
    if (chosen.busy or chosen.event) and _AFTER_THAT.search(flat, chosen.end):
        return _day_after(chosen)  # "until 6/30 … reach out after that": 1 July
    return chosen.day


# Pointing back at the end of being busy: "until 6/30, reach out after that", "jusqu'au 31/08,
# relancez-moi après cette date", "bis zum 15.09., melden Sie sich danach".
_AFTER_THAT = re.compile(
    r"\b(?:after\s+(?:that|then|this\s+date|that\s+date)|afterwards|thereafter|danach"
    r"|nach\s+diesem\s+(?:datum|tag)|après\s+(?:cette\s+date|ça|cela)|ensuite|passé\s+cette\s+date"
    r"|(?:after|après|depois|después)(?=\s*(?:[,.;!?]|$))"
    r"|después\s+de\s+(?:esa|esta)\s+fecha|después\s+de\s+eso|daarna|na\s+die\s+datum"
    r"|depois\s+(?:disso|dessa\s+data|desta\s+data)|após\s+(?:essa|esta)\s+data)\b",
    re.IGNORECASE,
)


def _day_after(mention: Mention) -> date:
    """The day after a written date; after a month named alone, the month after ("until March,
    then": 1 April, as "after March" is)."""
    if _exact(mention.phrase):
        return mention.day + timedelta(days=1)
    if _MONTH_ALONE_PHRASE.fullmatch(mention.phrase.strip()):
        return add_months(mention.day, 1)
    return mention.day


_MONTH_ALONE_PHRASE = re.compile(rf"(?:{MONTH_NAMES})\.?(?:,?\s*20\d\d)?", re.IGNORECASE)
