"""Words of a removal that ask for none (session 30, the kinds a twelfth writer used), taken out
of a reply before the stop readers see it, as `not_requests` does:

- a removal supposed, before a question: "Before you take me off your list for not answering:
  is the role still open?", "bevor Sie mich aus dem Verteiler nehmen, weil ich so spät antworte:
  Ist die Stelle noch offen?", "Antes de que me deis de baja: ¿sigue abierto?", "Voordat je me
  uit je bestand haalt: staat de vacature nog open?". Only the clause, and only when a question
  follows it: "before you remove me, is it remote? Either way, remove me afterwards" still asks.
- a removal denied, which `not_requests` takes out only beside a yes: "don't take me off the
  list … yes interested", "No me borres de tu lista, I'm totally interested!"; never in a
  question or after a subject or an "if": "why don't you take me off?", "if you don't remove
  me I'll report you", "¿por qué no me borran?", "Vocês não me tiram da lista?" complain.
- "I'm not looking" in Portuguese ("não estou procurando mas …"): the stop shapes read its
  "procurando" as the contact verb of "não me procure mais", and its "mas" (but) as "más".
"""

from __future__ import annotations

import re

from sequencer.inbound.needles import may_match

# Taking someone off: the verbs of a removal in the six languages.
_REMOVAL = (
    r"(?:\b(?:remov|delet|unsubscrib|drop|strik|eras|purg|nehm|austrag|l(?:ö|oe)sch|streich"
    r"|entfern|abmeld|retir|supprim|d[ée]sinscri|ray|enlev|sort|effac|borr|quit|s[áa]q|s[áa]c|elimin"
    r"|suprim|haal|verwijder|schrap|uitschrij|tir|exclu|descadastr|apag)\w*"
    r"|\bhal(?:en|t)\b|\btak\w*\s+(?:me\s+)?(?:off|out)\b|\bde\s+baja\b|\btrag\w*\s+(?:\w+\s+)?aus\b)"
)
_BEFORE = (
    r"(?:before|bevor|ehe|avant\s+(?:que|qu'|de)|antes\s+(?:de\s+que|que|de)|voordat|alvorens)"
)
# The clause, up to its first comma, colon or dash, with a question right after it.
_SUPPOSED = re.compile(
    rf"\b{_BEFORE}\s*[^.!?:;,\n]{{0,80}}?{_REMOVAL}[^.!?:;,\n]{{0,60}}+[:,;—–](?=[^.!?]{{0,160}}+\?)",
    re.IGNORECASE,
)
_ME = re.compile(r"\b(?:me|mich|moi|mij)\b|\bm'", re.IGNORECASE)


def without_removals_supposed(text: str) -> str:
    """ "Before you remove me: is the role still open?" without its first clause."""
    if "?" not in text:
        return text
    return _SUPPOSED.sub(lambda found: " " if _ME.search(found.group(0)) else found.group(0), text)


