"""Stop requests a fifteenth wave of writers (session 34) said in plain words the other readers
had no shape for, on the text `opt_outs.plain` made (lower case, no accents), in the six
languages:

- one number, line or address refused, named or pointed at ("please don't ring 07700 900 518
  again", "don't call my desk line again", "n'appelez plus ce numéro", "auf diese Nummer bitte
  nichts mehr", "Lasst diese Nummer endlich in Ruhe", "gebruik het graag niet meer", "diese
  Dienstadresse nicht mehr zu verwenden"): a stop of that channel, read even where the reply asks
  to be reached another way; not "ring me on 07700 900 518 on Friday", "don't call before 6pm";
- contact refused in the German and Dutch word orders the shapes miss ("melden Sie sich nicht
  wieder", "Mich selbst kontaktieren Sie bitte nicht mehr", "rufen Sie mich bitte auch tagsüber
  nicht mehr an", "an diese Adresse möchte ich keine Anfragen mehr bekommen", "benader me ook per
  mail niet meer", "meld me maar af"); not "melden Sie sich nicht mehr vor Mai", "rufen Sie mich
  nicht mehr nach 20 Uhr an" (a time: a put-off or a preference);
- no more contact going forward, in English ("please don't reach out to me about future roles",
  "I'd appreciate it if you didn't contact me going forward", "leave me off any future threads",
  "I'd rather these messages ended altogether", "I don't want calls from you");
- put on a do-not-contact list ("zet me op jullie niet-benaderenlijst", "put me on your
  do-not-contact list for the rest of the year": a removal that names an end is a removal);
- someone removed on their behalf ("please remove her from your contact list", "quitadla de la
  lista", "haal hem uit jullie bestand");
- a few words the others lack: "silence radio définitif", "no vuelva a ponerse en contacto
  conmigo", "nem manda mais nada", "riscar meu nome … de todas as suas listas".
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_words import MESSAGES
from sequencer.inbound.intent.word_gate import WordGate

_LINE = (
    r"(?:line|number|phone|mobile|cell|address|inbox|account|e-?mail|nummer|handy|adresse|numero"
    r"|portable|ligne|adres|mailadres|telefoon|numero|correo|direccion|telefone|endereco|celular)"
)
# A time narrowing a refusal: a put-off or a preference, not a stop.
_NO_TIME_AFTER = (
    r"(?!\s+(?:\w+\s+)?(?:vor|bis|nach|zwischen|ab|before|until|till|after|during|voor|tot|na"
    r"|tijdens|avant|jusqu|apres|antes|hasta|despues|ate|depois)\b)"
)
_TO_PUT = (
    r"(?:put|add|place|zet|plaats|voeg|mett\w*|ajout\w*|inscri\w*|pon\w*|anad\w*|inclu\w*|coloc\w*"
    r"|coloqu\w*|setz\w*|nehm\w*|trag\w*)"
)
_DO_NOT_CONTACT = (
    r"(?:do[-\s]?not[-\s]?(?:contact|call|e-?mail)|don'?t[-\s]contact|no[-\s]contact|robinson\w*"
    r"|sperr|niet[-\s]?(?:benaderen|bellen|mailen|contacteren)|bel[-\s]?me[-\s]?niet"
    r"|ne\s+pas\s+(?:contacter|appeler)|no\s+(?:contactar|llamar)|exclusion|opposition|bloctel"
    r"|nao\s+(?:contatar|contactar|ligar|perturbe))"
)
_LISTED = r"(?:[-\s]?(?:list|liste|lijst|lista|register|registre|registro)\w*)"
_THEIR_LIST = (
    r"(?:lists?|database|system|crm|mailing\w*|verteiler\w*|liste\w*|datenbank|kartei|fichiers?"
    r"|base|listas?|\w*bestand|\w*lijst\w*|cadastro|envios|envois|contacts?|systeem|adresboek)"
)
_DELETE_VERB = (
    r"(?:delet|eras|remov|purg|losch|entfern|effac|supprim|borr(?!ador)|elimin|verwijder"
    r"|wis(?:sen|t)?\b|apag|exclu(?!s))"
)
_KINDS = tuple(
    re.compile(pattern)
    for pattern in (
        # One number, line or address refused.
        r"\b(?:don'?t|do\s+not|never)\s+(?:call|ring|phone|text|e-?mail|message|write\s+to"
        r"|send\s+\w+\s+to)\s+(?:(?:my|this|that|the)\s+(?:\w+\s+){0,2}?" + _LINE + r"s?"
        r"|\+?\d[\d\s()-]{5,18}\d)\s+(?:\w+\s+)?(?:again|any\s?more|ever)\b",
        r"\b(?:don'?t|do\s+not|never)\s+(?:write|e-?mail|call|text|contact|ring)\s+(?:to\s+)?me\s+"
        r"(?:at|on)\s+(?:either|any|both|this|that)\s+(?:\w+\s+)?"
        + _LINE
        + r"(?:s|es)?\b"
        # ...not kept to hours or one place (session 35: "don't call me on this number during office
        # hours", "… at work, WhatsApp is better").
        + _NO_TIME_AFTER
        + r"(?!\s+(?:at|in|from)\s+(?:work|the\s+office|the\s+weekend|night))"
        r"(?![^.!?\n]{0,80}\b(?:whatsapp|signal|telegram|e-?mail\s+(?:is|me)|instead|rather|better)\b)",
        r"\bn'\s*(?:appel|ecri|envoy|text|contact)\w*\s+plus\s+(?:(?:a|sur|vers)\s+)?(?:ce|cette"
        r"|mon|ma)\s+(?:\w+\s+)?(?:numero|adresse|portable|mail|courriel|ligne)\b",
        r"\b(?:auf|an|unter)\s+(?:diese\w*|meine\w*)\s+(?:\w+\s+)?\w*(?:nummer|adresse|handy\w*"
        r"|mail\w*)\s+(?:bitte\s+)?(?:nichts|keine\w*(?:\s+\w+)?)\s+mehr\b",
        r"\b(?:lass\w*|laat)\s+(?:\w+\s+){0,2}?(?:diese\w*|meine\w*|deze|dit|mijn)\s+(?:\w+\s+)?"
        r"\w*(?:nummer|adresse|handy|telefon\w*|mailadres|adres)\s+(?:\w+\s+){0,2}?(?:in\s+ruhe"
        r"|met\s+rust)\b",
        r"\b(?:diese\w*|meine\w*)\s+\w*(?:adresse|nummer|mail)\s+(?:\w+\s+){0,3}?nicht\s+mehr\s+"
        r"(?:zu\s+)?(?:verwenden|benutzen|nutzen|anschreiben|anrufen|kontaktieren)\b",
        r"\b(?:nummer|adres|mailadres)\b[^.!?\n]{0,60}?\b(?:gebruik|bel|app|sms)\s+(?:het|hem|dat"
        r"|dit)\s+(?:\w+\s+)?niet\s+meer\b",
        r"\bne\s+pas\s+y\s+(?:ecrire|envoyer|appeler|ecrivez)\b",
        # German word orders.
        r"\bmeld(?:en|et|e)\s+(?:sie\s+)?(?:sich|dich|euch)\s+(?:\w+\s+){0,4}?(?:nicht|nie)\s+"
        r"(?:mehr|wieder)\b" + _NO_TIME_AFTER,
        r"\bmich\s+(?:selbst\s+)?(?:kontaktier|anschreib|anruf|schreib)\w*\s+sie\s+(?:\w+\s+){0,4}?"
        r"(?:nicht|nie)\s+(?:mehr|wieder)\b" + _NO_TIME_AFTER,
        r"\bruf(?:en|t|e)?\s+(?:sie\s+)?mich\s+(?:\w+\s+){0,5}?(?:nicht\s+mehr|nie\s+wieder"
        r"|nicht\s+wieder|von\s+keiner\s+(?:\w+\s+)?nummer\s+mehr)\b" + _NO_TIME_AFTER,
        r"\b(?:mochte|will|wunsche|mag)\b[^.!?\n]{0,40}?\bkeine\s+(?:[\w-]+\s+){0,4}?mehr\s+"
        r"(?:\w+\s+){0,4}?(?:bekommen|erhalten|kriegen)\b(?!\s*,?\s*(?:die|das|der|welche\w*|wenn)\b)",
        r"\bweitere\w*\s+(?:\w+\s+){0,5}?(?:mochte|will|wunsche)\s+ich\s+(?:\w+\s+)?(?:nicht|keine)"
        r"\s+(?:mehr\s+)?(?:bekommen|erhalten)\b",
        r"\bdavon\s+ab\s*,?\s+(?:mir|mich)\s+(?:\w+\s+){0,3}?zu\s+(?:schicken|senden|schreiben"
        r"|kontaktieren|anzurufen|zukommen)",
        # Dutch word orders.
        r"\bbenader\w*\s+(?:me|mij)\s+(?:\w+\s+){0,4}?(?:niet|nooit)\s+meer\b" + _NO_TIME_AFTER,
        # ...not from one appointment (session 35: "meld me maar af voor de informatiesessie").
        r"\bmeld\s+(?:me|mij)\s+(?:maar|dan|gewoon|even|toch|nu)\s+af\b(?!\s+(?:voor|for|fur|pour)\b)",
        # ...not "no reason to" (session 35: "geen reden om me af te melden", "keinen Grund, mich
        # abzumelden").
        r"(?<!niet\s)(?<!\breden\som\s)(?<!\breden\s)\b(?:mij|me)\s+af\s+te\s+melden\b"
        r"|(?<!\bgrund,\s)(?<!\bgrund\s)(?<!\banlass,\s)\bmich\s+abzumelden\b",
        r"\bniet\s+meer\s+(?:\w+\s+){0,3}?(?:geappt|ge-?appt|gesms'?t|gewhatsappt|geapped)\s+"
        r"(?:te\s+)?worden\b",
        # ...not one role's list (session 35: "haal me uit de kandidatenlijst voor deze vacature").
        r"\b(?:schrap|haal|verwijder|gooi)\s+(?:me|mij)\s+(?:\w+\s+){0,2}?uit\s+(?:je|jullie|uw|de"
        r"|het)\s+\w*(?:lijst|bestand|systeem|database|adresboek)\b(?!\s+(?:voor|van|bij)\s+(?:deze|dit"
        r"|die|de|het)\s+(?:vacature|functie|rol|positie|baan|procedure|sollicitatie)\w*)",
        # No more contact going forward, in English.
        r"\b(?:don'?t|didn'?t|do\s+not|not\s+to)\s+(?:reach\s+out\s+to|contact|e-?mail|call|message"
        r"|write\s+to|text)\s+me\s+(?:\w+\s+){0,4}?(?:going\s+forward|in\s+(?:the\s+)?future"
        r"|from\s+now\s+on|(?:about|for|with)\s+(?:any\s+)?future\s+\w+)",
        r"\bleave\s+me\s+(?:off|out\s+of)\s+(?:any|all|your|future|these)\s+(?:\w+\s+)?(?:threads"
        r"|lists?|emails|mailings|sends|messages|outreach|campaigns)\b",
        rf"\b(?:rather|prefer)\s+(?:that\s+)?(?:these|your|the|all)\s+(?:\w+\s+)?{MESSAGES}\s+"
        r"(?:ended|stopped|ceased)\b",
        r"\b(?:don'?t|do\s+not)\s+want\s+(?:any\s+(?:more\s+)?)?(?:calls|emails|messages|texts"
        r"|mails)\s+from\s+you\b(?![^.!?\n]{0,30}\b(?:before|until|after|during|at\s+work)\b)",
        r"\b(?:don'?t|do\s+not|never)\s+(?:call|text|e-?mail|message|contact|write\s+to|ring)\s+"
        r"(?:or\s+(?:call|text|e-?mail|message|write\s+to|ring)\s+)?me\s+(?:at\s+all\s+)?"
        r"(?:again|any\s?more|ever)\b",
        r"\b(?:don'?t|do\s+not)\s+(?:contact|e-?mail|call|message|write\s+to)\s+me\s+(?:about"
        r"|for|regarding)\s+(?:\w+\s+){0,4}?(?:or|nor)\s+(?:anything\s+else|any\s+other\w*)\b",
        r"\b(?:don'?t|do\s+not|never)\s+(?:call|ring|phone|text)\s+this\s+(?:number|phone|line"
        r"|mobile)\b(?=\s*(?:[,.;:!]|$|again|any\s?more|ever))",
        # Out of their system or account: "Bitte schließen Sie mein Profil", "delete my candidate
        # account", "ich möchte nicht in Ihren Verteiler" (not "I closed my LinkedIn account").
        r"\b(?:schlie(?:ss|\u00df)en\s+sie|close|fermez|cierre|cierra|cerrad|sluit|encerre"
        r"|encerrem|feche|fechem|deaktivieren\s+sie|deactivate|desactivez|desactive|desative"
        r"|desativem|deactiveer|delete|deleten\s+sie|loschen\s+sie|supprimez|borre|borra|verwijder"
        r"|apague|apaguem)\s+(?:\w+\s+)?(?:mein\w*|my|mon|ma|mi|mijn|meu|minha|o\s+meu|a\s+minha)"
        # ...not one on another site (session 35: "I had to close my Xing profile").
        r"\s+(?!(?:[\w-]+\s+){0,2}?(?:linkedin|xing|indeed|stepstone|glassdoor|monster|infojobs|github"
        r"|facebook|instagram|twitter|tinder|gym|bank)\b)(?:[\w-]+\s+){0,2}?(?:[\w-]*profil|profile"
        r"|[\w-]*account|[\w-]*konto|compte|cuenta|perfil|profiel|conta|cadastro|registro)\b",
        r"\b(?:mochte|will|wunsche)\s+(?:ich\s+)?(?:\w+\s+)?nicht\s+(?:mehr\s+)?(?:in|auf)\s+"
        r"(?:ihre\w*|eure\w*|deine\w*)\s+(?:verteiler|liste|kartei|datenbank|newsletter|system)\b",
        # ...asked, not a question (session 35: "ich habe das alte Foto entfernt, brauchen Sie alle
        # anderen Daten noch einmal?").
        rf"\b(?:{_DELETE_VERB})\w*[^.!?\n]{{0,80}}?\b(?:cualquier\s+(?:otro\s+)?dato|qualquer"
        r"\s+(?:outro\s+)?dado|any\s+other\s+(?:data|details)|alle\s+(?:anderen\s+)?daten"
        r"|toute\s+autre\s+donnee|alle\s+andere\s+gegevens|todos\s+(?:mis|os\s+meus)\s+dados?)"
        r"(?![^.!\n]{0,80}\?)",
        # The last one, the verb last: "lassen Sie diese Nachricht bitte die letzte zwischen uns
        # sein", "laat dit bericht het laatste zijn" (not "…, nicht die letzte").
        r"\b(?:lass\w*|laat)\s+(?:sie\s+|u\s+|uns\s+)?(?:dies\w*|das|dit|deze)\s+(?:\w+\s+){0,2}?"
        r"(?:die|das|den|der|het|de|unser\w*|ons|onze)\s+(?:letzte\w*|laatste)\b(?:\s+\w+){0,3}?"
        r"\s+(?:sein|zijn)\b",
        # Terse commands and nouns (the older train waves): "Jeglichen Kontakt einstellen.",
        # "Fin del contacto.", "Cancelem o envio.", "Correos: cero.", "Geen contact.",
        # "Radiez-moi.", "Maintenant, silence, s'il vous plaît.", "parem com isto", "give it a
        # rest", "get us aff yer list", "I'd like out".
        r"\b(?:jeglichen|jeden|allen)\s+kontakt\s+(?:\w+\s+)?(?:einstellen|abbrechen|beenden)\b",
        r"\b(?:fin|fim)\s+(?:del|de\s+los|de\s+las|do|dos|das)\s+(?:contacto|contato|mensajes|correos"
        r"|envios|mensagens)\s*(?:[.!]|$)",
        r"\bcancel(?:em|e)\s+(?:o\s+envio|os\s+envios|tudo)\s*(?:[.!]|$)",
        r"\b(?:correos|mensajes|mails|e-?mails|messages|mensagens|nachrichten|berichten)\s*:\s*"
        r"(?:cero|zero|null|nul|0)\b|(?:^|[.!?]\s*)(?:cero|zero)\s+(?:mensajes|correos|mails"
        r"|e-?mails|messages|mensagens|sms|llamadas)\s*(?:[,.!]|$)|\bzero\s+mail\s+de\s+plus\b",
        r"(?:^|[.!?]\s*)(?:geen|kein|keinen|no|pas\s+de|sin|sem)\s+(?:contact|kontakt|contacto"
        r"|contato)(?:\s+(?:meer|mehr|more|plus|mas|mais))?\s*[.!]",
        r"\bradi(?:ez|e|er)[- ]moi\b",
        r"\bsilence\s*,?\s*(?:s'il\s+vous\s+plait|svp|s'il\s+te\s+plait|merci)\b",
        r"\bpar(?:em|e|a)\s+com\s+(?:isto|isso)\s*(?:[.!]|$)",
        r"\bgive\s+it\s+a\s+rest\b(?!\s+(?:for|until|till|this|today|tonight)\b)",
        r"\b(?:get|take)\s+(?:me|us)\s+aff\s+(?:yer|your|ur|the)\s+list\b",
        r"\b(?:i'?d\s+like|i\s+want|i'?d\s+love)\s+out\b(?!\s+of\b)",
        r"\b(?:me|mij|hem|haar)\s+(?:\w+\s+){0,2}?(?:voortaan|in\s+het\s+vervolg|vanaf\s+nu)\s+"
        r"overslaan\b",
        r"\b(?:niet|nooit)\s+meer\s+mijn\s+kant\s+op\b",
        r"\bbitte\s+(?:auch\s+)?das\s+letzte\s+mal\s*(?:[.!]|$)|\bkein\s+zweites\s+mal\b|\bgeen\s+tweede"
        r"\s+keer\b",
        r"\blass\w*\s+(?:sie\s+)?(?:es|das)\s+(?:\w+\s+)?(?:kunftig|zukunftig|in\s+zukunft|ab\s+jetzt)"
        r"\s+sein\b",
        # The last one, said otherwise: "Ce sera le dernier que vous m'envoyez", "ik ga ervan uit
        # dat dit de laatste sms was", "dies sollte unser letzter Austausch gewesen sein",
        # "preferiría que esta fuera la última vez que sé de ti".
        r"\bce\s+sera\s+(?:le\s+|la\s+)?derni\w+\s+que\s+vous\s+m'\s*(?:envoy|ecriv)\w*",
        r"\bervan\s+uit\s+dat\s+(?:dit|dat|deze)\s+(?:de|het)\s+laatste\s+(?:sms|mail|e-?mail|bericht\w*"
        r"|appje|keer)\s+(?:was|is)\b(?!\s+(?:voor|tot)\b)",
        r"\bdass\s+(?:das|dies)\s+(?:hier\s+)?(?:die|das|der)\s+letzte\s+(?:(?:nachricht|mail|e-?mail|sms"
        r"|anfrage|kontakt)\s+)?war\b",
        r"\b(?:dies|das)\s+sollte\s+unser\s+letzte\w*\s+(?:austausch|kontakt|gesprach)\b",
        r"\bque\s+esta\s+(?:sea|fuera|fuese)\s+la\s+ultima\s+vez\s+que\s+(?:se|sepa|oiga)\s+de"
        r"\s+(?:ti|usted|vosotros|ustedes)\b",
        # A do-not-contact list.
        rf"\b{_TO_PUT}\b[^.!?\n]{{0,60}}?{_DO_NOT_CONTACT}{_LISTED}",
        # On someone's behalf.
        r"\b(?:remove|take|strike|delete|drop)\s+(?:her|him)\s+(?:\w+\s+)?(?:from|off|out\s+of)\s+"
        r"(?:\w+\s+){0,2}?" + _THEIR_LIST + r"\b",
        r"\b(?:quit|sac|borr|elimin|retir|tir)\w*(?:la|lo)\s+de\s+(?:\w+\s+){0,2}?" + _THEIR_LIST,
        r"\b(?:retir|enlev|supprim|ot|sort|ray)\w*-(?:la|le)\s+de\s+(?:\w+\s+){0,2}?" + _THEIR_LIST,
        r"\b(?:haal|verwijder|schrap|gooi)\s+(?:haar|hem)\s+(?:\w+\s+){0,2}?(?:uit|van)\s+"
        r"(?:\w+\s+){0,2}?" + _THEIR_LIST,
        r"\btir\w*-(?:na|no|a|o)\s+d[aoe]s?\s+(?:\w+\s+){0,2}?" + _THEIR_LIST,
        # A few words the others lack.
        r"\bsilence\s+radio\s+(?:definitif|total|complet|pour\s+de\s+bon|a\s+vie)\b",
        r"\bno\s+(?:\w+\s+){0,2}?v(?:ue|o)lv\w*\s+a\s+poner(?:se|me)?\s+en\s+contacto\b",
        r"\bnem\s+(?:me\s+)?(?:manda|mande|mandem|envia|envie|escreve|liga)\w*\s+mais\s+nada\b",
        # ...not of one role's list ("pode riscar o meu nome da lista desta vaga").
        r"\bris(?:c(?:ar|a|ou)|qu(?:e|em))\s+(?:o\s+)?meu\s+nome\b[^.!?\n]{0,40}?\b(?:listas?|cadastro"
        r"|base|banco)\b(?!\s+(?:desta|dessa|da|para\s+(?:esta|essa|a))\s+(?:vaga|selecao|processo))",
        # ...or struck bare: "risque o meu nome" (not "risque o meu nome da lista desta vaga").
        r"\bris(?:c(?:ar|a)|qu(?:e|em))\s+(?:o\s+)?meu\s+nome\b(?!\s+(?:\w+\s+)?d(?:[aoe]s?|ess\w*|est\w*)\b)",
        r"\bzet\s+(?:me|mij)\s+(?:maar\s+)?overal\s+(?:uit|af)\b",
        # A subscription cancelled, asked ("cancele a minha subscrição"; not "quase carreguei
        # em 'cancelar subscrição'").
        r"\bcancel(?:e|em|a)\s+(?:\w+\s+){0,2}?subscricao\b",
    )
)
_GATE = WordGate(_KINDS)


def asks_to_stop_plainly(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    return _GATE.any_match(plain)
