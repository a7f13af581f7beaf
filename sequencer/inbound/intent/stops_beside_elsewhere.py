"""A stop said for good in a reply that also asks to be reached another way (session 36): "ping
me by email in a few weeks. but stop ringing this mobile, I won't pick up", "Escríbeme por
WhatsApp, pero llamadas a este número no, no quiero ni una más", "Schriftlich gern, telefonisch
gar nicht mehr", "por lá eu não quero mais nada de vocês", "wel wil ze dat jullie haar niet meer
op haar mobiel bellen; mail is voor haar de enige weg".

`opt_outs` leaves a reply that asks to be reached elsewhere to the kinds that stop whatever else
it says ("don't call me at work, email me instead" moves the talk, a preference); a clause of
it that the grammar reads as a stop, with a word that it is for good (again, any more, never,
not one more) or a refusal to answer that channel, stops that channel: the README's "a request to
stop contact on one channel is opt_out". Not a clause narrowed to a time ("don't call me
anymore before 6", "no more calls until May"), nor one with no word for good ("don't call me
at work, email me"), nor the purpose of something they did ("j'ai fermé mon compte LinkedIn
pour ne plus être sollicité"), nor news of where they can be reached ("ik ben niet meer via
LinkedIn te bereiken, bel me"). Read on the text `opt_outs.plain` made: lower case, no accents."""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_grammar import (
    asks_to_be_reached_elsewhere,
    asks_to_stop_by_grammar,
)

# Where a clause ends: a sentence's or a clause's end, or a "but".
_CLAUSE = re.compile(r"[.!?;\n]+|,?\s+\b(?:but|pero|maar|aber|doch)\b,?")
_FOR_GOOD = re.compile(
    r"\b(?:again|anymore|any\s+more|ever|never|nunca|jamais|plus|meer|mehr|wieder|nooit|nie"
    r"|mais|mas|ni\s+una|ni\s+uno|nem\s+um|nem\s+uma|de\s+novo|de\s+nuevo|otra\s+vez|volt\w*\s+a"
    r"|won't\s+(?:pick\s+up|answer)|wont\s+(?:pick\s+up|answer))\b"
)
_FOR_A_TIME = re.compile(
    r"\b(?:before|after|until|till|during|vor|nach|bis|wahrend|avant|apres|pendant|jusqu\w*"
    r"|antes|despues|hasta|durante|depois|ate|voor|na|tot|tijdens|between|zwischen|entre|tussen"
    r"|today|tonight|this\s+week|heute|cette\s+semaine|hoy|esta\s+semana|vandaag|deze\s+week"
    r"|hoje|(?:work(?:ing)?|office)\s+hours)\b"
)

# A purpose of something they did: "j'ai fermé mon compte LinkedIn pour ne plus être sollicité".
_PURPOSE = re.compile(
    r"\b(?:pour|afin\s+de|para|pra|um|om|so\s+as|in\s+order|so\s+that|damit|zodat|de\s+sorte)"
    r"\s+(?:\w+\s+){0,2}?(?:ne|n'|no|nao|not|nicht|niet|never|nunca|jamais|nooit|nie)\b"
)

# News of where they can be reached: "ik ben niet meer via LinkedIn te bereiken, bel me".
_REACHABLE = re.compile(
    r"\b(?:te\s+bereiken|bereikbaar|erreichbar|zu\s+erreichen|reachable|contactable|joignable"
    r"|localizable|localizavel|contactavel|available|disponible|disponivel|beschikbaar|verfugbar)\b"
)


def stops_for_good_beside_elsewhere(plain: str) -> bool:
    if not asks_to_be_reached_elsewhere(plain):
        return False  # the other readers read it whole
    # The clauses that may stop for good, read by the grammar at once (no shape of it crosses a
    # full stop): one call, not one a clause (700 clauses of "…, but never …" took 1.8 s).
    # ...and only the first of them (see _MOST_CLAUSES).
    eligible = [
        clause
        for clause in _CLAUSE.split(plain)
        if _FOR_GOOD.search(clause)
        and not _FOR_A_TIME.search(clause)
        and not _PURPOSE.search(clause)
        and not _REACHABLE.search(clause)
    ]
    return bool(eligible) and asks_to_stop_by_grammar(" .\n".join(eligible[:_MOST_CLAUSES]))


# The grammar over 20,000 characters of "never email me instead" takes 2 s: a reply's first 12
# clauses that may stop for good are enough.
_MOST_CLAUSES = 12
