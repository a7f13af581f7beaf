"""Our messages counted, and no more of them wanted, without a word for stopping (session 36):
"C'est votre sixième message depuis la rentrée, et je préfère qu'il n'y en ait pas de
septième", "Dit is de zesde mail sinds september. Nee, en zes is echt genoeg: ik wil er geen
meer", "1. Correo del lunes. 2. Correo del miércoles. 3. Este. … que no haya un cuarto",
"Six emails since September, and I'd rather there wasn't a seventh", "das ist die fünfte Mail,
eine sechste brauche ich nicht", "é o quinto e-mail: nunca mais, por favor", "trois sms en une
semaine c'est trop, je veux que ça s'arrête".

The count is of messages (a number or an ordinal beside a word for them, "3x today"), and what
follows it refuses the next one: the next ordinal denied ("no quiero un séptimo", "een zevende
hoeft niet"), "no more" said bare ("ik wil er geen meer", "please no more", "nunca mais"), "I
want it to stop", or "that is enough". Not "no more than I expected", "is there a fourth one
coming?", "I don't want a third interview", nor enough of something else ("enough info for
now"). Read on the text `opt_outs.plain` made: lower case, no accents."""

from __future__ import annotations

import re
from bisect import bisect_right

from sequencer.inbound.intent.not_requests import says_yes
from sequencer.inbound.intent.stop_words import MESSAGES
from sequencer.inbound.intent.word_gate import WordGate

