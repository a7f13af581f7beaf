"""Someone of theirs who asked us to stop, told to us as news (session 36, brief F; paraphrase
wave 8's commonest near miss): "my colleague asked you to stop emailing her; I'm interested
though", "Meine Schwester hat gesagt, sie will keine SMS mehr von Ihnen, aber ich schon", "Mon
collègue Yanis vous a demandé de ne plus le relancer, mais ça ne vaut que pour lui", "mi hermano
sí os pidió que lo borrarais, pero yo no", "Mijn collega vroeg jullie al om haar niet meer te
benaderen, maar dat geldt niet voor mij", "Meu marido pediu pra sair da lista de vocês, mas eu
continuo interessada". Someone else's stop is not the writer's: its sentence is taken out before
the stop readers see it, as `not_requests` does.

Only where the reply sets the writer apart ("not me", "nur für ihn", "pas moi", "yo sí", "ik
dus niet", "mas eu não") or says yes; and never a sentence that turns to the writer too ("…
and please stop emailing me too", "a mí tampoco"): the writer's own stop beside it stays.
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.cue_gates import has_cue
from sequencer.inbound.intent.labels import Label

# Someone of theirs: a colleague, a partner, a relative, a friend, a neighbour.
_THEIRS = re.compile(
    r"\b(?:my|mein(?:e|en|em|er)?|mon|ma|mi|mijn|meu|minha|um|uma|ein(?:e|en)?|sa|son)\s+"
    r"(?:\w+\s+)?(?:colleague|co-?worker|partner|wife|husband|sister|brother|mate|friend|cousin"
    r"|son|daughter|mother|mum|mom|dad|father|boss|flatmate|roommate|neighbou?r|girlfriend"
    r"|boyfriend|kollegin|kollege|partnerin|frau|mann|schwester|bruder|kumpel|freundin|freund"
    r"|cousine|sohn|tochter|mutter|vater|chefin|chef|nachbarin|nachbar|coll[èe]gue|femme|mari"
    r"|fr[èe]re|s(?:œ|oe)ur|amie?|copine|copain|fils|fille|m[èe]re|p[èe]re|compagne|compagnon"
    r"|conjointe?|voisine?|compa[ñn]er[oa]|herman[oa]|marido|mujer|esposa?|pareja|amig[oa]"
    r"|prim[oa]|hij[oa]|madre|padre|novi[oa]|jefe|vecin[oa]|colega|collega|zus|broer|vriendin"
    r"|vriend|man|vrouw|neef|zoon|dochter|moeder|vader|buurman|buurvrouw|baas|irm[ãa]o?"
    r"|filh[oa]|m[ãa]e|pai|namorad[oa]|chefe|vizinh[oa]|mulher)\b(?!'s|\s+(?:phone|number|nummer"
    r"|telefon\w*|portable|t[ée]l[ée]phone|n[úu]mero|telefoon|celular|m[óo]vil)\b)",
    re.IGNORECASE,
)
# A stop's words, after them in the sentence: contact stopped, a list left, data deleted.
_STOP = re.compile(
    r"\b(?:stop|quit|remov|delet|eras|unsubscrib|taken?\s+(?:\w+\s+)?off|no\s+(?:more|longer)"
    r"|not\s+to\s+(?:contact|call|e-?mail|write|text|message)|(?:left|leave\s+(?:\w+\s+)?)alone"
    r"|nicht\s+mehr|keine?\s+(?:\w+\s+)?mehr|l(?:ö|oe)sch|austrag|abmeld|entfern|verteiler|kartei"
    r"|in\s+ruhe|niet\s+meer|geen\s+\w+\s+meer|uitschrij|eruit|lijst\s+af|afmeld|verwijder|wissen"
    r"|ne\s+plus|d[ée]sinscri|d[ée]sabonn|tranquille|arr[êe]t|supprim|effac|retir|no\s+(?:le|la"
    r"|les|lo|los|las)\s+\w+\s+m[áa]s|borr|elimin|de\s+baja|dej\w*\s+de|sair\s+d|parar\w*"
    r"|n[ãa]o\s+(?:\w+\s+)?(?:lig|mand|escrev|contat)\w*|apag|exclu|descadastr)",
    re.IGNORECASE,
)
# The sentence turns to the writer too: "…, and stop emailing me too", "a mí tampoco".
_ME_TOO = re.compile(
    r"\b(?:me|mich|mir|moi|mij|a\s+m[íi]|eu|both\s+of\s+us|us|uns|nous|ons|nos)\s+(?:too|as\s+well"
    r"|also|either|auch|aussi|non\s+plus|tambi[ée]n|tampoco|ook|tamb[ée]m)\b"
    r"|\b(?:same|too|also|auch|aussi|tambi[ée]n|tampoco|ook|tamb[ée]m)\s+(?:for|f(?:ü|ue)r|pour|para"
    r"|voor)\s+(?:me|mich|moi|m[íi]|mij|mim)\b",
    re.IGNORECASE,
)
# The writer set apart from them: "not me", "das gilt nur für ihn", "pas moi", "yo sí".
_NOT_ME = re.compile(
    r"\b(?:not\s+(?:me|mine|for\s+me|about\s+me|my)|that\s*'?s\s+not\s+me|thats\s+not\s+me"
    r"|just\s+(?:him|her|them)|only\s+(?:him|her|for\s+(?:him|her))|nicht\s+f(?:ü|ue)r\s+mich"
    r"|nur\s+f(?:ü|ue)r\s+(?:ihn|sie)|nicht\s+mich|aber\s+ich|ich\s+selbst|pas\s+moi|que\s+pour"
    r"\s+(?:lui|elle)|pas\s+pour\s+moi|mais\s+moi|lui\s+c'est\s+diff[ée]rent|yo\s+s[íi]|yo\s+no"
    r"|pero\s+yo|no\s+a\s+m[íi]|a\s+m[íi]\s+no|ik\s+(?:dus\s+)?(?:niet|juist|wel)|niet\s+voor\s+mij"
    r"|niet\s+mij|mas\s+eu|eu\s+n[ãa]o|eu\s+sim|n[ãa]o\s+(?:pra|para)\s+mim)\b",
    re.IGNORECASE,
)
# Why we still write, beside it: "My wife asked you to stop calling. Why are you still calling?"
_CONTACTED = (
    r"(?:writ|call|e-?mail|mail|text|messag|contact|schreib|anruf|ruf|kontakt|[ée]cri|appel|escrib"
    r"|llam|mand|envi|schrijf|bel|app|escrev|lig|sms)\w*"
)
_REPROACH = re.compile(
    r"\b(?:why|warum|wieso|pourquoi|por\s*qu[ée]|porque|waarom)\b[^.!?]{0,40}?\b"
    + _CONTACTED
    + r"|\b(?:still|keep|noch|encore|toujours|todav[íi]a|segu[íi]s|sigue\w*|nog\s+steeds|blijv\w*"
    r"|ainda|continu\w*)\s+(?:\w+\s+){0,2}?" + _CONTACTED,
    re.IGNORECASE,
)
# Theirs as a possession ("el otro número es el de mi madre: borradlo", "o da minha mãe", "the
# one of my husband") with no one's request told beside it ("ela já pediu"): their number, asked
# by the writer to be dropped, is the writer's own stop (session 36, paraphrase wave 9).
_POSSESSED = re.compile(r"\b(?:de|da|do|of)\s+$", re.IGNORECASE)
_REPORTED = re.compile(
    r"\b(?:asked|told|said|pidi\w*|dijo|ped(?:iu|iram)|disse|gesagt|gebeten|bat|demand[ée]|dit"
    r"|vroeg|zei|gevraagd)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?;\n]+")
_REACH = 160  # how far after them a stop's words are looked for


def without_others_stops(text: str) -> str:
    """`text` without the sentences that tell of a stop asked by someone of theirs."""
    if not _THEIRS.search(text):
        return text
    if not (
        _NOT_ME.search(text)
        or has_cue(Label.INTERESTED, text)
        or ("?" in text and not _REPROACH.search(text))
    ):
        return text

    def theirs(sentence: re.Match[str]) -> str:
        said = sentence.group()
        reported = _REPORTED.search(said)
        told = any(
            _STOP.search(said, found.end(), found.end() + _REACH)
            for found in _THEIRS.finditer(said)
            if reported or not _POSSESSED.search(said, max(0, found.start() - 8), found.start())
        )
        return " " if told and not _ME_TOO.search(said) else said

    return _SENTENCE.sub(theirs, text)
