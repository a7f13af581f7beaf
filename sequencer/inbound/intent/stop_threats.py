"""A threat hung on our next message instead of a request to stop (session 35, paraphrase wave
8): "one more automated text and I'm reporting the number as spam", "a fourth email goes straight
to the ICO", "bei der nächsten geht eine Beschwerde an den Landesdatenschutzbeauftragten", "au
prochain, c'est un signalement au 33700", "si llega otro, lo reporto como spam", "nog een sms en
ik blokkeer", "à próxima, apresento queixa à CNPD". Or hung on their data still being held: "if
my details are still on your system next week, I'll be taking it up with the ICO", "ist sie
morgen noch bei Ihnen gespeichert, geht eine Beschwerde an …". Either asks us to stop, whatever
else the reply says (a yes, "email me instead"): the README's rule 1.

Both halves are needed, in one sentence: the next message (or the data still held) and what the
writer will do then (report, complain, block, file as spam, a regulator). Not a threat made in
jest ("blokkeer ik je 😉 grapje"), a punishment without our next message ("I reported a scam
to the ICO", "I'd blocked unknown numbers"), or the next message of someone else ("if the other
agency texts again I'll report them"). Read on the text `opt_outs.plain` made: lower case, no
accents."""

from __future__ import annotations

import re

from sequencer.inbound.intent.word_gate import WordGate, alternatives
from sequencer.inbound.needles import searched

