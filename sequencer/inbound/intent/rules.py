"""What the new text says, by phrases in six languages: each label's cues, and the precedence
that settles a reply with several (the corpus's rule: opt_out beats everything, then automatic
replies, accepted_elsewhere, referral, wrong_person, not_now, question, interested,
not_interested).

Opt-outs are read by `mail.stop_requests` and `inbound.text` (the SMS keywords) and win over
any other cue: a request to stop is honoured even when the rest of the reply is friendly.
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.date_words import WEEKDAY_NAMES
from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.phrases import CUES

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
    r"|\d{1,2}(?::\d\d|h\d*)|\d{1,2}\s*(?:am|pm|uhr)|" + WEEKDAY_NAMES + r")\b",
    re.IGNORECASE,
)
_ASKED = re.compile(r"[^.!?\n]{6,}\?")


def _asks_before_deciding(text: str) -> bool:
    return any(not _NOT_DECIDING.search(question) for question in _ASKED.findall(text))


_WHY = re.compile(
    r"¿?\b(?:why|warum|wieso|pourquoi|por\s*qu[eé]|waarom|por\s+que)\b[^?.!]*\?", re.I
)


def cues_in(text: str) -> set[Label]:
    text = " ".join(text.replace("’", "'").split())  # a sentence may wrap over lines
    found = {label for label, pattern in CUES.items() if pattern.search(text)}
    if Label.QUESTION in found and not CUES[Label.QUESTION].search(_WHY.sub(" ", text)):
        found.discard(Label.QUESTION)  # "why are you writing to me about payments?" is a no
    if (
        Label.INTERESTED in found
        and Label.NOT_INTERESTED in found
        and not CUES[Label.INTERESTED].search(CUES[Label.NOT_INTERESTED].sub(" ", text))
    ):
        found.discard(Label.INTERESTED)  # "not interested": the interest cue was in the refusal
    if Label.INTERESTED not in found and _asks_before_deciding(text):
        found.add(Label.QUESTION)  # a yes with a question needs the job's terms in it to be one
    if _EMAIL.search(text) and Label.OUT_OF_OFFICE not in found:
        found.add(Label.REFERRAL)  # someone else's address: a pointer to them
    return found


def first_by_precedence(labels: set[Label]) -> Label | None:
    return next((label for label in PRECEDENCE if label in labels), None)


def referred(text: str, sender: str = "") -> tuple[str | None, str | None]:
    """The address and name of someone else the reply points to, if it names them."""
    ours = {sender.lower()} if sender else set()
    addresses = [a for a in _EMAIL.findall(text) if a.lower() not in ours and "northwind" not in a]
    name = _REFERRED_NAME.search(text)
    return (addresses[0].rstrip(".") if addresses else None, name["name"] if name else None)
