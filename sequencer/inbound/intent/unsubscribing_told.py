"""Their own unsubscribing told, not asked (session 36, brief F): an unsubscribing in the past
beside a question or a yes: "I unsubscribed from your newsletter last month; is the role still
open?", "Ich hatte mich vor zwei Jahren von Ihrem Newsletter abgemeldet … Ist die Stelle auch
remote möglich?", "Je me suis désabonné de votre newsletter il y a quelques mois, mais
j'aimerais recevoir les alertes", "me di de baja de vuestro boletín, pero ¿el puesto sigue
abierto?", "ik heb me vorig jaar afgemeld … is de functie nog open?", "tentei cancelar a
inscrição e o link deu erro … essa vaga me interessa". Its sentence is taken out before the stop
readers see it, as `not_requests` does (which since session 33 took out a few of these words
beside a plain yes only).

Never where the messages still come or the writer asks why we still write ("I unsubscribed
and you're still emailing me", "pourquoi je reçois encore…", "¿por qué me seguís escribiendo?"):
an unsubscribing said again is a stop; nor a sentence that asks for more ("…, remove me").
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.cue_gates import has_cue
from sequencer.inbound.intent.labels import Label

# An unsubscribing done (or tried), by the writer: the past, not the imperative.
_UNSUBSCRIBED = re.compile(
    r"\b(?:unsubscribed|unsubscibed|opted\s+out|cancell?ed\s+(?:my|the|a)\s+(?:\w+\s+)?subscription"
    r"|abgemeldet|abbestellt|ausgetragen|d[ée]sabonn(?:é|ée|és|ées)|(?:suis|s'est|sommes|[ée]t[ée]"
    r"|[ée]tais|[ée]tait)\s+(?:\w+\s+){0,2}?d[ée]s(?:abonn|inscri)\w*|d[ée]sinscription\s+faite"
    r"|me\s+(?:di|he\s+dado)\s+de\s+baja|dad[oa]\s+de\s+baja|me\s+desuscrib[íi]"
    r"|cancel[ée]\s+(?:la|mi)\s+suscripci[óo]n|afgemeld|uitgeschreven|(?:me\s+)?descadastrei"
    r"|cancelei\s+(?:a|minha)\s+(?:inscri[çc][ãa]o|assinatura)|tentei\s+(?:me\s+)?(?:cancelar"
    r"|descadastrar|sair)"
    # Clicked by mistake, or tried and it failed: "j'ai cliqué sur « se désinscrire » par
    # erreur", "I clicked unsubscribe by accident", "afmelden lukt niet via de link".
    r"|(?:clicked|hit|pressed|cliqu[ée]|geklickt|klikte|geklikt|clic|cliquei|cliqu[ée]i)\s+(?:on\s+|sur\s+"
    r"|auf\s+|op\s+|en\s+|em\s+|no\s+)?(?:\w+\s+){0,6}?[«\"'“]?\s*(?:se\s+)?(?:unsubscribe|d[ée]sinscri"
    r"|desinscri|d[ée]sabonn|abmelde|afmeld|baja|descadastr)\w*"
    r"|(?:auf|op)\s+(?:\w+\s+)?[«\"'“„]?\s*(?:abmelde\w*|afmeld\w*|unsubscribe)\W{0,3}\s*"
    r"(?:ge)?kli[ck]k?t"
    r"|(?:afmelden|abmelden|unsubscribing|d[ée]sinscription|darme\s+de\s+baja|descadastrar)\s+"
    r"(?:\w+\s+)?(?:lukt|klappt|funktioniert|didn'?t\s+work|doesn'?t\s+work|ne\s+marche|no\s+funciona"
    r"|n[ãa]o\s+funciona)\w*)\b",
    re.IGNORECASE,
)
# The messages still come, or why we still write: the unsubscribing is said again.
_WHY = r"\b(?:why|warum|wieso|weshalb|pourquoi|por\s*qu[ée]|waarom|porque|por\s+que)\b"
_STILL_WORD = (
    r"(?:still|again|noch|wieder|encore|toujours|todav[íi]a|a[úu]n|nog|weer|ainda|de\s+novo"
    r"|novamente|keep|keeps|continu\w*|segu\w*|sig(?:o|ue|uen|u[ée]is))"
)
_SENT = (
    r"(?:get|receiv|send|sent|e-?mail|mail|writ|text|messag|call|com|arriv|land|bekomm|erhalt"
    r"|krieg|kommt|kommen|schreib|schick|re[çc]|recev|[ée]cri|envo|recib|lleg|escrib|mand|envi"
    r"|krijg|ontvang|kom|stur|stuur|schrijf|receb|cheg|escrev|lig)\w*"
)
_STILL = re.compile(
    rf"{_WHY}|\b{_STILL_WORD}\s+(?:\w+\s+){{0,2}}?{_SENT}|\b{_SENT}\s+(?:\w+\s+){{0,3}}?"
    rf"{_STILL_WORD}\b",
    re.IGNORECASE,
)
# A request in the same sentence, or a turn to us: "I unsubscribed, remove me from this list too",
# "heb me afgemeld bij een ander bureau, en wil ook van jullie niets meer ontvangen".
_ASKS = re.compile(
    r"\b(?:remove|delete|take\s+me|stop|please|bitte|l(?:ö|oe)sch|entfern|retirez|supprim"
    r"|borr|qu[íi]t|s[áa]c|verwijder|haal|apag|tir[ae]m?|remov|how|wie|comment|c[óo]mo|hoe|retir"
    r"|zet|put|set|mark|mets|marque|pon|coloca|setz|trag|too|also|as\s+well|auch|aussi|[ée]galement"
    r"|tambi[ée]n|tamb[ée]m|ook|same|m[êe]me|mismo|mesmo|hetzelfde|gleiche)\w*",
    re.IGNORECASE,
)
_QUESTION_OR_YES = re.compile(
    r"\?|\b(?:glad|happy|gern|gerne|freut|ravi|content|me\s+alegr|blij|fijn|leuk|feliz|contente"
    r"|hear\s+more|tell\s+me\s+more|let'?s\s+talk|speak\s+soon|sounds\s+(?:good|great|interesting)"
    r"|klingt\s+(?:gut|spannend|interessant)|me\s+parle|me\s+interesa|topo|klinkt\s+(?:goed|leuk"
    r"|interessant)|parece\s+(?:bom|[óo]tim[oa]|interessante))\b",
    re.IGNORECASE,
)
# Someone else's messages unsubscribed from: "Die anderen vier habe ich gleich abbestellt", "I
# unsubscribed from the other agencies" (no question or yes needed; not_requests reads some).
_OTHERS = re.compile(
    r"\b(?:other|others|andere[nmrs]?|autres?|otr[oa]s|outr[oa]s|ander(?:e|en)?)\b", re.IGNORECASE
)
_SENTENCE = re.compile(r"[^.!?;\n]+")


def without_unsubscribing_told(text: str) -> str:
    """`text` without the sentences that tell of their own unsubscribing, beside a question or a
    yes, or of others' messages unsubscribed from."""
    if not _UNSUBSCRIBED.search(text) or _STILL.search(text):
        return text
    beside = bool(
        _QUESTION_OR_YES.search(text)
        or has_cue(Label.INTERESTED, text)
        or has_cue(Label.QUESTION, text)
    )
    if not beside and not _OTHERS.search(text):
        return text

    def told(sentence: re.Match[str]) -> str:
        said = sentence.group()
        if not _UNSUBSCRIBED.search(said) or _ASKS.search(said):
            return said
        return " " if beside or _OTHERS.search(said) else said

    return _SENTENCE.sub(told, text)
