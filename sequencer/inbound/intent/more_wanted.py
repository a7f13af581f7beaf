"""Asking us to send or tell more, or to keep sending (session 31): a yes, which the meaning
reader (retrained on the paraphrases, it leans on the topic of sending) is not to read as a stop.
"tell me more", "keep them coming", "could you send me more details?", "erzählen Sie mehr",
"schicken Sie mir gern alles", "dites-m'en plus", "continuez à m'envoyer ce genre d'offres",
"¡cuéntame más!", "¿me los mandas?", "vertel meer", "stuur maar door", "me manda mais vagas".

Not when denied ("don't send me more", "send me no more", "ne m'envoyez plus"), nor in a reply
that threatens us or names leaving ("keep sending and I'll report you", "tell me more about how
to unsubscribe"). On the text lower-cased without accents (`not_requests.says_yes`)."""

from __future__ import annotations

import re

_MORE = r"(?:more|mehr|plus|davantage|meer|mais)"  # Spanish "mas" below: in Portuguese, "but"
_SEND = (
    r"(?:send|schick\w*|sende[nt]?|envoy\w*|envoi\w*|mand\w*|envi\w*|stuur\w*|sturen|mail\w*"
    r"|whats?app\w*)"
)
_ASKS = re.compile(
    # Tell me more: "tell me more", "erzählen Sie mehr", "dites-m'en plus", "cuéntame más",
    # "vertel me meer", "me conta mais".
    r"\b(?:tell\s+(?:me|us)\s+(?:a\s+(?:bit|little)\s+)?more"
    r"|erz(?:a|ae)hl(?:en\s+sie|t|e)?\s+(?:(?:mir|uns)\s+)?(?:gern\w*\s+|bitte\s+)?mehr"
    r"|(?:dites|racontez|dis|raconte)-m'\s*en\s+(?:un\s+peu\s+)?plus"
    r"|cuent(?:a|e|en)(?:me|nos)\s+(?:un\s+poco\s+)?mas"
    r"|vertel\s+(?:me\s+|mij\s+|ons\s+)?(?:gerust\s+|graag\s+)?meer"
    r"|(?:me\s+)?cont(?:a|e|em)(?:-me)?\s+mais"
    # Send me more: "send me more details", "schicken Sie mir mehr Infos", "envoyez-moi plus
    # d'informations", "mándame más", "stuur me meer", "me manda mais vagas".
    rf"|{_SEND}(?:-?(?:me|moi|nos))?\s+(?:(?:sie|me|mir|uns|us|mij|nos)\s+){{0,2}}(?:(?:bitte|gern\w*"
    rf"|graag|maar|gerust|please|some|a\s+few|a\s+bit|s'il\s+vous\s+plait|por\s+favor)\s+)*"
    rf"(?:{_MORE}|alles|weitere\w*|d'autres|door)\b(?!\s+(?:than|als|dan|que|de\s+\d))"
    rf"|\b(?:mir|uns)\s+(?:\w+\s+){{0,2}}?(?:mehr|weitere\w*)\s+(?:infos?|informationen|details"
    rf"|unterlagen|angebote|stellen)\s+(?:zu\s*)?{_SEND}"
    # Send me the list of requirements, the job description (train en-0384: "yes pls send me the
    # list of requirements"): what the role asks for, sent to read.
    rf"|{_SEND}(?:-?(?:me|moi|nos))?\s+(?:(?:sie|me|mir|uns|us|mij|nos)\s+)?(?:(?:bitte|gern\w*"
    r"|graag|please|pls|por\s+favor)\s+)*(?:the|die|den|das|la|le|les|el|los|las|o|os|a|as|het|de)"
    r"\s+(?:\w+\s+){0,2}?(?:requirements|anforderungen|exigences|requisitos|eisen|job\s+description"
    r"|jd|job\s+spec|stellenbeschreibung|fiche(?:\s+de\s+poste)?|descripcion|descricao|vacaturetekst"
    r"|details|infos?|informationen|informations|informacion|informacoes|informatie|salary\s+range"
    r"|gehaltsspanne)\b"
    r"|(?:mand|envi)(?:a|e|en|ad)(?:me|nos)\s+(?:\w+\s+)?mas"
    r"|(?:me|nos)\s+(?:(?:puedes|puede|pueden)\s+)?(?:mandas|mandan|envias|envian|mandar|enviar)\s+mas"
    r"|(?:me|nos)\s+(?:los|las|lo|la)\s+(?:mandas|mandan|mandais|envias|envian)\b"
    r"|(?:me|nos)\s+(?:manda|mande|mandem|mandas|mandan|envia|envie|enviem|envias|envian)\s+mais?\b"
    # Keep sending: "keep them coming", "keep sending me these", "continuez à m'envoyer",
    # "sigan enviándome", "blijf me sturen", "continuem me enviando", "schicken Sie weiterhin".
    r"|keep\s+(?:them|these|those|it|the\s+\w+)\s+coming"
    # Liking what we send (session 32): "I read every one!", "your message is welcome".
    r"|i\s+read\s+(?:every|each|all)\s+(?:one|of\s+them|of\s+your\s+\w+)"
    r"|(?:your|these|such)\s+(?:messages?|e-?mails?|mails?|notes?|offers?)\s+(?:is|are)\s+(?:always\s+)?welcome"
    r"|keep\s+(?:on\s+)?(?:sending|mailing|emailing)\s+(?:me|them|these|those|roles|jobs|offers)"
    r"|continu\w*\s+(?:a|de)\s+(?:m'|me\s+|nous\s+)\s*envoy\w*"
    r"|(?:sig(?:a|an|ue|uen)|seguid|continu\w*)\s+(?:me\s+)?(?:enviando|mandando)(?:me|nos)?"
    r"|continu\w*\s+(?:a\s+)?(?:me\s+)?(?:enviar|mandar)(?:-me)?"
    r"|blijf\s+(?:me\s+|mij\s+|ons\s+)?(?:\w+\s+){0,2}?(?:sturen|mailen|appen)"
    rf"|{_SEND}\s+(?:sie\s+)?(?:mir\s+|uns\s+)?(?:(?:bitte|gern\w*)\s+)*weiterhin"
    r")\b",
)
# Said denied in its clause: "don't send me more", "no me mandes más", "schicken Sie mir nicht";
# or pointless: "es bringt nichts, mir …", "pas la peine de continuer à m'envoyer".
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:don'?t|dont|do\s+not|not|never|no|nao|ne|nicht|kein\w*|niet|geen|nunca|jamais|nie"
    r"|nooit|stop|quit|cessez|arretez|hor\w*\s+auf|deja\w*\s+de|pare\w*\s+de|bringt\s+nichts"
    r"|keinen\s+sinn|sinnlos|pointless|peine|inutile|sentido|hoeft|brauch\w*|zin)\W+|\bn')"
    r"(?:\w+\W+){0,2}$"
)
_DENIED_AFTER = re.compile(r"[^.!?,;]{0,30}?\b(?:nicht|niet|pas|plus\s+(?:rien|jamais)|nunca)\b")
# A threat, or leaving named: "keep sending and I'll report you", "about how to unsubscribe".
_VOID = re.compile(
    r"\b(?:report\w*|block\w*|spam\w*|sue|lawyer|solicitor|complain\w*|police|ico|gdpr|dsgvo"
    r"|rgpd|lgpd|avg|anwalt|anzeige|blockier\w*|abmahn\w*|signaler|plainte|avocat|bloque\w*"
    r"|denunci\w*|abogado|advogad\w*|processar|aangifte|advocaat|klacht|blokkeer\w*"
    r"|unsubscrib\w*|opt\s*out|stop\s+(?:getting|receiving)|abmeld\w*|austrag\w*|desinscri\w*"
    r"|desabonn\w*|de\s+baja|afmeld\w*|uitschrij\w*|descadastr\w*|or\s+else|sonst)\b"
)


