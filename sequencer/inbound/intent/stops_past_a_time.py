"""Stops the not-a-stop gates would take for something else, read on the reply as it came, before
them (session 34, the kinds a fifteenth wave of writers used beside a near miss), on the text
`opt_outs.plain` made (lower case, no accents):

- contact refused for a time and after it too ("melde dich bitte auch danach nicht mehr", "she
  asked that enquiries not be sent to her, then or afterwards", "pediu que não o contatem mais,
  nem agora nem depois", "tot de feestdagen niet en daarna ook niet, ik wil geen berichtjes
  meer"): the put-off gate (`contact_put_off`) sees the time and takes the clause for a
  deferral; "and after that too" makes it none. Not "no calls until Easter, then gladly", not
  "not now and not after the summer either, I'm happy here" (no contact refused: a no), and not
  "call me now or later" (nothing refused);
- an earlier stop keyword confirmed ("the STOP yesterday was no mistake", "o PARAR de ontem era
  pra vocês mesmo", "die STOP van net was wel degelijk voor jou bedoeld"); not "the STOP was a
  mistake", "die STOP was niet voor jou bedoeld";
- a bare keyword, in capitals, after a sentence ("tô empregado já, valeu. SAIR", "Not looking.
  STOP"): `classify._asks_plainly` reads only a whole reply of keywords. Not one said inside a
  sentence ("se fosse spam eu mandava SAIR").
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_words import MESSAGES, REACH
from sequencer.inbound.needles import searched

# "Nor after", with no time after it (session 35: "don't call before Friday, nor after 5pm", "ni
# después de las 6", "nem depois do almoço" keep to hours).
_NO_TIME = (
    r"(?=\s*(?:[,.;:!?\n]|$|(?:either|too|that|then|eso|esto|tampoco|isso|disso|nor|ni|nem)\b))"
)
# "And after that too", in the six languages.
_AFTER_TOO = (
    r"(?:then\s+or\s+after(?:wards)?|now\s+or\s+(?:later|ever|after(?:wards)?)"
    r"|(?:and|or|nor)\s+(?:not\s+)?after(?:wards|\s+that)?\s+(?:either|too|as\s+well)"
    rf"|nor\s+(?:after(?:wards)?|later){_NO_TIME}|after(?:wards|\s+that)\s+either"
    r"|not\s+(?:after(?:wards)?|later)\s+either"
    r"|auch\s+danach\s+nicht|danach\s+auch\s+nicht|auch\s+(?:spater|nachher)\s+nicht"
    r"|weder\s+jetzt\s+noch\s+(?:spater|danach|nachher)"
    r"|auch\s+nicht\s+(?:danach|spater|nachher|nach\s+(?!\d)(?:dem|der|den|\w+)(?!\s+uhr)|im\s+nachsten"
    r"|ab\s+(?!\d)\w+)"
    rf"|ni\s+maintenant\s+ni\s+(?:apres|plus\s+tard|jamais)|apres\s+non\s+plus|ni\s+apres{_NO_TIME}"
    r"|et\s+apres\s+(?:ce\s+sera\s+)?non\s+(?:plus|aussi)|pas\s+(?:plus\s+)?apres\s+non\s+plus"
    rf"|ni\s+ahora\s+ni\s+(?:despues|luego|nunca|mas\s+adelante)|ni\s+(?:despues|luego){_NO_TIME}"
    r"|(?:despues|luego)\s+tampoco|tampoco\s+(?:despues|luego|mas\s+adelante)"
    r"|daarna\s+(?:eigenlijk\s+|echt\s+)?(?:ook\s+)?niet|ook\s+daarna\s+niet|later\s+ook\s+niet|ook\s+later\s+niet"
    rf"|nem\s+agora\s+nem\s+(?:depois|nunca|mais\s+tarde)|nem\s+depois{_NO_TIME}|depois\s+tambem\s+nao"
    r"|tambem\s+nao\s+depois)\b"
)
_DENIED = (
    r"(?:not?|don'?t|never|nicht|kein\w*|nie|ne|pas|plus|nao|nem|ni|niet|geen|nooit|nada|nothing"
    r"|nichts|rien|niets|niks|gar)"
)
# A contact refused: a denial before a reaching word or a message noun, or the Dutch and German
# denial after the verb ("bel me morgen niet", "melde dich nicht mehr"); a denial that governs
# the verb (session 35: not "I don't mind if you call", "don't hesitate to call", "nothing stops
# you from calling").
_NOT_GOVERNING = (
    r"(?!(?:mind|hesitate|problem|stops?|prevents?|keeps?|precisa|preciso|need|worry|wait|afraid"
    r"|scheu\w*|zogern|hesite\w*|dude\w*|vacile\w*|aarzel\w*|problema|probleem|importa|importo"
    r"|derange\w*|molesta|hinders?|holds?)\b)"
)
_REFUSED = re.compile(
    rf"\b{_DENIED}\s+(?:{_NOT_GOVERNING}\w+\s+){{0,5}}?(?:{REACH}|{MESSAGES}|meld\w*|reach\s+out|hear\s+from"
    r"|(?:be\s+)?sent|ring\w*)"
    rf"|\b(?:{REACH}|meld\w*)\s+(?:\w+\s+){{0,5}}?(?:niet|nicht|ne|pas)\b"
)
_PAST_A_TIME = re.compile(rf"\b{_AFTER_TOO}")
_ENDS = re.compile(r"[.!?\n]")
# "Or any other day" extends only a refusal in its own clause (session 35): "don't call Monday or
# any other day", not "I'm not free Monday but call me Tuesday or any other day".
_ANY_OTHER = re.compile(r"\bor\s+any\s+other\s+(?:day|time)\b")
_CLAUSE_TURN = re.compile(r"[.!?\n;]|\b(?:but|aber|mais|pero|mas|maar)\b")

# An earlier keyword ("STOP", "BAJA", "PARAR") confirmed meant.
_KEYWORD = (
    r"(?:stop|stopp|baja|parar|sair|arret|arreter|afmelden|abmelden|unsubscribe|remove|cancelar"
    r"|desinscription|uitschrijven|austragen)"
)
_MEANT = (
    r"(?:(?:was|wasn'?t|is)\s+(?:no|not\s+a)\s+(?:mistake|accident|typo|misfire|error)"
    r"|(?:was\s+)?not\s+(?:by\s+)?(?:a\s+)?(?:mistake|accident)|i\s+meant\s+it|meant\s+every"
    r"|(?:n'?\s*)?(?:etait|est)\s+pas\s+(?:une\s+)?erreur|pas\s+par\s+erreur|c'?\s*etait\s+voulu"
    r"|(?:war|ist)\s+kein\s+(?:versehen|fehler|irrtum|zufall)|(?:war\s+)?(?:voll\s+)?ernst\s+gemeint"
    r"|no\s+fue\s+(?:un\s+)?(?:error|sin\s+querer|por\s+error|equivocacion|accidente)"
    r"|(?:fue|era)\s+(?:a\s+proposito|en\s+serio)|iba\s+en\s+serio"
    r"|wel\s+degelijk|geen\s+(?:vergissing|fout|ongelukje)|(?:meende|meen)\s+ik"
    r"|nao\s+foi\s+(?:engano|sem\s+querer|por\s+engano|erro)|era\s+(?:pra|para)\s+(?:voces|voce|vc"
    r"|vcs|ti|vos)\s+mesmo|foi\s+de\s+proposito|era\s+serio)\b"
)
# The keyword named as a message (session 35: "Stopp mal, ist das Angebot ernst gemeint?" names
# none): "the STOP", "mijn STOP", "o PARAR de ontem", quoted, or in capitals (read on the reply as
# it came); and said, not asked ("… was not a mistake?").
_CONFIRMED = re.compile(
    rf"(?P<named>(?:the|my|that|this|o|a|meu|aquele|esse|die|het|dat|mijn|mein\w*|das|le|la|mon|ma|ce"
    rf"|el|mi|ese|aquel)\s+|[\"'«“„‘]\s*)?\b{_KEYWORD}\b[^.!?\n]{{0,50}}?{_MEANT}(?![^.!\n]{{0,80}}\?)"
)
_IN_CAPITALS = re.compile(
    r"(?<![\w])(?:STOP|STOPP|BAJA|PARAR|SAIR|ARRET|ARRÊT|ARRETER|ARRÊTER|AFMELDEN|ABMELDEN"
    r"|UNSUBSCRIBE|REMOVE|CANCELAR|DESINSCRIPTION|DÉSINSCRIPTION|UITSCHRIJVEN|AUSTRAGEN)(?![\w])"
)

# A bare keyword in capitals ending the reply after a sentence: looked for only in the reply's
# last characters (session 35: searched over the whole text, from every line's end, a run of
# 20,000 blank lines took 12 s, holding the interpreter all the while).
_LAST_KEYWORD = re.compile(
    r"(?<!\w)(?:STOP|STOPP|SAIR|BAJA|PARAR|ARRET|ARRETER|ARRÊT|ARRÊTER|UNSUBSCRIBE|AFMELDEN"
    r"|ABMELDEN|CANCELAR|STOPALL|DESINSCRIPTION|DÉSINSCRIPTION|UITSCHRIJVEN|AUSTRAGEN)\Z"
)
_LONGEST_KEYWORD = 16


def refuses_past_a_time(plain: str) -> bool:
    """Contact refused in a sentence that says "and after that too"."""
    for pattern in searched((_PAST_A_TIME,), plain):
        for found in pattern.finditer(plain):
            begins = max(0, found.start() - 200)
            begins = max(begins, *(plain.rfind(end, begins, found.start()) + 1 for end in ".!?\n"))
            ends = _ENDS.search(plain, found.end(), found.end() + 160)
            if _REFUSED.search(plain, begins, ends.start() if ends else found.end() + 160):
                return True
    if "any other" in plain:
        for found in _ANY_OTHER.finditer(plain):
            begins = max(0, found.start() - 160)
            turns = [turn.end() for turn in _CLAUSE_TURN.finditer(plain, begins, found.start())]
            if _REFUSED.search(plain, turns[-1] if turns else begins, found.start()):
                return True
    return False


def confirms_an_earlier_stop(plain: str, text: str = "") -> bool:
    """`text`, the reply as it came, tells a keyword in capitals."""
    return any(
        found.group("named") or _IN_CAPITALS.search(text)
        for pattern in searched((_CONFIRMED,), plain)
        for found in pattern.finditer(plain)
    )


def ends_with_a_keyword(text: str) -> bool:
    """`text` as it came, in its case: its last word a keyword, after a sentence's end or a line
    break and nothing but signs after it ("Not looking. STOP!")."""
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    found = _LAST_KEYWORD.search(text, max(0, end - _LONGEST_KEYWORD), end)
    if found is None:
        return False
    before = text[: found.start()].rstrip()
    return "\n" in text[len(before) : found.start()] or before[-1:] in (".", "!", "?")


def stops_before_the_gates(text: str, plain: str) -> bool:
    """`text` as it came, `plain` the same as `opt_outs.plain` made it."""
    return (
        refuses_past_a_time(plain)
        or confirms_an_earlier_stop(plain, text)
        or ends_with_a_keyword(text)
    )
