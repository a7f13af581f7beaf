"""Stops said as a notice or a list, not as a request (session 32, the kinds a fourth wave of
paraphrases used in the six languages), on the text `opt_outs.plain` made (lower case, no
accents, one line):

- a bulleted or labelled answer, our messages named and refused after a colon: "– Kontakt:
  künftig keiner mehr", "- verdere mails: graag niet meer", "Correos suyos: no, gracias",
  "e-mails daqui pra frente: não, obrigada", "- texts: please end them", "Calls: never, I'm in
  theatre"; not "Calls: no problem, any time" (a refusal must end there or be thanked), not
  "Interesse: nee" (no message named), and a channel refused for another ("Calls: no, email me
  instead") is read by `asks_to_be_reached_elsewhere` first;
- an impersonal notice that more of them is unwanted or not to be: "Weitere Mitteilungen sind
  nicht erwünscht", "Further contact is not wanted", "Geen verder contact gewenst", "Weitere
  Zusendungen haben zu unterbleiben", "Unsolicited messages to this recipient are to be
  discontinued", "This mobile is not to receive further messages", "Solicita-se a interrupção
  do envio de mensagens", "Kein Interesse an weiterer Kommunikation"; not "further details are
  welcome" nor "calls during work hours are unwanted" (a time: `unwanted_contact` leaves it).
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_words import MESSAGES

# Ways of reaching someone named as a topic: the messages, and contact, the phone, the address;
# from a word's start ("\w*nachricht" tried at every letter of a long word is quadratic).
_TOPIC = (
    rf"(?:\b{MESSAGES}|\b(?:kontakt\w*|contact\w*|contat\w*|telefonisch|schriftelijk|handy|phone"
    r"|telefoon|telefone|telefono|telephone|envio|bellen|anrufen|mailen|appen|mitteilung\w*"
    r"|zusendung\w*|toezending\w*|envois?|correspondenc\w*|korrespondenz|schreiben)\b)"
)
# From now on, before the refusal: "künftig keiner mehr", "voortaan niet meer".
_FROM_NOW = (
    r"(?:(?:kunftig|zukunftig|ab\s+jetzt|voortaan|vanaf\s+nu|from\s+now\s+on|going\s+forward"
    r"|desormais|a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante|daqui\s+(?:pra|para)\s+frente"
    r"|a\s+partir\s+de\s+agora|bitte|graag|por\s+favor|please|pls|svp)\s+)*"
)
_REFUSED = (
    r"(?:no|nope|nein|non|nao|nee|neen|never|nooit|nunca(?:\s+mas)?|jamais|plus\s+jamais|nie\s+mehr"
    r"|nicht\s+mehr|niet\s+meer|niet|liever\s+niet|keine?r?(?:\s+mehr)?|kein(?:e|en)?\s+[\w-]+\s+mehr"
    r"|geen(?:\s+meer)?|off|over|stop|basta|fora|raus|weg|eruit|out|ya\s+no|no\s+mas|nao\s+mais"
    r"|nao\s+quero\s+mais|tambem\s+nao|plus\s+rien|plus\s+de\s+\w+|dispensad[oa]s?"
    r"|(?:nao\s+)?autorizad[oa]s?|(?:end|stop|cancel)\s+(?:them|it|these|those)|achterwege\s+laten"
    r"|unerwunscht|ongewenst|not\s+wanted|unwanted|nicht\s+(?:mehr\s+)?erwunscht|niet\s+gewenst"
    r"|no\s+deseados?|non\s+merci)"
)
# ...which ends there, or is thanked: "no, gracias", "niet meer gebruiken aub".
_ENDS = (
    r"(?=\s*(?:[.,!;)\-–—•*/]|$|\d|(?:danke|thanks?|thx|tnx|ta|merci|gracias|obrigad[oa]|dank\w*"
    r"|bedankt|pf|pfv|pls|please|aub|graag|bitte|por\s+favor|svp|doen|gebruiken|verwenden|nutzen"
    r"|usar|utiliser|use|meer|mehr|more|mais|mas|plus|ever|again)\b))"
)
# A label: the start, a bullet, a number, or the end of a sentence before it.
_LABEL = r"(?:^|[-–—•*.!?;)]\s*|\d[.)]\s*)"
_LABELLED = re.compile(
    rf"{_LABEL}[^:.!?]{{0,40}}?{_TOPIC}[^:.!?]{{0,30}}:\s*{_FROM_NOW}{_REFUSED}\b{_ENDS}"
)

_FURTHER = (
    r"(?:further|future|unsolicited|more|weitere\w*|kunftige\w*|verdere?|toekomstige|nieuwe"
    r"|autres?|nouveaux?|nouvelles?|futur\w*|mas|otros?|otras?|nuevos?|nuevas?|mais|novos?|novas?"
    r"|outros?|outras?|futur[oa]s?)"
)
_UNWANTED = (
    r"(?:not\s+(?:wanted|welcome|desired)|unwanted|unwelcome|to\s+be\s+(?:discontinued|ceased"
    r"|stopped)|(?:nicht|niet)\s+(?:mehr\s+|meer\s+|langer\s+)?(?:erwunscht|gewunscht|gewenst"
    r"|geaccepteerd|gewollt)|unerwunscht|ongewenst|zu\s+unterbleiben|zu\s+unterlassen"
    r"|einzustellen|ne\s+sont\s+(?:plus\s+|pas\s+)?(?:souhait|desir|accept|bienvenu)\w*"
    r"|non\s+(?:souhait|desir)\w*|no\s+(?:son\s+|es\s+|seran\s+)?(?:desead|bienvenid|aceptad)\w*"
    r"|nao\s+(?:sao\s+|e\s+|serao\s+)?(?:desejad|autorizad|bem-vind|aceit)\w*|dispensad[oa]s?)"
)
_NOTICES = tuple(
    re.compile(pattern)
    for pattern in (
        # "Weitere Mitteilungen sind nicht erwünscht", "Further contact is not wanted".
        rf"\b{_FURTHER}\s+(?:[\w-]+\s+){{0,2}}?{_TOPIC}[^.!?]{{0,60}}?\b{_UNWANTED}\b",
        # "Geen verder contact gewenst", "kein weiterer Kontakt erwünscht", "no further contact".
        r"\b(?:geen|kein\w*|no)\s+(?:(?:verder\w*|weitere\w*|further|enkel\w*|more)\s+)?"
        r"(?:contact|kontakt|contacto|berichten|nachrichten|messages|mails)\s+(?:meer\s+|mehr\s+)?"
        r"(?:gewenst|erwunscht|gewunscht|wanted|desired)\b",
        # A bullet that says no to them: "– keine Mails – keine Anrufe", "- no calls", "• geen
        # sms".
        # Not asked: "Geen vacatures meer? Jammer, ik had interesse."
        rf"(?:^|[-–—•*]\s*)(?:keine?|geen|no|sem|sin|pas\s+de|aucun\w*|nenhum\w*)\s+{_TOPIC}"
        r"(?!\s*(?:\w+\s*)?\?)"
        r"(?=\s*(?:[-–—•*.!,;]|$|(?:danke|thanks|bitte|pls|please|an\s+mich|to\s+me|aan\s+mij"
        r"|a\s+mim|mehr|meer|more|mais|mas|plus)\b))",
        # "This mobile is not to receive further messages", "messages are not to be sent to it".
        rf"\b(?:is|are)\s+not\s+to\s+(?:receive|get)\s+(?:any\s+)?(?:further|more)\b"
        rf"|{_TOPIC}\s+(?:[\w-]+\s+){{0,3}}?(?:is|are)\s+not\s+to\s+be\s+(?:sent|made|used)\b",
        # "Solicita-se a interrupção do envio de mensagens", "Favor cessar".
        r"\b(?:solicita-se|pede-se|requer-se|se\s+solicita|favor)\s+(?:a\s+|o\s+)?(?:interrupcao"
        r"|cessacao|suspensao|cessar|interromper|suspender|parar)\b",
        # "Kein Interesse an weiterer Kommunikation", "no interest in further contact".
        r"\b(?:kein\w*|no|geen|aucun|ningun|nenhum)\s+interes\w*\s+(?:an|in|aan|en|em|pour|por|a)\s+"
        r"(?:(?:weitere\w*|further|any|verder\w*|mais|mas|plus\s+de|otros?|outros?|more)\s+)?"
        r"(?:kommunikation|communication|comunicacion|comunicacao|communicatie|kontakt\w*"
        r"|contact\w*|contat\w*|korrespondenz|correspond\w*)\b",
    )
)


def reads_as_a_notice(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    labelled = ":" in plain and _LABELLED.search(plain)  # most replies hold no colon: skipped
    return bool(labelled) or any(notice.search(plain) for notice in _NOTICES)
