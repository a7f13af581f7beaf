"""What an inbound SMS means for the sequence: opt out, opt back in, ask for help, or just a reply.

Twilio only acts on a message that is exactly one keyword ("Stop please" slips through), but the
FCC counts any reasonable way of revoking consent (providers.md §5.4, §7.4). So besides the exact
keywords this reads the common ways people say it. It leans towards OPT_OUT when a short message
is plainly a request to stop: texting someone who asked us not to is the expensive mistake.
"""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = [
    "HELP_KEYWORDS",
    "OPT_IN_KEYWORDS",
    "OPT_OUT_KEYWORDS",
    "TextMeaning",
    "meaning_of_text",
]


class TextMeaning(StrEnum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"
    REPLY = "reply"


OPT_OUT_KEYWORDS = ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT")
OPT_IN_KEYWORDS = ("START", "UNSTOP", "YES")
HELP_KEYWORDS = ("HELP", "INFO")

_KEYWORDS = {
    "STOP": TextMeaning.OPT_OUT,
    "START": TextMeaning.OPT_IN,
    "HELP": TextMeaning.HELP,
}

_EXACT = {
    **{word: TextMeaning.OPT_OUT for word in OPT_OUT_KEYWORDS},
    **{word: TextMeaning.OPT_IN for word in OPT_IN_KEYWORDS},
    **{word: TextMeaning.HELP for word in HELP_KEYWORDS},
}

# Above this a message is a conversation, not a request, so a lone "Cancel." in it is more likely
# about a meeting than about us.
SHORT_MESSAGE = 160

# Phrases that revoke consent whatever else the message says.
_REVOKING_PHRASES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # Words that have no everyday meaning besides opting out.
        r"\b(?:unsubscribe|unsub|stopall|optout|revoke)\b",
        r"\bopt(?:ing)?[\s-]*(?:me\s+)?out\b",
        # ...but "don't stop texting me, I'm just slow" is a yes, and so is "never stop texting
        # me!" said as a plea (opening the text or a sentence, or after "please"); "you never
        # stop texting me" is a complaint, which asks to stop.
        r"(?<!n't\s)(?<!\bdont\s)(?<!\bnot\s)(?<!^never\s)(?<![.!?,;]\snever\s)"
        r"(?<![.!?,;]never\s)(?<!please\snever\s)(?<!\bpls\snever\s)"
        r"\b(?:stop|quit|cease)\s+(?:texting|txting"
        r"|messaging|msging|contacting|sending|calling"
        r"|bothering|spamming)\b",
        r"\btake\s+(?:me|my\s+number)\s+off\b(?!\s+(?:the\s+|this\s+)?(?:cc|invites?|invitations?"
        r"|meetings?|calendar|thread)\b)",
        r"\bno\s+more\s+(?:texts?|txts?|messages|msgs|sms|calls)\b",
        r"\bleave\s+me\s+alone\b",
        # Texting a stranger is exactly what the law forbids, so a wrong number is an opt-out.
        r"\bwrong\s+(?:number|person)\b",
        r"\bno\s+m[aá]s\s+(?:mensajes|textos|sms)\b",
        r"\b(?:dar|darme|dame|da)\s+de\s+baja\b",
        r"\bd[eé]jame\s+en\s+paz\b",
    )
)

