"""Warnings about the wording of a message: things that hurt delivery or feel pushy.

These are advice for the recruiter, never errors: a phrase can be fine in context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Phrases that appear on the common spam-filter trigger lists (and in job scams), picked for
# what recruiters actually write. Filters score them; people skim past them.
SPAM_PHRASES = (
    "act now",
    "act immediately",
    "apply now",
    "call now",
    "100% free",
    "100% satisfied",
    "free gift",
    "guaranteed",
    "urgent",
    "risk-free",
    "click here",
    "click below",
    "limited time",
    "offer expires",
    "once in a lifetime",
    "no obligation",
    "no strings attached",
    "no catch",
    "winner",
    "$$$",
    "double your",
    "earn extra cash",
    "extra income",
    "make money",
    "fast cash",
    "cash bonus",
    "amazing opportunity",
    "incredible opportunity",
    "dream job",
    "be your own boss",
    "unlimited earning",
    "six-figure income",
    "no experience necessary",
    "congratulations",
    "you have been selected",
    "you've been selected",
    "exclusive offer",
    "special promotion",
    "don't miss out",
    "last chance",
    "what are you waiting for",
    "this is not spam",
    "dear friend",
)

# Capitalised words that are names or keywords rather than shouting. Words of up to four
# letters are never flagged, since most acronyms (SaaS teams write "AWS", "SQL", "GDPR") are.
SHOUTING_ALLOWED = frozenset(
    {"STOP", "START", "HELP", "UNSUBSCRIBE", "HTTPS", "NASDAQ", "FAANG", "HIPAA", "FINRA"}
    | {"CISSP", "COBOL", "COVID", "NGINX", "ASCII"}
)

# Ways of giving the person a graceful way out: the articles' "if timing's not right, totally
# understand" and "if not, I'll stop bothering you". People answer messages that let them say no.
EASY_OUT_PHRASES = (
    "not the right time",
    "not a good time",
    "timing isn't right",
    "timing's not right",
    "timing is not right",
    "timing's off",
    "no problem",
    "not a fit",
    "not a good fit",
    "if not,",
    "if not interested",
    "not interested",
    "no worries",
    "no pressure",
    "no hard feelings",
    "totally understand",
    "completely understand",
    "i understand if",
    "let me know if you'd rather",
    "let me know if you would rather",
    "if you'd prefer",
    "if you would prefer",
    "i'll stop",
    "i will stop",
    "stop reaching out",
    "stop bothering you",
    "won't bother you",
    "won't reach out again",
    "will not reach out again",
    "won't follow up",
    "take silence as a no",
    "reply stop",
    "opt out",
    "unsubscribe",
    "feel free to ignore",
    "happy to leave it there",
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@dataclass(frozen=True)
class Finding:
    line: int  # 1-based within the text given
    message: str


def spam_triggers(text: str) -> list[Finding]:
    """Spam-filter trigger phrases, runs of exclamation marks and shouted words, in text order."""
    plain = text.translate(_APOSTROPHES)
    found = [*_phrase_hits(plain), *_exclamation_hits(plain), *_shouting_hits(plain)]
    found.sort(key=lambda hit: hit[0])
    return [Finding(_line_of(text, offset), message) for offset, message in found]


def has_easy_out(text: str) -> bool:
    """Whether the message lets the person say no or stop without effort."""
    return _EASY_OUT.search(text.translate(_APOSTROPHES)) is not None


def sms_has_opt_out(text: str) -> bool:
    """Whether a text says how to stop texts (carriers and the TCPA expect "Reply STOP")."""
    return _STOP_WORD.search(text) is not None or _STOP_INSTRUCTION.search(text) is not None


_WORD_START = r"(?<!\w)"


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    # The phrases that start a word share one look behind, written before them all: a search
    # tries every place in the text, and forty look-behinds in each made it six times slower.
    # A phrase that starts with a word character and one that does not never match at the same
    # place, so moving the others after them finds what the phrases in their order found.
    regexes = [_phrase_regex(phrase) for phrase in phrases]
    words = [r.removeprefix(_WORD_START) for r in regexes if r.startswith(_WORD_START)]
    others = [r for r in regexes if not r.startswith(_WORD_START)]
    shared = [f"{_WORD_START}(?:{'|'.join(words)})"] if words else []
    return re.compile("|".join([*shared, *others]), re.IGNORECASE)


def _phrase_regex(phrase: str) -> str:
    # Words may be split by any whitespace (a line break) or a hyphen: "risk free", "risk-free".
    words = re.split(r"[\s-]+", phrase)
    body = r"[\s-]+".join(re.escape(word) for word in words)
    start = _WORD_START if phrase[0].isalnum() else ""
    end = r"(?!\w)" if phrase[-1].isalnum() else ""
    return start + body + end


_SPAM = _phrase_pattern(SPAM_PHRASES)
_EASY_OUT = _phrase_pattern(EASY_OUT_PHRASES)
_EXCLAMATIONS = re.compile(r"!{3,}")
_WORD = re.compile(r"(?<!\w)[^\W\d_]{5,}(?!\w)")
_LINK = re.compile(r"\S+://\S+|\S+@\S+|www\.\S+", re.IGNORECASE)
_STOP_WORD = re.compile(r"\bSTOP\b")
_STOP_INSTRUCTION = re.compile(
    r"\b(?:reply|text|send|respond)(?:\s+with)?\s+[\"'“‘]?(?:stop|unsubscribe|cancel|quit)\b",
    re.IGNORECASE,
)

Hit = tuple[int, str]


def _phrase_hits(text: str) -> list[Hit]:
    return [(m.start(), _spam_message(" ".join(m.group().split()))) for m in _SPAM.finditer(text)]


def _spam_message(phrase: str) -> str:
    return f'"{phrase}" reads as spam to filters and people: say what you mean plainly'


def _exclamation_hits(text: str) -> list[Hit]:
    message = '"{}" reads as spam to filters and as shouting to people: use one "!" at most'
    return [(m.start(), message.format(m.group())) for m in _EXCLAMATIONS.finditer(text)]


def _shouting_hits(text: str) -> list[Hit]:
    # Links and addresses are copied, not written: their case is not the recruiter's tone.
    prose = _LINK.sub(lambda m: " " * len(m.group()), text)
    return [
        (m.start(), _shouting_message(m.group()))
        for m in _WORD.finditer(prose)
        if m.group().isupper() and m.group() not in SHOUTING_ALLOWED
    ]


def _shouting_message(word: str) -> str:
    return (
        f'"{word}" is in capitals, which reads as shouting and trips spam filters: '
        "write it in normal case"
    )


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# Words that say the person agreed to be called or texted, or that a voicemail was left: true
# for some people only, so a template says them only under a check of what happened.
CONSENT = "consent"
VOICEMAIL = "voicemail"
CLAIMS = {
    CONSENT: (
        r"(?:thanks|thank you) for (?:saying|telling me|letting me know) (?:that )?"
        r"(?:I|we) (?:could|can|may)",
        r"thanks for letting me (?:call|text|phone|get in touch)",
        r"you (?:said|told me) (?:that )?(?:I|we) (?:could|can|may) (?:call|text|phone)",
        r"(?:fine|happy|ok|okay) with a (?:call|text|phone call)",
        r"(?:your )?(?:consent|permission) to (?:call|text|phone)",
    ),
    VOICEMAIL: (
        r"voice ?mail from me",
        r"(?:my|the) (?:voice ?mail|voice message)",
        r"left (?:you )?a (?:voice ?mail|voice message|message on your phone)",
        r"I (?:just )?(?:called|rang|tried calling|tried to call) you",
    ),
}
_CLAIMS = {kind: re.compile("|".join(rx), re.IGNORECASE) for kind, rx in CLAIMS.items()}


def claims(text: str) -> list[tuple[int, str, str]]:
    """Each claim of consent or of a voicemail in `text`: (offset, kind, the words)."""
    plain = re.sub(r"\s", " ", text.translate(_APOSTROPHES))  # the same offsets
    found = [
        (m.start(), kind, m.group()) for kind, rx in _CLAIMS.items() for m in rx.finditer(plain)
    ]
    return sorted(found)