# A removal denied: "don't take me off", "nehmen Sie mich nicht aus …", "ne me retirez pas",
# "no me borres", "haal me niet van …", "não me tire da lista"; the words after it up to the
# clause's end ("off the list", "de la liste") go with it.
# Their profile, CV, data, number or contact.
_MINE = (
    r"(?:my|mein(?:e[nm]?)?|mon|ma|mes|mi|mis|(?:o\s+|a\s+|os\s+|as\s+)?(?:meu|minha|meus|minhas)"
    r"|mijn|m'n)\s+(?:\w+\s+)?(?:profiles?|profil|perfil|profiel|cv|resume|r[ée]sum[ée]|lebenslauf"
    r"|curr[íi]culo|data|daten|donn[ée]es|datos|dados|gegevens|details|number|nummer|num[ée]ro"
    r"|contact\w*|kontakt\w*|contato|info\w*|account|application|bewerbung|candidature"
    r"|candidatura|sollicitatie)\b"
)
# Not wanted done (session 31): "I don't want you to delete my profile", "ich will nicht, dass
# Sie mich löschen", "je ne veux pas que vous me supprimiez", "no quiero que me borren", "ik
# wil niet dat jullie het verwijderen", "não quero que me apaguem".
_NOT_WANTED = (
    r"\b(?:don'?t|dont|do\s+not)\s+want\s+(?:you|u|anyone)\s+to\s+(?:delete|remove|erase|drop"
    r"|exclude|unsubscribe|take\s+(?:me|it)\s+off)\b"
    r"|\b(?:will|m(?:ö|oe)chte|wollen)\s+nicht,?\s+dass\s+(?:sie|ihr|du)\s+(?:\w+\s+){1,2}?"
    r"(?:l(?:ö|oe)sch|entfern|austrag|streich)\w*"
    r"|\b(?:je\s+)?ne\s+(?:veux|voudrais|souhaite)\s+pas\s+que\s+vous\s+(?:\w+\s+){0,2}?"
    r"(?:supprim|effac|retir|d[ée]sinscriv|enlev)\w*"
    r"|\bno\s+quiero\s+que\s+(?:me|lo|la|los|las)\s+(?:borr|elimin|quit|saqu|excluy|den\s+de\s+baja)\w*"
    r"|\bwil\s+niet\s+dat\s+(?:jullie|u|je)\s+(?:\w+\s+){1,2}?(?:verwijder|wis|schrap)\w*"
    r"|\bn[ãa]o\s+quero\s+que\s+(?:me|o|a|os|as)\s+(?:apag|remov|exclu|tir|descadastr|elimin)\w*"
)
_DENIED = re.compile(
    r"(?:\b(?:don'?t|dont|do\s+not|never)\s+(?:ever\s+|you\s+(?:ever\s+)?dare\s+)?(?:take|remove"
    r"|delete|drop|unsubscribe|strike|cross|kick|erase|purge|exclude|scratch|opt)\s+me\b"
    r"|\bniet\s+stoppen\s+met\b"
    # A stop of our messages denied (session 34): "nem pense em parar de me mandar vaga", "ni se
    # te ocurra dejar de escribirme", "don't you dare stop", "n'arrêtez surtout pas".
    r"|\b(?:nem|n[ãa]o)\s+pens[ea]\s+em\s+parar\b|\b(?:ni|no)\s+se\s+(?:te|les?|os)\s+ocurra\s+dejar"
    r"\s+de\b|\b(?:don'?t|dont|do\s+not)\s+(?:you\s+dare|(?:even\s+)?think\s+(?:about|of))\s+stop"
    r"|\bne\s+(?:m'|me\s+)?arr[êe]te[zs]?\s+surtout\s+pas\b|\bwage\s+es\s+(?:ja\s+)?nicht\b"
    r"|\bdenk\s+er\s+(?:maar\s+)?niet\s+aan\s+om\s+te\s+stoppen\b"
    rf"|{_NOT_WANTED}"
    r"|\bno\s+me\s+(?:(?:borr|quit|saqu|elimin|suprim)(?:es|e|en|éis|eis)\b|(?:des|dé|den|deis)"
    r"\s+de\s+baja\b)"
    r"|\bn[ãa]o\s+me\s+(?:tire|tirem|tira|remova|removam|exclua|excluam|descadastre|descadastrem"
    r"|descadastra|apaga|exclui"
    r"|apague|apaguem)\b"
    r"|\bne\s+(?:me\s+|m')?(?:retire[zs]?|supprime[zs]?|d[ée]sinscri(?:s|vez)|enl[èe]ve[zs]?"
    r"|raye[zs]?|efface[zs]?|sorte[zs]?|d[ée]sabonne[zs]?)\s+(?:surtout\s+|jamais\s+)?pas\b"
    r"|\b(?:nehmen|l(?:ö|oe)schen|streichen|entfernen|tragen)\s+sie\s+mich\s+(?:\w+\s+){0,2}?nicht\b"
    r"|\b(?:nimm|l(?:ö|oe)sch|streich|trag)\s+mich\s+(?:bitte\s+)?nicht\b"
    # ...verb last (session 32): "bitte NICHT aus dem Verteiler nehmen".
    r"|\bbitte\s+nicht\s+(?:aus\s+(?:dem|der|den|ihrem|eurem)\s+\w+\s+)?(?:nehmen|austragen"
    r"|l(?:ö|oe)schen|entfernen|streichen|abmelden)\b"
    r"|\b(?:haal|verwijder|schrap|schrijf)\s+(?:me|mij)\s+(?:alsjeblieft\s+|aub\s+|a\.u\.b\.\s+"
    r"|vooral\s+|zeker\s+|maar\s+)?niet\b"
    # ...or theirs (session 30, a thirteenth writer): "please don't delete my profile", "löschen
    # Sie mein Profil nicht", "ne supprimez pas mon CV", "no borres mi perfil", "verwijder mijn
    # profiel niet", "não apague o meu contacto".
    rf"|\b(?:don'?t|dont|do\s+not|never)\s+(?:ever\s+)?(?:delete|remove|erase|drop|purge)\s+{_MINE}"
    rf"|\b(?:l(?:ö|oe)schen|entfernen|streichen)\s+sie\s+(?:bitte\s+)?{_MINE}\s+(?:bitte\s+)?nicht\b"
    rf"|\bne\s+(?:supprime[zs]?|efface[zs]?|retire[zs]?|enl[èe]ve[zs]?)\s+pas\s+{_MINE}"
    rf"|\bno\s+(?:borr|elimin|suprim|quit)(?:es|e|en|éis|eis)\s+{_MINE}"
    rf"|\b(?:verwijder|wis|schrap)\s+{_MINE}\s+(?:alsjeblieft\s+|aub\s+|a\.u\.b\.\s+)?niet\b"
    rf"|\bn[ãa]o\s+(?:apagu?e|apaguem|remova|removam|exclua|excluam|elimine|eliminem)\s+{_MINE}"
    # ...to the clause's end, not past a dash (session 35: "Don't remove me from this list — remove
    # me from ALL your lists").
    r")(?:[^.!?,;:\n–—-]|(?<=\w)-(?=\w)){0,40}",
    re.IGNORECASE,
)
# Not leaving by themselves: "I'm not unsubscribing", "ich melde mich nicht ab", "não vou me
# descadastrar ainda". That is no "don't remove me": "I'm not going to unsubscribe via some dodgy
# link - take me off your list" leaves it to us. Taken out only beside a yes (the caller checks).
_NOT_LEAVING = re.compile(
    r"(?:\bn[ãa]o\s+vou\s+me\s+(?:descadastrar|desinscrever)\b"
    r"|\b(?:i'?m|i\s+am)\s+not\s+(?:going\s+to\s+)?unsubscrib\w*"
    r"|\bich\s+melde\s+mich\s+(?:noch\s+)?nicht\s+ab\b|\bik\s+meld\s+me\s+(?:nog\s+)?niet\s+af\b"
    r"|\bno\s+me\s+voy\s+a\s+dar\s+de\s+baja\b|\bje\s+ne\s+vais\s+pas\s+me\s+d[ée]sinscrire\b)"
    r"(?:[^.!?,;:\n–—-]|(?<=\w)-(?=\w)){0,40}",
    re.IGNORECASE,
)


