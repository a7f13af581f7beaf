"""Stops asked of someone else, or done somewhere else, told to us as news (session 34, the near
misses of a seventh wave of paraphrases), taken out of a reply before the stop readers see it,
as `not_requests` does:

- a stop the writer asked of another sender: "I told the other agency to stop calling me",
  "j'ai demandé à un autre cabinet de ne plus me solliciter", "a otra agencia le pedí que dejara
  de llamarme", "het vorige bureau heb ik laten weten dat ze me niet meer hoefden te mailen",
  "der anderen Agentur hab ich gesagt, sie soll mich nicht mehr anrufen", "já pedi a outra
  recrutadora que não me procurasse mais", "tive que pedir pra um banco parar de ligar";
- leaving something that is not ours, done: "I've unsubscribed from every job board", "die
  Jobalerts von StepStone hab ich abbestellt", "cancelé la suscripción a LinkedIn Premium", "je
  me suis désinscrite de la lettre interne", "he eliminado mi currículum de InfoJobs".

Only the clause goes (up to a full stop, semicolon, colon, or a comma before "but"), and never
one that turns to us: "I told the other agency to stop, and the same goes for you", "je vous
demande la même chose", "I asked your colleague to stop emailing me", "dat vraag ik jullie nu
ook", "sácame de vuestra base de datos" keep their stop.
"""

from __future__ import annotations

import re

from sequencer.inbound.needles import may_match

