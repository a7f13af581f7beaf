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
from sequencer.inbound.needles import may_match

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
        r"|contact\w*|contat\w*|korrespondenz|correspond\w*)\b"
        # ...with us, not another sender (session 33): "no interest in further contact with the
        # other agency, but yours sounds good".
        r"(?!\s+(?:with|from|mit|von|met|van|avec|de|con|com)\s+(?:\w+\s+)?(?:other|another|andere\w*"
        r"|autres?|otr[oa]s?|outr[oa]s?)\b)",
    )
)
# Calls refused beside another way welcomed are a preference, no stop (session 33; the README:
# "rather by email than SMS"): "Calls: no thanks. Email: yes please!", "Bellen: nee dank je.
# Mailen: graag!", "- no calls, only WhatsApp", "- sin llamadas, solo WhatsApp". Calls are no way
# the product writes; a way it writes refused stays a stop of that way ("SMS: não. Email: ok."
# by text, "Mails: nein danke. Anrufe: gerne!"), and so does a refusal with nothing welcomed
# ("- no calls", "Calls: no. Email: no.").
_WELCOMED_IN_A_LABEL = re.compile(
    rf"{_LABEL}[^:.!?]{{0,40}}?{_TOPIC}[^:.!?]{{0,30}}:\s*(?:yes|yep|yeah|sure|fine|ok|okay|ja|gerne?"
    r"|oui|volontiers|si|sim|claro|graag|prima|prego|welcome|welkom|willkommen|bienvenue?s?"
    r"|bienvenid[oa]s?|bem-vind[oa]s?|avec\s+plaisir|con\s+gusto|com\s+prazer)\b"
    # ...said whole, not a "please" before a refusal: "verdere mails: graag niet meer",
    # "WhatsApp-berichten: graag achterwege laten".
    r"(?=\s*(?:[.,!;)\-–—•*]|$|\d|(?:please|pls|bitte|graag|por\s+favor|svp|thanks?|danke|merci"
    r"|gracias|obrigad[oa]|bedankt|dank\w*)\b))"
)
_ONLY_ANOTHER_WAY = re.compile(
    r"\b(?:only|just|alleen|enkel|solo|solamente|nur|seulement|uniquement|apenas|somente"
    r"|so\s+(?=por|pelo|via|no))\s+(?:(?:by|per|via|par|por|pelo|on|op|in|over|through|no)\s+)?"
    rf"(?:{_TOPIC}|whatsapp|telegram|signal|linkedin)",
)
_CALLS = re.compile(
    r"\b(?:(?:phone\s+)?calls?|anrufe?n?|appels?|llamadas?|ligacoes|chamadas?|bellen|telefoontjes?"
    r"|belletjes?|telefon\w*|phone|telefoon|telefone|telefono|telephone)\b"
)
_WRITTEN = re.compile(
    r"\b(?:e-?mails?|mails?|mailen|mailtjes?|sms\w*|texts?|textos?|txts?|whatsapp\w*|wasaps?|messages?"
    r"|mensa\w*|\w*nachricht\w*|\w*bericht\w*|correos?|courriels?|newsletter\w*|appjes?|appen"
    r"|schreiben|zusendung\w*|envios?|envois?|correspondenc\w*|contact\w*|kontakt\w*|contat\w*)\b"
)


# ...but calls refused for good, or to this number, are a stop (session 34's review; the README:
# "don't call this number"): "Calls: no, never again. Email: yes please", "Llamadas: no, nunca
# más a este número. Correo: sí".
_FOR_GOOD = re.compile(
    r"\b(?:never|nunca|nie\s+(?:wieder|mehr)|nimmer|jamais|nooit|ever|anymore|any\s+more|no\s+more"
    r"|plus\s+jamais|nunca\s+mais|ja\s+nao|ya\s+no|nicht\s+mehr|niet\s+meer|nunca\s+mas"
    r"|(?:this|that|my)\s+(?:\w+\s+)?(?:number|phone|mobile|cell)|(?:este|ese|esse|a\s+este|neste"
    r"|nesse)\s+(?:numero|telefone|telefono|movil|celular)|(?:diese\w*|meine\w*)\s+(?:\w+\s+)?"
    r"(?:nummer|handy|telefon\w*)|(?:ce|mon)\s+(?:numero|portable|telephone)|(?:dit|dat|mijn)"
    r"\s+(?:\w+\s+)?(?:nummer|telefoon\w*))\b"
)
_CLAUSE_END = re.compile(r"[.!?\n]")


def _refusals(plain: str, labelled: bool) -> list[tuple[str, str]]:
    """Each refusal found, alone and to its sentence's end."""
    found = list(_LABELLED.finditer(plain)) if labelled else []
    found += [each for notice in _NOTICES for each in notice.finditer(plain)]
    refusals = []
    for each in found:
        end = _CLAUSE_END.search(plain, each.end())
        refusals.append((each.group(), plain[each.start() : end.start() if end else len(plain)]))
    return refusals


def _only_calls(refused: str, sentence: str) -> bool:
    return (
        bool(_CALLS.search(refused))
        and not _WRITTEN.search(refused)
        and not _FOR_GOOD.search(sentence)
    )


def reads_as_a_notice(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    labelled = ":" in plain and _LABELLED.search(plain)  # most replies hold no colon: skipped
    # Each notice only where a string it needs is (`needles`): the same answer, cheaper.
    if not (labelled or any(may_match(n, plain) and n.search(plain) for n in _NOTICES)):
        return False
    if not (welcomes_in_a_label(plain) or _ONLY_ANOTHER_WAY.search(plain)):
        return True
    return not all(_only_calls(*found) for found in _refusals(plain, bool(labelled)))


def welcomes_in_a_label(plain: str) -> bool:
    """A way of reaching them welcomed in a labelled answer: "Email: yes", "Mails : oui !"."""
    return ":" in plain and bool(_WELCOMED_IN_A_LABEL.search(plain))


# A way we write refused in a label, however softly: "1. SMS: bitte gar nicht mehr 2. Mail: gerne".
_WRITTEN_REFUSED_IN_A_LABEL = re.compile(
    rf"{_LABEL}[^:.!?]{{0,40}}?{_WRITTEN.pattern}[^:.!?]{{0,30}}:\s*(?:[\w']+\s+){{0,3}}?(?:no|nein"
    r"|non|nao|nee|niet|nicht|never|nunca|jamais|nooit|kein\w*|geen|stop\w*|off|achterwege)\b"
)


def welcomes_only_another_way(plain: str) -> bool:
    """A labelled yes to one way ("Phone: no signal there. Email: yes.") and no way we write
    refused in another label: a yes, which no reader of meanings should take for a stop."""
    return (
        welcomes_in_a_label(plain)
        and not _WRITTEN_REFUSED_IN_A_LABEL.search(plain)
        and not any(_FOR_GOOD.search(found[1]) for found in _refusals(plain, labelled=True))
    )
