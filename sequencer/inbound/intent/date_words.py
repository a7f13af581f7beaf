"""The words for times in the six languages: months, weekdays, numbers, and the phrases of the
date convention (docs/engineers/reply-understanding.md), as regular-expression alternatives."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    **dict.fromkeys(("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene",
                     "januari", "janeiro"), 1),
    **dict.fromkeys(("february", "feb", "februar", "février", "fevrier", "févr", "febrero",
                     "februari", "fevereiro", "fev"), 2),
    **dict.fromkeys(("march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março",
                     "marco"), 3),
    **dict.fromkeys(("april", "apr", "avril", "avr", "abril", "abr"), 4),
    **dict.fromkeys(("may", "mai", "mayo", "mei", "maio"), 5),
    **dict.fromkeys(("june", "jun", "juni", "juin", "junio", "junho"), 6),
    **dict.fromkeys(("july", "jul", "juli", "juillet", "juil", "julio", "julho"), 7),
    **dict.fromkeys(("august", "aug", "août", "aout", "agosto", "augustus", "ago"), 8),
    **dict.fromkeys(("september", "sept", "sep", "septembre", "septiembre", "setiembre",
                     "setembro", "set"), 9),
    **dict.fromkeys(("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro",
                     "out"), 10),
    **dict.fromkeys(("november", "nov", "novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("december", "dec", "dezember", "dez", "décembre", "decembre", "déc",
                     "diciembre", "dic", "dezembro"), 12),
}  # fmt: skip
# Abbreviations and words that are also everyday words ("may", "mar", "set", "out") count only
# with a day number next to them; on their own only the full, unambiguous names count.
_AMBIGUOUS_ALONE = frozenset(
    {"may", "mar", "set", "out", "ago", "dec", "jan", "jun", "jul", "aug", "sep", "sept", "oct",
     "okt", "nov", "dez", "dic", "ene", "abr", "apr", "avr", "feb", "fev", "janv", "févr", "juil",
     "déc"}
)  # fmt: skip
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_ALONE = "|".join(sorted(set(MONTHS) - _AMBIGUOUS_ALONE, key=len, reverse=True))

WEEKDAYS: dict[str, int] = {
    **dict.fromkeys(("monday", "montag", "lundi", "lunes", "maandag", "segunda-feira",
                     "segunda feira", "na segunda"), 0),
    **dict.fromkeys(("tuesday", "dienstag", "mardi", "martes", "dinsdag", "terça-feira",
                     "terça feira", "terça", "terca"), 1),
    **dict.fromkeys(("wednesday", "mittwoch", "mercredi", "miércoles", "miercoles", "woensdag",
                     "quarta-feira", "quarta feira", "quarta"), 2),
    **dict.fromkeys(("thursday", "donnerstag", "jeudi", "jueves", "donderdag", "quinta-feira",
                     "quinta feira", "quinta"), 3),
    **dict.fromkeys(("friday", "freitag", "vendredi", "viernes", "vrijdag", "sexta-feira",
                     "sexta feira", "sexta"), 4),
    **dict.fromkeys(("saturday", "samstag", "samedi", "sábado", "sabado", "zaterdag"), 5),
    **dict.fromkeys(("sunday", "sonntag", "dimanche", "domingo", "zondag"), 6),
}  # fmt: skip
WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

NUMBERS: dict[str, int] = {
    **dict.fromkeys(("a", "an", "one", "ein", "einer", "einem", "un", "une", "una", "uno",
                     "een", "um", "uma"), 1),
    **dict.fromkeys(("two", "zwei", "deux", "dos", "twee", "dois", "duas", "couple",
                     "a couple of", "couple of"), 2),
    **dict.fromkeys(("three", "drei", "trois", "tres", "drie", "três"), 3),
    **dict.fromkeys(("four", "vier", "quatre", "cuatro", "quatro"), 4),
    **dict.fromkeys(("five", "fünf", "cinq", "cinco", "vijf"), 5),
    **dict.fromkeys(("six", "sechs", "seis", "zes"), 6),
    **dict.fromkeys(("eight", "acht", "huit", "ocho", "oito"), 8),
}  # fmt: skip
NUMBER_WORDS = "|".join(sorted(NUMBERS, key=len, reverse=True))

# "a few": R + 21 days for weeks, R + 3 months for months.
FEW = (
    r"(?:a\s+few|several|some|einigen|ein\s+paar|paar|quelques|unas|unas\s+pocas|algunas"
    r"|algumas|enkele|een\s+paar|paar|unos|alguns|uns|umas|unas\s+cuantas|unos\s+cuantos|plusieurs|mehreren|meerdere|várias)"
)
COUPLE = r"(?:a\s+couple\s+of|a\s+couple|couple\s+of|un\s+par\s+de|um\s+par\s+de|uns\s+dois)"
WEEK = r"(?:weeks?|wochen?|semaines?|semanas?|weken|week)"
MONTH_WORD = r"(?:months?|monate?n?|mois|mes(?:es)?|maanden?|meses|mês|mes)"
DAY_WORD = r"(?:days?|tagen?|jours?|días?|dias?|dagen?)"
# "in N weeks" and its translations: "in", "dans", "en", "dentro de", "over", "daqui a", "em".
IN = (
    r"(?:in|within|dans|d'ici|en|dentro\s+de|over|binnen|daqui\s+a|em|in\s+about|in\s+ca\.?"
    r"|give\s+me|gib\s+mir|geben\s+sie\s+mir|donnez-moi|dame|geef\s+me|me\s+dá)"
)
# "about" before a number of weeks ("in ungefähr drei Wochen", "daqui a umas três semanas").
ABOUT = (
    r"(?:about|around|roughly|approximately|ungefähr|ungefaehr|etwa|circa|ca\.?|rund|environ"
    r"|à\s+peu\s+près|unas|unos|aproximadamente|umas|uns|cerca\s+de|ongeveer|zo'n)"
)
AFTER = (
    r"(?:after|once|when|nach|ab|après|apres|à\s+partir\s+de|después\s+de|despues\s+de|tras"
    r"|a\s+partir\s+de|na|vanaf|depois\s+de|depois\s+da|depois\s+do|depois\s+das|após)"
)
EARLY = (
    r"(?:early|start\s+of|beginning\s+of|the\s+start\s+of|the\s+beginning\s+of|anfang|beginn"
    r"|début|debut|au\s+début\s+de|principios\s+de|a\s+principios\s+de|comienzos\s+de"
    r"|inicios\s+de|begin|início\s+de|inicio\s+de|no\s+início\s+de|começo\s+de)"
)
MID = r"(?:mid-|mid|the\s+middle\s+of|middle\s+of|mitte|mi-|mediados\s+de|midden|half|meados\s+de)"
LATE = r"(?:late|later\s+in)"  # the 20th
END = (  # the end of a month is the first of the next one
    r"(?:(?:the\s+)?end\s+of|ende|fin\s+de|fin|finales\s+de|fines\s+de|a\s+finales\s+de"
    r"|eind|eind\s+van|fim\s+de|final\s+de|no\s+final\s+de|no\s+fim\s+de)"
)
NEXT = (
    r"(?:next|nächste[nmrs]?|naechste[nmrs]?|kommende[nmrs]?|prochaine?|próxim[oa]|proxim[oa]"
    r"|volgende?|que\s+vem|que\s+viene|siguiente)"
)
# The person's own milestone (a hand-in, a defence, a graduation): its date is when they are
# busy, not when to write, unless they say to write then (`dates.py`).
OWN_EVENT = (
    r"\b(?:graduat\w*|thesis|dissertation|defen[cs]e|finals|exams|hand(?:ing)?\s+in"
    r"|abgabe|abschluss\w*|masterarbeit|bachelorarbeit|prüfung\w*|examen|verteidigung"
    r"|diplômée?|soutenance|soutiens|mémoire|partiels"
    r"|gradú\w*|graduar\w*|me\s+titulo|tfm|tfg|tesis|entrego|defiendo|exámenes"
    r"|afstude\w*|scriptie|tentamens|studeer\s[^.!?]{0,30}\baf"
    r"|me\s+formo|formatura|tcc|defendo|dissertação|monografia)\b"
)

# Asking to be written to, called or talked to (after their milestone, a date is a deferral):
# "write to me after my exams", "let's talk in August", "hablemos en junio", "bel me in
# september", "me liga em janeiro", "on en reparle en septembre", "lass uns im März telefonieren".
WRITE_AGAIN = (
    r"\b(?:(?:write|text|call|ping|contact|reach|get\s+back\s+to|try)\s+(?:to\s+)?me"
    r"|reach\s+out|get\s+in\s+touch|melde?n?\s+(?:dich|sie\s+sich)|schreib(?:en\s+sie)?\s+mir"
    r"|kontaktier\w*\s+mich|recontact\w*|contactez-moi|écrivez-moi|relancez-moi"
    r"|escríbeme|escribeme|contáctame|vuelve\s+a\s+escribirme|hablamos"
    r"|neem\s+(?:\w+\s+){0,2}contact|mail\s+me|stuur\s+me|me\s+procura|fala\s+comigo"
    r"|volte\s+a\s+contactar|me\s+escreve|entre\s+em\s+contato"
    r"|let'?s\s+(?:talk|chat|speak)|talk\s+(?:again\s+)?(?:in|after)|hablemos|ll[áa]mame|bel\s+me"
    r"|me\s+liga|(?:pode|podem)\s+me\s+chamar|conversamos|on\s+en\s+reparle|reparlons"
    r"|lass\s+uns\s+(?:\w+\s+){0,3}?(?:telefonieren|sprechen|reden)|spreken\s+we)\b"
)
