"""Words of a stop request said without asking to stop, taken out of a reply before the stop
readers see it: telling of an (un)subscription ("the unsubscribe link in your footer is
broken", "I nearly hit unsubscribe, but this one is relevant"), saying there is no need to
unsubscribe them ("no hace falta que me des de baja, pero paso"), "stop everything!" or "stop
it, you read my mind!" as a cry of delight, and a call denied only before an hour ("niet bellen
voor 17 uur") in a reply that says yes; and "send me nothing more than the job description".

Each is taken out only where the reply shows it is no request (a yes, a mistake, a job site),
and only the clause itself: "no need to unsubscribe me, just delete my data" still asks to
delete. A false opt-out silences a person who was interested on every channel."""

from __future__ import annotations

import re
import unicodedata

from sequencer.inbound.intent.access_requests import without_the_law_in_an_access_request
from sequencer.inbound.intent.contact_put_off import without_contact_put_off
from sequencer.inbound.intent.cue_gates import has_cue
from sequencer.inbound.intent.deletions_denied import without_deletions_denied
from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.lookalikes import other_lookalikes
from sequencer.inbound.intent.more_wanted import asks_for_more
from sequencer.inbound.intent.other_sign_offs import without_other_sign_offs
from sequencer.inbound.intent.removals_not_asked import (
    declines_to_leave,
    denies_a_removal,
    without_declining_to_leave,
    without_not_looking,
    without_processes_left,
    without_removals_denied,
    without_removals_not_asked,
    without_removals_supposed,
)
from sequencer.inbound.intent.stop_grammar import asks_to_be_reached_elsewhere
from sequencer.inbound.intent.stops_elsewhere import without_stops_elsewhere
from sequencer.inbound.intent.stops_taken_back import (
    asks_on_after_a_stop_thought_of,
    takes_a_stop_back,
    thinks_of_a_stop,
    without_cry_of_surprise,
    without_stops_not_meant,
    without_stops_taken_back,
    without_stops_thought_of,
)
from sequencer.inbound.intent.stops_told import without_stops_told
from sequencer.inbound.intent.stops_unsaid import (
    asks_on_after_a_stop_nearly_asked,
    nearly_asks_to_stop,
    without_stops_nearly_asked,
    without_stops_unsaid,
)
from sequencer.inbound.intent.unsubscribing_told import (
    BY_MISTAKE,
    INTEREST,
    without_unsubscribing_beside_a_yes,
)
from sequencer.inbound.needles import may_match


