"""An answer written in line, under a line of ours the person kept: whether it asks us to stop.

Only the new text decides a label, but an answer points at the line it sits under. Under one of
our own offers to stop (the footer's "To stop all messages", "I'll stop here", "you won't hear
from me again", "just say so and I'll stop", in the six languages) an assent ("This.", "Please
do.", "Ja, genau das.", "Oui, faites-le.", "Sí, eso.", "Graag.", "Pode ser.") asks us to do what
the line offers; so does saying "not interested" under "Not interested? Reply and say so". A
denial or a contrary answer ("No, don't!", "Insistez !", "¡Al contrario!"), a yes ("but I'm
interested now") or a question is no stop, nor is any answer under another line of ours.

Our lines are ours: the patterns below read our templates' words (engine/compose.py's footer,
templates/messages, the corpus's originals), not strangers'. The person's words are read only
as a whole first clause from a closed list, and by a few bounded patterns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sequencer.inbound.intent.not_requests import says_yes
from sequencer.inbound.mail.quotes import Answer


def stops_by_answer(answers: Iterable[Answer]) -> bool:
    return any(_asks_to_stop(answer) for answer in answers)


def _asks_to_stop(answer: Answer) -> bool:
    offered = _plain(answer.quoted[:600])
    if not _STOP_OFFER.search(offered) or _ONE_ROLE.search(offered):
        return False
    said = _plain(answer.said[:600])
    if _CONTRARY.search(said) or says_yes(answer.said[:600]) or _asks(said):
        return False
    if _first_clause(said) in _ASSENTS:
        return True
    # "Not interested? Reply and say so": saying so is taking the offer ("not for now" is not).
    return bool(_SAY_SO.search(offered) and _NO_INTEREST.search(said) and not _FOR_NOW.search(said))


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


_CLAUSE_END = re.compile(r"[.,;:!?¡¿()\"«»“”]|\s[-–—]\s|\s[-–—]$|[-–—]{2}")


def _first_clause(said: str) -> str:
    clauses = [part.strip() for part in _CLAUSE_END.split(said, maxsplit=3)]
    return next((clause for clause in clauses if clause), "")


def _asks(said: str) -> bool:
    """Their first sentence is a question ("Yes? What do you mean?")."""
    sentence = re.match(r"[^.!?]*[.!?]?", said)
    return bool(sentence and sentence.group(0).endswith("?"))


# Our offers to stop, in our own words (unaccented, lower case).
_STOP_OFFER = re.compile(
    r"\bstopp?\b|\bunsubscribe|\bopt[ -]?out\b|\b(?:won'?t|will not|wont)\s+(?:hear from me"
    r"|write|contact|follow up|reach out|bother|be in touch|email|text|send)"
    r"|\bi'?(?:ll| will) (?:leave it (?:there|here)|not (?:write|follow up|contact))"
    r"|\brather not hear from me|\bprefer (?:that )?i (?:didn'?t|not)|\brather i didn'?t"
    r"|\blast you'?ll hear from me|\bnever hear from me"
    # German
    r"|\babbestellen|\babmelden|\bmelde (?:ich )?mich (?:auch )?nicht (?:mehr|weiter|wieder)"
    r"|\bnichts mehr von mir\b|\bkeine (?:nachrichten|e-?mails|mails) mehr\b"
    r"|\b(?:schreibe|kontaktiere) (?:ich )?(?:ihnen |dir |sie |dich )?nicht (?:mehr|wieder)\b"
    r"|\bbelastige (?:ich )?(?:sie|dich) nicht (?:mehr|weiter)\b"
    # French
    r"|\bne plus recevoir\b|\bn'?insist(?:e|erai) (?:pas|plus)\b|\bplus parler de moi\b"
    r"|\bvous (?:ecrirai|recontacterai|relancerai|solliciterai|derangerai) plus\b"
    r"|\bje (?:m'?)?arrete\b|\bdesabonner|\bdesinscri"
    # Spanish
    r"|\bdejar de recibir\b|\b(?:volveras|volvera|volvereis) a saber de mi\b"
    r"|\bno (?:te |le |os )?(?:vuelvo|volvere|voy a volver) a (?:escribir|contactar|molestar)"
    r"|\bno (?:te |le |os )?insist(?:o|ire)\b|\bdejo de escribir|\bpar[oa] (?:aqui|aca)\b"
    r"|\bde baja\b|\bno (?:te |le |os )?molesto mas\b"
    # Dutch
    r"|\bafmelden\b|\buitschrijven\b|\bniets meer van (?:me|mij)\b|\blaat (?:ik )?het (?:hierbij"
    r"|daarbij)\b|\b(?:stop ik|ik stop)\b|\b(?:mail|schrijf|benader) (?:ik )?(?:je|u) niet meer\b"
    r"|\bniet meer (?:mailen|schrijven|benaderen|lastigvallen)\b"
    # Portuguese
    r"|\bdeixar de receber\b|\bnao (?:te |lhe |o |a )?(?:volto|voltarei|vou voltar) a (?:escrever"
    r"|contactar|contatar|incomodar)|\bnao (?:vou )?insist(?:o|ir)\b|\bparo por aqui\b"
    r"|\bdescadastr|\bcancelar a (?:subscricao|inscricao)\b|\bdeixo de (?:te |lhe )?(?:escrever"
    r"|contactar|contatar)\b|\bnao (?:te |lhe )?incomodo mais\b"
)
# An offer to stop writing about one role only: taking it leaves that process, which is a no
# (tests/data/replies/README.md), not a stop of all contact.
_ONE_ROLE = re.compile(r"\babout (?:this|the) (?:role|job|position|vacancy)\b")
# The offer's condition is a no: "Not interested? Reply and say so", "if not, just say so".
_SAY_SO = re.compile(
    r"\bnot interested\b|\bnot for (?:me|you)\b|\bisn'?t for you\b|\bif not\b|\bstill a no\b"
    r"|\bkein interesse\b|\bpas interesse|\bno (?:te|le|os) interesa\b|\bgeen interesse\b"
    r"|\bnao (?:tem|tens) interesse\b|\bsem interesse\b"
)
_NO_INTEREST = re.compile(
    r"\b(?:not|no longer) interested\b|\bnot for me\b|\bkein(?:e|en)? interesse\b"
    r"|\bnicht interessiert\b|\bnichts fur mich\b|\bpas (?:interesse|pour moi)"
    r"|\bne m'?interesse (?:pas|plus)\b|\bno (?:me|nos) interesa\b|\bno estoy interesad[oa]\b"
    r"|\bno es para mi\b|\bgeen interesse\b|\bniet geinteresseerd\b|\bniets voor mij\b"
    r"|\bnao (?:tenho|estou|temos) (?:interesse|interessad[oa])\b|\bsem interesse\b"
    r"|\bnao e para mim\b"
)
# A no for now is no stop: "not interested right now", "kein Interesse im Moment".
_FOR_NOW = re.compile(
    r"\b(?:right now|at the moment|for now|currently|yet|maybe|momentan|derzeit|aktuell"
    r"|im moment|gerade|zurzeit|vielleicht|pour l'?instant|pour le moment|en ce moment"
    r"|actuellement|peut-etre|ahora|por ahora|de momento|por el momento|quizas?|tal vez"
    r"|op dit moment|momenteel|voorlopig|misschien|nu even|agora|no momento|por enquanto"
    r"|neste momento|talvez|ainda)\b"
)
# Against our offer: the contrary, "don't stop", "keep writing".
_CONTRARY = re.compile(
    r"\b(?:on the contrary|quite the opposite|au contraire|im gegenteil|al contrario"
    r"|por el contrario|todo lo contrario|integendeel|in tegendeel|pelo contrario|ao contrario)\b"
    r"|^doch\b"
    r"|\b(?:don'?t|do not|never)\s+(?:stop|unsubscribe|remove|delete|give up)\b"
    r"|\bnicht (?:aufhoren|abbestellen|abmelden|loschen|aufgeben)\b|\bn'?arretez pas\b"
    r"|\bne (?:me )?(?:desabonnez|desinscrivez|supprimez|retirez) pas\b"
    r"|\bno (?:pares|pare|pareis|me borres|me borre|me des de baja|dejes de|deje de)\b"
    r"|\bniet (?:stoppen|afmelden|ophouden|verwijderen)\b|\bstop (?:niet|maar niet)\b"
    r"|\bnao (?:pare|pares|me descadastre|me remova|desista)\b"
    r"|\bkeep (?:me|them|it|sending|writing|going|in touch)\b|\bplease continue\b|\bcarry on\b"
    r"|\bbitte weiter\b|\bschreiben sie (?:mir )?(?:gerne |bitte )?weiter\b"
    r"|\bcontinuez\b|\b(?<!n')(?<!no )(?<!nao )insist(?:ez|a|e)\b|\bsigue escribiendo\b"
    r"|\bblijf (?:me )?(?:mailen|schrijven)\b|\bga (?:gerust )?door\b|\bpode continuar\b"
)

# A whole first clause that says yes to the line above (unaccented, lower case).
_ASSENTS = frozenset(
    {
        # English
        "yes", "yes please", "yeah", "yep", "yup", "y", "please", "please do", "please do so",
        "do it", "do that", "do so", "yes do", "yes do it", "yes do that", "yes please do",
        "this", "that", "this one", "that one", "exactly", "exactly that", "exactly this",
        "correct", "right", "indeed", "sure", "ok", "okay", "k", "agreed", "i agree",
        "go ahead", "please go ahead", "go for it", "that's right", "thats right", "that's it",
        "thats it", "absolutely", "definitely", "by all means", "fine", "fine by me",
        "sounds good", "perfect", "thanks", "thank you", "yes thanks", "yes thank you",
        "all of them", "both", "everything", "that's what i want", "spot on",
        # German
        "ja", "ja bitte", "bitte", "bitte ja", "gerne", "gern", "ja gerne", "ja gern", "genau",
        "genau das", "genau so", "genauso", "ja genau", "das", "dies", "richtig", "stimmt",
        "korrekt", "einverstanden", "jawohl", "passt", "in ordnung", "alles klar", "sehr gern",
        "sehr gerne", "auf jeden fall", "unbedingt", "danke", "ja danke", "bitte so",
        "so ist es", "tun sie das", "machen sie das", "bitte tun sie das", "gerne so", "beides",
        "alles",
        # French
        "oui", "oui merci", "oui svp", "oui stp", "oui s'il vous plait", "s'il vous plait",
        "svp", "faites-le", "faites le", "oui faites-le", "faites donc", "exactement", "exact",
        "c'est ca", "c'est cela", "oui c'est ca", "ceci", "cela", "ca", "volontiers",
        "d'accord", "tout a fait", "absolument", "parfait", "merci", "bien sur", "je veux bien",
        "tres bien", "entendu", "effectivement", "les deux", "tout",
        # Spanish
        "si", "si por favor", "por favor", "eso", "eso mismo", "eso es", "esto", "exacto",
        "exactamente", "correcto", "claro", "vale", "de acuerdo", "hazlo", "hagalo", "adelante",
        "perfecto", "gracias", "si gracias", "asi es", "por supuesto", "pues eso", "sin duda",
        "dale", "todo", "ambos",
        # Dutch
        "graag", "ja graag", "ja hoor", "dat", "dit", "precies", "klopt", "inderdaad", "prima",
        "oke", "akkoord", "doe maar", "doe dat", "doe dat maar", "ja doe maar", "zeker",
        "is goed", "goed", "dank je", "bedankt", "ja bedankt", "alsjeblieft", "beide",
        # Portuguese
        "sim", "sim por favor", "pode ser", "pode", "pode sim", "isso", "isso mesmo", "isso ai",
        "exato", "exatamente", "correto", "certo", "de acordo", "faca isso", "faca-o",
        "pode fazer", "obrigado", "obrigada", "perfeito", "com certeza", "sem duvida", "e isso",
        "e isso mesmo", "pois", "pois e", "pois bem", "agradeco", "sim obrigado",
        "sim obrigada", "tudo",
    }
)  # fmt: skip
