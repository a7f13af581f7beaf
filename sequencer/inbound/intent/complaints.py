"""Complaints that mean "stop" in a reply that does not say yes: "I never signed up for this",
"third email this week", "how many times do I have to tell you?", "I never gave you permission to
contact me" ("I never signed up for your newsletter, but this role looks great, call me" says
yes; so does "I never agreed to a call before, but happy to talk now"). `stop_kinds` reads the
kinds of complaint a seventh writer used; `complaints_excused` the replies that complain and ask
on about the job. Read by `opt_outs` on the text its `plain` made: lower case, no accents."""

from __future__ import annotations

import re

from sequencer.inbound.intent.complaints_excused import asks_on_after_complaining
from sequencer.inbound.intent.not_requests import says_no, says_yes
from sequencer.inbound.intent.stop_kinds import complains_like_a_stop

_COMPLAINT = re.compile(
    r"\b(?:never|nie|nunca|jamais|nooit|nergens)\s+(?:\w+\s+){0,2}?(?:signed\s+up|registered"
    r"|subscribed|opted\s+in|angemeldet|registriert|eingetragen|inscri\w*|cadastr\w*|registr\w*"
    r"|suscri\w*|aangemeld|ingeschreven|geregistreerd)"
    r"|(?<!my\s)(?<!mijn\s)(?<!mon\s)(?<!mi\s)(?<!meu\s)(?<!meine\s)\b(?:third|fourth|fifth|sixth"
    r"|\d+(?:st|nd|rd|th|e)|dritte|vierte|funfte|sechste|troisieme|quatrieme|cinquieme|tercer\w*"
    r"|cuart\w*|quint\w*|sext\w*|derde|vierde|vijfde|zesde|terceir\w*|quart\w*)\s+(?:\w+\s+)?"
    r"(?:e-?mails?|mails?|messages?|nachricht\w*|mensaje\w*|correos?|mensage\w*|berichte?n?|sms|vez"
    r"|fois|mal|keer|time|calls?|texts?|anrufe?|appels?|llamadas?|ligac\w*|telefoontjes?)\b"
    # ...of the week ("3e sms de la semaine", "terceira mensagem da semana"), or today.
    r"(?:[^.!?]{0,20}?\b(?:this|diese\w*|cette|ce|esta|este|deze|dit|essa|esse|nesta|neste|dessa"
    r"|desta|in|en|em|op|of|de|da|do|du|der|van)\s+(?:\w+\s+)?(?:week\w*|woche\w*|semaine\w*"
    r"|semana\w*|month\w*|monat\w*|mois|mes\w*|maand\w*|dias?|days?|tag\w*|jours?|dag\w*)"
    r"|(?:\s+\w+)?\s+(?:today|heute|aujourd'hui|hoy|hoje|vandaag)\b"
    # ...of ours: "third email today from me, sorry!", "terceira mensagem hoje, recebeu meu CV?"
    r"(?![^.!?]{0,40}?\b(?:from\s+me|von\s+mir|de\s+ma\s+part|de\s+mi\s+parte|da\s+minha\s+parte"
    r"|van\s+mij|my|mijn|meine?\w*|mon|ma|mes|mi|mis|meus?|minhas?)\b))"
    # Never consented to be contacted: "I never gave you permission to contact me".
    r"|\b(?:never|nie|nunca|jamais|nooit)\s+(?:\w+\s+){0,3}?(?:consent\w*|agreed|permission"
    r"|eingewilligt|zugestimmt|erlaubt|genehmigt|accord|autori[szc]\w*|consenti\w*|toestemming)\b"
    r"[^.!?]{0,40}?\b(?:contact|contat|kontakt|e-?mail|mail|messag|text|call|writ|schreib|anschreib"
    r"|anruf|ecri|appel|escrib|llam|escrev|ligar|ligue|benader|bellen|approach|sollicit"
    r"|anzuschreib|anzuruf|anzusprech|ansprech)\w*"
    r"|\b(?:how\s+many\s+times|wie\s+oft|combien\s+de\s+fois|cuantas\s+veces|hoe\s+vaak"
    r"|quantas\s+vezes)\b[^.!?]{0,40}?\b(?:tell|say|ask|repeat|sag|schreib|dire|repet|decir|dec|pedir"
    r"|repetir|zeg|vrag|dizer|diz)\w*"
)
# A complaint waived for a question about the job (session 31): "hab mich nie angemeldet. egal,
# was ist das für ein job?", "never signed up. anyway, what's the salary?".
_COMPLAINT_WAIVED = re.compile(
    r"\b(?:egal|anyway|whatever|anyhow|bref|enfin|peu\s+importe|da\s+igual|en\s+fin|enfim"
    r"|tanto\s+faz|maakt\s+niet\s+uit|hoe\s+dan\s+ook)\b[^.!?]{0,80}\?"
)


