"""A stop asked as a question or a courtesy rather than said (session 35, the paraphrase waves'
misses): "¿Podéis parar, por favor?", "Könnten Sie bitte aufhören, dieses Büro-Postfach
anzuschreiben?", "serait-il possible de ne plus me faire parvenir vos offres ?", "could you make
sure I don't hear from you about jobs going forward?", "would you mind not sending me any more
roles?", "kann man die Textnachrichten irgendwo abstellen?", "pourquoi est-ce que je reçois
encore vos courriels ?", "kan ik hier ergens van af?"; and a stop passed on to one of ours or
asked on someone's behalf: "ur other recruiter keeps dming me, tell him to stop", "vos collègues
m'écrivent aussi sur Malt : qu'ils arrêtent", "tell your texting system to drop me", "il vous
demande de supprimer son adresse pro de vos fichiers". Each asks us to stop, whatever else the
reply says.

Not a question about stopping something else ("can you stop by the office?", "could you stop
the process for now?" is a no to the role, not contact), a wish to know whether they may
unsubscribe later, or someone else told to stop as news ("I told the other agency to stop").
Read on the text `opt_outs.plain` made: lower case, no accents."""

from __future__ import annotations

import re
from bisect import bisect_left

from sequencer.inbound.intent.channels_refused import CHANNEL, one_line
from sequencer.inbound.intent.stop_words import MESSAGES, REACH
from sequencer.inbound.intent.word_gate import WordGate

