"""Stop requests said in figures of speech (session 30, a twelfth writer), on the text
`opt_outs.plain` made (lower case, no accents):

- erasure as a metaphor: their data or file to the shredder or the bin, gone from our files,
  no longer lying in our drawers ("meine Unterlagen dem Reißwolf überantworten", "que mis datos
  no sigan rodando por sus archivos", "que mon dossier ne vous encombre plus", "mijn gegevens
  het pad van de papierversnipperaar laten volgen", "que o meu nome deixe de constar dos vossos
  ficheiros"); not "my *old* CV can go in the bin" ("mi CV *viejo* a la papelera"), "I almost
  put *your* email in the bin",
  "don't shred my CV", "o meu nome consta dos vossos ficheiros?";
- their phone, wished quiet of us ("que mon natel cesse de sonner de votre part"; not "mon
  natel n'arrête pas de sonner");
- this message wished to be the last one ("que este sea el último mensaje que cruzamos", "let
  this be the last message we exchange", "als dit ons laatste contact is", "dass dies unser
  letzter Kontakt ist"; not "is this the last email before the offer?", "espero que este no
  sea el último", "dit was mijn laatste week", "please don't let this be the last message");
- an address that is no person's (a shared or team inbox) taken out of our outreach ("this is
  the shared inbox … please remove it from your outreach lists", "cette boîte est partagée …
  retirez-la de vos listes"; not "please don't remove it", "add it to your list")."""

from __future__ import annotations

import re

