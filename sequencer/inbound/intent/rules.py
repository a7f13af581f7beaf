"""What the new text says, by phrases in six languages: each label's cues, and the precedence
that settles a reply with several (the corpus's rule: opt_out beats everything, then automatic
replies, accepted_elsewhere, referral, wrong_person, not_now, question, interested,
not_interested).

Opt-outs are read by `mail.stop_requests` and `inbound.text` (the SMS keywords) and win over
any other cue: a request to stop is honoured even when the rest of the reply is friendly.
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.cue_gates import cues_of, has_cue
from sequencer.inbound.intent.date_words import WEEKDAY_NAMES
from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.lookalikes import (
    asks_what_becomes_of_them,
    replaces_an_old_one,
    says_no_to_a_kind,
    without_questions_of_what_happens,
)
from sequencer.inbound.intent.noes import reread_noes
from sequencer.inbound.intent.phrases import CUES
from sequencer.inbound.intent.someone_else import NOT_WORKING_HERE, WORK_WORDS
from sequencer.inbound.intent.terms_asked import reread_terms

PRECEDENCE = (
    Label.OPT_OUT,
    Label.BOUNCE,
    Label.OUT_OF_OFFICE,
    Label.ACCEPTED_ELSEWHERE,
    Label.REFERRAL,
    Label.WRONG_PERSON,
    Label.NOT_NOW,
    Label.QUESTION,
    Label.INTERESTED,
    Label.NOT_INTERESTED,
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME = r"[A-ZÀ-Ý][\w'À-ÿ-]+"
_REFERRED_NAME = re.compile(
    rf"(?:(?:talk|speak|reach\s+out|write)\s+to|try|contact|ping|colleague|teammate|friend"
    rf"|Kolleg(?:e|in)|collègue|compañer[oa]|colega|collega|fale\s+com|contacta\s+a)\s*,?\s+"
    rf"(?P<name>{_NAME}(?:\s+{_NAME})?)"
)


# A question about when or how to talk, what happens next, or a "how are you?" is no question
# before deciding; "why are you writing me?" is a no.
_NOT_DECIDING = re.compile(
    r"\b(?:next\s+steps?|wie\s+geht'?s\s+weiter|nächsten?\s+schritte?|prochaine\s+étape|siguiente"
    r"\s+paso|próximo\s+paso|volgende\s+stap|próximo\s+passo|when|what\s+time|which\s+day|works?"
    r"|does\s+\w+\s+work|call|slots?|times?|wann|passt|quand|cuándo|wanneer|quando|ping\s+me"
    r"|reach\s+(?:out|you|me)|follow\s+up|melde?n?|bel\s+(?:je|me)|me\s+liga|llámame|appelez|rufen"
    r"|appeler"
    r"|joindre|erreichen|bereiken|number|nummer|numéro|número|tomorrow|morgen|demain|mañana|amanhã"
    r"|today|heute|aujourd'hui|hoy|vandaag|hoje|this\s+week|diese\s+woche|cette\s+semaine"
    r"|esta\s+semana"
    r"|deze\s+week|essa\s+semana|hablamos|reparler|s'appeler|telefonieren|conversamos|pode\s+ser"
    r"|te\s+va"
    r"|kun\s+je|puedes|können\s+wir|on\s+peut|podemos|zullen\s+we|job\s+description|\bjd\b"
    r"|stellenbeschreibung|fiche\s+de\s+poste|descripción\s+del\s+puesto|vacaturetekst"
    r"|descrição\s+da\s+vaga"
    r"|qdo|falar|conversar|hablar|parler|praten|sprechen|how\s+are\s+you|wie\s+geht'?s(?:\s+dir"
    r"|\s+ihnen)?|ça\s+va|qué\s+tal|hoe\s+gaat\s+het|tudo\s+bem"
    r"|como\s+vai|why|warum|wieso|pourquoi|por\s*qu[eé]|waarom|por\s+que|vale|ok|okay|d'accord|oké"
    r"|beleza"
    r"|past|schikt|belletje|gesprek\w*|telefonat|appel|llamada|liga[cç][aã]o|chamada"
    # A weekday, also in Dutch and German compounds ("dinsdagmiddag", "Dienstagnachmittag").
    r"|\d{1,2}(?::\d\d|h\d*)|\d{1,2}\s*(?:am|pm|uhr)|(?:" + WEEKDAY_NAMES + r")"
    r"(?:middag|ochtend|avond|morgen|nachmittag|vormittag|abend)?)\b",
    re.IGNORECASE,
)
# From a sentence's start only (session 33): tried at every letter of a long text with no "?",
# each try ran to the end ("no quiero mensajes hasta septiembre gracias " 700 times: 2.6 s).
_ASKED = re.compile(r"(?<![^.!?\n])[^.!?\n]{6,}\?")


def _asks_before_deciding(text: str) -> bool:
    return any(not _NOT_DECIDING.search(question) for question in _ASKED.findall(text))


_WHY = re.compile(
    r"¿?\b(?:why|warum|wieso|pourquoi|por\s*qu[eé]|waarom|por\s+que)\b[^?.!]*\?", re.I
)

# Asking whether they may apply again later (session 28): a question about the process, no
# deferral. "Si no paso, ¿puedo volver a aplicar más adelante?", "mag ik later opnieuw
# solliciteren?", "kann ich mich später erneut bewerben?". From a sentence's start only: tried at
# every letter it cost 0.18 ms a reply.
_REAPPLYING_LATER = re.compile(
    r"(?<![^.!?])[^.!?]*\b(?:reapply|re-apply|apply\s+again|volver\s+a\s+(?:aplicar|postular)|postular(?:me)?"
    r"\s+de\s+nuevo|repostuler|postuler\s+(?:à|de)\s+nouveau|(?:opnieuw|weer)\s+solliciteren"
    r"|(?:erneut|nochmal|wieder)\s+bewerben|candidatar(?:-me)?\s+(?:de\s+novo|novamente)"
    r"|reaplicar|recandidatar)\b[^.!?]*\?",
    re.IGNORECASE,
)

# Asking for more roles like this one (session 28): a yes, not a question about the job.
_MORE_LIKE_THIS = re.compile(
    r"(?<!\bno\s)(?<!keine\s)(?<!geen\s)(?<!\bpas\s)(?<!n[ãa]o\s)\b(?:(?:more|other|similar)\s+"
    r"(?:\w+\s+)?(?:roles?|jobs?|positions?|openings?|offers?)\s+(?:like\s+(?:this|that|these)"
    r"|of\s+this\s+kind)|(?:mehr|weitere|andere)\s+(?:solche[rn]?|ähnliche|vergleichbare)\s+"
    r"(?:\w+\s+)?(?:stellen|jobs|angebote|positionen|rollen)|(?:mehr|weitere)\s+(?:\w+\s+)?"
    r"(?:stellen|jobs|angebote)\s+(?:wie\s+(?:diese|die)|dieser\s+art)|(?:d'autres|plus\s+de)\s+"
    r"(?:\w+\s+)?(?:postes|offres|missions|jobs)\s+(?:comme|de\s+ce\s+(?:genre|type)|similaires)"
    r"|más\s+(?:\w+\s+)?(?:ofertas|puestos|vacantes|trabajos)\s+(?:como\s+(?:esta|este|esa|ese)"
    r"|así|parecid\w+|similares|de\s+este\s+tipo)|mais\s+(?:\w+\s+)?(?:vagas|oportunidades"
    r"|posições|propostas)\s+(?:assim|como\s+(?:essa|esta|esse|este)|parecid\w+|similares"
    r"|desse\s+tipo)|meer\s+(?:van\s+)?(?:dit\s+soort|dat\s+soort|zulke|soortgelijke"
    r"|vergelijkbare)\s+(?:\w+\s+)?(?:vacatures|functies|rollen|banen|jobs)|meer\s+(?:\w+\s+)?"
    r"(?:vacatures|functies)\s+zoals\s+(?:deze|die))",
    re.IGNORECASE,
)

# An ironic "sure" that opens a reply ending in a plain "no, thanks" is no yes (session 29).
_IRONIC_YES = re.compile(
    r"\s*(?:(?:oh|yes|yeah),?\s+sure|yeah,?\s+right|s[ií]m?,?\s+claro|claro|ja\s+hoor|na\s+klar"
    r"|ja,?\s+klar|(?:oui|mais),?\s+bien\s+sûr|tá\s+bom|pois\s+sim)\s*[,!.]",
    re.IGNORECASE,
)
_PLAIN_NO_AT_END = re.compile(
    r"(?:^|[.!?]\s*)(?:no|nope|nee|não|nao|nein|non),?\s+(?:gracias|thanks|thank\s+you|dank\s+je"
    r"|dank\s+u|bedankt|obrigad[oa]|danke|merci)[.!]*(?:\s*(?:sent|enviado|envoyé|gesendet"
    r"|verzonden)\s+(?:from|desde|de|von|vanaf|do|via)\s[^.!?]*)?\s*$",  # a phone's signature
    re.IGNORECASE,
)

# The search ended, and from a time they are at another firm (session 28): accepted elsewhere,
# though a month is named. "Ab November bin ich bei Kunden unterwegs" alone is no job.
_SEARCH_ENDED = re.compile(
    r"\b(?:stopped\s+(?:looking|searching)|(?:ended|called\s+off)\s+my\s+search|suche\s+"
    r"(?:\w+\s+)?(?:eingestellt|beendet|abgeschlossen)|arrêté\s+(?:de\s+chercher|mes\s+recherches)"
    r"|dej[ée]\s+de\s+buscar|parei\s+de\s+procurar|gestopt\s+met\s+(?:zoeken|solliciteren))",
    re.IGNORECASE,
)
_THERE_FROM = re.compile(
    r"\b(?:from|starting|as\s+of|ab|à\s+partir\s+de|dès|desde|a\s+partir\s+de|vanaf|per)\s+"
    r"(?:\w+\s+){1,2}?(?:i'?m|i\s+am|i'll\s+be|bin\s+ich|je\s+suis|je\s+serai|estoy|estaré"
    r"|estou|estarei|zit\s+ik|werk\s+ik|ben\s+ik)\s+(?:(?:at|with|bei|chez|en|na|no|em|bij)\s+"
    r"(?:a|an|einem|einer|une?|una?|uma?|een)|numa|num)\s+\w+",
    re.IGNORECASE,
)


def cues_in(text: str) -> set[Label]:
    text = " ".join(text.replace("’", "'").split())  # a sentence may wrap over lines
    found = cues_of(text)
    # `has_cue(label, text)`: `CUES[label].search(text)` by gated parts, the same answer cheaper.
    if Label.QUESTION in found and not has_cue(Label.QUESTION, _WHY.sub(" ", text)):
        found.discard(Label.QUESTION)  # "why are you writing to me about payments?" is a no
    if (
        Label.INTERESTED in found
        and Label.NOT_INTERESTED in found
        and not has_cue(Label.INTERESTED, CUES[Label.NOT_INTERESTED].sub(" ", text))
    ):
        found.discard(Label.INTERESTED)  # "not interested": the interest cue was in the refusal
    if Label.INTERESTED in found and _IRONIC_YES.match(text) and _PLAIN_NO_AT_END.search(text):
        found.discard(Label.INTERESTED)  # "Sí, claro, «una oportunidad única»… No, gracias."
    if (
        Label.NOT_NOW in found
        and _REAPPLYING_LATER.search(text)
        and not CUES[Label.NOT_NOW].search(_REAPPLYING_LATER.sub(" ", text))
    ):
        found.discard(Label.NOT_NOW)  # "…or can I reapply later?" asks about the process
        found.add(Label.QUESTION)
    if Label.NOT_INTERESTED not in found and _MORE_LIKE_THIS.search(text):
        found.add(Label.INTERESTED)  # "Kannst du mir mehr solche Stellen schicken?" is a yes
        if not CUES[Label.QUESTION].search(text):
            found.discard(Label.QUESTION)
    if _SEARCH_ENDED.search(text) and _THERE_FROM.search(text):
        found.add(Label.ACCEPTED_ELSEWHERE)  # "Suche eingestellt, ab November bin ich bei …"
    if asks_what_becomes_of_them(text) and not CUES[Label.INTERESTED].search(
        without_questions_of_what_happens(text)
    ):
        found.discard(Label.INTERESTED)  # its "Si no paso, …" was no "sí"
        found.add(Label.QUESTION)  # "do you delete my data if I'm not chosen?"
    if Label.NOT_INTERESTED not in found and replaces_an_old_one(text):
        found.add(Label.INTERESTED)  # "delete my old CV, the attached one is current"
    if says_no_to_a_kind(text) and Label.INTERESTED not in found:
        found.add(Label.NOT_INTERESTED)  # "never again agency work"
    reread_terms(text, found)  # "is it fully remote tho", "Remote?! Yes."
    visits = _reread_by_kind(text, found)
    if Label.INTERESTED not in found and _asks_before_deciding(text):
        found.add(Label.QUESTION)  # a yes with a question needs the job's terms in it to be one
    # Every address holds an "@": looked for first, since `_EMAIL` scans a long run of word
    # letters in time that grows with its square (20,000 letters: 1.3 s; session 35).
    if (
        Label.OUT_OF_OFFICE not in found
        and "@" in text
        and any(not _their_own(text, address.start()) for address in _EMAIL.finditer(text))
    ):
        found.add(Label.REFERRAL)  # someone else's address: a pointer to them
    if Label.NOT_INTERESTED not in found and (visits or _arranges_the_talk(text)):
        found.add(Label.INTERESTED)  # "ping me on WhatsApp", "write to my private address: …"
    if Label.OUT_OF_OFFICE in found and _RESUMES_AFTER.search(text):
        found.discard(Label.OUT_OF_OFFICE)  # typed by hand, and inviting us back: later
        found.add(Label.NOT_NOW)
    reread_noes(text, found)  # "bof", "nu niet en later ook niet", a no and a lunch
    return found


def _reread_by_kind(text: str, found: set[Label]) -> bool:
    """The kinds an eighth writer used (session 27), in `found`; says whether the reply offers
    a visit to the recruiter's office (a yes, for the caller)."""
    lowered = text.lower()
    if any(word in lowered for word in WORK_WORDS) and NOT_WORKING_HERE.search(text):
        found.add(Label.WRONG_PERSON)  # "Mr Patel doesn't work here"
    if Label.ACCEPTED_ELSEWHERE in found and _NO_NEW_JOB.search(text):
        found.add(Label.NOT_INTERESTED)  # "geen zin in een nieuwe baan" wants none
        if not CUES[Label.ACCEPTED_ELSEWHERE].search(_NO_NEW_JOB.sub(" ", text)):
            found.discard(Label.ACCEPTED_ELSEWHERE)
    visits = _offers_a_visit(lowered, text)
    if (
        visits
        and Label.QUESTION in found
        and not CUES[Label.QUESTION].search(_without_visits(text))
    ):
        found.discard(Label.QUESTION)  # "¿paso por vuestra oficina?" is no question on terms
    return visits