_YOU_COULD = (
    r"(?:can|could|would|will|puede[sn]?|podeis|podria[sn]?|podrias|podriais|pode[ms]?|podem|poderia[ms]?"
    r"|pourriez|pouvez|peux|pourrais|kunnen|kunt|kan|konnen|konnten|konntest|kannst)"
)
_STOP = (
    r"(?:parar|stop(?!\s+(?:by|in|over|at|maar|niet)\b)|stoppen|arreter|aufhoren|ophouden|cesser"
    r"|cease|quit|parad|pararem)"
)
_PLEASE = (
    r"(?:por\s+favor|please|pls|svp|s'il\s+vous\s+plait|bitte|aub|pf|graag|porfa|alsjeblieft"
    r"|alstublieft)"
)
_ASKED = tuple(
    re.compile(pattern)
    for pattern in (
        # A bare "could you stop?", in the six languages: "¿Podéis parar, por favor?", "Pouvez-vous
        # arrêter ?", "Kunnen jullie stoppen?", "Können Sie aufhören?".
        rf"\b{_YOU_COULD}\s+(?:\w+[\s-]+){{0,2}}?{_STOP}\s*(?:,?\s*{_PLEASE})?\s*\?",
        # ...with what to stop: "Kunnen jullie stoppen met appen, alsjeblieft?", "pourriez-vous
        # arrêter de m'appeler ?", "¿podéis dejar de…?" is the grammar's.
        # (not a search: "pode parar de procurar, encontrou a pessoa certa").
        rf"\b{_YOU_COULD}\s+(?:\w+[\s-]+){{0,2}}?{_STOP}\s+(?:met|mit|de|d'|with|com|con|to)?\s*"
        rf"(?!procur|busc|zoek|such|cherch|search|look)(?:(?:me\s+|m'|mij\s+|mich\s+)?{REACH}"
        rf"|(?:\w+\s+)?{MESSAGES})",
        # The German "aufhören, … anzuschreiben": "Könnten Sie bitte aufhören, dieses Büro-Postfach
        # anzuschreiben?".
        r"\baufhor\w*\s*,\s*(?:[\w-]+\s+){0,4}?(?:anzuschreib|anzuruf|anzusprech|anzumail|zu\s+"
        r"(?:kontaktier|schreib|mail|anruf|belastig|nerv|schick|send|simsen|texten))\w*",
        # "Serait-il possible de ne plus me faire parvenir vos offres ?", "ne plus m'adresser".
        r"\bne\s+plus\s+(?:me\s+|m'\s*|nous\s+)(?:faire\s+parvenir|adress\w*|transmett\w*|solliciter"
        r"|faire\s+suivre)",
        # Make sure they hear nothing more: "could you make sure I don't hear from you", "please
        # make sure none of next week's come from you", "sorgen Sie dafür, dass ich keine … mehr
        # bekomme", "faites en sorte que je ne reçoive plus", "zorg ervoor dat ik geen … meer
        # krijg", "asegúrate de que no me lleguen más", "garanta que eu não receba mais".
        r"\bmake\s+sure\s+(?:that\s+)?(?:i\s+(?:don'?t|do\s+not|never|no\s+longer|won'?t)\s+(?:hear"
        r"|get|receive)|none\s+of\s+(?:\w+\s+){0,3}?(?:come|comes|are|is)\s+from\s+you|(?:you|your"
        r"\s+\w+)\s+(?:don'?t|never|no\s+longer|stop)\b)",
        r"\bsorgen\s+sie\s+(?:bitte\s+)?dafur\s*,?\s+dass\s+ich\s+(?:\w+\s+){0,4}?(?:keine|nichts)"
        r"\s+(?:\w+\s+){0,3}?mehr\b",
        r"\b(?:faire|faites|fassiez)\s+en\s+sorte\s+que\s+(?:je\s+)?(?:ne\s+)?(?:re[cç]oive|sois"
        r"\s+plus)\s+plus\b|\ben\s+sorte\s+que\s+je\s+ne\s+(?:re[cç]oive|sois)\s+plus\b",
        r"\bzorg\w*\s+(?:\w+\s+)?(?:ervoor|dat)\s+(?:dat\s+)?ik\s+(?:\w+\s+){0,3}?(?:geen|niets|niks)"
        r"\s+(?:\w+\s+){0,3}?meer\b",
        r"\b(?:asegur\w*|garant\w*)\s+(?:de\s+)?que\s+(?:(?:yo|eu)\s+)?(?:no|nao)\s+(?:me\s+)?(?:lleg"
        r"|receb|recib|cheg)\w*\s+(?:\w+\s+){0,3}?(?:mas|mais|nada)\b",
        # "Would you mind not sending me any more roles?"
        r"\bmind\s+not\s+\w+ing\s+(?:\w+\s+){0,2}?(?:any\s*more|anything|any\s+further)\b",
        # How to switch our messages off: "kann man die Textnachrichten irgendwo abstellen?",
        # "how do I turn off these texts?", "kan ik die sms'jes uitzetten?", "comment désactiver
        # ces SMS ?", "¿cómo desactivo estos mensajes?", "como desativo essas mensagens?".
        rf"\b(?:kann\s+man|wie\s+kann\s+ich|wo\s+kann\s+ich|konnen\s+sie|how\s+(?:do|can)\s+i|can\s+i"
        rf"|kan\s+ik|hoe\s+kan\s+ik|comment|como|puedo|posso)\s+(?:\w+\s+){{0,3}}?(?:{MESSAGES}[\w-]*\s+"
        rf"(?:\w+\s+)?(?:abstellen|abbestellen|ausschalten|deaktivieren|uitzetten|afzetten)"
        rf"|(?:turn|switch)\s+off\s+(?:\w+\s+)?{MESSAGES}|(?:desactiv|desativ|deactivat)\w*\s+"
        rf"(?:\w+\s+)?{MESSAGES})",
        # Why they still receive them: "pourquoi est-ce que je reçois encore vos courriels ?",
        # "why do I still get these?", "warum bekomme ich immer noch Ihre Mails?", "¿por qué
        # sigo recibiendo esto?", "waarom krijg ik nog steeds mails?", "por que ainda recebo?".
        rf"\b(?:why|pourquoi|warum|wieso|por\s*que|porque|waarom)\b[^.!?\n]{{0,25}}?\b(?:(?:i|je|ich"
        rf"|ik|eu)\s+)?(?:still\s+(?:get|receive)|(?:re[cç]ois|bekomme|erhalte|krijg|ontvang)\s+"
        rf"(?:\w+\s+)?(?:encore|immer\s+noch|noch|nog\s+steeds|nog\s+altijd)|sigo\s+recibiendo"
        rf"|ainda\s+rece\w+)\s+(?:\w+[\s-]+){{0,2}}?(?:{MESSAGES}|these|this|them|ca|esto|isso|das"
        r"|dit|deze)\b",
        r"\bkan\s+ik\s+(?:hier|daar|er)\s+(?:\w+\s+)?(?:van\s+)?af\s*\?",
        # "...indien u zich voortaan van iedere benadering zou willen onthouden".
        rf"\bzich\b[^.!?\n]{{0,40}}?\bvan\s+(?:\w+\s+){{0,4}}?(?:benadering|contact\w*|{MESSAGES})"
        r"[^.!?\n]{0,40}?\bonthouden\b",
        # Passed on to one of ours: "tell him to stop", "tell your texting system to drop me",
        # "tell your follow-up bot it can stand down", "qu'ils arrêtent", "dile que pare", "diz
        # pra ele parar", "zeg hem dat hij moet stoppen", "sagen Sie ihm, er soll aufhören".
        r"\btell\s+(?:him|her|them|your\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:to\s+(?:stop|quit|drop\s+me"
        r"|leave\s+me\s+alone|knock\s+it\s+off|back\s+off)|(?:it|he|she|they)\s+can\s+stand\s+down)\b",
        r"\bqu'(?:ils|elles|il|elle)\s+(?:arretent|arrete|cessent|cesse)\b"
        r"|\bdi(?:le|les)\s+que\s+(?:paren?|dejen?\s+de)\b|\bdiz\s+(?:pra|para)\s+(?:ele|ela|eles"
        r"|elas)\s+parar\w*\b|\bzeg\s+(?:hem|haar|ze|hen)\s+(?:dat\s+(?:hij|zij|ze)\s+(?:moet\w*"
        r"\s+)?(?:stoppen|ophouden)|te\s+stoppen)\b|\bsagen\s+sie\s+(?:ihm|ihr|ihnen)\s*,?\s+(?:er"
        r"|sie)\s+soll\w*\s+aufhor\w*",
    )
)
# On someone's behalf: "he asks you to delete his work address from your files" (the person
# answers through another: "c'est sa femme … il vous demande de supprimer son adresse pro").
_ON_BEHALF = re.compile(
    r"\b(?:il|elle|he|she|er|sie|hij|zij|ele|ela|el|ella)\s+(?:vous\s+|u\s+|you\s+|ihnen\s+|le\s+|te\s+"
    r"|lhe\s+|je\s+)?(?:demande|asks?|bittet|vraagt|pide|pede|wants?|veut|will|wil|quiere|quer)\b"
    r"[^.!?\n]{0,30}?\b(?:supprim\w*|effac\w*|delet\w*|remov\w*|losch\w*|entfern\w*|verwijder\w*"
    r"|borr\w*|elimin\w*|apag\w*|remov\w*|exclu\w*)\s+(?:son|sa|ses|his|her|sein\w*|ihr\w*|su|sus"
    r"|seu|sua|zijn|haar)\s+(?:\w+\s+)?(?:adresse|address|adres|numero|number|nummer|direccion"
    r"|endereco|e-?mail\w*|donnees|data|daten|datos|dados|gegevens|cv|profil\w*)"
)
# Our contacting told before a "qu'ils arrêtent", "tell him to stop".
_CONTACT = re.compile(rf"\b(?:{REACH}|{CHANNEL}|ruft|schreibt|mailt|simst|textet)")
_PASSED_ON = frozenset(range(len(_ASKED) - 2, len(_ASKED)))
_GATE = WordGate(_ASKED)


def asks_to_stop_politely(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    if _ON_BEHALF.search(plain):
        return True
    indexes = _GATE.indexes(plain)
    if not indexes:
        return False
    flat = one_line(plain)
    told: list[int] | None = None  # where our contacting is told, found once
    for index in indexes:
        for found in _ASKED[index].finditer(flat):
            if index not in _PASSED_ON:
                return True
            if told is None:
                told = [contact.start() for contact in _CONTACT.finditer(flat)]
            before = bisect_left(told, found.start())
            if before and told[before - 1] >= found.start() - 120:
                return True
    return False
