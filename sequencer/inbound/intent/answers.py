"""An answer written in line, under a line of ours the person kept: whether it asks us to stop.

Only the new text decides a label, but an answer points at the line it sits under. Under one of
our own offers to stop (the footer's "To stop all messages", "I'll stop here", "you won't hear
from me again", "just say so and I'll stop", in the six languages) an assent ("This.", "Please
do.", "Ja, genau das.", "Oui, faites-le.", "Sí, eso.", "Graag.", "Pode ser.") asks us to do what
the line offers; so does saying "not interested" under "Not interested? Reply and say so". A
denial or a contrary answer ("No, don't!", "Insistez !", "¡Al contrario!"), a yes ("but I'm
interested now") or a question is no stop, nor is any answer under another line of ours.

A false stop here silences an interested person on every channel, so when unsure the yes wins:
no bare assent counts under an offer whose condition is a no ("Any interest? If not, just say
so and I'll stop": "Yes!" answers the question), nor under kept text that asks something else,
nor after answers to other kept lines (a sign-off under the footer), nor when it is not
(nearly) the whole paragraph; thanks, ok, fine, perfect are no assent ("Thanks!\nAna").

Our lines are ours: the patterns below read our templates' words (engine/compose.py's footer,
templates/messages, the corpus's originals), not strangers': "stop" alone is no offer ("stop by
our office", "one-stop"), "reply STOP", "to stop all messages", "I'll stop here" are. The
person's words are read only as whole clauses from closed lists, and by a few bounded patterns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sequencer.inbound.intent.not_requests import says_yes
from sequencer.inbound.mail.quotes import Answer


def without_counts(text: str) -> str:
    """`text` without the counts of what we sent ("five emails in four weeks", "zes mails in twee
    weken"): no time to write again, whatever the date reader makes of "in four weeks"."""
    return _COUNTED.sub(" ", text)


# How many we sent, and in how long.
_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|zwei|drei|vier|funf|fünf|sechs|sieben|acht"
    r"|deux|trois|quatre|cinq|six|sept|huit|dos|tres|cuatro|cinco|seis|siete|ocho|twee|drie|vijf"
    r"|zes|zeven|acht|duas|dois|três|quatro|sete|oito)\s+(?:\w+\s+)?(?:e-?mails?|mails?|messages?"
    r"|berichten|nachrichten|correos|mensajes|relances|mensagens|sms|texts|courriels)\s+(?:in|en|em"
    r"|op|innerhalb|within|numa?|dans|binnen)\s+[^.!?,;\n]{0,25}",
    re.IGNORECASE,
)


def stops_by_answer(answers: Iterable[Answer]) -> bool:
    return any(_asks_to_stop(answer) for answer in answers)


def _asks_to_stop(answer: Answer) -> bool:
    offered = _plain(answer.quoted[:600])
    if not _STOP_OFFER.search(offered) or _ONE_ROLE.search(offered):
        return False
    said = _plain(answer.said[:600])
    if _CONTRARY.search(said) or says_yes(answer.said[:600]):
        return False
    # "Bitte umsetzen, komplett.", "Can you just do this one for me?", "Cumpra, pois, o que
    # escreveu" (session 36): our line told to be carried out, wherever in their paragraph.
    if _CARRY_OUT.search(said) and not _asks_another(offered) and _refused(answer.before):
        return True
    if _asks(said):
        return False
    # "Not interested? Unsubscribe in one click": the line offers a way out, not a "say so".
    says_so = _SAY_SO.search(offered) and not _WAY_OUT.search(offered)
    # "Not interested? Reply and say so": saying so is taking the offer ("not for now" is not).
    if says_so and _NO_INTEREST.search(said) and not _FOR_NOW.search(said):
        return True
    # A bare assent under an offer whose condition is a no ("Any interest? If not, just say so
    # and I'll stop") answers the question, not the offer; so it does under a line asking
    # something else, after answers to other lines (a sign-off under the footer), or in a
    # paragraph that goes on to say more.
    if says_so or "?" in said or _asks_another(offered) or not _refused(answer.before):
        return False
    return _assents(said)


