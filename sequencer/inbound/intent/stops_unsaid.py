"""Stops the writer says they would have asked, but do not (session 34, the near misses of a
seventh wave of paraphrases), taken out of a reply before the stop readers see it, as
`not_requests` does:

- a stop under a condition that does not hold, or their habit with others: "If this were a sales
  pitch I'd be hunting for the unsubscribe link, but …", "wäre das eine Massenmail gewesen,
  hätte ich sofort auf Abmelden geklickt", "si me hubieras escrito por ventas te habría pedido
  que me dieras de baja", "se fosse mais uma consultora, pedia-lhe que não insistisse", "normaal
  gesproken was mijn antwoord: haal me van je lijst", "bei den meisten Recruitern klicke ich
  direkt auf Abmelden", "je ne vous demanderai donc pas … de me retirer de vos fichiers";
- the way out seen and left alone: "I'm leaving that unsubscribe link alone on purpose", "vi o
  link de descadastrar e nem cliquei", "j'ai bien vu votre lien de désinscription, mais je n'en
  ai pas besoin", "ik ga geen STOP sturen hoor".

Only the clause goes (up to a full stop, semicolon, or a comma or dash before "but"): "If you
keep writing I'll unsubscribe" is no counterfactual, and "the unsubscribe link doesn't work,
remove me" still asks.
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.word_gate import CaselessWordGate, alternatives
from sequencer.inbound.needles import may_match

_BUT = r"(?:but|mais|pero|aber|maar|mas|doch|sondern|though|however|sin\s+embargo|toutefois)"
# The clause: no sentence end, and not past a comma or dash before "but".
_IN_CLAUSE = rf"(?:(?![,–—-]\s*{_BUT}\b)[^.!?;\n])"

# A condition contrary to fact, and what they would have done.
_IF_IT_WERE = (
    r"\b(?:if\s+(?:this|that|it|you|the\s+\w+)\s+(?:were|was|had\s+been|'d\s+been|had)(?![\w'’])"
    r"|(?:w(?:ä|ae)re|h(?:ä|ae)tten?)\s+(?:das|es|dies|sie|du)\b|wenn\s+(?:das|es|dies)\s+"
    r"|si\s+(?:me\s+|esto\s+|esta\s+|fuera|fuese|hubier\w+)|si\s+(?:c'[ée]tait|ce\s+n'[ée]tait"
    r"|[çc]a\s+avait\s+[ée]t[ée]|vous\s+m'aviez|vous\s+aviez|ce\s+message\s+avait)"
    r"|se\s+(?:fosse|fossem|tivesse|me\s+tivesse)|als\s+(?:dit|het|je|u)\s+(?:\w+\s+){0,6}?"
    r"(?:was|geweest|had)\b|normaal\s+gesproken|normally|normalerweise|normalement|normalmente"
    r"|d'ordinaire|habitualmente|(?:bei|with|chez|con|com|bij)\s+(?:den\s+meisten|most|la\s+plupart"
    r"|la\s+mayor[íi]a|a\s+maioria|de\s+meeste)\s+(?:\w+\s+)?(?:recruit\w*|recruteu\w*"
    r"|reclutador\w*|recrutador\w*|agen\w*|ag[êe]nc\w*))"
)
_WOULD_HAVE = (
    r"\b(?:i'?d|i\s+would|i'?d\s+have|h(?:ä|ae)tte\s+ich|w(?:ü|ue)rde\s+ich|klicke\s+ich"
    r"|te\s+habr[íi]a|habr[íi]a|le\s+habr[íi]a|os\s+habr[íi]a|pedir[íi]a|te\s+hubiera|pedia"
    r"|pediria|teria|j'aurais|je\s+vous\s+aurais|je\s+(?:vous\s+)?demanderais|had\s+ik"
    r"|zou\s+ik|was\s+mijn\s+antwoord|my\s+answer\s+would|ma\s+r[ée]ponse\s+serait)\b"
)
_COUNTERFACTUAL = re.compile(
    rf"{_IF_IT_WERE}{_IN_CLAUSE}{{0,120}}?{_WOULD_HAVE}{_IN_CLAUSE}{{0,120}}", re.IGNORECASE
)
# ...denied: what they would have done, in the past ("I'd have unsubscribed", "hätte ich
# geklickt", "te habría pedido", "j'aurais", "zou ik … hebben"), or a "but" after it (session 35:
# "Normally I'd ignore this, so please remove me", "if that wasn't clear, I'd like to be
# removed" ask now).
_PAST_CONDITIONAL = re.compile(
    r"\b(?:would\s+have|'d\s+have|i'?d\s+(?:\w+\s+)?(?:have|had)\b|h(?:ä|ae)tte\s+ich\s+(?:\w+\s+){0,6}?"
    r"(?:ge\w+(?:t|en)|\w+iert)\b|w(?:ä|ae)re\s+ich\s+(?:\w+\s+){0,4}?ge\w+|habr[íi]a|hubiera"
    r"|hubiese|teria|tinha|pedia|j'aurais|aurais|zou\s+ik\s+(?:\w+\s+){0,6}?(?:hebben|zijn)\b|had\s+ik"
    r"|klicke\s+ich|was\s+mijn\s+antwoord)",
    re.IGNORECASE,
)
_BUT_AFTER = re.compile(
    rf"\s*(?:[,;:–—-]\s*|[.!?…]+\s*)?(?:{_BUT}|en\s+cambio|this\s+time|diesmal|cette\s+fois"
    r"|esta\s+vez|desta\s+vez|deze\s+keer|dit\s+keer)\b",
    re.IGNORECASE,
)
# A polite frame, no condition contrary to fact: "if it's not too much trouble", "wenn es Ihnen
# nichts ausmacht", "si me permiten", "se fosse possível", "als het mogelijk was".
_POLITE = re.compile(
    r"\b(?:if\s+(?:it'?s|it\s+is|it\s+was|it\s+were|that'?s|that\s+is)\s+(?:not\s+too\s+much|possible"
    r"|ok(?:ay)?|alright|all\s+right|fine)|if\s+you\s+(?:don'?t|do\s+not|wouldn'?t)\s+mind"
    r"|wenn\s+es\s+(?:ihnen|dir|euch)\s+nichts\s+ausmacht|wenn\s+(?:es|das|dies)\s+(?:\w+\s+)?"
    r"(?:m(?:ö|oe)glich|geht|ok|okay|recht)|si\s+me\s+permit\w*|si\s+(?:es|fuera|fuese|c'est"
    r"|c'[ée]tait|cela\s+[ée]tait)\s+possible|si\s+no\s+es\s+molestia|si\s+(?:[çc]a|cela)\s+ne\s+vous"
    r"\s+d[ée]range|se\s+(?:for|fosse)\s+poss[íi]vel|se\s+n[ãa]o\s+(?:for|fosse)\s+inc[ôo]modo"
    r"|als\s+het\s+(?:\w+\s+)?(?:mogelijk|kan|goed\s+is)|als\s+het\s+niet\s+te\s+veel)\b",
    re.IGNORECASE,
)


def _unless_asked_now(found: re.Match[str]) -> str:
    said = found.group(0)
    if _POLITE.search(said):
        return said
    if _PAST_CONDITIONAL.search(said) or _BUT_AFTER.match(found.string, found.end()):
        return " "
    return said


_UNSAID = re.compile(
    # "… je ne vous demanderai donc pas, comme je le fais d'ordinaire, de me retirer …"
    r"\b(?:je\s+)?ne\s+vous\s+demanderai\s+(?:donc\s+)?pas\b[^.!?;\n]{0,120}"
    # "Abmelden kann ich mich ja immer noch", "I can always unsubscribe later".
    r"|\b(?:abmelden|austragen)\s+kann\s+ich\s+mich\s+(?:ja\s+)?(?:immer\s+noch|jederzeit|sp(?:ä|ae)ter"
    r"|noch)\b[^.!?;\n]{0,60}|\bi\s+can\s+(?:always\s+)?unsubscribe\s+(?:later|any\s*time)\b"
    r"|\bje\s+peux\s+(?:toujours\s+)?me\s+d[ée]sinscrire\s+(?:plus\s+tard|quand\s+je\s+veux)\b"
    r"|\b(?:siempre\s+)?puedo\s+darme\s+de\s+baja\s+(?:m[áa]s\s+tarde|cuando\s+quiera)\b"
    r"|\bik\s+kan\s+me\s+(?:altijd\s+)?(?:nog\s+)?afmelden\b|\bposso\s+(?:sempre\s+)?me\s+descadastrar"
    r"\s+(?:depois|quando\s+quiser)\b"
    # "Nein im Sinne von: diese Stelle nicht. Nicht im Sinne von: nie wieder schreiben."
    r"|\b(?:nicht|not|pas|no|n[ãa]o|niet)\s+(?:im\s+sinne\s+von|in\s+the\s+sense\s+of|au\s+sens"
    r"\s+de|dans\s+le\s+sens\s+de|en\s+el\s+sentido\s+de|no\s+sentido\s+de|in\s+de\s+zin\s+van)"
    r"[^.!?\n]{0,80}"
    # A disclaimer of their own firm's, to whoever reads it: "Si no desea recibir más
    # comunicaciones de …, escriba a baja@…", "If you received this in error, please delete it".
    r"|\b(?:si\s+no\s+desea\s+recibir|if\s+you\s+(?:do\s+not|don'?t|no\s+longer)\s+wish\s+to"
    r"\s+receive|si\s+vous\s+ne\s+(?:souhaitez|d[ée]sirez)\s+plus\s+recevoir"
    # ...of messages only (session 35: not "wenn Sie keine Beschwerde riskieren wollen").
    r"|wenn\s+sie\s+keine\s+(?:weiteren\s+)?(?:\w+\s+){0,2}?(?:nachrichten|e-?mails|mails|informationen"
    r"|newsletter|mitteilungen|zusendungen|werbung)|als\s+u\s+geen\s+(?:\w+\s+){0,3}?(?:berichten"
    r"|e-?mails|mails|informatie|nieuwsbrie\w+)|se\s+(?:n[ãa]o\s+deseja|voc[êe]\s+n[ãa]o\s+deseja)\s+receber)[^.!?\n]{0,160}"
    r"|\b(?:si\s+lo\s+ha\s+recibido|if\s+you\s+(?:have\s+)?received\s+this|si\s+vous\s+avez"
    r"\s+re[çc]u\s+ce|wenn\s+sie\s+diese|als\s+u\s+dit|se\s+(?:voc[êe]\s+)?recebeu)[^.!?\n]{0,40}?"
    r"\b(?:por\s+error|in\s+error|by\s+mistake|par\s+erreur|irrt(?:ü|ue)mlich|per\s+abuis"
    r"|por\s+engano)[^.!?\n]{0,160}",
    re.IGNORECASE,
)

# The way out seen and left: "the unsubscribe link", "lien de désinscription", "link de
# descadastrar", then "alone", "not clicked", "no need".
_WAY_OUT = (
    r"(?:unsubscribe\s+(?:link|button)|(?:lien|bouton)\s+de\s+d[ée]sinscription|(?:lien|bouton)"
    r"\s+(?:pour\s+)?(?:se\s+)?d[ée]sabonner|(?:link|bot[ãa]o)\s+(?:de|para)\s+(?:descadastr\w*"
    r"|sair|cancelar)|(?:enlace|bot[óo]n)\s+(?:de|para)\s+(?:darse\s+de\s+)?baja"
    r"|abmelde-?(?:link|button|knopf)|afmeld-?(?:link|knop)|uitschrijf-?(?:link|knop))"
)
_LEFT_ALONE = (
    r"(?:alone|untouched|n[ãa]o\s+cliquei|nem\s+cliquei|didn'?t\s+click|not\s+click\w*"
    r"|haven'?t\s+click\w*|won'?t\s+click|n'en\s+ai\s+pas\s+besoin|n'ai\s+pas\s+cliqu[ée]"
    r"|no\s+(?:lo\s+)?(?:he\s+)?(?:pulsado|clicado|hice\s+clic)|no\s+lo\s+necesito"
    r"|n[ãa]o\s+preciso|nicht\s+geklickt|brauche\s+ich\s+nicht|niet\s+(?:op\s+)?geklikt"
    r"|heb\s+ik\s+niet\s+nodig|don'?t\s+need\s+it|no\s+need)"
)
# ...its tail to the clause's end, not past a "just" (session 35: "no need to fix it, just remove
# me from your list" still asks).
_SEEN_AND_LEFT = re.compile(
    rf"(?<![^.!?;\n])[^.!?;\n]{{0,120}}?{_WAY_OUT}[^.!?;\n]{{0,60}}?{_LEFT_ALONE}"
    r"(?:(?!\s(?:just|only|simply|bitte|juste|simplement|solo|s[óo]|apenas|gewoon|alleen|einfach|nur"
    r"|please|but|mais|pero|aber|maar|mas)\b)[^.!?;:,\n]){0,40}"
    # "I'm not going to send STOP", "ik ga geen STOP sturen", "no voy a mandar «baja»".
    r"|\b(?:i'?m\s+not\s+(?:going\s+to\s+)?|i\s+won'?t\s+|ik\s+ga\s+geen\s+|ich\s+(?:werde|schicke)"
    r"\s+(?:kein|nicht)\w*\s+|je\s+ne\s+vais\s+pas\s+|no\s+voy\s+a\s+|n[ãa]o\s+vou\s+)"
    r"(?:send|reply|answer|text|stuur\w*|sturen|schick\w*|envoyer|r[ée]pondre|mandar|enviar"
    r"|responder)?\s*[«\"'“„]?\s*(?:stop|stopp|sair|baja|parar|unsubscribe)\b[»\"'”]?"
    r"(?:\s+(?:sturen|schicken|senden))?",
    re.IGNORECASE,
)
# Nearly done, so not done: "fast hätte ich auf Abmelden geklickt", "j'ai failli cliquer sur « se
# désabonner »", "I nearly wrote back asking you to take me off your list", "ik stond al met mijn
# muis op 'afmelden'", "my husband's first instinct was to hit 'unsubscribe'" (not "I wanted to
# unsubscribe", a wish: `stops_taken_back` reads that one only before a "but").
_NEARLY = re.compile(
    r"\b(?:almost|nearly|was\s+about\s+to|first\s+instinct\s+was\s+to|fast|beinahe|beinah"
    r"|j'ai\s+failli|j'[ée]tais\s+sur\s+le\s+point\s+de|j'allais|casi|estuve\s+a\s+punto\s+de"
    r"|quase|estive\s+(?:quase\s+)?a\s+ponto\s+de|bijna|stond\s+al|erste[rn]?\s+impuls"
    r"|premier\s+r[ée]flexe|primer\s+impulso|primeiro\s+impulso|eerste\s+neiging)\b"
    r"[^.!?;\n]{0,60}?(?:unsub\w*|opt(?:-|\s+)?out|abmeld\w*|austrag\w*|afmeld\w*|uitschrij\w*"
    r"|d[ée]sinscri\w*|d[ée]sabonn\w*|de\s+baja|desuscri\w*|descadastr\w*|take\s+me\s+off"
    r"|remove\s+me|delete\s+me|leave\s+me\s+alone|stop)\b[^.!?;\n]{0,80}",
    re.IGNORECASE,
)


def without_stops_nearly_asked(text: str) -> str:
    """ "I nearly hit unsubscribe": only beside another answer (the caller checks)."""
    return _NEARLY.sub(" ", text)


def nearly_asks_to_stop(text: str) -> bool:
    return bool(_NEARLY.search(text))


def asks_on_after_a_stop_nearly_asked(text: str) -> bool:
    """A question after it, and no way out that failed ("I nearly unsubscribed but the link is
    broken, can you do it?")."""
    found = _NEARLY.search(text)
    return bool(found and "?" in text[found.end() :] and not _FAILED.search(text))


# The way out failed, or left to us (not "hoe werkt die precies?", a question about the job).
_FAILED = re.compile(
    r"\b(?:couldn'?t|can'?t|cannot|could\s+not|(?:does|did)\s*n'?t\s+work|broken|kaputt|do\s+it"
    r"|take\s+care|ne\s+(?:marche|fonctionne)\s+pas|(?:trouve|trouvais)\s+pas|le\s+faire"
    r"|no\s+funciona|no\s+(?:lo\s+)?encuentro|no\s+pude|hacerlo"
    r"|werkt\s+niet|kon\s+(?:\w+\s+)?niet|vind\s+(?:\w+\s+)?niet|doen"
    r"|n[ãa]o\s+funciona|n[ãa]o\s+consegui\w*|n[ãa]o\s+encontr\w*|fazer"
    r"|funktioniert\s+nicht|geht\s+nicht|finde\s+(?:\w+\s+)?nicht|fand\s+(?:\w+\s+)?nicht"
    r"|konnte\s+(?:\w+\s+)?nicht|erledig\w*)\b",
    re.IGNORECASE,
)


# A cheap look first: most replies name neither.
_NEEDLES = re.compile(
    r"\bif\b|\bsi\b|\bse\b|\bals\b|kann\s+ich|can\s+always|peux|puedo|posso|ik\s+kan|sinne|sense|sens\b|sentido|zin\b|wenn|w(?:ä|ae)re|h(?:ä|ae)tte|wenn|normaal|normal|ordinaire"
    r"|habitual|meisten|most|plupart|mayor|maioria|meeste|demanderai|link|lien|bouton|enlace|bot"
    r"|knop|stop|sair|baja|parar|unsubscribe",
    re.IGNORECASE,
)


# Cheaper still (session 35): each way of `_UNSAID` searched only where the text holds a word it
# begins with and a string it needs, `_SEEN_AND_LEFT` only where a string it needs is there. When
# neither can match, nothing is taken out: the same answer as searching them (20,000 characters of
# "stop texting until the": 10 ms).
_UNSAID_GATE = CaselessWordGate(alternatives(_UNSAID))
# ...and the conditions contrary to fact, searched apart from `_UNSAID` since the review of
# session 34 (a gate on `_UNSAID` alone let "if this had been …, I'd have asked you to leave me
# be, but … yes" through as a stop).
_COUNTERFACTUAL_GATE = CaselessWordGate(alternatives(_COUNTERFACTUAL))


def without_stops_unsaid(text: str) -> str:
    """The text without the stops it says it would have asked, or the way out it left alone."""
    if not (
        _UNSAID_GATE.any_match(text)
        or _COUNTERFACTUAL_GATE.any_match(text)
        or (may_match(_SEEN_AND_LEFT, text) and _SEEN_AND_LEFT.search(text))
    ):
        return text
    if not _NEEDLES.search(text):
        return text
    text = _COUNTERFACTUAL.sub(_unless_asked_now, text)
    return _SEEN_AND_LEFT.sub(_unless_it_failed, _UNSAID.sub(" ", text))


def _unless_it_failed(found: re.Match[str]) -> str:
    """Not a way out that failed (session 35): "the unsubscribe link is broken, no need to fix
    it" leaves the removal to us."""
    text = found.string
    rest = _TO_SENTENCE_END.match(text, found.end())
    ends = rest.end() if rest else found.end()
    return found.group() if _FAILED.search(text, found.start(), ends) else " "


_TO_SENTENCE_END = re.compile(r"[^.!?\n]{0,200}")
