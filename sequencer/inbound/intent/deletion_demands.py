"""A deletion demanded of "it", the number or address the reply is about (session 30, the kind a
thirteenth writer used), on the text `opt_outs.plain` made (lower case, no accents):

"Dit nummer staat nergens online. Hoe komen jullie eraan? Ik wil dat jullie het per direct
verwijderen", "How did you get this number? I want you to delete it", "Ich will, dass Sie sie
sofort löschen", "Je veux que vous le supprimiez", "Quero que o apaguem". The pronoun stands for
their number, address or data, which the reply names; a question beside it does not make the
reply a question (the README: a question about the data held is `question` unless it also asks
to delete).

Not "I don't want you to delete it", "ik wil niet dat jullie het verwijderen" (a wish denied),
"do you want me to delete it?" (asked), nor "my old number … I want you to delete it, the new
one is …" (their details updated).
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_words import DELETE

# Deleting; in Dutch also "wist" and "wissen" ("ik eis dat u ze wist"), after a demand.
_DELETE = rf"(?:{DELETE}|wist\b|wissen\b)"
_WISHES = (
    # "I want you to delete it (right now)", "I need you to remove them".
    rf"\bi\s+(?:want|need|demand|expect)\s+you\s+to\s+(?:\w+\s+)?{_DELETE}\s+(?:it|them|this|that)\b",
    # "ik wil dat jullie het (per direct) verwijderen", "ik eis dat u ze wist".
    r"\bik\s+(?:wil|eis|verwacht)\s+dat\s+(?:jullie|u|je|jij|ze)\s+(?:het|hem|ze|dat|dit)\s+"
    rf"(?:\w+\s+){{0,3}}?{_DELETE}",
    # "ich will, dass Sie sie sofort löschen", "ich möchte, dass ihr es entfernt".
    r"\bich\s+(?:will|mochte|verlange|erwarte|fordere)\s*,?\s+dass\s+(?:sie|ihr|du)\s+(?:sie|es|ihn"
    rf"|das|diese)\s+(?:\w+\s+){{0,3}}?{_DELETE}",
    # "je veux que vous le supprimiez", "j'exige que vous l'effaciez".
    r"\b(?:je|j')\s*(?:veux|voudrais|souhaite|exige|demande)\s+que\s+(?:vous|tu)\s+(?:le|la|les|l')"
    rf"\s*{_DELETE}",
    # "quero que o apaguem", "exijo que lo eliminen" (Spanish "que lo borren" is read already).
    rf"\b(?:quero|quiero|exijo|peco|pido)\s+que\s+(?:o|a|os|as|lo|la|los|las)\s+{_DELETE}",
    # "tira ele do sistema", "delete it from your list" (session 31).
    r"\b(?:tir|remov|apag|elimin|exclu|retir|delet|eras|borr)\w*\s+(?:ele|ela|eles|elas|it|them)\s+"
    r"(?:d[oa]s?|from|off|out\s+of|de|del)\s+(?:\w+\s+){0,2}?(?:sistemas?|systems?|listas?|lists?"
    r"|base|banco|cadastros?|registros?|records|database)\b",
    # Portuguese puts "it" after the verb: "esquece ele", "esqueçam-no" (forget the number).
    r"\besquec(?:e|a|am)(?:\s+(?:ele|ela)|-(?:o|a|no|na))\b",
)
_WISH = re.compile("|".join(_WISHES))
# What "it" stands for, named in the reply: this number, my address, my data.
_THEIR_DATA = re.compile(
    r"\b(?:this|that|my|dit|deze|mijn|mein\w*|diese\w*|mon|ma|mes|ce|cette|mi|mis|este|esta|ese"
    r"|esa|meu|minha|esse|essa)\s+(?:\w+\s+)?(?:number|nummer|\w+nummer|numero|e-?mail\w*|address"
    r"|adres\w*|adresse|direccion|endereco|correo|telefon\w*|mobile|handy\w*|gsm|contact\w*"
    r"|data|daten|donnees|datos|dados|gegevens|cv)\b"
)
_OLD_ONE = re.compile(
    r"\b(?:old|former|previous|alte\w*|ancien\w*|antig\w*|viej\w*|oude|vorige)\s+(?:\w+\s+)?"
    r"(?:number|nummer|\w+nummer|numero|e-?mail\w*|address|adres\w*|adresse|direccion|endereco"
    r"|correo|telefon\w*)"
)
_SENTENCE_END = re.compile(r"[^.!?\n]*+[.!?\n]?")
# All they hold about me, erased (session 31, in all six): "el borrado de toda la información que
# guarden sobre mí", "delete all the data you hold about me", "supprimez les données me
# concernant", "löschen Sie alle Daten über mich", "apaguem os dados que têm sobre mim".
_HELD_ABOUT_ME = re.compile(
    rf"\b(?:{_DELETE}|borrado|supresion|deletion|erasure|loschung|suppression|effacement"
    r"|apagamento|eliminacion|eliminacao)\s+(?:\w+\s+){0,4}?(?:informa\w*|datos|data|dados|donnees"
    r"|gegevens|daten|details|lo|everything|whatever|tout|tudo|alles|alle)\b[^.!?]{0,40}?(?:\b(?:sobre|about|on|over|uber|sur|acerca\s+de)\s+"
    r"(?:mi|mim|me|mij|mich|moi)(?=\s*(?:[.,;!?]|$|persona\b|y\b|e\b|and\b|und\b|et\b|en\b))"
    r"|\bme\s+concern\w*)"
)


def demands_it_deleted(plain: str) -> bool:
    if _HELD_ABOUT_ME.search(plain):
        return True
    if not _THEIR_DATA.search(plain) or _OLD_ONE.search(plain):
        return False
    for found in _WISH.finditer(plain):
        rest = _SENTENCE_END.match(plain, found.end())
        if not (rest and rest.group(0).endswith("?")):
            return True
    return False
