"""Channels refused, without a verb or with one a channel hangs on, beside a yes or a way
welcomed (session 35, paraphrase wave 8): a list of channels each denied ("no texts, no emails,
no LinkedIn from now on", "keine Mails, keine Anrufe, keine SMS", "ni SMS ni WhatsApp", "geen
mails, geen belletjes", "pas de texto pis pas d'appel"), one channel and a "no more" that ends
the clause ("Ligação e SMS não, nunca mais", "Al móvil ya nada", "les appels par contre non,
plus du tout", "mailtjes naar mn studentenmail ❌ niet meer", "An meine Dienstadresse schreiben
Sie bitte nicht mehr"), "no more" before one ("no more InMails at all", "plus un seul mail",
"Nada más de WhatsApp", "geen wervingsmails meer"), nothing more to an address ("Nothing further
to the work address", "Naar mijn werkmail hoeft er niks meer", "dorthin soll nichts mehr
gehen"), a contact verb denied on a channel "again" ("don't contact me on my employer's Slack
again"), being stopped at one address ("¿podéis dejar de mandarme correos a esta dirección?"),
and not daring to, or nobody of theirs to, call again ("ni se os ocurra volver a llamar", "que
nadie de tu agencia me vuelva a llamar"). Each stops that channel, whatever else the reply says
(the README: a stop of one channel is an opt-out), so `stops_whatever_else` reads it before
`opt_outs` gives up on a reply that asks to be reached another way.

Not a channel refused for a time, in the clause that refuses it ("no calls till then pls", "nada
de llamadas hasta entonces", "tot dan liever geen sms", "pas d'appel avant 18h"), a single
channel merely declined ("Calls: no, email me instead", "text not call"), someone else's refusal
told ("my sister wants no more texts from you"), a thing no longer used ("dat nummer gebruik ik
niet meer"), nor "no more than" one. Read on the text `opt_outs.plain` made."""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_words import MESSAGES, REACH
from sequencer.inbound.intent.word_gate import WordGate

