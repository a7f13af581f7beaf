"""Noes that other cues took for something else (a thirteenth writer's kinds, session 30): a
shrug said as the whole reply ("bof", "meh", "mwah"); "not now and not later either", whose
"not now" is no deferral; a no beside an invitation to lunch or coffee between acquaintances,
whose "bora marcar" is no yes to the job; and someone else "looking for a new job", whose "new
job" is no job accepted. `rules.cues_in` rereads the labels it found with `reread_noes`."""

from __future__ import annotations

import re

from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.phrases import CUES

# A shrug, alone or with "not really", "thanks": the whole reply ("bof", "Bof, pas trop",
# "meh, not really", "mwah, niet echt", "naja, eher nicht").
_SHRUG_ALONE = re.compile(
    r"\W*(?:bof(?:\s+bof)?|mouais|meh|m+w+a+h*|naja|nö+|pfff*)"
    r"(?:[\s,.!…]+(?:not\s+really|not\s+for\s+me|pas\s+trop|pas\s+vraiment|eher\s+nicht"
    r"|nicht\s+wirklich|no\s+mucho|no\s+realmente|niet\s+echt|liever\s+niet|não\s+muito"
    r"|nem\s+tanto|thanks|merci|danke|gracias|bedankt|obrigad[oa]))?\W*",
    re.IGNORECASE,
)

# Not now AND not later (or ever): a plain no ("Pas maintenant ni plus tard", "Nu niet en later
# ook niet", "Weder jetzt noch später", "Ni ahora ni más adelante", "Nem agora nem depois");
# "not now, but later maybe" stays a later.
_NOT_NOW_NOR_LATER = re.compile(
    r"\bnot\s+now\s*+,?\s*+(?:and\s+|or\s+)?(?:not|nor|never)\s+(?:later|ever|in\s+the\s+future)\b"
    r"|\bneither\s+now\s+nor\s+(?:later|ever)\b"
    r"|\b(?:jetzt\s+nicht|nicht\s+jetzt)\s*+,?\s*+(?:und\s+)?(?:auch\s+)?(?:nicht\s+später"
    r"|später\s+(?:auch\s+)?nicht)\b|\bweder\s+jetzt\s+noch\s+(?:später|irgendwann|jemals)\b"
    r"|\b(?:pas|ni)\s+maintenant\s*+,?\s*+(?:ni|et\s+pas)\s+(?:plus\s+tard|jamais|à\s+l'avenir)"
    r"|\bni\s+ahora\s*+,?\s*+ni\s+(?:más\s+adelante|más\s+tarde|luego|después|nunca)\b"
    r"|\bahora\s+no\s*+,?\s*+(?:y\s+)?(?:más\s+adelante|más\s+tarde|luego|después)\s+tampoco\b"
    r"|\b(?:nu\s+niet|niet\s+nu)\s*+,?\s*+(?:en\s+)?(?:ook\s+niet\s+later|later\s+(?:ook\s+)?niet"
    r"|nooit)\b"
    r"|\bnem\s+agora\s*+,?\s*+nem\s+(?:depois|mais\s+tarde|mais\s+pra\s+frente|nunca)\b"
    r"|\bagora\s+não\s*+,?\s*+(?:e\s+)?(?:depois|mais\s+tarde)\s+também\s+não\b",
    re.IGNORECASE,
)

# An invitation to lunch, coffee or a drink, with nothing of the job in it.
_SOCIAL = re.compile(
    r"\b(?:lunch\w*|coffee|drinks?|beers?|dinner|pints?|catch\s+up|mittagessen|kaffee|bier"
    r"|abendessen|essen\s+gehen|déj|dej|déjeuner|dîner|verre|bière|apéro|almuerzo|comida"
    r"|café|cerveza|cañas?|cena|birra|koffie\w*|biertje|borrel|etentje|bakkie|almoço|cerveja"
    r"|chopp|jantar|happy\s+hour)\b",
    re.IGNORECASE,
)
_JOB = re.compile(
    r"\b(?:role|job|position|opportunit\w*|offer|vaga|poste|offre|puesto|oferta|vacante"
    r"|vacature|functie|baan|stelle|angebot|emprego|trabalho|trabajo|talk\s+about|discuss\w*"
    r"|sobre\s+(?:a|o)|del\s+puesto|en\s+parle|über\s+die|erzähl\w*|cuentas|cuéntame)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[.!?;\n¿¡]|\b(?:but|mais|pero|mas|maar|aber)\b", re.IGNORECASE)
# Sentences, each matched once from where the last ended (linear on a stranger's long text).
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?\n]|$)")

# Someone "looking for a new job" has accepted none: "mein Cousin sucht gerade neue Stelle",
# "my cousin is looking for a new job", "mon frère cherche un nouveau poste".
_SEEKING_A_NEW_JOB = re.compile(
    r"\b(?:looking\s+for|searching\s+for|seeking|sucht|suchen|suche|cherche|recherche|busca"
    r"|buscando|zoekt|zoek|procura|procurando|à\s+procura\s+de)\s+(?:gerade\s+|actively\s+"
    r"|activement\s+)?(?:(?:a|an|eine?|un|une|una?|um|uma|een)\s+)?(?:new|neue[nr]?"
    r"|nouve(?:au|l|lle)|nuevo|nueva|novo|nova|nieuwe?)\s+(?:job|role|position|stelle|poste"
    r"|emploi|travail|trabajo|empleo|puesto|baan|functie|emprego|trabalho)\b",
    re.IGNORECASE,
)


def reread_noes(text: str, found: set[Label]) -> None:
    """Rereads the labels `found` in `text` (one line) for the kinds above, in place."""
    if _SHRUG_ALONE.fullmatch(text):
        found.add(Label.NOT_INTERESTED)
    if _NOT_NOW_NOR_LATER.search(text):
        found.add(Label.NOT_INTERESTED)
        if not CUES[Label.NOT_NOW].search(_NOT_NOW_NOR_LATER.sub(" ", text)):
            found.discard(Label.NOT_NOW)
    if Label.NOT_INTERESTED in found and _SOCIAL.search(text):
        _reread_a_no_with_a_lunch(text, found)
    if (
        Label.ACCEPTED_ELSEWHERE in found
        and _SEEKING_A_NEW_JOB.search(text)
        and not CUES[Label.ACCEPTED_ELSEWHERE].search(_SEEKING_A_NEW_JOB.sub(" ", text))
    ):
        found.discard(Label.ACCEPTED_ELSEWHERE)  # "mein Cousin sucht neue Stelle" is no job taken


def _invites(part: str) -> bool:
    return bool(_SOCIAL.search(part)) and not _JOB.search(part)


def _reread_a_no_with_a_lunch(text: str, found: set[Label]) -> None:
    """A no, and lunch or coffee asked for: the yes and the question were in the invitation."""
    rest = " . ".join(part for part in _CLAUSE.split(text) if not _invites(part))
    if not CUES[Label.NOT_INTERESTED].search(rest):
        return  # the no itself was about the lunch
    if not CUES[Label.INTERESTED].search(rest):
        found.discard(Label.INTERESTED)
    if (
        "?" not in text
        or all(_invites(part) for part in _SENTENCE.findall(text) if part.endswith("?"))
    ) and not CUES[Label.QUESTION].search(rest):
        found.discard(Label.QUESTION)