# Counting: "second" to "tenth" in the six languages (stems), and "next".
_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|zweit|dritt|viert"
    r"|funft|sechst|siebt|acht|neunt|zehnt|nachst|deuxieme|troisieme|quatrieme|cinquieme"
    r"|sixieme|septieme|huitieme|neuvieme|dixieme|prochain|segund|tercer|cuart|quint|sext"
    r"|septim|octav|noven|decim|proxim|terceir|setim|oitav|nono|decimo|tweede|derde"
    r"|vierde|vijfde|zesde|zevende|achtste|negende|tiende|volgende)\w*"
)
_NUMBER = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty\S*|zwei|drei|vier|funf"
    r"|sechs|sieben|zehn|deux|trois|quatre|cinq|six|sept|huit|dix|dos|tres|cuatro|cinco|seis"
    r"|siete|diez|duas|dois|quatro|sete|dez|twee|drie|vijf|zes|zeven|tien)"
)
# The count: "the sixth email", "5 messages in a month", "3x vandaag", "votre sixième message".
_TRIES = (
    rf"(?:{MESSAGES}|notes?|tries|attempts?|\w*versuch\w*|tentatives?|intentos?|pogingen?|poging"
    r"|tentativas?)"
)
# Gated: the words by the word gate, the digits only where there is one.
_COUNT_IN_WORDS = re.compile(rf"\b(?:{_ORDINAL}|{_NUMBER})\s+(?:\w+\s+){{0,2}}?{_TRIES}\b")
_COUNT_IN_DIGITS = re.compile(rf"\b\d+(?:[.)]?\s+(?:\w+\s+){{0,2}}?{_TRIES}\b|\s*x\b)")
_WORDS_GATE = WordGate((_COUNT_IN_WORDS,))
_DIGIT = re.compile(r"\d")
# "No more" said bare, "I want it to stop", "that is enough", each where the clause ends (or a
# "please" follows): not "no more waiting", "c'est assez clair", "enough info for now".
_CLAUSE_ENDS = (
    r"(?=\s*(?:[.!,:;)\n]|$|please|pls|por\s+favor|porfa|pfv|svp|stp|bitte|graag|alsjeblieft"
    r"|thanks|thank\s+you|merci|gracias|obrigad\w*|danke|(?:of\s+)?(?:them|these|those|it)\b"
    r"|ni\b|nor\b|nem\b|noch\b|now\b|maintenant\b|jetzt\b|nu\b|ya\b|agora\b))"
)
# Between the denial and the ordinal, only wanting or being: "there wasn't", "n'y en ait pas de",
# "no haya un", "don't want a"; not "it'll be no in a fifth as well".
_WANTED = (
    r"(?:(?:there|it|be|is|was|were|will|would|want|need|like|get|receive|i|ik|ich|je|eu|yo|y|en"
    r"|ait|haya|hay|quiero|quero|queria|quisiera|wil|wilde|will|mochte|brauche|bitte|noch|also"
    r"|ook|auch|aussi|tambien|tambem|please|mais|more|any|ever)\s+){0,3}?"
)
# The next one refused: "I'd rather there wasn't a seventh", "qu'il n'y en ait pas de
# septième", "que no haya un cuarto", "no quiero un séptimo", "een zevende hoeft niet", "eine
# sechste brauche ich nicht", "não quero um sétimo".
_NEXT_DENIED = re.compile(
    rf"\b(?:no|not|wasn't|isn't|won't|don't|do\s+not|without|kein\w*|nicht|pas|ningun\w*|nao"
    rf"|nenhum\w*|geen|niet|ni)\s+{_WANTED}(?:a|an|un|une|uno|una|um|uma|een|eine?n?|de|d')?\s*"
    rf"{_ORDINAL}\b(?:{_CLAUSE_ENDS}|(?=\s+(?:one|uno|una|um|uma|een|eine?)\b|\s+{_TRIES}))"
    rf"|\b(?:een|eine?n?|a|an|un|une|uno|una|um|uma)\s+{_ORDINAL}\s+(?:\w+\s+)?(?:hoeft\s+niet"
    r"|hoef\s+ik\s+niet|wil\s+ik\s+niet|brauche\s+ich\s+nicht|mochte\s+ich\s+nicht|will\s+ich"
    r"\s+nicht|no\s+(?:lo\s+)?quiero|nao\s+quero)\b"
)
_NO_MORE = re.compile(
    r"\b(?:(?:geen|keine?|no|ningun[oa]?|nenhum[a]?|plus\s+aucun\w*|none)\s+(?:meer|mehr|more"
    r"|mas|mais|de\s+plus)|nunca\s+mais|plus\s+jamais|nooit\s+meer|nie\s+wieder|never\s+again"
    r"|ni\s+uno\s+mas|(?:want|wish|like|need)\s+(?:it|this|them|these)\s+to\s+stop"
    r"|que\s+(?:ca|cela)\s+s'arrete|dass\s+(?:das|es)\s+aufhort|dat\s+(?:het|dit)\s+(?:ophoudt"
    r"|stopt)|que\s+(?:esto|eso)\s+(?:pare|acabe)|que\s+(?:isso|isto)\s+(?:pare|acabe))\b"
    + _CLAUSE_ENDS
)
# ...and "that is enough", "c'est trop", only in a reply that says no yes ("Three emails in a
# week, that's enough persuading: I'm in" is won over).
_ENOUGH = re.compile(
    r"\b(?:is|it's|c'est|es|e|ist|that's)\s+(?:\w+\s+)?(?:genoeg|enough|assez|genug|suficiente"
    r"|trop|te\s+veel|zu\s+viel|demasiado|demais|too\s+many|too\s+much)\b" + _CLAUSE_ENDS
)


def counts_and_wants_no_more(plain: str) -> bool:
    """Our messages counted, then the next one refused within the next 200 characters. Each
    pattern is searched once over the text (not once after each count: "6 mails no " 2,000
    times over took 0.3 s)."""
    ends = []
    if _WORDS_GATE.candidates(plain):
        ends = [count.end() for count in _COUNT_IN_WORDS.finditer(plain)]
    if _DIGIT.search(plain):
        ends = sorted([*ends, *(count.end() for count in _COUNT_IN_DIGITS.finditer(plain))])
    if not ends:
        return False
    if _after_a_count(_NEXT_DENIED, plain, ends) or _after_a_count(_NO_MORE, plain, ends):
        return True
    return _after_a_count(_ENOUGH, plain, ends) and not says_yes(plain[:_YES_WITHIN])


def _after_a_count(pattern: re.Pattern[str], plain: str, ends: list[int]) -> bool:
    for found in pattern.finditer(plain, ends[0]):
        before = bisect_right(ends, found.start())
        if before and found.start() - ends[before - 1] <= _WITHIN:
            return True
    return False


_WITHIN = 200
_YES_WITHIN = 3000  # a yes is looked for in a reply's first 3,000 characters
