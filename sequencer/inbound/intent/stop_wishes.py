"""Kinds of stop request that restatements of the French train opt-outs used (session 31), on
the text `opt_outs.plain` made (lower case, no accents):

- no wish to receive or be solicited any more, said in French as people speak and text, with
  its "ne" dropped: "je veux plus recevoir vos messages", "j'veux plus rien recevoir", "je veux
  plus être sollicité", "envoyez plus rien" (the other five languages keep their negation; "je
  veux plus de détails" wants more and is not read);
- no longer wishing to be part of a list, pool or database, in the six languages: "je ne
  souhaite plus faire partie de votre vivier", "I no longer want to be part of your database",
  "ya no quiero formar parte de su base de datos", "não quero mais fazer parte da vossa lista",
  "ich möchte nicht mehr Teil Ihrer Datenbank sein", "ik wil geen deel meer uitmaken van jullie
  bestand" (not "part of the shortlist", "I'd love to be part of your team");
- their data deleted, named as what concerns them rather than "my data", in the six languages:
  "effacez toutes les informations me concernant", "delete all the data you hold about me",
  "alle Daten über mich löschen", "borren toda la información sobre mí", "apaguem todos os
  dados sobre mim", "verwijder alle gegevens over mij";
- a stop asked on someone's behalf (an assistant, a relative): "elle vous demande de ne plus la
  contacter", "merci d'effacer ses informations", "please delete his details", "verwijder haar
  gegevens" (not "delete his old number, the new one is …").
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_words import DELETE
from sequencer.inbound.intent.word_gate import WordGate

_DATA = (
    r"(?:data|details|information|info|informations|number|records?|daten|angaben|nummer"
    r"|renseignements"
    r"|donnees|informations|coordonnees|numero|dossiers?|datos|informacion|dados|informacoes"
    r"|informacao|gegevens|persoonsgegevens)\b"
)
# What concerns them: "me concernant", "about me", "über mich", "sobre mí", "sobre mim", "over mij".
_ABOUT_ME = (
    r"(?:me\s+concern\w*|qui\s+me\s+concern\w*|(?:\w+\s+){0,3}?sur\s+moi|a\s+mon\s+(?:sujet|egard)"
    r"|(?:\w+\s+){0,3}?(?:about|concerning|regarding|relating\s+to|on)\s+me|(?:\w+\s+){0,3}?uber\s+mich"
    # "sobre mi" only as "about me", not "about my …" ("la información sobre mi disponibilidad").
    r"|zu\s+meiner\s+person|(?:\w+\s+){0,3}?sobre\s+(?:mim|mi(?=\s*(?:[.,;:!?]|$|(?:y|e|o|que|en"
    r"|ni|por|de)\b)))|a\s+meu\s+respeito"
    r"|(?:\w+\s+){0,3}?(?:over|van)\s+mij)\b"
)
# Someone else's, on their behalf: "ses", "his", "her", "their", "zijn", "haar", "hun".
_THEIRS = r"(?:ses|leurs|his|her|their|zijn|haar|hun)\s+(?!(?:old|ancien\w*|oude|vorige)\b)"
_OLD_OR_NEW = r"(?![^.!?]{0,40}\b(?:old|new|ancien\w*|nouve\w*|oude|nieuw\w*|antig\w*|nov[oa])\b)"

# Wishing, and being part of or staying on something.
_WISH = (
    r"(?:want|wish|like|veu[xt]|voudrais|souhait\w*|desir\w*|quiero|deseo|quero|desejo|mochte"
    r"|will|wil|wens)"
)
_NEG = r"(?:ne|n'|not|don'?t|do\s+not|no|longer|nao|nicht|niet|geen|kein\w*)"
_PART = (
    r"(?:faire\s+partie|figurer|rester|be\s+(?:a\s+)?part|being\s+part|remain|stay|formar\s+parte"
    r"|seguir\s+formando\s+parte|fazer\s+parte|continuar\s+a\s+fazer\s+parte|teil|deel\s+(?:\w+\s+)?"
    r"uit\s*(?:te\s+)?maken|blijven|bleiben|figurar|constar|permanecer|ficar)"
)
_POOLS = (
    r"(?:(?:lists?|listes?|listas?|lijst\w*|liste[n]?|mailing\w*|newsletters?)\b"
    r"(?!\s+(?:des|of|de|der|van|dos|das)\s+(?:candidat\w*|kandidat\w*|bewerber\w*|finalist\w*"
    r"|sollicitant\w*|attente|espera))"
    r"|\w*datenbank\w*|databases?|databank\w*|bases?\s+de\s+(?:donnees|datos|dados|talent\w*)"
    r"|(?:votre|vos|ta|tu|su|sua|vossa|your|jullie|uw|ihrer?)\s+base|viviers?|\w*pool\w*"
    r"|banco\s+de\s+talentos|bolsa\s+de\s+\w+|fichiers?|ficheros?|ficheiros?|\w*bestand\w*|kartei"
    r"|verteiler\w*|records|crm|cvtheque|cadastros?)\b"
)

_SHAPES = tuple(
    re.compile(pattern)
    for pattern in (
        # French "ne" dropped: "je veux plus recevoir", "j'veux plus rien recevoir", "il veut plus
        # être sollicité" (not "je veux plus de détails", "je veux recevoir plus d'infos").
        r"\b(?:je|j'|j|il|elle|on)\s*(?:veu[xt]|voudrais|voudrait|souhaite)\s+plus\s+(?:rien\s+"
        r"|jamais\s+|aucun\w*\s+)?(?:recevoir|etre\s+(?:contact|sollicit|relanc|derang|appel|harcel"
        r"|embet)\w*)",
        # ...told: "envoyez plus rien", "m'écrivez plus jamais" (not "envoyez plus de détails").
        r"\b(?:envoyez|ecrivez|appelez|contactez|relancez|textez|envoie|ecris|appelle|contacte"
        r"|relance)(?:-moi)?\s+plus\s+(?:rien|jamais|aucun\w*)\b",
        # No longer part of our lists: "je ne souhaite plus faire partie de votre vivier".
        rf"\b{_NEG}\s+(?:\w+\s+){{0,2}}?{_WISH}\w*\s+(?:\w+\s+){{0,3}}?{_PART}\s+(?:\w+\s+){{0,3}}?"
        rf"{_POOLS}",
        rf"\b{_WISH}\w*\s+(?:\w+\s+){{0,2}}?{_NEG}\s+(?:\w+\s+){{0,3}}?{_PART}\s+(?:\w+\s+){{0,3}}?"
        rf"{_POOLS}",
        rf"\b{_WISH}\w*\s+(?:\w+\s+){{0,2}}?(?:kein|geen)\s+{_PART}\s+(?:\w+\s+){{0,3}}?{_POOLS}",
        # Their data deleted, as what concerns them: "effacez les informations me concernant".
        rf"\b{DELETE}\s+(?:\w+\s+){{0,3}}?{_DATA}\s+{_ABOUT_ME}",
        rf"\b{_DATA}\s+{_ABOUT_ME}\s+(?:\w+\s+){{0,3}}?(?:zu\s+|te\s+)?{DELETE}",
        # On someone's behalf: "de ne plus la contacter", "merci d'effacer ses informations".
        r"\bne\s+plus\s+(?:jamais\s+)?(?:la|le|les|lui|leur|l')\s*(?:contact|ecri|appel|relanc"
        r"|sollicit|envoy|telephon|harcel|derang)\w*",
        rf"\b{DELETE}\s+(?:\w+\s+){{0,2}}?{_THEIRS}(?:\w+\s+)?{_DATA}{_OLD_OR_NEW}",
    )
)
_GATE = WordGate(_SHAPES)


def wishes_no_more(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    return _GATE.any_match(plain)
