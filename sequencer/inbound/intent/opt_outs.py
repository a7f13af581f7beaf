"""Requests to stop that `mail.stop_requests` has no stock phrase for, read by their shape rather
than their wording, in the six languages: a contact verb denied with "more" ("no me mandes más
mensajes", "u mij niet meer benadert"), a wish to receive no more ("prefiero no recibir más"),
their data, number or CV to delete ("effacez mon numéro"), themselves off a list or file ("me
tira dessa lista", "mij uit uw bestand halen"), a subscription cancelled, a data-protection right
invoked ("derecho de oposición").

Matched on the text lower-cased and without accents, so "nao", "mas" and "loschen" (as people
type them on phones) count as "não", "más" and "löschen". Each shape names a contact verb, a
list, or their own data: "I stopped working there", "stop by our office", "remove the salary
question" and "update my details" have none of them and do not match; nor does "delete my old
number, the new one is …", which updates their details.

`stop_grammar` reads the rest by a small grammar, `stop_kinds` the kinds a seventh writer used,
`complaints` a complaint ("third email this week") in a reply that says no yes.
A reply asking to be reached another way ("don't call me at work, email me instead") is read by
none of them: it moves the talk, not ends it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sequencer.inbound.intent.addresses_stopped import stops_an_address
from sequencer.inbound.intent.all_about_me import wants_all_of_it_gone
from sequencer.inbound.intent.channel_stops import refuses_being_contacted, stops_a_channel
from sequencer.inbound.intent.complaints import complains_as_a_stop
from sequencer.inbound.intent.data_questions import without_questions_about_their_data
from sequencer.inbound.intent.deletion_demands import demands_it_deleted
from sequencer.inbound.intent.keeping import asks_not_to_be_kept
from sequencer.inbound.intent.lists_left_if_on_one import leaves_a_list_if_on_one
from sequencer.inbound.intent.mailings_refused import refuses_a_mailing
from sequencer.inbound.intent.nothing_more import wants_nothing_more
from sequencer.inbound.intent.stop_figures import asks_to_stop_figuratively
from sequencer.inbound.intent.stop_grammar import (
    asks_to_be_reached_elsewhere,
    asks_to_stop_by_grammar,
)
from sequencer.inbound.intent.stop_kinds import asks_to_stop_by_kind
from sequencer.inbound.intent.stop_regional import asks_to_stop_regionally, regional
from sequencer.inbound.intent.stop_restated import asks_to_stop_restated
from sequencer.inbound.intent.stop_wishes import wishes_no_more
from sequencer.inbound.intent.stops_said_plainly import asks_to_stop_plainly
from sequencer.inbound.intent.stops_whatever_else import asks_to_stop_whatever_else
from sequencer.inbound.intent.unwanted_contact import wants_no_more_contact
from sequencer.inbound.intent.wanted_out import asks_to_be_left_out
from sequencer.inbound.intent.word_gate import WordGate
from sequencer.inbound.needles import may_match

# Reaching someone: write, mail, message, call, text, contact, approach, bother (stems).
_CONTACT = (
    r"(?:contact|contat|kontakt|e-?mail|mail|gemaild|messag|text|call|bother|spam|writ|ping"
    r"|escri[bv]|mand|envi|llam|molest|busqu|insist|escrev|lig|procur|incomod|mensag"
    r"|benader|bel|gebeld|sms|app|stuur|stur|schrijf|lastig"
    r"|anschreib|angeschrieben|anruf|angerufen|schreib|gemailt|belastig|stor|nerv|behellig"
    r"|ecri|relanc|sollicit|appel|harcel|envoy)\w*"
)
_MORE = r"(?:more|again|anymore|mas|nunca|otra\s+vez|de\s+nuevo|mais|novamente|de\s+novo|meer"
_MORE += r"|mehr|plus|jamais)\b(?!\s+(?:tarde|tard|later|spat))"
_RECEIVE = r"(?:receiv|recib|receb|recev|ontvang|erhalt|bekomm)\w*"
_MY = r"(?:my|mine|mijn|meine?\w*|mes|mon|ma|mis|mi|meus?|minhas?|os\s+meus|o\s+meu|a\s+minha)"
_MY_THINGS = (
    r"(?:data|details|info\w*|number|phone|e-?mail|address|cv|resume|profile|contact\w*|name"
    r"|daten|\w*nummer|adresse|e-?mail-?adresse|lebenslauf|profil|kontaktdaten|donnees|numero"
    r"|coordonnees|nom|datos|correo|telefono|curriculum|perfil|gegevens|e-?mailadres|adres"
    r"|profiel|dados|contato|contacto|curriculo|telefone|cadastro|persoonsgegevens|naam|nombre|nome"
    r"|registo|registro|dossier|direccion|endereco|courriel|portable|tel|0[67]"  # "virez mon 06"
    r"|kontakt\w*|unterlagen|bewerbungsunterlagen|\w*nr|06|gsm|levensloop"
    r"|personenbezogenen|personnelles|personales|pessoais)\b"
)
_THIS = r"(?:this|that|diese\w*|esse|essa|este|esta|ese|esa|deze|dit|dat|ce|cette)"
# "Unlist", "strike", "rayez", "quitad", "tirem" only in these forms: "unlisted", "quite" and
# "tire" delete nothing ("my number is unlisted, how did you get it?").
_DELETE = (
    r"(?:(?:delet|eras|remov|purg|losch|entfern|vernicht|vernietig|destroy|effac|supprim|retir"
    r"|enlev|borr|elimin|supr|verwijder|schrap|apag|exclu|remoc|scrub|tilg|expung|expurg|ophef)\w*"
    r"|(?:wis|wist|wissen|wipe)\b"
    r"|(?:un|de)-?list(?:ing)?\b|(?:strike|scrap)\b(?!\s+(?:my|that|this|the)\s+(?:last|previous"
    r"|earlier)\b)|ray(?:er|ez)\b|quit(?:a|ad|en|ar|adme|enme)\b"
    r"|tir(?:a|em|ar)\b)"
)
_LIST = (  # not a shortlist: "tire meu nome da short list" is about a role (session 31)
    r"(?<!short\s)(?<!short-)(?:lists?|mailing\s*list|database|distribution|listen?|listes|listas"
    r"|lijsten|verteiler|\w*datenbank|kartei"
    r"|fichiers?|listado|lista|base\s+de\s+datos|lijst|\w*bestand(?:en)?|databank|mailinglijst"
    r"|cadastro|administrati(?:e|on)"
    r"|base\s+de\s+dados|banco\s+de\s+dados|records|registros?|systems?|systeem|sistemas?|crm"
    r"|campaigns?|campagnes?|campanas?|campanhas?|kampagnen?|sequences?|secuencias?|sequencias?"
    # Yours, or a pool of candidates: "me sortir de ta base", "retirez-moi de votre vivier",
    # "me tirem do banco de talentos", "haal me uit jullie talentpool" (not "ma zone de confort").
    r"|(?:ta|votre|vos|tu|su|sus|sua|vossa|your|jullie|uw|ihre[rmn]?|eure[rmn]?)\s+base"
    r"|(?:ihre[rmn]?|eure[rmn]?)\s+unterlagen"
    r"|viviers?|\w*pool|banco\s+de\s+talentos|bolsa\s+de\s+(?:talento|candidatos)"
    # "sortez-moi de vos dossiers", "raye-moi de tes contacts", "remove me from your contacts".
    r"|(?:vos|tes|your|tus|sus|teus|seus|jullie|uw)\s+(?:dossiers|contacts|contactos|contatos)"
    # What we send, and our applicant tracking (session 33): "me sortir de vos envois", "¿me
    # pueden sacar de sus envíos?", "haal mij uit uw verzendingen", "van je verzendlijst afhalen",
    # "kun je me uit de verzending halen?", "uit jullie ATS", "uit jullie adresboek".
    r"|envois|envios|verzending(?:en)?|verzendlijst\w*|mailings|ats|adresboek|adressbuch)\b"
    # Not a waiting list, nor the candidates' (session 29): "sacar de la lista de espera" is a yes.
    r"(?!\s*(?:d'\s*attente|de\s+espera|of\s+candidates|de\s+candidat\w*|des\s+candidat\w*)\b)"
)
_OFF_VERB = (
    # "Nehmen Sie mich in den Verteiler auf" puts them on a list.
    r"(?:(?:remov|strike|delet|nehm(?![^.!?]*\bauf\b)|streich|entfern|trag|retir|enlev|supprim|ray|sac|saqu|quit"
    r"|borr|elimin|verwijder|schrap|tir|exclu|effac)\w*|(?:un|de)-?list|sortez|sortir|haal|halen|haalt|zet"
    r"|vir(?:ez|er|e)\b"
    # Session 33: "ôtez mon adresse de vos envois", "van je verzendlijst afhalen".
    r"|ot(?:ez|er|e)\b|afhal\w*|afhaal\w*"
    r"|zetten)"
)
_FIRST_PERSON = re.compile(  # "mim" as Brazilians say "me": "mim tira dessa lista"
    r"\b(?:me|mim|mij|mich|moi|my|mijn|mi|mis|meu|meus|mon|mes|meine\w*)\b|-(?:me|moi)\b"
    r"|\b(?:sac|saqu|quit|borr|elimin|tir|retir|exclu)\w*me\b"
    # "Remove this email address from your lists": the one we wrote to is theirs.
    r"|\b(?:this|diese[rn]?|cette|ce|esta|este|esse|essa|dit|deze)\s+(?:e-?mail\s*-?)?(?:address|adresse"
    r"|adres|direccion|endereco|number|nummer|numero)\b"
)

# Someone's stopping to contact them told as news: "dejó" (accents gone), "dejaron", "deixou",
# "deixaram" ("¿cómo dejo de recibir estos correos?" still asks how to stop receiving them).
_NOT_TOLD = (
    r"(?<!\bdejo\sde\s)(?<!\bdejaron\sde\s)(?<!\bdejaste\sde\s)(?<!\bdeixou\sde\s)"
    r"(?<!\bdeixaram\sde\s)(?<!\bdeixei\sde\s)(?<!\bparou\sde\s)(?<!\bpararam\sde\s)"
)

_SHAPES = tuple(
    re.compile(pattern)
    for pattern in (
        # A contact verb, denied, with "more": "no me mandes más", "não me procurem mais",
        # "u mij niet meer benadert", "ne m'écrivez plus".
        rf"\b(?:no|nao|ne|don'?t|do\s+not|never)\s+(?:(?:me|mim|m'|nos|te|mij|me\s+\w+)\s*)?"
        rf"(?:\w+\s+)?{_CONTACT}\s+(?:\w+\s+){{0,2}}?{_MORE}",
        rf"\b(?:niet|nooit|nicht)\s+(?:meer|mehr|langer|lange?r)\s+(?:\w+\s+){{0,2}}?{_CONTACT}"
        rf"|\bno\s+longer\s+(?:\w+\s+)?(?:contact|e-?mail|messag|text|call|writ)\w*\s+me\b",
        rf"\bgeen\s+(?:\w+\s+){{0,2}}?meer\s+(?:\w+\s+)?(?:te\s+)?{_CONTACT}",
        rf"\b(?:nunca\s+mais|nunca\s+mas|plus\s+jamais|nie\s+wieder|nooit\s+meer)\s+(?:\w+\s+)?"
        rf"{_CONTACT}",
        # Stopping the sender: "dejéis de enviarme", "deixe de me contactar", "hou op met sms'en".
        # Not told as news (session 32): "su compañero dejó de escribirme", "parou de me ligar".
        rf"(?<!\bnao\s)(?<!\bno\s)\b(?:dej\w*|deix\w*|par(?:a|e|em|ar))\s+de\s+(?:{_NOT_TOLD}me\s+{_CONTACT}"
        rf"|{_NOT_TOLD}(?!procur|busc|insist){_CONTACT}|{_RECEIVE})",
        # Not "hou vooral niet op met appen", "stop niet met mailen", "hör nicht auf" (don't stop).
        r"\bho(?:u|ud|udt|uden)\s+(?:(?!niet\b)\w+\s+){0,2}?op\s+met\b"
        r"|\bhor(?:e|t|en)?\s+(?:(?!nicht\b)\w+\s+)?auf\b",
        rf"\bstop\s+(?:(?!niet\b)\w+\s+){{0,2}}?met\s+(?:(?:me|mij)\s+)?(?:te\s+)?{_CONTACT}",
        rf"\b{_CONTACT}\s+(?:me|mij)\s+(?:\w+\s+)?(?:niet|nooit)\s+meer\b",
        r"\bschrijf\s+(?:me|mij)\s+(?:\w+\s+){0,4}?uit\b|\bdeix\w*\s+(?:\w+\s+)?em\s+paz\b",
        r"\b(?:lass\w*|laat)\s+(?:\w+\s+)?(?:mich|me|mij)\s+(?:\w+\s+){0,2}?(?:in\s+ruhe|met\s+rust)",
        # (not "oubliez-moi pour ce poste", a no to one role; nor "vergeet me niet": session 31)
        r"(?:\bm'oubli\w*|\boubliez[- ]moi\b|\bvergeet\s+(?:me|mij)\b|\bvergessen\s+sie\s+mich\b)"
        r"(?!\s+(?:niet|nicht)\b|[,\s]{1,3}(?:\w+\s+)?(?:pour|voor|f(?:u|ue)r|bei)\s+(?:ce|cette|cet"
        r"|ces|deze|dit|die|diese\w*|der|den|het|de|la|le)\b)",
        # Asking how to get out, or why we keep writing: "¿cómo me doy de baja?", "como faço
        # para sair dessa lista?", "why do you keep emailing me?".
        # Any form of "dar de baja" but the participle and "el enlace para darse de baja":
        # "que me dieran de baja", "denme de baja".
        r"\b(?:doy|d(?!ad[oa]s?\b|arse\b)(?:ar|a|e|ie|ad)\w{0,4})\s+de\s+baja\b",
        # ...and asking how or where: "¿dónde hay que pinchar para darse de baja?"
        r"\b(?:como|donde)\b[^.!?]{0,40}?\bdarse\s+de\s+baja\b",
        # Not a work regime (session 32): "quero sair fora do sistema PJ".
        rf"\b(?:sair|salir|sortir|saia|salgo|saio)\s+(?:\w+\s+){{0,2}}?{_LIST}"
        r"(?!\s+(?:pj|clt|de\s+(?:trabalho|turnos?|plantao|escala)))",
        rf"\b(?:why|por\s*que|porque|waarom|warum|wieso|pourquoi)\b[^.!?]{{0,30}}\b(?:keep|continu"
        rf"|segu|sig|blijv|immer)\w*\s+(?:\w+\s+)?{_CONTACT}",
        rf"\b(?:no|nao)\s+(?:me\s+)?(?:sig|segu|continu)\w*\s+(?:\w+\s+)?{_CONTACT}",
        # Not told as news (session 32): "jullie collega stopte met mailen".
        rf"\bstop(?!te\b|ten\b|ped\b)\w*\s+(?:(?!niet\b)\w+\s+){{0,2}}?met\s+{_CONTACT}|\baufhor\w*\s*,?\s+(?:mir|mich|uns)\b",
        r"\b(?:nao|no)\s+(?:\w+\s+)?insist(?:a|am|ir|as|an|ais|eis)\b",
        r"\b(?:nao|no)\s+(?:quero|quiero|deseo|desejo)\s+(?:que\s+me|ser)\s+(?:mais\s+|mas\s+)?(?:molest|incomod"
        r"|perturb|importun|contat|contact|procur)\w*",
        rf"\bno\s+(?:\w+\s+){{0,2}}?v(?:ue|o)lv\w*\s+a\s+(?:{_CONTACT}|{_RECEIVE})"
        rf"|\bnao\s+(?:\w+\s+){{0,2}}?volt\w*\s+a\s+(?:{_CONTACT}|{_RECEIVE})",
        rf"\b(?:abst(?:e|en)\w*\s+de|refrain\s+from)\s+(?:\w+\s+)?{_CONTACT}",
        r"\b(?:bespaar|spaar)\s+(?:me|mij)\b|\bverbitte\b|\bvon\s+(?:weiteren|jeglichen|kunftigen"
        r"|zukunftigen)\s+(?:\w+\s+){0,3}?(?:ab|abzusehen|absehen|abstand)\b"
        r"|\b(?:abstand|absehen)\s+von\s+(?:\w+\s+)?(?:\w*kontakt\w*|anfragen|nachrichten|e-?mails"
        r"|mails|anrufen)",
        r"\bcess(?:er|ez|e)\s+(?:vos|tes|les|ces|de\s+m'?\w*|tout)\s*(?:\w+\s+)?(?:relances|messages"
        r"|mails|e-?mails|sollicitations|envois|contacts?|appels|\w+)?",
        r"\bniet\s+(?:\w+\s+)?(?:te\s+)?wachten\s+op\s+(?:\w+\s+)?(?:mails|berichten|e-?mails"
        r"|telefoontjes|spam)",
        rf"\b(?:no\s+hace\s+falta|no\s+es\s+necesario|nao\s+precisa\w*|inutile|no\s+need|niet"
        rf"\s+nodig|nicht\s+notig)\b[^.!?]{{0,25}}{_CONTACT}\s+(?:\w+\s+){{0,2}}?{_MORE}"
        r"|\binutile\s+de\s+(?:me\s+|m')?relanc",
        r"^\W*(?:chega|basta|ya\s+basta|stop\s+ermee|para\s+com\s+isso|genug|ca\s+suffit"
        r"|assez)\W*$",
        # Wanting to receive no more: "prefiero no recibir más", "ik ontvang graag geen mails".
        r"\b(?:rather|prefer)\s+not\s+(?:to\s+)?(?:receive|be\s+contacted|hear\s+from)",
        r"\b(?:no|nao|ne\s+plus|niet\s+meer|nicht\s+mehr)\s+(?:\w+\s+){0,2}?(?:receive|recibir"
        r"|receber|recevoir|ontvangen|erhalten|bekommen)\s+"
        r"(?:\w+\s+){0,2}?(?:mas|mais|ningun\w*|nenhu\w*|meer|mehr)\b",
        rf"\b{_RECEIVE}\s+(?:\w+\s+)?(?:graag|liever)?\s*geen\b",
        r"\bgeen\s+(?:\w+\s+){0,2}?(?:mails|e-?mails|berichten|sms\w*|telefoontjes|contact)"
        r"\s+meer\b|\bgeen\s+behoefte\s+(?:meer\s+)?aan\s+(?:\w+\s+)?(?:verdere\s+|meer\s+)?(?:berichten|mails"
        r"|e-?mails|contact|telefoontjes|vacature\w*|sms\w*)\b",
        r"\b(?:no|ni)\s+(?:\w+\s+)?(?:mas|un\s+\w+\s+mas)\s+(?:correos|mensajes|e-?mails|mails"
        r"|sms|llamadas|ofertas|comunicaciones|whatsapps?)\b",
        r"\bnem\s+mais\s+u(?:m|ma)\s+(?:\w+\s+)?(?:e-?mail|mail|sms|mensagem|ligacao|proposta)\b",
        r"\b(?:(?:ni|nem)\s+|(?:no|nao)\s+(?:\w+\s+){0,2}?)u(?:n|m|na|ma)\s+(?:\w+\s+)?(?:correo|mensaje"
        r"|e-?mail|mail|sms|llamada|oferta|whatsapp|mensagem|ligacao|proposta)\s+(?:mas|a\s+mais)\b"
        r"(?=\s*(?:[.!,;]|$|de\s|vuestr|suy|tuy|seu|sua|vosso))",
        r"\bgeen\s+(?:\w+\s+){0,2}?(?:berichten|mails|e-?mails|sms\w*|vacatures|contact)\s+"
        r"(?:meer\s+)?(?:te\s+)?ontvangen\b",
        rf"\bvan\s+(?:\w+\s+){{0,3}}?{_LIST}\s+af\b",
        r"\b(?:mais\s+nenhu\w*|plus\s+aucun\w*|keine\s+weiteren?)\s+(?:\w+\s+)?(?:e-?mails?|mails?"
        r"|mensage\w*|messages?|nachrichten|sms|contatos?|contacts?|anrufe|appels?)\b",
        r"\bque\s+(?:lo|los|la|las|me)\s+(?:borr|elimin|supr)\w*",
        # A subscription cancelled: "cancela mi suscripción", "cancelar a inscrição".
        r"\b(?:cancel|anul|annul|opzeg|beeindig|kundig)\w*\s+(?:\w+\s+){0,2}?(?:suscripci\w*"
        r"|subscription|inscricao|assinatura|abonnement|abo|inschrijving)\b"
        r"|\b(?:desuscrib|desinscri|desapunt|abbestell|unsub|desabonn)\w*",
        # A data-protection right invoked.
        r"\b(?:right\s+to\s+(?:erasure|be\s+forgotten|object)|recht\s+auf\s+(?:loschung"
        r"|vergessenwerden)|droit\s+(?:a\s+l'oubli|d'opposition|a\s+l'effacement)|derecho\s+(?:de"
        r"|a\s+la)\s+(?:oposicion|supresion|olvido)|direito\s+(?:de\s+oposicao|ao\s+esquecimento"
        r"|de\s+eliminacao)|recht\s+op\s+(?:verwijdering|vergetelheid|bezwaar))",
    )
)
# Their data, number or CV deleted: "effacez mon numéro", "verwijder mijn cv".
_DELETIONS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b{_DELETE}\s+(?:\w+\s+){{0,3}}?{_MY}\s+(?:\w+\s+){{0,2}}?{_MY_THINGS}"
        r"(?!(?:\s+\w+)?\s+(?:(?:from|off)\s+(?:the\s+)?(?:cc|thread|invite|invitation|meeting|calendar)"
        r"|(?:from|off|da|de|do|des|du|van|aus|von|uit)\s+(?:the\s+|la\s+|a\s+|der\s+|de\s+)?short\s*-?list))",
        rf"\b{_MY}\s+(?:\w+\s+){{0,2}}?{_MY_THINGS}\s+(?:\w+\s+){{0,3}}?(?:zu\s+|te\s+)?{_DELETE}",
        # The number or address we wrote to: "löschen Sie diese Nummer", "apaguem esse número".
        rf"\b{_DELETE}\s+(?:sie\s+|u\s+)?{_THIS}\s+(?:e-?mail\s*-?)?(?:number|nummer|numero|address"
        r"|adresse|adres|direccion|endereco|e-?mail\w*|telefon\w*|contact\w*)\b",
        # Dutch, the verb split round it: "haal mijn e-mailadres weg".
        rf"\b(?:haal|gooi|gooit)\s+(?:\w+\s+){{0,2}}?{_MY}\s+(?:\w+\s+){{0,2}}?{_MY_THINGS}\s+(?:\w+\s+){{0,2}}?weg\b",
    )
)
# A wrong number that also asks to be deleted: "Wrong number, please delete it."
_WRONG_NUMBER = re.compile(
    r"\b(?:wrong\s+(?:number|person)|falsche\s+nummer|numero\s+(?:errado|equivocado|incorrecto)"
    r"|(?:mauvais|faux)\s+numero|verkeerde?\s+nummer)\b"
)
# Off a list or out of a file, said of themselves: "sácame de tu lista", "mij uit uw bestand
# halen", "aus Ihrem Verteiler nehmen" (the verb on either side).
_OFF_A_LIST = (
    re.compile(
        rf"(?:\b(?:me|mim|mij|mich|moi)\s+(?:\w+\s+)?)?\b{_OFF_VERB}\b[^.!?\n]{{0,40}}?\b{_LIST}"
    ),
    re.compile(
        rf"\b(?:me|mim|mij|mich|moi)\b[^.!?\n]{{0,30}}?\b{_LIST}[^.!?\n]{{0,15}}?\b{_OFF_VERB}"
    ),
)

# "zet me op de lijst voor de meetup" puts them on one.
# ...or "tragen Sie mich in Ihren Talentpool ein", "zet mij maar in jullie database" (session 29).
_ONTO_A_LIST = re.compile(
    rf"\b(?:op|on|onto|auf|sur|aan)\s+(?:\w+\s+){{0,2}}?{_LIST}"
    rf"|\b(?:trag|zet)\w*\s+(?:\w+\s+){{0,3}}?in\s+(?:\w+\s+){{0,2}}?{_LIST}"
)
# Asking who gave us the number, or saying they never gave it, and then "delete it": "quién te
# dio este número? … bórralo", "jamais donné mon num … effacez-le", "nooit gegeven. wissen graag".
_NEVER_GAVE_IT = re.compile(
    # ...or how: "comment avez-vous eu ce numéro ?", "how did you get this number?"
    r"\b(?:who|wer|qui|quien|quem|wie|where\s+did|woher|d'ou|de\s+donde|de\s+onde|how|comment"
    r"|como|hoe)\b[^.!?]{0,40}?\b(?:number|nummer|numero|num|nr|contact\w*|kontakt\w*|anschluss"
    r"|address|adresse|adres|correo|e-?mail|mail|phone|telefon\w*|telephon|movil|celular|portable"
    r"|mobile|data|daten|datos|dados|donnees|gegevens|(?:tel|0[67])\b)"
    r"|\b(?:never|nie|nunca|jamais|jamas|nooit)\b[^.!?]{0,40}?\b(?:gave|given|shared|passed|gegeben"
    r"|weitergegeben|donne|communique|file|refile|di|dio|dado|dei|passei|gegeven|gedeeld)\b"
)
# The deletion asked for bare, of "it": "Delete it.", "bórralo", "effacez-le", "apaga isso".
_DELETE_IT = re.compile(
    # ...or forgotten, in French: "oubliez-le" (the others' "forget it" is "never mind").
    rf"\b(?:{_DELETE}|oubli(?:ez|e)(?=[- ]l[ea]\b))(?:[- ]?(?:le|la|les|lo|los|las)\b)?"
    r"(?:\s*\b(?:it|this|that|het|hem|es|sie|ihn|isso|ele|ela"
    r"|isto|eso|esto|ese|ca|bitte|please|pls|graag|svp|por\s+favor|pf|aub|jetzt|now|immediately"
    r"|ja|ya|agora|maintenant|nu|meteen)\b){0,2}\s*(?:[.!]|$)"
    # ...or away with it (session 31): "weg damit, aber flott", "weg ermee".
    r"|\bweg\s+(?:damit|ermee)\b"
)


# No need, or no point, to go on writing (session 29): "inutile de continuer à m'écrire", "no
# need to keep emailing me", "Sie brauchen mir nicht mehr zu schreiben", "no hace falta que me
# sigas escribiendo", "não precisa mais mandar nada", "het heeft geen zin om me nog te mailen",
# "you don't need to send me anything else". In a yes ("não precisa mandar mais nada, me liga
# amanhã") `not_requests` has taken the clause out before this reads it.
_NO_NEED = (
    r"(?:no\s+need|no\s+point|(?:don'?t|do\s+not)\s+need\s+to|needn'?t|no\s+hace\s+falta"
    r"|no\s+es\s+necesario|no\s+tiene\s+sentido|no\s+tienes?\s+que|nao\s+precisa\w*"
    r"|nao\s+(?:tem|faz)\s+sentido|nao\s+e\s+necessario|inutile|pas\s+(?:la\s+peine|besoin)"
    r"|ne\s+sert\s+a\s+rien|niet\s+nodig|geen\s+zin|hoef\w*\s+(?:\w+\s+)?niet|nicht\s+notig"
    r"|keinen\s+sinn|brauch\w*\s+(?:\w+\s+){0,2}?(?:nicht|nichts|kein\w*)|bringt\s+(?:\w+\s+)?nichts"
    r"|no\s+sirve\s+de\s+nada|de\s+nada\s+sirve)\b"
)
_SENT = rf"(?:{_CONTACT}|send\w*|schick\w*)"
_NO_NEED_TO_GO_ON = re.compile(
    rf"\b{_NO_NEED}[^.!?]{{0,30}}?\b(?:continu\w*|keep|segu\w*|sig(?:a|as|an|ais|ues|uen)|blijv\w*"
    rf"|weiter|verder|nog|mais|mas|more|plus|mehr|meer|again|longer|langer)\s+(?:\w++'?\s*){{0,2}}?{_SENT}"
    rf"|\b{_NO_NEED}[^.!?]{{0,30}}?\b{_SENT}\s+(?:\w+\s+){{0,3}}?(?:{_MORE}|(?:any\s+)?further\b"
    r"|encore\b|weiter\b|verder\b|anything\s+(?:else|more)"
    r"|(?:nothing|nada|nichts|rien|niks|niets)\s+(?:else|more|mais|mas|mehr|meer|plus|d'autre))"
)
# "You can delete my old number, the new one is …" updates their details; it asks nothing to stop.
_OLD = re.compile(
    r"\b(?:old|former|previous|alte\w*|ehemalige\w*|ancien\w*|antig\w*|viej\w*|oude"
    r"|vorige|anterior\w*)\b"
)
# ...unless more of theirs is joined to it: "delete my old CV and all my data".
_AND_MORE_OF_THEIRS = re.compile(
    rf"\s*,?\s*(?:and|und|et|y|en|e|plus)\s+(?:(?:all|alle\w*|tou\w*|tod[oa]s|any|of)\s+){{0,2}}"
    rf"{_MY}\s+(?:\w+\s+)?{_MY_THINGS}"
)


def _deletes_theirs(words: str, found: re.Match[str]) -> bool:
    return not _OLD.search(words, found.start(), found.end() + 12) or bool(
        _AND_MORE_OF_THEIRS.match(words, found.end())
    )


def asks_to_stop_in_other_words(text: str) -> bool:
    words = regional(plain(text))
    words = without_questions_about_their_data(words, _DELETE)
    if stops_a_channel(words):  # "call my other number and stop using this one" stops one
        return True
    if refuses_a_mailing(words):  # "die wekelijkse vacaturemail hoef ik niet meer … bel me"
        return True
    if stops_an_address(words):  # "take that number off your list; email me instead"
        return True
    if asks_to_stop_plainly(words):  # "please don't ring 07700 900 518 again; text me"
        return True
    if leaves_a_list_if_on_one(words):  # "if I'm on a list of yours, I want out; call me"
        return True
    if asks_to_stop_whatever_else(words):  # "call me. no texts, no emails from now on"
        return True
    if asks_to_be_reached_elsewhere(words):
        return False  # "don't call me at work, email me instead" moves the talk, not ends it
    if refuses_being_contacted(words) or wants_no_more_contact(words):
        return True
    if any(_deletes_theirs(words, found) for found in _deletions(words)):
        return True
    if _WRONG_NUMBER.search(words) and re.search(rf"\b{_DELETE}", words):
        return True
    if (_NEVER_GAVE_IT.search(words) and _DELETE_IT.search(words)) or demands_it_deleted(words):
        return True
    if _SHAPES_GATE.any_match(words) or asks_to_stop_by_grammar(words):
        return True
    if asks_to_stop_by_kind(words) or _NO_NEED_TO_GO_ON.search(words):
        return True
    if asks_to_stop_regionally(words) or asks_to_stop_figuratively(words):
        return True
    if asks_not_to_be_kept(words) or asks_to_stop_restated(words) or wishes_no_more(words):
        return True
    if wants_nothing_more(words) or wants_all_of_it_gone(words):
        return True
    if asks_to_be_left_out(words):
        return True
    if complains_as_a_stop(words, text):
        return True
    # "How did you get my contact? Remove it from your lists": the list is theirs to leave.
    return any(
        (_FIRST_PERSON.search(found.group(0)) or _NEVER_GAVE_IT.search(words))
        and not _ONTO_A_LIST.search(found.group(0))
        for pattern in _OFF_A_LIST
        for found in pattern.finditer(words)
    )


@lru_cache(maxsize=16)  # asked 2-3 times a reply; pure, of one str; the last 16 texts only
def plain(text: str) -> str:
    """Lower case, no accents, one space between words, straight apostrophes, "oe" as "o"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    if not decomposed.isascii():  # no ASCII character is a combining mark
        decomposed = "".join(c for c in decomposed if not unicodedata.combining(c))
    unaccented = " ".join(decomposed.split())
    if may_match(_NO_MORE_SPOKEN, unaccented):  # a cheap look first: the same answer
        unaccented = _NO_MORE_SPOKEN.sub("nicht mehr", unaccented)
    if not may_match(_UMLAUT_TYPED, unaccented):
        return unaccented
    return _UMLAUT_TYPED.sub(lambda found: _TYPED_E.sub(r"\1", found[0], count=1), unaccented)


# "Nimmer": Austrian and Bavarian "nicht mehr" ("ruf mich nimmer an"); Dutch "never", alike.
_NO_MORE_SPOKEN = re.compile(r"\bnimm(?:er|a)\b")


# Only these stems: "poeta", "moeten" and Dutch "stoer" have an "oe" that is no umlaut.
_UMLAUT_TYPED = re.compile(
    r"\b(?:loesch|(?:auf)?hoer|moecht|(?:zu)?kuenftig|belaestig|wuensch|noetig)"
)
_TYPED_E = re.compile(r"([aou])e")


def _deletions(plain: str) -> list[re.Match[str]]:
    return [found for pattern in _DELETIONS for found in pattern.finditer(plain)]


# Each shape is searched only in a text holding a word it can begin with (the same answer; for
# a handful of patterns, as below, looking the words up costs more than it saves).
_SHAPES_GATE = WordGate(_SHAPES)
