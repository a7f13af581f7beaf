"""Kinds of stop request a ninth writer used (session 28), on the text `opt_outs.plain` made
(lower case, no accents).

Read even in a reply that asks to be reached another way, because each stops the channel we
use, and a stop of one channel is an opt-out (the README's rule: a stop anywhere wins):

- stop using this number or address ("call my personal number instead and stop using this
  one", "arrête d'utiliser ce numéro", "gebruik dit nummer niet meer", "Nutzen Sie meine
  Handynummer nicht mehr, sondern nur noch meine E-Mail"; not "I stopped using that number",
  "stop using my old address, the new one is …");
- enough of our calls or messages ("CHEGA de ligação", "genug mit den Anrufen", "genoeg
  telefoontjes"; not "enough calls from other agencies");
- being unsubscribed, asked for in the imperative, from a newsletter or alerts or outright
  ("meld me af voor de nieuwsbrief, maar bel me", "melden Sie mich vom Newsletter ab"; not
  "ik meld me af voor de meetup": an event).

And, like the other kinds, only where the reply moves no talk elsewhere: not wanting to be
contacted again, said in the passive ("ich möchte nicht mehr für solche Sachen kontaktiert
werden", "preferia não voltar a ser contactada", "ik wil niet meer benaderd worden"; not
"nicht mehr nur für Junior-Stellen").
"""

from __future__ import annotations

import re

from sequencer.inbound.needles import searched

