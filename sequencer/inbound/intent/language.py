"""Which of the six languages a reply is in: py3langid restricted to en, de, fr, es, nl, pt.

A few words ("yes", "Stopp", "later") are too short for character statistics, so a short
reply is read by its words first; with nothing to go on, English (our own language)."""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import (  # type: ignore[import-untyped]
    MODEL_DIR,
    MODEL_FILE,
    LanguageIdentifier,
)

LANGUAGES = ("en", "de", "fr", "es", "nl", "pt")
# Below this many letters the statistics guess; above it they are right (the corpus's SMS).
_SHORT = 25
_SURE = 0.8
_WORDS_BY_LANGUAGE: dict[str, str] = {
    "en": "yes yeah yep sure ok okay later no thanks call me stop please not interested who what"
    " pay sounds good maybe next week wrong number",
    "de": "ja gerne gern nein danke stopp später bitte kein keine interesse mich nicht rufen sie"
    " an klingt gut vielleicht woche falsche nummer wer abmelden",
    "fr": "oui non merci plus tard appelez moi pas arrêt arrete arrêtez intéressé intéressée"
    " peut-être d'accord volontiers semaine combien salaire svp stp",
    "es": "sí si gracias más tarde llámame llamame claro vale baja interesa quizás después semana"
    " cuánto sueldo equivocado número dale nop vale porfa",
    "nl": "nee dank je bedankt later bel mij graag geen interesse misschien volgende week hoeveel"
    " salaris verkeerde nummer prima wie afmelden aub sms'en",
    "pt": "sim não nao obrigado obrigada depois ligue pode ligar claro talvez semana quanto"
    " salário errado número pare parar tenho interesse sair",
}
_WORDS: dict[str, set[str]] = {}
for _language, _words in _WORDS_BY_LANGUAGE.items():
    for _word in _words.split():
        _WORDS.setdefault(_word, set()).add(_language)
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)?")


@cache
def _identifier() -> LanguageIdentifier:
    import numpy  # py3langid's own import: nothing more is loaded

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    # The six languages' columns, picked out of the model's by `set_languages`, come in column
    # order: a reply's features, gathered as rows, each touched six places in memory. Row order
    # holds the same numbers (the scores are the same to the bit on every train reply and
    # paraphrase) and read replies 3% faster on the train split (session 34).
    identifier.nb_ptc = numpy.ascontiguousarray(identifier.nb_ptc)
    return identifier


def language_of(text: str) -> str:
    if not _has_letters(text, _SHORT):
        return _by_words(text)
    found, _probability = _identifier().classify(text)
    return str(found)


def _has_letters(text: str, least: int) -> bool:
    """Whether `text` holds `least` letters: counted only until there are so many."""
    letters = 0
    for character in text:
        if character.isalpha():
            letters += 1
            if letters >= least:
                return True
    return False


def _by_words(text: str) -> str:
    """Each known word is a vote; the statistics, however unsure, count for up to two more, so
    that "No me escribas más" is Spanish though "no" and "me" are English words too."""
    if not text.strip():
        return "en"
    scores = {str(language): 2 * probability for language, probability in _identifier().rank(text)}
    known = [_WORDS[word] for word in _WORD.findall(text.lower()) if word in _WORDS]
    if not known and max(scores.values()) < 2 * _SURE:
        return "en"  # no word we know, and the statistics unsure: our own language
    for languages in known:
        for language in languages:
            scores[language] += 1
    best = max(scores.values())
    return next(language for language in LANGUAGES if scores[language] == best)