# A way of reaching them, or what comes through it: messages, a mailing, a named app, a line or
# an address, or the work it goes to ("al laburo", "do trabalho").
CHANNEL = (
    r"(?:" + MESSAGES + r"|(?:linked\s?in|xing|insta\w*|facebook|telegram|signal|slack|malt|teams"
    r"|whats\s?app\w*|zap|wpp)\b|(?:number|nummer|numero|\w+nummer|06|\w*handy|movil|celular|cel"
    r"|cell|mobile|mobiel|mobieltje|portable|telemovel|telefone|telefono|phone|landline|fijo|festnetz"
    r"|telefon|gsm|line|lijn|ligne|linha|linea)\b|(?:address|adresse|adres|direccion|endereco"
    r"|account|inbox|postfach|boite|bandeja|caixa|\w*mails?|\w*mailadres|\w*adresse|\w*adres)\b"
    r"|(?:bulletin|boletin|boletim|infolettre|lettres?\s+d'information|alerts?|alertas|alertes"
    r"|\w*blasts?|mailer)\b|(?:bellen|appen|mailen|sms'?en|ligacao|ligar|llamar|anrufen)\b"
    r"|(?:del|de\s+la|da|do|du|van\s+het|vom|al|ao|au|aufs?|op\s+het|naar\s+het)\s+(?:trabajo"
    r"|trabalho|curro|laburo|empresa|travail|boulot|job|werk|buro|firma)\b|corporativo\b)"
)
# A channel denied in a list: "no", "ni", "keine", "geen", "pas de", "nada de", "not by".
_DENIED = (
    r"(?:(?:no|not|ni|nem|nor|neither|kein\w*|geen|pas\s+de|nada\s+de|sem|zero|jamais\s+de)"
    r"(?:\s+(?:by|on|via|per|uber|auf|par|sur|por|al|a|pelo|pela|no|na|op|in|to|au|aux))?\s+"
    r"|pas\s+d'\s*)"
)
_JOINED = r"\s*(?:[,;/+&]\s*)?(?:(?:and|or|y|e|o|ou|en|of|und|oder|et|pis|nor|ni|nem|ook)\s+)?"
# "No more" before the channel: "no more InMails", "plus un seul mail", "nada más de WhatsApp".
_NO_MORE_FIRST = (
    r"(?:no\s+more|no\s+further|nothing\s+(?:more|further|else)|plus\s+(?:un\s+seul|une\s+seule"
    r"|aucun\w*|jamais\s+de|de)|nada\s+mas\s+de|ni\s+un[oa]?\s+(?:\w+\s+)?mas|mais\s+nenhu\w*)\b"
    r"(?!\s+(?:than|que|dan|als|de\s+(?:\d|un|une|deux|trois)))"
)
# Not what they have said or done (no more questions, nothing more to add) but what we send.
_NOT_SAID = (
    r"(?!\s+(?:to\s+(?:say|add)|needed|necessary|a\s+anadir|que\s+anadir|aan\s+toe|hinzuzufugen"
    r"|zu\s+sagen|a\s+ajouter|a\s+dire|a\s+acrescentar|nodig|notig|than|que|dan|als)\b)"
)
_NOTHING_MORE = (
    r"(?:(?:nothing|nichts|rien|nada|niks|niets|nix)\s+(?:more|further|else|mehr|plus|mas|mais"
    r"|meer)|plus\s+rien|mais\s+nada|ya\s+nada)\b"
)
_THIS = (
    r"(?:this|that|my|the|esta|este|esa|ese|mi|ce|cette|mon|ma|diese\w*|meine?\w*|dit|deze|mijn"
    r"|esse|essa|meu|minha|o|a|el|la|le|die|de|het)"
)
_REFUSALS = tuple(
    re.compile(pattern)
    for pattern in (
        # Two channels or more, each denied: "no calls no voicemails no linkedin".
        rf"\b{_DENIED}(?:\w+\s+){{0,2}}?{CHANNEL}{_JOINED}{_DENIED}(?:\w+\s+){{0,2}}?{CHANNEL}",
        # ...or three after one denial: "nada de ligação, SMS ou WhatsApp".
        rf"\b{_DENIED}(?:\w+\s+)?{CHANNEL}\s*,\s*(?:\w+\s+)?{CHANNEL}\s*,?\s+(?:or|ou|o|oder|of"
        rf"|and|e|y|et|en|und|ni|nem)\s+(?:\w+\s+)?{CHANNEL}",
        # "No more" before the channel; "never again" only right before it ("nunca mais recebi o
        # boletim" is news).
        rf"\b{_NO_MORE_FIRST}\s+(?:\w+\s+){{0,3}}?{CHANNEL}",
        rf"\b(?:nunca\s+mais|nunca\s+mas|never\s+again)\s+(?:(?:a|o|as|os|el|la|los|las|the|um|uma"
        rf"|un|una|de|por|pelo|pela|no|na)\s+)?{CHANNEL}",
        # "Geen wervingsmails meer", "keine Anrufe mehr" (not asked whether any are left).
        # (not asked whether any are left, nor narrowed: "keine Angebote mehr, die nur befristet
        # sind", "geen vacatures meer die alleen in Amsterdam zijn")
        rf"\b(?:geen|keine?\w*)\s+(?:\w+\s+){{0,2}}?{CHANNEL}\s+(?:\w+\s+)?(?:meer|mehr)\b"
        r"(?!\s*\?|\s+(?:an|entgegen)\s*(?:[.!,]|$)|[^.!?]{0,30}?,?\s+(?:die|welche|dat|that|which)\s+"
        r"(?:\w+\s+){0,3}?(?:nur|alleen|enkel|slechts|only)\b)",
        # Nothing more to an address or number, or there.
        rf"\b{_NOTHING_MORE}{_NOT_SAID}\s*,?\s*(?:(?:please|bitte|svp|por\s+favor|pf|graag|aub)\s*,?\s*)?"
        rf"(?:(?:to|an|auf|aufs|naar|a|al|ao|para|sur|op|aan)\s+(?:\w+\s+){{0,3}}?{CHANNEL}|there\b"
        r"|dorthin|dahin|dessus|la-dessus|daar\w*)",
        rf"\b(?:dorthin|dahin|da|there|daar|daarheen|ahi|la)\s+(?:soll|sollte|darf|muss|should|must"
        rf"|mag|moet|hoeft|debe)\s+(?:\w+\s+){{0,2}}?{_NOTHING_MORE}",
        r"\b(?:don'?t|do\s+not)\s+want\s+(?:anything|any\s+\w+)\s+(?:else|more|further)\s+(?:going"
        r"|sent|coming)\s+(?:there|to\s+(?:it|that|this))\b",
        # "Never gets another message", "nothing goes to my work email ever again".
        rf"\b(?:never|nie|nunca|jamais|nooit)\s+(?:gets?|receives?|sees?)\s+(?:another|any\s+more"
        rf"|one\s+more)\s+(?:\w+\s+)?{MESSAGES}|\bnothing\s+(?:goes|gets\s+sent|is\s+sent)\s+to\s+"
        rf"(?:\w+\s+){{0,3}}?{CHANNEL}\s+(?:\w+\s+)?(?:ever\s+)?again\b",
        # A contact verb denied on a channel, "again": "don't contact me on my employer's Slack
        # again", "do not ring the number on my old CV again", "don't contact me by text,
        # WhatsApp or LinkedIn any more".
        rf"\b(?:don'?t|do\s+not|never)\s+(?:\w+\s+)?(?:{REACH}|ring|phone)\s+(?:me\s+)?(?:on|at|by|via|through|to"
        rf"|the|this|that|my)\b[^.!?\n]{{0,50}}?\b(?:again|any\s*more|ever)\b",
        # Stopped at one channel: "¿podéis dejar de mandarme correos a esta dirección?", "dejá de
        # mandarme mails al laburo", "stop emailing me at this address".
        rf"(?<!\bnao\s)(?<!\bno\s)(?<!\bnot\s)\b(?:stop\w*|quit\w*|cease\w*|dej\w*\s+de|deix\w*\s+de"
        rf"|par(?:a|e|en|em|ad|ar)\s+de|arret\w*\s+de|cess\w*\s+de|aufhor\w*|hou\s+op\s+met"
        rf"|ophouden\s+met)\s+(?:\w+\s+){{0,2}}?{REACH}[^.!?\n]{{0,25}}?"
        rf"\b(?:(?:a|to|at|on|a|au|an|auf|naar|op|para|no|na|sur|en)\s+{_THIS}\s+(?:\w+\s+)?{CHANNEL}"
        r"|(?:al|ao|au|aufs|op\s+het|naar\s+het)\s+(?:trabajo|trabalho|curro|laburo|travail|boulot"
        r"|werk|buro|job))",
        # Dutch "stop wel met die automatische mails", "stop nu met de sms'jes".
        rf"\bstop\s+(?:wel|nu|toch|gewoon|dan)\s+met\s+(?:\w+\s+){{0,3}}?{CHANNEL}",
        # Their channel left alone, or messages there not welcome: "leave my personal mobile
        # alone", "Messages there aren't welcome", "ces SMS ne sont plus les bienvenus".
        rf"\bleave\s+(?:my|this|that)\s+(?:\w+\s+)?{CHANNEL}\s+alone\b",
        # A contact verb denied "more" towards a channel: "mail niet meer naar mijn werkadres",
        # "schreiben Sie mir bitte nicht mehr an die Firmenadresse".
        rf"\b(?:mail|bel|app|sms|schrijf|stuur|bericht|schreib|ruf|schick|meld|kontaktier)\w*\s+"
        rf"(?:(?:sie|du|ihr|u|je|jullie|me|mij|mir|mich|bitte|graag|aub|echt)\s+){{0,3}}?"
        rf"(?:niet|nooit|nicht|nie)\s+(?:meer|mehr)\s+(?:naar|op|via|aan|an|auf|unter|uber)\s+"
        rf"(?:\w+\s+){{0,2}}?{CHANNEL}",
        # A channel stopped by name as a noun: "stop aux messages WhatsApp", "basta de audios",
        # "chega de ligação", "genug mit den SMS".
        rf"(?<!\bnot\s)(?<!n't\s)\b(?:stop|stopp|basta|chega|genug|assez|genoeg)\s+(?:aux?|a\s+la"
        rf"|a\s+los|mit\s+den|met\s+de|de|d'|com\s+as|com\s+os|with\s+the|with|met|mit)\s*"
        rf"(?:\w+\s+){{0,2}}?{CHANNEL}",
        # Our messages stopped, a word or three between: "please stop the quarterly emails",
        # "stop the weekly job alert texts" (not "did you stop …", "don't stop …", "to stop …").
        rf"(?<!\bdid\s)(?<!\bdon't\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\bto\s)(?<!\byou\s)\bstop\s+"
        rf"(?:the|your|those|these|all|ur|all\s+the)\s+(?:[\w-]+\s+){{1,3}}?{MESSAGES}",
        # Using one channel stopped: "deixe de usar o meu endereço profissional", "stop using
        # my work address", "arrêtez d'utiliser mon numéro pro".
        rf"(?<!n't\s)(?<!\bnot\s)(?<!\bnao\s)(?<!\bno\s)(?<!\bniet\s)(?<!\bnicht\s)(?<!\ba\s)(?<!\bai\s)"
        rf"(?<!\bont\s)(?<!\bhas\s)(?<!\bhave\s)"
        rf"\b(?:deix(?:e|em|a|ar|ai)\s+de|dej(?:a|e|en|ad|ar|eis|es)\s+de|par(?:a|e|em|ar|en|ad)\s+de"
        rf"|stop|quit|arret(?:ez|e|er)\s+d'|cess(?:ez|e|er)\s+d'|hou\s+op\s+met|hor(?:en\s+sie|t|e)"
        rf"\s+auf|stop\s+met)\s*(?:\w+\s+)?(?:us\w*|utiliz\w*|utilis\w*|gebruik\w*"
        rf"|benutz\w*|nutz\w*)\s+(?:o\s+|a\s+|el\s+|la\s+|le\s+|the\s+)?(?:my|mi|mon|ma|meu|minha|mijn"
        rf"|meine?\w*|this|esta|este|esse|essa|ce|cette|dit|deze|diese\w*)\s+(?:\w+\s+)?{CHANNEL}",
        # "Laissez tomber les msg", "ni un mensaje más aquí", "essas vagas nem manda mais", "no se
        # pongan en contacto conmigo", "não me endereçar futuras propostas".
        rf"\blaiss\w*\s+tomber\s+(?:les|vos|tes|ces)\s+(?:\w+\s+)?{MESSAGES}",
        rf"\bni\s+un[oa]?\s+{MESSAGES}\s+mas\s+(?:aqui|aca|por\s+aqui|here|a\s+este|al|en\s+este)\b",
        r"\bnem\s+(?:me\s+)?(?:manda|mande|mandem|liga|ligue|liguem|escreve|escreva|escrevam)\s+mais\b",
        r"\bno\s+se\s+pong\w*\s+en\s+contacto\s+conmigo\b",
        rf"\b(?:nao|no|ne)\s+(?:me\s+)?(?:endere[cç]\w*|dirig\w*)\s+(?:\w+\s+)?(?:futur\w*|mais|mas"
        rf"|plus)\s+(?:\w+\s+)?{MESSAGES}",
        # Not daring to, or nobody of theirs to, call again: "ni se os ocurra volver a llamar",
        # "don't you dare text me", "nem pense em me ligar", "que nadie de tu agencia me vuelva a
        # llamar", "nobody from your team should call me again".
        rf"\bni\s+se\s+(?:te|os|le|les)\s+ocurra\s+(?:volver\s+a\s+)?(?:me\s+)?{REACH}"
        rf"|\bdon'?t\s+you\s+dare\s+(?:\w+\s+)?{REACH}|\bnem\s+pens\w*\s+em\s+(?:me\s+)?{REACH}"
        rf"|\bwaag\s+het\s+(?:niet|niet\s+om)\s+(?:\w+\s+){{0,3}}?{REACH}",
        rf"\b(?:nadie|nobody|no\s+one|niemand|ninguem|personne)\b[^.!?\n]{{0,40}}?\b(?:vuelva\s+a"
        rf"|volte\s+a|again|meer|mehr|plus|mais|mas|ever)\b[^.!?\n]{{0,20}}?{REACH}"
        rf"|\b(?:nadie|nobody|no\s+one|niemand|ninguem|personne)\b[^.!?\n]{{0,40}}?{REACH}"
        r"[^.!?\n]{0,30}?\b(?:again|ever|meer|mehr|plus|mais|mas)\b",
    )
)
# A "no more" that ends a clause: "…, nunca mais", "… ya nada", "… plus du tout", "… niet meer".
# Strong ones may follow a few words ("Chamadas para o meu número angolano, nunca mais"); weak
# ones only the channel, its place and a stop ("bellen niet meer aub", "DM ❌ niet meer") or a
# contact verb ("An meine Dienstadresse schreiben Sie bitte nicht mehr"), so that "dat oude
# nummer gebruik ik niet meer" and "this isn't Leon's number anymore" are none.
_STRONG_AT_THE_END = (
    r"(?:nunca\s+mais|nunca\s+mas|never\s+again|plus\s+jamais|plus\s+du\s+tout|nie\s+wieder"
    r"|nooit\s+meer|gar\s+nicht\s+mehr|helemaal\s+niet\s+meer|ni\s+un[oa]?\s+(?:\w+\s+)?mas)"
)
_WEAK_AT_THE_END = r"(?:niet\s+meer|nicht\s+mehr|not\s+any\s*more|no\s+more|no\s+mas|nao\s+mais)"
_PLEASE = (
    r"(?:please|pls|plz|porfa|por\s+favor|graag|aub|bitte|svp|merci|hein|eh|tho|though|thanks"
    r"|obrigad[oa]|gracias|danke|hoor|he|ok|okay|ta)"
)
_CLAUSE_END = rf"(?=\s*(?:[^\w\s]|$|{_PLEASE}\b))"
_ENDS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b{_STRONG_AT_THE_END}{_CLAUSE_END}",
        rf"(?:[,:;!🚫❌🙅]\s*|\s)\b{_WEAK_AT_THE_END}{_CLAUSE_END}",
        rf"\b{_NOTHING_MORE}{_NOT_SAID}",
        # Messages there not welcome: "Messages there aren't welcome", "ces SMS ne sont plus les
        # bienvenus", "die Anrufe sind nicht mehr erwünscht".
        r"\b(?:aren'?t|isn'?t|are\s+not|is\s+not|are\s+no\s+longer|sind\s+nicht|ist\s+nicht"
        r"|ne\s+sont\s+(?:plus|pas)|n'est\s+(?:plus|pas)|no\s+son|no\s+es|nao\s+sao|nao\s+e"
        r"|zijn\s+niet|is\s+niet)\s+(?:mehr\s+|meer\s+|(?:mas|mais)\s+)?(?:welcome|erwunscht"
        r"|willkommen|les\s+bienvenu\w*|bienvenu\w*|bienvenid\w*|bem-vind\w*|welkom)\b",
    )
)
# What may stand between the channel and a "no more": strong, a few words; weak, only these.
_PLACE_WORD = (
    r"(?:to|on|at|naar|op|an|auf|a|al|ao|para|sur|in|en|no|na|van|von|de|do|da|del|mn|mijn|m'n|my"
    r"|meine?\w*|mon|ma|mi|meu|minha|the|het|die|der|den|dem|la|le|el|o|this|that|dit|dat|deze"
    r"|diese\w*|ce|cette|este|esta|ese|esa|esse|essa|work|werk|job|please|aub|bitte|graag|pls|svp"
    r"|porfa|non|nein|nee|nao|not|also|ook|too|aussi|tambien|tambem|echt|really|vraiment|wirklich"
    r"|ya|ja|\w*mail|\w*nummer|\w*adres\w*"
    # ...and a contact verb said to them: "schreiben Sie bitte", "bel me", "mail".
    r"|schreib\w*|ruf\w*|schick\w*|meld\w*|bel|belt|mail|mailt|app|appt|stuur|sms|sie|du|ihr|u"
    r"|je|jullie|me|mir|mich|mij)"
)
_CHANNEL_BEFORE = (
    re.compile(rf"\b{CHANNEL}[^.!?;:\n]{{0,40}}?[\s,:;!🚫❌🙅]*$"),
    re.compile(rf"\b{CHANNEL}(?:\s*[,:;!🚫❌🙅]|\s+{_PLACE_WORD}\b){{0,6}}\s*[,:;!🚫❌🙅]*\s*$"),
    # Nothing more to it: the channel named as where things go ("Naar mijn werkmail hoeft er
    # niks meer", "no e-mail da empresa, mais nada"; not "send it to my email, nothing more").
    re.compile(
        rf"\b(?:to|an|auf|aufs|naar|a|al|ao|para|sur|no|na|op|aan)\s+(?:\w+\s+){{0,3}}?{CHANNEL}"
        r"[^.!?;:\n]{0,30}?[\s,:;!]*$"
    ),
)
# Which of those a "no more" of `_ENDS` needs before it.
_BEFORE_WHICH_END = (0, 1, 2, 0)
# News of their own or someone else's, not a request: "ik ontvang de vacaturemail niet meer",
# "er benutzt diese Nummer nicht mehr", "ich möchte nichts mehr verpassen".
_SUBJECT = re.compile(
    r"\b(?:i|ich|ik|je|j'|yo|eu|he|she|hij|zij|il|elle|ele|ela|they|ils|elles|ellos|eles|wij|we"
    r"|nous|wir)\b|\ber\s+(?:benutzt|nutzt|hat|ist|bekommt|liest|will|mochte|wird|verwendet)\b"
)
# Something sent there, not refused: "send the details to my email, nothing more".
_SENT_THERE = re.compile(
    r"(?<!\bno\s)(?<!\bnao\s)(?<!n't\s)(?<!\bnot\s)(?<!\bniet\s)(?<!\bnicht\s)(?<!\bne\s)"
    r"\b(?:send|sent|stuur|schick\w*|mand\w*|envi\w*|envoy\w*|forward\w*|repl\w*|antwort\w*"
    r"|respond\w*|mail\s+(?:it|het|me))\b"
)
# An old channel, a new one given: "Nutzen Sie meine alte Nummer nicht mehr, die neue ist …".
_OLD = re.compile(r"\b(?:old|former|alte\w*|ancien\w*|antig\w*|viej\w*|oude|vorige)\b")
_NEW = re.compile(r"\b(?:new|neue\w*|nouve\w*|nuev[oa]|nov[oa]|nieuwe?)\b")
# A refusal narrowed to a time is a put-off: "no calls till then", "bis dahin keine Anrufe",
# "pas d'appel avant 18h", "nada de llamadas hasta entonces", "tot dan liever geen sms" (not
# "antes de nada", first of all, nor "ab heute", from today on).
FOR_A_TIME = re.compile(
    r"\b(?:until|till|til|before|during|while|tagsuber|overdag|bis|(?<!aussen\s)(?<!außen\s)vor"
    r"|wahrend|avant|pendant|jusqu\w*|hasta|antes(?!\s+(?:de\s+nada|que\s+nada|de\s+mais\s+nada))|durante|ate|tot"
    r"|tijdens|dahin|entonces|meantime|meanwhile|entretanto|mientras|attendant|inzwischen"
    r"|ondertussen|intussen|weekends?|wochenende|nachts|at\s+night|(?:work(?:ing)?|office"
    r"|business)\s+hours|arbeitszeit\w*|horario|werkuren|kantooruren|heures\s+de\s+(?:bureau"
    r"|travail)|(?<!from\s)(?<!\bab\s)(?<!vanaf\s)(?<!partir\s)(?<!\bde\s)(?:today|heute"
    r"|aujourd'hui|hoy|hoje|vandaag)|this\s+week|diese\s+woche|cette\s+semaine|esta\s+semana"
    r"|deze\s+week|essa\s+semana|for\s+now|for\s+the\s+moment|momentan|pour\s+l'instant"
    r"|por\s+ahora|por\s+enquanto|voorlopig)\b"
)
# Someone else's refusal told: "my sister wants no more texts from you, but I do".
SOMEONE_ELSE = re.compile(
    r"\b(?:sister|brother|wife|husband|partner|colleague|friend|son|daughter|mother|father|schwester"
    r"|bruder|frau|mann|kollegin|kollege|freund\w*|sohn|tochter|mutter|vater|soeur|frere|femme|mari"
    r"|collegue|ami\w*|fils|fille|mere|pere|hermana|hermano|mujer|marido|companer\w*|amig[oa]|hij[oa]"
    r"|madre|padre|irma|irmao|esposa|colega|filh[oa]|mae|pai|zus|broer|vrouw|man|vriend\w*"
    r"|collega|zoon|dochter|moeder|vader)\b[^.!?\n]{0,40}?\b(?:says?|said|wants?|asked|sagt|will"
    r"|wollte|hat\s+gesagt|dit|veut|a\s+dit|dice|dijo|quiere|diz|disse|quer|zegt|zei|wil)\b"
)
# Where a clause ends: a sentence's end, a colon or semicolon, an emoji, a "but".
_CLAUSE_BREAK = re.compile(
    r"[.!?;:\u2600-\u27bf\U0001f300-\U0001faff]|\b(?:but|pero|aber|maar|though|tho|however|doch"
    r"|par\s+contre|en\s+revanche|sin\s+embargo|no\s+entanto|porem)\b"
)
_GATE = WordGate(_REFUSALS)
_ENDS_GATE = WordGate(_ENDS)


