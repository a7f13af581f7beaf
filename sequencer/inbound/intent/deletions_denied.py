"""A deletion denied (session 36, brief F; known since session 35): "Ich will keine Löschung
meiner Daten, ich bin interessiert", "no deletion of my data, please", "pas de suppression de mes
données", "no quiero que borren mis datos", "ik wil geen verwijdering van mijn gegevens", "I
don't want my profile deleted". A negation before the noun or the wish is no request to delete:
the clause is taken out, to its end or to a turn ("…, aber auch keine Mails mehr" stays), before
the stop readers see it, as `not_requests` does.
"""

from __future__ import annotations

import re

_DELETION = (
    r"(?:deletion|erasure|removal|l(?:ö|oe)schung|entfernung|suppression|effacement"
    r"|eliminaci[óo]n|borrado|supresi[óo]n|verwijdering|exclus[ãa]o|elimina[çc][ãa]o"
    r"|remo[çc][ãa]o|apagamento)"
)
_DELETE = (
    r"(?:delet|eras|remov|borr|elimin|supr|apag|exclu|effac|supprim|l(?:ö|oe)sch|entfern"
    r"|verwijder|wis)\w*"
)
_TURN = r"(?:but|aber|mais|pero|maar|mas|and|und|et|y|e|en|just|only|nur|juste|solo|s[óo]|alleen)"
_DENIED = (
    rf"\b(?:keine?n?|no|geen|pas\s+de|aucune?|sin|sem|nenhuma?|ninguna?)\s+(?:\w+\s+)?{_DELETION}\b"
    rf"|\b(?:don'?t|do\s+not|no|n[ãa]o)\s+(?:want|quiero|quero|deseo|desejo)\s+(?:(?!{_TURN}\b)"
    rf"\w+\s+){{0,3}}?{_DELETE}"
    rf"|\bne\s+veux\s+pas\s+(?:(?!{_TURN}\b)[\w']+\s+){{0,3}}?{_DELETE}"
    rf"|\b(?:will|m(?:ö|oe)chte|wil)\s+nicht\s*,?\s+(?:(?!{_TURN}\b)\w+\s+){{0,4}}?{_DELETE}"
    rf"|\bwil\s+niet\s+(?:(?!{_TURN}\b)\w+\s+){{0,4}}?{_DELETE}"
)
_DENIED_TO_ITS_END = re.compile(
    rf"(?:{_DENIED})(?:(?!\s{_TURN}\b)[^.!?;,\n]){{0,80}}",
    re.IGNORECASE,
)
_GATE = re.compile(
    r"\b(?:kein|no|geen|pas\s+de|aucun|sin|sem|nenhum|ningun|don'?t|do\s+not|n[ãa]o|ne\s+veux"
    r"|nicht|niet)",
    re.IGNORECASE,
)


def without_deletions_denied(text: str) -> str:
    """`text` without a deletion denied, to its clause's end."""
    if not _GATE.search(text):
        return text
    return _DENIED_TO_ITS_END.sub(" ", text)
