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
from collections.abc import Callable

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
    r"|tambi[ée]n|tamb[ée]m|ook|same|m[êe]me|mismo|mesmo|hetzelfde|gleiche"
    # ...or asks us to do it, or was only nearly done (`stops_unsaid` reads those): "I nearly
    # unsubscribed but the link is broken, can you do it for me?".
    r"|do\s+it|hacerlo|fazer\s+isso|faz[êe]-lo|le\s+faire|(?:das|es)\s+(?:machen|erledigen|tun)"
    r"|het\s+doen|for\s+me|nearly|almost|beinahe|failli|presque|casi|quase|bijna)\w*",
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


# Telling of an (un)subscription, not asking for one: "the unsubscribe link in your footer is
# broken", "I unsubscribed from the newsletter by accident", "I nearly hit unsubscribe". In a
# reply that says yes, or says it was a mistake, that is no request to stop; in any other it
# still counts as one.
_PAST_UNSUBSCRIBING = re.compile(
    r"\b(?:unsubscribed|unsubscribe\s+(?:link|button|page)|abgemeldet|ausgetragen|d[ée]sabonn[ée]e?s?"
    r"|d[ée]sinscrits?e?s?|dad[oa]\s+de\s+baja|afgemeld|uitgeschreven|descadastrad[oa]s?"
    r"|desuscrit[oa]s?|descadastrei|me\s+di\s+de\s+baja|me\s+desuscrib[ií]"
    r"|(?:hit|hitting|click\w*|press\w*|tap\w*)\s+(?:on\s+)?(?:the\s+|that\s+)?[\"'“]?unsubscribe)\b",
    re.IGNORECASE,
)
# Unsubscribed, and the messages still come: the unsubscription said again, whatever else the
# reply says (session 35): "I unsubscribed from your job alerts months ago and they're still
# arriving, so please make it stick", "ich habe mich abgemeldet, die Mails kommen aber immer
# noch", "je me suis désabonné et je les reçois encore", "me di de baja y siguen llegando",
# "ik heb me afgemeld maar ze komen nog steeds", "descadastrei e continuam a chegar".
_STILL_COMING = re.compile(
    r"\bstill\s+(?:arriving|coming|getting|receiving|landing|showing\s+up|turning\s+up|sending)"
    r"|\bkeep\s+(?:arriving|coming)\b|\bmake\s+it\s+stick\b"
    r"|\b(?:kommen|kommt|erhalte|bekomme|kriege)\s+(?:\w+\s+){0,2}?(?:immer\s+)?noch\b"
    r"|\b(?:arrivent|re[çc]ois|continuent)\s+(?:\w+\s+)?(?:toujours|encore|d'arriver)\b"
    r"|\bsig(?:o|uen)\s+(?:\w+\s+)?(?:llegando|recibiendo|viniendo)\b"
    r"|\b(?:todav[íi]a|a[úu]n)\s+(?:me\s+)?(?:llegan|recibo)\b"
    r"|\b(?:komen|krijg|ontvang)\s+(?:\w+\s+){0,2}?(?:nog\s+steeds|nog\s+altijd|toch\s+nog)\b"
    r"|\b(?:continuam|continuo)\s+(?:a\s+)?(?:chegar|chegando|receber|recebendo)\b"
    r"|\bainda\s+(?:\w+\s+)?(?:chegam|recebo)\b",
    re.IGNORECASE,
)
# ...nor when what they left is somewhere else: "me descadastrei de todos os sites de vagas".
_JOB_SITES = re.compile(
    r"\b(?:(?:job\s*)?sites?|portals?|portais|portales|plataformas?|platforms?|plateformes?"
    r"|(?:job\s*)?boards|jobb[öo]rsen|vacaturesites|linkedin|indeed|infojobs|stepstone)\b",
    re.IGNORECASE,
)
# "Interested!", "Interesse ist da", "ik ben geïnteresseerd": a yes.
INTEREST = re.compile(
    r"(?<!not\s)(?<!nicht\s)(?<!pas\s)(?<!no\s)(?<!geen\s)(?<!kein\s)(?<!sem\s)\b(?:interested"
    r"|interessiert|interesse|int[ée]ress[ée]e?|me\s+interesa|me\s+interessa|interessa-me"
    r"|ge[ïi]nteresseerd|spreekt\s+me\s+(?:wel\s+|zeker\s+)?aan)\b",
    re.IGNORECASE,
)
BY_MISTAKE = re.compile(
    r"\bby\s+(?:accident|mistake)|\baccidentally|\bversehentlich|\bpar\s+erreur|\bpor\s+(?:error"
    r"|engano)|\bper\s+ongeluk"
    # Session 32: "aus Versehen", "verklickt", "misclicked", "sin querer", "per abuis".
    r"|\baus\s+versehen|\bverklickt|\bmis-?click\w*|\bpar\s+m[ée]garde|\bsin\s+querer|\bsem\s+querer"
    r"|\bpor\s+equivoca\w*|\bper\s+abuis",
    re.IGNORECASE,
)
# Leaving another sender, told to us: "vous pouvez me désabonner de l'autre cabinet, mais pas de
# vous", "acabei de cancelar a inscrição numa outra consultoria", "I unsubscribed from another
# agency's list": in a reply that says yes, no request to us.
_ANOTHER = (
    r"\b(?:other|another|autre|otr[oa]|outr[oa]|andere[nmrs]?|ander)\s+(?:\w+\s+)?(?:agenc|recruit"
    r"|firm|compan|cabinet|consult|bureau|agentur|personalberat|headhunt|vermittl|empresa|recrut"
    r"|werving)\w*"
)
_ANOTHER_SENDER = re.compile(_ANOTHER, re.IGNORECASE)  # searched first: the clause is costlier
# A job site told to stop, told to us (session 32): "I told LinkedIn to stop sending me job
# alerts", "I asked Indeed to stop emailing me". Only a site by name: "I told your colleague to
# stop calling me" asks us.
_JOB_SITE_TOLD_TO_STOP = re.compile(
    r"\b(?:told|asked|got|had|made)\s+(?:linkedin|indeed|xing|glassdoor|stepstone|monster"
    r"|infojobs|welcome\s+to\s+the\s+jungle|the\s+job\s+(?:boards?|sites?))\s+(?:to\s+)?"
    r"(?:stop|quit)\b[^.!?,;\n]*",
    re.IGNORECASE,
)
# The sentence, then its words looked for once each (session 34: one pattern from the sentence's
# start scanned a long line of "unsubscribe" cubically, 13 s at 1,000 characters).
_UNSUBSCRIBING_WORD = re.compile(
    r"\b(?:unsub\w*|d[ée]sabonn\w*|d[ée]sinscri\w*|abmeld\w*|abgemeldet|austrag\w*"
    r"|ausgetragen|afmeld\w*|afgemeld|uitschrij\w*|uitgeschreven|de\s+baja|descadastr\w*"
    r"|desuscri\w*|cancel\w*\s+(?:\w+\s+){0,2}?(?:inscri\w*|suscripci\w*|subscription|assinatura"
    r"|abonnement|abo|inschrijving))",
    re.IGNORECASE,
)
_A_SENTENCE = re.compile(r"[^.!?;\n]+")  # ";" too: "…mais pas de vous ;) Vos SMS, plus aucun"