# Told or asked, in the past (or "had to ask", "acabo de pedir"): the report of a request.
_ASKED = (
    r"(?:told|asked|said\s+to|begged|wrote\s+to|(?:had|have\s+had)\s+to\s+(?:ask|tell)"
    r"|gesagt|gebeten|geschrieben|mitgeteilt|(?:laten|gezegd|gevraagd|verzocht|gemeld)"
    r"|laten\s+weten|demand[ée]e?|(?:ai|as|a|avons|avez|ont|avais|avait)\s+(?:d[ée]j[àa]\s+)?dit|pri[ée]e?|[ée]crit|d[ûu]\s+(?:demander|dire|[ée]crire)"
    r"|dije|ped[íi]|pedido|rogu[ée]|escrib[íi]|(?:tuve|he\s+tenido|acabo)\s+(?:que|de)\s+"
    r"(?:pedir|decir)\w*|pedirle\w*|disse|pedi|falei|(?:tive|tivemos)\s+(?:que|de)\s+(?:pedir|dizer)"
    r"|pedimos)"
)
# Someone who is not us: another sender, the last one, a bank, a courier, the job sites.
_OTHER = (
    r"\b(?:other|another|autres?|otr[oa]s?|outr[oa]s?|ander(?:e[nmrs]?)?|vorige?|last|previous"
    r"|[úu]ltim[oa]s?|derni(?:er|[èe]re)s?|anci[ea]nn?e?s?|former)\s+(?:\w+\s+){0,2}?"
    r"(?:ag[êe]n\w*|recruit\w*|recruteu?r\w*|reclutador\w*|recrutador\w*|cabinet\w*|consult\w*"
    r"|bureau\w*|firm\w*|compan\w*|empresa\w*|lot|headhunt\w*|personalberat\w*|vermittl\w*"
    r"|werver\w*|ESN|SSII|one|ones|guy|people|sender\w*)"
    r"|\b(?:bank|banco|banque|livreur|courier|delivery\s+\w+|entregador|repartidor|bezorger"
    r"|internal\s+recruiters|ESN|SSII|bureaus|agencies|agences|agencias|ag[êe]ncias|agenturen"
    r"|headhunters|chasseurs\s+de\s+t[êe]te|linkedin|indeed|xing|stepstone|infojobs|glassdoor"
    r"|monster|job\s*boards?|job\s*sites?)\b"
)
# Turning to us in the same clause: "and the same goes for you", "now you", "jullie ook".
_YOU = (
    r"you|your|yours|u|jij|vous|votre|vos|tu|toi|ti|contigo|vosotr[oa]s|vuestr[oa]s?|usted|ustedes"
    r"|jullie|jouw|jou|uw|dich|dir|euch|eure?[mnrs]?|ihnen|voc[êe]s?|vc|teu|tua|vosso|vossa"
)
_TO_YOU = re.compile(rf"\b(?:{_YOU})\b", re.IGNORECASE)
_TO_US = re.compile(
    rf"\b(?:{_YOU}|same|too|also|likewise|as\s+well|either|genauso|ebenso|auch|gleiche|mismo"
    r"|tambi[ée]n|tampoco|m[êe]me|aussi|[ée]galement|pareil|ook|hetzelfde|zelfde|tamb[ée]m"
    r"|mesm[oa]"
    # ...now: not "now or later", "ni ahora ni después" (the other's stop, whole: session 35).
    r"|(?<!\bni\s)(?<!\bnem\s)(?<!\bweder\s)(?<!\bneither\s)(?:now|jetzt|nun|ahora|agora|maintenant"
    r"|today|heute|hoy|hoje|aujourd'hui|vandaag)(?!\s+(?:or|ni|nem|noch|ou|o|nor|of)\b))\b",
    re.IGNORECASE,
)
# A stop's words in the clause: contact stopped, data or a profile deleted, a list left.
_STOP = re.compile(
    r"\b(?:stop|quit|cease|leave\s+me|remov|delet|eras|unsubscrib|take\s+me\s+off|no\s+longer"
    r"|not\s+to\s+(?:contact|call|email|write|text)|nicht\s+mehr|kein\w*\s+\w+\s+mehr|l(?:ö|oe)sch"
    r"|austrag|abmeld|entfern|niet\s+meer|geen\s+\w+\s+meer|wis|verwijder|afmeld|uitschrij"
    r"|arr[êe]t|cess|ne\s+plus|supprim|effac|retir|d[ée]sinscri|d[ée]sabonn|dej\w*\s+de"
    r"|que\s+no\s+me\s+\w+\s+m[áa]s|borr|elimin|de\s+baja|par(?:ar|asse|e|em)\s+de"
    r"|deix\w*\s+de|n[ãa]o\s+me\s+\w+\s+mais|apag|exclu|tir\w*\s+d"
    # Contact denied (session 35): "que no me llamara ni ahora ni después", "não me ligasse".
    r"|no\s+me\s+(?:llam|escrib|contact|mand|molest|envi)|n[ãa]o\s+me\s+(?:lig|procur|mand|escrev"
    r"|contat|incomod)|not\s+to\s+\w+\s+me|weder\s+\w+\s+noch|ni\s+(?:ahora|maintenant)"
    r"|nem\s+agora|neither\s+now)",
    re.IGNORECASE,
)
# A clause ends at a sentence's end, and at a comma before a "but" or a request of its own
# (session 35): "I asked Indeed to stop, remove me from the list" asks us.
_TURN = (
    r"(?:but|mais|pero|aber|maar|mas|though|doch|please|pls|bitte|por\s+favor|s'il\s+vous|svp"
    r"|graag|alsjeblieft|now|so|and\s+(?:please\s+)?(?:remove|delete|stop|take)|remove|delete"
    r"|stop|take\s+me|unsubscribe|l(?:ö|oe)schen|entfernen|streichen|h(?:ö|oe)ren\s+sie"
    r"|nehmen\s+sie|tragen\s+sie|supprimez|retirez|arr[êe]tez|effacez|d[ée]sinscrivez|borr[ae]n?"
    r"|elimin[ae]n?|quit[ae]n?|s[áa]came|dejen|dejad|deja|paren|apag[au]e?m?|tir[ae]m?|remova"
    r"|exclua|parem|pare|verwijder|haal|schrap|hou\s+op)"
)
_NOT_BUT = rf"(?:(?!,\s*{_TURN}\b)[^.!?;:\n])"
_CLAUSE_END = rf"(?=[.!?;:\n]|,\s*{_TURN}\b|$)"
# Between the verb and whom it was asked of, only small words: "told the other agency",
# "demandé à un autre cabinet", "asked two other agencies", "pedi pra um banco"; so the other
# sender is what was asked, not a site the request names ("I already said to stop messaging me
# on LinkedIn" points back at a request to us: session 35).
_SMALL = (
    r"(?:the|a|an|my|our|all|every|each|those|these|some|two|three|several|of|[àa]|au|aux|al|pra|pro"
    r"|para|um|uma|un|une|el|la|le|les|l'|los|las|der|die|das|dem|den|des|het|de|een|o|os|as|ao"
    r"|aos|alle[nm]?|todas?|todos?|toutes?|tous|mijn|mon|ma|mes|mi|mis|meu|minha|meine?[mnrs]?"
    r"|their|haar|hun|ses|sus|unser\w*|notre|nos|nuestr[oa]s?|nosso|nossa|onze|ons|zwei|drei|mehreren"
    r"|deux|trois|plusieurs|dos|tres|varias|varios|duas"
    r"|tr[êe]s|v[áa]rias|twee|drie|meerdere|\d+)"
)
# ...or the other sender first, a few words before the verb: "der anderen Agentur habe ich gesagt",
# "het vorige bureau heb ik laten weten", "a otra agencia le pedí", "l'autre recruteur, je lui ai
# dit", "Bureaus heb ik vorig jaar allemaal gevraagd".
_TOLD_ELSEWHERE = re.compile(
    rf"(?<![^.!?;:,\n])[ \t]*+[^.!?;:,\n]{{0,120}}?(?:\b{_ASKED}\s+(?:{_SMALL}\s+|l'){{0,3}}"
    rf"(?:{_OTHER})|(?:{_OTHER}),?\s+(?:[\w']+\s+){{0,5}}?{_ASKED}\b){_NOT_BUT}{{0,120}}{_CLAUSE_END}",
    re.IGNORECASE,
)