# Our line told to be carried out: "please action this", "bitte umsetzen", "faites ce que vous
# dites", "hágalo", "doe wat je schreef", "cumpra o que escreveu", "can you just do this one for
# me?", "that'd be ideal." (said last in its clause). Not "do this role justice", "umsetzen
# können wir das im Team", "that'd be ideal for me" (a wish of theirs).
_CARRY_OUT = re.compile(
    r"\b(?:(?:please|just|now)\s+)?(?:action|implement|apply|carry\s+out|honou?r|execute)\s+"
    r"(?:it|this|that)\b(?:\s+(?:please|for\s+me|now|today))?\s*(?:[.!,]|$)"
    r"|\b(?:can|could|would)\s+you\s+(?:just\s+|please\s+)?do\s+(?:this|that|it)\s+(?:one\s+)?"
    r"(?:for\s+me|please)\b"
    r"|\b(?:that|this|it)(?:'d|\s+would)\s+be\s+(?:ideal|perfect|great|best|welcome|appreciated)"
    r"\s*(?:[.!]|$)"
    r"|\b(?:bitte\s+)?(?:umsetzen|ausfuhren|erledigen)\s*(?:,\s*(?:\w+\s*)?)?(?:[.!]|$)"
    r"|\bfaites\s+ce\s+que\s+vous\s+(?:dites|proposez|ecrivez|avez\s+ecrit)\b"
    r"|\b(?:haga|haz|haced)\s+lo\s+que\s+(?:dice|dices|ofrece|ofreces|escribio|escribiste)\b"
    r"|\bcumpl(?:a|e|id)\s+(?:\w+\s+)?(?:lo\s+que|con\s+lo\s+que)\b"
    r"|\bdoe\s+wat\s+(?:je|u)\s+(?:zegt|schreef|schrijft|aanbiedt|belooft)\b"
    r"|\bcumpr(?:a|am|e)\b[\s,]*(?:\w+\s*,?\s*)?o\s+que\s+(?:escreveu|disse|prometeu|oferece)\b"
)


def _assents(said: str) -> bool:
    """Their paragraph is (nearly) a whole assent: "This. All of them, email and phone.", "👆 this.
    email + phone."; or an assent and a complaint of how many we sent ("Zeker. Alles. Vijf mails
    in vier weken is te veel.", session 34)."""
    clauses = [part.strip() for part in _CLAUSE_END.split(_POINTING.sub("", said))]
    clauses = [clause for clause in clauses if clause]
    while clauses and clauses[0] in _COURTESIES:  # "Thanks!", "Ok, talk soon", "Prima, doe dat."
        clauses.pop(0)
    if not clauses or clauses[0] not in _ASSENTS:
        return False
    more = " ".join(clauses[1:])
    return len(more.split()) <= _MORE_AT_MOST or bool(_TOO_MANY.search(more))


_MORE_AT_MOST = 6
# A finger pointing at our line before the assent: "👆 this.", "☝️ das."
_POINTING = re.compile(r"^[\s\u261d\U0001f446\U0001f447\ufe0f\U0001f3fb-\U0001f3ff]+")
# How many we sent, complained of after the assent: "too many", "te veel", "zu viele".
_TOO_MANY = re.compile(
    r"\b(?:too\s+(?:many|much)|te\s+veel|zu\s+viele?|trop|demasiad[oa]s?|demais|de\s+mais)\b"
)


def _asks_another(offered: str) -> bool:
    """Our kept text asks a question that is neither the offer nor its condition."""
    questions = _QUESTION.findall(_URL.sub(" ", offered))
    return any(not _STOP_OFFER.search(q) and not _SAY_SO.search(q) for q in questions)


