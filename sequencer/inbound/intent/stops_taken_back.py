"""Stop words that ask nothing to stop (session 30, the kinds a thirteenth writer used), taken
out of a reply before the stop readers see it, as `not_requests` does:

- a stop sent earlier taken back, or meant for another sender: "Negeer mijn 'afmelden' van
  gisteren, dat was bedoeld voor de nieuwsbrief", "please ignore my 'unsubscribe' from
  yesterday", "Ignorieren Sie mein 'Abmelden'", "ignorez mon « STOP »", "ignora mi «baja»",
  "ignore o meu 'sair'", "my STOP was meant for the gym". The README: it takes the label of what
  it asks for now. Its sentence goes, and only in a reply that says yes (the caller checks):
  "ignore my last email: unsubscribe me" names no stop it takes back, and "my 'afmelden' was
  meant for you" stays a stop.
- a cry of surprise before questions: "stop, attendez, c'est vraiment du full remote ?",
  "Stop — before you go further, is the role remote?",
  "stop, wait, is this fully remote?", "Stopp, warten Sie, …?", "para, espera, ¿…?", "stop,
  wacht, …?", "wait, stop, …?". Only the cry goes, only with a wait beside it and a question
  after it that asks neither why we write nor where we got them: "STOP. Wait, why are you still
  texting me?", "stop, wait, who gave you my number?" and "stop, attendez, je ne veux plus de
  messages" stay stops.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sequencer.inbound.intent.word_gate import CaselessWordGate, alternatives
from sequencer.inbound.needles import may_match

_STOP_WORD = (
    r"(?:stop|stopp|unsubscribe|unsub|abmelden|austragen|afmelden|uitschrijven|d[ée]sinscription"
    r"|d[ée]sabonnement|d[ée]sinscri(?:re|s)|baja|sair|descadastr\w*|remove|cancelar|arr[êe]t\w*"
    # ...a data-protection objection (session 34): "disregard my earlier objection under
    # Article 21(2) GDPR".
    r"|(?:earlier\s+|previous\s+|vorige\s+|eerdere\s+|fr(?:ü|ue)here[nr]?\s+)?(?:objection"
    r"|bezwaar|widerspruch|opposition|oposici[óo]n|oposi[çc][ãa]o))"
)
_QUOTE = r"[\"'«»“”‘’„‚]?\s*"
_TAKE_BACK = (
    r"(?:ignore|disregard|forget|negeer|vergeet|ignorieren\s+sie|ignorier|vergessen\s+sie|vergiss"
    r"|ignorez|oubliez|oublie|ignora|ignorad|olvida|olvide|olvidad|ignorem|esque[çc]a|esque[çc]am"
    r"|desconsider\w*"
    # Session 34: "esquece aquele 'me tira da lista'", "ne tenez pas compte de mon « STOP »".
    r"|esquece|esque[çc]am|ne\s+(?:tenez|tiens)\s+pas\s+compte|no\s+hag(?:as|a|an)\s+caso"
    r"|n[ãa]o\s+lig(?:ue|a)\s+pr[ao])"
)
_MY = (
    r"(?:my|the|that|mijn|die|dat|het|mein\w*|das|den|mon|ma|le|la|ce|mi|el|ese|o\s+meu|a\s+minha"
    r"|o|a|meu|esse|aquele|aquela|du|de|des|del|al|do|da|this|mon|mes)"
)
# An earlier message quoted: "ignore the 'leave me alone' text", "olvida el «bórrame de la lista»"
# (session 34), or the link they clicked: "ne tenez pas compte du lien de désinscription".
_QUOTED = r"[\"'«“‘„]\s*[^\"'«»“”‘’„\n]{1,40}?\s*[\"'»”’]"
_LINK = (
    r"(?:(?:lien|link|enlace|bot[óo]n|bouton|button|knop|knopf)\s+"
    r"(?:de\s+|d'|to\s+|van\s+|zum\s+)?)"
)
# Someone else of theirs sent it: "aquele SAIR … foi meu filho mexendo no telefone".
_SOMEONE_ELSE = (
    r"(?:was|foi|fue|war|c'[ée]tait|[ée]tait|era)\s+(?:my|meu|minha|mi|mein\w*|mon|ma|mijn"
    r"|o\s+meu|a\s+minha)\s+(?:\w+\s+)?(?:son|daughter|kid|child|brother|sister|wife|husband"
    r"|partner|filh[oa]|hij[oa]|herman[oa]|irm[ãa]o?|sohn|tochter|kind|bruder|schwester|fils"
    r"|fille|enfant|fr[èe]re|s(?:œ|oe)ur|zoon|dochter|broer|zus|marido|mulher|esposa|mann|frau"
    r"|femme|mari|vrouw|man)\b"
)
# "meant for the newsletter", "bedoeld voor de sportschool", "war für den Newsletter gedacht",
# "c'était pour une autre newsletter", "era para otro boletín", "era para outra newsletter";
# not meant for us ("was voor jullie bedoeld", "era para ti").
_MEANT_ELSEWHERE = (
    r"(?:meant\s+for|intended\s+for|bedoeld\s+voor|gedacht\s+f(?:ü|ue|u)r|war\s+f(?:ü|ue|u)r"
    r"|galt|(?:c')?[ée]tait\s+pour|destin[ée]e?\s+[àa]|iba\s+para|era\s+para|era\s+pra|was\s+for"
    r"|was\s+voor|r[ée]pondais\s+[àa]|respond[ií]a\s+a|respondia\s+a|answering)"
    r"(?!\s+(?:you|jullie|jou|u|sie|ihnen|dich|vous|toi|ti|usted|vosotros|voc[êe]s?|vos|ti|vcs|vc"
    r"|tu)\b)"
)
# Not "… era pra vcs sim, nao era pra outra empresa" (session 34).
_NOT_DENIED = (
    r"(?<!\bno\s)(?<!\bnao\s)(?<!\bnão\s)(?<!\bnot\s)(?<!\bniet\s)(?<!\bnicht\s)(?<!\bpas\s)"
)
# Not asked not to ("don't ignore my STOP", "n'ignorez pas mon « STOP »").
_NOT_DONT = (
    r"(?<!not\s)(?<!n't\s)(?<!never\s)(?<!nicht\s)(?<!niet\s)(?<!\bno\s)(?<!não\s)(?<!nao\s)(?<!n')"
)
_MEANT_OR_THEIRS = rf"(?:{_MEANT_ELSEWHERE}|{_SOMEONE_ELSE})"
# Each "\b" before the look-behinds beside it (session 35, P): tried only where a word begins.
_TAKEN_BACK = re.compile(
    rf"\b{_NOT_DONT}{_TAKE_BACK}\s+(?:(?P<my>{_MY})\s+)?{_LINK}?(?P<quote>{_QUOTE})(?P<stop>{_STOP_WORD})\b"
    rf"|\b(?P<said>{_STOP_WORD})\b(?P<quoted>{_QUOTE})[^.!?\n]{{0,60}}?\b{_NOT_DENIED}{_MEANT_OR_THEIRS}"
    rf"|\b{_NOT_DONT}{_TAKE_BACK}\s+(?:{_MY}\s+)?{_QUOTED}"
    rf"|{_QUOTED}[^.!?\n]{{0,60}}?\b{_NOT_DENIED}{_MEANT_OR_THEIRS}",
    re.IGNORECASE,
)
# Whether it matches, asked of its ways by `word_gate` (those ending on whom it was meant for only
# where such a word may be): the same answer ("never stop emailing me" x 870: 35 -> 0.3 ms).
_WAYS = alternatives(_TAKEN_BACK)
_TAKEN_BACK_GATE = CaselessWordGate(_WAYS)
_IGNORED_GATE = CaselessWordGate(w for w in _WAYS if not w.pattern.endswith(_MEANT_OR_THEIRS))
_A_SENDER_MEANT = re.compile(_MEANT_OR_THEIRS, re.IGNORECASE)
_SENTENCE_REST = re.compile(r"[^.!?\n]*+[.!?]*+")
# A stop word named as a message of theirs (session 35), not a stop asked now ("Forget the
# unsubscribe link, just remove me", "Stop texting me, this is my wife's phone", "stop sending me
# roles meant for juniors"): their own or that one, quoted, in capitals, or sent before.
_THEIRS = re.compile(
    r"(?:my|mijn|m'n|mein\w*|mon|ma|mes|mi|mis|meu|minha|o\s+meu|a\s+minha|that|this|dat|die|dit|ce"
    r"|cet|cette|ese|esa|este|esta|aquel\w*|esse|essa|jene\w*|diese\w*)\s+$",
    re.IGNORECASE,
)
_SENT_BEFORE = re.compile(
    r"[^.!?\n]{0,40}?\b(?:i\s+(?:sent|clicked|wrote|texted|hit)|(?:from|of)\s+(?:yesterday|earlier"
    r"|before|this\s+morning|last\s+\w+)|yesterday|earlier|this\s+morning|van\s+(?:gisteren|net"
    r"|vanochtend|vanmorgen|vorige\s+week)|(?:die|dat)\s+ik|von\s+gestern|vorhin|gestern|heute\s+morgen"
    r"|die\s+ich|das\s+ich|d'hier|de\s+ce\s+matin|tout\s+[àa]\s+l'heure|que\s+j'ai|de\s+ayer|de\s+antes"
    r"|de\s+esta\s+ma[ñn]ana|que\s+(?:te\s+|os\s+|les\s+)?(?:mand|envi|escrib)\w*|de\s+ontem"
    r"|que\s+(?:eu\s+)?(?:mandei|enviei|cliquei|escrevi)|j'ai|hier|ayer|ontem|gisteren)\b",
    re.IGNORECASE,
)
# A stop of their own after it: "Forget the unsubscribe link, just remove me from your list",
# "Olvida la baja, borra todos mis datos", "ignore the 'interested', I'm not: remove me".
_OWN_STOP = re.compile(
    r"\b(?:remove\s+me|delete\s+(?:me|my|all)|erase|unsubscribe\s+me|take\s+me\s+off|stop\s+\w+ing"
    r"|don'?t\s+(?:call|text|e-?mail|contact|write|message)|l(?:ö|oe)schen\s+sie|entfernen\s+sie"
    r"|nehmen\s+sie\s+mich|tragen\s+sie\s+mich|streichen\s+sie|h(?:ö|oe)ren\s+sie\s+auf|supprimez"
    r"|effacez|retirez|d[ée]sinscrivez|arr[êe]tez|b[oó]rr(?:a|e|en|ad|adme|ame|enme)\b"
    r"|elimin(?:a|e|en|ad)(?:me)?\b|qu[ií]t(?:a|e|en)me|s[áa]ca(?:me|nos)|d[ée]n?me\s+de\s+baja"
    r"|dejen\s+de|deja\s+de|apag(?:a|ue|uem)\b|exclu(?:a|am)\b|tir(?:a|e|em)(?:-me)?\s+(?:\w+\s+)?d[aoe]"
    r"|remov(?:a|am)\b|descadastr(?:a|e|em)\b|parem\s+de|pare\s+de|verwijder|haal\s+(?:me|mij)|schrap"
    r"|stop\s+met|hou\s+op)\b",
    re.IGNORECASE,
)
# Quoted words, which are the earlier message's, not a stop of their own.
_QUOTED_SPAN = re.compile(
    r"\"[^\"\n]{0,120}\"|“[^”\n]{0,120}”|«[^»\n]{0,120}»|„[^“”\n]{0,120}[“”]|‘[^’\n]{0,120}’"
    r"|(?<!\w)'[^'\n]{0,120}'(?!\w)"
)


def _names_a_message(text: str, found: re.Match[str]) -> bool:
    """The stop word at `found` names an earlier message, not a stop asked now."""
    name = "stop" if found.group("stop") else "said" if found.group("said") else None
    if name is None:  # a quoted message
        return True
    word = found.group(name)
    quoted = found.group("quote" if name == "stop" else "quoted").strip()
    if name == "stop" and found.group("my") and _THEIRS.match(found.group("my") + " "):
        return True
    before = text[max(0, found.start(name) - 20) : found.start(name)]
    return bool(
        quoted
        or (word.isupper() and len(word) > 1)
        or _THEIRS.search(before)
        or _SENT_BEFORE.match(text, found.end(name))
        or (name == "said" and _ASKED_BEFORE.search(before))
    )


# Someone's request reported: "quem pediu pra sair da lista foi meu irmão".
_ASKED_BEFORE = re.compile(
    r"\b(?:asked|requested|wanted|pediu|pidi[óo]|quis|quiso|bat|gebeten|wollte|vroeg|gevraagd|wilde"
    r"|demand[ée]|voulait)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# The yes beside it, besides the phrase rules' cues: "kunnen we donderdag bellen?", "can we talk
# Thursday?", "ça m'intéresse", "Jouw vacature vind ik juist heel interessant".
_YES = re.compile(
    r"\b(?:kunnen\s+we|can\s+we|could\s+we|shall\s+we|k(?:ö|oe|o)nnen\s+wir|on\s+(?:peut|se)"
    r"|pouvons-nous|podemos|podr[ií]amos|hablamos|falamos)\b[^.!?]{0,30}?\b(?:bel\w*|call\w*|talk"
    r"|speak|chat|telefonier\w*|sprechen|appel\w*|parl\w*|llam\w*|habl\w*|lig\w*|fal\w*|spre\w*)"
    r"|(?<!niet\s)(?<!nicht\s)(?<!pas\s)(?<!no\s)(?<!not\s)\b(?:interessant|interesting"
    r"|interesante|interessante|spannend)\b",
    re.IGNORECASE,
)


def takes_a_stop_back(text: str) -> bool:
    gate = _TAKEN_BACK_GATE if may_match(_A_SENDER_MEANT, text) else _IGNORED_GATE
    return gate.any_match(text) and any(
        _names_a_message(text, found) for found in _TAKEN_BACK.finditer(text)
    )


def says_yes_beside_it(text: str) -> bool:
    return bool(_YES.search(text))


def without_stops_taken_back(text: str) -> str:
    """Each sentence that takes a stop back, whole, but for a stop of their own in it (session
    35): "Forget my unsubscribe, just remove me" still asks to be removed."""
    unquoted = _QUOTED_SPAN.sub(lambda quoted: " " * len(quoted.group()), text)
    kept, start = [], 0
    for found in _TAKEN_BACK.finditer(text):
        if found.start() < start or not _names_a_message(text, found):
            continue
        begins = max(start, *(text.rfind(mark, start, found.start()) + 1 for mark in ".!?\n"))
        if _OWN_STOP.search(unquoted, begins, found.start()):
            begins = found.start()
        rest = _SENTENCE_REST.match(text, found.end())
        ends = rest.end() if rest else found.end()
        own = _OWN_STOP.search(unquoted, found.end(), ends)
        kept.append(text[start:begins])
        start = own.start() if own else ends
    return " ".join([*kept, text[start:]])


_CRY = r"(?:stop|stopp|arr[êe]te[zr]?|para|pare|ho)"
_WAIT = (
    r"(?:wait|hang\s+on|hold\s+on|attends|attendez|warte|warten\s+sie|moment|einen\s+moment|wacht"
    r"(?:\s+even)?|espera(?:\s+a[íi])?|espere|pera(?:[íi]|\s+a[íi])?|un\s+momento|um\s+momento"
    r"|une\s+minute"
    # A second, an instant: "Stop, une seconde : …?", "stop, one sec, …?", "para, un segundo, ¿…?".
    r"|une\s+seconde|un\s+instant|(?:one|a)\s+sec(?:ond)?|just\s+a\s+sec(?:ond)?|un\s+segundo|um\s+segundo"
    r"|eine?\s+sekunde|een\s+seconde(?:je)?|momentje"
    # Before we go on (session 31): "Stop — before you go further, is the role remote?",
    # "Stopp, bevor Sie weitermachen: …?", "para, antes de seguir: ¿…?".
    r"|before\s+(?:you|we)\s+go\s+(?:any\s+)?(?:on|further)|bevor\s+(?:sie|du|wir)\s+weiter\w*"
    r"|avant\s+d'aller\s+plus\s+loin|avant\s+de\s+continuer|antes\s+de\s+(?:seguir|continuar)"
    r"|voor(?:dat)?\s+(?:je|u|we|jullie)\s+verder\s+gaa?t?n?)"
)
_CRY_OF_SURPRISE = re.compile(
    rf"^\W*(?:(?:oh|ho|wow|whoa|hey|eh|ah)\W+)?(?:{_CRY}\s*[,—–-]?\s*{_WAIT}|{_WAIT}\s*[,—–-]?\s*"
    rf"{_CRY})\b(?!\s+(?:not|nicht|pas|no|niet|n[ãa]o)\b)\s*[,!—–-]*",
    re.IGNORECASE,
)
# Questions that complain or ask where we got them: the cry before them may be a stop.
_ANGRY_QUESTION = re.compile(
    r"\b(?:why|warum|wieso|weshalb|pourquoi|por\s*qu[ée]|porque|waarom|who|wer|qui|qui[ée]n|quem"
    r"|where\s+did|woher|d'o[uù]|de\s+d[oó]nde|de\s+onde|waar\s+(?:hebben|heb|komt|haal)"
    r"|wie\s+(?:heeft|gaf)|how\s+did\s+you\s+get|comment\s+avez|c[oó]mo\s+(?:consiguie|obtuvie)"
    r"|como\s+(?:conseguiram|obtiveram)|hoe\s+kom)",
    re.IGNORECASE,
)


def without_cry_of_surprise(text: str) -> str:
    """ "stop, attendez, c'est vraiment du full remote ?" without its cry."""
    found = _CRY_OF_SURPRISE.match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    if "?" not in rest or _ANGRY_QUESTION.search(rest):
        return text
    return rest


# A stop named and answered no, joked and taken back, or only thought of (session 32, the near
# misses of a fourth wave): "unsub? nah", "1. abmelden? nein 2. interesse? ja", "Descadastrar?
# Não, obrigado", "désinscription de quoi ?"; "borrame de la lista… nah mentira 😂", "remove me
# lol jk", "austragen? Spaß 😄"; "wou eerst afmelden lol maar ok, toch curious", "iba a ponerte
# «no me escribas más» y luego he visto que eres de Factorial", "I was going to hit unsubscribe,
# but". Only that stretch goes: "stop? no, REMOVE me" still asks to be removed, and "stop
# texting me. jk. no seriously, stop" keeps its last stop.
_STOP_NAMED = (
    r"(?:stop(?:p|pen)?|unsub\w*|opt(?:-|\s+)?out|abmelden|abmeldung|austragen|afmelden|uitschrijv\w*"
    r"|d[ée]sinscri\w*|d[ée]sabonn\w*|de\s+baja|darme\s+de\s+baja|baja|desuscri\w*|descadastr\w*"
    r"|sair|remove(?:\s+me)?|take\s+me\s+off|delete\s+me|b[oó]rr\w*|l(?:ö|oe)sch\w*|verwijder\w*"
    r"|apag\w*|supprim\w*|retir\w*|tir(?:a|e|em)\b|s[áa]ca\w*|quit(?:a|e|en)\w*|cancel\w*(?:\s+a\s+inscri[çc][ãa]o)?)"
)
# After the no only its courtesy goes (session 33): "Stop? No, REMOVE me", "Abmelden? Nein,
# löschen Sie alle meine Daten!" answer no to the weaker word with a stronger stop, which stays.
_COURTESY = (
    r"(?:thanks?|thank\s+you|thx|merci(?:\s+bien)?|(?:vielen\s+)?dank(?:e|\s+je|\s+u)?(?:\s+(?:sch(?:ö|oe)n"
    r"|wel))?|(?:muchas\s+)?gracias|(?:muito\s+)?obrigad[oa]|bedankt|joh|hoor|jk|lol|haha|way)"
)
# ...and a stop it says not to do (session 34): "Unsubscribe? No, please don't remove me",
# "Descadastrar? Não, não me tire da lista", "Abmelden? Nein, bitte nicht löschen".
_NOT_DONE = (
    r"(?:(?:please|pls|bitte|por\s+favor|graag)\s+)?(?:don'?t|do\s+not|n[ãa]o\s+me|ne\s+me|no\s+me"
    rf"|nicht|niet)\s+(?:\w+\s+)?(?:{_STOP_NAMED})\b(?:\s+(?:me|mich|mij|moi|pas)\b)?"
)
_ANSWERED_NO = re.compile(
    rf"(?<![\w'])(?:{_STOP_NAMED})\s*\?+\s*(?:(?:nah+|nope|no|nee|neen|nein|n(?:ö|oe)|non|n[ãa]o"
    rf"|nop|never)\b(?=\s*(?:[^\w\s]|$|\d|{_COURTESY}\b))(?:[\s,!]*{_COURTESY}\b)*"
    rf"(?:[\s,!]*{_NOT_DONE})?"
    r"|(?:de\s+quoi|of\s+what|from\s+what|wovon|von\s+was|de\s+qu[ée]"
    r"|waarvan|van\s+wat)\b[^.!?\n]{0,10}\?)",
    re.IGNORECASE,
)
# The joke within the sentence, or after an ellipsis ("me désinscrire... je rigole"), not after a
# full stop; and a "no" before it only as an answer ("nah jk", "no, es broma"): "no es broma",
# "kein Spaß", "not kidding" deny the joke and make the stop firmer (session 33). A run of dots
# or "…" is one piece, taken whole (session 34: read two ways, "stop" and a dotted line hung);
# and the joke may open the next sentence (session 34, the README: a stop taken back takes the
# label of what is asked now): "Unsubscribe me. Just kidding, tell me more."
_JOKE = (
    r"jk|j/k|just\s+kidding|kidding|mentira|es\s+broma|broma|c'est\s+une\s+blague|je\s+rigole"
    r"|blague|brincadeira|zoeira|zuera|grapje|geintje|grap|spa(?:ß|ss)|scherz|scherzchen"
)
_JOKED = re.compile(
    rf"(?<![\w'])(?:{_STOP_NAMED})\b(?:[^.!?\n…]|\.{{2,}}+|…){{0,60}}?(?:[.!]\s+)?\b(?:(?:nah+|nee|naa+|nope)\W+"
    rf"|no\s*[,!.…]+\s*)?(?P<joke>{_JOKE})\b",
    re.IGNORECASE,
)
_A_JOKE = re.compile(_JOKE, re.IGNORECASE)  # looked for first: every match holds a joke word
# A joke denied, just before the joke word: "I'm not kidding", "ce n'est pas une blague", "kein
# Spaß", "dit is geen grap", "não é brincadeira", "sans blague", "isn't a joke"; a bare "no" only
# right before it or its copula ("no kidding", "no es broma"), never before a subject ("lol no
# I'm just kidding") nor as "no mentira" ("nah, just kidding" in Spanish chat; session 34).
_JOKE_DENIED = re.compile(
    r"(?:\b(?:not|pas|kein\w*|geen|nicht|n[ãa]o|sin|sem|sans|ohne|zonder|nada\s+de)|n't)\s+"
    r"(?:[\w']+\s+){0,2}$"
    r"|\bno\s+(?P<copula>(?:es|is|era|fue|e|[ée]|est)\s+(?:(?:una?|a|uma)\s+)?)?$",
    re.IGNORECASE,
)


# "Kidding aside", "Blague à part", "Brincadeira à parte", "Spaß beiseite", "Spaß muss sein":
# seriously, the stop stands (session 35).
_JOKE_ASIDE = re.compile(
    r"\s*(?:aside|apart|[àa]\s+part|[àa]\s+parte|aparte|de\s+lado|beiseite|terzijde|opzij"
    r"|muss\s+sein)\b",
    re.IGNORECASE,
)


def _joke_unless_denied(found: re.Match[str]) -> str:
    joke = found.start("joke")
    if _JOKE_ASIDE.match(found.string, found.end()):
        return found.group()
    denied = _JOKE_DENIED.search(found.string, max(0, joke - 40), joke)
    if denied and not (
        found.group("joke").lower() == "mentira"
        and denied.group().lower().startswith("no")
        and denied.group("copula") is None
    ):
        return found.group()
    return " "


_CONSIDERED = re.compile(
    r"\b(?:was\s+going\s+to|wanted\s+to|almost|nearly|wollte|wolltest|j'allais|je\s+voulais"
    r"|j'ai\s+failli|iba\s+a|quer[ií]a|casi|eu\s+ia|ia|queria|quase|wou|wilde|ging|bijna)\b"
    rf"[^.!?\n]{{0,40}}?(?<![\w'])[«\"'“„]?(?:{_STOP_NAMED})\b[^.!?\n]{{0,40}}?(?:\bbut\b|\bmaar\b"
    r"|\baber\b|\bmais\b|\bpero\b|\bmas\b|\by\s+luego\b|\bthen\b|\bdann\b|\bpuis\b|\bdaarna\b"
    r"|\bdepois\b)",
    re.IGNORECASE,
)


# A stop echoed back as a question (session 33, train paraphrases still read wrong): "Opt out of
# what exactly?", "Abmelden von was genau?", "désinscription de quoi ?", "afmelden voor wat
# precies?", "¿darme de baja de qué?", "descadastrar de quê?". The noun or the infinitive only,
# right before its question: "unsubscribe me from what exactly? From every list" and
# "Unsubscribe. From what? From everything" still ask, and so does an answer after it ("Von
# allen euren Listen!", "Your whole database").
_ECHOED = (
    r"(?:unsubscrib(?:e|ing)|opt(?:-|\s+)?out|abmelden|abmeldung|austragen|afmelden|uitschrijven"
    r"|d[ée]sinscription|d[ée]sabonnement|d[ée]sinscrire|(?:darme\s+)?de\s+baja|desuscri(?:birme|pci[óo]n)"
    r"|descadastr(?:ar|amento)|cancelar\s+a\s+inscri[çc][ãa]o)"
)
_ASKED_ABOUT = re.compile(
    rf"(?<![\w'])[«\"'“„]?{_ECHOED}[»\"'”]?\s*\??\s*(?:(?:(?:from|of|von|de|da|do|voor|van|uit)\s+)?"
    r"(?:what|was|quoi|qu[ée]|qu[êe]|wat)|wovon|waarvan"
    # ...or how, only when what they want is narrower (session 34): "abmelden wie? will eigtl nur
    # die sms auf whatsapp umstellen"; "unsubscribe how?" alone asks the way out.
    r"|(?:how|wie|comment|c[oó]mo|como|hoe)(?=\s*\?+\s*(?:[\w']+\s+){0,4}?(?:only|just|nur|alleen|enkel"
    r"|seulement|uniquement|juste|solo|solamente|apenas|somente)\b))"
    r"(?:\s+(?:exactly|genau|precies|exactement|exactamente|exatamente|eigentlich|then|dann|alors|dan"
    r"|entonces|ent[ãa]o|eigenlijk|dann))?\s*\?+(?!\s*(?:[\w']+\s+){0,3}?(?:everything|all|allem|alles"
    r"|alle|allen|tout|tous|toutes|todo|tudo|every|toda|todas|todos|whole|entire|inteir\w*|gesamt\w*)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)  # asked of a reply's text twice (lookalikes, yes); pure, of one str
def without_stops_not_meant(text: str) -> str:
    """A stop answered no, joked and taken back, or echoed as a question, without its words
    (one only thought of: `thinks_of_a_stop`, below)."""
    if "?" in text:  # a cheap look first: every stop answered no is asked with one
        text = _ANSWERED_NO.sub(" ", text)
    if may_match(_A_JOKE, text):
        text = _JOKED.sub(_joke_unless_denied, text)
    if may_match(_ASKED_ABOUT, text):  # a cheap look first: most replies echo no stop word
        text = _ASKED_ABOUT.sub(" ", text)
    return text


# A stop only thought of is no request only in a reply that goes on to say yes (the caller
# checks, session 33), or to ask about the role ("casi me desuscribo pero vi que es remoto.
# cuánto pagan?"); not when the way out failed or is left to us: "I wanted to unsubscribe but
# couldn't find the link, please do it", "je ne trouve pas le lien, pouvez-vous le faire ?".
def thinks_of_a_stop(text: str) -> bool:
    return bool(_CONSIDERED.search(text))


def asks_on_after_a_stop_thought_of(text: str) -> bool:
    found = _CONSIDERED.search(text)
    return bool(found and "?" in text[found.end() :] and not _WAY_OUT_FAILED.search(text))


_WAY_OUT_FAILED = re.compile(
    r"\b(?:link|links|button|lien|bouton|enlace|bot[oó]n|bot[ãa]o|knop|knopf|page|p[áa]gina"
    r"|couldn'?t|can'?t|cannot|could\s+not|(?:does|did)\s*n'?t\s+work|broken|kaputt|do\s+it"
    r"|take\s+care|for\s+me|trouve|marche|fonctionne|le\s+faire|pour\s+moi|encuentro|funciona"
    r"|pude|hacerlo|por\s+m[ií]|werkt|vind|kon|doen|voor\s+mij|consegui\w*|encontr\w*|fazer"
    r"|por\s+mim|geht|funktioniert|fand|finde|konnte|erledig\w*|f(?:ü|ue)r\s+mich)\b",
    re.IGNORECASE,
)


def without_stops_thought_of(text: str) -> str:
    return _CONSIDERED.sub(" ", text)
