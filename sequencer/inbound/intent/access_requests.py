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

Session 33 (train paraphrases still read wrong): the law is cited as often to give consent ("En
virtud del RGPD, le autorizo a conservar mis datos", "Happy for you to hold my data under GDPR"),
to have a detail corrected ("Nos termos da LGPD, peço que corrijam meu sobrenome", "les pido que
rectifiquen mi número") or to say there is no objection ("je connais mes droits au titre du RGPD
et je n'ai rien contre votre démarche"); those take the name out the same way, and a denied
objection or erasure ("Ik maak geen bezwaar tegen het gebruik van mijn gegevens", "Não me oponho
a que mantenham meus dados", "não quero a exclusão") is taken out with or without a law named.
Consent withdrawn, refused or never given ("ik trek mijn toestemming in", "without my consent",
"I no longer consent") stops as before. The law asked how long data is kept ("Wie lange
speichern Sie meine Daten? … Informationen nach Art. 13 DSGVO") asks for access.
"""

from __future__ import annotations

import re

from sequencer.inbound.needles import may_match

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
    r"|\b(?:article|art\.?|artikel|art[íi]culo|artigo)\s*1[345]\b"
    # How long it is kept (session 33): "wie lange speichern Sie meine Daten?".
    r"|\b(?:how\s+long|wie\s+lange|combien\s+de\s+temps|cu[áa]nto\s+tiempo|quanto\s+tempo|hoe\s+lang)\b",
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
    r"|\b(?:article|art\.?|artikel|art[íi]culo|artigo)\s*(?:17|21|18(?![^.!?]{0,12}\blgpd))\b"
    # Consent withdrawn, refused or never given, or no longer wanted (session 33).
    r"|\btrek\w*\s+(?:\w+\s+){0,3}?toestemming\s+in\b|\b(?:without|ohne|sans|sin|sem|zonder)\s+(?:\w+\s+)"
    r"{0,2}?(?:consent|einwillig|zustimm|autori|toestemming)\w*|\b(?:never|nie|jamais|nunca|nooit|not"
    r"|no|nicht|niet|ne|n[ãa]o|geen|kein\w*)\s+(?:\w+\s+){0,3}?(?:consent|einwillig|zugestimmt|autori"
    r"|toestemming|erlaubt)\w*"
    # ...or the consent named first and said never given after it (session 33, wave 6): "Eine
    # Einwilligung nach DSGVO hab ich nie gegeben", "consent under GDPR was never given".
    r"|\b(?:consent\w*|einwillig\w*|zustimm\w*|toestemming|consentimient\w*|consentiment\w*)\s+"
    r"(?:\w+\s+){0,6}?(?:never|nie|jamais|nunca|nooit)\b"
    r"|\bno\s+longer\b|\bnicht\s+mehr\b|\bniet\s+(?:langer|meer)\b|\bya\s+no\b"
    r"|\bne\s+(?:\w+\s+){0,2}?plus\b|\bn'\w+\s+plus\b",
    re.IGNORECASE,
)
# The law cited to consent, to have a detail corrected, or to say there is no objection.
_CONSENTS = re.compile(
    r"\b(?:consen\w*|einwillig\w*|willig\w*\s+(?:\w+\s+)?ein|bij\s+te\s+werken|autori[sz]\w*|consentimiento|consiento|consentimento|consinto"
    r"|toestemming|(?:happy|fine|ok|glad)\s+for\s+you\s+to|(?:you|vous|ustedes|voc[êe]s|u|sie)\s+"
    r"(?:may|can|pouvez|pueden|podem|mag|m[öo]gen|d[üu]rfen)\s+(?:\w+\s+){0,2}?(?:keep|hold|retain"
    r"|store|conserver|garder|conservar|guardar|manter|behouden|bewaren|houden|behalten|speichern)"
    r"|rectif\w*|corri[gj]\w*|correct\w*|corre[çc][ãa]o|berichtig\w*|aktualisier\w*|bijwerk\w*|update\w*"
    r"|actualic\w*|actualiz\w*|atualiz\w*|mettre\s+[àa]\s+jour|rien\s+contre|nichts\s+dagegen"
    r"|nada\s+(?:en\s+)?contra)\b",
    re.IGNORECASE,
)
# An objection or an erasure denied: "ik maak geen bezwaar tegen het gebruik van mijn gegevens",
# "não me oponho a que mantenham meus dados", "je ne m'oppose pas", "I don't object", "no
# objection", "não quero a exclusão", "ich will keine Löschung": taken out to the clause's end,
# or to a turn to what they do want (session 34): "no objection to the role but please stop
# contacting me", "nichts dagegen, dass Sie anrufen, aber hören Sie auf", "so please delete".
_TURN = (
    r"(?:but|mais|aber|pero|mas|maar|doch|however|so|donc|also|dus|ent[ãa]o|entonces|as[íi]\s+que"
    r"|and|und|et|y|e|en|please|pls|bitte|por\s+favor|s'il|graag|alsjeblieft|alstublieft)"
)
_NOT_OBJECTING = re.compile(
    r"\b(?:(?:geen|no|keine?n?|sin)\s+(?:\w+\s+)?(?:bezwaar|objection|einw[äa]nde?|widerspruch"
    r"|objeci[óo]n|objection)|(?:n[ãa]o|no)\s+me\s+op(?:onho|ongo)|je\s+ne\s+m'oppose\s+pas"
    r"|(?:i\s+)?(?:don't|do\s+not)\s+object|ich\s+widerspreche\s+nicht|rien\s+contre|nichts\s+dagegen"
    r"|nada\s+(?:en\s+)?contra|(?:geen|no)\s+(?:\w+\s+){0,2}?(?:bezwaar|objection)"
    r"|(?:n[ãa]o|no|don't|do\s+not|ne|nicht|niet)\s+(?:\w+\s+)?(?:quero|quiero|want|veux|will|wil)\s+"
    r"(?:pas\s+)?(?:a|la|the|die|de|l'|une?|een|eine)?\s*(?:exclus[ãa]o|eliminaci[óo]n|borrado|deletion"
    r"|erasure|l[öo]schung|verwijdering|suppression|effacement))\b"
    rf"(?:(?!\s+{_TURN}\b)[^.!?;,]){{0,100}}",
    re.IGNORECASE,
)


def without_the_law_in_an_access_request(text: str) -> str:
    """`text` without the law's name where it only backs a request for access, consent, a
    correction or no objection, and without an objection or erasure denied."""
    cleared = _NOT_OBJECTING.sub(" ", text) if may_match(_NOT_OBJECTING, text) else text
    if not _LAW.search(cleared) or _STOPPING.search(cleared):
        return cleared
    if _ACCESS.search(cleared) or _CONSENTS.search(cleared) or cleared != text:
        return _LAW.sub(" ", cleared)
    return cleared