_URL = re.compile(r"\S*(?:://|www\.)\S*")
_QUESTION = re.compile(r"[^.!?]*+\?")


def _refused(before: str) -> bool:
    """What they wrote under our earlier lines, if anything, was a no ("No." / "Not for me")."""
    said = _plain(before[:600])
    if not said:
        return True
    return "?" not in said and (_first_clause(said) in _REFUSALS or bool(_NO_INTEREST.search(said)))


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
    r"\b(?:reply|text|send|respond|answer|antworten(?: sie)?|antworte|senden sie|repondez"
    r"|envoyez|responde|responda|responder|envia|envie|antwoord|stuur|sms)(?: (?:with|mit|par"
    r"|avec|con|com|met))?(?: (?:the|la|a|das|le|het) (?:word|palabra|palavra|wort|mot|woord))?"
    r" [\"']?(?:stopp?|baja|pare|sair)\b|\b(?:mit )?stopp? (?:antworten|senden|schicken)\b"
    r"|\bstop (?:all\b|receiving|getting|hearing|reaching|writing|sending|contacting|emailing"
    r"|messaging|texting|calling|following|altogether|here\b)"
    r"|\bi'?(?:ll| will) stop(?:[.,;!]|$| (?:there|now|then)\b)"
    r"|\bunsubscribe|\bopt[ -]?out\b|\b(?:won'?t|will not|wont)\s+(?:hear from me"
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
    r"|\bje (?:m'?)?arrete\b|\bdesabonn|\bdesinscri"
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
# Our footer's ways out, which an assent points at ("> Unsubscribe in one click" / "This.").
_WAY_OUT = re.compile(
    r"\bunsubscribe|\bopt[ -]?out\b|\bstop all\b|\babbestellen|\babmelden|\bdesabonn"
    r"|\bdesinscri|\bne plus recevoir\b|\bde baja\b|\bdejar de recibir\b|\bafmelden\b"
    r"|\buitschrijven\b|\bdescadastr|\bdeixar de receber\b|\bcancelar a (?:subscricao|inscricao)\b"
)
# An offer to stop writing about one role only: taking it leaves that process, which is a no
# (tests/data/replies/README.md), not a stop of all contact.
_ONE_ROLE = re.compile(r"\babout (?:this|the) (?:role|job|position|vacancy)\b")
# The offer's condition is a no: "Not interested? Reply and say so", "if not, just say so".
_SAY_SO = re.compile(
    r"\bnot interested\b|\bnot for (?:me|you)\b|\bisn'?t (?:right )?for you\b|\bif not\b"
    r"|\bstill a no\b|\bif (?:the timing|it)(?:'s| is)?(?: still)? (?:isn'?t|not) right\b"
    r"|\bif (?:these|this|they) (?:notes )?(?:aren'?t|isn'?t|are not|is not) (?:useful|relevant)"
    r"|\bkein interesse\b|\b(?:wenn|falls)(?: es| der zeitpunkt| das)?(?: gerade| noch)? nicht\b"
    r"|\bsonst\b|\bnichts fur (?:sie|dich)\b"
    r"|\bpas interesse|\bsinon\b|\bsi (?:ce n'est|ca n'est|le moment n'est) pas\b"
    r"|\bpas pour vous\b|\bne vous interesse pas\b"
    r"|\bno (?:te|le|os) interesa\b|\bsi no\b|\bde lo contrario\b|\bno es para (?:ti|usted)\b"
    r"|\bgeen interesse\b|\bzo niet\b|\bals (?:dat|het) niet\b|\bniets voor (?:je|jou|u)\b"
    r"|\bnao (?:tem|tens) interesse\b|\bsem interesse\b|\bse nao\b|\bcaso contrario\b"
    r"|\bnao (?:e|for) para (?:voce|si|ti)\b"
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
        "correct", "indeed", "sure", "agreed", "i agree", "go ahead", "please go ahead",
        "go for it", "that's right", "thats right", "that's it", "thats it", "absolutely",
        "definitely", "by all means", "yes thanks", "yes thank you", "all of them",
        "both", "everything", "that's what i want", "spot on", "that would be best",
        "that'd be best", "that's best", "that would be for the best", "please stop there",
        # German
        "ja", "ja bitte", "bitte", "bitte ja", "gerne", "gern", "ja gerne", "ja gern", "genau",
        "genau das", "genau so", "genauso", "ja genau", "das", "dies", "richtig", "stimmt",
        "korrekt", "einverstanden", "jawohl", "sehr gern", "sehr gerne", "auf jeden fall",
        "unbedingt", "ja danke", "bitte so", "so ist es", "tun sie das", "machen sie das",
        "bitte tun sie das", "gerne so", "beides", "alles",
        # French
        "oui", "oui merci", "oui svp", "oui stp", "oui s'il vous plait", "s'il vous plait", "svp",
        "faites-le", "faites le", "oui faites-le", "faites donc", "exactement", "exact",
        "c'est ca", "c'est cela", "oui c'est ca", "ceci", "cela", "ca", "volontiers",
        "tout a fait", "absolument", "bien sur", "je veux bien", "effectivement", "les deux",
        "tout",
        # Spanish
        "si", "si por favor", "por favor", "eso", "eso mismo", "eso es", "esto", "exacto",
        "exactamente", "correcto", "claro", "hazlo", "hagalo", "adelante", "si gracias", "asi es",
        "por supuesto", "pues eso", "sin duda", "todo", "ambos",
        # Dutch
        "graag", "ja graag", "ja hoor", "dat", "dit", "precies", "klopt", "inderdaad", "akkoord",
        "doe maar", "doe dat", "doe dat maar", "ja doe maar", "zeker", "ja bedankt",
        "alsjeblieft", "beide",
        # Portuguese
        "sim", "sim por favor", "pode ser", "pode", "pode sim", "isso", "isso mesmo", "isso ai",
        "exato", "exatamente", "correto", "faca isso", "faca-o", "pode fazer", "com certeza",
        "sem duvida", "e isso", "e isso mesmo", "pois", "pois e", "pois bem", "sim obrigado",
        "sim obrigada", "tudo",
    }
)  # fmt: skip
# Thanks, ok, fine, perfect: a sign-off or an acknowledgement ("Thanks!\nAna", "Ok, talk soon"),
# never an assent by themselves; an assent may follow them ("Prima, doe dat.").
_COURTESIES = frozenset(
    {
        "thanks", "thank you", "thanks a lot", "many thanks", "thx", "cheers", "ok", "okay", "k",
        "kk", "fine", "fine by me", "right", "perfect", "great", "cool", "noted", "got it",
        "sounds good",
        "danke", "danke schon", "vielen dank", "besten dank", "passt", "in ordnung", "alles klar",
        "perfekt", "super", "gut", "merci", "merci beaucoup", "parfait", "tres bien", "entendu",
        "d'accord", "ok merci", "gracias", "muchas gracias", "vale", "perfecto", "dale",
        "de acuerdo", "entendido", "bedankt", "dank je", "dank je wel", "dank u", "dank u wel",
        "prima", "oke", "okee", "is goed", "goed", "top", "obrigado", "obrigada",
        "muito obrigado", "muito obrigada", "agradeco", "perfeito", "certo", "de acordo",
        "ta bom", "esta bem", "beleza", "combinado",
    }
)  # fmt: skip
# A plain no to an earlier line of ours ("> Open to a call?" / "No."): what follows may still
# take our offer to stop.
_REFUSALS = frozenset(
    {
        "no", "nope", "no thanks", "no thank you", "not really", "nein", "nein danke", "non",
        "non merci", "no gracias", "nee", "nee dank je", "nee bedankt", "nao", "nao obrigado",
        "nao obrigada",
    }
)  # fmt: skip