def _without_visits(text: str) -> str:
    """The text without the sentences offering a visit (their "office" asks nothing)."""
    return " ".join(part for part in _SENTENCE.findall(text) if not _VISITS.search(part))


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _arranges_the_talk(text: str) -> bool:
    """Moves the talk to their own channel, or proposes a time for it (the words the patterns
    need are looked for first: most replies have none)."""
    lowered = text.lower()
    return bool(
        (any(word in lowered for word in _CHANNEL_WORDS) and _MOVES_THE_TALK.search(text))
        or ("?" in text and _PROPOSES_A_TIME.search(text))
    )


def _offers_a_visit(lowered: str, text: str) -> bool:
    """Every visit names their office or a verb of coming by: looked for first (most replies
    have none; the pattern alone cost 20 µs a reply)."""
    return any(word in lowered for word in _VISIT_WORDS) and bool(_VISITS.search(text))


_VISIT_WORDS = (
    "offic", "oficin", "bureau", "büro", "kantoor", "escrit", "locaux", "räume", "vorbei",
    "langs", "binnen", "passer vous",
)  # fmt: skip


_CHANNEL_WORDS = ("whats", "wpp", "zap", "signal", "telegram", "priv", "perso", "pessoal", "partic")


def _their_own(text: str, at: int) -> bool:
    """The address at `at` is the writer's own ("write to my private address: …", "email me at
    …", "Privat bin ich unter …"): the talk moves there, nobody else is pointed to."""
    before = text[max(0, at - 90) : at]
    clause = re.split(r"[.!?;](?:\s|$)|\n", before)[-1]
    return bool(_OWN_ADDRESS.search(clause))


