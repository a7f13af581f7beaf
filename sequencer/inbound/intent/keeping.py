"""Keeping them on our list: asked for (a yes the meaning reader must not hear as a removal),
or denied (a stop the rules read).

- `STAY_ON`, on the reply as written: "Keep me on your list please.", "Behalten Sie mich bitte
  in Ihrer Kartei", "Gardez-moi dans votre fichier", "Mantenme en tu lista", "Houd me op de
  lijst", "Mantenha-me na vossa lista". An encoder hears the list and takes it for a removal
  (after session 30's retraining the meaning reader scored the first 0.87 and the last 0.91,
  above the 0.85 it acts from), so `lookalikes.without_stops_denied` takes it out of what that
  reader reads (`without_wishes_to_stay`). Not when denied, in its clause.
- `asks_not_to_be_kept`, on the text `opt_outs.plain` made: "Don't keep me on your list", "ne
  me gardez pas dans votre fichier", "no me mantengas en tu lista", "houd me niet op de lijst",
  "não me mantenha na vossa lista": a removal asked for. Not "don't keep me waiting", "no me
  mantengas en suspenso": only with a list, a file or a database after it."""

from __future__ import annotations

import re

_WHERE = (
    r"(?:\w+\s+){0,3}?\w*(?:list[ae]?s?|lijst\w*|loop|database|datenbank|base|files?|fichiers?"
    r"|ficheiros|kartei|verteiler|bestand|pool|vivier|radar|books|records|system|registo"
    r"|registro|cadastro|archiv\w*)\b"
)
STAY_ON = re.compile(
    r"(?<!n't\s)(?<!not\s)(?<!dont\s)(?<!nicht\s)(?<!niet\s)(?<!pas\s)(?<!no\s)(?<!n[ãa]o\s)\b"
    r"(?:keep\s+me\s+(?:on|in)|(?:behalten|lassen)\s+sie\s+mich(?:\s+bitte)?\s+(?:in|auf)"
    r"|gardez[- ]moi(?:\s+bien)?\s+(?:dans|sur)|(?:mant[ée]n(?:ga|gan)?me|mantenedme)\s+en"
    r"|houd\s+me(?:\s+(?!niet\b)\w+)?\s+(?:op|in)"
    r"|(?:mantenha[- ]me|me\s+mantenha|mant[ée]m[- ]me|me\s+mant[ée]m)\s+n[ao]s?)\s+" + _WHERE,
    re.IGNORECASE,
)
_KEPT_DENIED = re.compile(
    r"\b(?:(?:don'?t|do\s+not|never|no\s+need\s+to)(?:\s+\w+){0,3}?\s+keep\s+(?:me|my\s+(?:\w+\s+)?"
    r"(?:details|data|cv"
    r"|resume|info\w*|number|email|address|profile))\s+(?:on|in)"
    r"|(?:behalten|speichern|fuhren|lassen)\s+sie\s+(?:mich|meine\s+(?:daten|unterlagen|angaben))"
    r"\s+(?:bitte\s+)?nicht\s+(?:mehr\s+|langer\s+)?(?:in|auf)"
    r"|ne\s+(?:me\s+)?gardez\s+pas\s+(?:mes\s+\w+\s+)?(?:dans|sur)"
    r"|no\s+(?:quiero\s+que\s+)?(?:me\s+)?(?:mantengas?|mantengan|mantengais|guardes?|guarden"
    r"|conserves?|conserven)\s+"
    r"(?:mis\s+\w+\s+)?en"
    r"|hou(?:d|dt)?\s+me\s+niet\s+(?:meer\s+|langer\s+)?(?:op|in)"
    r"|bewaar\s+mijn\s+\w+\s+niet\s+(?:meer\s+|langer\s+)?(?:op|in)"
    r"|nao\s+(?:me\s+)?(?:mantenham?|guardem?|conservem?)\s+(?:os\s+meus\s+\w+\s+)?n[ao]s?)\s+"
    + _WHERE
)


# A denial earlier in the clause keeps a wish to stay a stop: "Don't ever keep me on your list",
# "I don't want you to keep me on your list" (review, session 30).
_DENIED_EARLIER = re.compile(
    r"\b(?:don'?t|do\s+not|never|nicht|niet|nie|pas|no|n[ãa]o|nunca|jamais|nooit|ne)\b|n't\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;,:\n]")


def without_wishes_to_stay(text: str) -> str:
    """The text with each wish to stay on our list taken out, unless denied in its clause."""

    def kept_if_denied(found: re.Match[str]) -> str:
        clause = _CLAUSE_END.split(text[: found.start()])[-1]
        return found.group(0) if _DENIED_EARLIER.search(clause) else " "

    return STAY_ON.sub(kept_if_denied, text)


def asks_not_to_be_kept(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it (lower case, no accents)."""
    return bool(_KEPT_DENIED.search(plain))