def _without_unsubscribing_from_another(text: str) -> str:
    def from_another(sentence: re.Match[str]) -> str:
        unsubscribed = _UNSUBSCRIBING_WORD.search(sentence.group())
        if unsubscribed and _ANOTHER_SENDER.search(sentence.group(), unsubscribed.end()):
            return " "
        return sentence.group()

    return _A_SENTENCE.sub(from_another, text)


def without_unsubscribing_beside_a_yes(text: str, says_yes: Callable[[str], bool]) -> str:
    """A mention of an (un)subscription in a reply that says yes, calls it a mistake or names a
    job site; a job site told to stop, or another sender left, in a reply that says yes (split
    from not_requests.py, session 36; `says_yes` is not_requests')."""
    if (
        _PAST_UNSUBSCRIBING.search(text)
        and (
            has_cue(Label.INTERESTED, text)
            or INTEREST.search(text)
            or BY_MISTAKE.search(text)
            or _JOB_SITES.search(text)
        )
        and not _STILL_COMING.search(text)  # "…and they're still arriving": said again (s35)
    ):
        text = _PAST_UNSUBSCRIBING.sub(" ", text)
    # Only in a reply that says yes, as past unsubscribing (session 33): "I asked Indeed to stop
    # emailing me, please do the same" asks us too.
    if _JOB_SITE_TOLD_TO_STOP.search(text) and (
        has_cue(Label.INTERESTED, text) or INTEREST.search(text) or says_yes(text)
    ):
        text = _JOB_SITE_TOLD_TO_STOP.sub(" ", text)
    if _ANOTHER_SENDER.search(text) and (has_cue(Label.INTERESTED, text) or INTEREST.search(text)):
        text = _without_unsubscribing_from_another(text)
    return text
