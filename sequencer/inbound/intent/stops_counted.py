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

from sequencer.inbound.intent.not_requests import says_yes
from sequencer.inbound.intent.stop_words import MESSAGES

# Counting: "second" to "tenth" in the six languages (stems), and "next".
_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|zweit|dritt|viert"
    r"|funft|sechst|siebt|acht|neunt|zehnt|nachst|deuxieme|troisieme|quatrieme|cinquieme"
    r"|sixieme|septieme|huitieme|neuvieme|dixieme|prochain|segund|tercer|cuart|quint|sext"
    r"|septim|octav|noven|decim|proxim|terceir|sétim|setim|oitav|nono|decimo|tweede|derde"
    r"|vierde|vijfde|zesde|zevende|achtste|negende|tiende|volgende)\w*"
)
_NUMBER = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty\S*|zwei|drei|vier|funf"
    r"|sechs|sieben|zehn|deux|trois|quatre|cinq|six|sept|huit|dix|dos|tres|cuatro|cinco|seis"
    r"|siete|diez|duas|dois|quatro|sete|dez|twee|drie|vijf|zes|zeven|tien)"
)
# The count: "the sixth email", "5 messages in a month", "3x vandaag", "votre sixième message".
_TRIES = (
    rf"(?:{MESSAGES}|notes?|tries|attempts?|\w*versuch\w*|tentatives?|intentos?|pogingen?|poging"
    r"|tentativas?)"
)
_COUNT = re.compile(
    rf"\b(?:{_ORDINAL}|{_NUMBER}[.)]?)\s+(?:\w+\s+){{0,2}}?{_TRIES}\b|\b\d+\s*x\b"
    rf"|\b{MESSAGES}\s+(?:(?:number|nummer|numero|nr|no)\.?\s+)?(?:\d+|{_ORDINAL})\b"
)
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
    """Our messages counted, then the next one refused (within the next 200 characters)."""
    for count in _COUNT.finditer(plain):
        after = plain[count.end() : count.end() + 200]
        if _NEXT_DENIED.search(after) or _NO_MORE.search(after):
            return True
        if _ENOUGH.search(after):
            return not says_yes(plain)
    return False
