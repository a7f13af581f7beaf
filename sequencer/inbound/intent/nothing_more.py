"""Wishing for nothing more from us, said round a verb the grammar does not join to "more" (session
31, Dutch writers restating the train opt-outs), on the text `opt_outs.plain` made:

- nothing more received, wished for: "ik wil hier niks meer van krijgen", "ontvang verder
  graag niets meer van je", "verder wil ik niks meer ontvangen", "ich will nichts mehr
  erhalten"; not "ik wil weten waarom ik niets meer ontving" (news, asked about) nor "ik heb
  niets meer ontvangen" (no wish);
- nothing more in their inbox or on their number: "ik hoef niets meer in mijn inbox", "graag
  niets meer op mijn adres bij de zaak"; not "ik zag niets meer in mijn inbox";
- none more of our messages: "genoeg berichtjes, ik wil er geen meer", "die mails wil ik niet
  meer", "dit soort berichten hoef ik niet meer", "geen telefoontjes, mails of berichtjes meer",
  "keine Anrufe, Mails oder Nachrichten mehr";
- our messages to stop, as the subject: "die oproepen moeten ophouden", "these calls must
  stop"; "graag hiermee ophouden", "houdt u daar per direct mee op";
- the last one, hoped or asked for: "dat telefoontje was hopelijk het laatste", "mag dit het
  laatste whatsappje zijn?", "can this be the last email?";
- kept out of our sends or places: "ik wil graag buiten je mails blijven", "ik wil niet langer
  in je verzendbestand staan", "geen deel meer uitmaken van uw kandidatenpool", "zet me nergens
  op", "haal me overal uit", "hou je appjes voor je";
- consent withdrawn in so many words: "ik geef u geen toestemming meer", "I no longer consent".
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_words import MESSAGES, PLACES, RECEIVE
from sequencer.inbound.intent.word_gate import WordGate

_WISH = r"(?:wil|wilt|wens\w*|graag|liever|hoef|eis|will|mochte|want|wish|lieber|gerne)"
_NOTHING = r"(?:niets|niks|nichts|nix|niemand|geen\s+enkel\w*|nothing)"
_MORE = r"\b(?:meer|verder|voortaan|mehr|weiter|kunftig|more|anymore|langer)\b"
# A wish, nothing, then receiving, in one clause; asking why or whether is no wish.
_CLAUSE = r"(?:(?!weten|waarom|wissen|warum|know|why|of\b|ob\b)[^.!?;\n]){0,60}?"
_RECEIVED = (
    rf"\b{_WISH}\b{_CLAUSE}\b{_NOTHING}\b[^.!?;\n]{{0,40}}?\b(?:te\s+|zu\s+|to\s+)?{RECEIVE}"
    rf"|\b{RECEIVE}\s+(?:\w+\s+){{0,3}}?(?:graag|liever|lieber|gerne)\s+(?:\w+\s+){{0,2}}?"
    r"(?:niets|niks|nichts|nix|(?:helemaal\s+)?niet\s+meer|gar\s+nicht\s+mehr)\b"
)
# Their inbox, address or number.
_THEIRS = (
    r"(?:in|op|naar|via|auf|an)\s+(?:mijn|m'n|dit|deze|meine?\w*|diese\w*)\s+(?:\w+\s+|\w+-)?"
    r"(?:inbox|postvak\w*|mailbox|\w*adres|\w*nummer|telefoon|mobiel|postfach|\w*adresse|handy)\b"
)
_IN_THEIR_INBOX = (
    rf"\b(?:hoef|graag|liever|wil|will|mochte|lieber)\b[^.!?;\n]{{0,20}}?\b(?:niets|niks|nichts"
    rf"|nix)\s+(?:meer|mehr)\b[^.!?;\n]{{0,30}}?\b{_THEIRS}"
)
_NONE_MORE = (
    # "..., ik wil er geen (enkele) meer", "... ich will keine mehr".
    rf"\b{MESSAGES}[^.!?]{{0,30}}[.!?,]?\s*(?:\w+\s+){{0,2}}?(?:wil|will|want)\s+(?:er\s+)?(?:geen"
    r"(?:\s+enkele?)?|niet\s+(?:een|eentje)|keine\w*|none|any)\s+(?:meer|mehr|more)\b"
    # "die mails wil ik niet meer", "dit soort berichten hoef ik niet meer", "verdere mails wil
    # ik niet ontvangen", "telefonisch contact wil ik niet meer".
    rf"|\b{MESSAGES}\s+(?:\w+\s+){{0,2}}?(?:wil|hoef)\s+ik\s+(?:\w+\s+)?(?:niet|nooit)\s+meer\b"
    rf"|\bverdere\s+(?:\w+\s+)?{MESSAGES}\s+(?:wil|hoef)\s+ik\s+(?:\w+\s+)?niet\b"
    # "geen telefoontjes, mails of berichtjes meer", "keine Anrufe, Mails oder Nachrichten mehr".
    rf"|\b(?:geen|keine)\s+{MESSAGES}(?:\s*,\s*{MESSAGES}){{0,3}}\s*,?\s+(?:of|en|oder|und)\s+"
    rf"{MESSAGES}\s+(?:\w+\s+)?(?:meer|mehr)\b"
    # "ik heb geen behoefte meer aan deze vacaturemails".
    rf"|\bgeen\s+behoefte\s+meer\s+aan\s+(?:\w+\s+){{0,2}}?{MESSAGES}"
)
_ENDED = (
    # "die oproepen van jou moeten ophouden", "these calls have to stop".
    rf"\b{MESSAGES}\s+(?:\w+\s+){{0,3}}?(?:moeten|must|mussen|muss|have\s+to|need\s+to)\s+(?:\w+\s+)?"
    r"(?:ophouden|stoppen|stop|aufhoren|enden|end)\b"
    # ...not by a time: "calls must end by 5", "Anrufe müssen um 17 Uhr enden".
    r"(?!\s+(?:by|before|after|at|around|um|bis|vor|nach|voor|na|om|tegen|rond)\b)"
    # "graag hiermee ophouden", "houdt u daar per direct mee op" (not "houd er rekening mee").
    r"|\b(?:graag|aub|alsjeblieft|svp|nu|wilt\s+u|wil\s+je|kun\s+je|kunt\s+u)\s+(?:\w+\s+)?"
    r"(?:hier|er|daar)mee\s+(?:ophouden|stoppen)\b"
    r"|\bho(?:u|ud|udt|uden)\s+(?:(?!niet\b|rekening\b)\w+\s+){0,3}?(?:hier|er|daar)\s+"
    r"(?:(?!rekening\b|niet\b)\w+\s+){0,3}?mee\s+op\b"
    # "ermee op" told or wished ("hou ermee op", "jullie moeten ermee op"), not news ("ik hield
    # ermee op in 2020").
    r"|\b(?:hou|houd|houdt|houden|moet|moeten|wil|wilt|graag|gewoon|nu|aub|svp|alsjeblieft|toch"
    r"|eens|eindelijk|kappen)\s+(?:(?!hield|hielden|niet\b)\w+\s+){0,2}?(?:hier|er|daar)mee\s+op\b"
    r"(?![^.!?]*\?)|(?:^|[.!?,;]\s*)(?:hier|er|daar)mee\s+op\s*(?:[.!]|$)"
    # "... was hopelijk het laatste.", "hopefully the last one."
    rf"|\b{MESSAGES}[^.!?]{{0,40}}?\b(?:hopelijk|hopefully|hoffentlich)\s+(?:\w+\s+)?(?:het\s+|the\s+"
    r"|das\s+|der\s+|die\s+)?(?:laatste|last|letzte\w*)(?:\s+(?:one|keer|time|mal))?\s*(?:[.!,;]|$)"
    # "mag dit het laatste whatsappje zijn?", "can this be the last email?"
    r"|\b(?:mag|kan|can|could|may|darf|kann)\s+(?:this|that|dit|dat|das|dies\w*)\s+(?:\w+\s+)?"
    rf"(?:laatste|last|letzte\w*)\s+(?:\w+\s+)?{MESSAGES}[^.!?]{{0,30}}?\b(?:be|zijn|sein)\b"
)
# Our list or file: by its pronoun ("jullie bestand", "Ihrer Datenbank", "your pool"), or
# ending the clause ("in het bestand staan", "in der Datenbank."); not "the systems team",
# "Datenbank-Administration", "pipeline-projecten" (session 31, review R).
_YOURS = r"(?:your|ur|jullie|je|uw|ihr\w*|eur\w*|dein\w*|diese\w*|deze|dit|this|these)"
_OUR_PLACE = (
    rf"(?:{_YOURS}\s+(?:\w+\s+)?{PLACES}(?!-)|(?:\w+\s+){{0,2}}?{PLACES}(?!-)(?=\s*(?:[.!?,;]|$)"
    r"|\s+(?:(?:van|of|bei|von|bij)\s+(?:jullie|u|you|ihnen|euch)\b|(?:te\s+)?(?:staan|stehen|sein"
    r"|zijn|be|blijven|bleiben|zitten|meer|mehr|anymore)\b)))"
)
_KEPT_OUT = (
    rf"\bbuiten\s+(?:\w+\s+){{0,2}}?(?:{MESSAGES}|{PLACES})\s+(?:te\s+)?(?:blijven|blijf)\b"
    rf"|\b{_WISH}\b[^.!?;\n]{{0,20}}?\b(?:niet|nicht)\s+(?:langer|meer|mehr|lange?r)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:in|op|auf|on)\s+{_OUR_PLACE}"
    r"|\b(?:geen|niet\s+(?:langer|meer))\s+deel\s+(?:meer\s+)?(?:uit\s*)?(?:te\s+)?(?:maken|uitmaken)\s+"
    rf"van\s+{_OUR_PLACE}|\bno\s+longer\s+(?:\w+\s+)?(?:be\s+)?part\s+of\s+{_OUR_PLACE}"
    r"|\bzet\s+(?:me|mij)\s+(?:\w+\s+)?nergens\s+(?:meer\s+)?op\b"
    # "haal me overal uit", "haal me eruit" (not "... voor deze functie": one process).
    r"|\bhaal\w*\s+(?:me|mij|mijn\s+(?!oude)\w+)\s+(?:\w+\s+)?(?:eruit|er\s+uit|overal\s+uit)\b"
    r"(?!\s+(?:voor|bij|uit)\s+(?:deze|die|de|het)\s+(?:functie|rol|vacature|procedure|sollicitatie))"
    r"|\b(?:me|mij)\s+(?:\w+\s+){0,2}?overal\s+(?:uit\s*|af\s*)?(?:te\s+)?(?:halen|uithalen|afhalen"
    r"|verwijderen|schrappen)\b"
    # Kept to themselves: "hou je appjes voor je", "keep your emails to yourself".
    rf"|\bho(?:u|ud|udt)\s+(?:je|uw|jullie)\s+(?:\w+\s+)?{MESSAGES}\s+(?:\w+\s+)?voor\s+(?:je|jezelf"
    rf"|u|uzelf|jullie)\b|\bkeep\s+your\s+(?:\w+\s+)?{MESSAGES}\s+to\s+yoursel(?:f|ves)\b"
    # Consent withdrawn: "ik geef u geen toestemming meer", "keine Einwilligung mehr".
    r"|\b(?:geen|keine)\s+(?:\w+\s+)?(?:toestemming|einwilligung|zustimmung)\s+(?:\w+\s+)?"
    r"(?:meer|mehr)\b|\bno\s+longer\s+(?:give\s+(?:my\s+|you\s+)?)?(?:consent|permission)\b"
)
_SHAPES = tuple(re.compile(pattern) for pattern in (_IN_THEIR_INBOX, _NONE_MORE, _ENDED, _KEPT_OUT))
_GATE = WordGate(_SHAPES)
_RECEIVING = re.compile(_RECEIVED)
_MORE_WORD = re.compile(_MORE)


def wants_nothing_more(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it (lower case, no accents). Receiving nothing
    is wished for only with "more" ("ik wil niets ontvangen voor vrijdag" sets a time)."""
    return _GATE.any_match(plain) or any(
        _MORE_WORD.search(found.group(0)) for found in _RECEIVING.finditer(plain)
    )
