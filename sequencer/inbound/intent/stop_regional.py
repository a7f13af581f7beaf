"""Stop requests in regional speech and as voice-to-text hears them (session 30, a twelfth
writer; session 35: Austrian, Swiss, Flemish and Gronings words, Québec French "pu", Catalan in a
Spanish reply), on the text `opt_outs.plain` made (lower case, no accents).

`regional` respells, before the other readers see them, the dialect words a stop hangs on that
no other language spells so: Swiss German "nüme"/"nümme" and "nimme" (nicht mehr), "lüüte" and
"aalüüte" (anrufen), "schriibe" (schreiben), "us Ihrere" (aus Ihrer), "Datebank"; Flemish "nie
meer" (niet meer). A Swiss "Löschet Sie mi bitte us Ihrere Kartei und lüütet Sie mir nüme ufs
Natel aa" is then read by the grammar as "… anrufen Sie mir nicht mehr …".

`asks_to_stop_regionally` reads what respelling cannot: a Swiss or Austrian deletion of "mi"
(mich) or "mini" (meine) things ("Tüend Sie mi us de Kartei lösche", "Löschet Sie mini
Nummere"), and the stock words split by voice-to-text ("please on subscribe me", "un
subscribe", "mich ab melden", "me des inscrire", "des cadastrar", "dar me de baja"); not
"don't on subscribe me", "ab morgen melden", "het uit schrijven" (write it out)."""

from __future__ import annotations

import re

from sequencer.inbound.intent.word_gate import WordGate
from sequencer.inbound.needles import may_match

# Dialect words, each spelt so in no other of the six languages.
_DIALECT = (
    (re.compile(r"\b(?:nume|numme|numm|nimme|nimmi)\b"), "nicht mehr"),
    (re.compile(r"\b(?:nod|nid|nit)\s+meh\b"), "nicht mehr"),
    (re.compile(r"\bnie\s+meer\b"), "niet meer"),
    (re.compile(r"\b(?:aa|a)?lu+t(?:e|et|ed|ä|i)?\b"), "anrufen"),
    (re.compile(r"\bschri+b(?:e|ed|et|sch)?\b"), "schreiben"),
    (re.compile(r"\bus\s+(?=(?:ihrere?|ihrem|ihre|eurer|eure|de|dr|em|dere|dem|der)\b)"), "aus "),
    (re.compile(r"\bihrere\b"), "ihrer"),
    (re.compile(r"\bdatebank\b"), "datenbank"),
    # Scots: "I'd rather ye didnae message again", "leave me off yer list fae now on".
    (re.compile(r"\bdidnae\b"), "didn't"),
    (re.compile(r"\b(?:dinnae|dinna|divnae)\b"), "don't"),
    (re.compile(r"\byer\b"), "your"),
    # Swiss "kei Aarüef und kei Mails meh" (keine Anrufe … mehr), "aagschriebe werde".
    (re.compile(r"\bkei\b(?=[^.!?]{0,40}\bmeh\b)"), "keine"),
    (re.compile(r"(?<=\bkeine\s)([\w-]+(?:\s+und\s+keine\s+[\w-]+)?)\s+meh\b"), r"\1 mehr"),
    (re.compile(r"\baa?ru+e?f\b"), "anrufe"),
    (re.compile(r"\baa?gschrie?be\b"), "angeschrieben"),
    # Session 35: Austrian "bitte ned mehr anläuten" (nicht mehr anrufen), Swiss "Lischte";
    # Flemish diminutives ("geen sms'kes meer"); Gronings "moar gain smsjes meer noar mie".
    (re.compile(r"\bned\s+mehr\b"), "nicht mehr"),
    (re.compile(r"\ban(?:ge)?laut(?:e|en|et|t)?\b"), "anrufen"),
    (re.compile(r"\blischte\b"), "liste"),
    (re.compile(r"\bsms'?kes\b"), "sms'jes"),
    (re.compile(r"\bmailkes\b"), "mailtjes"),
    (re.compile(r"\bappkes\b"), "appjes"),
    (re.compile(r"\bgain\b(?=[^.!?]{0,40}\bmeer\b)"), "geen"),
    (re.compile(r"\bnoar\s+mie\b"), "naar mij"),
    # Session 36, the key words misspelt as heard: French "arrêtez" with its letters doubled
    # wrong ("arettez les sms"), Spanish "baja" with a v and "correos" with one r ("como me doy
    # de vaja de estos coreos").
    (re.compile(r"\b(?:arettez|aretez|arrettez)\b"), "arretez"),
    (re.compile(r"\b(?:arretter|aretter)\b"), "arreter"),
    (re.compile(r"\bde\s+vaja\b"), "de baja"),
    (re.compile(r"\bcoreos\b"), "correos"),
    (re.compile(r"\bgebelt\b"), "gebeld"),
)