# Their own address or channel: a possessive with an address word ("my personal address",
# "meine private Mail", "mon adresse perso", "mi correo personal", "mijn privéadres", "meu
# e-mail pessoal"), or a contact verb aimed at them ("email me at", "schreib mir an",
# "écrivez-moi", "escríbeme", "mail me op", "me escreve no"), or where they can be reached.
_OWN_ADDRESS = re.compile(
    r"\b(?:my|mine|mein\w*|mon|ma|mi|meu|minha|mijn)\s+(?:\w+\s+)?"
    r"(?:\w*address|\w*adresse|\w*adres|\w*e-?mail|\w*mail|inbox|gmail|correo|courriel|endereço"
    r"|contacto|contato)\b"
    r"|\b(?:write|e-?mail|mail|send|contact|reach|text|message|ping)\w*\s+(?:\w+\s+){0,3}?(?:to\s+)?me\b"
    r"|\b(?:schreib|schick|mail|send|kontaktier)\w*\s+(?:\w+\s+){0,3}?(?:mir|mich)\b"
    r"|\b\w+-moi\b|\b(?:escr[ií]b|mánd|mand|envíe|envi|contáct|contact)\w*me\b"
    r"|\b(?:mail|stuur|schrijf|app|bel|mailt)\s+(?:me|mij)\b|\bme\s+(?:escreve|escreva|manda|mande"
    r"|chama|liga|envia|contata)\b"
    r"|\b(?:privat|privé|perso|reachable|erreichbar|joignable|localizable|bereikbaar|encontrado)\b",
    re.IGNORECASE,
)
# Moving the talk to their own channel: a yes ("ping me on WhatsApp, same number", "contactez-
# moi sur WhatsApp", "Me chama no WhatsApp", "Write to me on my private email instead").
_MOVES_THE_TALK = re.compile(
    r"(?<!n't\s)(?<!not\s)(?<!\bno\s)(?<!não\s)(?<!nao\s)(?<!nicht\s)(?<!niet\s)(?<!no\sme\s)"
    r"(?<!não\sme\s)(?<!nao\sme\s)(?<!ne\sme\s)(?<!ne\sm')"
    r"\b(?:ping|message|text|write|call|contact|reach|hit|ring|whatsapp|app|bel|stuur|schreib|schick"
    r"|ruf|kontaktier|écri\w*|appel\w*|contact\w*|escr[ií]b\w*|ll[aá]m\w*|h[aá]bl\w*|mand\w*"
    r"|contáct\w*|chama|liga|escreve|manda|fala)\w*(?:[- ](?:me|moi|mij|mir|mich))?\s+(?:me\s+"
    r"|mij\s+|mir\s+|mich\s+|up\s+|maar\s+|even\s+|bitte\s+|gerne\s+)*(?:on|via|over|op|per|por"
    r"|no|na|sur|par|auf|über|pelo|pela)\s+(?:whats\s*app|wpp|zap|signal|telegram)\b"
    # Their own private address: "Write to me on my private email", "a mi correo personal",
    # "an meine private Adresse", "sur mon adresse perso", "op mijn privéadres".
    r"|\b(?:my|mein\w*|mon|ma|mi|meu|minha|mijn)\s+(?:(?:private|personal|privé\w*|privat\w*)\s+"
    r"(?:e-?mail|mail|address|inbox|adresse|adres|mailadres|number|nummer|phone)"
    r"|(?:adresse|e-?mail|mail|courriel|correo|e-?mail|endereço|número|numero)\s+(?:perso"
    r"|personnel\w*|personal|pessoal|particular|privad[oa])|privéadres|privatadresse|privatmail)\b",
    re.IGNORECASE,
)
# A question proposing a day or hour for a first talk: a yes ("Passt Ihnen Donnerstag um 14 Uhr
# für ein erstes Gespräch?", "Segunda-feira às 15h dá-lhe jeito para uma primeira conversa?").
_WHEN = r"\b(?:(?:" + WEEKDAY_NAMES + r")\w*|\d{1,2}\s*(?::\d\d|h\d*|uhr|u\b|am|pm))"
_TALK = (
    r"\b(?:call|chat|conversation|talk|interview|meeting|gespräch|telefonat|kennenlernen|échange"
    r"|appel|entretien|rendez-vous|llamada|charla|conversación|entrevista|reunión|gesprek"
    r"|gesprekje|belletje|kennismaking|conversa|ligação|chamada|reunião)\b"
)
# Each side may come first ("a first call on Wednesday at 10?"); no leading "[^.]*", which
# would be tried from every position of the text.
_PROPOSES_A_TIME = re.compile(
    rf"{_WHEN}[^.!?\n]*{_TALK}[^.!?\n]*\?|{_TALK}[^.!?\n]*{_WHEN}[^.!?\n]*\?", re.IGNORECASE
)
# Offering to visit the recruiter's office, a yes: "I could swing by your office Friday", "Kann
# ich bei Ihnen im Büro vorbeikommen?", "je peux faire un saut dans vos bureaux", "¿paso por
# vuestra oficina?", "zal ik even langskomen op jullie kantoor?", "posso passar no escritório de
# vocês?" (not "stop by again next month?", a later, which wins by precedence anyway).
_YOUR_OFFICE = (
    r"(?:your|vos|votre|vuestra|vuestras|su|sus|tu|jullie|uw|je|ihr\w*|eu\w*)\s+(?:\w+\s+)?"
    r"(?:office|offices|hq|bureaux?|locaux|oficinas?|kantoor|büro|räume)"
)
_VISITS = re.compile(
    rf"(?<!n't\s)(?<!not\s)\b(?:stop|drop|swing|come|pop|pass)\s+(?:by|in|over|round)\s+(?:at\s+|to\s+)?"
    rf"{_YOUR_OFFICE}|\bvorbei(?:kommen|schauen|zukommen)\b|\bkomme?\s+(?:(?!nicht|nie|kein)\w+\s+){{0,4}}?vorbei\b"
    rf"|\b(?:passer|faire\s+un\s+saut|venir)\s+(?:à|a|au|dans|chez)\s+{_YOUR_OFFICE}"
    rf"|\bpasser\s+vous\s+voir\b|\b(?:me\s+)?pas(?:ar|o|amos|arme|arnos)\s+(?:a\s+verte\s+|a\s+veros\s+)?"
    rf"por\s+{_YOUR_OFFICE}|\blangs\s*(?:komen|kom|wippen|lopen)\b|\bbinnen\s*(?:lopen|wippen)\b"
    r"|\b(?:passar|dar\s+uma\s+passada)\s+(?:aí\s+)?(?:no|na|pelo|pela)\s+(?:escritório|sede)\b",
    re.IGNORECASE,
)
# Not wanting a new job is no acceptance of one: "geen zin in een nieuwe baan", "keine Lust auf
# einen neuen Job", "pas envie d'un nouveau poste", "no busco un nuevo trabajo".
_NO_NEW_JOB = re.compile(
    r"\b(?:no|not|don'?t|geen|kein\w*|nicht|pas|sin|sem|não|nao|niet)\s+(?:\w+\s+){0,4}?(?:(?:a|an|een"
    r"|einen?|un|une|d'un|um|uma)\s+)?(?:new|nieuwe?|neue[nr]?|nouve(?:au|l|lle)|nuevo|nueva|novo|nova)"
    r"\s+(?:job|baan|role|position|stelle|poste|emploi|trabajo|empleo|puesto|emprego|trabalho"
    r"|werkgever|functie|employer|arbeitgeber)\b",
    re.IGNORECASE,
)
# A typed absence that invites us back afterwards ("I'm on parental leave until March, write to me
# then", "Danach spreche ich gern mit Ihnen", "Après, volontiers", "Depois disso, topo
# conversar"): a later, not an automatic reply.
_RESUMES_AFTER = re.compile(
    r"\b(?:write|e-?mail|call|contact|ping|text|message|msg|ring|hit|reach\s+out\s+to)\s+(?:to\s+)?"
    r"me\s+(?:up\s+)?(?:again\s+)?(?:then|after(?:wards)?|once\s+i'?m\s+back|when\s+i'?m\s+back)\b"
    # "écrivez-moi à ce moment-là", "me manda mensagem depois", "escríbeme entonces", "app me dan".
    r"|\b(?:[ée]cri(?:vez|s)|recontacte[zr]?|contacte[zr]?|appele[zr]?|relance[zr]?)[- ]moi\s+"
    r"(?:à\s+ce\s+moment-là|après|ensuite|à\s+mon\s+retour|alors)"
    r"|\bme\s+(?:manda|mande|chama|liga|escreve|procura)\s+(?:\w+\s+)?(?:depois|então|na\s+volta)\b"
    r"|\b(?:escr[ií]b[ae]me|ll[áa]m[ae]me|cont[áa]ct[ae]me)\s+(?:entonces|despu[ée]s|a\s+la\s+vuelta)\b"
    r"|\b(?:app|mail|bel|stuur|schrijf)\s+(?:me|mij)\s+(?:\w+\s+)?(?:dan|daarna)\b"
    r"|\b(?:danach|après|ensuite|depois(?:\s+disso)?|después(?:\s+de\s+eso)?|daarna|after\s+that"
    r"|afterwards|after\s+the|nach\s+de[mnr]|na\s+de)\b[^.!?\n]{0,30}?\b(?:gerne?|volontiers"
    r"|avec\s+plaisir|topo|con\s+gusto|encantad[oa]|graag|happy\s+to|glad\s+to|sprech\w*|red\w*"
    r"|parl\w*|reparl\w*|convers\w*|fal(?:amos|o|ar|emos)|habl\w*|prat\w*|spreken|talk|chat)\b",
    re.IGNORECASE,
)


def first_by_precedence(labels: set[Label]) -> Label | None:
    return next((label for label in PRECEDENCE if label in labels), None)


def referred(text: str, sender: str = "") -> tuple[str | None, str | None]:
    """The address and name of someone else the reply points to, if it names them."""
    ours = {sender.lower()} if sender else set()
    found = _EMAIL.findall(text) if "@" in text else []  # each holds one (see `cues_in`)
    addresses = [a for a in found if a.lower() not in ours and "northwind" not in a]
    name = _REFERRED_NAME.search(text)
    return (addresses[0].rstrip(".") if addresses else None, name["name"] if name else None)
