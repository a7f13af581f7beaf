"""Consent to be contacted withdrawn, or an objection to being contacted, said as a legal act
(session 35, paraphrase wave 8): "whatever consent your firm thinks it has to phone or text me is
hereby withdrawn", "Meine Einwilligung, telefonisch kontaktiert zu werden, widerrufe ich
hiermit", "je retire mon consentement aux appels et SMS", "retiro mi consentimiento para recibir
vuestras comunicaciones por SMS", "mijn toestemming om me te bellen trek ik hierbij in", "retiro
o consentimento para ser contactada por SMS", "je m'oppose à tout démarchage téléphonique". A
stop of what it names (one channel or all), whatever else the reply says: it may go on to
welcome email, or a call next month.

Not consent given or kept ("doy mi consentimiento", "no me opongo a que conserven mi CV", "ik
maak geen bezwaar tegen het gebruik van mijn gegevens"), an objection to something else ("ik
maak bezwaar tegen het salaris", "me oponho ao salário"), nor asking whether consent could be
withdrawn later ("can I withdraw my consent later if it doesn't work out?"). Read on the text
`opt_outs.plain` made: lower case, no accents."""

from __future__ import annotations

import re

from sequencer.inbound.intent.word_gate import WordGate

_CONSENT = (
    r"(?:consent|einwilligung|zustimmung|einverstandnis|consentement|consentimiento|consentimento"
    r"|toestemming)"
)
# What an objection is to: contact, marketing, the use of their data.
_CONTACTING = (
    r"(?:processing|marketing|contact\w*|outreach|calls|e-?mails|messages|texts|use|such\s+use"
    r"|solicitation|verarbeitung|nutzung|verwendung|kontakt\w*|werbung|ansprache|anruf\w*"
    r"|nachrichten|demarchage|prospection|sollicitation\w*|traitement|utilisation|appels?|envois?"
    r"|relances?|messages?|usage|communications?|tratamiento|uso|llamadas?|comunicacion\w*|envios?"
    r"|mensajes|publicidad|prospeccion|tratamento|contat\w*|chamadas|ligac\w*|comunicac\w*"
    r"|mensage\w*|prospec\w*|verwerking|gebruik|benadering\w*|acquisitie|werving\w*|mails"
    r"|berichten|telefoontjes)\b"
)
_WITHDRAWN = tuple(
    re.compile(pattern)
    for pattern in (
        # English: "I withdraw my consent", "consent … is hereby withdrawn".
        rf"\b(?:withdraw\w*|revok\w*|retract\w*)\s+(?:\w+\s+){{0,3}}?{_CONSENT}\b",
        rf"\b{_CONSENT}\b[^.!?]{{0,80}}?\b(?:is|are|be|hereby)\s+(?:hereby\s+)?(?:withdrawn|revoked"
        r"|retracted)\b",
        # German, the verb on either side: "widerrufe ich meine Einwilligung", "meine Einwilligung
        # … widerrufe ich hiermit", "ziehe meine Zustimmung zurück".
        rf"\b(?:widerrufe|widerrufen|entziehe|ziehe)\s+(?:\w+\s+){{0,4}}?{_CONSENT}\b",
        rf"\b{_CONSENT}\b[^.!?]{{0,80}}?\b(?:widerrufe|widerrufen|widerrufen\s+habe|entziehe"
        r"|ziehe\s+ich\s+(?:\w+\s+){0,3}?zuruck|zuruckziehe|zuruckgezogen)\b",
        # French, Spanish, Portuguese: "je retire mon consentement", "retiro mi consentimiento",
        # "revogo o consentimento", "le retrait de mon consentement".
        rf"\b(?:retire|retirer|revoque|revoquer|retrait\s+de|retiro|revoco|retirar|revocar|retiramos"
        rf"|revogo|revogar|retira|retiram)\s+(?:\w+\s+|\w+'){{0,2}}?{_CONSENT}\b",
        # Dutch: "trek ik mijn toestemming in", "mijn toestemming … trek ik hierbij in".
        rf"\b(?:trek|trekken|intrekken)\s+(?:\w+\s+){{0,6}}?{_CONSENT}\s+(?:[\w'-]+\s+){{0,6}}?in\b",
        rf"\b{_CONSENT}\b[^.!?]{{0,80}}?\b(?:trek\s+(?:\w+\s+){{0,3}}?in|in\s+te\s+trekken|intrek\w*"
        r"|ingetrokken)\b",
        # An objection to being contacted: "I object to any further processing", "je m'oppose à
        # tout démarchage", "widerspreche der Nutzung", "me opongo al tratamiento", "oponho-me a",
        # "ik maak bezwaar tegen de verwerking", "treat this as my formal objection to such use".
        rf"(?<!\bnot\s)(?<!\bnever\s)\b(?:i|we)\s+(?:hereby\s+)?object\s+to\s+(?:\w+\s+){{0,4}}?"
        rf"{_CONTACTING}",
        rf"\b(?:my|our)\s+(?:\w+\s+)?objection\s+to\s+(?:\w+\s+){{0,3}}?{_CONTACTING}",
        rf"(?<!\bne\s)\bm'\s*oppose\s+(?:\w+\s+){{0,5}}?(?:a|au|aux)\s+(?:\w+\s+|l'){{0,3}}?{_CONTACTING}",
        rf"\bwiderspreche\s+(?:\w+\s+){{0,5}}?{_CONTACTING}"
        rf"|\blege\s+(?:\w+\s+){{0,3}}?widerspruch\s+(?:\w+\s+){{0,2}}?gegen\s+(?:\w+\s+){{0,3}}?"
        rf"{_CONTACTING}",
        rf"(?<!\bno\s)(?<!\bnao\s)\b(?:me\s+opongo|me\s+oponho|oponho-me|oponho)\s+(?:a|al|ao|aos|as"
        rf"|a\s+que)\s+(?:\w+\s+){{0,3}}?{_CONTACTING}",
        rf"\b(?:maak|maken|teken)\s+(?:ik\s+|wij\s+)?(?:hierbij\s+)?(?:formeel\s+)?bezwaar\s+tegen\s+"
        rf"(?:\w+\s+){{0,3}}?{_CONTACTING}",
    )
)
# Asking whether it could be withdrawn later: "can I withdraw my consent later?".
_ASKED_IF_ONE_CAN = re.compile(
    r"\b(?:can|could|may|might|kann|konnte|puis|peux|pourrai\w*|puedo|podria|posso|poderei|kan"
    r"|mag)\s+(?:i|ich|je|yo|eu|ik)\b|\b(?:later|spater|plus\s+tard|mas\s+tarde|mais\s+tarde"
    r"|depois|afterwards|if\s+it\s+doesn'?t)\b"
)
_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]?")
_GATE = WordGate(_WITHDRAWN)


def withdraws_consent(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    if not _GATE.any_match(plain):
        return False
    return any(
        _GATE.any_match(said)
        and not (said.rstrip().endswith("?") and _ASKED_IF_ONE_CAN.search(said))
        for said in (sentence.group() for sentence in _SENTENCE.finditer(plain))
        if said.strip()
    )