# Leaving what is not ours: a job site, a premium account, one's own employer's lists, a
# programme, a freelancer's registration.
_NOT_OURS = (
    r"\b(?:linkedin|indeed|xing|stepstone|infojobs|glassdoor|monster|welcome\s+to\s+the\s+jungle"
    r"|job\s*boards?|job\s*sites?|jobb(?:ö|oe)rsen?|vacaturesites?|sites?\s+de\s+vagas"
    r"|portais|portales|plataformas|internal|intern(?:e[nrs]?)?|premium|gym|program(?:me)?s?"
    r"|programm(?:e|a|es|as|en)?|programas?"
    r"|aut[óo]nom[oa]|(?:from|van|de|von|aus)\s+(?:my|mijn|mon|mi|meu|meinem)\s+(?:profile?|profil"
    r"|perfil|profiel))\b"
)
# Having left: unsubscribed, cancelled, deleted, signed off; never the imperative ("Delete my
# profile, I've got a job through LinkedIn" asks us: session 35).
_LEFT = (
    r"\b(?:unsubscribed|(?:keep|kept|been|am|'m|was)\s+unsubscribing|cancell?ed|removed|deleted"
    r"|abbestellt|abgemeldet|ausgetragen"
    r"|austragen\s+lassen|gek(?:ü|ue)ndigt|gel(?:ö|oe)scht|d[ée]sinscrit\w*|d[ée]sabonn[ée]e?s?"
    r"|supprim[ée]e?s?|r[ée]sili[ée]e?s?|cancel[ée]|cancelad[oa]s?|eliminad[oa]s?|borrad[oa]s?"
    r"|borré|eliminé|di\s+de\s+baja|dad[oa]\s+de\s+baja|dando\s+de\s+baja|descadastr(?:ei|ou"
    r"|ad[oa]s?|amos)|cancelei|cancelou|apaguei|exclu[íi]|uitgeschreven|afgemeld|opgezegd"
    r"|verwijderd)\b"
)
_LEFT_ELSEWHERE = re.compile(
    rf"(?<![^.!?;:,\n])[ \t]*+[^.!?;:,\n]{{0,120}}?(?:{_LEFT}{_NOT_BUT}{{0,60}}?{_NOT_OURS}"
    rf"|{_NOT_OURS}{_NOT_BUT}{{0,60}}?{_LEFT})[^.!?;:,\n]{{0,120}}",
    re.IGNORECASE,
)


def without_stops_elsewhere(text: str) -> str:
    """The text without the clauses that tell of a stop asked of another sender, or of leaving
    what is not ours."""
    # The needles' own strings looked for first (`may_match`): the same answer, a third the time.
    if may_match(_TOLD_NEEDLES, text) and _TOLD_NEEDLES.search(text):
        text = _TOLD_ELSEWHERE.sub(_unless_to_us, text)
    if may_match(_LEFT_NEEDLES, text) and _LEFT_NEEDLES.search(text):
        text = _LEFT_ELSEWHERE.sub(_unless_to_you, text)
    if may_match(_OTHERS_NEEDLES, text) and _OTHERS_NEEDLES.search(text):
        text = _OTHERS_LEAVING.sub(" ", _OFF_A_WAITLIST.sub(" ", text))
    return text


