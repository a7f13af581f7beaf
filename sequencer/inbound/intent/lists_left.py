"""Taken off a list, file or mailing in the words and word orders the earlier readers miss
(session 35, paraphrase wave 8 and the older waves' misses), read whatever else the reply says:
"call me, and take me off the SMS list" stops the texts.

- the verb last, or none: "meine Nr. bitte ausm Verteiler nehmen", "von eurem SMS-Verteiler
  bitte runter", "Ich will aus der Empfängerliste raus", "kunnen jullie mn mailadres uit t
  systeem gooien?", "kan mijn nummer uit jullie adresboek?", "esta dirección, fuera", "Fuera de
  vuestra lista", "do WhatsApp me remove";
- verbs of crossing out, pulling and switching off: "can u pull my email off ur mass mailer?",
  "strike my home number from your records", "risque o meu número da vossa lista", "schrap m'n
  06 uit jullie systeem", "desactivadme de la lista", "desativem meu nome desses envios",
  "sumam com meu currículo do banco de vocês";
- a mailing as the list: "quites mi dirección del boletín", "meld me dan ook af voor jullie
  wekelijkse vacaturemail", "meld dit nummer af voor WhatsApp", "me das de baja de la lista de
  sms", "zet me daar maar uit";
- left out of what we send: "leave me out of these", "ne me comptez plus parmi vos candidats",
  "laat me voortaan buiten al jullie zoekopdrachten", "me deixa de fora das próximas";
- no longer appearing in it, or wanted deleted from it: "que mon numéro n'apparaisse plus dans
  vos campagnes d'appels", "Mijn gegevens in jullie database wil ik gewist hebben".

Not a removal denied ("Sie müssen mich nicht aus Ihrem Verteiler nehmen", "don't take me off
the list"), put on a list ("zet me op de lijst", "setz mich auf die Liste"), a shortlist, a
waiting list or the process left, news ("me removeram do grupo"), nor an event ("ik meld me af
voor de meetup"). Read on the text `opt_outs.plain` made: lower case, no accents."""

from __future__ import annotations

import re

from sequencer.inbound.intent.channels_refused import CHANNEL, clause_start, one_line
from sequencer.inbound.intent.word_gate import WordGate

