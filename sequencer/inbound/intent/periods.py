"""Vague periods by the convention: relative ("in a few weeks" = R + 21), years ("early next
year" = 1 January), holidays and seasons ("à la rentrée" = 1 September, "nach Ostern" = the
Tuesday after Easter), next quarter. Each rule is a phrase in six languages and a day."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from sequencer.inbound.intent.date_words import (
    ABOUT,
    COUPLE,
    DAY_WORD,
    FEW,
    IN,
    MONTH_WORD,
    NEXT,
    NUMBER_WORDS,
    NUMBERS,
    WEEK,
)
from sequencer.inbound.intent.dates_calendar import add_months, easter, next_after

Action = Callable[[re.Match[str], date], date | None]
Rule = tuple[re.Pattern[str], Action]


def _count(match: re.Match[str]) -> int:
    text = " ".join(match["n"].split())
    return int(text) if text.isdigit() else NUMBERS.get(text, 1)


def _monday_next_week(received: date) -> date:
    return received + timedelta(days=7 - received.weekday())


def _first_of_next_month(received: date) -> date:
    return add_months(received.replace(day=1), 1)


def _next_quarter(received: date) -> date:
    first_month = 3 * ((received.month - 1) // 3) + 1
    return add_months(received.replace(day=1, month=first_month), 3)


def _after_holidays(received: date) -> date:
    if received.month >= 11 or received == date(received.year, 1, 1):
        return next_after(received, lambda year: date(year, 1, 2)) or received
    return next_after(received, lambda year: date(year, 9, 1)) or received


def _day_of_year(month: int, day: int) -> Callable[[re.Match[str], date], date | None]:
    return lambda _match, received: next_after(received, lambda year: date(year, month, day))


def _next_year(_match: re.Match[str], received: date) -> date:
    return date(received.year + 1, 1, 1)


_N = rf"(?P<n>\d{{1,2}}|{NUMBER_WORDS})"
_THE_HOLIDAYS = (
    r"(?:after|nach|après|apres|después\s+de|despues\s+de|na|depois\s+d[aeo]s?|após"
    r"|a\s+la\s+vuelta\s+de|na\s+volta\s+d[aeo]s?|au\s+retour\s+de[s]?|back\s+from)\s+"
    r"(?:the\s+|den\s+|les\s+|las\s+|de\s+|as\s+|os\s+)?(?:holidays|feiertagen|fêtes|fetes"
    r"|fiestas|feestdagen|festas|vacances|vacaciones|férias|ferias|vakantie|ferien|urlaub)"
)
_SUMMER = (
    r"(?:after|nach|après|apres|después\s+del?|despues\s+del?|na|depois\s+d[oa]|após\s+o?"
    r"|a\s+la\s+vuelta\s+del?|na\s+volta\s+d[oa]|au\s+retour\s+de|back\s+from)\s+"
    r"(?:the\s+|dem\s+|den\s+|l'|el\s+|de\s+|o\s+|as\s+)?(?:summer(?:\s+(?:holidays|break|vacation))?"
    r"|sommer(?:ferien|pause|urlaub)?|sommerferien|été|ete|verano|zomer(?:vakantie)?"
    r"|verão|verao|férias\s+de\s+verão|vacances\s+d'été|grandes\s+vacances)"
    r"|(?:à|a|après|apres)\s+la\s+rentrée|\bla\s+rentrée\b|\brentrée\b"
)
_EASTER = (
    r"(?:after|nach|après|apres|después\s+de|despues\s+de|na|depois\s+da|após\s+a)\s+"
    r"(?:easter|ostern|pâques|paques|semana\s+santa|pascua|pasen|páscoa|pascoa)"
)
_NEW_YEAR = (
    r"(?:after|nach|après|apres|después\s+de|despues\s+de|na|depois\s+d[oa]|após\s+o)\s+"
    r"(?:the\s+|le\s+|el\s+|o\s+|den\s+|de\s+)?(?:christmas|xmas|new\s+year(?:'s)?|weihnachten"
    r"|neujahr|silvester|dem\s+jahreswechsel|jahreswechsel|noël|noel|nouvel\s+an"
    r"|jour\s+de\s+l'an|navidad|navidades|año\s+nuevo|ano\s+novo|natal|kerst(?:mis)?"
    r"|oud\s+en\s+nieuw|nieuwjaar|the\s+new\s+year)"
)
# Seasons are meteorological: spring is 1 March, summer 1 June, autumn 1 September, winter
# 1 December; "in the spring" is the next spring's first day, "after the spring" the summer's.
# ("Nach dem Sommer" / "à la rentrée" stay 1 September: _SUMMER above.) "Fall" is a season only
# after "the", "this", "next" or "in".
_SEASON_WORDS = {
    # ...spring in lower case, or in capitals after an article, and never the framework (session
    # 35: "deep in Spring Boot migrations", "I work in Spring and Kotlin").
    3: r"(?:(?-i:spring)|(?:(?<=the\s)|(?<=next\s)|(?<=this\s)|(?<=before\s)|(?<=until\s)"
    r"|(?<=till\s)|(?<=after\s))(?-i:Spring))(?:time)?(?!\s+(?:boot|framework|cloud|batch|security"
    r"|mvc|data|webflux|integration)\b)|frühjahr|frühling|printemps|primavera|voorjaar|lente",
    6: r"summer|sommer|été|ete|verano|zomer|verão|verao",
    9: r"autumn|(?<=the\s)fall|(?<=this\s)fall|(?<=next\s)fall|(?<=in\s)fall|(?<=before\s)fall"
    r"|(?<=until\s)fall|(?<=till\s)fall|(?<=after\s)fall|herbst|automne"
    r"|otoño|otono|najaar|herfst|outono",
    12: r"winter|hiver|invierno|inverno",
}
_DUTCH_SEASON_WORDS = {3: "voorjaar|lente", 6: "zomer", 9: "najaar|herfst", 12: "winter"}
_ARTICLE = r"(?:the\s+|de\s+|het\s+|l'|el\s+|la\s+|le\s+|o\s+|a\s+|dem\s+|den\s+)?"
# "In the spring", "im Sommer", "cet été": as often the past or a busy time as a time to write.
# (Not "a": "il a été prolongé" is the French passive, session 35.)
_IN_SEASON = (
    r"\b(?:in|im|this|au|en|à|na|no|nesta|neste|este|esta|ce|cet|cette|dit|deze|diesen"
    rf"|dieses|diesem)\s+{_ARTICLE}(?:{{season}})\b"
)
# "Not before spring", "until the summer", "next spring": a time pointed to.
_TOWARD_SEASON = (
    r"\b(?:next|kommenden?|nächste[nms]?|prochain|próxim[oa]|volgend[e]?|before|until|till"
    r"|avant|jusqu'(?:au|à)|vor|bis(?:\s+zum)?|antes\s+d[eoa]|hasta|voor|tot|até)\s+"
    rf"{_ARTICLE}(?:{{season}})\b"
)
# "After the spring": the next season's first day. ("Na" is "after" in Dutch only: the
# Portuguese "na primavera" is "in the spring".)
_AFTER_SEASON = (
    r"\b(?:after|nach|après|apres|después\s+del?|despues\s+del?|depois\s+d[oa]|após\s+o?)"
    rf"\s+{_ARTICLE}(?:{{season}})\b|\bna\s+(?:de\s+|het\s+)?(?:{{dutch}})\b"
)
# "Not this quarter" puts it off to the next quarter's first day, as "next quarter" does; said
# with no "not" in its clause ("can we talk this quarter?") it names no later time.
_QUARTER_THIS = (
    r"\b(?:this|dieses|diesem|ce|este|neste|esse|dit|deze)\s+"
    r"(?:quarter|quartal|trimestre|kwartaal)\b"
)
# ...the "not" governing the quarter, a few words from it in its clause (session 35: "No problem
# at all, happy to chat this quarter", "Kein Problem, dieses Quartal passt gut" deny nothing).
_NOT = (
    r"\b(?:not|no|nicht|kein\w*|pas|niet|geen|não|nao|nunca|jamais|nie|nooit)\b"
    r"(?!\s+(?:problem\w*|probl[èe]me|probleem|souci|worries|hay\s+problema|pasa\s+nada))"
)
_A_FEW_WORDS = r"(?:[\w'-]+\s+){0,3}?"
_THIS_QUARTER = rf"{_NOT}\s+{_A_FEW_WORDS}{_QUARTER_THIS}|{_QUARTER_THIS}\s+{_A_FEW_WORDS}{_NOT}"
_NEXT_YEAR = (
    r"(?:next\s+year|(?:in\s+)?the\s+new\s+year|nächste[ns]?\s+jahr(?:es)?|naechste[ns]?\s+jahr"
    r"|kommende[ns]?\s+jahr(?:es)?|im\s+neuen\s+jahr|[ld]'année\s+prochaine|l'an\s+prochain"
    r"|[ld]'annee\s+prochaine|(?:el\s+)?año\s+que\s+viene|(?:el\s+)?próximo\s+año|proximo\s+año"
    r"|(?:el\s+)?año\s+próximo|volgend\s+jaar|komend\s+jaar|(?:o\s+)?ano\s+que\s+vem"
    r"|(?:o\s+)?próximo\s+ano|proximo\s+ano|no\s+ano\s+novo|el\s+nuevo\s+año)"
)
_YEAR_END = (
    r"(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+year|(?:zum\s+|gegen\s+)?ende\s+(?:des|dieses)"
    r"\s+jahres|jahresende|fin\s+(?:de\s+l'année|d'année|de\s+l'annee|d'annee|de\s+año|del\s+año)"
    r"|finales\s+de(?:l)?\s+año|eind\s+(?:van\s+(?:het|dit)\s+)?jaar|(?:o\s+)?(?:fim|final)"
    r"\s+do\s+ano|year[-\s]end)"
)


# "Next month" with its middle, late part or end: "mitte nächsten Monats" is the 15th of next
# month, "late next month" the 20th, "till next month end" / "fin du mois prochain" the 1st of
# the month after ("end of December" is 1 January).
_NEXT_MONTH = (
    r"(?:next\s+month|n(?:ä|ae)chsten\s+monats?|kommenden\s+monats?|(?:du\s+)?mois\s+prochain"
    r"|del\s+(?:mes\s+que\s+viene|pr[óo]ximo\s+mes)|(?:van\s+)?(?:de\s+)?volgende\s+maand"
    r"|do\s+(?:m[êe]s\s+que\s+vem|pr[óo]ximo\s+m[êe]s))\b"
)
_MIDDLE_OF = (
    r"\b(?:mid-?\s*|(?:the\s+)?middle\s+of\s+|mitte\s+|(?:le\s+|la\s+)?milieu\s+du\s+"
    r"|(?:à\s+la\s+)?mi-|mediados\s+|midden\s+|half\s+|meados\s+)"
)
_LATE_IN = r"\b(?:late\s+|later\s+in\s+)"
_END_OF = (
    r"\b(?:(?:the\s+)?end\s+of\s+|ende\s+|(?:la\s+)?fin\s+|finales\s+|fines\s+|eind\s+"
    r"|(?:o\s+)?fim\s+|(?:o\s+)?final\s+)"
)


def _season_rules(*, pointed: bool) -> list[tuple[str, Action]]:
    """A season pointed to ("before spring", "after the winter") or merely named ("in spring")."""
    rules = []
    for month, words in _SEASON_WORDS.items():
        if pointed:
            rules.append((_TOWARD_SEASON.format(season=words), _day_of_year(month, 1)))
            if month != 6:  # after the summer is _SUMMER's (1 September, the rentrée)
                following = month % 12 + 3
                after = _AFTER_SEASON.format(season=words, dutch=_DUTCH_SEASON_WORDS[month])
                rules.append((after, _day_of_year(following, 1)))
        else:
            rules.append((_IN_SEASON.format(season=words), _day_of_year(month, 1)))
    return rules


def _rules() -> list[Rule]:
    rules: list[tuple[str, Callable[[re.Match[str], date], date | None]]] = [
        (_THE_HOLIDAYS, lambda _m, r: _after_holidays(r)),
        (_SUMMER, _day_of_year(9, 1)),
        (_EASTER, lambda _m, r: next_after(r, lambda year: easter(year) + timedelta(days=2))),
        (_NEW_YEAR, _day_of_year(1, 2)),
        (_YEAR_END, _day_of_year(12, 1)),
        (_NEXT_YEAR, _next_year),
        (
            r"\b(?:in|im\s+jahr|en|em|in\s+het\s+jaar)\s+(?P<y>20\d\d)\b",
            lambda m, r: date(int(m["y"]), 1, 1) if int(m["y"]) > r.year else None,
        ),
        (
            rf"(?:{NEXT}\s+(?:quarter|quartal|trimestre|kwartaal)|(?:quartal|trimestre|kwartaal)"
            rf"\s+(?:{NEXT})|(?:the\s+)?end\s+of\s+(?:the|this)\s+quarter|after\s+this\s+quarter"
            r"|(?:ende|nach)\s+(?:des|dieses)\s+quartals|fin\s+(?:du|de\s+ce)\s+trimestre"
            r"|(?:final|fin)\s+del?\s+trimestre|eind\s+van\s+het\s+kwartaal|fim\s+do\s+trimestre)",
            lambda _m, r: _next_quarter(r),
        ),
        (_THIS_QUARTER, lambda _m, r: _next_quarter(r)),
        *_season_rules(pointed=True),
        # Its middle or end before "next month" (longer, so read first where both match).
        (rf"{_MIDDLE_OF}{_NEXT_MONTH}", lambda _m, r: _first_of_next_month(r).replace(day=15)),
        (rf"{_LATE_IN}{_NEXT_MONTH}", lambda _m, r: _first_of_next_month(r).replace(day=20)),
        (
            rf"{_END_OF}{_NEXT_MONTH}|{_NEXT_MONTH}(?:'s)?\s+end\b",
            lambda _m, r: add_months(_first_of_next_month(r), 1),
        ),
        (
            rf"(?:{NEXT}\s+(?:month|monat|mois|mes|maand|mês)|(?:mois|mes|mês|monat)\s+(?:{NEXT})"
            r"|el\s+mes\s+que\s+viene|no\s+mês\s+que\s+vem|mês\s+que\s+vem|nächsten\s+monat)",
            lambda _m, r: _first_of_next_month(r),
        ),
        (
            rf"(?:{NEXT}\s+(?:week|woche|semaine|semana)|(?:semaine|semana|woche)\s+(?:{NEXT})"
            r"|la\s+semana\s+que\s+viene|semana\s+que\s+vem)",
            lambda _m, r: _monday_next_week(r),
        ),
        (rf"\b{IN}\s+(?:the\s+next\s+)?{FEW}\s+{WEEK}", lambda _m, r: r + timedelta(days=21)),
        (rf"\b{IN}\s+{COUPLE}\s+{WEEK}", lambda _m, r: r + timedelta(days=14)),
        (rf"\b{IN}\s+(?:{ABOUT}\s+)?{_N}\s+{WEEK}", lambda m, r: r + timedelta(days=7 * _count(m))),
        # Dutch "over een week of drie": in about three weeks.
        (rf"\b{IN}\s+een\s+{WEEK}\s+of\s+{_N}\b", lambda m, r: r + timedelta(days=7 * _count(m))),
        (rf"\b{IN}\s+{_N}\s+{DAY_WORD}", lambda m, r: r + timedelta(days=_count(m))),
        (rf"\b{IN}\s+{FEW}\s+{MONTH_WORD}", lambda _m, r: add_months(r, 3)),
        (rf"\b{IN}\s+{COUPLE}\s+{MONTH_WORD}", lambda _m, r: add_months(r, 2)),
        (rf"\b{IN}\s+{_N}\s+{MONTH_WORD}", lambda m, r: add_months(r, _count(m))),
    ]
    return [(re.compile(pattern, re.IGNORECASE), action) for pattern, action in rules]


RULES = _rules()
# Read apart: a season merely named is the weakest time a reply names (`dates.mentions` marks
# it bare), as it is as often the past or when they are busy ("the CV I sent in the spring",
# "en verano tenemos guardias") as when to write again: the date only when nothing firmer is.
SEASON_RULES = [
    (re.compile(pattern, re.IGNORECASE), action) for pattern, action in _season_rules(pointed=False)
]
