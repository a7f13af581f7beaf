"""A request to stop, read as a small grammar rather than a list of phrases: a word for stopping
(stop, cease, aufhören, arrêter, dejar de, ophouden, parar de) or for "no more" (no more,
keine … mehr, plus de, no más, geen … meer, sem mais) or a denied contact verb with "again"
(don't … again, nicht mehr …, ne … plus, no … más, niet meer …, não … mais), joined to a way
of reaching someone: a contact verb ("mailen", "escribirme", "me ligar", "follow up") or a
contact noun ("emails", "Nachrichten", "relances", "mensajes", "berichten", "msg"). Six
languages at once, so a reply in a language we did not expect is read the same way.

Between the stop word and the contact word only small words may stand (me, the, your, all,
sending, with …), so "I stopped checking my email", "stop by and call me", "no more than three
days" and "stop maar met zoeken" are not requests. Also here: objecting to the use of one's
data, "leave me alone" and "forget me". The words are read as `stop_spelling` respells them
("contcat", "dejen d escribirme"), and the stock words misspelt by a letter are its to find.

The words it is built of are in `stop_words`; it works on the text `opt_outs.plain` made: lower
case, no accents."""

from __future__ import annotations

import re
from functools import lru_cache

from sequencer.inbound.intent.stop_spelling import misspelt_stock_word, respelt
from sequencer.inbound.intent.stop_words import (
    AGAIN,
    DENIED,
    ERASE,
    GAP,
    MESSAGES,
    MINE,
    NOT_DENIED,
    PLACES,
    POLITE,
    REACH,
    RECEIVE,
    SMALL,
    STOPPING,
    THEIRS,
)
from sequencer.inbound.intent.word_gate import WordGate, alternatives