def asks_for_more(unaccented: str) -> bool:
    """`unaccented`: the reply lower-cased, without accents."""
    if _VOID.search(unaccented):
        return False
    for found in _ASKS.finditer(unaccented):
        before = unaccented[max(0, found.start() - 30) : found.start()]
        if not _DENIED_BEFORE.search(before) and not _DENIED_AFTER.match(unaccented, found.end()):
            return True
    return False


_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|tomorrow|today|tonight|this\s+(?:afternoon"
    r"|evening|morning)|lunes|martes|miercoles|jueves|viernes|manana|hoy|lundi|mardi|mercredi"
    r"|jeudi|vendredi|demain|aujourd'hui|montag|dienstag|mittwoch|donnerstag|freitag|morgen"
    r"|heute|maandag|dinsdag|woensdag|donderdag|vrijdag|vandaag|segunda|terca|quarta|quinta"
    r"|sexta|amanha|hoje)"
)
# Asking when we talk, or to be called on a day (session 32: the kernel reader took "No
# necesito un mensaje más largo; ¿cuándo hablamos?" and "No olvide mi número, por favor,
# llámeme el lunes." for stops): "when can we talk?", "¿cuándo hablamos?", "quand est-ce qu'on
# se parle ?", "wann können wir telefonieren?", "wanneer kunnen we bellen?", "quando podemos
# falar?"; "call me on Monday", "llámeme el lunes", "appelez-moi lundi", "rufen Sie mich am
# Montag an", "ruf mich lieber nach der Arbeit an", "bel me maandag", "me ligue na segunda".
_TALK = (
    r"(?:talk|speak|chat|call|meet|habl\w*|llam\w*|convers\w*|parl\w*|discut\w*|appel\w*"
    r"|sprechen|telefonieren|reden|treffen|praten|bellen|spreken|falar|falamos|ligar|conversar)"
)
_ASKS_TO_TALK = re.compile(
    rf"\b(?:when|wann|quand|cuando|wanneer|quando)\b[^.!?;]{{0,40}}?\b{_TALK}\b[^.!?;]{{0,40}}\?"
    # ...a day or a time, not a number ("only ring me on 07700 900 118": another channel).
    rf"|(?<!only\s)\b(?:call|ring|phone)\s+me\s+(?:back\s+)?(?:rather\s+)?(?:(?:on\s+|next\s+)?{_DAY}\b"
    r"|after\s+(?!\d{3})|at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|h|o'clock)?(?!\s*\d))"
    rf"|\b(?:llam(?:e|a|en)me|appel(?:ez|le)-moi|bel\s+(?:me|mij)|lig(?:a|ue|uem)(?:-me)?"
    rf"|me\s+lig(?:a|ue|uem))\s+(?:(?:el|le|on|op|na|no|a|de)\s+)?{_DAY}\b"
    # "Ruf mich lieber nach der Arbeit an", "rufen Sie mich nächste Woche Mittwoch an"; not
    # "ruf mich nicht mehr an".
    r"|\bruf(?:en\s+sie|t|e)?\s+mich\s+(?:(?!nicht|nie|nimmer|nimma|mehr|kein\w*|bloss|blos)\w+\s+)"
    r"{1,5}?an\b"
)


_NEVER = re.compile(r"\s*(?:never|nunca|jamais|nie|nooit)\b")


def asks_to_talk(unaccented: str) -> bool:
    """`unaccented`: the reply lower-cased, without accents; not when denied ("don't call me on
    Monday") nor when they say "never" after asking when."""
    for found in _ASKS_TO_TALK.finditer(unaccented):
        # (its own clause: "ich kann nicht reden. Ruf mich Mittwoch an" is not denied)
        before = re.split(r"[.!?;]", unaccented[max(0, found.start() - 30) : found.start()])[-1]
        after = unaccented[found.end() : found.end() + 20]
        if not _DENIED_BEFORE.search(before) and not _NEVER.match(after):
            return True
    return False
