"""A data-protection law named only to ask what is held, or where it came from (session 31, the
near misses Dutch writers set beside their restated opt-outs): "Op grond van de AVG wil ik graag
weten welke gegevens u over mij bewaart", "op grond van artikel 15 AVG verzoek ik om inzage",
"Under the GDPR I'd like to know what data you hold on me", "gemäß DSGVO bitte ich um Auskunft",
"conformément au RGPD, je souhaite savoir quelles données vous avez", "según el RGPD quiero
saber qué datos tienen". An access request is a question, not a stop: the law's name is taken
out of its sentence before the stop readers see it, which the stock phrases read as a stop.

Not when the same sentence asks to delete, object or stop ("under the GDPR I want to know what
you hold and then have it deleted"), or cites an erasure article; a deletion asked in another
sentence is read as ever.
"""

from __future__ import annotations

import re

_LAW = r"\b(?:gdpr|dsgvo|rgpd|lgpd|lopd|avg)\b"
_SENTENCE = re.compile(rf"[^.!?\n]*{_LAW}[^.!?\n]*", re.IGNORECASE)
# Asking to see, know or be told.
_ACCESS = re.compile(
    r"\b(?:weten|inzage|inzien|know|access|auskunft|wissen|savoir|acces|acceso|saber|acesso"
    r"|copy|kopie|copie|copia|vandaan|woher|source|bron|fuente|fonte|provenance)\b",
    re.IGNORECASE,
)
# ...and nothing of a stop in the same sentence.
_STOPPING = re.compile(
    r"\b(?:delet|eras|remov|verwijder|wis\b|wiss\b|wist\b|l(?:ö|oe|o)sch|entfern|effac|supprim|borr"
    r"|elimin|apag|exclu|vernietig|vernicht|destroy|stop|oppos|bezwaar|widerspr|object|intrek"
    r"|withdraw|revoc|revog|retir|contact|kontakt|benader|schrap|forget|vergeet|vergess|oubli"
    r"|olvid|esquec|unsubscri|afmeld|abmeld|uitschrij|desinscri|baja|cease|cess|ophoud|aufh|wip"
    # The laws' erasure articles: "Article 17 of the GDPR", "art. 18 da LGPD".
    r"|17\b|18\b)",
    re.IGNORECASE,
)
_LAW_WORD = re.compile(_LAW, re.IGNORECASE)


def without_access_asked(text: str) -> str:
    """The text with the law's name taken out of each sentence that only asks for access."""

    def unless_a_stop(found: re.Match[str]) -> str:
        sentence = found.group(0)
        if _ACCESS.search(sentence) and not _STOPPING.search(sentence):
            return _LAW_WORD.sub(" ", sentence)
        return sentence

    return _SENTENCE.sub(unless_a_stop, text) if _LAW_WORD.search(text) else text
