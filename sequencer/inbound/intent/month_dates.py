"""Months and quarters named in words ("in March", "Mitte Juli", "after Q1", "fin du troisième
trimestre"): the word itself, then what comes before it, resolved by the date convention
(docs/engineers/reply-understanding.md); `dates` collects them with the other times named."""

from __future__ import annotations

import re
from datetime import date

from sequencer.inbound.intent.date_words import (
    EARLY,
    END,
    LATE,
    MID,
    MONTH_ALONE,
    MONTH_NAMES,
    MONTHS,
)
from sequencer.inbound.intent.dates_calendar import day_or_none, next_after

_ORDINALS = {
    **dict.fromkeys(("1", "first", "erste", "ersten", "erstes", "premier", "primer", "primero",
                     "eerste", "primeiro"), 1),
    **dict.fromkeys(("2", "second", "zweite", "zweiten", "zweites", "deuxième", "segundo",
                     "tweede"), 2),
    **dict.fromkeys(("3", "third", "dritte", "dritten", "drittes", "troisième", "tercer",
                     "tercero", "derde", "terceiro"), 3),
    **dict.fromkeys(("4", "fourth", "last", "vierte", "vierten", "viertes", "quatrième",
                     "cuarto", "vierde", "quarto", "letzte", "letzten", "dernier"), 4),
}  # fmt: skip
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_QUARTER_WORD = r"(?:quarter|quartal|quartals|trimestre|kwartaal)"
_QUARTER = (
    rf"(?:\b[qtk]\s?(?P<q>[1-4])\b|\b(?P<qword>{_ORDINAL})(?:st|nd|rd|th|\.|er|e|º|o)?\s+"
    rf"{_QUARTER_WORD})(?:\s*(?P<qyear>20\d\d))?"
)
STRICT_AFTER = (
    r"(?:after|nach(?:\s+de[mnr])?|après(?:\s+l[ea])?|apres|después\s+del?|despues\s+del?"
    r"|depois\s+d[eo]|após\s+o|após|once|when)"
)
DUTCH_AFTER = r"(?:na|na\s+het|na\s+de)"  # Portuguese "na" is "on the"
_QUARTER_OVER = (
    rf"(?:{STRICT_AFTER}|{DUTCH_AFTER}|{END}|ende\s+des|fin\s+du|finales\s+del|fim\s+do"
    r"|final\s+do)"
)
_QUARTER_MID = rf"(?:{MID}|mitte\s+des|mediados\s+del|meados\s+do|midden\s+van)"
_OVER_AFTER = r"(?:\s+(?:is\s+over|wraps?\s+up|ends|closes|is\s+done|vorbei\s+ist|ist))?"
_MONTH_PREFIX = rf"(?:{EARLY}|{MID}|{LATE}|{END}|{STRICT_AFTER})"


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def quarter(match: re.Match[str], received: date, prefix: str) -> date | None:
    number = _ORDINALS[(match["q"] or match["qword"]).lower()]
    if prefix and re.fullmatch(_QUARTER_MID, prefix, re.IGNORECASE):
        month, day = 3 * number - 1, 15
    elif (match["qover"] or "").strip() or (
        prefix and re.fullmatch(_QUARTER_OVER, prefix, re.IGNORECASE)
    ):
        month, day = 3 * number + 1, 1
    else:
        month, day = 3 * number - 2, 1
    return _month_day(month, day, match["qyear"], received)


def _month_day(month: int, day: int, year_text: str | None, received: date) -> date | None:
    shift, month = (month - 1) // 12, (month - 1) % 12 + 1  # "end of December": 1 January
    if year_text:
        return day_or_none(int(year_text) + shift, month, day)
    return next_after(received, lambda year: day_or_none(year + shift, month, day))


def month_of(match: re.Match[str], received: date, prefix: str) -> date | None:
    name = match["month"].lower().rstrip(".")
    if (
        not prefix
        and name not in _MONTH_ALONE
        and (
            name in _NEVER_ALONE
            or not _MONTH_CONTEXT.search(match.string, max(0, match.start() - 30), match.start())
        )
    ):
        return None  # "may", "set", "mar" alone are words, not months
    month = month_number(name)
    day = 1
    if prefix and re.fullmatch(MID, prefix, re.IGNORECASE):
        day = 15
    elif prefix and re.fullmatch(LATE, prefix, re.IGNORECASE):
        day = 20
    elif prefix and re.fullmatch(f"{END}|{STRICT_AFTER}", prefix, re.IGNORECASE):
        month += 1
    return _month_day(month, day, match["myear"], received)


# Quarters and months: the word itself, then what comes before it ("after", "mid", "Ende").
QUARTER_RULE = re.compile(rf"{_QUARTER}(?P<qover>{_OVER_AFTER})", re.IGNORECASE)
QUARTER_PREFIX = re.compile(
    rf"\b(?P<prefix>{_QUARTER_MID}|{_QUARTER_OVER}|{EARLY}|in|im|en|em|au|el|het|from|ab)\s+"
    r"(?:the\s+|de[mnrs]?\s+|du\s+|le\s+|o\s+|het\s+|del\s+)?$",
    re.IGNORECASE,
)
MONTH_RULE = re.compile(
    rf"\b(?P<month>{MONTH_NAMES})\b\.?(?:,?\s*(?:de\s+|del\s+)?(?P<myear>20\d\d))?", re.IGNORECASE
)
MONTH_PREFIX_BEFORE = re.compile(
    rf"\b(?P<prefix>{_MONTH_PREFIX})(?:\s+|(?<=-))(?:of\s+|de\s+|van\s+|du\s+mois\s+de\s+|d')?$",
    re.IGNORECASE,
)
_MONTH_ALONE = frozenset(MONTH_ALONE.split("|"))
_NEVER_ALONE = frozenset(
    {"out", "set", "mar", "ago", "dec", "sep", "jan", "jun", "jul", "nov", "abr"}
)
_MONTH_CONTEXT = re.compile(
    r"\b(?:in|im|en|em|early|mid|late|after|until|till|from|since|by|bis|ab|nach|tot|até|hasta|desde"
    r"|début|fin|mitte|anfang|ende|begin|eind|mediados\s+de|meados\s+de|início\s+de|end\s+of|de)\s+$",
    re.IGNORECASE,
)
