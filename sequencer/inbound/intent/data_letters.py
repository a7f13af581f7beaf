"""A stop written as a legal or data-protection letter (session 35, the older paraphrase waves'
misses): the data deleted "from all systems" ("please identify its source and thereafter delete
it from all systems"), every address suppressed ("we require you to suppress every
harrowgate.example address"), a deletion to be confirmed ("confirm deletion within 14 days",
"bevestigen dat mijn gegevens gewist zijn", "confirmer la suppression de mes données"), the
articles of erasure and objection named with what they ask ("run a full Article 17 deletion on
my record", "au titre de l'article 21"), and the use of their data not permitted ("our client
does not permit the use of her personal data for recruitment marketing").

Not a question about what is held ("which data do you hold under Article 15?"), a deletion of
something else ("confirm the deletion of the old calendar invite"), nor consent given. Read on
the text `opt_outs.plain` made: lower case, no accents."""

from __future__ import annotations

import re

from sequencer.inbound.intent.word_gate import WordGate

_PLACES = (
    r"(?:systems?|records?|databases?|files?|lists?|crm|systemen|bestanden|systeme\w*|dateien"
    r"|datenbank\w*|fichiers?|bases?|sistemas?|registros?|archivos?|ficheiros?|arquivos?)\b"
)
_DATA = (
    r"(?:data|details|record|information|address(?:es)?|numbers?|cv|profile|\w*gegevens|daten|angaben"
    r"|donnees|coordonnees|datos|dados|informac\w*|fiche|profil\w*|perfil|registo|adresse\w*"
    r"|adressen|e-?mail\w*)\b"
)
_LETTERS = tuple(
    re.compile(pattern)
    for pattern in (
        # Deleted from every system: "delete it from all systems", "supprimez-les de tous vos
        # fichiers", "löschen Sie sie aus allen Systemen", "bórrenlos de todos sus sistemas".
        rf"\b(?:delet|eras|remov|purg|suppress|supprim|effac|losch|entfern|verwijder|wis|borr|elimin"
        rf"|apag|exclu)\w*(?:-?(?:les|la|le|los|las|lo|os|as))?\s+(?:(?:it|them|this|that|these|sie"
        rf"|ze|het|ihn)\s+)?(?:from|de|aus|uit|van|von|da|dos|das)\s+(?:all|every|alle[nm]?|tous|todos"
        rf"|todas|toutes)\s+(?:\w+\s+)?{_PLACES}",
        # Every address of theirs suppressed: "suppress every harrowgate.example address".
        rf"\bsuppress\w*\s+(?:every|all|any|our|my|this|these)\s+[^.!?\n]{{0,40}}?\b{_DATA}",
        # A deletion to be confirmed: "confirm deletion within 14 days", "confirmer la
        # suppression de mes données", "Löschung … bestätigen", "bevestiging dat … gewist zijn".
        r"\b(?:confirm\w*|bestatig\w*|bevestig\w*|confirmer|confirmez|confirmar|confirme\w*)\s+"
        r"(?:\w+\s+){0,3}?(?:deletion|erasure|suppression|loschung|verwijdering|supresion|eliminacion"
        r"|eliminacao|apagamento|effacement)\b(?!\s+of\s+(?:the\s+)?(?:old|invite|meeting|calendar"
        r"|duplicate))",
        rf"\b(?:loschung|deletion|erasure)\s+(?:\w+\s+){{0,4}}?{_DATA}[^.!?\n]{{0,40}}?\b(?:bestatig"
        r"|confirm)\w*",
        rf"\b(?:bevestiging|confirmation|bestatigung|confirmacion|confirmacao)\b[^.!?\n]{{0,40}}?"
        rf"\b{_DATA}[^.!?\n]{{0,30}}?\b(?:gewist|verwijderd|deleted|erased|geloscht|supprimee?s"
        r"|effacee?s|borrad[oa]s|eliminad[oa]s|apagad[oa]s)\b",
        # The articles of erasure and objection with what they ask: "a full Article 17 deletion",
        # "au titre de l'article 21, sortez ma fiche", "Art. 17 DSGVO: Löschung".
        r"\b(?:article|art|artikel|articulo|artigo)\.?\s*(?:17|21)\b[^.!?\n]{0,60}?\b(?:delet|eras"
        r"|suppress|losch|verwijder|supprim|effac|sort|retir|borr|elimin|apag|supres|object|widerspr"
        r"|oppos|bezwaar|oposic)\w*",
        # The use of their data not permitted: "does not permit the use of her personal data for
        # recruitment marketing", "n'autorise pas l'utilisation de mes données".
        rf"\b(?:does|do)\s+not\s+(?:permit|allow|authori[sz]e|consent\s+to)\s+(?:the\s+)?use\s+of\s+"
        rf"(?:her|his|my|their|our)\s+(?:\w+\s+)?{_DATA}"
        rf"|\bn'\s*autoris\w*\s+pas\s+(?:l'|la\s+)?(?:utilisation|usage)\s+de\s+(?:mes|ses)\s+"
        rf"(?:\w+\s+)?{_DATA}",
    )
)
_GATE = WordGate(_LETTERS)


def demands_it_as_a_letter(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    return _GATE.any_match(plain)