def declines_to_leave(text: str) -> bool:
    return bool(_NOT_LEAVING.search(text))


def without_declining_to_leave(text: str) -> str:
    return _NOT_LEAVING.sub(" ", text)


_NOT_WANTED_DONE = re.compile(_NOT_WANTED, re.IGNORECASE)
# A subject or "if"/"why" before it makes it a complaint or a threat.
_COMPLAINING = re.compile(
    r"\b(?:you|u|ya|they|you\s+guys|vocês|voc[êe]|vcs|vc|vous|jullie|je|u|ihr|sie|if|wenn|falls"
    r"|si|se|als|why|warum|wieso|pourquoi|por\s*qu[ée]|porque|waarom|still|noch|toujours"
    r"|todav[ií]a|ainda|nog)\W*$",
    re.IGNORECASE,
)
_WHY = re.compile(
    r"\b(?:why|warum|wieso|pourquoi|por\s*qu[ée]|porque|waarom|if|wenn|falls|si|se|als)\b",
    re.IGNORECASE,
)


def wants_no_removal(text: str) -> bool:
    """ "I don't want you to delete it": never a request to, yes or not beside it."""
    return bool(_NOT_WANTED_DONE.search(text))


def denies_a_removal(text: str) -> bool:
    return may_match(_DENIED, text) and bool(_DENIED.search(text))


def without_removals_denied(text: str) -> str:
    """ "don't take me off the list, I'm interested" without its denial (the caller checks the
    yes); left where it is asked or complained of."""
    return _DENIED.sub(lambda found: " " if _denied_plainly(text, found) else found.group(0), text)


def _denied_plainly(text: str, found: re.Match[str]) -> bool:
    """Its sentence, up to 120 characters either side, asks nothing and complains of nothing."""
    reach = max(0, found.start() - 120)
    start = max(text.rfind(mark, reach, found.start()) for mark in ".!?\n")
    before = text[max(start + 1, reach) : found.start()]
    after = _TO_THE_CLAUSE_END.match(text, found.end(), found.end() + 120)
    ends = after.group(0)[-1:] if after else ""
    return ends != "?" and not _COMPLAINING.search(before) and not _WHY.search(before)


_TO_THE_END = re.compile(r"[^.!?\n]*+[.!?\n]?")
# ...a question asked of the removal itself, not one after it ("don't take me off your list over
# this, but the cap has to go: is 140 doable?" asks about the pay: session 34).
_TO_THE_CLAUSE_END = re.compile(r"[^.!?\n,;:]*+[.!?\n,;:]?")


