"""Kinds of stop request that neither the stock phrases nor `stop_grammar` read (session 26),
each written for its whole kind in the six languages, on the text `opt_outs.plain` made (lower
case, no accents):

- a threat to file our messages as spam ("these go straight to spam unless you stop", "ich
  markiere Sie als Spam", "je vous signale comme spam");
- never having given permission for their number or data ("I never gave you permission to have
  this number", "ik heb nooit toestemming gegeven voor dit nummer");
- their data, number or themselves wanted off our systems ("I want it off your system", "get
  my number off your database");
- erasure of their personal data asked for as a noun, or a data-protection law's erasure
  article cited ("the erasure of all personal data you hold about me", "Art. 17 DSGVO");
- the number or address we wrote to, denied contact with "more" ("Bel dit nummer niet meer",
  "rufen Sie diese Nummer nicht mehr an");
- German separable call and write verbs denied with "more" ("rufen Sie mich nicht mehr auf dem
  Handy an", "schreib mich nie wieder an").

Session 27 added the kinds an eighth writer used:

- this message as our last contact ("let this be our last exchange", "que este seja o nosso
  último contacto", "considera este mensaje el último entre nosotros"; not "is this our last
  email before the offer?", "our last conversation before the offer", "I considered your last
  email");
- no more news from us, wished for ("preferiría no tener más noticias vuestras", "je ne veux
  plus de vos nouvelles"; not "no news from you since March", "I'd rather not wait for news
  from you");
- their number or details to forget ("Nummer bitte vergessen", "oubliez mon numéro"; not "I
  forgot my number", "don't forget my number", "forget my old number, the new one is …");
- nothing more sent ("stuur me nix meer", "schick mir nix mehr"; not "niks meer dan de
  vacaturetekst", "apparently nothing more came of it");
- and, only in a reply that does not say yes, never having asked for it ("ik heb er nooit om
  gevraagd", "je n'ai jamais demandé ça"; not "I never asked for a raise").

Each needs our messages, their data or a contact verb: "it went to my spam folder, sorry",
"I never gave a talk on this", "the erasure coding team" are none.
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.word_gate import WordGate

# The number or address we wrote to.
_THIS_CONTACT = (
    r"(?:this|that|dit|deze|diese[rsn]?|dieselbe|ce|cette|este|esta|ese|esa|esse|essa|isto)\s+"
    r"(?:\w+\s+)?(?:number|phone|mobile|cell|nummer|handynummer|telefonnummer|numero|telefone?"
    r"|telefono|movil|celular|portable|address|adres|adresse|direccion|endereco|e-?mail-?adres\w*)\b"
)
_DATA = (
    r"(?:data|details|information|info|number|e-?mail\s+address|address|cv|resume|daten|nummer"
    r"|adresse|lebenslauf|donnees|coordonnees|numero|datos|direccion|gegevens|persoonsgegevens"
    r"|adres|dados|endereco|contatos?|contactos?)\b"
)
_PLACES = (
    r"(?:systems?|database\w*|records|files|lists?|crm|books|system|datenbank\w*|kartei|listen?"
    r"|systemen|systeme?|fichiers?|base\s+de\s+donnees|listes?|sistemas?|base\s+de\s+datos"
    r"|bases?\s+de\s+dados|ficheros?|archivos?|systeem|bestand\w*|lijst\w*|cadastros?|listas?)\b"
)
_PERMISSION = (
    r"(?:permission|consent|authori[sz]ation|okay|ok|erlaubnis|einwilligung|zustimmung"
    r"|einverstandnis|autorisation|consentement|accord|permiso|consentimiento|autorizacion"
    r"|toestemming|permissao|autorizacao|consentimento)\b"
)

_OUR = r"(?:our|unser\w*|notre|nuestr[oa]|el\s+nuestro|ons|onze|noss[oa]|o\s+nosso|a\s+nossa)"
# The last of them, as a contact ("our last contact", "la última entre nosotros"); "our final
# round of interviews" is none.
_LAST = (
    r"(?:last|final|letzte\w*|dernier\w*|ultim\w*|laatste)\s+(?:\w+\s+)?(?:contact\w*|kontakt\w*"
    r"|contat\w*|exchange|austausch|echange|intercambio|troca|uitwisseling|conversation|gesprach"
    r"|conversa\w*|gesprek|correspond\w*|korrespondenz|message|nachricht|mensaje|mensagem|bericht"
    r"|e-?mail|mail|courriel|correo|between\s+us|zwischen\s+uns|entre\s+nous|entre\s+nosotros"
    r"|entre\s+nos|tussen\s+ons)\b"
)
# After the last contact, a step of the hiring to come: "our last conversation before the
# offer", "... before we sign" are none; "... until you delete my number", "before I block you",
# "until further notice", "voor altijd" still end it.
_NOT_BEFORE = (
    r"(?!\s+(?:before|until|till|prior\s+to|vor|bis|avant|jusqu|antes|hasta|voor|tot|ate)\b"
    r"(?!'?\s*(?:(?:a|au|de|zum|zur)\s+)?(?:i|you|ich|du|sie|ihr|je|j|tu|vous|yo|usted\w*|ik"
    r"|jij|u|jullie|eu|voce\w*|vcs?"
    r"|further|weiteres|nouvel\w*|nuevo\s+aviso|novo\s+aviso|nader|altijd|immer|toujours"
    r"|siempre|sempre|good|ever)\b))"
)
_THE_LAST = (
    rf"(?:{_OUR}\s+|the\s+|den\s+|le\s+|la\s+|el\s+|de\s+|o\s+|a\s+)?{_LAST}{_NOT_BEFORE}"
    r"(?![^.!?]*\?)"
)
# What is considered so: this message ("that" also joins a clause: "I considered that our last
# email got lost").
_THIS = r"(?:this|dies\w*|das|dit|deze|ce|ceci|cette|este|esta|esto|esse|essa|isto|isso)"
_CONSIDER = r"(?:consider|betrachten|betrachte|considerez|considere|considera|beschouw)\w*"
# A word between "consider" and what is considered, other than a "your", an article, a link or a
# time: "I considered your last email", "... this during our last conversation" are none.
_ANY_BUT_YOURS = (
    r"(?!(?:your|you|ihre\w*|ihr|deine?\w*|votre|vos|ton|ta|tes|tu|tus|su|sus|vuestr\w*|je|jullie"
    r"|uw|seu|sua|seus|suas|teu|tua|and|und|et|y|e|en|but|aber|mais|pero|maar|during|in|at|after"
    r"|since|wahrend|nach|seit|bei|pendant|apres|depuis|dans|durante|despues|desde|tijdens|na"
    r"|sinds|bij|depois|em|no|na|the|an?|les?|la|el|los|las|os?|het|der|die|den|dem|des|de)\b)"
    r"\w+\s+"
)
_NOT_DENIED = r"(?!(?:niet|nicht|pas|not|no|nao|nie)\b)"
_NOT_OLD = r"(?!(?:old|former|alte\w*|ancien\w*|antig\w*|viej\w*|oude|vorige)\b)"
# Their number or details, to forget (not their e-mail: "forget my last email, I meant Tuesday").
_FORGOTTEN = (
    r"(?:number|\w*nummer|numero|telefone?|telefono|address|\w*adresse|adres|direccion|endereco"
    r"|contact[oa]|contato|kontakt"
    r"|details|daten|kontaktdaten|donnees|coordonnees|datos|dados|gegevens|contact\s+details)\b"
    # "forget my number, the new one is …" or "my old address, I moved" updates it; "vergeet mijn
    # nummer niet" asks to keep it.
    r"(?![^.!?]{0,40}\b(?:new|neue\w*|nouve\w*|nuev\w*|nieuw\w*|nov[oa]s?|instead|stattdessen"
    r"|moved|umgezogen|demenage|mude|mudei|verhuisd|updated|aktualisiert|actualizad\w*|atualizad\w*"
    r"|old|alte\w*|ancien\w*|anterior|antig\w*|viej\w*|oude|vorige|previous)\b)"
    r"(?!\s+(?:\w+\s+)?(?:niet|nicht|pas)\b)"
)

# "Never again" said as a sentence (session 29, an eleventh writer): "Kein Bedarf. Bitte nicht
# wieder.", "Plus jamais, merci.", "No gracias. Nunca más." Only asked politely or after a no:
# "Startups? Never again." refuses a kind of role, "Oh not again, I missed your call" is none.
_NEVER_AGAIN = (
    r"(?:not\s+again|never\s+again|nicht\s+(?:wieder|nochmal|noch\s+einmal)|nie\s+wieder|nie\s+mehr"
    r"|plus\s+jamais|jamais\s+plus|nunca\s+mas|nunca\s+mais|nooit\s+meer|niet\s+(?:weer|nog\s+eens"
    r"|nog\s+een\s+keer)"
    # French "plus rien, merci" (the others' "nothing more, thanks" is "that's all").
    r"|plus\s+rien)"
)
_PLEASE = (
    r"(?:please|pls|bitte|svp|stp|s'il\s+vous\s+plait|merci|por\s+favor|porfa|pf|graag"
    r"|alsjeblieft|aub|danke|thanks|thank\s+you|gracias|obrigad[oa])"
)
_REFUSED = (
    r"(?:kein\s+(?:bedarf|interesse)|nein,?\s+danke|no,?\s+thanks?|not\s+interested|no\s+interest"
    r"|non,?\s+merci|pas\s+interess\w*|no,?\s+gracias|no\s+me\s+interesa|sin\s+interes"
    r"|nao,?\s+obrigad[oa]|nao\s+tenho\s+interesse|sem\s+interesse|nee,?\s+dank\s+(?:je|u)"
    r"|geen\s+(?:interesse|behoefte))"
)
_SENTENCE_END = rf"(?:\s*,?\s*{_PLEASE})*\s*(?:[.!]+|$)"
_NEVER_AGAIN_SAID = (
    rf"(?:^|[.!?]\s*)(?:{_PLEASE}\s*,?\s*)+{_NEVER_AGAIN}{_SENTENCE_END}"
    rf"|(?:^|[.!?]\s*){_NEVER_AGAIN}(?:\s*,?\s*{_PLEASE})+\s*(?:[.!]+|$)"
    rf"|\b{_REFUSED}\s*[.!,;]+\s*{_NEVER_AGAIN}{_SENTENCE_END}"
)
# Not another one sent (session 29): "Merci de ne pas m'en envoyer une quatrième.", "Please don't
# send a fourth.", "No me mandes otro.", "Stuur me geen vierde." Only the next one itself, or a
# message: "don't send another JD, send the contract" and "don't send another one yet" go on.
_ANOTHER = (
    r"\b(?:don'?t|do\s+not)\s+(?:ever\s+)?(?:send|write|e-?mail|mail|text|message)\s+(?:me\s+|us\s+)?"
    r"(?:a\s+|an\s+)?(?:another|fourth|third|fifth|sixth|second|next|further)(?:\s+one)?(?:\s+(?:e-?mail"
    r"|mail|message|reminder|follow-?up|text|nudge|chaser)s?)?"
    r"|\bne\s+(?:pas\s+)?(?:m'\s*en\s+|m'\s*|me\s+|nous\s+|en\s+)?(?:envoy|ecri|adress|mand)\w*\s+(?:pas\s+"
    r"|plus\s+)?(?:une?|d')\s*(?:autre|quatrieme|troisieme|cinquieme|sixieme|nouvelle|nouveau|\d+e"
    r"|\d+eme)\b(?:\s+(?:relance|message|mail|e-?mail|sms|offre|courriel)s?)?"
    r"|\bno\s+(?:me\s+|nos\s+)?(?:mand|envi|escrib)\w*\s+(?:una?\s+)?(?:otr[oa]|cuart[oa]|tercer[oa]?"
    r"|quint[oa]|nuev[oa])\b(?:\s+(?:correo|mensaje|mail|e-?mail|sms|recordatorio)s?)?"
    r"|\bnao\s+(?:me\s+|nos\s+)?(?:mand|envi|escrev)\w*\s+(?:uma?\s+)?(?:outr[oa]|quart[oa]"
    r"|terceir[oa]|quint[oa]|nov[oa])\b(?:\s+(?:e-?mail|mensage\w*|sms|lembrete)s?)?"
    r"|\b(?:schick|send|schreib|mail)\w*\s+(?:sie\s+|du\s+)?(?:mir\s+|uns\s+)?(?:bitte\s+)?keine\s+"
    r"(?:vierte|dritte|funfte|weitere|neue|nachste|andere)\w*(?:\s+(?:e-?mail|mail|nachricht"
    r"|erinnerung|sms)\w*)?"
    r"|\b(?:stuur|stuurt|sturen|mail|sms|app)\w*\s+(?:me\s+|mij\s+|ons\s+)?(?:er\s+)?(?:maar\s+"
    r"|alsjeblieft\s+|aub\s+)?geen\s+(?:vierde|derde|vijfde|nieuwe|andere|volgende)\b(?:\s+(?:mail"
    r"|e-?mail|bericht|herinnering|sms)\w*)?"
)
# Complaints that mean "stop", read only in a reply that does not say yes (`opt_outs.py`).
_COMPLAINTS = tuple(
    re.compile(pattern)
    for pattern in (
        _NEVER_AGAIN_SAID,
        rf"(?:{_ANOTHER})(?:\s*,?\s*(?:{_PLEASE}|mehr|meer))*\s*(?:[.!;,]|$)",
        # Leave me alone, said in slang (session 29): "vous me lâchez maintenant", "tu me lâches",
        # "get off my back", "larga do meu pé", "sai do meu pé", "me deixa quieto" (not "ne me
        # lâchez pas", "je vous lâche un coup de fil").
        r"(?<!\bne\s)\b(?:vous|tu)\s+me\s+lach(?:ez|es)\b(?!\s+(?:pas|jamais|un\s+(?!peu\b)|une|des|le|l')\b)"
        r"|\bget\s+off\s+my\s+back\b|\b(?:larga|larguem|largue|sai|saiam|saia)\s+do\s+meu\s+pe\b"
        r"|\bme\s+deix(?:a|e|em)\s+quiet[oa]\b",
        # Spam, threatened: "these go straight to spam unless you stop", "next one goes to spam"
        # (not "your mail went to my spam folder").
        r"\b(?:go|goes|going|will\s+go|'ll\s+go|gaan|gaat|gehen|geht|landen|landet|vont|va|van|iran"
        r"|vao|vai|irao)\s+(?:\w+\s+){0,3}?(?:straight|directly|direkt|direct|directement"
        r"|directamente|direto|diretamente|rechtstreeks|meteen)\s+(?:\w+\s+){0,2}?(?:to|in|into|im"
        r"|in\s+den|dans\s+les?|en|al|a|para\s+o|no|naar\s+de|in\s+de)\s*(?:the\s+|my\s+|mon\s+"
        r"|mi\s+|o\s+|meu\s+)?spams?\b",
        r"\bspam\b[^.!?]{0,40}\b(?:unless\s+you\s+stop|if\s+you\s+(?:don'?t|do\s+not)\s+stop"
        r"|wenn\s+sie\s+nicht\s+aufhoren|si\s+vous\s+n'?\s*arretez\s+pas|si\s+no\s+(?:paras|paran"
        r"|dejas|dejan)|als\s+(?:je|jullie|u)\s+niet\s+stop|se\s+(?:nao|voces\s+nao)\s+parar)",
        r"\b(?:mark\w*|report\w*|flag\w*|block\w*|markier\w*|meld\w*|signal\w*|marqu\w*|marc\w*"
        r"|denunci\w*|markeer\w*|rapporteer\w*)\s+(?:\w+\s+){0,3}?(?:as|als|comme|como)\s+(?:\w+\s+)?spam\b",
        # Never gave permission for their number or data: "I never gave you permission to have
        # this number", "Je ne vous ai jamais autorisé à garder mes données".
        rf"\b(?:never|nie|nunca|jamais|nooit)\s+(?:\w+\s+|\w+'\s*){{0,3}}?{_PERMISSION}[^.!?]{{0,50}}?"
        rf"(?:{_THIS_CONTACT}|\b(?:my|mine|meine?\w*|mes|mon|ma|mis|mi|mijn|meus?|minhas?)\s+"
        rf"(?:\w+\s+)?{_DATA})",
        # Never asked for it: "I never asked for any of this", "ik heb er nooit om gevraagd",
        # "je n'ai jamais demandé ça" (not "I never asked for a raise": it needs "it" or "this").
        r"(?:\b(?:never|nunca|jamais)\s+(?:\w+\s+){0,2}?(?:asked\s+for|requested|signed\s+up\s+for"
        r"|pedi\w*|solicit\w*|demande\w*)\s+(?:any\s+of\s+)?(?:this|these|that|them|it|your\s+\w+"
        r"|esto|eso|estos|esos|isso|isto|nada|ca|cela|ceci|rien|vos\s+\w+)"
        r"|\b(?:er|hier|daar)\s+(?:\w+\s+){0,2}?(?:nooit|niet)\s+om\s+gevraagd"
        r"|\b(?:nie|niemals|nicht)\s+(?:darum|danach)\s+(?:gebeten|gefragt))"
        # ...said as a sentence ("I never asked for it but sure, send it" goes on).
        r"(?:\s+(?:at\s+all|ever|uberhaupt|du\s+tout|nunca|nooit))?\s*(?:[.!;]|$)"
        # ...as a question it asks something: "Nunca pedí esto, pero ¿cuál es el salario?"
        r"(?![^?]*\?)",
    )
)
# The hiring process's lists are no sends: "aus der Kandidatenliste gestrichen", "van de
# wachtlijst gehaald" (session 29, review).
_A_PROCESS = r"(?:kandidat|bewerber|warte|short|auswahl|sollicitant|wacht)"
# What we send people, and the lists it goes to: "your distribution", "future sends", "vos
# prochains envois", "los próximos envíos", "jullie verzendlijst", "Ihre Aussendungen".
_SENDS = (
    r"(?:distribution(?:\s+lists?)?|distro|mailing\s*lists?|mailings?|mailers?|sends|send\s+lists?"
    r"|newsletters?|lists?(?!\s+of\s+(?:candidates|applicants|finalists))|e-?mails?|mails|messages"
    r"|outreach|campaigns?|campa(?:gne|na|nha)s?|kampagnen?|updates|envois|diffusion"
    r"|listes?(?:\s+de\s+diffusion)?|envios|listas?(?:\s+de\s+(?:distribucion|distribuicao"
    rf"|difusion|correo|e-?mails?))?|comunicac\w*|aussendungen|newslettern|verteiler\w*|(?!{_A_PROCESS})\w*-?liste"
    rf"|(?!{_A_PROCESS})\w*lijst(?:en)?|nieuwsbrie\w*|berichten|abordagens|abordajes|approches"
    r"|approaches|benaderingen|buscas|busquedas|recherches|searches)\b"
)
# Left out of them: "leave me off future sends", "keep me off your lists", "count me out of
# your mailings", "laissez-moi en dehors de vos envois", "déjenme fuera de los envíos", "me
# deixa de fora dos envios", "laat me buiten jullie mailings", "lassen Sie mich bei Ihren
# Aussendungen außen vor"; not "leave me off the cc", "laat me niet buiten de mailing".
# Only words of ours between: "keep me off the waiting list" is about a role.
_OURS = (
    r"(?:(?:your|the|this|that|these|all|any|future|further|upcoming|next|mailing|e-?mail"
    r"|distribution|contact|recruit\w*|marketing|of)\s+){0,3}"
)
_LEFT_OUT = (
    r"(?<!n't\s)(?<!not\s)\b(?:leave|keep|count|drop)\s+me\s+(?:off|out\s+of|out\s+from|out)\s+"
    rf"{_OURS}{_SENDS}"
    rf"|\blaiss\w*(?:-moi)?\s+(?:(?!pas\b)\w+\s+)?en\s+dehors\s+(?:de|des|du)\s+(?:\w+\s+){{0,2}}?{_SENDS}"
    rf"|\b(?:dej|manten|mantien)\w*\s+(?:\w+\s+)?fuera\s+de\s+(?:\w+\s+){{0,2}}?{_SENDS}"
    rf"|\b(?:deix|mant)\w*(?:-me)?\s+(?:\w+\s+)?(?:de\s+)?fora\s+d\w*\s+(?:\w+\s+){{0,2}}?{_SENDS}"
    rf"|\b(?:laat|houd|hou)\s+(?:me|mij)\s+(?:(?!niet\b)\w+\s+){{0,2}}?buiten\s+(?:\w+\s+){{0,2}}?{_SENDS}"
    r"|\b(?:lass\w*|halt\w*)\s+(?:sie\s+)?mich\s+(?:(?!nicht\b)\w+\s+){0,3}?(?:bei|aus|von)\s+"
    rf"(?:\w+\s+){{0,2}}?{_SENDS}\s+(?:\w+\s+)?(?:aussen\s+vor|au\u00dfen\s+vor|raus|heraus)\b"
)
# Excluded from them (session 29, review): "please exclude me from future sends", "excluez-moi de
# vos prochains envois", "exclúyanme de los envíos", "me excluam dos próximos envios",
# "schließen Sie mich von künftigen Aussendungen aus".
_EXCLUDED = (
    r"(?<!n't\s)(?<!not\s)(?:\b(?:exclu|apag|remov|retir|elimin|supprim|enlev|borr|tir)\w*(?:-moi|-me|me)"
    r"|\bme\s+(?:exclu|apag|remov|retir|elimin|borr|tir)\w*|\b(?:exclude|remove)\s+(?:me|us))\s+(?:from|de|des|du|dos|das"
    rf"|do|da|del)\s+(?:\w+\s+){{0,2}}?{_SENDS}(?!\s*(?:d'\s*attente|de\s+espera|of\s+candidates))"
    r"|\bschlie(?:ss|\u00df)\w*\s+sie\s+(?:mich|uns)\s+(?:\w+\s+)?(?:von|aus)\s+(?:\w+\s+){0,2}?"
    rf"{_SENDS}\s+aus\b"
)
# Taken off them: "I'd like to be taken off your distribution", "ik wil van jullie verzendlijst
# gehaald worden", "ich möchte aus Ihrer Mailingliste gestrichen werden".
_TAKEN_OFF = (
    rf"\b(?:be|being|get|getting)\s+(?:taken|struck|crossed|dropped)\s+(?:off|out\s+of)\s+{_OURS}{_SENDS}"
    rf"|\bvan\s+(?:\w+\s+){{0,2}}?{_SENDS}\s+(?:\w+\s+)?(?:gehaald|afgehaald|verwijderd|geschrapt)\b"
    rf"|\baus\s+(?:\w+\s+){{0,2}}?{_SENDS}\s+(?:\w+\s+)?(?:gestrichen|entfernt|geloscht|genommen"
    r"|ausgetragen)\b"
)
# A demand to refrain from contacting (session 29, a lawyer): "ich fordere Sie auf, es künftig
# zu unterlassen, mich zu kontaktieren", "jegliche Kontaktaufnahme zu unterlassen", "zich te
# onthouden van verder contact", "desist from contacting me", "abster-se de me contactar" (not
# "ich habe es unterlassen, mich früher zu melden": their own neglect, no demand).
_REFRAIN = (
    r"\b(?:zu\s+unterlassen|unterlassen\s+sie|unterlasst|unterlass)\b[^.!?]{0,80}?\b(?:mich|uns|mir)\b"
    r"[^.!?]{0,60}?\b(?:zu\s+(?:kontaktier|kontakt|schreib|mail|belastig|behellig|stor|nerv)\w*"
    r"|an(?:zu)?(?:schreib|ruf|sprech)\w*)"
    r"|\b(?:kontaktaufnahme\w*|kontaktversuch\w*|kontakt|anrufe|nachrichten|zusendung\w*|werbung"
    r"|e-?mails|mails|anfragen|ansprache\w*)\b[^.!?]{0,40}?\bzu\s+unterlassen\b"
    r"|\bonthoud\w*\s+(?:\w+\s+){0,2}?van\s+(?:\w+\s+){0,3}?(?:contact\w*|benader\w*|berichten|mails"
    r"|e-?mails|bellen|telefoontjes)"
    r"|\bdesist\w*\s+from\s+(?:\w+\s+){0,2}?(?:contact|e-?mail|messag|call|writ|approach)\w*"
    r"|\babst(?:e|en)\w*-se\s+de\s+(?:me\s+)?(?:contact|contat|envi|mand|lig|procur|escrev)\w*"
)
# Addresses or data, anyone's, taken out of our files (session 29, a legal department for all
# the staff): "supriman sus direcciones de sus ficheros", "delete their addresses from your
# database" (not "remove the old address from your list", "the duplicate addresses").
_NOT_OLD_OR_DUPLICATE = (
    r"(?!(?:\w+\s+){0,3}?(?:old|former|alte\w*|ancien\w*|antig\w*|viej\w*|oude|vorige|duplicate\w*"
    r"|doubl\w*|duplicad\w*|dubbel\w*)\b)"
)
_OUT_OF_OUR_FILES = (
    r"\b(?:delet|eras|remov|purg|losch|entfern|effac|supprim|borr|elimin|supr|verwijder|apag|exclu)\w*"
    rf"\s+{_NOT_OLD_OR_DUPLICATE}(?:\w+\s+){{0,3}}?(?:addresses|direcciones|adresses|adressen|enderecos"
    r"|e-?mail\s+addresses|e-?mails|correos|data|datos|donnees|daten|gegevens|dados|numbers|numeros"
    r"|nummern|nummers|contact\s+details|coordonnees|contactos|contatos)\s+(?:\w+\s+){0,3}?(?:from|de"
    rf"|des|du|aus|uit|van|dos|das|do|da|del)\s+(?:\w+\s+){{0,2}}?{_PLACES}"
)
_KINDS = tuple(
    re.compile(pattern)
    for pattern in (
        _REFRAIN,
        _OUT_OF_OUR_FILES,
        # Session 29 (a tenth writer): left out of what we send, or taken off it.
        _LEFT_OUT,
        _TAKEN_OFF,
        _EXCLUDED,
        # Wanted off our systems: "I want it off your system", "get my number off your lists".
        r"\b(?:want|need|like|get|take|wil|quiero|quero|veux|will|mochte)\w*\s+(?:it|them|that|this"
        r"|me|my\s+(?:\w+\s+)?\w+|(?:this|that)\s+\w+)\s+(?:taken\s+|removed\s+)?(?:off|out\s+of)"
        rf"\s+(?:your|the|all\s+your|any)\s+(?:\w+\s+)?{_PLACES}",
        # Erasure of their personal data, as a noun: "the erasure of all personal data you hold".
        r"\b(?:erasure|deletion|loschung|effacement|suppression|supresion|eliminacion|borrado"
        r"|verwijdering|exclusao|eliminacao|apagamento)\s+(?:of|von|der|de|des|du|van|dos|das|do)"
        r"\s+(?:\w+\s+){0,3}?(?:personal|personenbezogenen|personnelles|personales|pessoais"
        r"|persoonlijke)\s+(?:data|daten|donnees|datos|dados|gegevens)\b"
        # ...the adjective after the noun: "la supresión de los datos personales".
        r"|\b(?:erasure|deletion|loschung|effacement|suppression|supresion|eliminacion|borrado"
        r"|exclusao|eliminacao|apagamento)\s+(?:\w+\s+|\w+'\s*){0,4}?(?:donnees|datos|dados)\s+"
        r"(?:personnelles|personales|pessoais)\b"
        r"|\b(?:erasure|loschung|effacement|suppression|supresion|verwijdering|eliminacao)\s+(?:of|van"
        r"|von|de|des)\s+(?:\w+\s+){0,2}?persoonsgegevens\b",
        # A data-protection law's erasure article: "Article 17 of the GDPR", "Art. 17 DSGVO",
        # "l'article 17 du RGPD", "artigo 18 da LGPD" (erasure there is article 18, VI).
        r"\b(?:article|art\.?|artikel|articulo|artigo)\s*17\b[^.!?]{0,60}\b(?:gdpr|general\s+data"
        r"\s+protection\s+regulation|dsgvo|rgpd|avg|reglamento\s+general|reglement\s+general)"
        r"|\b(?:gdpr|dsgvo|rgpd|avg)\s*,?\s*\(?\s*(?:article|art\.?|artikel|articulo|artigo)\s*17\b"
        r"|\b(?:artigo|art\.?)\s*18\b[^.!?]{0,40}\blgpd\b",
        # The number or address we wrote to, denied contact with "more": "Bel dit nummer niet
        # meer", "llamen a este numero nunca mas" (the grammar reads "no me llames mas").
        r"\b(?:bel|app|sms|mail|stuur|call|text|ring|message|ruf\w*|schreib\w*|schick\w*|appel\w*"
        r"|ecri\w*|llam\w*|escrib\w*|escriv\w*|lig\w*|mand\w*|envi\w*)\s+(?:(?:sie|u|jullie|je)\s+)?"
        rf"(?:naar\s+|op\s+|to\s+|an\s+|a\s+|para\s+)?{_THIS_CONTACT}\s+(?:\w+\s+){{0,2}}?"
        r"(?:niet|nooit|nicht|nie|never|no|nunca|pas|nao)\s+(?:meer|mehr|again|mas|plus|mais)\b",
        # Contact denied on one of their channels, with "again": "don't contact me on my work
        # address again", "no me llames al movil nunca mas" (the grammar allows fewer words).
        r"\b(?:don'?t|do\s+not|never|no|nao|ne|niet|nicht|nooit)\s+(?:me\s+|m'\s*|mij\s+|mich\s+)?"
        r"(?:contact|e-?mail|mail|messag|text|call|ring|writ|escrib|escri[bv]|llam|mand|escrev|lig"
        r"|contat|ecri|appel|contact|bel|app|schreib|kontakt)\w*\s+(?:me\s+|mij\s+|mich\s+)?"
        r"(?:on|at|to|via|auf|an|sur|a|al|en|em|no|na|op|naar|para\s+o)\s+(?:my|this|mein\w*|mon|ma"
        r"|mi|meu|minha|mijn|dies\w*|ce|cette|este|esta|esse|essa|dit|deze|dem|der|the|o|el)\s+"
        r"(?:\w+\s+)?(?:\w*address|\w*e-?mail|\w*mail|number|phone|mobile|cell|\w*adresse|\w*nummer"
        r"|handy|numero|telefone?|telefono|portable|movil|celular|\w*adres|mobiel|telefoon|whatsapp)"
        r"\s+(?:\w+\s+)?(?:again|anymore|any\s+more|ever|more|mehr|meer|plus|mas|mais|nunca)\b",
        # German separable verbs, denied with "more" and closed by their particle: "rufen Sie
        # mich nicht mehr auf dem Handy an", "schreib mich nie wieder an".
        # "Ruft's mi nimma an": the "es" of Austrian and Bavarian speech clings to the verb.
        r"\b(?:ruf|rufen|ruft|schreib|schreiben|schreibt|sprech|sprechen|sprecht|telefonier\w*)(?:'s)?\s+(?:sie\s+|s'\s*|du"
        r"\s+|ihr\s+)?(?:mich|mi|uns|diese\s+nummer|diese\s+adresse)\s+(?:\w+\s+){0,2}?(?:nicht|nie"
        r"|keinesfalls)\s+(?:mehr|wieder|weiter|nochmal\w*)\b[^.!?]{0,40}?\ban\b",
        # This message as our last contact: "let this be our last exchange", "que este seja o
        # nosso último contacto" (a question is none: "is this our last email before the offer?").
        r"\b(?:this|that|dies\w*|das|dit|ce|ceci|cette|este|esta|esto|esse|essa|isto)\s+(?:\w+\s+){0,3}?"
        rf"(?:is|be|ist|sei|soit|sea|seja|zijn)\s+(?:\w+\s+)?{_OUR}\s+"
        rf"{_LAST}{_NOT_BEFORE}(?![^.!?]*\?)",
        # ...to be considered so: "consider this email our final contact", "betrachten Sie diese
        # Nachricht als unseren letzten Kontakt" (not "I considered your last email": a yes).
        rf"\b{_CONSIDER}\s+(?:{_ANY_BUT_YOURS}){{0,2}}?{_THIS}\s+(?:{_ANY_BUT_YOURS}){{0,2}}?"
        rf"(?:(?:as|als|comme|como)\s+)?{_THE_LAST}",
        rf"\b{_CONSIDER}\s+(?:\w+\s+){{0,4}}?(?:as|als|comme|como)\s+{_THE_LAST}",
        # No more news from us, wished for: "preferiría no tener más noticias vuestras", "je ne
        # veux plus de vos nouvelles", "ik wil geen nieuws meer van jullie" (not "no news from you
        # since March", which asks for some).
        r"\b(?:prefer\w*|prefier\w*|prefir\w*|prefiro|quier\w*|quero|desej\w*|dese[oa]\w*|veux"
        r"|voudrais|souhait\w*|wil|wollen|mochte|want|wish|rather)\b[^.!?]{0,25}?\b(?:no|not|nao|plus"
        # ...only having, hearing or getting it denied ("I'd rather not wait for news from you
        # for too long" wants some).
        r"|geen|keine\w*|niet)\s+(?:(?:have|hear|get|receive|any|more|further|tener|recibir|oir|mas"
        r"|avoir|recevoir|entendre|plus|de|d'|haben|bekommen|horen|erhalten|mehr|weitere\w*|hebben"
        r"|krijgen|ontvangen|meer|ter|receber|ouvir|mais)\s*){0,3}(?:\b(?:noticias|nouvelles|news"
        r"|neuigkeiten|nieuws)\s+"
        r"(?:\w+\s+){0,2}?(?:vuestras|suyas|tuyas|de\s+(?:ustedes|vosotros|usted|ti|vous|votre\s+part"
        r"|voces|vcs|voce|vc)|from\s+(?:you|your)|von\s+(?:ihnen|euch|dir)|van\s+(?:jullie|u|je))"
        r"|\bvos\s+nouvelles)\b(?![^.!?]*\?)",
        # Their number or details to forget: "please forget my number", "oubliez mon numéro",
        # "Nummer bitte vergessen" (not "I forgot my number", "don't forget my number").
        rf"(?<!n't\s)(?<!not\s)(?<!n')(?<!\bai\s)(?<!\bno\s)(?<!\bnao\s)\b(?:forget|vergessen\s+sie|vergesst|vergiss"
        rf"|oubli(?:ez|e|ons)|olvid(?:a|e|en|ad)|vergeet|esquec(?:e|a|am|er))\s+(?:{_NOT_DENIED}\w+\s+)?"
        rf"(?:my|meine?\w*|mon|ma|mes|mi|mis|mijn|meu|minha|meus|o\s+meu|this|diese\w*|ce|cette"
        rf"|este|esta|esse|essa|dit|deze)\s+(?:{_NOT_OLD}\w+\s+)?{_FORGOTTEN}",
        # ...the German infinitive that begins its clause: "Nummer bitte vergessen" (not "ich
        # habe meine Nummer vergessen").
        rf"(?:^|[.!?,;:]\s*)(?:(?:und|also|bitte|einfach)\s+)*(?:meine\s+|die\s+|diese\s+)?"
        rf"{_FORGOTTEN}\s+(?:(?:bitte|einfach|gerne?|ruhig|sofort)\s+)*vergessen\b(?!\s+(?:zu|anzu))",
        # Nothing more sent: "stuur me nix meer", "schick mir nix mehr", "send me nothing more"
        # (not "stuur me niks meer dan de vacaturetekst").
        # Whole verb forms only: "apparently nothing more came of it", "não mandei nada mais".
        r"\b(?:stuur|stuurt|sturen|stur|schick(?:e|en|t|st)?|send|sends|mand(?:a|e|en|es|em|ad|ar)"
        r"|envi(?:a|e|en|es|em|ad|ar)|envoi(?:e|es|ent)?|envoy(?:ez|ons)|app(?:je|t|en)?|sms(?:t|en)?"
        r"|e?-?mail(?:t|en|e|s)?)(?:-?me)?\s+(?:(?:me|mij|mir"
        r"|uns|us|nos)\s+)?(?:\w+\s+){0,2}?(?:nix|niks|niets|nichts|nada|rien|nothing)\s+(?:meer|mehr|mais"
        r"|mas|plus|more|else)\b(?!\s+(?:dan|als|than|que|de|d'|behalve|ausser|sauf|excepto|exceto"
        r"|except|but)\b)",
    )
)
_GATE = WordGate(_KINDS)
_COMPLAINTS_GATE = WordGate(_COMPLAINTS)


def asks_to_stop_by_kind(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it."""
    return _GATE.any_match(plain)


def complains_like_a_stop(plain: str) -> bool:
    """A threat to file us as spam, or never having allowed us their data: a stop only in a
    reply that does not say yes (the caller's to check)."""
    return _COMPLAINTS_GATE.any_match(plain)