def refuses_channels(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it. No pattern reaches past a sentence's end,
    and a time counts only in the clause of the refusal: "call me after 6pm 📞 but DM never
    again" refuses DMs."""
    refusals = _GATE.candidates(plain)
    ends = _ENDS_GATE.candidates(plain)
    if not (refusals or ends):
        return False
    flat = one_line(plain)
    found = [match for pattern in refusals for match in pattern.finditer(flat)]
    found += _channels_then_no_more(flat, ends)
    return any(stands(flat, match.start(), match.end()) for match in found)


def one_line(plain: str) -> str:
    """`plain` with each line break a full stop: the patterns, which stop at a sentence's end,
    then stop at a line's too (a list of lines, a signature), searched once over the text."""
    return plain.replace("\n", ".")


def stands(flat: str, start: int, end: int) -> bool:
    """Whether what was found at `start`-`end` (in a text `one_line` made) is no refusal for a
    time nor someone else's, by its own clause, nor an old channel a new one replaces."""
    clause = clause_of(flat, start, end)
    if FOR_A_TIME.search(clause) or SOMEONE_ELSE.search(clause):
        return False
    old = _OLD.search(flat, max(0, start - 30), end)
    return not (old and _NEW.search(flat, end, end + 80))


def clause_of(flat: str, start: int, end: int) -> str:
    """The clause of `flat` (a text `one_line` made) that holds `start`-`end`, looked for at most
    a few hundred characters either side (so that reading every match costs the same however
    long the text: a clause is no longer)."""
    return flat[clause_start(flat, start) : clause_end(flat, end)]


def clause_start(flat: str, start: int) -> int:
    window = max(0, start - _LONGEST_CLAUSE)
    before = [found.end() for found in _CLAUSE_BREAK.finditer(flat, window, start)]
    return before[-1] if before else window


def clause_end(flat: str, end: int) -> int:
    after = _CLAUSE_BREAK.search(flat, end, end + _LONGEST_CLAUSE)
    return after.start() if after else min(len(flat), end + _LONGEST_CLAUSE)


_LONGEST_CLAUSE = 300


def _channels_then_no_more(said: str, ends: list[re.Pattern[str]]) -> list[re.Match[str]]:
    """A channel, then a "no more" ending its clause (looked for back from the "no more": the
    channel's words begin too many words to look for first)."""
    found = []
    for end in ends:
        before = _CHANNEL_BEFORE[_BEFORE_WHICH_END[_ENDS.index(end)]]
        for no_more in end.finditer(said):
            channel = before.search(said, max(0, no_more.start() - 60), no_more.start())
            if channel and not (
                end is not _ENDS[0]
                and _SUBJECT.search(said, clause_start(said, no_more.start()), no_more.start())
            ):
                if before is _CHANNEL_BEFORE[2] and _SENT_THERE.search(
                    said, clause_start(said, channel.start()), channel.end()
                ):
                    continue
                found.append(channel)
    return found
