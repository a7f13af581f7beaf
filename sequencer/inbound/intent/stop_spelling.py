"""Stop requests as people type them: the words a stop hangs on, mistyped by a letter
("contcat", "emialing", "sotp", "ncht"), SMS shorthand in Spanish and Portuguese ("n me manda +
nd", "dejen d escribirme") and French elisions ("m'ecrire"), respelt before `stop_grammar` reads
them; and the stock words (unsubscribe, abmelden, uitschrijven, descadastrar …) misspelt by one
letter, which are a stop on their own.

Works on the text `opt_outs.plain` made: lower case, no accents."""

from __future__ import annotations

import re

# The stock words, misspelt by a letter ("unsubcribe", "austragn", "afmelde"): a letter left
# out, one too many or two swapped. Not one changed: "anmelden" (sign up) is "abmelden" so.
_STOCK_WORDS = (
    "unsubscribe", "abmelden", "austragen", "afmelden", "uitschrijven", "desinscrire",
    "desinscription", "desabonner", "descadastrar", "descadastre", "descadastra", "desuscribir",
)  # fmt: skip
# The words the shapes above hang on, which people also mistype ("contcat", "emialing",
# "sotp"): read as spelt right. Every variant was checked against the words of the corpus;
# the only ones that are words ("mailing", "message", "contacte") mean the same.
_KEY_WORDS = (
    "stop", "contact", "contacting", "contacted", "emailing", "emails", "message", "messages",
    "messaging", "texting", "calling", "remove", "delete", "spamming", "bothering", "sending",
    "writing", "kontaktieren", "contacter", "contactar", "contactarme", "contatar",
    "contacteren", "benaderen", "mensajes", "mensagens", "nachrichten", "escribirme",
)  # fmt: skip


def _near_misses(word: str) -> set[str]:
    """A letter left out (words of six letters or more), or two neighbours swapped."""
    dropped = {word[:i] + word[i + 1 :] for i in range(len(word))} if len(word) >= 6 else set()
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return (dropped | swapped) - {word}


_MISSPELT = frozenset(variant for word in _STOCK_WORDS for variant in _near_misses(word))
_STOCK = frozenset(_STOCK_WORDS)
# A word a letter longer than a stock word can be it with a letter too many (session 35: a
# 20,000-letter word was cut 20,000 ways to be looked up, 0.2 s).
_STOCK_LENGTHS = frozenset(len(word) + 1 for word in _STOCK_WORDS)
_RESPELT = {
    variant: word
    for word in _KEY_WORDS
    for variant in _near_misses(word)
    if variant not in _KEY_WORDS
}
# "nicht" typed on a phone ("Bitte ncht mehr kontaktieren"); "nich" is how it is spoken.
_RESPELT.update(dict.fromkeys(("ncht", "nict", "niht", "nich", "nciht", "nihct", "nicth"), "nicht"))
# Not after a hyphen: "e-mails" is no mistyped "emails".
_WORD = re.compile(r"(?<![a-z-])[a-z]{4,}")
# SMS shorthand in Spanish and Portuguese: "n me manda + nd", "q pesados, dejen d escribirme".
_SPELT_OUT = {"+": "mas", "d": "de", "q": "que", "k": "que", "n": "no", "nd": "nada", "x": "por"}
_SHORTHAND = re.compile(r"(?<!\S)(?:\+|d|q|k|n|nd|x)(?!\S)")
_ELIDED = re.compile(r"\b([mdlnjts]|qu)'\s*")


def respelt(plain: str) -> str:
    """`plain` with its elisions spaced ("m'ecrire" -> "m' ecrire"; "don't" stays), its SMS
    shorthand spelt out ("dejen d escribirme") and its mistyped key words spelt right."""
    spaced = _ELIDED.sub(r"\1' ", plain)
    spaced = _SHORTHAND.sub(lambda word: _SPELT_OUT[word[0]], spaced)
    return _WORD.sub(lambda word: _RESPELT.get(word[0], word[0]), spaced)


def misspelt_stock_word(plain: str) -> bool:
    for word in _WORD.findall(plain):
        if len(word) < 6 or word in _STOCK:
            continue  # the words themselves are stop_requests' to read
        if word in _MISSPELT or (
            len(word) in _STOCK_LENGTHS
            and any(word[:i] + word[i + 1 :] in _STOCK for i in range(len(word)))
        ):
            return True
    return False