# What comes through: a message, a call, "one" of them.
_ONE = (
    r"(?:one|email|e-?mails?|mail|mails|text|texts|sms|message|msg|call|anruf|nachricht|mail|sms"
    r"|appel|message|courriel|texto|envoi|relance|llamada|mensaje|correo|whatsapp|sms|mensagem"
    r"|ligacao|chamada|e-?mail|mail|belletje|telefoontje|bericht|appje|smsje|keer|time|vez|fois"
    r"|mal)\w*"
)
# Not the next week, month or day: "la próxima semana", "à la prochaine réunion".
_NOT_A_TIME = (
    r"(?!\s+(?:semana|semaine|mes|mois|ano|an|annee|dia|jour|lunes|martes|miercoles|jueves"
    r"|viernes|segunda|terca|quarta|quinta|sexta|lundi|mardi|mercredi|jeudi|vendredi|reunion"
    r"|reuniao|entrevista|entretien|etapa|etape|fase|phase)\b)"
)
# The next message, in the six languages: "one more (automated) text", "another email", "the
# next one", "a fourth", "if I get one more …", "noch eine SMS", "kommt noch ein Anruf", "bei der
# nächsten", "au prochain (appel)", "le prochain message", "una llamada más", "si llega otro",
# "la próxima", "nog een sms", "nog één keer", "een vierde", "à próxima", "se chegar outra".
_NEXT = (
    r"(?:\b(?:one|just\s+one|a\s+single)\s+more\s+(?:\w+\s+){0,2}?"
    + _ONE
    + r"|\b(?:another|the\s+next|any\s+(?:more|further)|a\s+(?:third|fourth|fifth|sixth))\s+"
    r"(?:\w+\s+){0,2}?" + _ONE + r"|\bnext\s+(?:one|time)\b"
    r"|\bif\s+(?:another|anything\s+else|one\s+more|i\s+(?:get|receive|see|hear)\s+(?:one\s+more"
    r"|another|anything|any\s+more))\b"
    # German
    r"|\bnoch\s+(?:ein(?:e|en|er)?|ein\s+einziger|eine\s+einzige|einmal|mal)\b(?!\s+frage)"
    r"|\b(?:bei|nach|mit)\s+(?:der|dem)\s+nachsten\b|\b(?:die|der|das)\s+nachste\s+(?:\w+\s+)?"
    + _ONE
    + r"|\beine?\s+(?:dritte|vierte|funfte)\b"
    r"|\bdie\s+nachste\b(?!\s+(?:woche|tag|monat|jahr|runde|stufe))"
    # French
    r"|\b(?:au|a\s+la)\s+prochain(?:e)?\b"
    + _NOT_A_TIME
    + r"|\b(?:le|la)\s+prochain(?:e)?\b"
    + _NOT_A_TIME
    + r"|\bprochain(?:e)?\s+(?:message|mail|appel|sms|envoi|relance)\b"
    r"|\b(?:un|une)\s+(?:\w+\s+)?de\s+plus\b|\bsi\s+(?:je\s+)?(?:recois|vois)\s+encore\b"
    r"|\bencore\s+(?:un|une)\s+(?:seul(?:e)?\s+)?"
    + _ONE
    # Spanish
    + r"|\b(?:otr[oa]|outr[oa])\s+(?:\w+\s+){0,2}?"
    + _ONE
    + r"|\b(?:un|una|otr[oa])\s+(?:\w+\s+){0,2}?mas\b|\bsi\s+(?:me\s+)?(?:llega|llegan|recibo)\s+"
    r"(?:otr[oa]|un|una|algo|mas)\b|\b(?:el|la)\s+proxim[oa]\b"
    + _NOT_A_TIME
    # Dutch
    + r"|\bnog\s+(?:een|een\s+keer|een\s+enkele?|eentje|1|een\s+(?:\w+\s+)?(?:mail|sms|bericht"
    r"|belletje|telefoontje|appje|keer))\b|\been\s+(?:vierde|vijfde|derde)\b|\bde\s+volgende\s+"
    + _ONE
    # Portuguese
    + r"|\ba\s+proxima\b"
    + _NOT_A_TIME
    + r"|\bse\s+(?:me\s+)?(?:chegar|vier|receber)\s+(?:\w+\s+)?(?:outr[oa]|mais)\b"
    r"|\bmais\s+um(?:a)?\s+(?:\w+\s+)?" + _ONE + ")"
)
# What they will do then: report or complain (to whom), block, file as spam.
_PUNISH = (
    r"(?:\breport(?:ing|ed)?\s+(?:you|u|it|this|that|the|your|ur|them|him|her|as|to)\b|\bcomplain\w*"
    r"|\b(?:ico|cnil|aepd|anpd|cnpd|7726|33700|indesirables|junk)\b"
    r"|\b(?:straight|directly|direkt|direct\w*|rechtstreeks|meteen|as|als|comme|como|mark\w*"
    r"|report\w*|flag\w*|markier\w*|marqu\w*|marc\w*|markeer\w*)\s+(?:[\w']+\s+){0,3}?spams?\b"
    r"|\b(?:go|goes|gaat|geht|gehen|va|vai|van|vont)\s+(?:\w+\s+){0,2}?(?:to|in|naar|dans|a|al"
    r"|para|no|im)\s+(?:the\s+|my\s+|mijn\s+|mon\s+|mi\s+|o\s+|meu\s+|den\s+)?spams?\b"
    r"|\bblock(?:ed|ing)?\s+(?:you|u|ya|it|them|him|her|(?:this|the|your|ur)\s+(?:number|domain"
    r"|address|email|firm|company|agency|sender))\b|\band\s+blocked\b"
    r"|\b(?:blockier\w*|gesperrt|sperr\w*|beschwerde\w*|anzeige\w*|datenschutzbeauftragt\w*"
    r"|datenschutzbehorde|datenschutzaufsicht|landesdatenschutz\w*|aufsichtsbehorde"
    r"|bundesnetzagentur)\b"
    r"|\b(?:signalement|plainte)\b|\bsignal(?:e|er|erai|ez)\s+(?:\w+\s+){0,2}?(?:comme|a\s+la"
    r"|au|aux|a\s+l')|\bbloqu\w*\s+et\s+signal\w*"
    r"|\b(?:je|j')\s+(?:vous\s+|te\s+|le\s+|la\s+)?bloqu\w*|\bbloquer\s+(?:votre|ton|le|vos|tes)"
    r"|\b(?:lo|la|te|los|les|vos|os)\s+bloque\w*|\bbloque(?:o|are|ar|io)\s+(?:el|tu|su|vuestro"
    r"|vuestra|a|o|seu|sua|esse|este|ese|todo|tudo|voces|vos|os|te)\b|\beu\s+(?:te\s+|vos\s+)?bloque\w*"
    r"|\b(?:reporto|reportar\w*|denunci\w*|reclamaci\w*|reclamacao|reclamo|queixa)\b"
    r"|\b(?:blokkeer\w*|blokkeren|klacht\w*|intimidatie|toezichthouder|autoriteit)\b"
    r"|\b(?:lawyer|solicitor|anwalt|avocat|abogad[oa]|advogad[oa]|advocaat)\b)"
)
# Their data or number still held: "if my details are still on your system", "ist sie morgen
# noch bei Ihnen gespeichert", "si la semana que viene sigo en tu database".
_STILL_HELD = (
    r"(?:\bstill\s+(?:\w+\s+){0,2}?(?:on|in)\s+(?:your|ur|the)\s+(?:\w+\s+)?(?:system|database"
    r"|records|list|files?|crm)|\bnoch\s+(?:\w+\s+){0,3}?gespeichert|\bencore\s+(?:\w+\s+){0,3}?"
    r"(?:dans|sur)\s+(?:vos|votre)\s+(?:\w+\s+)?(?:base|fichier|liste|systeme)"
    r"|\b(?:sigo|sigue|siguen|siga)\s+(?:\w+\s+)?en\s+(?:tu|su|vuestr[oa]|la|el)\s+(?:\w+\s+)?"
    r"(?:database|base|lista|sistema)|\bainda\s+(?:\w+\s+){0,3}?(?:na|no)\s+(?:vossa|sua|tua"
    r"|base|lista|sistema)|\bnog\s+(?:\w+\s+){0,3}?(?:in|bij)\s+(?:jullie|uw|je)\s+(?:\w+\s+)?"
    r"(?:systeem|bestand|database|lijst))"
)
# Their data not deleted by a time: "if it isn't deleted within a week", "als het niet binnen een
# week uit jullie systemen is", "si no está borrado".
_NOT_GONE = (
    r"\b(?:if|als|si|wenn|falls|se|indien)\b[^.!?\n]{0,60}?\b(?:not|niet|geen|pas|nicht|no|nao"
    r"|nie)\b[^.!?\n]{0,80}?\b(?:deleted|erased|removed|gone|gewist|verwijderd|uit\s+(?:jullie|uw)"
    r"|supprimee?s?|effacee?s?|geloscht|entfernt|borrad[oa]s?|eliminad[oa]s?|apagad[oa]s?"
    r"|removid[oa]s?|excluid[oa]s?)\b"
)
# Someone else's next message: "if the other agency texts again".
_SOMEONE_ELSES = re.compile(
    r"\b(?:other|another|andere[nmrs]?|autres?|otr[oa]s?|outr[oa]s?|ander)\s+(?:\w+\s+)?(?:agenc"
    r"|recruit|firm|compan|cabinet|consult|bureau|agentur|personalberat|headhunt|vermittl"
    r"|empresa|recrut|werving|scam|spam)\w*"
)
# In jest: "blokkeer ik je 😉 grapje hoor", "I'll report you lol".
_JEST = re.compile(
    r"\b(?:lol|haha\w*|jk|kidding|joking|grapje|geintje|spass|scherz\w*|rigole|blague|broma"
    r"|bromeo|brincadeira|zoeira|kkk+)\b|😉|😂|😜|🤣|😄|😅"
)
# A punishment named at all (a cheap test first: most replies threaten nothing), each of its
# ways tried only when the text holds a word it can begin with.
_PUNISHMENTS = WordGate(alternatives(re.compile(_PUNISH)))
_SENTENCE = re.compile(r"[^.!?\n]+")
_THREATS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"{_NEXT}[^.!?\n]{{0,90}}?{_PUNISH}",
        rf"{_STILL_HELD}[^.!?\n]{{0,90}}?{_PUNISH}",
        # The punishment first: "auf LinkedIn blockiere ich Sie nach der nächsten Nachricht".
        rf"{_PUNISH}[^.!?\n]{{0,40}}?\b(?:after|nach|apres|despues\s+de|depois\s+d[aoe]|na|at|with"
        r"|on|bei|bij|au|a|al|no)\s+(?:the\s+|der\s+|dem\s+|le\s+|la\s+|el\s+|a\s+|o\s+|de\s+|het\s+)?"
        r"(?:next|nachste\w*|prochain\w*|proxim[oa]|volgende)\b",
        # ...or on the deletion not done: "als het niet binnen een week uit jullie systemen is,
        # stap ik naar de toezichthouder".
        rf"{_NOT_GONE}[^.!?\n]{{0,90}}?{_PUNISH}",
    )
)


def threatens_the_next_message(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it. Each sentence on its own, so a joke or
    another agency in one sentence does not excuse a threat in the next."""
    if not _PUNISHMENTS.any_match(plain):
        return False
    patterns = searched(_THREATS, plain)
    if not patterns:
        return False
    for sentence in _SENTENCE.finditer(plain):
        said = sentence.group()
        if any(pattern.search(said) for pattern in patterns) and not (
            _JEST.search(said) or _SOMEONE_ELSES.search(said)
        ):
            return True
    return False