_THIS_OR_WORK = (
    r"(?:this|that|my\s+work|my\s+office|the\s+work|ce|cette|mon\s+\w+\s+(?:pro|du\s+travail)"
    r"|este|esta|ese|esa|esse|essa|dit|deze|mijn\s+werk|diese[rn]?|die"
    # Their own, at work, in all six: "mi dirección laboral", "my work email", "mein dienstliches".
    r"|(?:my|mi|mon|ma|meu|minha|mijn|mein\w*)(?=\s+(?:\w+\s+)?(?:work|business|laboral|corporativ\w*"
    r"|profesional|pro|professionnel\w*|dienstlich\w*|geschaftlich\w*|zakelijk\w*|werk|trabalho"
    r"|comercial|del\s+trabajo|do\s+trabalho|du\s+travail)\b))"
)
_CHANNEL = (
    r"(?:one|number|no|address|e-?mail(?:\s+address)?|line|phone|mobile|cell|nummer|handynummer"
    r"|telefonnummer|adresse|e-?mail-?adresse|numero|ligne|direccion|correo|linea|telefono|movil"
    r"|endereco|telefone|celular|linha|adres|e-?mailadres|lijn|mailadres|telefoonnummer|06-?nummer)\b"
)
# The channels people name, and what comes through them.
_NAMED = (
    r"(?:whats\s?app|whatsapp-?\w*|linked\s?in|xing|telegram|signal|instagram|insta|facebook"
    r"|messenger|sms|text)"
)
_MESSAGES = (
    r"(?:messages|msgs|texts|dms|inmails|calls|requests|invites|nachrichten|anrufe|anfragen|sms"
    r"|mensajes|llamadas|mensagens|ligacoes|berichten|appjes|belletjes)\b"
)
_PLEASE = (
    r"(?:bitte|please|pls|graag|alsjeblieft|aub|svp|s'il\s+vous\s+plait|s'il\s+te\s+plait"
    r"|por\s+favor|pf|danke|merci|gracias|obrigad[oa])"
)
# The office, after a channel: "o telefone fixo do escritório", "the line at work".
_AT_WORK = (
    r"(?:d[oa]|of\s+the|of\s+my|at\s+the|at|del|du|de\s+la|de|van\s+het|im|vom|op\s+het|in\s+the)\s+"
    r"(?:trabalho|escritorio|work|office|bureau|travail|trabajo|oficina|arbeit|buro|werk|kantoor"
    r"|empresa|firma)\b"
)
_CALLS = r"(?:calls|chamadas|ligacoes|llamadas|appels|anrufe|telefoontjes|belletjes)"
_USE = r"(?:us(?:es?|en|em|ing|ar)|utilis\w*|gebruik\w*|benutz\w*|nutz\w*|verwend\w*)"
_ONE_CHANNEL = tuple(
    re.compile(pattern)
    for pattern in (
        # "stop using this one", "arrêtez d'utiliser ce numéro", "deja de usar este número",
        # "pare de usar esse número", "stop met dit nummer te gebruiken".
        rf"(?<!don't\s)(?<!\bnot\s)\b(?:stop|quit|cease|arret\w*|cess\w*|dej\w*\s+de|par(?:a|e|en"
        rf"|em)\s+de|deix\w*\s+de|stop\w*\s+met|hou\s+op\s+met)\s+(?:d'\s*)?{_USE}\s+{_THIS_OR_WORK}"
        rf"\s+(?:\w+\s+)?{_CHANNEL}"
        rf"|\bstop\s+met\s+{_THIS_OR_WORK}\s+(?:\w+\s+)?{_CHANNEL}\s+te\s+gebruiken"
        # ...the work line named after it (session 31): "deixe de usar o telefone fixo do
        # escritório", "stop using the phone at the office", "deja de usar el teléfono del trabajo".
        rf"|(?<!don't\s)(?<!\bnot\s)(?<!\bnao\s)(?<!\bno\s)\b(?:stop|quit|cease|arret\w*|dej\w*\s+de"
        rf"|par(?:a|e|en|em)\s+de|deix\w*\s+de)\s+(?:d'\s*)?{_USE}\s+(?:o|a|the|le|la|el|l')\s*"
        rf"{_CHANNEL}\s+(?:\w+\s+)?{_AT_WORK}",
        # Calls to the work line, or here, refused: "chamadas para a linha do trabalho, não",
        # "calls to the phone at the office, no", "chamadas de recrutamento aqui, nunca mais".
        rf"\b{_CALLS}\s+(?:\w+\s+){{0,2}}?(?:(?:para|to|on|at|a|al|en|sur|au|auf|an|op|naar|no|na"
        rf"|in)\s+(?:\w+\s+){{0,2}}?{_CHANNEL}\s+(?:\w+\s+)?{_AT_WORK}|(?:aqui|here|ici|aca|hier))"
        r"\s*,?\s+(?:nunca\s+mais|never\s+again|plus\s+jamais|nunca\s+mas|nooit\s+meer|nie\s+wieder"
        r"|nao|no|non|not|nein|nee)\b(?!\s+(?:\w+\s+)?(?:problem|problema|probleme|probleem|worries"
        r"|importa|passa|hay|tenho|tengo|have|habe|heb|ai))",
        # "gebruik dit nummer niet meer", "n'utilisez plus ce numéro", "no uses más este número".
        rf"\b{_USE}\s+(?:sie\s+|u\s+)?{_THIS_OR_WORK}\s+(?:\w+\s+)?{_CHANNEL}\s+(?:\w+\s+)?"
        r"(?:niet\s+meer|nicht\s+mehr|no\s+more|anymore|nie\s+wieder)"
        rf"|\bn'\s*{_USE}\s+plus\s+{_THIS_OR_WORK}\s+(?:\w+\s+)?{_CHANNEL}"
        rf"|\b(?:no|nao)\s+{_USE}\s+mais\s+{_THIS_OR_WORK}|\bno\s+{_USE}\s+mas\s+{_THIS_OR_WORK}"
        # ...their own, the polite imperative (session 32): "Nutzen Sie meine Handynummer nicht
        # mehr, sondern nur noch meine E-Mail", "gebruik u mijn nummer niet meer"; not an old
        # one replaced ("meine alte Nummer …, die neue ist …").
        rf"|\b{_USE}\s+(?:sie|u)\s+(?:bitte\s+|graag\s+)?(?:meine?n?|mijn)\s+(?!alte|oude)(?:\w+\s+)?"
        rf"{_CHANNEL}\s+(?:\w+\s+)?(?:niet\s+meer|nicht\s+mehr)(?![^.!?]{{0,60}}\b(?:nieuwe?|neue\w*)\b)",
        # ...the verb last (Dutch, German): "dit nummer graag niet meer gebruiken", "mijn adres
        # nergens meer voor te gebruiken" (not "..., het nieuwe is 06 ...": their details updated).
        rf"\b(?:{_THIS_OR_WORK}|mijn|meine?)\s+(?!oude|alte)(?:\w+\s+)?{_CHANNEL}\s+(?:\w+\s+){{0,2}}?"
        rf"(?:niet|nergens|nicht|nirgends)\s+(?:meer|mehr|langer)\s+(?:\w+\s+)?(?:te\s+|zu\s+)?{_USE}"
        r"(?![^.!?]{0,60}\b(?:nieuwe?|neue\w*)\b)",
        # Enough of our calls or messages, not of other agencies'.
        r"(?<!not\s)\b(?:enough|genug|assez|basta|chega|genoeg)\b\s*(?:(?:of|with|mit|von|de|d'"
        r"|met|the|den|les|des|vos|your|ihren|deinen|las|los|da|das|do|dos|com|je|jullie|die|al"
        r"|nos|estas|essas|esas|these|those|diesen)\s*){0,3}(?:\w+\s+)?(?:calls|phone\s+calls"
        r"|messages|texts|e-?mails|mails|spam|anrufe\w*|nachrichten|appels|sms|textos|llamadas"
        r"|mensajes|correos|whatsapps?|ligac\w*|mensage\w*|chamadas|zaps?|telefoontjes|berichten"
        r"|belletjes|appjes|smsjes)\b(?![^.!?]{0,40}\b(?:other|outr[oa]s?|otr[oa]s?|autres?"
        r"|anderen?)\b)|\bgenoeg\s+(?:ge)?(?:beld|appt|gemaild|gesms't)\b",
        # "meld me af (voor de nieuwsbrief)", "melden Sie mich (vom Newsletter) ab".
        r"(?<!\bik\s)\b(?:meld|melden|meldt|melde)\s+(?:sie\s+|u\s+)?(?:me|mij|mich)\s+"
        r"(?:(?:voor|van|vom|von|bei|aus)\s+(?:de|het|dem|der|den|alle[nm]?|jullie|uw|ihrem|eurem)?"
        r"\s*(?:\w+\s+)?(?:newsletter|nieuwsbrief|mailing\w*|verteiler|lijst|liste|alerts?|updates"
        r"|vacaturemail\w*|job-?alert\w*|e-?mails?|mails|berichten|nachrichten|sms)\s+)?(?:af|ab)\b"
        # ...not "ab" a time: "ich melde mich ab morgen wieder" (session 30).
        r"(?!\s+(?:morgen|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nachste\w*"
        r"|kommende\w*|mitte|anfang|ende|jetzt|dem|der|januar|februar|marz|april|mai|juni|juli|august"
        r"|september|oktober|november|dezember|\d))",
        # Denied with "more" on one of their channels, the channel between (session 29): "wil je
        # me niet meer op mijn werkmail benaderen?", "bitte nicht mehr auf der Arbeitsnummer
        # anrufen"; not "niet meer op mijn werkmail bereikbaar" (news of a channel).
        r"\b(?:niet|nicht|nooit|nie)\s+(?:meer|mehr|wieder|langer)\s+(?:op|via|per|naar|auf|uber|an"
        r"|unter|bei|in)\s+(?:\w+\s+){0,2}?(?:(?=\w*?(?:mail|adres|telefo))\w++|\w*nummer"
        r"|mobiel|handy|werk|arbeit|buro|kantoor|firma)\s+(?:\w+\s+)?(?:te\s+|zu\s+)?"
        r"(?:benader\w*|bel(?:len)?|mail(?:en|t)?|contacteren|appen|sms'?en|sturen|anrufen|anzurufen"
        r"|anschreiben|anzuschreiben|kontaktieren|schreiben|mailen|an)\b",
        # One channel stopped by name, in a reply that keeps another (session 30, a thirteenth
        # writer): "please stop the WhatsApp messages", "no more LinkedIn messages", "keine
        # WhatsApp-Nachrichten mehr"; not "did you stop the messages?", "don't stop the texts".
        rf"(?<!\bdid\s)(?<!\bdid\syou\s)(?<!\bhave\syou\s)(?<!\bdon't\s)(?<!\bnot\s)(?<!\bnever\s)\b(?:stop|end|quit)\s+(?:(?:the|your"
        rf"|all|those|these|all\s+the)\s+){{0,2}}(?:{_NAMED}\s*-?\s*)?{_MESSAGES}"
        rf"|\bno\s+more\s+{_NAMED}\s*-?\s*{_MESSAGES}|\bno\s+more\s+whats\s?apps\b"
        # "Don't use WhatsApp for this again" (session 31).
        rf"|\b(?:don'?t|do\s+not|never)\s+{_USE}\s+(?:my\s+)?{_NAMED}\s+(?:\w+\s+){{0,3}}?(?:again"
        r"|any\s?more)\b|\b(?:don'?t|dont|do\s+not|never)\s+(?:call|phone|ring)\s+me\s+(?:\w+\s+)?"
        r"(?:again|any\s?more|ever)\b"
        rf"|\bkeine\s+(?:weiteren\s+)?{_NAMED}\s*-?\s*{_MESSAGES}\s+(?:\w+\s+)?mehr\b",
        # ...or elliptically, the channel and "no more" alone: "Auf LinkedIn bitte gar nicht mehr",
        # "via LinkedIn graag helemaal niet meer", "sur WhatsApp, plus du tout", "por WhatsApp ya
        # no", "pelo WhatsApp não mais"; not "auf LinkedIn bin ich nicht mehr aktiv".
        rf"\b(?:auf|per|uber|via|bei|sur|par|por|pelo|pela|op|no|na)\s+{_NAMED}\s*,?\s+(?:{_PLEASE}\s+)?"
        r"(?:(?:gar|uberhaupt|helemaal|du\s+tout|ya|ja)\s+)?(?:nicht\s+mehr|niet\s+meer|nao\s+mais"
        r"|no\s+mas|ya\s+no|plus\s+(?:du\s+tout|jamais)|nunca\s+mais|nunca\s+mas|nie\s+wieder"
        rf"|nooit\s+meer)(?=\s*(?:[,.;:!)]|$|{_PLEASE}\b))",
    )
)
_PASSIVE = re.compile(
    r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+){0,3}?(?:to\s+)?be\s+(?:contacted|approached|emailed"
    r"|called|messaged|texted|bothered)\b[^.!?]{0,60}?\b(?:again|any\s?more|in\s+(?:the\s+)?future"
    r"|ever)\b"
    r"|\b(?:nicht\s+mehr|nie\s+wieder|nie\s+mehr)\s+(?!nur\b)(?:\w+\s+){0,4}?(?:kontaktiert"
    r"|angeschrieben|angerufen|angesprochen|belastigt|behelligt|gestort)\s+(?:zu\s+)?werden?\b"
    r"|\b(?:no|nao)\s+(?:\w+\s+){0,2}?volver\s+a\s+ser\s+(?:contactad|llamad|molestad|escrit)\w*"
    r"|\bnao\s+(?:\w+\s+){0,2}?voltar\s+a\s+ser\s+(?:contactad|contatad|procurad|chamad|incomodad"
    r"|ligad|abordad)\w*"
    r"|\bniet\s+(?:meer|langer)\s+(?!alleen\b)(?:\w+\s+){0,4}?(?:benaderd|gecontacteerd|gebeld"
    r"|gemaild|lastiggevallen|gestoord)\s+(?:te\s+)?worden"
)


