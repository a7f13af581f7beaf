"""Kinds of stop request that restated train opt-outs used (session 31, paraphrase densification),
on the text `opt_outs.plain` made (lower case, no accents); each kind exists in the six
languages and is written for all of them:

- everything held about them deleted ("eliminem tudo o que têm sobre mim", "delete everything
  you hold about me", "supprimez tout ce que vous avez sur moi"; not "delete the paragraph
  about me in your post? it's fine, it can stay");
- themselves, their data or "all of it" wanted out of our files or messages ("quero ficar fora
  dos seus registros", "I want my name out of your database", "prefiero quedarme fuera de sus
  mensajes"; not "I want to stay out of the office on Friday");
- a plain "remove me" with the pronoun before the verb, as Brazilians say it ("me removam, por
  favor", "me tira daí"; not "me removeram do grupo ontem", news);
- a do-not-contact list asked for ("me coloca na lista de não contatar", "put me on your
  do-not-call list");
- receiving no longer wished ("não pretendo continuar a receber", "I don't intend to keep
  receiving these", "no quiero seguir recibiendo"; not "I didn't keep receiving the updates");
- our calls or messages refused on this number ("não quero chamadas neste telefone", "I don't
  want calls on this number").
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_words import DELETE
from sequencer.inbound.intent.word_gate import WordGate

# About them: "sobre mim", "a meu respeito", "about me", "über mich", "sur moi", "over mij".
_ABOUT_ME = (
    # "sobre mi" is "about me" only before a clause's end or a small word, not "about my …".
    r"(?:sobre\s+(?:mim|mi(?=\s*(?:[.,;:!?]|$|(?:y|e|o|que|en|ni|por|de)\b))|o\s+meu\s+\w+"
    r"|a\s+minha\s+\w+)|a\s+meu\s+respeito|about\s+me|on\s+me"
    r"|uber\s+mich|zu\s+meiner\s+person|sur\s+moi|me\s+concernant|over\s+mij|van\s+mij"
    r"|acerca\s+de\s+mi|de\s+mim)\b"
)
# Everything, or all information: "tudo", "todas as informações", "everything", "alles", "tout".
_ALL = (
    r"(?:tudo|todo|todos|todas?|everything|all|anything|alles|tout|toutes?|alle?|qualquer"
    r"|as\s+informac\w*|informac\w*|information|informationen|informations|los\s+datos|os\s+dados"
    r"|the\s+data|die\s+daten|les\s+donnees|de\s+gegevens)\b"
)
# Our files, and our messages.
_OURS = (
    r"(?:registros?|registos?|records|sistemas?|systems?|systemen|systeme?|banco|base|bases|cadastros?"
    r"|lists?|listas?|listes?|listen|lijst\w*|database\w*|datenbank\w*|databank\w*|fichiers?"
    r"|ficheros?|archivos?|bestand\w*|kartei|crm|mensage\w*|mensajes|messages|mails|e-?mails"
    r"|correos|berichten|nachrichten|envios|envois|mailings?|comunicac\w*|communications?|disparos)\b"
)
# Ours by its pronoun, or the clause ended after it: "out of your database", "fora dos seus
# registros", "fora dos sistemas."; not "out of database administration", "fuera del sistema de
# autónomos", "uit de database-administratie" (session 31, review R).
_YOURS = (
    r"(?:your|ur|these|those|jullie|je|uw|deze|seus|suas|seu|sua|voss[oa]s?|teus|tuas|sus|tus|vuestr\w*"
    r"|estes|estas|esses|essas|estos|esas|esos|vos|votre|tes|ces|ihr\w*|eur\w*|dein\w*|diese\w*)"
)
_CLAUSE_END = (
    r"\s*(?:[.!;,]|$|(?:por\s+favor|please|pls|bitte|svp|graag|obrigad\w|gracias|merci|thanks"
    r"|aub|now|ya|ja|agora|now|de\s+vez|for\s+good)\b)"
)
_OUT_OF_OURS = (
    rf"(?:(?:the\s+|los\s+|las\s+|os\s+|as\s+)?{_YOURS}\s+(?:\w+\s+)?{_OURS}(?!-)"
    rf"|(?:\w+\s+){{0,2}}?{_OURS}(?!-)(?={_CLAUSE_END}|\s+(?:de\s+(?:voc\w*|ustedes|vous)|van\s+(?:jullie"
    r"|u)|von\s+(?:ihnen|euch)|da\s+empresa|de\s+la\s+empresa)\b))"
)
_PLEASE = r"(?:por\s+favor|pf|pfv|pls|please|obrigad[oa]|valeu|se\s+faz\s+favor)"
# What comes of a contact: calls, messages.
_CALLS = (
    r"(?:calls|chamadas|ligacoes|llamadas|appels|anrufe|telefoontjes|messages|mensagens|mensajes"
    r"|sms|nachrichten|berichten)"
)
_THIS_PHONE = (
    r"(?:neste|nesse|nessa|nesta|on\s+this|at\s+this|to\s+this|en\s+este|a\s+este|sur\s+ce|a\s+ce"
    r"|op\s+dit|naar\s+dit|auf\s+diese\w*|an\s+diese\w*|unter\s+diese\w*|para\s+este|para\s+esse)"
    r"\s+(?:\w+\s+)?(?:number|numero|nummer|telefone?|telefono|phone|linha|line|ligne|linea|lijn"
    r"|handy|celular|movil|mobile|portable|gsm)\b"
)
# Wishing, in the six languages: "não pretendo", "I don't intend", "je ne veux pas".
_WISH = (
    r"(?:quero|queria|pretendo|desejo|gostaria|quiero|deseo|want|wish|intend|care|need|veux"
    r"|voudrais|souhaite|wil|will|wollen|mochte|wunsche|hoef)\w*"
)
_STOPPING = (
    r"(?<!\bnao\s)(?<!\bno\s)(?<!n't\s)(?<!\bnot\s)\b(?:deix\w*\s+de|par(?:a|e|em|ar)\s+de"
    r"|dej\w*\s+de|stop|quit|cease|arret\w*\s+de|ophoud\w*\s+met|hou\s+op\s+met|hor\w*\s+auf)"
)
_SHAPES = tuple(
    re.compile(pattern)
    for pattern in (
        # Trying them no more: "deixe de tentar o meu número", "stop trying my number", "deja de
        # intentar llamarme", "arrêtez d'essayer de m'appeler".
        rf"{_STOPPING}\s+(?:d'\s*|met\s+|zu\s+)?(?:me\s+|m'\s*)?(?:tent|try|trying|intent|essay|versuch"
        r"|prob)\w*\s+(?:to\s+|de\s+|d'\s*|a\s+|te\s+|zu\s+)?(?:(?:o\s+|a\s+)?(?:my|this|meu|minha|este"
        r"|esse|mi|mon|ce|mein\w*|diese\w*|mijn|dit)\s+(?:\w+\s+)?(?:number|numero|nummer|telefone?"
        r"|telefono|phone|celular|movil|handy|line|linha)|(?:me\s+|m'\s*)?(?:call|ligar|llamar|appel"
        r"|anruf|bell|reach|contact|contat|falar)\w*)",
        # Put in our sends no more: "deixa de me meter nesses disparos", "stop adding me to your
        # mailings", "arrêtez de m'inclure dans vos envois".
        rf"{_STOPPING}\s+(?:d'\s*)?(?:me\s+|m'\s*|mij\s+|mich\s+)(?:meter|incluir|colocar|por|include"
        r"|including|putting|adding|add|put|mettre|inclure|ajouter|anadir|aufnehm|zetten|toevoegen)\w*"
        rf"\s+(?:\w+\s+){{0,3}}?{_OURS}",
        # Everything held about them deleted: "eliminem todas as informações que possuem sobre
        # mim", "delete everything you have on me", "löschen Sie alles, was Sie über mich haben".
        rf"(?<!n't\s)(?<!\bnot\s)(?<!\bnao\s)(?<!\bno\s)\b{DELETE}\s*,?\s+(?:\w+\s*,?\s+){{0,4}}?"
        rf"{_ALL}[^.!?]{{0,60}}?\b{_ABOUT_ME}",
        # "Removam tudo", "apaguem tudo." said as a whole clause.
        rf"(?<!n't\s)(?<!\bnot\s)(?<!\bnao\s)(?<!\bno\s)\b{DELETE}\s+(?:tudo|everything|alles|tout"
        rf"|todo)(?:\s*,?\s*{_PLEASE})*\s*(?:[.!;]|$|\s+(?:e|and|und|et|y|en)\s)",
        # Wanted out of our files or messages: "quero ficar fora dos seus registros", "quero tudo
        # isso fora dos sistemas", "I want my name out of your database".
        r"\b(?:quero|queria|gostaria|prefiro|prefiero|quiero|want|wanted|like|prefer|rather"
        r"|wil|will|mochte|veux|voudrais|prefere)\b[^.!?]{0,40}?\b(?:fora|fuera|out|hors|uit|raus)"
        rf"\s+(?:d[oae]s?\s+|del?\s+|of\s+|aus\s+)?{_OUT_OF_OURS}",
        # "Me removam", "me tira daí", "me exclua, por favor".
        r"(?:^|[.!?,;]\s*)(?:(?:por\s+favor|pf|pfv|pls|please|ok|entao|agora|so|bom)\s*,?\s+)?me\s+"
        r"(?:remov|exclu|retir|tir|apag|elimin|delet|descadastr)(?:a|am|e|em)\b"
        rf"(?:\s+(?:dai|daqui|disso|dessa\s+\w+|desta\s+\w+|de\s+tudo|ja|agora))?(?:\s*,?\s*{_PLEASE})*"
        r"\s*(?:[.!;]|$)",
        # Our messages cancelled: "cancela essas msgs", "cancel these emails", "annulez vos
        # relances" (plural and ours: "cancela a chamada de amanhã" moves a call).
        r"\b(?:cancel|anul|annul)\w*\s+(?:(?:essas|esses|estas|estes|these|those|your|all|all\s+your"
        r"|todas\s+(?:as|las|essas)|tus|suas|sus|vos|ces|tes|diese|deze|jullie|os\s+seus|as\s+suas)\s+)"
        r"(?:\w+\s+)?(?:e-?mails|mails|msgs|mensagens|mensajes|messages|sms|textos|texts|newsletters"
        r"|envios|envois|correos|relances|berichten|nachrichten|comunicac\w*|communications)\b",
        # A do-not-contact list: "me coloca na lista de não-contatar", "put me on your
        # do-not-call list", "inscrivez-moi sur la liste ne pas contacter".
        r"\b(?:lista|list|liste|lijst)\s+(?:de\s+|van\s+)?(?:nao|no|ne\s+pas|niet|nicht|do)[- ]"
        r"(?:not[- ])?(?:contat\w*|contact\w*|llamar|ligar|appeler|call|e-?mail|benaderen|bellen"
        r"|kontaktieren|anrufen)(?![^.!?]*\?)",
        # Receiving no longer wished: "não pretendo continuar a receber", "I don't intend to keep
        # receiving", "no quiero seguir recibiendo", "ik wil niet blijven ontvangen".
        rf"\b(?:(?:nao|no|not|don'?t|do\s+not|ne)\s+(?:i\s+)?{_WISH}|{_WISH}\s+(?:niet|nicht|pas|not))"
        r"\s+(?:\w+\s+)?(?:continu\w*|seguir|keep|blijven"
        r"|weiter)\s+(?:a\s+|to\s+|de\s+|d'\s*|a\s+|zu\s+|te\s+)?(?:me\s+)?(?:receiv\w*|receb\w*"
        r"|recib\w*|recev\w*|ontvang\w*|erhalt\w*|bekomm\w*|getting|get)\b"
        # ...ours received, or nothing named: not "un sueldo tan bajo", "overlooked".
        rf"(?={_CLAUSE_END}|\s+(?:(?:{_YOURS}|any|more|mais|mas|plus|this|esto|isso|isto|ca|dit"
        rf"|das|them|los|las|os|as|les|de|des|d'|estos|estes|nada|nothing|anything|rien|niets|nichts"
        rf"|e-?mails|mails|messages|\w*nachrichten|berichten|mensage\w*|mensajes|correos|ofertas"
        rf"|offres|offers|propostas|propuestas|vagas|vacatures|angebote|job|this|that|such)\b|{_OURS}))",
        # ...said in the subjunctive of a demand: "que eu não receba mais nada", "que no reciba
        # nada más", "que je ne reçoive plus rien".
        r"\bque\s+(?:eu\s+|yo\s+|je\s+)?(?:nao|no|ne)\s+(?:receba|recebamos|reciba|recoive)\s+"
        r"(?:\w+\s+)?(?:mais|mas|plus|nada|nenhu\w*|ningun\w*)\b",
        # Our calls or messages refused on this number: "não quero chamadas de recrutamento neste
        # telefone", "I don't want calls on this number".
        r"\b(?:nao\s+quero|no\s+quiero|(?:i\s+)?(?:don'?t|do\s+not)\s+want|ne\s+veux\s+(?:pas|plus)"
        r"|ik\s+wil\s+geen|ich\s+(?:will|mochte)\s+keine)\s+(?:(?:any|more|mais|mas|de|d')\s+)?"
        rf"(?:\w+\s+){{0,3}}?{_CALLS}\s+(?:\w+\s+){{0,3}}?{_THIS_PHONE}(?![^.!?]{{0,40}}\b(?:antes|depois"
        r"|before|after|until|till|ate|hasta|despues|avant|apres|vor|nach|voor|na|tot)\b)",
    )
)
_GATE = WordGate(_SHAPES)


def asks_to_be_left_out(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    return _GATE.any_match(plain)