# "Não estou procurando", "eu não tô buscando mais": of themselves.
_NOT_LOOKING = re.compile(
    r"\bn[ãa]o\s+(?:estou|estamos|t[ôo]|tou|ando)\s+(?:mais\s+)?(?:procurando|buscando"
    r"|[àa]\s+procura)(?:\s+mais\b)?",
    re.IGNORECASE,
)


def without_not_looking(text: str) -> str:
    return _NOT_LOOKING.sub(" ", text)


# Taken out of one process, not out of our messages (session 31; the README: "remove me from the
# process for this role" is not_interested): "les ruego que me den de baja en el proceso de la
# vacante", "please take me out of the process", "retirez-moi du processus", "nehmen Sie mich aus
# dem Auswahlverfahren", "haal me uit de sollicitatieprocedure", "me tirem do processo seletivo".
# Not when a list or our messages follow: "take me off the process and your list" still asks.
_PROCESS = (
    r"(?:process\w*|proceso|procedure|procedimiento|proc[ée]dure|\w*verfahren|\w*prozess|auswahl\w*"
    r"|sollicitatie\w*|selecci[óo]n|sele[çc][ãa]o|candidatur[ae]|recruitment|recrutement"
    # ...or one role's shortlist (session 34): "take me off your shortlist for this one".
    r"|(?:liste|list|lista|lijst)\s+(?:des|of|de|der|van)\s+(?:candidat\w*|kandidat\w*)"
    r"(?=\s+(?:pour|for|para|f(?:ü|ue)r|voor)\s+(?:ce|cette|this|este|esta|diese\w*|deze|dit|essa|esse)\b)"
    r"|short-?\s?list(?=\s+(?:for|f(?:ü|ue)r|pour|para|voor)\s+(?:this|that|the|ce|cette|diese\w*"
    r"|este|esta|deze|dit|essa|esse)\b))\b"
)
_FROM_A_PROCESS = re.compile(
    rf"{_REMOVAL}(?:[-\s]+(?:me|moi|mich|mij|us|sie|bitte|please|(?:mon|my|meinen|mi|meu|mijn)\s+"
    r"(?:nom|name|nombre|nome|naam|namen)))*\s+(?:(?:from|of|off|out\s+of|de|del|en|el|la|do|da|no|na|du|aus|dem|der|uit|van|the"
    rf"|de|het|this|that|ce|este|esse|diesem|your|votre|vos|ihrem|eurem|jullie|uw)\s+){{1,3}}{_PROCESS}"
    r"(?![^.!?\n]{0,60}?\b(?:lists?|listas?|listes?|liste[n]?|lijst\w*|bases?|database\w*|datos"
    r"|dados|donn[ée]es|daten|gegevens|verteiler|mailings?|e-?mails|correos|mensajes|messages"
    r"|mensagens|nachrichten|berichten|envios|env[íi]os|newsletter\w*)\b)",
    re.IGNORECASE,
)


def without_processes_left(text: str) -> str:
    return _FROM_A_PROCESS.sub(" ", text) if may_match(_FROM_A_PROCESS, text) else text


