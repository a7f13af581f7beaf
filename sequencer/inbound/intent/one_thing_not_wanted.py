"""One thing not to be sent again while the rest goes on (session 36, brief F): "don't send me
the brochure again, I have it; yes to a call", "Por favor no me mandes más el enlace, ya me llegó
3 veces", "Ya no me manden más PDF", "deja de mandarme audios, escríbeme mejor", "não precisa
mandar mais lembrete da entrevista, já anotei", "Bitte schicken Sie mir den Link nicht mehr",
"Ne m'envoyez plus le formulaire, je l'ai déjà rempli", "Stuur me de brochure niet meer". The
clause is taken out before the stop readers see it, as `not_requests` does.

Only a thing that is one part of the talk (a link, a form, a PDF, an attachment, a reminder,
voice notes, long messages), never what the stop is about (offers, jobs, messages, emails: "no
me mandes más ofertas" is a stop), and only where the clause names nothing else and the reply
goes on (a question, a yes, "I have it").
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.cue_gates import has_cue
from sequencer.inbound.intent.labels import Label

# The one thing: what a message carries, not the messages.
_THING_NOUN = (
    r"(?:link|links|enlace|enlaces|lien|liens|pdfs?|brochures?|brosch(?:ü|ue)re\w*|folleto\w*"
    r"|brochura\w*|form|formular\w*|formulaire\w*|formulario\w*|formul[áa]rio\w*|formulier\w*"
    r"|attachments?|anhang|anh(?:ä|ae)nge|pi[èe]ces?\s+jointes?|adjuntos?|anexos?|bijlagen?"
    r"|reminders?|erinnerung\w*|rappels?|recordatorios?|lembretes?|herinnering\w*|audios?"
    r"|[áa]udios?|voice\s*(?:notes?|messages?|memos?)|sprachnachricht\w*|vocaux|spraakbericht\w*"
    r"|calendar\s+invites?|invites?|einladung\w*|invitations?|invitaci[óo]n\w*|convites?"
    r"|uitnodiging\w*|questionnaire\w*|fragebogen|cuestionario|question[áa]rio"
    r"|vragenlijst|test(?:s)?\s+link|cosas\s+largas|mensajes\s+tan\s+largos|long\s+messages"
    r"|lange\s+nachrichten|messages\s+si\s+longs|lange\s+berichten|mensagens\s+t[ãa]o\s+longas)\b"
)
_THING = (
    r"(?:the\s+|that\s+|this\s+|den\s+|das\s+|die\s+|le\s+|la\s+|les\s+|el\s+|los\s+|las\s+|o\s+|a\s+"
    r"|os\s+|as\s+|de\s+|het\s+|dat\s+|deze\s+|ce\s+|cette\s+|esse\s+|essa\s+|ese\s+|esa\s+)?"
    r"(?:(?:same|gleiche\w*|m[êe]me|mism[oa]s?|mesm[oa]s?|zelfde)\s+)?" + _THING_NOUN
)
_SEND = (
    r"(?:send\w*|sent|schick\w*|senden|sende|envoy\w*|envoi\w*|mand\w*|envi\w*|manden|stuur\w*"
    r"|stur\w*|mail\w*|forward\w*|weiterleit\w*)"
)
_DENIED = r"(?:don'?t|do\s+not|no\s+need\s+to|stop|no|ya\s+no|deja\w*\s+de|n[ãa]o|n[ãa]o\s+precisa)"
# Sending denied, then the thing within a few words: "no me mandes más el enlace", "stop sending
# the link", "ne m'envoyez plus le formulaire", "schicken Sie mir den Link nicht mehr" (German and
# Dutch: the thing between the verb and the denial); or no more of it, bare: "NO MAS AUDIOS". The
# verb is needed: "no encuentro el enlace" denies no sending (session 33's "Quería darme de baja
# pero no encuentro el enlace, ¿pueden hacerlo ustedes?" asks to stop).
_ONE_THING = re.compile(
    rf"\b{_DENIED}\s+(?:(?:me|mir|mij|m'|moi|nos)\s*)?(?:\w+\s+)?{_SEND}\s+(?:[\w']+\s+){{0,2}}?{_THING}"
    rf"|\bne\s+(?:m'|me\s+)?{_SEND}\s+plus\s+(?:de\s+|d')?{_THING}"
    rf"|\b(?:no\s+m[áa]s|no\s+more|nada\s+de|sem\s+mais|plus\s+de|keine?|geen)\s+{_THING}"
    rf"|\b{_SEND}\s+(?:\w+\s+){{0,3}}?{_THING}\s+(?:\w+\s+)?(?:nicht\s+mehr|niet\s+meer|again"
    r"|anymore|any\s+more)\b",
    re.IGNORECASE,
)
# The clause names what a stop is about too: "no more links or job offers"; or the things are
# our sequence's own ("stop sending the automated reminders": our follow-ups; session 36).
_ALL_OF_IT = re.compile(
    r"\b(?:automat\w*|autom[áa]tic\w*|follow-?ups?|relances?|nachfass\w*|offers?|jobs?|roles?|vacanc\w*|stellen\w*|angebot\w*|offres?|ofertas?|vagas?"
    r"|vacatures?|propost\w*|messages?|e-?mails?|mails?|nachricht\w*|mensajes?|correos?|mensage\w*"
    r"|berichten|bericht|sms|texts?|whats\s?app|linkedin|calls?|anrufe?|appels?|llamadas?"
    r"|liga[çc](?:ão|ões|ao|oes)|telefoontjes|anything|nothing|everything|nichts|rien|nada|niks|niets|todo|tudo|alles|tout)\b",
    re.IGNORECASE,
)
_GOES_ON = re.compile(
    r"\?|\b(?:already|schon|bereits|d[ée]j[àa]|ya|j[áa]|al|have\s+it|got\s+it|yes|ja|oui|s[íi]"
    r"|sim|instead|lieber|plut[ôo]t|mejor|liever|melhor)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^.!?;,\n]+")
_A_THING = re.compile(rf"\b{_THING}", re.IGNORECASE)
_A_THING_NAMED = re.compile(rf"\b{_THING_NOUN}", re.IGNORECASE)  # looked for first: the cheapest


def without_one_thing_not_wanted(text: str) -> str:
    """`text` without a clause that asks one thing not to be sent again, where the reply goes
    on."""
    if not _A_THING_NAMED.search(text) or not _ONE_THING.search(text):
        return text
    if not (_GOES_ON.search(text) or has_cue(Label.INTERESTED, text)):
        return text

    def one_thing(clause: re.Match[str]) -> str:
        said = clause.group()
        if _ONE_THING.search(said) and not _ALL_OF_IT.search(_A_THING.sub(" ", said)):
            return " "
        return said

    return _CLAUSE.sub(one_thing, text)
