"""Ending it for good, said softly (session 32, the kinds a fourth wave of paraphrases used in the
six languages), on the text `opt_outs.plain` made (lower case, no accents): an ending or a leaving
said of us, of our messages or of "here", with a word that it is for good: "nah mate, I reckon
we leave it here for good", "texts to this phone are best left behind us for good", "pode parar
por aqui de vez", "quero sair disso de vez", "mijn nummer voorgoed laten rusten", "de draad hier
definitief laten liggen", "das mit den Nachrichten können wir für immer bleiben lassen",
"dejémoslo aquí para siempre", "on en reste là, définitivement".

Not news of their own life ("I'm leaving my job for good", "quero sair de vez da empresa": no
message, "here" or us named), not "de vez em quando" (now and then), and not in a reply that
says yes ("leave the old number for good, call me on the new one, interested").
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.not_requests import says_yes
from sequencer.inbound.intent.stop_words import MESSAGES

_FOR_GOOD = (
    r"(?:for\s+good|permanently|for\s+ever|forever|de\s+vez(?!\s+em\s+quando)|de\s+ves"
    r"|definitivamente|para\s+sempre|para\s+siempre|voorgoed|voor\s+altijd|definitief"
    r"|fur\s+immer|auf\s+dauer|endgultig|pour\s+de\s+bon|definitivement|a\s+jamais)"
)
_ENDING = (
    r"(?:end\w*|stop\w*|leave|left|drop\w*|over|done|part\s+ways|finish\w*|call\w*\s+it\s+a\s+day"
    r"|sai(?:r|rmos|a)|par(?:ar|armos|amos|e|em)|acab\w*"
    r"|encerr\w*|ficar|ficassemos|fiquemos|deix\w*|sum\w*|fora|quiet[oa]|larg\w*|termin\w*"
    r"|laten|rusten|liggen|stoppen|ophouden|klaar|weg|eruit|lassen|aufhor\w*|schluss|raus"
    r"|arret\w*|fin|laiss\w*|rest\w*|retir\w*|dej\w*|acab\w*|fuera|sac\w*|cerr\w*)"
)
# Of us, our messages, this, or here: not of their job.
_OF_US = re.compile(
    rf"(?:\b{MESSAGES}|\b(?:here|between\s+us|from\s+(?:it|this|you)|where\s+(?:it|this)\s+ends|us"
    r"|aqui|daqui|por\s+aqui|disso|dai|hier|hierbij|dabei|damit|uns|ons|ici|nous|aqui|nos|number"
    r"|nummer|numero|address|adres|adresse|endereco|direccion|contato|contacto|contact|kontakt"
    r"|nachrichten|berichten|mensagens|mensajes)\b)"
)
_SENTENCE = r"[^.!?]{0,80}?"
_ENDS_FOR_GOOD = re.compile(
    rf"\b{_FOR_GOOD}\b{_SENTENCE}\b{_ENDING}\b|\b{_ENDING}\b{_SENTENCE}\b{_FOR_GOOD}\b"
)


def ends_it_for_good(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    for found in _ENDS_FOR_GOOD.finditer(plain):
        # What ends is us or our messages: named within the ending or just before it ("die
        # Nachrichten können wir für immer lassen"), not anywhere in the sentence (session 33:
        # "I'm done with contracting for good, so a permanent role here sounds great").
        reach = max(0, found.start() - 40)
        begins = max(reach, *(plain.rfind(m, reach, found.start()) + 1 for m in ".!?"))
        if _OF_US.search(plain, begins, found.end()):
            return not says_yes(plain)
        # ...or named earlier in the sentence and pointed back to (session 34): "All these
        # recruiter messages every single day, honestly I'm done with it for good".
        sentence = max(plain.rfind(m, 0, found.start()) + 1 for m in ".!?\n")
        pointed = _POINTED_BACK.search(plain, max(sentence, found.start() - 4), found.end())
        if pointed and _OF_US.search(plain, sentence, found.start()):
            return not says_yes(plain)
    return False


_POINTED_BACK = re.compile(
    r"\b(?:it|that|them|this|those|das|es|sie|ca|cela|les|lo|eso|esto|isso|isto|dat|het|dit|ze)\b"
)