# Off a waiting list, onto the real one: "take me off the waitlist and put me on the actual list
# for friday's call", "haal me van de wachtlijst"; only the waiting list, and not when another
# list follows ("take me off your waiting list and your mailing list": session 35).
_OFF_A_WAITLIST = re.compile(
    r"\b(?:take|get|haal|nimm|nehmen\s+sie)\s+(?:me|mij|mich)\s+(?:off|van|von)\s+(?:the|your|de|je"
    r"|jullie|der|ihrer)\s+(?:wait\s*-?list|waiting\s+list|wachtlijst|warteliste)\b"
    r"(?=\s*(?:[.!?\n]|$)|\s+(?:and|en|und|et|y|e)\s+(?:put|add|zet|setz\w*|trag\w*|mett\w*|pon\w*"
    r"|coloc\w*)\s+(?:me|mij|mich|moi)\b)",
    re.IGNORECASE,
)
# Someone else to unsubscribe themselves: "decidle que se dé de baja de los mil sitios", "tell
# her to unsubscribe", "dites-lui de se désinscrire", "sag ihr, sie soll sich abmelden".
_OTHERS_LEAVING = re.compile(
    r"\b(?:decidle|dile|d[íi]ganle|tell\s+(?:her|him|them)|dites-(?:lui|leur)|sag(?:en\s+sie)?"
    r"\s+(?:ihr|ihm)|zeg\s+(?:haar|hem)|diga(?:m)?\s+(?:a|pra)\s+(?:ela|ele))\b[^.!?\n]{0,50}?"
    r"\b(?:se\s+d[ée]\s+de\s+baja|to\s+unsubscribe(?!\s+(?:me|us)\b)|de\s+se\s+d[ée]sinscrire"
    r"|sich\s+(?:\w+\s+){0,4}?abmeld\w*|zich\s+af\s*te\s*melden|zich\s+afmeld\w*"
    r"|se\s+descadastr\w*)"
    # ...to the clause's end (session 35: "tell them to unsubscribe me and stop calling").
    r"(?:(?!\s(?:and|und|et|y|e|en|but|aber|mais|pero|mas|maar)\b)[^.!?,\n]){0,80}",
    re.IGNORECASE,
)
_OTHERS_NEEDLES = re.compile(r"wait|wacht|warte|baja|unsub|sinscri|abmeld|afmeld|descadast", re.I)


def _unless_to_us(found: re.Match[str]) -> str:
    clause = found.group(0)
    if not _STOP.search(clause) or _TO_US.search(clause):
        return clause
    # ...nor when the next sentence turns to us: "Ich habe Stepstone gebeten, mir nicht mehr zu
    # schreiben. Bitte Sie auch."
    after = _NEXT_SENTENCE.match(found.string, found.end())
    return clause if after and _ALSO.search(after.group(0)) else " "


_NEXT_SENTENCE = re.compile(r"[^.!?\n]{0,40}[.!?\n]*[^.!?\n]{0,80}")
_ALSO = re.compile(
    r"\b(?:same|too|also|as\s+well|likewise|auch|ebenso|genauso|gleiche|aussi|pareil|m[êe]me"
    r"|tambi[ée]n|mismo|ook|hetzelfde|tamb[ée]m|mesm[oa])\b",
    re.IGNORECASE,
)


def _unless_to_you(found: re.Match[str]) -> str:
    clause = found.group(0)
    return clause if _TO_YOU.search(clause) else " "


# Cheap looks before the clauses are read (most replies tell of nothing of the kind).
_TOLD_NEEDLES = re.compile(
    r"told|asked|said|begged|wrote|ask|tell|gesagt|gebeten|geschrieben|mitgeteilt|laten|gezegd"
    r"|gevraagd|verzocht|gemeld|demand|dit|pri[ée]|crit|dije|ped|rogu|escrib|disse|falei|dire",
    re.IGNORECASE,
)
_LEFT_NEEDLES = re.compile(
    r"unsub|cancel|remov|delet|bestellt|gemeldet|getragen|austragen|ndigt|scht|sinscri|sabonn"
    r"|supprim|sili|elimin|borrad|baja|cadastr|apaguei|exclu|geschreven|afgemeld|opgezegd"
    r"|verwijderd",
    re.IGNORECASE,
)