# A removal said not to be needed or not asked for (session 32, near misses of a fourth wave),
# taken out whatever else the reply says: the verb first, "uitschrijven hoeft niet hoor",
# "unsubscriben hoeft niet", "abmelden ist nicht nötig", "löschen brauchen Sie mich nicht"; or
# not asked: "je ne vous demande pas de me désabonner", "I'm not asking you to remove me", "no
# les pido que me den de baja", "não estou pedindo a exclusão", "ich bitte nicht darum, gelöscht
# zu werden", "ik vraag niet om verwijdering". Only the clause: "uitschrijven hoeft niet, maar
# verwijder wel mijn nummer" still deletes the number.
_REMOVING = (
    r"(?:unsubscrib\w*|remov\w*|delet\w*|eras\w*|take\s+me\s+off|d[ée]sabonn\w*|d[ée]sinscri\w*"
    r"|supprim\w*|effac\w*|retir\w*|de\s+baja|borr\w*|elimin\w*|suprim\w*|exclus[ãa]o|exclu\w*"
    r"|apag\w*|remo[çc][ãa]o|descadastr\w*|l(?:ö|oe)sch\w*|gel(?:ö|oe)scht|austrag\w*|abmeld\w*"
    r"|entfern\w*|verwijder\w*|uitschrij\w*|afmeld\w*|wissen)"
)
_NOT_ASKED = re.compile(
    r"\b(?:abmelden|austragen|l(?:ö|oe)schen)\s+muss\s+ich\s+mich\s+nicht\b[^.!?;:\n]{0,40}"
    r"|\b(?:uitschrijven|afmelden|unsubscriben|verwijderen|wissen|abmelden|austragen|l(?:ö|oe)schen"
    r"|entfernen|streichen)\s+(?:(?:hoeft|hoef|hoeven|is|ist)\s+(?:\w+\s+)?(?:niet|nicht)(?:\s+n(?:ö|oe)tig"
    r"|\s+nodig)?|(?:ist\s+)?(?:nicht\s+n(?:ö|oe)tig|unn(?:ö|oe)tig)|(?:brauchen|m(?:ü|ue)ssen)\s+sie"
    r"\s+(?:mich\s+)?nicht)\b"
    r"|\b(?:(?:i'?m|i\s+am)\s+not\s+asking\s+(?:you\s+)?(?:to|for)|(?:je\s+)?ne\s+(?:vous|te)"
    r"\s+demande\s+pas|no\s+(?:te|le|les|os)\s+pido|no\s+(?:estoy\s+)?(?:pidiendo|solicitando)"
    r"|n[ãa]o\s+(?:estou\s+|t[ôo]\s+)?(?:pedindo|solicitando)|n[ãa]o\s+(?:pe[çc]o|quero|solicito)"
    # "Ce n'est pas une demande de désinscription", "this is not a request to unsubscribe".
    r"\s+(?:a|que)|(?:pas|not|kein\w*|geen|no\s+es|n[ãa]o\s+[ée])\s+(?:une?|a|an|eine?|una?|uma"
    r"|een)\s+(?:demande|request|bitte|anfrage|pedido|solicitud|verzoek)\s+(?:de|d'|to|for|zur"
    r"|um|om|para|tot)"
    r"|ich\s+(?:bitte|verlange)\s+nicht|ik\s+vraag\s+(?:u\s+|jullie\s+|je\s+)?niet)"
    # ...to the clause's end or a "but" (session 35: "not a request to unsubscribe me but an
    # order to delete all my data").
    rf"\b[^.!?;:,\n]{{0,40}}?\b{_REMOVING}(?:(?!\s(?:but|mais|aber|pero|mas|maar|sondern|sino)\b)"
    r"[^.!?;:,\n])*",
    re.IGNORECASE,
)


# ...unless a demand follows, in that sentence or the next (session 33): "I'm not asking you to
# remove me, I'm demanding it", "je ne vous demande pas de me désinscrire, je l'exige", "no les
# pido que me den de baja, se lo exijo", "ik vraag niet om verwijdering, ik eis het". A demand
# made, in the first person (session 34: not "les exigences du poste", "welke eisen", "in order
# to plan", "I insist you keep me posted").
_DEMANDED = re.compile(
    r"[^\n]{0,30}?\b(?:(?:i'?m|i\s+am)\s+(?:demanding|insisting|telling|ordering)|i\s+(?:demand|insist"
    r"|order)(?:\s+(?:it|that|on\s+it))?(?=\s*(?:[.!,;]|$|(?:you\s+)?(?:to\s+)?(?:remove|delete"
    r"|unsubscribe|stop|take)))|je\s+(?:l'|vous\s+l'|le\s+)?(?:exige|ordonne)|j'exige"
    r"|(?:se\s+|te\s+)?lo\s+(?:exijo|ordeno)|exijo\s+que|(?:eu\s+)?exijo(?=\s*(?:[.!,;]|$))"
    r"|estou\s+exigindo|ich\s+(?:verlange|fordere)\s+(?:es|das)|ich\s+bestehe\s+darauf"
    r"|ik\s+(?:eis|verlang)\s+het|ik\s+sta\s+erop|ik\s+eis\s+dat"
    # ...or named one (session 35): "this is a demand", "c'est une exigence", "é uma ordem".
    r"|(?:it'?s|this\s+is|that'?s|c'est|das\s+ist|dies\s+ist|es\s+ist|es|esto\s+es|[ée]|isto\s+[ée]"
    r"|dit\s+is|het\s+is)\s+(?:a|an|une|eine|una|uma|een)\s+(?:demand|order|exigence|ordre"
    r"|forderung|aufforderung|anweisung|exigencia|orden|ordem|exig[êe]ncia|eis|bevel))\b",
    re.IGNORECASE,
)


def without_removals_not_asked(text: str) -> str:
    """ "Uitschrijven hoeft niet", "je ne vous demande pas de me désabonner", taken out."""
    if not may_match(_NOT_ASKED, text):  # a string it needs looked for first: the same answer
        return text
    return _NOT_ASKED.sub(
        lambda found: found.group() if _DEMANDED.match(text, found.end()) else " ", text
    )
