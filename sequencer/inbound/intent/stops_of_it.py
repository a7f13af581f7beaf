"""A channel of theirs named, then stopped by a pronoun for good (session 36): "that WhatsApp
number is now the family phone. Please never message it about work again", "el número de
celular que tienen no lo usen más", "this mobile is the work one so dont use it anymore",
"Cette boîte est celle de mon employeur : arrêtez d'y écrire", "that's my partner's phone, so
please stop sending anything there", "vc achou meu número. agora perde ele de novo", "mijn
06-nummer: gebruik het niet meer", "die Handynummer: rufen Sie sie nicht mehr an".

Read whatever else the reply says, even beside another way to reach them ("Email is fine for
anything else"): the channel named is stopped. Not a channel no longer theirs ("my old number:
don't use it anymore, the new one is …" updates it), a stop for a time ("don't ring it before
6"), nor "it" that is not a channel ("the role: never mention it again"). Read on the text
`opt_outs.plain` made: lower case, no accents."""

from __future__ import annotations

import re

# The channel named before the pronoun (within the sentence before it, or its own).
_CHANNEL = re.compile(
    r"\b(?:number|numbers|nummer|numero|no|nr|mobile|phone|cell|cellphone|celular|movil|telemovel"
    r"|handy\w*|\w*nummer|telefon\w*|whats\s?app|inbox|mailbox|boite|buzon|caixa|address|adresse"
    r"|direccion|endereco|adres|mailadres|e-?mail\s+address|linkedin|canal|channel|kanaal|kanal"
    r"|line|ligne|linea|linha|lijn|landline|work\s+one)\b"
)
# ...a channel no longer theirs, or replaced: "my old number", "the new one is …".
_REPLACED = re.compile(
    r"\b(?:old|former|previous|alte\w*|fruhere\w*|ancien\w*|viej\w*|antig\w*|anterior|oude?"
    r"|vorige|new|neue\w*|nouve\w*|nuev\w*|(?<!de\s)nov[oa]|nieuwe?|no\s+longer\s+(?:use|have|mine)"
    r"|nicht\s+mehr\s+(?:meine?|aktuell)|plus\s+(?:le\s+mien|valide)|ya\s+no\s+es\s+mio"
    r"|nao\s+e\s+mais\s+meu|niet\s+meer\s+van\s+mij)\b"
)
# For a time: "don't ring it before 6", "not during work hours".
_FOR_A_TIME = re.compile(
    r"\b(?:before|after|until|during|vor|nach|bis|wahrend|avant|apres|pendant|antes|despues"
    r"|durante|depois|ate|voor|na|tot|tijdens|between|zwischen|entre|tussen)\b"
)
_AGAIN = (
    r"(?:again|anymore|any\s+more|ever\s+again|mas|nunca|de\s+nuevo|mais|de\s+novo|plus(?:\s+jamais)?"
    r"|meer|mehr|wieder)"
)
_IT = re.compile(
    # English: "never message it about work again", "dont use it anymore", "stop sending
    # anything there", "stop ringing it".
    r"\b(?:never|don'?t|dont|do\s+not|stop|quit)\s+(?:\w+\s+)?(?:message|messag|text|txt|call"
    r"|ring|phone|whatsapp|us(?:e|ing)|send(?:ing)?\s+(?:anything|stuff|messages|texts)(?:\s+to)?"
    r"|writ(?:e|ing)(?:\s+to)?|contact|ping)\w*\s+(?:it|there|that\s+one)\b"
    rf"(?:[^.!?\n]{{0,30}}?\b{_AGAIN}\b|(?=\s*(?:[.!,;]|$|please|thanks)))"
    # Spanish and Portuguese: "no lo usen más", "não o usem mais", "não liguem mais para ele".
    r"|\b(?:no|nao)\s+(?:me\s+)?(?:lo|la|o|a)\s+(?:us|utiliz|llam|marqu|escrib|mand|contact|lig)\w*"
    rf"\s+(?:\w+\s+)?(?:{_AGAIN})\b"
    r"|\b(?:no|nao)\s+(?:\w+\s+)?(?:liguem|ligue|escrevam|mandem|llamen|escriban|usem|usen)\s+"
    r"(?:mais|mas)\s+(?:para|pra|a|ao|al)\s+(?:ele|ela|el|este|esse)\b"
    # ...lose it again: "perde ele de novo", "pierdan ese número".
    r"|(?<!\bnao\s)(?<!\bno\s)(?<!n't\s)(?<!\bdont\s)\b(?:perde|perca|percam|esquece|esqueca|esquecam|apaga|apague|apaguem|pierd[ae]n?|olvid[ae]n?"
    r"|borr[ae]n?)\s+(?:ele|ela|esse|isso|el|ese|lo|la)\b"
    # French: "arrêtez d'y écrire", "n'y écrivez plus", "ne plus l'utiliser".
    r"|\b(?:arretez|cessez|arrete|cesse)\s+d'\s*y\s+(?:ecrire|envoyer|appeler|telephoner)\b"
    r"|\bn'\s*y\s+(?:ecrivez|envoyez|appelez|telephonez)\s+plus\b"
    r"|\bne\s+plus\s+l'\s*(?:utiliser|appeler)\b|\bne\s+l'\s*(?:utilisez|appelez)\s+plus\b"
    # Dutch: "gebruik het niet meer", "bel het niet meer", "stuur daar niets meer naartoe".
    r"|\b(?:gebruik|bel|app|sms|mail)\w*\s+(?:het|hem|die|dat)\s+(?:\w+\s+)?niet\s+meer\b"
    r"|\bstuur\w*\s+(?:daar|er)\s+(?:\w+\s+)?(?:niets|niks|geen\s+\w+)\s+meer\b"
    # German: "rufen Sie sie nicht mehr an", "nutzen Sie sie nicht mehr", "schreiben Sie da
    # nichts mehr hin".
    r"|\b(?:rufen|nutzen|benutzen|verwenden|schreiben|kontaktieren)\s+sie\s+(?:sie|ihn|es|diese|dort"
    r"|da)\s+(?:\w+\s+)?(?:nicht|nichts|nie)\s+mehr\b"
)


def stops_it_for_good(plain: str) -> bool:
    """A channel named, then stopped by a pronoun in the same or the next sentence."""
    for found in _IT.finditer(plain):
        before = plain[max(0, found.start() - 160) : found.start()]
        sentences = re.split(r"[.!?\n]", before)
        near = " ".join(sentences[-2:])
        if not _CHANNEL.search(near) or _REPLACED.search(near):
            continue
        rest = plain[found.end() : found.end() + 60]
        clause = re.split(r"[.!?\n,;]", rest)[0]
        if _FOR_A_TIME.search(found.group()) or _FOR_A_TIME.search(clause):
            continue
        if not _REPLACED.search(clause):
            return True
    return False
