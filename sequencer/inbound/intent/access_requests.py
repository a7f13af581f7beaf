"""A data-protection law named only to ask what is held, where it came from or why, not to erase
it (session 31, the near misses set beside the restated opt-outs), in the six languages:
"under the GDPR, what data do you hold on me?", "Under GDPR Art. 15 I request a copy of the data
you hold on me", "gemäß Art. 15 DSGVO bitte ich um Auskunft", "Conformément au RGPD, pourriez-
vous m'indiquer quelles données vous détenez sur moi ?", "según el RGPD, ¿de dónde han sacado mis
datos?", "Com base na LGPD, solicito acesso aos dados pessoais que vocês mantêm sobre mim", "op
grond van artikel 15 AVG verzoek ik om inzage".

`mail.stop_requests` reads the law's name alone as a stop (most who cite it want out). The
README: a question about the data held is `question` unless it also asks to delete. So in a reply
that asks for access (which data, a copy, the legal basis, the purpose, where it came from, the
right of access) and has no word of erasing, objecting, withdrawing, stopping or no more contact,
nor a GDPR erasure, restriction or objection article (17, 18, 21), the name is taken out before
the stop readers see it, and the rest is read as written. "RGPD : quelles données avez-vous ?
Effacez-les" and "under the GDPR, tell me what you hold and delete it" keep the name.

One reader for what three did (F3, F5, F6 of session 31): their words of access together, and
their words of a stop together, checked over the whole reply as the strictest of them did.
"""

from __future__ import annotations

import re

_LAW = re.compile(r"\b(?:gdpr|dsgvo|rgpd|lgpd|lopd|(?-i:AVG))\b", re.IGNORECASE)
_DATA = r"(?:data|donn[ée]es|informations?|daten|datos|dados|gegevens|details)"
# Asking to see, know or be told: which data, a copy, the legal basis, the purpose, the origin.
_ACCESS = re.compile(
    r"\b(?:access|acc[eè]s|acceso|acesso|aceder|auskunft\w*|inzage\w*|inzien|know|weten|wissen"
    r"|savoir|saber|copy|kopie|copie|copia|c[oó]pia|origem|origin|herkunft|origine|origen"
    r"|herkomst|vandaan|woher|source|bron|fuente|fonte|provenance|confirma[çc][ãa]o|confirmation"
    r"|best[äa]tigung|bevestiging|finalidade|purpose|zweck|finalit[ée]|finalidad|doel)\b"
    rf"|\b(?:which|what|quel(?:le)?s?|welche|welke|qu[ée]|quais|cu[áa]les)\s+(?:\w+\s+)?{_DATA}\b"
    r"|\b(?:legal\s+basis|lawful\s+basis|base\s+(?:l[ée]gale?|juridique|jur[íi]dica)"
    r"|rechtsgrundlage|rechtsgrond\w*|fundamento\s+(?:legal|jur[íi]dico))\b"
    rf"|\b(?:where|d'o[ùu]|d[óo]nde|onde|waar)\b[^.!?]{{0,40}}\b{_DATA}\b"
    r"|\b(?:right\s+of\s+access|subject\s+access|droit\s+d'acc[èe]s|derecho\s+de\s+acceso"
    r"|direito\s+de\s+acesso)"
    r"|\b(?:article|art\.?|artikel|art[íi]culo|artigo)\s*15\b",
    re.IGNORECASE,
)
# Erasing, objecting, withdrawing, stopping, no more contact, or an erasure, restriction or
# objection article, anywhere in the reply: then the law backs a request and keeps its name.
_STOPPING = re.compile(
    r"\b(?:delet|eras|remov|purg|l(?:ö|oe|o)sch|entfern|effac|supprim|supr|retir|borr|elimin"
    r"|apag|exclu|verwijder|vernietig|vernicht|destroy|schrap|oppos|op[oó]n|object|widersp"
    r"|bezwaar|verzet|revog|revoc|withdraw|widerruf|intrek|stop|cess|cease|arr[êe]t|ophoud|aufh"
    r"|unsub|d[ée]sinscri|desinscri|descadastr|abmeld|afmeld|uitschrij|baja|forget|oubli"
    r"|vergess|vergeet|olvid|esque[çc]|wip)\w*"
    # Dutch "wis mijn gegevens" (not the German "ich möchte wissen").
    r"|\b(?:wis|wiss|wist|gewist)\b"
    r"|\b(?:par(?:e|em|ar)|deix\w*|dej\w*)\s+de\b"
    # No more contact: "não me contatem mais", "don't contact me", "ne me contactez plus".
    r"|\b(?:n[ãa]o|no|not|nicht|niet|ne|never|nunca|jamais|nie|nooit)\s+(?:\w+\s+){0,2}?mais\b"
    r"|\b(?:n[ãa]o|no|not|don't|never|nunca|nicht|kein\w*|niet|geen|nooit|ne|jamais|nem)\s+"
    r"(?:\w+\s+){0,3}?(?:contact|contat|kontakt|benader)\w*"
    # GDPR articles 17, 18, 21 (the LGPD's article 18 lists the rights, access among them).
    r"|\b(?:article|art\.?|artikel|art[íi]culo|artigo)\s*(?:17|21|18(?![^.!?]{0,12}\blgpd))\b",
    re.IGNORECASE,
)


def without_the_law_in_an_access_request(text: str) -> str:
    """`text` without the law's name where it only backs a request for access."""
    if not _LAW.search(text) or not _ACCESS.search(text) or _STOPPING.search(text):
        return text
    return _LAW.sub(" ", text)