_MINE = (
    r"(?:my|mine|mijn|meine?\w*|mon|ma|mes|mi|mis|meus?|minhas?|o\s+meu|os\s+meus|a\s+minha"
    r"|as\s+minhas)\s+(?!(?:old|former|alte\w*|ancien\w*|antig\w*|viej\w*|oude|vorige)\b)"
)
_THINGS = (
    r"(?:\w+\s+)?(?:details|data|cv|resume|file|name|records?|papers|documents|profile|info\w*"
    r"|unterlagen|daten|akte|bewerbung\w*|lebenslauf|dossier|donnees|coordonnees|nom|fiche"
    r"|datos|nombre|expediente|hoja\s+de\s+vida|gegevens|naam|dados|nome|ficha|curriculo"
    r"|registo|registro|contactos?|contatos?)\b"
)
_SHREDDER = (
    r"(?:shred\w*|bin|trash|garbage|rubbish|wastebasket|rei(?:ß|ss|s)wolf|schredder\w*"
    r"|papierkorb|mulleimer|altpapier|dechiqueteuse|broyeuse|poubelle|corbeille|trituradora"
    r"|destructora|papelera|basura|caneca|papierversnipper\w*|versnipper\w*|prullenbak"
    r"|vuilnisbak|papiermand|fragmentadora|destruidora|lixo|lixeira)\b"
)
_GONE = (
    r"(?:(?:disappear|vanish)\w*\s+from|verschwind\w*|disparai\w*|desaparez\w*|desapare[cz]\w*"
    r"|verdwijn\w*|deix\w*\s+de\s+(?:constar|figurar|circular)|dej\w*\s+de\s+(?:constar|figurar"
    r"|circular|rodar)|no\s+sig(?:a|an)\s+(?:rodando|circulando|dando\s+vueltas|figurando)"
    r"|ne\s+(?:vous\s+|nous\s+)?(?:encombr|trai)\w*\s+plus|n'\s*encombr\w*\s+plus"
    r"|(?:stop|quit)\s+(?:floating|circulating|lingering|cluttering)|no\s+longer\s+(?:appear"
    r"|figure|sit|clutter|float)\w*|nicht\s+(?:mehr|langer)\s+(?:\w+\s+)?(?:herum\w*|auftauch\w*"
    r"|vorkomm\w*|aufbewahr\w*|lieg\w*)|niet\s+(?:meer|langer)\s+(?:\w+\s+)?(?:rondslinger\w*"
    r"|circuler\w*|voorkom\w*|bewaard|ligg\w*|zwerv\w*)|nao\s+(?:continuem|sigam)\s+a\s+circular"
    r"|cess\w*\s+de\s+circular)"
)
# A denial before it in its clause: "don't put my details through the shredder".
_DENIAL = re.compile(
    r"\b(?:don'?t|do\s+not|never|nicht|niet|nie|pas|no|nao|ne|nunca|jamais|nooit|kein\w*)\b"
    r"|n't\b"
)
# ...said close before it, in its clause: "I'm not interested and my CV can go in the bin" asks.
_CLAUSE = re.compile(r"[.!?;,:\n]|\b(?:and|und|et|y|e|en|but|aber|mais|pero|maar|mas)\b")
_ERASURE = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b{_MINE}{_THINGS}[^.!?]{{0,60}}?\b{_SHREDDER}",
        rf"\b{_MINE}{_THINGS}[^.!?]{{0,40}}?\b{_GONE}",
        # Their phone, wished quiet of us: "que mon natel cesse de sonner (de votre part)".
        r"\bque\s+(?:mon|mi|o\s+meu|meu)\s+(?:natel|telephone|portable|gsm|cellulaire|cell|celular"
        r"|movil|telefono|telemovel|telefone)\s+(?:cesse|arrete|deje|pare|deixe)\s+de\s+(?:sonner"
        r"|sonar|tocar)\b"
        r"|\bdass\s+mein\s+(?:natel|handy|telefon)\s+(?:\w+\s+){0,3}?nicht\s+mehr\s+(?:\w+\s+)?"
        r"(?:klingelt|lautet|schellt)\b"
        r"|\bdat\s+mijn\s+(?:gsm|telefoon|mobiel|mobieltje)\s+(?:\w+\s+){0,3}?niet\s+meer\s+"
        r"(?:\w+\s+)?(?:rinkelt|gaat|overgaat)\b"
        r"|\b(?:want|like|need)\s+my\s+(?:phone|cell|mobile)\s+to\s+stop\s+ringing\b",
    )
)
_MESSAGE = (
    r"(?:message|nachricht|mensaje|mensagem|bericht|e-?mail|mail|courriel|correo|contact\w*"
    r"|kontakt\w*|contat\w*|exchange|austausch|echange|intercambio|troca|uitwisseling"
    r"|conversation|gesprach|conversa\w*|gesprek|correspond\w*)\b"
)
_LAST = r"(?:last|final|letzte\w*|dernier\w*|ultim\w*|laatste)\b"
# After the last one, a step of the hiring to come ("… before the offer", "voor het aanbod").
_NOT_BEFORE = r"(?!\s+(?:before|until|prior\s+to|vor|bis|avant|jusqu|antes|hasta|voor|tot|ate)\b)"
_NOT_ASKED = r"(?![^.!?]*\?)"
_LAST_ONE = tuple(
    re.compile(pattern)
    for pattern in (
        # Wished, in the subjunctive: "que este sea el último mensaje (que cruzamos)", "let this
        # be the last message we exchange", "que esta seja a última mensagem".
        r"\b(?:this|dies\w*|dit|ce|ceci|cela|este|esta|esto|esse|essa|isto)\s+(?:(?!no\b|not\b|pas\b"
        rf"|nao\b|nicht\b|niet\b){_MESSAGE}\s+)?(?:be|sei|soit|sea|seja)\s+(?:the|die|das|den|le|la"
        rf"|el|o|a|de|het|our|notre|nuestro|nuestra|o\s+nosso|a\s+nossa|unser\w*|ons|onze)\s+"
        rf"{_LAST}(?:\s+(?:\w+\s+)?{_MESSAGE})?+{_NOT_BEFORE}{_NOT_ASKED}",
        # ...or with the verb last: "als dit ons laatste contact is", "dass dies unser letzter
        # Kontakt ist" (not "ich hoffe nicht, dass dies …").
        r"(?<!nicht\s)(?<!niet\s)\b(?:als|dat|wenn|dass)\s+(?:dit|dies\w*|das|deze)\s+(?:\w+\s+)?"
        rf"(?:ons|onze|unser\w*|het|de|die|der|das)\s+{_LAST}\s+(?:\w+\s+)?{_MESSAGE}\s*(?:\w+\s+)?"
        rf"(?:is|blijft|wordt|ist|bleibt|wird|sei)\b{_NOT_BEFORE}{_NOT_ASKED}",
    )
)
# An address that is no person's: a shared or team inbox.
_NO_PERSON = re.compile(
    r"\b(?:shared|team|group|generic|general|functional|role|common|central)\s+(?:\w+\s+)?(?:inbox"
    r"|mailbox|address|account|alias)\b"
    r"|\b(?:sammel|funktions|gruppen|team|gemeinschafts)(?:postfach|adresse|mailbox)\b"
    r"|\b(?:boite|adresse|bal)\s+(?:\w+\s+){0,2}?(?:partagee|generique|commune|collective)\b"
    r"|\b(?:buzon|direccion|cuenta|correo)\s+(?:\w+\s+){0,2}?(?:compartid\w*|generic\w*|general)\b"
    r"|\b(?:gedeelde|algemene?|centrale)\s+(?:inbox|mailbox|adres|mailadres|postbus)\b"
    r"|\b(?:caixa|endereco|conta|e-?mail)\s+(?:\w+\s+){0,2}?(?:partilhad\w*|compartilhad\w*"
    r"|generic\w*|geral)\b"
)
_REMOVE_IT = re.compile(
    r"(?<!n't\s)(?<!\bnot\s)(?<!\bpas\s)(?<!\bno\s)(?<!\bnao\s)(?<!\bniet\s)(?<!\bnicht\s)"
    r"\b(?:remov|delet|strike|drop|take|nehm|entfern|losch|streich|retir|supprim|enlev|sac|saqu"
    r"|quit|borr|elimin|haal|verwijder|schrap|tir|exclu)\w*(?:-(?:la|le|lo|na|no|o|a))?\s+"
    r"(?:\w+\s+){0,3}?(?:from|off"
    r"|out\s+of|aus|von|de|des|du|uit|van|dos|das|do|da)\s+(?:\w+\s+){0,2}?(?:lists?|outreach"
    r"|database|system|crm|distribution|mailing\w*|verteiler\w*|liste\w*|datenbank|kartei|listes?"
    r"|fichiers?|base|listas?|bestand|lijst\w*|ficheiros|cadastro|envios|envois|contacts?"
    r"|sequences?|campaigns?)\b"
)


# An old document thrown away, the adjective after the noun too: "mi CV viejo a la papelera",
# "o meu currículo antigo no lixo", "mon vieux CV à la poubelle" (review, session 30).
_OLD_ONE = re.compile(
    r"\b(?:old|former|previous|outdated|alte\w*|vorherige\w*|bisherige\w*|ancien\w*|precedent\w*"
    r"|vieux|vieil\w*|viej[oa]s?|antigu[oa]s?|anterior\w*|oude|vorige|antig[oa]s?)\b"
)


def asks_to_stop_figuratively(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    if _NO_PERSON.search(plain) and _REMOVE_IT.search(plain):
        return True
    if any(
        not _denied_before(plain, found.start())
        for pattern in _LAST_ONE
        for found in pattern.finditer(plain)
    ):
        return True
    return any(
        not _denied_before(plain, found.start()) and not _OLD_ONE.search(found.group(0))
        for pattern in _ERASURE
        for found in pattern.finditer(plain)
    )


def _denied_before(plain: str, start: int) -> bool:
    """A denial in the four words before, in the same clause: "don't put my details through
    the shredder", "please don't let this be the last message"."""
    return bool(_DENIAL.search(" ".join(_CLAUSE.split(plain[:start])[-1].split()[-4:])))