# Asking not to be reached, which a reply may narrow to a time, a channel or a copy: "Don't
# call me before 10am, but yes", "No me escribas por LinkedIn, mejor por correo", "remove me from
# the cc".
_DENYING_PHRASES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # (not "remove me from consideration for this role": a no to one role, session 32)
        r"\b(?:remove|delete)\s+(?:me|my\s+(?:number|name|info|details|contact))\b"
        r"(?!\s+from\s+(?:consideration|(?:this|the)\s+(?:process|running|interview\s+process)))",
        r"\b(?:do\s*not|don'?t|dont|never)\s+(?:text|txt|message|msg|contact|call|sms)"
        r"\s+(?:me|this\s+number)\b",
        r"\bno\s+me\s+(?:escribas|escriban|env[ií]es|env[ií]en|mandes|manden|contactes|contacten)\b",
    )
)
# What narrows it: a time, a place, a channel, a copy ("before 10am", "at work", "por LinkedIn").
_NARROWED = re.compile(
    r"\s+(?:before|after|until|till|at\s+work|at\s+night|in\s+the\s+(?:morning|evening)|during"
    r"|on\s+(?:weekends?|sundays?|saturdays?|linkedin|whatsapp|my\s+\w+)|by\s+phone|via|por"
    r"|antes|despu[eé]s|m[aá]s\s+tarde\s+de|later\s+than|en\s+el\s+trabajo|(?:from|off)\s+the\s+(?:cc|thread|chain|invite|call))\b",
    re.IGNORECASE,
)
# ...and says they want to talk, some other way or time. Without it a narrowed request still
# revokes: texting someone who asked us not to is the expensive mistake.
_WANTS_TO_TALK = re.compile(
    r"(?<!not\s)(?<!no\s)\b(?:yes|yeah|sure|interested|let'?s\s+talk|happy\s+to\s+(?:talk|chat)"
    r"|(?:call|email|e-mail|text|mail)\s+me\s+(?:instead|at|on|after|in)|instead|me\s+interesa"
    r"|mejor\s+por|s[ií]\s*,|me\s+encantar[ií]a|con\s+gusto|hablamos"
    r"|m[aá]ndame|env[ií]ame|escr[ií]beme|ll[aá]mame"  # asking for it: "y mándame la oferta"
    r"|(?:e-?mail|text|whatsapp|correo)\s+(?:is|works|es)\s+(?:\w+\s+)?(?:fine|better|ok|mejor))\b",
    re.IGNORECASE,
)
# A clause made only of these words and at least one stop word is a request to stop: "stop
# please", "STOP NOW", "no más", "I got a job, please stop". "Please stop by" has other words.
_STOP_WORDS = frozenset(word.lower() for word in OPT_OUT_KEYWORDS) | {"para", "basta", "nomas"}
_COURTESY = frozenset(
    {
        "please", "pls", "plz", "now", "it", "this", "me", "just", "all", "already", "asap",
        "immediately", "right", "seriously", "ok", "okay", "thanks", "thank", "you", "thx", "ty",
        "sorry", "so", "no", "but", "and", "por", "favor", "ya", "gracias",
    }
)  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[.,;:!?\n]+")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NO_MAS = re.compile(r"\bno\s+m[aá]s\b", re.IGNORECASE)


def meaning_of_text(body: str, keyword: str | None = None) -> TextMeaning:
    """`keyword` is the provider's own reading of the text (STOP, START or HELP), when its
    opt-out handling made one (Twilio's Advanced Opt-Out): it wins."""
    if keyword and (told := _KEYWORDS.get(keyword.strip().upper())):
        return told
    exact = _EXACT.get(body.strip().rstrip(".!").strip().upper())
    if exact is not None:
        return exact
    return TextMeaning.OPT_OUT if _revokes(body) else TextMeaning.REPLY


def _revokes(body: str) -> bool:
    text = body.replace("’", "'")
    if any(phrase.search(text) for phrase in _REVOKING_PHRASES) or _denies_contact(text):
        return True
    if len(text.strip()) > SHORT_MESSAGE:
        return False
    return any(_is_bare_request(clause) for clause in _CLAUSE_BREAK.split(text))


def _is_bare_request(clause: str) -> bool:
    words = _WORD.findall(_NO_MAS.sub("nomas", clause.lower()))
    return any(word in _STOP_WORDS for word in words) and all(
        word in _STOP_WORDS or word in _COURTESY for word in words
    )


def _denies_contact(text: str) -> bool:
    """A denial counts unless every one is narrowed and the reply says they want to talk."""
    denials = [found for phrase in _DENYING_PHRASES for found in phrase.finditer(text)]
    if not denials:
        return False
    if not all(_narrowed(text, found.end()) for found in denials):
        return True
    rest = text  # what they say besides the denials: "but yes, let's talk"
    for found in denials:
        clause = _CLAUSE_BREAK.split(text[found.start() :], maxsplit=1)[0]
        rest = rest.replace(clause, " ")
    return not _WANTS_TO_TALK.search(rest)


def _narrowed(text: str, end: int) -> bool:
    """ "Don't text me after 9pm" is narrowed; "no me escribas por WhatsApp nunca más" is not."""
    clause = _CLAUSE_BREAK.split(text[end:], maxsplit=1)[0]
    return bool(_NARROWED.match(clause)) and not _EVER.search(clause)


# ("más tarde de las 8" is "later than 8": a time, not "more").
_EVER = re.compile(
    r"\b(?:again|any\s*more|ever|never|nunca|m[aá]s(?!\s+tarde\b)|jam[aá]s)\b", re.IGNORECASE
)