# A count of our messages beside a plain no is a no (session 31): "quarta mensagem essa semana,
# então vou ser direto: não tenho interesse", "third email this week. Not interested."
_COUNTED = re.compile(
    r"(?:third|fourth|fifth|sixth|\d|dritte|vierte|funfte|sechste|troisieme|quatrieme|cinquieme"
    r"|tercer|cuart|quint|sext|derde|vierde|vijfde|zesde|terceir|quart)"
)


# ...and so is one beside a no to the role in other words (session 33): "c'est non", "toujours
# non", "dus nee", "the answer is still no", "die Antwort bleibt nein", "sigue siendo que no",
# "a resposta continua a ser não", "le poste ne me correspond pas"; and "how many times do I
# have to tell you" beside one ("hoe vaak moet ik het nog zeggen, ik verhuis niet. dus nee").
_HOW_MANY = re.compile(r"how|wie|combien|cuantas|hoe|quantas")
_A_NO = re.compile(
    r"\b(?:c'est|toujours|reste|still|bleibt|immer\s+noch|siendo(?:\s+que)?|sigue|dus|het\s+blijft"
    r"|blijft|continua)\s+(?:(?:un|une|a|een|ein)\s+)?(?:non|no|nein|nee|nao)\b(?!\s+(?:\w+\s+)?(?:to|an"
    r"|aux?|a|para|op|tegen|mas|more|mehr|plus|meer|mais)\b)(?![-'])"
    # ...a bare "is", "es", "e" only before a no that ends the clause (session 34): "the answer is
    # no!", not "this is no joke", "e não me inscrevi" ("and not").
    r"|\b(?:is|ist|es|ser|e)\s+(?:non|no|nein|nee|nao)\s*(?:[.!;]|$)"
    r"|\bne\s+me\s+correspond\s+pas|\bnot\s+for\s+me|\bnichts\s+fur\s+mich|\bniks\s+voor\s+mij"
    r"|\bno\s+es\s+para\s+mi\b|\bnao\s+e\s+para\s+mim\b|\bno\s+me\s+interesa"
)


# "How many times" beside a no excuses only with something said of themselves ("ik verhuis niet",
# "no me mudo"): "How many times do I have to say it? The answer is no!" stays a stop, and so
# does "¿Cuántas veces tengo que decirlo? No me interesa", as "I'm not interested" does ("no me
# interesa cambiar de trabajo" says something of themselves).
_OF_THEMSELVES = re.compile(
    r"\b(?:ik|je|i|ich|yo|eu)\s+(?:\w+\s+)?(?:niet|pas|not|don't|won't|nicht|no|nao)\b"
    r"|\b(?:no|nao)\s+me\s+(?!\w*(?:escrib|mand|llam|contact|molest|ligu|lig|escrev)|(?:interes|gust"
    r"|gost|import|apetec)\w*\s*(?:[.!,;?]|$))\w+"
)


def _complains(words: str, text: str) -> bool:
    said_no = says_no(text) or _A_NO.search(words)
    return any(
        not (
            (_COUNTED.match(found.group(0)) and said_no)
            or (_HOW_MANY.match(found.group(0)) and said_no and _OF_THEMSELVES.search(words))
        )
        for found in _COMPLAINT.finditer(words)
    )


def complains_as_a_stop(words: str, text: str) -> bool:
    """`words` (the plain text) complains, in a reply (`text`) that neither says yes nor waives
    the complaint to ask on."""
    if not (_complains(words, text) or complains_like_a_stop(words)):
        return False  # most replies: the waivers (session 33: more of them) are not read at all
    waived = asks_on_after_complaining(text) or _COMPLAINT_WAIVED.search(words)
    return not says_yes(text) and not waived