# Where they are kept, or what we send: lists (German compounds too), files, systems, mailings.
_LIST = (  # not a shortlist: "retire o meu nome da short list" leaves a process
    r"(?<!short\s)(?<!short-)(?:lists?|listen?|listes|listas?|lijst\w*|[\w-]*liste\w*|[\w-]*verteiler\w*|[\w-]*datenbank\w*"
    r"|databases?|database|databank\w*|crm|systems?|systeem|systemen|sistemas?|records|files?"
    r"|fichiers?|ficheros?|dossiers?|\w*bestand(?:en)?|\w*systeem|adresboek|adressbuch|agenda|kartei|base"
    r"|banco|cadastro|registros?|mailings?|mailer|mailinglijst|newsletters?|nieuwsbrie(?:f|ven)"
    r"|boletin|boletim|bulletin|infolettre|alerts?|alertas|alertes|envios|envois|verzending\w*"
    r"|campaigns?|campagnes?|campanas?|campanhas?|kampagnen?|sequences?|contacts|contactos"
    r"|contatos|kontakte|zoekopdrachten|\w*pool|vivier|sends|mailouts|marketing|outreach)\b"
    r"(?!\s*(?:d'\s*attente|de\s+espera|of\s+(?:candidates|finalists)|de\s+(?:candidat\w*"
    r"|finalist\w*)|des\s+(?:candidat\w*|finalistes)|pj|clt)\b"
    # ...nor a role's: "riscar o meu nome da lista desta vaga" leaves the process.
    r"|\s*(?:\w+\s+)?(?:desta|dessa|de\s+esta|de\s+esa|de\s+cette|of\s+this|for\s+this|voor\s+deze"
    r"|fur\s+diese|para\s+esta|van\s+deze)\s+(?:vaga|vacante|offre|role|job|position|vacature"
    r"|stelle|puesto|funcao|functie|poste))"
)
# What is taken off: themselves, their number, address, name, data, CV (theirs or this one).
_THEM = (
    r"(?:me|mim|mij|mich|moi|m'|mi|(?:my|mijn|m'n|mn|meine?\w*|mon|ma|mes|mi|mis|meu|meus|minha"
    r"|minhas|o\s+meu|a\s+minha|this|that|esta|este|esse|essa|ce|cette|diese\w*|dit|deze)\s+"
    # (not an old one, which a new one replaces: "delete my old number, the new one is …")
    r"(?!(?:old|former|alte\w*|ancien\w*|antig\w*|viej\w*|oude|vorige)\b)(?:\w+\s+){0,2}?(?:number|numero|nummer|\w*nummer|nr|06|address|adresse|adres|direccion|endereco"
    r"|e-?mail\w*|mailadres|mail|name|nom|nombre|nome|naam|data|daten|donnees|datos|dados"
    r"|gegevens|details|cv|curriculo|lebenslauf|profile?|profil|perfil|profiel|contact\w*|fiche"
    r"|ficha|record))"
)
_OFF_VERB = (
    r"(?:nehm\w*|streich\w*|entfern\w*|losch\w*|gooi\w*|hal\w*|schrap\w*|verwijder\w*|werf\w*"
    r"|remov\w*|delet\w*|tak\w*|pull\w*|strike|scrub\w*|drop\w*|quit\w*|sac\w*|saqu\w*|borr\w*"
    r"|elimin\w*|tir\w*|retir\w*|exclu\w*|risc\w*|risqu\w*|ray\w*|supprim\w*|enlev\w*|effac\w*"
    r"|desactiv\w*|desativ\w*|deactivat\w*|sum\w+\s+com)"
)
_OUT = r"(?:raus|runter|eruit|er\s*af|weg|fuera|fora|out|dehors|af)"
_FROM = r"(?:aus\w*|von|vom|uit|van|from|off|de|del|da|do|das|dos|des|du|out\s+of)"
_LEFT = tuple(
    re.compile(pattern)
    for pattern in (
        # The verb last: "meine Nr. ausm Verteiler nehmen", "mn mailadres uit t systeem gooien",
        # "von eurem SMS-Verteiler bitte runter", "aus der Empfängerliste raus".
        rf"\b{_FROM}\s+(?:\w+\s+){{0,3}}?{_LIST}[^.!?\n]{{0,20}}?\b(?:{_OFF_VERB}|{_OUT})\b",
        # Pulled, struck or switched off: "pull my email off ur mass mailer", "strike my home
        # number from your records", "risque o meu número da vossa lista", "desactivadme de la
        # lista", "desativem meu nome desses envios".
        rf"\b(?:pull\w*|strike|scrub\w*|drop\w*|risc\w*|risqu\w*|desactiv\w*|desativ\w*|deactivat\w*"
        rf"|schrap\w*|sum\w+\s+com|quit\w*|tak\w*|ray\w*|enlev\w*|retir\w*)\s*(?:\w+\s+){{0,2}}?{_THEM}"
        rf"\s*(?:\w+\s+)?"
        rf"(?:off|from|out\s+of|de|del|da|do|das|dos|desses|dessas|uit)\s+(?:\w+\s+){{0,3}}?{_LIST}",
        # Theirs, then the verb as a participle: "I'd still like my address dropped from these
        # sends", "my details taken out of your job marketing".
        rf"\b{_THEM}\s+(?:\w+\s+)?(?:dropped|removed|taken\s+(?:off|out)|struck|deleted|pulled"
        rf"|scrubbed|gewist|verwijderd|geloscht|entfernt|gestrichen)\s+(?:(?:from|off|of|out\s+of"
        rf"|uit|aus|van|von)\s+)?(?:\w+\s+){{0,3}}?{_LIST}",
        rf"\btak\w*\s+{_THEM}\s+out\s+of\s+(?:\w+\s+){{0,3}}?{_LIST}",
        # A channel or list named first, then "me remove": "do WhatsApp me remove", "de la lista
        # de sms me das de baja ya".
        rf"\b{_FROM}\s+(?:\w+\s+){{0,3}}?(?:{_LIST}|{CHANNEL})\s+(?:\w+\s+)?me\s+(?:remov\w*|tir\w*"
        r"|sac\w*|quit\w*|exclu\w*|elimin\w*|borr\w*|das\s+de\s+baja|des\s+de\s+baja|deis\s+de\s+baja)",
        # Themselves off it: "¿me puedes sacar de la lista de correos masivos?", "take me off the
        # SMS list", "haal me uit het systeem", whatever else the reply asks.
        # (not told as news: "hasta me borré de las alertas", "ya me tiré de la lista")
        rf"(?<!\bhasta\s)(?<!\bya\s)(?<!\byo\s)(?<!\beu\s)(?<!\bja\s)(?<!\bje\s)(?<!\bich\s)"
        rf"(?<!\bik\s)(?<!\bi\s)(?<!\bayer\s)(?<!\bontem\s)(?<!\btambien\s)(?<!\btambem\s)"
        rf"\b(?:me|mich|mij|moi|m')\s*(?:\w+\s+){{0,2}}?(?!\w+(?:ei|ado|ada|ido|ida|ed)\b){_OFF_VERB}\s+"
        rf"(?:\w+\s+)?{_FROM}\s+"
        rf"(?:\w+\s+){{0,2}}?{_LIST}"
        rf"|\b{_OFF_VERB}(?:me|-me|-moi)\s+(?:\w+\s+)?{_FROM}\s+(?:\w+\s+){{0,2}}?{_LIST}",
        # "Me das de baja", "denme de baja", whatever else the reply asks.
        r"\b(?:me\s+(?:das|da|de|den|dais|deis)|d(?:a|e|en|ad)me)\s+de\s+baja\b",
        # "Meld me dan ook af voor …", "meld dit nummer af voor WhatsApp" (not "ik meld me af",
        # news, nor "meld me aan").
        r"(?<!\bik\s)\bmeld\s+(?:me|mij|dit\s+nummer|dit\s+adres|mijn\s+\w+)\s+(?:\w+\s+){0,4}?af\b"
        # ...nor an event they cannot come to ("meld me maar af voor de informatiesessie").
        r"(?!\s+voor\s+(?:de\s+|het\s+|die\s+|dat\s+)?(?:\w+\s+)?(?:informatie\w*|\w*sessie|evenement"
        r"|meetup|webinar|bijeenkomst|borrel|lunch|gesprek|afspraak|training|workshop|call|kennismaking))"
        r"(?!\s+(?:voor|van|bij)\s+(?:de|het|een)?\s*(?:meetup|evenement|webinar|event|borrel"
        r"|training|workshop|sessie|lunch|diner))",
        # Out of it, without a verb: "esta dirección, fuera", "dit nummer eruit", "Fuera de
        # vuestra lista", "mijn nummer uit jullie adresboek?".
        r"\b(?:this|that|esta|este|ce|cette|diese\w*|dit|deze|esse|essa)\s+(?:\w+\s+)?(?:number"
        r"|numero|nummer|address|adresse|adres|direccion|endereco|e-?mail\w*)\s*,?\s+(?:fuera|out"
        r"|raus|eruit|dehors|fora)\b",
        rf"^\W*(?:fuera|out|raus|eruit|dehors|fora)\s+(?:de|of|aus|uit|d[aoe]s?)\s+(?:\w+\s+)?{_LIST}"
        rf"|[.!?,:;]\s*(?:fuera|out|raus|eruit|dehors|fora)\s+(?:de|of|aus|uit|d[aoe]s?)\s+(?:\w+\s+)?"
        rf"{_LIST}",
        rf"\b{_THEM}\s+(?:uit|aus|off|out\s+of|fora\s+d[aoe]|fuera\s+de|hors\s+de)\s+(?:\w+\s+){{0,2}}?"
        rf"{_LIST}\s*(?:[?!.]|$)",
        # "Zet me daar maar uit", "zet mij er maar af" (not "zet me er maar op").
        r"\bzet\s+(?:me|mij)\s+(?:daar|er|hier)\s+(?:\w+\s+)?(?:uit|af)\b",
        # Left out of it: "leave me out of these", "ne me comptez plus parmi vos candidats",
        # "laat me voortaan buiten al jullie zoekopdrachten", "me deixa de fora das próximas".
        r"\b(?:leave|count|keep)\s+me\s+out\s+of\s+(?:these|this|those|it|your|the\s+next|any|all"
        r"|future)\b|\bne\s+me\s+comptez\s+plus\b|\blaat\s+(?:me|mij)\s+(?:\w+\s+)?buiten\s+(?:al\s+)?"
        r"(?:jullie|uw|je|de|het)\b|\bme\s+deix[ae]m?\s+de\s+fora\s+d[aoe]s?\b"
        r"|\bd[eê]-me\s+por\s+excluid[oa]\b|\bdejad?me\s+fuera\s+de\s+(?:\w+\s+)?(?:vuestr|tus|sus"
        r"|las|los|la|el)",
        # No longer in it: "que mon numéro n'apparaisse plus dans vos campagnes", "dass meine
        # Nummer nicht mehr in Ihrer Kartei steht", "que mi número no aparezca más en".
        rf"\b{_THEM}\s+(?:n'|ne\s+)?(?:apparaiss\w*|figure\w*)\s+plus\s+(?:dans|sur)\s+(?:\w+\s+)?"
        rf"(?:\w+\s+)?{_LIST}|\b{_THEM}\s+(?:nicht\s+mehr|niet\s+meer|no\s+(?:aparezca|figure)\s+mas"
        rf"|nao\s+(?:apareca|conste)\s+mais|no\s+longer\s+(?:appears?|is))\s+(?:in|on|en|em|na|no"
        rf"|op)\s+(?:\w+\s+){{0,2}}?{_LIST}",
        # Wanted deleted from it, the verb last: "Mijn gegevens in jullie database wil ik wel
        # gewist hebben", "meine Daten in Ihrer Kartei möchte ich gelöscht haben".
        rf"\b{_THEM}[^.!?\n]{{0,50}}?\b(?:wil|will|mochte|wurde)\s+(?:ik|ich)\s+(?:\w+\s+){{0,2}}?"
        r"(?:gewist|verwijderd|geloscht|entfernt|weg)\s+(?:hebben|zien|haben|sehen|wissen)\b",
    )
)
# A removal denied, or a list joined: "Sie müssen mich nicht … nehmen", "don't take me off".
_DENIED = re.compile(
    r"\b(?:nicht|not|no|pas|niet|nao|never|nie|nooit|nunca|jamais|don'?t|kein\w*|hoef\w*|hoeft"
    r"|brauch\w*)\b|\b(?:op|auf|on|onto|sur|en|na|in)\s+(?:de|die|the|la|a|het)?\s*(?:lijst|liste"
    r"|list|lista)\b"
)
_GATE = WordGate(_LEFT)


def leaves_a_list(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it; what was found counts unless its clause
    denies it, up to the words found ("bitte NICHT aus dem Verteiler nehmen")."""
    patterns = _GATE.candidates(plain)
    if not patterns:
        return False
    flat = one_line(plain)
    for pattern in patterns:
        for found in pattern.finditer(flat):
            start = max(clause_start(flat, found.start()), found.start() - 30)
            if not _DENIED.search(flat, start, found.end()):
                return True
    return False
