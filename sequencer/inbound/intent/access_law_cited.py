"""A data-protection law cited to ask what is held, not to erase it (session 31): "Com base na
LGPD, solicito acesso aos dados pessoais que vocês mantêm sobre mim", "Under GDPR Art. 15 I
request a copy of the data you hold on me", "Auskunft nach Art. 15 DSGVO", "au titre du RGPD,
quelles données détenez-vous ?". The README: a question about the data held is `question`
unless it also asks to delete; the law's name alone (a stock stop phrase) is then no request.

The law's name is taken out only from a reply that asks for access, a copy, the origin or
which data, and has no word of erasing, objecting or stopping: "Under GDPR, tell me what you
hold and delete it" keeps it, and the other readers read the rest as they would."""

from __future__ import annotations

import re

_LAW = re.compile(r"\b(?:gdpr|dsgvo|rgpd|lgpd|lopd|(?-i:AVG))\b", re.IGNORECASE)
# Access, a copy, which data, where they came from: the rights of access in the six languages.
_ACCESS = re.compile(
    r"\b(?:acesso|aceder|access|auskunft|acc[eè]s|acceso|inzage|c[oó]pia|copy|kopie|copie"
    r"|quais\s+dados|que\s+dados|which\s+data|what\s+data|welche\s+daten|quelles\s+donn[ée]es"
    r"|qu[ée]\s+datos|welke\s+gegevens|origem|origin|herkunft|origine|origen|herkomst"
    r"|confirma[çc][ãa]o|confirmation|best[äa]tigung|bevestiging|finalidade|purpose|zweck"
    r"|finalit[ée]|finalidad|doel)\b",
    re.IGNORECASE,
)
# Erasing, objecting, withdrawing, stopping, or no more contact: then the law backs a request.
_ERASING_OR_STOPPING = re.compile(
    r"\b(?:delet|eras|remov|purg|l[öo]sch|entfern|effac|supprim|borr|elimin|supr|verwijder|wis"
    r"|apag|exclu|oppos|op[oó]n|object|widersp|bezwaar|revog|revoc|withdraw|widerruf|intrek"
    r"|stop|cess|arr[êe]t|unsub|abmeld|afmeld|desinscri|d[ée]sinscri|descadastr"
    r"|contact|contat|kontakt|benader)\w*|\b(?:par(?:e|em|ar)|deix\w*|dej\w*)\s+de\b"
    r"|\b(?:n[ãa]o|no|not|nicht|niet|ne|never|nunca|jamais|nie|nooit)\s+(?:\w+\s+){0,2}?mais\b",
    re.IGNORECASE,
)


def without_access_law_cited(text: str) -> str:
    """`text` without the law's name where it only backs a request for access."""
    if not _LAW.search(text) or not _ACCESS.search(text) or _ERASING_OR_STOPPING.search(text):
        return text
    return _LAW.sub(" ", text)