def without_lookalikes(text: str) -> str:
    text = without_not_looking(without_removals_supposed(text.replace("’", "'")))
    # "I told the other agency to stop calling", "cancelé LinkedIn Premium" (session 34).
    text = without_stops_told(without_stops_elsewhere(text))  # "my colleague asked you to stop"
    # "If this were a sales pitch I'd unsubscribe, but …", "I'm leaving that link alone".
    text = without_stops_unsaid(text)
    if nearly_asks_to_stop(text) and (
        any(has_cue(label, text) for label in _ANSWERS) or asks_on_after_a_stop_nearly_asked(text)
    ):
        text = without_stops_nearly_asked(text)  # "fast hätte ich auf Abmelden geklickt"
    text = without_processes_left(text)  # "me den de baja en el proceso de la vacante"
    # "no quiero que me contactéis hasta después del verano", "niet bellen tijdens werkuren".
    text = without_contact_put_off(text)
    text = without_stops_not_meant(text)  # "unsub? nah jk", "abmelden? nein"
    if thinks_of_a_stop(text) and (  # "wou eerst afmelden, maar…": only beside a yes (session 33)
        says_yes(text)
        or has_cue(Label.INTERESTED, text)
        or has_cue(Label.QUESTION, text)
        or _ASKS_TO_TALK.search(text)
        or asks_on_after_a_stop_thought_of(text)
    ):
        text = without_stops_thought_of(text)
    text = without_removals_not_asked(text)  # "uitschrijven hoeft niet", "je ne demande pas de …"
    # "Conformément au RGPD, quelles données détenez-vous ?" asks to see them, not to stop.
    text = without_deletions_denied(without_the_law_in_an_access_request(text))  # "keine Löschung"
    text = without_other_sign_offs(text)
    # "don't take me off the list, yes interested", "bitte NICHT austragen, hab mich verklickt"
    # (session 32), "no thanks on this one. dont take me off your list tho", beside a pointer
    # to someone else or a job taken (session 34): a removal denied plainly, whatever else the
    # reply says ("why don't you remove me?", "if you don't remove me …" stay; session 30).
    if denies_a_removal(text):
        text = without_removals_denied(text)
    # "I'm not unsubscribing, send me the details": only beside a yes (as before session 34).
    if declines_to_leave(text) and (
        says_yes(text)
        or has_cue(Label.INTERESTED, text)
        or has_cue(Label.NOT_NOW, text)
        or has_cue(Label.QUESTION, text)
        or BY_MISTAKE.search(text)
    ):
        text = without_declining_to_leave(text)
    text = without_unsubscribing_beside_a_yes(text, says_yes)  # "abgemeldet, aus Versehen"
    # The README: a stop taken back takes the label of what the reply asks now, whatever it is
    # (session 34; a yes was needed before): "die STOP van net was voor een ander nummer. nee".
    if takes_a_stop_back(text):
        text = without_stops_taken_back(text)  # "negeer mijn 'afmelden' van gisteren … bellen?"
    text = without_cry_of_surprise(text)  # "stop, attendez, c'est du full remote ?"
    text = _NOTHING_MORE_THAN.sub(" ", text)
    if may_match(_NO_NEED_TO_UNSUBSCRIBE, text):  # a string it needs first: the same answer
        text = _NO_NEED_TO_UNSUBSCRIBE.sub(" ", text)
    if may_match(_NO_BOTHER, text):  # a string it needs first: the same answer, a third the time
        text = _NO_BOTHER.sub(" ", text)  # "no me den de baja, que no molesta" (session 34)
    text = other_lookalikes(text)
    if _NO_NEED_TO_GO_ON.search(text) and (
        says_yes(text) or has_cue(Label.INTERESTED, text) or _ASKS_TO_TALK.search(text)
    ):
        text = _NO_NEED_TO_GO_ON.sub(" ", text)
    if _CRY_OF_DELIGHT.search(text) and _DELIGHT.search(text):
        text = _CRY_OF_DELIGHT.sub(" ", text)  # "Arrêtez tout, c'est exactement ce que je cherche"
    if (_CRY_OF_DELIGHT.search(text) or _CALL_NOT_BEFORE.search(text)) and says_yes(text):
        text = _CALL_NOT_BEFORE.sub(" ", _CRY_OF_DELIGHT.sub(" ", text))
    if _DELIGHT_THEN_CRY.search(text) and (_OPENS_WITH_YES.search(text) or says_yes(text)):
        text = _DELIGHT_THEN_CRY.sub(" ", text)
    return text


def without_stops_of_others(text: str) -> str:
    """Someone else's stop, told as news, and a stop taken back, out (session 35): what
    `stops_past_a_time` reads, before the other gates ("Le pedí a otra agencia que no me llamara
    ni ahora ni después" is another's stop)."""
    text = without_stops_elsewhere(text.replace("’", "'"))
    return without_stops_taken_back(text) if takes_a_stop_back(text) else text


def says_no(text: str) -> bool:
    """A plain "not interested" ("não tenho interesse", "ça ne m'intéresse pas")."""
    return bool(_NO_INTEREST.search(text))


def says_yes(text: str) -> bool:
    """A plain yes, not a phrase rule's cue: "I'm in meetings" and "pas intéressé" are none;
    asking us to send or tell more is one. A stop joked or answered no is no leaving that voids
    a yes ("me désinscrire... je rigole, envoyez la fiche")."""
    text = without_stops_not_meant(text)
    decomposed = unicodedata.normalize("NFKD", text.lower())
    unaccented = "".join(c for c in decomposed if not unicodedata.combining(c))
    yes = (
        INTEREST.search(text)
        or asks_to_be_reached_elsewhere(unaccented)
        or asks_for_more(unaccented)  # "tell me more", "keep them coming" (session 31)
    )
    return bool(yes) and not _NO_INTEREST.search(text)


# The answers beside which a stop nearly asked is none (session 34).
_ANSWERS = (
    Label.INTERESTED,
    Label.QUESTION,
    Label.NOT_NOW,
    Label.NOT_INTERESTED,
    Label.REFERRAL,
    Label.WRONG_PERSON,
    Label.ACCEPTED_ELSEWHERE,
)
_NO_INTEREST = re.compile(
    r"\b(?:not|pas|nicht|kein\w*|no|niet|geen|sem|n[ãa]o|nada)\s+(?:\w+\s+)?(?:interest\w*"
    r"|int[ée]ress\w*|interes\w*|ge[ïi]nteresseerd)"
    # The verb denied after it (session 29): "ça ne m'intéresse pas", "das interessiert mich
    # nicht", "dat interesseert me niet".
    r"|\bne\s+(?:m'|me\s+|nous\s+|l')?\s*int[ée]ress\w*\s+(?:pas|plus|gu[èe]re)\b"
    r"|\binteress(?:iert|ieren|eert)\s+(?:mich|uns|me|mij|ons)\s+(?:\w+\s+)?(?:nicht|kein\w*|niet)\b",
    re.IGNORECASE,
)