# What is paid, received but never sent by us.
_PAY = (
    r"(?:salary|salaries|pay|paycheck|wages?|sueldos?|salarios?|gehalt|lohn|salaires?|paie"
    r"|salaris|loon|salarios?|ordenados?)\b"
)
# "No more offers" asked whether any are left ("Gibt es keine Angebote mehr?", "Zijn er geen
# vacatures meer?") or narrowed to a kind ("keine Angebote mehr, die nur befristet sind", "geen
# vacatures meer die alleen in Amsterdam zijn"): no stop (session 32).
_NOT_ASKED_NOR_NARROWED = (
    r"(?!\s*\?|[^.!?]{0,30}?,?\s+(?:die|welche|dat|that|which)\s+(?:\w+\s+){0,3}?(?:nur|alleen"
    r"|enkel|slechts|only)\b)"
)
_SHAPES = tuple(
    re.compile(pattern)
    for pattern in (
        # Stopping the contact: "stop txting me", "paren ya con los mensajes", "stoppen met het
        # sturen van vacatures", "arrête de me harceler", "stop all communication".
        # Stopping a search is not stopping contact: "pare de procurar", "deja de buscar".
        rf"{NOT_DENIED}\b{STOPPING}\s+{GAP}(?!procur|busc|insist|zoek|such|cherch)"
        rf"(?:{REACH}|{MESSAGES})",
        # Ceasing to receive, not having ceased ("I stopped receiving your emails" is news).
        rf"\b(?:stop|quit|dejar|deixar|parar|arreter|aufhoren|ophouden|stoppen)\s+(?:de\s+|met\s+|zu\s+)?"
        rf"{RECEIVE}",
        rf"\b{STOPPING}\s+(?:de\s+)?me\s+(?:procur|busc)",
        # No more of it: "no more messages", "any more recruiter emails", "keine Jobangebote
        # mehr", "plus de sollicitations", "no quiero más correos", "geen sms meer".
        rf"\b(?:no|any)\s+(?:more|further)\s+(?:\w+\s+){{0,2}}?{MESSAGES}",
        rf"\bkeine\w*\s+(?:\w+\s+){{0,3}}?{MESSAGES}\s+(?:\w+\s+)?mehr\b{_NOT_ASKED_NOR_NARROWED}",
        rf"\bkeine\s+(?:weiteren?|neuen?)\s+(?:\w+\s+)?{MESSAGES}",
        # ...not more of it received: "je veux recevoir plus d'offres".
        rf"(?<!recevoir\s)(?<!avoir\s)\bplus\s+(?:de\s+|d'\s*|aucun\w*\s+|jamais\s+de\s+|une?\s+seule?\s+)"
        rf"(?:\w+\s+)?{MESSAGES}",
        rf"\b(?:no|nao|ni|nem)\s+(?:\w+\s+){{0,3}}?(?:mas|mais)\s+(?:\w+\s+)?{MESSAGES}",
        rf"\bgeen\s+(?:\w+\s+){{0,2}}?{MESSAGES}\s+(?:\w+\s+)?meer\b{_NOT_ASKED_NOR_NARROWED}"
        rf"|\bgeen\s+(?:verdere|nieuwe)\s+{MESSAGES}",
        rf"\b(?:sem\s+mais|mais\s+nenhu\w*|nada\s+de|basta\s+de|chega\s+de)\s+(?:\w+\s+)?"
        rf"{MESSAGES}",
        # Contact denied, with "again": "please don't follow up again", "I'd prefer you didn't
        # contact me anymore", "no me contactes nunca", "ne m'appelez plus jamais".
        rf"\b{DENIED}\s+{GAP}{REACH}\s+(?:{SMALL}\s+|\w+\s+){{0,3}}?{AGAIN}",
        rf"\b(?:nicht|niet|nooit|nie|nimmer|never|nergens|nirgends)\s+(?:mehr|meer|weiter|erneut|wieder|langer"
        rf"|nochmal\w*|again)\s+(?:(?:via|per|op|uber|over|by|through)\s+[\w-]+\s+)?(?:\w+\s+){{0,2}}?"
        rf"(?:zu\s+|te\s+)?{REACH}",
        # ...or denied, and nothing after it: "no me escribas.", "bitte nicht anrufen!", "do not
        # contact me." ("no me escribas por LinkedIn" and "don't call me before 10" go on).
        rf"\b{DENIED}\s+(?:me\s+|m'\s*|mij\s+|mich\s+)?{REACH}\s*(?:me|mij|mich|moi|-me|-moi)?"
        rf"(?:\s+(?:\w+\s+)?{MESSAGES})?(?:\s+(?:nem|ni|nor|or|ou|noch|of)\s+(?:me\s+)?{REACH}"
        rf"(?:\s+(?:\w+\s+)?{MESSAGES})?)?(?:\s*,?\s*{POLITE})*\s*(?:[.!;]|$)",
        # "No longer": "ya no me manden correos", "no longer contact me".
        rf"\b(?:ya\s+no|no\s+longer|ja\s+nao|niet\s+langer|nicht\s+langer)\s+{GAP}{REACH}",
        # Objecting to the use of their data, or withdrawing consent.
        r"\b(?:oppos\w*|opong\w*|opon\w*|object\w*|widersprech\w*|widerspruch|bezwaar"
        r"|(?:nao|no)\s+autoriz\w*|revog\w*|revoc\w*|withdraw\w*|widerruf\w*|intrek\w*"
        r"|(?:no|nao)\s+consi?(?:ent|nt)\w*|(?:do\s+not|don'?t)\s+consent|ne\s+consen\w*)\b"
        r"[^.!?]{0,60}\b(?:data|datos|donnees|dados|gegevens|daten|traitement|tratamiento"
        r"|informacion|informacao|information|informationen|informatie"
        r"|tratamento|verarbeitung|processing|verwerking|consent\w*|einwilligung|toestemming)\b",
        r"\b(?:refus\w*|weiger\w*|verweiger\w*|rechaz\w*|recus\w*)\s+(?:\w+\s+){0,3}?"
        rf"(?:d'\s*etre\s+|to\s+be\s+|ser\s+|zu\s+|te\s+worden\s+)?{REACH}",
        # Leave me alone; forget me.
        r"\b(?:(?:me|mij|mich)\s+)?(?:dej|deix|laiss|lass|laat|leav)\w*(?:[- ]?(?:me|moi|mich"
        r"|mij))?\s+(?:\w+\s+){0,2}?(?:en\s+paz|em\s+paz|tranquil\w*|in\s+ruhe|in\s+frieden"
        r"|met\s+rust|alone|en\s+paix)\b",
        # (session 31: "esqueçam de mim", "vergessen Sie mich"; not "don't forget me", "forget
        # me for this role", "oubliez-moi pour ce poste": a no to one role)
        r"(?<!n't\s)(?<!\bdont\s)(?<!not\s)(?<!never\s)(?<!\bnao\s)(?<!\bno\s)(?<!\bne\s)"
        r"(?<!\bniet\s)\b(?:lach\w*-moi(?!\s+(?:une|des)\b|\s+un\s+(?!peu\b))|olvid\w*\s+de\s+mi"
        r"|olvidadme|olvidame|me\s+esquec\w*|esquec\w*-me|esquec\w*\s+de\s+mim|forget\s+(?:about"
        r"\s+)?me|m'\s*oubli\w*|oubli\w*-moi|vergeet\s+(?:me|mij)|vergesst\s+mich"
        r"|vergessen\s+sie\s+mich|vergiss\s+mich)\b(?!\s+not\b|\s+nicht\b|\s+niet\b)"
        r"(?![,\s]{1,3}(?:\w+\s+)?(?:for|pour|para|pra|voor|f(?:u|ue)r|bei|in|dans|en|em|op)\s+"
        r"(?:this|that|the|these|ce|cette|cet|ces|este|esta|ese|esa|esse|essa|deze|dit|die|diese\w*"
        r"|der|den|het|de|la|le|el|o|a|now|now|agora|ahora|maintenant|jetzt|nu)\b)",
        # Unlisted: "please unlist me", "delist me from your mailings" (not "my unlisted number").
        r"\b(?:unlist|delist|de-list)\s+(?:me|us|my\s+(?:\w+\s+)?(?:address|e-?mail|number"
        r"|details|contact|name))\b",
        # Forget that I exist: "esquece que eu existo", "oubliez que j'existe".
        r"\b(?:forget|esquec\w*|olvid\w*|oubli\w*|vergeet|vergess\w*|vergiss)\s+(?:\w+\s+){0,2}?"
        r"(?:that\s+|que\s+|dat\s+)?(?:i\s+|eu\s+|j'\s*|ik\s+)?(?:exist|existo|existe|besta|existeer)\b"
        r"|\b(?:vergess\w*|vergiss)\b[^.!?]{0,20}\bdass\s+es\s+mich\s+gibt\b",
        # The last one: "let this be the last email you send me", "que ce soit le dernier message"
        # (not "is this the last email before the offer?", "this was the last email in the thread").
        r"\b(?:this|that|dit|dies|ceci|ce|esta|este|essa|esse|isto)\s+(?:\w+\s+){0,3}?(?:the\s+|die\s+"
        r"|le\s+|la\s+|el\s+|de\s+|a\s+|o\s+)?(?:last|letzte\w*|dernier\w*|ultim\w*|laatste)\s+(?:\w+\s+)?"
        rf"{MESSAGES}\s+(?:\w+\s+){{0,3}}?(?:you|ihnen|euch|vous|votre|usted\w*|me\s+mand\w*|jullie|u"
        r"|voce\w*|vcs|i\s+(?:get|receive)|recib\w*|receb\w*|recoi\w*|bekomm\w*|zijn|sein|be|aan\s+mij|uw"
        r"|to\s+me)\b"
        r"[^.!?]*(?:[.!]|$)",
        r"\bwant\s+to\s+hear\s+(?:about|from|of)\s+(?:\w+\s+){0,2}?(?:again|anymore|any\s+more)\b",
        # Asked as a question: "can you not email me?" (not "…before 5pm?", which narrows it).
        rf"\b(?:can|could|would)\s+you\s+(?:please\s+)?not\s+{REACH}(?![^.!?]*\b(?:before|after"
        r"|until|during|at\s+work)\b)",
        # Refusing all of it: "je refuse toute prospection"; done with it: "I'm done with these
        # emails" (not "done with my emails for today").
        r"\b(?:refus\w*|weiger\w*|verweiger\w*|rechaz\w*|recus\w*)\s+(?:toute?s?|any|all|jede\w*"
        rf"|jegliche\w*|tod[oa]s?|qualquer|elke|iedere?)\s+(?:\w+\s+)?{MESSAGES}",
        r"\b(?:done|through|finished)\s+with\s+(?:these|your|those|all\s+(?:these|your|the))\s+"
        rf"(?:\w+\s+)?{MESSAGES}",
        # Their data gone from our places: "I'd like it gone from your system".
        rf"\bgone\s+from\s+(?:\w+\s+){{0,2}}?{PLACES}"
        rf"|\b(?:my|mijn|mes|mis|meus|meine)\s+(?:\w+\s+)?(?:details|data|number|e-?mail|address|name"
        rf"|gegevens|donnees|datos|dados|daten|naam)\s+(?:out\s+of|uit|hors\s+de|fuera\s+de|fora\s+d\w+|aus)"
        rf"\s+(?:\w+\s+){{0,2}}?{PLACES}",
        # A do-not-call register: Bloctel, Bel-me-niet, Não Perturbe (Lista Robinson: below).
        r"\bbloctel\b|\bbel-me-niet\b|\bbel\s+me\s+niet[- ]?register|\b(?:no|do)\s+nao\s+perturbe\b"
        r"|\btelephone\s+preference\s+service\b",
        rf"{NOT_DENIED}\b{STOPPING}\s+(?:sending|envoyer|enviar\w*|mandar\w*|sturen|schicken)\s+(?:me|mir|moi"
        r"|mij)\b|\b(?:stop|quit)\s+wasting\s+(?:my|our)\s+time\b",
        # Wanting to receive no more of it: "I don't want to receive these anymore", "ich
        # möchte das nicht mehr bekommen", "ik wil dit niet meer ontvangen".
        r"\b(?:want|wish|like|care|need)\s+to\s+(?:receive|get)\b[^.!?]{0,25}\b(?:anymore|any\s+more"
        r"|again|from\s+(?:you|your))",
        rf"\b(?:nicht|niet|ne)\s+(?:(?:veu[xt]|veulent|souhait\w*|desir\w*|voudrai\w*)\s+)?(?:mehr|meer|plus)"
        rf"\s+(?:\w+\s+){{0,2}}?{RECEIVE}",
        # Wanting to hear no more of us: "ich will nichts mehr von Ihnen hören", "no quiero saber
        # nada más de ustedes", "je ne veux plus entendre parler de vous".
        rf"\b(?:nix|nichts|niks|niets|nada|rien)\s+(?:mehr|meer|mas|mais|plus)\s+(?:\w+\s+){{0,2}}?"
        rf"(?:zu\s+|te\s+)?{REACH}",
        r"\b(?:nichts|nix|niets|niks)\s+(?:mehr|meer)\s+(?:\w+\s+){0,3}?(?:horen|lesen)\b"
        r"|\bne\s+(?:\w+\s+)?plus\s+(?:\w+\s+)?entendre\s+parler\s+de\s+(?:vous|votre|vos)\b"
        r"|\b(?:no|nao)\s+quiero\s+(?:mais\s+)?saber\s+(?:nada\s+)?(?:mas\s+|mais\s+)?(?:nada\s+)?de"
        r"\s+(?:ustedes|vosotros|usted|ti|voces|vcs|voce|vc)\b"
        r"|\bnao\s+quero\s+(?:mais\s+)?saber\s+(?:mais\s+)?(?:nada\s+)?de\s+(?:voces|vcs|voce|vc)\b"
        r"|\b(?:don'?t|never)\s+(?:\w+\s+)?want\s+to\s+hear\s+from\s+(?:you|your)\b",
        # A contact verb first, denied after (German and Dutch): "Kontaktieren Sie mich bitte nie
        # mehr", "mail mij voortaan niet meer".
        rf"\b{REACH}\s+(?:(?:sie|ihr|du|u|jullie|je|ge|gij)\s+)?(?:mich|mir|uns|me|mij)\s+(?:\w+\s+){{0,2}}?"
        r"(?:nie|nicht|niet|nooit)\s+(?:mehr|meer|wieder|weiter|langer|nochmal\w*)\b",
        # Contacting again, denied: "merci de ne pas me recontacter", "don't re-contact me".
        rf"\b{DENIED}\s+(?:pas\s+|plus\s+)?(?:me\s+|m'\s*)?re-?contact\w*",
        # Left out of it: "lassen Sie mich aus Ihren Mailings raus", "leave me out of your list".
        rf"\b(?:mich|me|mij|moi)\b[^.!?]{{0,30}}\b(?:aus|uit|out\s+of|fuera\s+de|hors\s+de|fora\s+d\w+)"
        rf"\s+(?:\w+\s+){{0,2}}?(?:{MESSAGES}|{PLACES})",
        # "Who gave you my number? Delete it.", "...? Bórralo.", "...? Merci de le supprimer.",
        # "...? Graag verwijderen." (not "my old number": the new one follows).
        rf"\b{MINE}\s+(?:\w+\s+)?{THEIRS}\b[^.!?]{{0,40}}[.!?]?\s*(?:\w+\s+){{0,2}}?(?:{ERASE}"
        r"(?:\s+|-)(?:it|them|that|this|lo|los|la|las|le|les|das|die|ihn|sie|es|het|dat|o|os|a|as"
        r"|no|na|nos|nas)|(?:borr|elimin|quit|supr)\w*?(?:lo|la|los|las))\b",
        rf"\b{MINE}\s+(?:\w+\s+)?{THEIRS}\b[^.!?]{{0,40}}[.!?]\s*(?:\w+\s+){{0,3}}?(?:(?:le|la|les"
        rf"|lo|het|sie|die|es)\s+)?{ERASE}(?:\s+(?:isso|isto|eso|esto|ca|dat|dit|das|it|them|that"
        rf"|this))?(?:\s*,?\s*{POLITE})*\s*(?:[.!]|$)",
        # Erasure asked for as a noun: "la suppression de mes données", "Löschung meines Profils".
        rf"\b(?:loschung|deletion|erasure|suppression|effacement|eliminacion|supresion|borrado"
        rf"|verwijdering|exclusao|eliminacao|apagamento)\s+(?:\w+\s+){{0,2}}?{MINE}\s+(?:\w+\s+)?"
        rf"{THEIRS}",
        # Wanting it gone: "I want my details gone", "ich will meine Daten weg".
        r"\b(?:want|like|need|wil|will|quero|quiero|veux)\w*\s+(?:it|them|(?:my|mijn|meine|mes|mis"
        r"|meus)\s+(?:\w+\s+)?\w+)\s+(?:gone|weg|fora|fuera)\b",
        # Told off in slang: "Knock it off.", "Rot op met je vacatures", "Me erra.", "Dégagez."
        r"(?:^|[.!?,]\s*)(?:(?:just|please|now|so|ok|seriously|gewoon|nu|jetzt|bitte|ya|agora)\s+)?"
        r"(?:knock\s+it\s+off|cut\s+it\s+out|give\s+it\s+a\s+rest|back\s+off|piss\s+off"
        r"|f(?:uck|\*+|ck)\s+off|get\s+lost|buzz\s+off|sod\s+off|rot\s+op|donder\s+op|degagez"
        r"|barrez-vous|verpiss\w*(?:\s+(?:dich|euch))?|haut?\s+ab|me\s+erra|sai\s+fora|no\s+jod\w*)"
        # ...said as a sentence, or of our messages ("Back off a bit on the salary" is none).
        r"(?:\s*(?:[.!,]|$)|\s+(?:met|with|com|con|avec|mit|now|nu|jetzt|ya|agora|already|please"
        r"|bitte)\b)",
        # Not included, not kept: "please don't include me in your outreach".
        rf"(?:(?:\b{DENIED}\s+(?:plus\s+|more\s+|mais\s+|mas\s+)?|{NOT_DENIED}\b{STOPPING}\s+"
        r"|\b(?:stop|quit|cease)\s+)(?:me\s+|m'\s*)?inclu\w*|\bprescind\w*\s+de\s+mi)"
        r"\s+(?:me\s+)?(?:in|en|em|dans)\s+(?:\w+\s+){0,2}?"
        rf"(?:{MESSAGES}|{PLACES}|campaigns?|sends)",
        # Out of their places: "take me out of your CRM", "aus Ihrer Datenbank gelöscht werden",
        # "mijn gegevens uit uw systeem halen", "van al jullie lijsten af".
        rf"\b(?:aus|uit|from|off|out\s+of)\s+(?:\w+\s+){{0,3}}?{PLACES}\s+(?:\w+\s+)?(?:geloscht"
        r"|entfernt|gestrichen|ausgetragen|genommen|verwijderd|gehaald|geschrapt|halen|nehmen"
        r"|verdwijn\w*|disappear\w*|verschwind\w*"
        r"|verwijderen|entfernen|loschen)\b",
        rf"\b(?:be|being|ser|etre|get|seja|sejam|sea|sean|soit|soient)\s+(?:removed|deleted|taken\s+off|eliminad\w*|borrad\w*|apagad\w*"
        r"|removid\w*|exclu\w*|retir\w*|supprim\w*|raye\w*)\s+(?:from|of|off|de|da|do|dos|das"
        rf"|des|du)\s+(?:\w+\s+){{0,2}}?(?:{PLACES}|{MESSAGES})",
        rf"\bvan\s+(?:\w+\s+){{0,3}}?{PLACES}\s+af\b",
        # Every further message: "ich verbiete jede weitere Kontaktaufnahme", "retirez-moi de
        # toute communication future", "refrain from any further contact".
        r"\b(?:any|all|jede\w*|jegliche\w*|toute?s?|todo|toda|todos|todas|qualquer|quaisquer|elke"
        r"|iedere?|alle)\s+(?:weiteren?|further|future|nouvell\w*|futur\w*|verdere|toekomstige"
        rf"|zukunftige\w*|posterior\w*|ulterior\w*)\s+(?:\w+\s+)?{MESSAGES}",
        rf"\b(?:toute?s?|todo|toda|todos|todas|qualquer)\s+{MESSAGES}\s+(?:futur\w*|ulterior\w*"
        r"|posterior\w*)",
        # "I'd rather not get any more of these".
        r"\b(?:rather|prefer)\s+not\s+(?:to\s+)?(?:get|receive)\b|\bany\s+more\s+of\s+(?:these|this"
        r"|them|your)\b",
        # Not going on receiving, in all six: "prefiero no seguir recibiendo vuestros correos",
        # "I don't want to keep receiving these", "ik wil ze niet blijven ontvangen".
        # Not "não consegui continuar recebendo" (could not: a filter, not a wish).
        r"\b(?:no|nao|not|niet|nicht|ne\s+(?:plus|pas))\s+(?:(?!(?:consegu|pud|pod|could|can|manag"
        r"|kon|kan|konnt|pu|reus|logr)\w*)\w+\s+){0,2}?(?:seguir|continuar|continue"
        rf"|keep|blijven|weiter|continuer)\s+(?:to\s+|a\s+|de\s+)?{RECEIVE}"
        # ...but pay is no message (session 32): "no quiero seguir recibiendo un sueldo tan bajo".
        rf"\b(?!\s+(?:\w+\s+){{0,2}}?{_PAY})",
        # Wished not to arrive (Spanish and Portuguese say it so): "para que ya no me lleguen
        # estos correos", "não quero que me cheguem mais vagas" (not "no me llegan tus correos").
        r"\b(?:no|nao)\s+(?:\w+\s+){0,3}?me\s+(?:llegu(?:e|en)|chegu(?:e|em))\s+"
        rf"(?:{SMALL}\s+){{0,2}}?(?:mas\b|mais\b|{MESSAGES})",
        # Off the list, said bare: "Fuera de la lista, gracias.", "Off your list.", "Raus aus
        # dem Verteiler!", "Hors de votre liste.", "Fora da lista.", "Uit jullie bestand."
        r"(?:^|[.!?]\s*)(?:off|fuera\s+de|fora\s+d[aoe]s?|hors\s+de|raus\s+aus|uit)\s+"
        rf"(?:(?:{SMALL}|su|tu)\s+){{0,2}}?{PLACES}(?:\s*,?\s*{POLITE})*\s*(?:[.!]|$)",
        # Spoken French without "ne": "me contactez plus", "m'écrivez plus jamais".
        rf"\b(?:me|m')\s*{REACH}\s+(?:plus|jamais)\b(?!\s+(?:tard|de\b|d'|que\b))",
        # Not to be contacted any more: "prefiro não ser mais contactado".
        rf"\b(?:nao|no|ne\s+plus|niet\s+meer|nicht\s+mehr)\s+(?:ser|etre|worden|werden)\s+(?:mas\s+"
        rf"|mais\s+|plus\s+)?{REACH}",
        # A stop word as a whole sentence: "This is harassment. Cease."; or closing the reply
        # after a comma: "ik heb er nooit om gevraagd, stop."
        r"(?:^|[.!?]\s*|,\s*(?=\S+(?:\s+\S+){0,2}\s*[.!]*\s*$))(?:please\s+|bitte\s+|por\s+favor\s+"
        r"|(?:dus|so|also|donc)\s+)?"
        r"(?:cease|stop|stopp|arret\w*|basta"
        r"|paren|parem|chega|genug|ho(?:u|ud|udt)\s+(?:(?:nou|alsjeblieft|aub|nu|toch|eens|ermee)\s+)*op"
        r"|schluss|quit\s+it|stop\s+ermee|kappen|kap\s+(?:er\s*)?mee|enough|assez|ophouden"
        r"|aufhor\w*|streichen|austragen|loschen)(?:\s+(?:it|now|please"
        r"|pls|bitte|svp|ja|ya|agora|nu|jetzt|already|pfv|pf|porfa|aub|graag|alsjeblieft))?\s*(?:[.!]+|$"
        r"|[^\w\s.,;:!?]{1,4}\s*$)",  # ...or an emoji closing it: "chega pfv 📵" (session 31)
        # Rather not be approached: "I would prefer not to be approached", "prefiero que no me
        # aborden", "je préfère ne pas être approché", "ik stel het niet op prijs benaderd te
        # worden".
        r"\b(?:rather|prefer\w*|prefier\w*|prefir\w*|liever|lieber)\s+(?:que\s+)?(?:not|no|nao|ne\s+pas"
        rf"|niet|nicht)\s+(?:to\s+)?(?:be\s+|ser\s+|etre\s+|te\s+worden\s+)?(?:me\s+|m'\s*)?{REACH}",
        rf"\b(?:not\s+appreciate|niet\s+op\s+prijs|nicht\s+schatz\w*)\b[^.!?]{{0,30}}{REACH}",
        # Told to stop: "I'm going to have to ask you to stop.", "would you kindly stop?"
        r"\b(?:would|could|can|will)\s+you\s+(?:please\s+|kindly\s+|just\s+)?(?:stop|quit|cease)"
        r"(?:\s+(?:it|this|now|please))?\s*[?.!]",
        # German separable verbs: "stellen Sie die Kontaktaufnahme ein".
        rf"\bstell\w*\s+(?:\w+\s+){{0,3}}?{MESSAGES}\s+(?:\w+\s+)?ein\b",
        r"\b(?:ask|asking|tell|telling)\s+(?:\w+\s+){0,2}?to\s+(?:stop|cease|quit)\s*(?:[.!]|$)",
        r"\b(?:be|get|take\s+me)\s+(?:taken\s+)?off\s+(?:this|it|that|these)\b|\bleave\s+me\s+be\b",
        # "Take this number off your list", "take my email off".
        r"\btak\w*\s+(?:me|(?:my|this)\s+(?:\w+\s+)?(?:number|e-?mail|address|name|details))\s+off\b"
        r"(?!\s+(?:the\s+|this\s+)?(?:cc|invites?|invitations?|meetings?|calendar|thread)\b)",
        r"\bnot\s+(?:open|interested|keen)\s+(?:to|in)\s+(?:any\s+)?more\s+" + MESSAGES,
        r"\babzubestell\w*",
        # Contacting again, or at all, answered with a complaint to the regulator: "if you contact
        # me again I will report you to the ICO", "los denuncio ante la AEPD".
        rf"\b(?:if|wenn|falls|si|als|se|indien)\s+(?:\w+\s+){{0,4}}?{REACH}[^.!?]{{0,80}}\b(?:report"
        r"|complain\w*|ico|cnil|aepd|anpd|datenschutz\w*|autoriteit|klacht|plainte|denunci\w*|beschwer\w*"
        r"|anzeige|ap)\b",
        # "Me excluyeran de futuras comunicaciones", "removido das comunicações futuras".
        rf"\b(?:exclu|remov|retir|elimin|borr|delet|tak|verwijder|entfern|supprim)\w*\s+(?:me\s+)?(?:from"
        rf"|off|de|da|das|dos|do|des|du|uit|aus)\s+(?:\w+\s+)?(?:futur\w*\s+|zukunftig\w*\s+)?{MESSAGES}"
        rf"|\b(?:me\s+(?:quit|sac)\w*|(?:quit|sac)\w*me)\s+(?:de|del)\s+(?:\w+\s+)?{MESSAGES}",
        # "Ne plus m'envoyer d'offres", "nicht kontaktiert werden (möchte)".
        rf"\bne\s+(?:\w+\s+)?plus\s+(?:jamais\s+)?(?:etre\s+)?(?:me\s+|m'\s*|nous\s+)?{REACH}",
        rf"\b(?:nicht|niet)\s+(?:mehr\s+|meer\s+|weiter\s+|erneut\s+|langer\s+)?{REACH}\s+(?:zu\s+"
        r"|wil\s+|will\s+|te\s+)?(?:werden|worden)\b",
        # Out of every future message, or on a do-not-contact list.
        rf"\b(?:remov|exclu|delet|tak)\w*\s+(?:me\s+)?(?:from|off)\s+(?:all\s+)?(?:\w+\s+)?{MESSAGES}"
        r"|\bdo[- ]not[- ](?:contact|call|e-?mail)\b|\brobinson\w*"
        r"|\b(?:don'?t|do\s+not)\s+(?:keep|store|retain|hold)\s+(?:any\s+of\s+)?my\s+(?:data|details"
        r"|information|cv|resume|number)\b",
        # A curt "that's enough" about our messages: "jullie spam …, stop ermee."
        rf"\b{MESSAGES}[^.!?]{{0,60}}\b(?:stop\s+(?:ermee|it|this)|hou\s+(?:ermee\s+)?op|quit\s+it"
        r"|(?:ya\s+)?basta(?:\s+ya)?|chega|genug(?:\s+jetzt)?|ca\s+suffit|schluss\s+damit"
        r"|para\s+com\s+isso)\s*(?:[.!]|$)",
        r"\b(?:want|like|need)\s+(?:to\s+be\s+)?(?:taken\s+)?off\s+(?:your|the|this|that)\s+"
        r"(?:\w+\s+)?lists?\b|\bdrop\s+me\s+(?:from|off)\b",
        # The sending stopped, as a noun (session 29): "cesen de inmediato en el envío de
        # comunicaciones", "cease the sending of emails", "stop de verzending van e-mails".
        rf"{NOT_DENIED}\b{STOPPING}\s+(?:\w+\s+){{0,4}}?(?:sending|envio|envoi|zusendung|versand"
        rf"|verzending|toezending|versturen)\s+(?:of|de|d'|von|van|der|des|do|dos|das|da|del)\s*"
        rf"(?:\w+\s+){{0,2}}?{MESSAGES}",
        # ...and the German separable verb round it: "stellen Sie die Zusendung von E-Mails an
        # unsere Mitarbeiter ein", "die Zusendung Ihrer Angebote einzustellen".
        r"\bstell\w*\s+(?:\w+\s+){0,3}?(?:zusendung|versand|kontaktaufnahme\w*|ansprache)\b"
        r"[^.!?]{0,60}?\bein\b|\b(?:zusendung|versand|kontaktaufnahme\w*)\b[^.!?]{0,60}?\beinzustellen\b",
        # Sending no more, in English (session 29): "I would like that you don't send me more
        # mails", "don't send me any more, thanks" (not "don't send more than two slots").
        r"\b(?:don'?t|do\s+not)\s+(?:\w+\s+)?send\s+(?:me\s+|us\s+)?(?:any\s*more|more|further"
        rf"|other)\b(?!\s+than)(?:\s+(?:\w+\s+){{0,2}}?{MESSAGES}|\s*(?:[.!;,]|$))",
        # ...or details (session 31): "don't send me more details, not interested", "schicken Sie
        # mir keine weiteren Details", "no me mande más información", "stuur me geen details meer",
        # "não me mandem mais informações" (not "…yet", "…until Monday").
        r"(?:\b(?:don'?t|do\s+not)\s+(?:\w+\s+)?send\s+(?:me\s+|us\s+)?(?:any\s*more|more|further)\s+"
        r"|\b(?:schick|send)\w*\s+(?:sie\s+)?(?:mir|uns)\s+(?:bitte\s+)?keine\s+(?:weiteren?\s+)?"
        r"|\bne\s+m'\s*envoy\w*\s+plus\s+(?:de\s+|d'\s*)"
        r"|\b(?:no|nao)\s+me\s+(?:mand|envi)\w*\s+(?:mas|mais)\s+"
        r"|\bstuur\w*\s+(?:me|mij)\s+geen\s+)(?:info\w*|details?|detalles|detalhes|d[ée]tails"
        r"|unterlagen|infos)\b(?!\s+(?:yet|for\s+now|until|till|noch\s+nicht|ainda|todavia))",
        # Voicemails left no more (session 29): "please don't leave any more on this number",
        # "stop leaving me voicemails" (not "don't leave it any more than a week").
        r"\b(?:don'?t|do\s+not|stop|quit)\s+(?:\w+\s+)?leav(?:e|ing)\s+(?:me\s+|us\s+)?"
        rf"(?:any\s*more|more|another|any\s+other|(?:any\s+)?(?:more\s+)?{MESSAGES})(?!\s+than)",
    )
)

