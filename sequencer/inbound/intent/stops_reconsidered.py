"""An earlier stop of their own, reconsidered (session 36, brief F): "I had asked you to stop, but
actually this one sounds good", "I did ask twice to be left alone, but I'd be foolish not to hear
about this one", "Ich hatte Sie gebeten, mich nicht mehr anzuschreiben, aber diese Stelle
interessiert mich", "Je vous avais demandé de ne plus m'écrire, mais ce poste m'intéresse",
"olvida lo que te dije de no escribirme más", "Vier weken geleden verzocht ik u mijn gegevens te
wissen, maar ik heb dat heroverwogen", "Sei que pedi pra sair da lista de vocês, mas isso aqui é
exatamente o que eu procurava". The README: a stop taken back takes the label of what the reply
asks now. The past request is taken out, to its "but", before the stop readers see it, as
`not_requests` does (`stops_taken_back` reads the stops taken back by a no or a joke).

Only where what follows the "but" turns to the offer (a yes, a question, a change of mind), never
where it reproaches us ("…, but you keep writing", "aber Sie schreiben immer noch"): a stop said
again.
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.cue_gates import has_cue
from sequencer.inbound.intent.labels import Label

# The writer's own request, in the past: "I (had|did) ask(ed)", "ich hatte (Sie) gebeten",
# "je vous avais demandé", "te pedí / te dije", "verzocht ik u", "pedi".
_ASKED_BEFORE = re.compile(
    r"\b(?:i\s+(?:had\s+|did\s+|have\s+|'d\s+)?(?:already\s+)?(?:ask(?:ed)?|told\s+you|said|requested"
    r"|wanted)|i'd\s+(?:asked|told|said|requested)|i've\s+(?:asked|told|said|requested)"
    r"|ich\s+(?:hatte|habe|hab)\s+(?:\w+\s+){0,3}?(?:gebeten|gesagt|geschrieben|verlangt)"
    r"|(?:je\s+)?(?:vous|t')\s*(?:avais|ai)\s+(?:d[ée]j[àa]\s+)?(?:demand[ée]|dit|[ée]crit)"
    r"|j'avais\s+(?:demand[ée]|dit)|(?:te|os|les?)\s+(?:ped[íi]|dije|escrib[íi])|lo\s+que\s+te"
    r"\s+dije|(?:verzocht|vroeg)\s+ik|ik\s+(?:had|heb)\s+(?:\w+\s+){0,3}?(?:gevraagd|verzocht"
    r"|gezegd)|(?:eu\s+)?(?:tinha\s+)?(?:pedi|pedido|disse)\s+(?:pra|para|que|a\s+voc)"
    r"|sei\s+que\s+pedi)\b",
    re.IGNORECASE,
)
# ...to stop: the stop's words after it in the sentence.
_STOP = re.compile(
    r"\b(?:stop|remov|delet|eras|unsubscrib|off\s+(?:your|the)\s+list|left\s+alone|leave\s+me"
    r"|no\s+(?:more|longer)|not\s+to\s+(?:contact|call|e-?mail|write|text)|nicht\s+mehr|keine?\s+"
    r"(?:\w+\s+)?mehr|l(?:ö|oe)sch|austrag|abmeld|entfern|in\s+ruhe|ne\s+plus|d[ée]sinscri"
    r"|supprim|effac|retir|arr[êe]t|no\s+(?:me\s+)?\w+\s+m[áa]s|borr|dej\w*\s+de|de\s+baja|niet"
    r"\s+meer|wissen|verwijder|afmeld|uitschrij|sair|parar|n[ãa]o\s+(?:me\s+)?\w+\s+mais|apag"
    r"|exclu|descadastr)",
    re.IGNORECASE,
)
# The turn: "but", or forgetting what was said.
_BUT = re.compile(
    r"\b(?:but|aber|doch|mais|pero|maar|mas|however|jedoch|toutefois|sin\s+embargo)\b",
    re.IGNORECASE,
)
_FORGET = re.compile(
    r"\b(?:forget|ignore|disregard|vergiss|vergessen\s+sie|ignorier\w*|oubliez|oublie|ignorez"
    r"|olvida|olvide|olvidad|ignora|vergeet|negeer|esquece|esque[çc]a|ignore)\b",
    re.IGNORECASE,
)
# What follows the turn reproaches: the stop said again.
_REPROACH = re.compile(
    r"\b(?:you\s+(?:keep|still|continue)|still\s+(?:writ|email|call|text|messag|send)|noch\s+immer"
    r"|immer\s+noch|weiterhin|trotzdem|vous\s+continuez|toujours|encore|segu[íi]s|sigue|siguen"
    r"|todav[íi]a|blijf|nog\s+steeds|continuam|continua|ainda|why|warum|wieso|pourquoi"
    r"|por\s*qu[ée]|waarom|porque)\b",
    re.IGNORECASE,
)
# The change of mind said: "reconsidered", "anders überlegt", "changé d'avis", "cambiado de idea".
_MIND_CHANGED = re.compile(
    r"\b(?:reconsider\w*|changed\s+my\s+mind|heroverwogen|bedacht|anders\s+(?:\w+\s+)?(?:überlegt"
    r"|ueberlegt)|umentschieden|chang[ée]\s+d'avis|cambi\w*\s+de\s+(?:idea|opini[óo]n)|mudei\s+de"
    r"\s+ideia|sounds\s+good|foolish|mal\s+d[íi]a|bad\s+day|klingt\s+gut|partant)\b"
    r"|\b(?:m'|me\s+|mich\s+)?(?:interest|int[ée]ress|interess|interes|ge[ïi]nteresseerd)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+")
_REACH = 160


def without_stops_reconsidered(text: str) -> str:
    """`text` without an earlier stop of the writer's that the reply takes back."""
    if not _ASKED_BEFORE.search(text) or _REPROACH.search(text):
        return text
    changed = _MIND_CHANGED.search(text) or has_cue(Label.INTERESTED, text)
    if not (changed or has_cue(Label.QUESTION, text) or "?" in text):
        return text

    def reconsidered(sentence: re.Match[str]) -> str:
        said = sentence.group()
        for asked in _ASKED_BEFORE.finditer(said):
            begins = asked.start()
            if begins > 0 and _FORGET.search(said, max(0, begins - 40), begins):
                return " "  # "olvida lo que te dije de no escribirme más"
            if not _STOP.search(said, asked.end(), asked.end() + _REACH):
                continue
            turn = _BUT.search(said, asked.end())
            if turn is not None:
                return said[:begins] + " " + said[turn.start() :]
            if changed:  # the turn in the next sentence: "… zu wissen. Ich habe mich bedacht"
                return " "
        return said

    return _SENTENCE.sub(reconsidered, text)
