"""A data-protection law named in a request to see their data, not to erase it (session 31,
near misses beside restated French opt-outs), in the six languages: "Conformément au RGPD,
pourriez-vous m'indiquer quelles données vous détenez sur moi ?", "under the GDPR, what data do
you hold on me?", "gemäß Art. 15 DSGVO bitte ich um eine Kopie meiner Daten", "según el RGPD,
¿de dónde han sacado mis datos?", "com base na LGPD, qual é a base legal?", "op grond van de
AVG: welke gegevens hebben jullie?".

`mail.stop_requests` reads the law's name alone as a stop (most who cite it want out). In a
reply that asks which data, a copy, the legal basis, where it came from or the right of access,
and names no erasure or objection, the name is taken out before the stop readers see it; the
rest is read as written. The README: a question about the data held is `question` unless it
also asks to delete ("RGPD : quelles données avez-vous ? Effacez-les" keeps the name).
"""

from __future__ import annotations

import re

_DATA = r"(?:data|donn[ée]es|informations?|daten|datos|dados|gegevens|details)"
_ACCESS = re.compile(
    rf"\b(?:which|what|quel(?:le)?s?|welche|welke|qu[ée]|quais|cu[áa]les)\s+(?:\w+\s+)?{_DATA}\b"
    rf"|\b(?:cop(?:y|ie|ia)|kopie|c[óo]pia)\s+(?:\w+\s+){{0,3}}?{_DATA}\b"
    r"|\b(?:legal\s+basis|lawful\s+basis|base\s+(?:l[ée]gale?|juridique|jur[íi]dica)"
    r"|rechtsgrundlage|rechtsgrond\w*|fundamento\s+(?:legal|jur[íi]dico))\b"
    rf"|\b(?:where|d'o[ùu]|woher|d[óo]nde|onde|waar)\b[^.!?]{{0,40}}\b{_DATA}\b"
    r"|\b(?:right\s+of\s+access|subject\s+access|droit\s+d'acc[èe]s|auskunft\w*|derecho\s+de"
    r"\s+acceso|direito\s+de\s+acesso|inzage\w*)"
    r"|\b(?:article|art\.?|artikel|art[íi]culo|artigo)\s*15\b",
    re.IGNORECASE,
)
# Erasure or objection asked beside it: then the law's name stays.
_ERASED = re.compile(
    r"\b(?:delet|eras|remov|purg|l(?:ö|oe|o)sch|entfern|effac|supprim|retir|borr|elimin|suprim"
    r"|apag|exclu|verwijder|wis|oppos|object|widersp|bezwaar|verzet|oponho|opong|unsubscrib"
    r"|d[ée]sinscri|abmeld|afmeld|stop|arr[êe]t|forget|oubli|vergess|vergeet|olvid|esque[çc]|wip)\w*"
    r"|\b(?:article|art\.?|artikel|art[íi]culo|artigo)\s*17\b",
    re.IGNORECASE,
)
_LAW = re.compile(r"\b(?:gdpr|dsgvo|rgpd|lgpd|lopd|(?-i:AVG))\b", re.IGNORECASE)


def without_the_law_in_an_access_request(text: str) -> str:
    if not _LAW.search(text) or not _ACCESS.search(text) or _ERASED.search(text):
        return text
    return _LAW.sub(" ", text)