# "No need to unsubscribe me", "não precisa me descadastrar", "je hoeft me niet af te melden";
# or to delete them (session 30: "Löschen musst du mich nicht, aber ich bleib wo ich bin", read
# as an opt-out by the retrained meaning reader; "no hace falta que me borres" by the rules).
_NO_NEED_TO_UNSUBSCRIBE = re.compile(
    r"\b(?:l(?:ö|oe)schen|entfernen|austragen|streichen|abmelden)\s+(?:musst|m(?:ü|ue|u)ssen"
    r"|brauchst|brauchen)\s+(?:du|sie|ihr)\s+mich\s+nicht\b"
    r"|\b(?:no\s+need\s+to|(?:you\s+)?(?:don'?t|do\s+not)\s+(?:need|have)\s+to|needn'?t"
    r"|no\s+(?:hace\s+falta|es\s+necesario|hay\s+que|tienes\s+que|tiene\s+que)"
    r"|n[ãa]o\s+(?:precisa\w*|[ée]\s+necess[áa]rio|tem\s+que)|(?:pas|nul)\s+besoin\s+de"
    r"|pas\s+la\s+peine\s+de|(?:sie|du)\s+m(?:ü|ue|u)ss(?:en|t)\s+mich\s+nicht"
    r"|(?:sie|du|ihr)\s+m(?:ü|ue|u)ss(?:en|t)\s+(?:\w+\s+)?nicht"
    r"|(?:je|u)\s+hoeft\s+(?:me|mij)\s+(?:\w+\s+)?niet)"
    r"\s+(?:[\w']+\s+){0,3}?(?:unsubscrib\w*|quit\w*|s[áa]qu\w*|s[áa]c\w*|te\s+halen|te\s+schrappen|\w+\s+de\s+baja|descadastr\w*|d[ée]sinscri\w*"
    r"|d[ée]sabonn\w*|austrag\w*|abmeld\w*|af\s+te\s+melden|afmeld\w*|uit\s+te\s+schrijven"
    r"|uitschrijv\w*|remove\s+me|take\s+me\s+off|(?:delete|erase)\s+me|l(?:ö|oe)schen|entfernen"
    r"|supprimer|effacer|retirer|borr\w*|elimin\w*|te\s+verwijderen|verwijderen|apag\w*|remov\w*"
    r"|exclu\w*)\b"
    # ...with what it is taken off (session 34: "no hace falta que me quites de tu lista"), not
    # past "and" or "just": "no need to unsubscribe me, just delete my data" still deletes.
    r"(?:(?!\s(?:and|und|et|y|e|en|but|pero|mais|aber|maar|mas|just|solo|only|nur|juste|alleen"
    r"|s[óo])\b)[^.!?;:,\n]){0,40}",
    re.IGNORECASE,
)
# "It's no bother" (session 34): "No me den de baja ni nada, que no molesta", "isso não
# incomoda", "ça ne me dérange pas", "das stört mich nicht", "het stoort niet"; not "no me
# molestes". Said of something, never as a plea (session 35): "don't bother me again", "não me
# incomoda mais", "bitte stört mich nicht mehr" ask to stop.
_NO_BOTHER = re.compile(
    r"(?:\b(?:que\s+|eso\s+|esto\s+|(?<!\?)(?<!¿))no\s+(?:me\s+|nos\s+)?molesta(?:n)?"
    r"|\b(?:isso|isto|que|voc[êe]s?|vcs?|a\s+mensagem|as\s+mensagens|elas?|eles?)\s+n[ãa]o\s+"
    r"(?:me\s+)?incomoda(?:m)?|(?<=[,;]\s)n[ãa]o\s+(?:me\s+)?incomoda(?:m)?(?=\s*(?:[.!;]|$))"
    r"|(?<=[,;]\s)no\s+(?:me\s+)?molesta(?:n)?(?=\s*(?:[.!;]|$))"
    r"|\b(?:das|es|dies|sie|ihre\s+\w+|die\s+\w+|eure\s+\w+)\s+st(?:ö|oe)r(?:t|en)\s+(?:mich\s+|uns\s+)?"
    r"(?:\w+\s+)?nicht|\bne\s+me\s+d[ée]range(?:nt)?\s+pas|\bstoort\s+(?:me\s+|mij\s+)?niet"
    r"|\b(?:it|that|this|they|these|those|which|messages|emails|mails|texts|(?:your|the)\s+\w+)\s+"
    r"(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+bother\s+me|\b(?:it'?s|is|are)\s+no\s+bother)\b"
    r"(?!\s+(?:again|any\s?more|more|with|mais|mehr|meer|m[áa]s|plus|davantage|nunca|nooit|nie)\b)",
    re.IGNORECASE,
)
# "Stuur me niks meer dan de vacaturetekst", "send me nothing more than the job description":
# asks for that one thing.
_NOTHING_MORE_THAN = re.compile(
    r"\b(?:nothing|niks|niets|nix|nichts|rien|nada)\s+(?:more|else|meer|mehr|plus|m[áa]s|mais)\s+"
    r"(?:than|but|dan|als|que|do\s+que|behalve|au(?:ß|ss)er)\b",
    re.IGNORECASE,
)
# "Stop everything, this is exactly what I was looking for!", "Arrêtez tout, appelez-moi"; and
# a cry that opens the reply: "Stop it, you read my mind! Yes", "Hör auf, genau das suche ich".
_CRY_OF_DELIGHT = re.compile(
    r"\b(?:stop|stopp|arr[êe]te[zr]?|para|pare|paren|parem|hou\s+op)\s+(?:everything|tout|todo|tudo"
    r"|alles)\s*[,!:;—–-]"
    r"|^\W*(?:(?:oh|omg|wow|haha|ha|lol|ah|ok|okay|nee|no|não|nein|non)\W+)?(?:stop(?:\s+it)?"
    r"|arr[êe]te[zr]?(?:\s+ça)?|para(?:,?\s+para)?|pare|paren|parem|h(?:ö|oe|o)r\s+(?:bloß\s+)?auf"
    r"|hören\s+sie\s+auf|hou\s+(?:toch\s+)?op|kap\s+ermee)\s*(?:[,!—–-]|\s+lol\b)",
    re.IGNORECASE,
)
# Delight, which a cry of "stop everything" may open: "exactly what I'm looking for", "c'est
# exactement ce que je cherche", "genau das, was ich suche", "justo lo que busco", "precies wat
# ik zoek", "you read my mind" (not "exactly what I did not want").
_DELIGHT = re.compile(
    r"\b(?:you\s+read\s+my\s+mind|dream\s+(?:job|role)|(?:exactly|just|precisely|genau|exactement"
    r"|justement|pile|justo|exactamente|precies|exatamente)\s+(?:(?!(?:not|nicht|pas|no|niet|n[ãa]o"
    r"|never|nie|nunca|jamais|nooit)\b)[\w']+,?\s+){0,4}?(?:looking\s+for|wanted|needed|suche|gesucht"
    r"|cherch\w*|busc\w*|zoek\w*|zocht|procur\w*))",
    re.IGNORECASE,
)
# "No need to send anything more, when can we talk?", "não precisa mandar mais nada, me liga
# amanhã", "no hace falta que insistas más, ya me convenciste": in a yes, no request to stop.
_NO_NEED_TO_GO_ON = re.compile(
    r"\b(?:no\s+need|no\s+point|(?:don'?t|do\s+not)\s+need\s+to|needn'?t|no\s+hace\s+falta"
    r"|no\s+es\s+necesario|no\s+tiene\s+sentido|n[ãa]o\s+precisa\w*|n[ãa]o\s+[ée]\s+necess[áa]rio"
    r"|inutile|pas\s+(?:la\s+peine|besoin)|niet\s+nodig|geen\s+zin"
    # ("die mail hoef ik niet meer, zet me eruit" is no "no need": a stop, session 31)
    r"|hoef\w*\s+(?:\w+\s+)?(?:niet|geen)(?!\s+meer\s*[,.;!])|geen\s+(?:\w+\s+){0,2}?meer\s+nodig"
    r"|nicht\s+n(?:ö|oe|o)tig|keinen\s+sinn|brauch\w*\s+(?:\w+\s+){0,2}?(?:nicht|nichts|kein\w*)"
    r"|bringt\s+(?:\w+\s+)?nichts|no\s+sirve\s+de\s+nada|ne\s+sert\s+[àa]\s+rien)"
    # ...to the clause's end, not past a comma into a stop (session 31): "den Rundbrief brauch
    # ich nicht mehr, bitte austragen. Die Stelle klingt gut, ruf an" still unsubscribes.
    r"\b(?:[^.!?\n,]|,(?!\s*(?:(?:bitte|please|pls|graag|svp|por\s+favor)\s+)?(?:austrag|abmeld"
    r"|unsubscrib|afmeld|uitschrij|d[ée]sinscri|d[ée]sabonn|descadastr|dar(?:me)?\s+de\s+baja"
    r"|remove\s+me|take\s+me\s+off)))*",
    re.IGNORECASE,
)
_ASKS_TO_TALK = re.compile(
    r"\b(?:when|wann|quand|cu[áa]ndo|quando|wanneer)\b[^.!?]{0,30}\b(?:talk|call|speak|chat|meet"
    r"|telefonier\w*|sprechen|reden|treffen|parl\w*|appel\w*|voir|habl\w*|llam\w*|vernos"
    r"|convers\w*|fal\w*|lig\w*|bel\w*|spre\w*|praten)"
    r"|\b(?:call|ring)\s+me\b|\bappelez-moi|\bll[áa]ma(?:me|nos)|\bme\s+lig(?:a|ue)\b|\bbel\s+me\b"
    # They ring us, at a time: "ik bel je morgen zelf" (session 31).
    r"|\b(?:ik\s+bel\s+(?:je|jou|u)|i'?ll\s+call\s+you|ich\s+rufe\s+(?:dich|sie)(?:\s+\w+)?\s+an"
    r"|je\s+vous\s+appelle|je\s+t'appelle|te\s+llamo|le\s+llamo|(?:eu\s+)?te\s+ligo|eu\s+ligo)"
    r"\s+(?:\w+\s+)?(?:morgen|vandaag|straks|vanmiddag|vanavond|\w+dag|tomorrow|today|later|demain"
    r"|ce\s+soir|ma[ñn]ana|hoy|amanh[ãa]|hoje|heute|sp(?:ä|ae)ter|luego|depois|\w+day"
    r"|volgende\s+week)\b"
    r"|\bdispos?\b|\bdisponible|\bdispon[íi]vel|\bbeschikbaar|\bmanda(?:me)?\s+hora\b",
    re.IGNORECASE,
)
# A call denied only before or after an hour: "niet bellen voor 17 uur", "bitte nicht vor 17 Uhr
# anrufen", "don't call before 5pm", "no me llames antes de las 17h".
_CALL_NOT_BEFORE = re.compile(
    r"\b(?:(?:please\s+)?(?:don'?t|do\s+not)|no\s+me|n[ãa]o\s+me|ne\s+m'|niet|nicht)\s+"
    r"(?:call|ring|phone|bel|bellen|llames|llamen|ligue|liguem|appelez|anrufen)\w*\s+(?:me\s+)?"
    r"(?:pas\s+)?(?:before|after|until|voor|na|vor|nach|antes|avant|apr[èe]s)\s+[^.!?,;]{0,25}"
    r"|\b(?:nicht|niet)\s+(?:vor|nach|voor|na)\s+[^.!?,;]{0,15}?\b(?:anrufen|bellen)\b",
    re.IGNORECASE,
)
# A cry that closes the delight it answers: "Yes, sounds great. You read my mind, stop it!",
# "Precies wat ik zoek, hou op!" (not "exactly what I did not want, stop.").
_DELIGHT_THEN_CRY = re.compile(
    r"\b(?:you\s+read\s+my\s+mind|(?:exactly|just|precisely|genau|exactement|justement|justo"
    r"|exactamente|precies|exatamente)\s+(?:(?!(?:not|nicht|pas|no|niet|n[ãa]o|never|nie|nunca"
    r"|jamais|nooit)\b)[\w']+\s+){0,4}?(?:looking\s+for|wanted|needed|suche|gesucht|cherch\w*"
    r"|busc\w*|zoek\w*|zocht|procur\w*))\s*[,!—–-]+\s*(?:stop(?:\s+it)?|arr[êe]te[zr]?(?:\s+ça)?"
    r"|para|pare|paren|parem|h(?:ö|oe|o)r\s+(?:bloß\s+)?auf|hören\s+sie\s+auf"
    r"|hou\s+(?:toch\s+)?op|kap\s+ermee)\s*(?:[.!]+|$)",
    re.IGNORECASE,
)
# A reply that opens with a plain yes ("Yes, sounds great", "Ja, graag"); "ok" is none: "OK,
# stop." is a stop.
_OPENS_WITH_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|sure|absolutely|ja|jawohl|klar|gerne?|oui|carrément|s[ií]|claro"
    r"|sim|graag|zeker|natuurlijk)\b",
    re.IGNORECASE,
)