# Asking to be reached another way: "don't call me at work, email me instead", "écrivez-moi
# plutôt", "mejor por correo", "mail me maar", "me manda e-mail".
_ELSEWHERE = re.compile(
    r"(?<!n't\s)(?<!\bdont\s)(?<!\bdidnt\s)(?<!not\s)(?<!never\s)\b(?:e-?mail|mail|text|call|write\s+to|ping|message|whatsapp"
    r"|bel|app|sms)\s+(?:me|mij)\b(?![^.!?,;]*\b(?:again|anymore|any\s+more|ever|niet|nooit|nicht"
    r"|nie|no\s+more|never|niks|nix|niets|nichts|nothing)\b)"
    r"|\b(?:e-?mail|mail|text|whatsapp|correo|courriel|sms)\s+(?:is|works|es|est|ist|e)\s+"
    r"(?:\w+\s+)?(?:better|fine|mejor|mieux|besser|beter|melhor|bien)\b|\b(?:e-?mail|mail)\s+works\b"
    r"|\b(?:ecrivez|appelez|envoyez|contactez|textez)-moi\b"
    r"|\b(?:schreiben|mailen|rufen)\s+sie\s+(?:mir|mich)\b(?![^.!?]*\b(?:nicht|nie|keine)\b)"
    r"|\b(?:escribeme|escribame|escribanme|llamame|llamenme|mandame|enviame|contactame)\b"
    r"|\b(?:mejor|prefiero|liever|melhor|plutot|lieber)\s+(?:\w+\s+)?(?:por|per|via|par)\s+"
    r"(?:el\s+)?(?:correo|e-?mail|mail|whatsapp|telefon\w*)\b"
    r"|(?<!nao\s)(?<!no\s)(?<!n\s)(?<!mais\s)(?<!nunca\s)\bme\s+(?:manda|mande|escreve|escreva|liga"
    r"|ligue)\s+(?:um\s+)?(?:e-?mail|mensagem|whats\w*|zap)\b"
)


# Each shape is searched only in a text holding a word it can begin with (the same answer).
_SHAPES_GATE = WordGate(_SHAPES)
# ...and each of the ways to be reached elsewhere (`_ELSEWHERE` cut at its bars).
_ELSEWHERE_GATE = WordGate(alternatives(_ELSEWHERE))


@lru_cache(maxsize=16)  # asked of the same words by the yes and the stop readers; pure
def asks_to_be_reached_elsewhere(plain: str) -> bool:
    return _ELSEWHERE_GATE.any_match(plain)


def asks_to_stop_by_grammar(plain: str) -> bool:
    return _SHAPES_GATE.any_match(respelt(plain)) or misspelt_stock_word(plain)
