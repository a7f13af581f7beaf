"""Signing off from something not ours, told in passing (session 31, the near misses Dutch writers
set beside their restated opt-outs): "afmelden voor dat webinar lukt niet via de link",
"uitschrijven bij de KvK duurt nog even", "I need to unsubscribe from the webinar first", "ich
muss mich erst beim Gewerbeamt abmelden", "me désinscrire du webinaire", "darme de baja como
autónomo tarda un mes". The stock words for a stop name an event or a public register there;
the phrase, from the sign-off word to the event, is taken out before the stop readers see it.
"Afmelden voor jullie nieuwsbrief" and "unsubscribe me from everything" name ours, or nothing,
and stay; so do "unsubscribe me from your events and job alerts" (ours: the pronoun says it) and
"unsubscribe me from the webinar invites and everything else you send" (ours beside it).
"""

from __future__ import annotations

import re

_SIGNING_OFF = (
    r"(?:afmeld\w*|af\s+te\s+melden|uitschrij\w*|uit\s+te\s+schrijven|unsubscrib\w*|abmeld\w*"
    r"|austrag\w*|d[ée]sinscri\w*|(?:dar|darme|darse|darte)\s+de\s+baja|descadastr\w*|desuscri\w*)"
)
# An event, a course or a public register.
_NOT_OURS = (
    r"(?:webinar\w*|webinaire\w*|event\w*|evenement\w*|[ée]v[ée]nement\w*|evento\w*|seminar\w*"
    r"|s[ée]minaire\w*|workshop\w*|training\w*|cursus\w*|course|kurs\w*|cours|curso\w*|meetup\w*"
    r"|conferen\w*|congres\w*|kongress\w*|kvk|kamer\s+van\s+koophandel|handelsregister|gemeente"
    r"|gewerbe\w*|finanzamt|einwohnermeldeamt|aut[óo]nom[oa]s?|hacienda|seguridad\s+social|urssaf"
    r"|auto-?entrepreneur|micro-?entreprise|sportschool|gym|fitness\w*|universit\w*|school"
    # The Brazilian MEI (a sole trader's register), not Dutch "mei" (May).
    r"|(?:(?<=\bdo\s)|(?<=\bno\s)|(?<=\bcomo\s)|(?<=\bmeu\s))mei)\b"
)
# Ours: "your events", "jullie events", "vos événements", "sus eventos", "Ihre Seminare".
_OURS = (
    r"(?:your|ur|yours|jullie|uw|je|vos|votre|tes|ton|ta|sus|su|tus|tu|vuestr\w*|ihre\w*|eure\w*"
    r"|deine\w*|seus|suas|sua|seu|vossa\w*|vosso\w*|teus|tuas)"
)
# Ours beside it: "... and everything else you send", "en alle andere mails", "et tout le reste".
_AND_OURS_TOO = (
    r"(?![^.!?\n]{0,60}\b(?:everything|anything|all\s+(?:the\s+)?(?:other|others|rest|your|of\s+your"
    r"|emails|mails|messages)|the\s+rest|alle\s+(?:andere|overige|ander|uw|jullie|mails|berichten"
    r"|weiteren|anderen|ihre\w*)|alles|al\s+het\s+andere|tout|tous\s+vos|toutes\s+vos|le\s+reste"
    r"|todo|todos|todas|tudo|resto|dem[aá]s|mais\s+nada)\b)"
)
_SIGNED_OFF_ELSEWHERE = re.compile(
    rf"\b{_SIGNING_OFF}\s+(?:\w+\s+){{0,3}}?(?:voor|van|bij|uit|from|for|of|at|beim|bei|vom|von|aus"
    rf"|du|de\s+la|de|del|da|do|como|als|as|in|im|op|em|no|na)\s+(?:(?!{_OURS}\b)\w+\s+){{0,2}}?"
    rf"{_NOT_OURS}{_AND_OURS_TOO}",
    re.IGNORECASE,
)


_SIGNING_OFF_WORD = re.compile(rf"\b{_SIGNING_OFF}", re.IGNORECASE)


def without_other_sign_offs(text: str) -> str:
    # The phrase is looked for only in a reply that has the word: a scan of each position of a
    # 20,000-character reply costs more than the word's search.
    return _SIGNED_OFF_ELSEWHERE.sub(" ", text) if _SIGNING_OFF_WORD.search(text) else text