def stops_a_channel(plain: str) -> bool:
    return any(
        not _someone_else_no_longer_uses(plain, found)
        for pattern in searched(_ONE_CHANNEL, plain)  # those that may match: the same answer
        for found in pattern.finditer(plain)
    )


def _someone_else_no_longer_uses(plain: str, found: re.Match[str]) -> bool:
    """News that someone else no longer uses it, not a request (session 29, a mother answering):
    "Lucas n'utilise plus ce numéro", "he doesn't use this number anymore", "mijn zoon gebruikt
    dit nummer niet meer". The clause before the verb names someone else: a third person, or a
    lone name. "Bitte benutzen Sie diese Nummer nicht mehr", "you need to stop using this one",
    "I don't use this number anymore" (when unsure it does not send) still stop it."""
    clause = _WORDS.findall(_CLAUSE_START.split(plain[: found.start()])[-1])
    lone_name = len(clause) == 1 and clause[0] not in _NO_SUBJECT
    return lone_name or any(
        word in _SOMEONE_ELSE and (word != "er" or _german_he(clause[at + 1 : at + 2]))
        for at, word in enumerate(clause)
    )


def _german_he(after: list[str]) -> bool:
    """Whether "er" is German "he" (a verb after it: "er benutzt", "er hat"), not Dutch "er"
    ("er graag mijn nummer niet meer gebruiken", session 34)."""
    return not after or after[0].endswith("t")


