"""A recurring mailing refused (session 33, train paraphrases still read wrong): "die wekelijkse
vacaturemail hoef ik niet meer", "el resumen semanal ya no lo quiero", "não quero mais aquele
boletim semanal de vagas, me tira dele", "Sin envíos semanales, gracias", "weekmail uit pls",
"kan je me unsubscriben van de newsletter?", "Rundmail? Ohne mich.", "Den Newsletter brauche ich
nicht mehr".

The README: a stop of one channel is an opt-out, and a newsletter or a weekly digest is one; the
product stops it at once. Like `channel_stops`, this is read even in a reply that asks to be
reached another way or says yes to the role ("… de functie zelf klinkt goed, bel me"), which is
where these requests most often sit. Only a want refused or an imperative counts, never news of
not receiving it: "ik ontvang de nieuwsbrief niet meer, kun je me weer toevoegen?", "el boletín
ya no me llega", "I unsubscribed from the digest last year" ask nothing to stop.

Read on the text `opt_outs.plain` made: lower case, no accents.
"""

from __future__ import annotations

import re

from sequencer.inbound.needles import may_match

_PERIODIC = (
    r"(?:weekly|monthly|daily|wekelijks\w*|maandelijks\w*|dagelijks\w*|w(?:ö|oe|o)chentlich\w*"
    r"|monatlich\w*|taglich\w*|hebdomadaire|mensuel\w*|quotidien\w*|semanal\w*|mensual\w*|diari[oa]s?"
    r"|mensal|mensais)"
)
# Words of news or of a wish not to miss it, not of a refusal (`_NOT_NEWS`, below).
_NEWS = (
    r"(?:ontvang|gekregen|gehad|binnen|erhalt|bekommen|gekommen|recib|receb|re[cç]u|received|got"
    r"|gotten|arriv|came|lleg|cheg|veio|vino|verpass|missen|perd|rater|manquer|miss\b|mis\b"
    r"|lose\b|ha\s+(?:\w+\s+)?(?:dias|semanas|meses)|hace\s|desde|seit|sinds|depuis|for\s+(?:weeks"
    r"|months|days|a\s+while)|in\s+(?:weeks|months|ages))"
)
_KEPT = r"(?!(?:to\s+)?(?:miss|lose)\b)"
# A mailing: a newsletter, a digest, job alerts, a weekly mail ("vacaturemail", "Rundmail",
# "el resumen semanal", "envíos semanales", "weekmail"). Its letters around "newsletter" bounded
# (session 34: a word of 20,000 letters repeating it took 2 s).
_MAILING = (
    r"(?:\w{0,30}newsletter\w{0,30}|\w{0,30}nieuwsbrie[fv]\w{0,30}|boletin\w*|boletim|boletins|digests?"
    r"|infolettre|lettre\s+d'information|rundmail\w*|\w{0,30}mailings?|(?:job|vacature|vacancy|stellen)-?\s?"
    r"(?:alert|mail|flits)\w*|vacaturemail\w*|vacatureflits\w*|weekmail\w*|job-?alerts?"
    rf"|{_PERIODIC}\s+(?:\w+\s+){{0,2}}?(?:e-?mails?|mails?|newsletters?|digests?|update\w*|overzicht\w*|resumen"
    r"|resumo|envios|correos?|alert\w*|mensagens?|berichten|nachrichten|messages)"
    rf"|(?:resumen|resumo|envios|correos?|mails?|e-?mails?|mensagens?|recap)\s+{_PERIODIC}"
    # ...sent on a weekday: "el correo ese de los lunes", "the Monday email", "die Montagsmail".
    r"|(?:correos?|mails?|e-?mails?|mensagens?|berichten|bericht|nachricht\w*)\s+(?:\w+\s+)?"
    r"(?:de\s+(?:todos\s+)?(?:los|las|as|os)|every|on|van|das|dos|du|des)\s+(?:lunes|martes|miercoles"
    r"|jueves|viernes|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|maandag|dinsdag|woensdag"
    r"|donderdag|vrijdag|segundas?(?:-feiras?)?|tercas?|quartas?|quintas?|sextas?|lundis?|mardis?"
    r"|mercredis?|jeudis?|vendredis?)"
    r"|(?:monday|friday|montags?|freitags?)-?\s?(?:e-?mail|mail|newsletter)\w*)"
)
# Refused after it: "hoef ik niet meer", "brauche ich nicht mehr", "ya no lo quiero", "não quero
# mais", "je n'en veux plus", "I don't need anymore", "uit pls", "ohne mich".
_REFUSED_AFTER = (
    r"(?:hoef\s+ik\s+niet\s+meer|wil\s+ik\s+niet\s+meer|brauch\w*\s+ich\s+nicht\s+mehr"
    r"|will\s+ich\s+nicht\s+mehr|(?:i\s+)?(?:don't|do\s+not)\s+(?:need|want)\s+(?:\w+\s+)?any\s?more"
    r"|(?:i\s+)?no\s+longer\s+(?:need|want)|ya\s+no(?:\s+lo|\s+la)?\s*(?:quiero|porfa|por\s+favor"
    r"|gracias|[,.!;]|$)|no\s+(?:lo\s+|la\s+)?quiero\s+mas|(?:eu\s+)?(?:ja\s+)?nao\s+(?:a\s+|o\s+)?quero"
    r"\s+mais|n'en\s+veux\s+plus|uit\s+(?:pls|graag|aub|alsjeblieft|svp|please)|ohne\s+mich)"
)
# ...or a plain "no thanks" right after it, most often to its name asked back: "The weekly
# digest? No thanks", "weekmail, nee dank je"; not after a clause about something else, nor of a
# mailing only named as where they saw the role: "Saw it in the job alert, no thanks" (session
# 34's review).
_NO_THANKS = r"(?:no\s+thanks|nee\s+dank\w*|no\s+gracias|nao\s+obrigad\w|non\s+merci|nein\s+danke)"
_SEEN_IN = re.compile(
    r"\b(?:in|from|via|through|on|im|aus|uit|op|en|na|no|dans|par|per|por|pelo|pela|del|do|da"
    r"|dem|der|den|het|de)\s+(?:\w+\s+){0,2}$"
)
# Refused before it: "no more newsletters", "geen wekelijkse vacaturemails meer", "sin envíos
# semanales", "keine Rundmails mehr", "plus de newsletter", "nada de boletim".
_REFUSED_BEFORE = (
    r"(?:no\s+more|geen|keine?n?|sin|sem|plus\s+de|nada\s+de|nunca\s+mais|nie\s+wieder"
    # ...or the want first: "não quero mais aquele boletim", "I don't want the weekly digest".
    r"|(?:eu\s+)?(?:ja\s+)?nao\s+quero\s+mais|(?:ya\s+)?no\s+quiero\s+mas|i\s+(?:don't|do\s+not)\s+want"
    r"|je\s+ne\s+veux\s+plus|ik\s+wil\s+geen|ich\s+will\s+kein\w*|ich\s+mochte\s+kein\w*)\s+"
    rf"(?:(?!{_NEWS}){_KEPT}\w+\s+){{0,2}}?"
)
# ...not news of none come, after it or before: "geen nieuwsbrief ontvangen deze week", "no
# newsletter arrived", "nunca mais recebi o boletim", "sem boletim há semanas"; nor a wish not to
# miss it: "I don't want to miss job alerts", "ich will keine Jobalerts verpassen".
_NOT_NEWS = rf"(?!\s+(?:\w+\s+){{0,2}}?{_NEWS})"
# Unsubscribing from it asked: "kan je me unsubscriben van de newsletter?", "meld mich vom
# Newsletter ab" (`channel_stops` reads that one), "sacadme del boletín".
_OUT_OF = (
    r"(?:(?:unsubscribe(?:n)?|afmelden|uitschrijven|abmelden|austragen|desinscri(?:re|vez|s)|desuscrib\w*"
    r"|descadastr(?:ar|e|em)|dar(?:me)?\s+de\s+baja|sac(?:a|ad|ame|adme|en|adnos)|tir(?:a|e|em)|haal"
    r"|zet|schrap|retir(?:ez|a|e|em|ad)|enleve[rz]|take\s+(?:me|us)|remove)\s+(?:\w+\s+){0,2}?(?:van|from|de|von"
    r"|vom|aus|uit|da|do|del|off)\s+(?:\w+\s+)?"
    # ...or "get (me) off" it, often asked: "is there a way to get off the monthly newsletter?"
    r"|get\s+(?:me\s+)?off\s+(?:\w+\s+)?)"
)
_REFUSED = re.compile(
    rf"\b{_MAILING}\b(?:\s*\?)?[^.!?\n]{{0,40}}?\b{_REFUSED_AFTER}"
    rf"|(?P<named>\b{_MAILING}\b)(?:\s+{_PERIODIC})?(?P<asked>\s*\?)?[\s,:;.!-]*{_NO_THANKS}\b"
    rf"|\b{_REFUSED_BEFORE}{_MAILING}\b(?!\s*\?){_NOT_NEWS}"
    rf"|\b{_OUT_OF}{_MAILING}\b"
)
# What makes it a mailing, for a cheap look before the pattern: weekdays named in full (session
# 34: "day" and "dag" are in nearly every reply, "today", "vandaag").
_GATE = re.compile(
    r"newsletter|nieuwsbrie|bolet|digest|infolettre|lettre\s+d|rundmail|mailing|alert|vacaturemail"
    r"|vacatureflits|weekmail|weekly|monthly|daily|wekelijks|maandelijks|dagelijks|chentlich"
    r"|monatlich|taglich|hebdomadaire|mensuel|quotidien|semanal|mensual|diari|mensal"
    r"|lunes|martes|miercoles|jueves|viernes|monday|tuesday|wednesday|thursday|friday|maandag"
    r"|dinsdag|woensdag|donderdag|vrijdag|segunda|terca|quarta|quinta|sexta|lundi|mardi"
    r"|mercredi|jeudi|vendredi|montag|freitag"
)


def refuses_a_mailing(plain: str) -> bool:
    if not may_match(_GATE, plain) or not _GATE.search(plain):
        return False
    return any(
        found.group("named") is None
        or found.group("asked") is not None
        or not _SEEN_IN.search(plain, 0, found.start())
        for found in _REFUSED.finditer(plain)
    )
