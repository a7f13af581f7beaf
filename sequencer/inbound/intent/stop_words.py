"""The words a stop request is built of, shared by the readers of its kinds (`stop_grammar`,
`nothing_more`, `all_about_me`), in the six languages: reaching someone as a verb ("mailen",
"escribirme", "me ligar") and as a noun ("emails", "Nachrichten", "relances"), the small words
that may stand between a stop word and a contact word, receiving, the lists and files people are
kept in, their own things and deleting them, the words for stopping, "again", denial and
politeness.

Patterns as strings, to be joined into the readers' regexes; on the text `opt_outs.plain` made:
lower case, no accents."""

from __future__ import annotations

# Reaching someone, as a verb (stems; a pronoun may be glued on: "escribirme", "me ligar").
REACH = (
    r"(?:(?:contact|contat|kontakt|recontact|e-?mail|mail|messag|msg|text|txt|call|bother|spam"
    r"|writ|ping|follow\w*\s+up|reach\w*\s+out|get\w*\s+in\s+touch|harass|hound|pester"
    r"|escri[bv]|mand(?!at)|envi(?!ron)|llam|molest|insist|escrev|procur|incomod|perturb|importun"
    r"|benader|gebeld|sms|stuur|stur|schrijf|gemaild|lastig|mailen|contacteer"
    r"|anschreib|angeschrieben|anruf|angerufen|anzuschreib|anzuruf|anzusprech|schreib|schick"
    r"|gemailt|belastig|nerv(?!ous)"
    r"|behellig|kontaktier|m?ecri|relanc|sollicit|appel|harcel|envoy|entrar\s+em\s+contato"
    r"|ponerse\s+en\s+contacto|prendre\s+contact|in\s+kontakt\s+treten|contact\s+opnemen"
    r"|approach|approch|abord|ansprech|angesproch|demarch"
    # Bothering, in slang: "para de encher o saco", "dejen de fastidiarme", "arrête de m'emmerder".
    r"|encher\s+o\s+saco|fastidi|emmerd|casser\s+les\s+pieds|faire\s+chier|dar\s+la\s+lata"
    r"|jod(?:er|an|as|ais)\b)\w*"
    # Dialling them, in Latin America: "dejen de marcarme", "no me marques más a este número".
    r"|(?:marc(?:ar|a|as|an|ad)|marqu(?:e|es|en))(?:me|nos)?(?=\s+(?:mas|aqui|a\s+(?:este|esta|mi)|al\s+\w+)\b"
    r"|\s*(?:[.!,;]|$))"
    # Short stems only as whole verbs: "liggen", "belangrijk", "apply", "budget" are none.
    r"|(?:lig(?:a|ar|ue|uem|ando|ou)|bel(?:len|t|de|den)?|meld(?:en|et)|app(?:en|t|te|ten)|bereiken"
    r"|bug(?:ging|ged)?|hmu|dm(?:s|ing|ed)?|telephon(?:er|ez|es|ent)|adress(?:er|ez|ent)"
    # Disturbing, as a whole verb (session 36): "ne me dérangez plus", "stoor me niet meer".
    r"|derang(?:er|ez|e|es|ent)|stoor|storen|stoort"
    # Phoning as a verb in five languages, not the noun ("telefone", "telefono", "Telefon").
    r"|telefon(?:a|am|ar|em|ando|ear|ees|een|eeis|ieren|iert|eren|eert))(?:-?me)?\b"
    # Ringing and phoning someone or a house, not a phone ringing ("my phone won't stop ringing").
    r"|(?:ring(?:ing)?|phon(?:e|ing))(?=\s+(?:me|us|him|her|my|our|this|the\s+(?:house|home"
    r"|landline|office|work))\b))"
)
# What an outreach tool sends: "stop the sequence", "sácame de la campaña".
CAMPAIGNS = (
    r"(?:sequences?|secuencias?|sequencias?|campaigns?|campagnes?|campanas?|campanhas?|kampagnen?)"
)
# Reaching someone, as a noun.
MESSAGES = (
    r"(?:e-?mails?|mails?|messages?|msgs?|texts?|textos?|txts?|sms\w*|calls?|communications?|outreach"
    r"|follow-?ups?|(?:job\s+)?offers?|spam|newsletters?|inmails?|correos?|mensajes?|msjs?"
    r"|llamadas?|comunica\w*|envois|ofertas?|whatsapps?|\w*nachricht(?:en)?|anrufe?|\w*angebote?"
    r"|anfragen|kontaktaufnahme\w*|kontaktversuche?|werbung|berichten|berichtjes?|vacatures?"
    r"|telefoontjes?|mailtjes?|appjes?|belletjes?|sms'?jes?|whatsappjes?|sollicitations?"
    # Dutch compounds: "recruiterberichten", "vacaturemails", "functievoorstellen", "oproepen".
    r"|\w*bericht(?:en|je|jes)?|(?:vacature|recruiter|job|spam|reclame)mails?|\w*voorstel(?:len)?"
    r"|oproep(?:en|jes)?|digests?|nieuwsbrie(?:f|ven)"
    r"|relances?|appels?|courriels?|offres?|mps?|dms?|zaps?|wasaps?|guasaps?"
    r"|mensage\w*|mailings?|contactpoging\w*|kontaktversuch\w*|ligacoes|vagas?|propostas?"
    r"|envios|propuestas?|chamadas?|disparos"
    r"|voice\s*mails?|voice\s*messages?|voicemail\w*|recados?|audios?|buzon"
    r"|contat\w*|contactos?|contacts?|recruiter\s+\w+|prospection|prospeccion|prospeccao|akquise"
    r"|telefonate|ansprache\w*|zuschrift\w*|rundmails?|rundbrief\w*|rundschreiben|aussendungen"
    # German "Vorschläge" (suggestions) of jobs, as Dutch "voorstellen" above (session 36).
    r"|(?:job|stellen|karriere)?vorschlag(?:e|en)?"
    # German "Post" (mail) and "Texte" only where German goes on: "keine Post mehr von Ihnen".
    r"|(?<![\w-])[\w-]*post(?=\s+(?:mehr|von|an\s+mich|zukommen)\b)|texte(?=\s+(?:aufs?|an|mehr|von)\b)"
    r"|" + CAMPAIGNS + r")\b"
)
# What may stand between the stop word and the contact word.
SMALL = (  # "mim" is Brazilian speech for "me" ("para de mim mandar mensagem")
    r"(?:me|mim|m'|mij|mich|mir|moi|nos|us|all|any|the|these|those|this|that|your|you|ur|with|met"
    r"|de|d'|con|com|les|vos|tes|ces|des|le|la|los|las|tus|sus|vuestr\w+|os|as|die|der|den"
    r"|dem|deze|dit|ze|jullie|je|uw|ihre\w*|eure\w*|dein\w*|mit|ya|nu|now|just|please|pls"
    r"|plz|already|endlich|enfin|het|van|een|sending|send|sturen|enviar|mandar|envoyer"
    r"|schicken|zu|te|al|alle\w*|todo|todos|toda|todas|tous|toutes|tout|jede\w*|estas|estes"
    r"|esses|essas|esos|esas|estos|o|a|so|mais|more|further|weitere\w*|to|ermee|damit|u|ihnen"
    r"|hacerme|haciendome"
    r"|ihr|eux|ellos|voce\w*|vous|sie|aux|au|a\.u\.b\.?|aub|svp|stp|bitte|por\s+favor|qualquer"
    r"|quaisquer|cualquier)"
)
RECEIVE = r"(?:receiv|recib|receb|recev|ontvang|erhalt|bekomm|krijg)\w*"
# Where they are kept: lists, databases, files, systems.
PLACES = (
    r"(?:lists?|listen?|listes|listas?|lijst\w*|\w*datenbank\w*|databases?|databank\w*|crm"
    r"|systems?|systeem|systemen|sistemas?|records|pipeline|\w*pool|files?|fichiers?|ficheros?|archivos?"
    r"|\w*bestand(?:en)?|administrati(?:e|on)|zoekopdrachten"
    r"|verteiler\w*|kartei|base\s+de\s+(?:datos|dados|donnees)|bases?|banco\s+de\s+dados|cadastro"
    r"|registros?|mailings?|" + CAMPAIGNS + r")\b"
    # Not a waiting list, nor of finalists (session 31): "me quedé fuera de la lista de finalistas".
    r"(?!\s*(?:d'\s*attente|de\s+espera|of\s+(?:candidates|finalists)|de\s+(?:candidat\w*"
    r"|finalist\w*)|des\s+(?:candidat\w*|finalistes))\b)"
)
# Their own things, and deleting them.
MINE = (
    r"(?:my|mi|mis|mon|mes|mein\w*|mijn|meu|meus|minha|minhas)\b"
    r"(?!\s+(?:old|former|alte\w*|ancien\w*|antig\w*|viej\w*|oude|vorige)\b)"
)
THEIRS = (
    r"(?:number|e-?mail\w*|data|details|cv|resume|curriculo|lebenslauf|profile?\w*|address|numero"
    r"|correo|datos|donnees|coordonnees|\w*nummer|\w*adresse|daten|gegevens|dados|telefone|telefono"
    r"|contato|contacto|adres|direccion|endereco|informa\w*)"
)
ERASE = (
    r"(?:delete|erase|remove|borr\w*|elimin\w*|supprim\w*|effac\w*|losch\w*|verwijder\w*|wis"
    r"|apag\w*|exclu\w*|expung\w*|expurg\w*|ophef\w*)"
)
# Deleting, as a verb (stems), for the readers of deletion requests (`deletion_demands`,
# `stop_wishes`, `wanted_out`, `all_about_me`; session 32 joined their four copies). Dutch
# "wis" as the verb alone: "I wish", "wist" (knew), "wissen" (German: know) are not it. Each
# stem ends where a word of another sense begins (session 33): not "exclusively", "exclusivo",
# "retired", "retirement", "supreme".
DELETE = (
    r"(?:(?:delet|eras|remov|purg|losch|entfern|vernicht|vernietig|destroy|effac|supprim"
    r"|retir(?!ed\b|ing\b|ement)|enlev|borr|elimin|supr(?:im|es)|verwijder|schrap|apag"
    r"|exclu(?!siv)|wip|expung|expurg|ophef)\w*"
    r"|wis\b)"
)
# "Don't stop reaching out to our team!", "não pare de me mandar vagas" ask for more.
# Whole words only: "mano para de me encher o saco" is no "no para de".
NOT_DENIED = r"(?<!don't\s)(?<!\bnot\s)(?<!never\s)(?<!\bnao\s)(?<!\bno\s)(?<!niet\s)(?<!nicht\s)"
GAP = rf"(?:{SMALL}\s*){{0,4}}?"
# Stopping asked for, not told as news: "your colleague stopped emailing me", "dejó de
# escribirme", "parou de me ligar", "a arrêté de m'écrire", "hörte auf" are past (session 31,
# review R); "I'd appreciate it if you stopped" wishes it.
_PAST_WISHED = r"(?:(?<=\bif\syou\s)|(?<=\bif\su\s)|(?<=\brather\syou\s)|(?<=\bwish\syou\s))stopped"
_NOT_PERFECT = (
    r"(?<!\ba\s)(?<!\bai\s)(?<!\bas\s)(?<!\bont\s)(?<!\bavez\s)(?<!\bavait\s)(?<!\bavaient\s)"
    r"(?<!\bavons\s)"
)
STOPPING = (
    r"(?:stop(?!ped\b|te\b|ten\b)\w*(?!\s+(?:by|in|over|at|maar|niet|nicht|not)\b)|"
    + _PAST_WISHED
    + r"|stp(?=\s+\w+ing\b)|quit\w*|cease(?!d\b)\w*|halt"
    r"|discontinu\w*|interromp\w*|interrump\w*|aufhor\w*|unterlass\w*|einstell\w*"
    rf"|{_NOT_PERFECT}arret(?!ait\b|aient\b|a\b|erent\b)\w*|cess\w*"
    r"|dej(?!o\b|aron\b|aste\b|aba\w*)\w*\s+de|deix(?!ou\b|aram\b|ei\b|ava\w*)\w*\s+de"
    r"|lar(?:ga|gue)\s+de|par(?:a|e|en|em|ad|ar|arem|ase)\s+(?:ya\s+)?(?:de|con|com)"
    r"|verzicht\w*\s+(?:\w+\s+){0,3}?auf|ophoud\w*|ho(?:u|ud|udt)\s+op"
    r"|basta\s+(?:ya\s+)?(?:de|con)|chega\s+de|genug\s+(?:mit|von)|assez\s+de"
    r"|kap(?:pen|t)?\s+(?:nu\s+)?met|schei(?:t|den)?\s+(?:er\s+|nu\s+)?uit\s+met|ces(?:e|en|ar|ad)\b|enough\s+(?:with|of)|(?:ya\s+)?(?:esta\s+bien|vale)\s+de"
    r"|hor(?!te\b|ten\b)\w*\s+(?:(?!nicht\b|nie\b)\w+\s+){0,3}?auf\s*,?)"
)
AGAIN = (
    r"(?:again|anymore|any\s+more|ever|in\s+(?:the\s+)?future|further|mas|nunca|de\s+nuevo"
    r"|otra\s+vez|mais|novamente|de\s+novo|plus|jamais|a\s+l'\s*avenir|meer|mehr|wieder"
    r"|erneut|nochmal\w*|weiter|kunftig|voortaan)\b(?!\s+(?:tarde|tard|later|spat|than|que))"
)
DENIED = (
    r"(?:don'?t|do\s+not|didn'?t|did\s+not|shouldn'?t|should\s+not|never|no|nao|ne|n'|niet|nicht"
    r"|nie|nooit|not)"
)
POLITE = (
    r"(?:please|pls|plz|thanks|thank\s+you|por\s+favor|porfa|gracias|obrigad\w|svp|stp|merci"
    r"|bitte|danke|aub|a\.u\.b\.?|alsjeblieft|graag|pf|pfv|favor|ever|again)"
)
