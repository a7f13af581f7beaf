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
    r"\b(?:if\s+(?:this|that|it|you|the\s+\w+)\s+(?:were|was|had\s+been|'d\s+been|had)"
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
_UNSAID = re.compile(
    rf"{_IF_IT_WERE}{_IN_CLAUSE}{{0,120}}?{_WOULD_HAVE}{_IN_CLAUSE}{{0,120}}"
    # "… je ne vous demanderai donc pas, comme je le fais d'ordinaire, de me retirer …"
    r"|\b(?:je\s+)?ne\s+vous\s+demanderai\s+(?:donc\s+)?pas\b[^.!?;\n]{0,120}"
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
    r"\s+receive|si\s+vous\s+ne\s+(?:souhaitez|d[ée]sirez)\s+plus\s+recevoir|wenn\s+sie\s+keine"
    r"|als\s+u\s+geen|se\s+(?:n[ãa]o\s+deseja|voc[êe]\s+n[ãa]o\s+deseja)\s+receber)[^.!?\n]{0,160}"
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
_SEEN_AND_LEFT = re.compile(
    rf"(?<![^.!?;\n])[^.!?;\n]{{0,120}}?{_WAY_OUT}[^.!?;\n]{{0,60}}?{_LEFT_ALONE}[^.!?;:\n]{{0,40}}"
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


def without_stops_unsaid(text: str) -> str:
    """The text without the stops it says it would have asked, or the way out it left alone."""
    if not (
        _UNSAID_GATE.any_match(text)
        or (may_match(_SEEN_AND_LEFT, text) and _SEEN_AND_LEFT.search(text))
    ):
        return text
    if not _NEEDLES.search(text):
        return text
    return _SEEN_AND_LEFT.sub(" ", _UNSAID.sub(" ", text))