def regional(plain: str) -> str:
    """`plain` with its dialect words respelt in the standard language."""
    for word, standard in _DIALECT:
        if may_match(word, plain):  # a string it needs first (`needles`): the same answer
            plain = word.sub(standard, plain)
    return plain


_NOT_DENIED = (
    r"(?<!n't\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\bnicht\s)(?<!\bniet\s)(?<!\bpas\s)(?<!\bno\s)"
)
_PLACES = (
    r"(?:kartei|datenbank|liste\w*|verteiler\w*|adressliste|system|dossier|akte\w*|unterlage\w*)\b"
)
_THINGS = (
    r"(?:nummer\w*|adress\w*|date\w*|angabe\w*|lebenslauf|profil\w*|unterlage\w*|kontakt\w*)\b"
)
_SHAPES = tuple(
    re.compile(pattern)
    for pattern in (
        # Swiss and Austrian: "Löschet Sie mi us de Kartei", "Tüend Sie mi … us Ihrere Datebank
        # lösche", "Löschet Sie mini Nummere" (the standard "mich", "meine" the others read).
        rf"\b(?:losch|entfern|nehm|streich|trag|tue|tuend|tund)\w*\s+(?:sie\s+|s'\s*)?(?:mi|mis)\s+"
        rf"(?:\w+\s+){{0,2}}?aus\s+(?:\w+\s+){{0,2}}?{_PLACES}",
        rf"\b(?:mi|mis)\s+(?:\w+\s+){{0,2}}?aus\s+(?:\w+\s+){{0,2}}?{_PLACES}\s+(?:\w+\s+)?(?:losch"
        r"|entfern|use\s*neh|usenah|usenem|streich|strich|usetrag|austrag)\w*",
        rf"\b(?:losch|entfern|vernicht)\w*\s+(?:sie\s+|s'\s*)?(?:mini|mis|mi)\s+(?:\w+\s+)?{_THINGS}",
        # Voice-to-text: the stock words heard as two.
        rf"{_NOT_DENIED}\b(?:on|un|an)\s+subscri(?:be|bed|bing)\b",
        r"\b(?:mich|me|mij)\s+(?:\w+\s+)?(?:ab\s+(?:melden|bestellen)|aus\s+tragen|af\s+melden"
        r"|uit\s+(?:te\s+)?schrijven)\b",
        rf"{_NOT_DENIED}\b(?:me|m')\s*(?:des|dez)\s+(?:inscri\w*|abonn\w*)",
        rf"{_NOT_DENIED}\b(?:des|dez)\s+(?:suscrib\w*|cadastr\w*|inscrev\w*)",
        r"\bd(?:ar|a|e|en|ad)\s+(?:me|nos)\s+de\s+(?:baja|vaja)\b|\bd(?:ar|a|e|en|ad)(?:me|nos)\s+de"
        r"\s+vaja\b",
        # Session 35. Swiss "chönd Sie mi bitte us dere Lischte neh" (nehmen).
        rf"\b(?:mi|mis)\s+(?:\w+\s+){{0,2}}?aus\s+(?:\w+\s+){{0,2}}?{_PLACES}\s+(?:\w+\s+)?neh(?:me|men"
        r"|mid|med)?\b",
        # Québec French, "ne" dropped and "plus" said "pu": "textez-moi pu", "appelle pu sur mon
        # cell", "écrivez-moi pu", "m'écrivez pus"; and "plus" with "ne" dropped before "rien":
        # "j'aimerais plus rien recevoir", "de plus rien m'envoyer", "vous écrivez plus à moi".
        r"\b(?:m')?(?:ecri|appel|text|envoi|envoy|contact|relanc|sollicit|rappel|call)\w*"
        r"(?:-(?:moi|nous))?\s+pus?\b",
        r"\b(?:aimerais|veux|voudrais|souhaite)\s+plus\s+rien\s+recevoir\b|\bplus\s+rien\s+(?:m'|me\s+)"
        r"(?:envoy|ecri|adress)\w*|\b(?:vous|tu)\s+(?:ecri|appel|envoy|contact)\w*\s+plus\s+a\s+moi\b",
        # Catalan in a Spanish reply: "no em torneu a trucar", "no m'escriviu més".
        r"\bno\s+(?:em|m')\s*(?:torn(?:eu|is|i|in)\s+a\s+(?:trucar|escriure|enviar|contactar)"
        r"|(?:truqu|escrigu|escriv|envi)\w*\s+mes)\b",
    )
)

# Each shape is searched only in a text holding a word it can begin with (the same answer).
_GATE = WordGate(_SHAPES)


def asks_to_stop_regionally(plain: str) -> bool:
    """`plain`: as `regional` respelt it."""
    return _GATE.any_match(plain)