_CLAUSE_START = re.compile(r"[.!?;:,\n]|\b(?:and|und|et|y|e|en|but|aber|pero|maar)\b")
_WORDS = re.compile(r"[\w']+")
_SOMEONE_ELSE = frozenset(
    {"he", "she", "they", "er", "sie", "hij", "zij", "ze", "il", "elle", "ils", "elles", "on",
     "ele", "ela", "eles", "elas", "el", "ella", "ellos", "ellas", "son", "daughter", "husband",
     "wife", "sohn", "tochter", "mann", "frau", "fils", "fille", "mari", "femme", "hijo", "hija",
     "marido", "esposa", "mujer", "filho", "filha", "mulher", "zoon", "dochter", "man", "vrouw"}
)  # fmt: skip
# A lone word before the verb that is no name: "please stop using this one", "seriously, …".
_NO_SUBJECT = frozenset(
    {"please", "pls", "bitte", "svp", "merci", "pf", "graag", "aub", "so", "now", "just", "then",
     "dann", "alors", "dan", "ya", "don't", "dont", "not", "never", "no", "nao", "ne", "niet",
     "nicht", "i", "ich", "je", "j'", "ik", "eu", "yo", "kindly", "seriously", "guys", "hey",
     "ok", "okay", "also", "voortaan", "jetzt", "sofort", "agora", "nu", "ahora", "you", "u",
     "vous", "tu", "du", "favor", "again", "really", "hi", "hallo", "bonjour", "hola", "oi"}
)  # fmt: skip


def refuses_being_contacted(plain: str) -> bool:
    return bool(_PASSIVE.search(plain))
