"""The phrases that cue each label, in English, German, French, Spanish, Dutch and Portuguese:
one regular expression per label, read by `rules` (those of referral and wrong_person are kept in
`someone_else`). Opt-outs are not here: they live in `inbound.mail.stop_requests` (email) and
`inbound.text` (the SMS keywords)."""

from __future__ import annotations

import re

from sequencer.inbound.intent import someone_else
from sequencer.inbound.intent.labels import Label


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


# The job's terms, which a question or a condition names before deciding.
_TERMS = (
    r"(?:salary|pay|paid|compensation|comp|range|band|remote|hybrid|on-?site|office|equity"
    r"|stock"
    r"|bonus|team\s+size|the\s+team|report\s+to|on-?call|visa|relocat\w*|benefits|pto|stack"
    r"|the\s+client|which\s+company|clearance|contract|title|level|gehalt\w*|vergütung"
    r"|bezahlung"
    r"|homeoffice|home-office|büro\w*|team\w*|rufbereitschaft|visum|umzug|titel|spielraum"
    r"|vertrag"
    r"|salaire|rémunération|télétravail|bureau|équipe|astreinte|fourchette|package|contrat"
    r"|salario|sueldo|banda|remoto|teletrabajo|oficina|equipo|guardias|moneda|contrato|salaris"
    r"|loon|thuiswerken|kantoor|salário|remuneração|escritório|equipe|equipa|plantão|moeda|clt"
    r"|pj"
    r"|seniority|interview\s+process|travel|location|relocation|hours|part-time|notice"
    r"|freelance|budget"
    r"|reisen|standort|arbeitszeit|teilzeit|kündigungsfrist|déplacements|localisation|horaires"
    r"|temps\s+partiel"
    r"|préavis|viajes|ubicación|horario|jornada|media\s+jornada|preaviso|reizen|locatie|uren"
    r"|parttime"
    r"|opzegtermijn|viagens|localização|horário|meio\s+período|aviso\s+prévio"
    r"|sicherheitsüberprüfung"
    # Whether the terms can move: "Ist das verhandelbar?", "hay margen?", "qual a faixa?".
    r"|rango|salarial|faixa|margen|margem|marge|spielraum|verhandelbar|negociable|negociável"
    r"|négociable|onderhandelbaar"
    # Keeping a side job: "Darf ich meinen Nebenjob behalten?", "Moet ik mijn bijbaan opzeggen?"
    r"|side\s+(?:job|gig|project|business)|second\s+job|moonlight\w*|nebenjob|nebentätigkeit"
    r"|nebenbeschäftigung|activité\s+annexe|cumul|trabajo\s+secundario|pluriempleo|bijbaan"
    r"|nevenactiviteit|nevenfunctie|bico|trabalho\s+paralelo|segundo\s+emprego)"
)


TERMS = _TERMS

CUES: dict[Label, re.Pattern[str]] = {
    Label.OUT_OF_OFFICE: _any(
        r"\b(?:in|im)\s+(?:elternzeit|mutterschutz)\b|\bbin\b.{0,40}?\bim\s+urlaub\b",
        r"\bout\s+of\s+(?:the\s+)?office\b", r"\b(?:on|be)\s+(?:\w+\s+)?leave\b",
        r"\b(?:limited|no)\s+access\s+to\s+(?:my\s+)?e-?mail", r"\bwill\s+be\s+(?:away|out)\b",
        r"\b(?:i\s+am|i'm)\s+(?:currently\s+)?(?:away|out|travell?ing|on\s+vacation"
        r"|on\s+holiday)\b",
        r"\bnicht\s+im\s+(?:büro|hause?)\b", r"\b(?:bin|ist)\s+(?:\w+\s+){0,3}abwesend\b",
        r"\bbin\s+(?:\w+\s+){0,3}(?:im|in)\s+(?:urlaub|elternzeit)\b",
        r"\bbin\s+ich\s+(?:\w+\s+){0,3}(?:nicht\s+im|im\s+urlaub)",
        r"\bje\s+suis\s+(?:\w+\s+)?(?:absente?|en\s+congés?|en\s+vacances|en\s+déplacement)\b",
        r"\bfuera\s+de\s+la\s+oficina\b",
        r"\bestoy\s+(?:\w+\s+)?(?:de\s+vacaciones|ausente|fuera)\b",
        r"\bik\s+ben\s+(?:\w+\s+)?(?:afwezig|op\s+vakantie|met\s+vakantie|niet\s+op\s+kantoor)\b",
        r"\bfora\s+do\s+escritório\b",
        r"\bestou\s+(?:\w+\s+)?(?:de\s+férias|de\s+folga|ausente|de\s+licença)\b",
        r"\bestarei\s+(?:fora|ausente|de\s+férias)\b",
        r"\bencontro-me\s+ausente\b",
        r"\bausente\s+do\s+escritório\b",
    ),
    Label.ACCEPTED_ELSEWHERE: _any(
        r"\b(?:ya\s+)?encontré\s+(?:un\s+)?(?:trabajo|empleo)\b|\bempecé\s+hace\b|\baccept(?:é|er)\s+une\s+(?:offre|proposition)",
        r"\bja\s+gezegd\s+tegen\b|\baanvaard\b|\bdisse\s+sim\s+(?:pra|para)\b|\barrumei\s+(?:um\s+)?(?:emprego|trabalho)\b",
        r"\bfound\s+(?:a\s+)?(?:new\s+)?(?:job|role|position)\b|\b(?:stelle|job)\s+gefunden\b",
        r"\btrouvé\s+un\s+(?:nouveau\s+)?(?:poste|job|travail)\b|\b(?:werk|baan)\s+gevonden\b|\bconsegui\s+(?:um\s+)?emprego\b",
        r"\bsaid\s+yes\s+to\s+(?:another|a\s+different)\b|\bzugesagt\b",
        # "Said yes to <Company>", with the job around it ("I said yes to Helix and start in
        # June", "J'ai dit oui à Doctolib, je commence en mars"; not "yes to Maria's invitation").
        r"\b(?:said\s+yes|dit\s+oui|dije\s+que\s+s[ií]|he\s+dicho\s+que\s+s[ií])\s+(?:to|à|a)\s+"
        r"(?:an?\s+offer|l'offre|la\s+oferta|(?-i:[A-Z])\w+[^.!?]{0,40}\b(?:start|join|begin|commence"
        r"|rejoins|empiezo|empezaré|me\s+incorporo))",
        r"\b(?:a|my)\s+new\s+(?:job|role|position|employer)\b",
        r"\b(?:neue[nr]?|andere[nr]?)\s+(?:stelle|job|firma|arbeitgeber|position)\b[^.!?]*\b(?:an|angetreten|angefangen|unterschrieben|zugesagt)\b",
        r"\bnouve(?:au|l)\s+(?:job|poste|travail|employeur)\b",
        r"\b(?:signé|accepté|rejoint|commence)\b[^.!?]*\bautre\s+(?:entreprise|société|poste|boîte)\b",
        r"\b(?:otra\s+empresa|otro\s+trabajo)\b[^.!?]*\b(?:firm|acept|empec|empiez)\w*|\b(?:firm|acept|empec|empiez)\w*\b[^.!?]*\b(?:otra\s+empresa|otro\s+trabajo)",
        r"\bnieuwe\s+(?:baan|werkgever|job)\b|\b(?:ander|nieuw)\s+bedrijf\b[^.!?]*\b(?:getekend|begonnen|aangenomen)",
        r"\b(?:getekend|begonnen|aangenomen)\b[^.!?]*\b(?:ander|nieuw)\s+bedrijf",
        r"\b(?:novo|nova)\s+(?:emprego|trabalho|cargo|empresa)\b|\b(?:aceitei|assinei|comecei)\b[^.!?]*\boutra\s+empresa",
        r"\b(?:accepted|signed|took|taken|accepting)\s+(?:an?\s+|the\s+|another\s+)?(?:\w+\s+)?"
        r"(?:offer|role|position|job)", r"\bjust\s+(?:signed|started|joined|accepted)\b",
        r"\bsigned\s+with\b",
        # Closed with a company (session 30): "fechei com o Nubank", "ya cerré con Glovo".
        r"(?<!n[ãa]o\s)(?<!\bno\s)(?<!not\s)(?<!n't\s)\b(?:fechei|cerr[ée]|closed)\s+(?:contrato\s+)?"
        r"(?:com|con|with)\s+(?:(?:o|a|el|la)\s+)?(?-i:[A-Z])",
        # A job found, in everyday and regional words (session 29): "ya encontré pega, parto en
        # enero", "Já arranjei trabalho, começo em janeiro", "j'ai décroché un CDI", "landed a
        # job" (not "ainda não arranjei trabalho", "cuando encuentre pega te aviso").
        r"(?<!n[ãa]o\s)(?<!\bno\s)(?<!nog\s)(?<!pas\s)(?<!nicht\s)(?<!not\s)\b(?:encontr[ée]|consegu[íi]"
        r"|me\s+sali[óo]|arranjei|achei|encontrei|trouvé|décroché|dégoté|landed|scored|bagged"
        r"|ergattert)\s+(?:un\s+|una\s+|um\s+|uma\s+|a\s+|an\s+|myself\s+a\s+|einen\s+)?(?:new\s+|nuevo"
        r"\s+|novo\s+|nouveau\s+|neuen\s+)?(?:pega|chamba|curro|laburo|trabajo|empleo|trabalho|emprego"
        r"|trampo|taf|boulot|job|poste|cdi|gig|role|position|stelle)\b",
        r"\b(?:baan|baantje|job|werk)\s+(?:gevonden|gekregen|te\s+pakken)\b",
        r"\boff\s+the\s+market\b",
        r"\bstart(?:ing|ed)?\s+(?:a\s+)?new\s+(?:role|job|position)",
        r"\b(?:new|another)\s+(?:role|job|position)\s+(?:at|with)\b",
        r"\bi(?:'ve| have)\s+(?:just\s+)?joined\b",
        r"\b(?:angebot|stelle|job|position|zusage)\s+(?:\w+\s+)?(?:angenommen|unterschrieben"
        r"|zugesagt)",
        r"\bneue[nr]?\s+(?:stelle|job|position)\b",
        r"\b(?:habe|hab)\s+(?:\w+\s+){0,5}(?:unterschrieben|zugesagt|angenommen)",
        r"\baccepté\s+(?:une?\s+)?(?:offre|poste|proposition)",
        r"\bj'ai\s+(?:\w+\s+)?(?:signé|accepté|rejoint)",
        r"\bnouveau\s+poste\b", r"\bje\s+viens\s+de\s+(?:rejoindre|signer|commencer)",
        r"\b(?:acepté|aceptado|firmé|firmado)\b", r"\bnuevo\s+(?:trabajo|puesto|empleo)\b",
        r"\bacabo\s+de\s+(?:empezar|entrar|firmar|aceptar|incorporarme)",
        r"\b(?:aanbod|baan|functie)\s+(?:\w+\s+)?(?:aangenomen|geaccepteerd)",
        r"\b(?:getekend|aangenomen)\b",
        r"\bnieuwe\s+(?:baan|functie|job)\b", r"\bben\s+(?:net|pas)\s+begonnen\b",
        r"\baceitei\b", r"\bassinei\b", r"\bnovo\s+(?:emprego|trabalho|cargo)\b",
        r"\bacabei\s+de\s+(?:entrar|começar|assinar|aceitar)", r"\baan\s+de\s+slag\s+bij\b",
        r"\bcomeço\b[^.!?]*\b(?:na|no)\s+(?-i:[A-Z])",
        r"\bfange\b[^.!?]*\bbei\s+(?-i:[A-Z])",
        r"\bje\s+commence\s+chez\b",
        r"\bempiezo\s+en\s+(?-i:[A-Z])",
        r"\bstart(?:ing)?\s+(?:at|with)\s+(?-i:[A-Z])\w+\s+(?:on|in|next)\b",
    ),
    Label.REFERRAL: _any(*someone_else.REFERRAL),
    Label.WRONG_PERSON: _any(*someone_else.WRONG_PERSON),
    Label.NOT_NOW: _any(
        r"\bmás\s+tarde\b|\bdepois\s+(?:a\s+gente\s+)?(?:fala|conversa)|\bnog\s+even\s+niet\b",
        r"\bbusy\s+(?:now|at\s+the\s+moment|these\s+days|with|for\s+now)\b",
        r"\b(?:bin|ist)\s+(?:\w+\s+){0,2}(?:dicht|voll)\b|\bkeine\s+zeit\b|\bno\s+tengo\s+tiempo\b|\bpas\s+le\s+temps\b",
        r"\bgeen\s+tijd\b|\bsem\s+tempo\b|\bno\s+time\s+(?:right\s+now|at\s+the\s+moment|this)\b",
        r"\bnot\s+(?:right\s+)?now\b",
        r"\b(?:not\s+)?(?:at\s+the\s+moment|right\s+now|for\s+now)\b.*\b(?:maybe|perhaps|but)\b",
        r"\bmaybe\s+(?:later|next|in|after|down\s+the\s+line|in\s+the\s+future)",
        r"\b(?:bad|rough|wrong|poor|tricky|awkward)\s+timing\b|\btiming\s+(?:is|isn't|'s)\s+"
        r"(?:not\s+)?(?:bad|rough|off|tricky)\b|\btiming\s+(?:isn't|is\s+not|'s\s+not)\s+right\b",
        r"\b(?:slammed|swamped|buried|tied\s+up|flat\s+out|too\s+busy|busy\s+(?:this|until|till"
        r"|right))\b",
        r"\ben\s+reparler\b",
        r"\bno\s+puedo\b.*\b(?:llám|escrib|habl)",
        r"\bagora\s+não\s+(?:dá|posso)\b",
        # Not now; "leider nein, passt nicht" alone is a no (session 30).
        r"\b(?:geht|passt)(?:'?s|\s+es)?\s+(?:gerade|grad|jetzt|momentan|zeitlich|derzeit|aktuell"
        r"|heute|diese\s+woche)\s+(?:\w+\s+)?nicht\b|\b(?:gerade|grad|jetzt|momentan|zeitlich"
        r"|derzeit|aktuell|heute|diese\s+woche)\s+(?:geht|passt)(?:'?s|\s+es)?\s+(?:\w+\s+)?nicht\b",
        r"\b(?:check|circle|come)\s+back\b",
        r"\breach\s+(?:back\s+)?out\s+(?:again\s+)?(?:in|after|next)\b",
        r"\bping\s+me\b(?!\s+(?:on|via|over|at)\b)",  # "ping me on WhatsApp" moves the talk
        r"\bkeep\s+me\s+in\s+mind\b",
        r"\bnot\s+a\s+good\s+(?:time|moment)\b",
        r"\bdown\s+the\s+(?:line|road)\b",
        r"\bgerade\s+nicht\b",
        r"\bmomentan\s+nicht\b",
        r"\bderzeit\s+nicht\b",
        r"\bim\s+moment\s+nicht\b",
        r"\bspäter\b",
        r"\bmelden\s+sie\s+sich\s+(?:gerne\s+)?(?:nochmal|wieder|im|in|nach)\b",
        # Not the right time, but "kam zu einem günstigen Zeitpunkt" is a good one (session 30).
        r"(?<!richtigen\s)(?<!günstigen\s)(?<!passenden\s)(?<!perfekten\s)(?<!idealen\s)\bzeitpunkt\b",
        r"\bpas\s+(?:pour\s+)?(?:le\s+moment|maintenant|tout\s+de\s+suite)\b",
        r"\bplus\s+tard\b",
        r"\brecontactez[- ]moi\b",
        r"\brevenez\s+vers\s+moi\b",
        r"\bahora\s+(?:mismo\s+)?no\b",
        r"\bmás\s+adelante\b",
        r"\bpor\s+ahora\s+no\b",
        r"\ben\s+este\s+momento\s+no\b",
        r"\bvuelve\s+a\s+escribirme\b",
        r"\bnu\s+(?:even\s+)?niet\b",
        r"\bop\s+dit\s+moment\s+niet\b",
        r"\blater\b",
        r"\bmomenteel\s+niet\b",
        r"\bagora\s+não\b",
        r"\bno\s+momento\s+não\b",
        r"\bmais\s+(?:para\s+a\s+)?frente\b",
        r"\bmais\s+tarde\b",
        r"\bdaqui\s+a\b",
    ),
    Label.QUESTION: _any(
        # Asking about the job's terms, before deciding.
        rf"\b{_TERMS}\b[^.!\n]*\?",
        # A condition on them opening a sentence: "Si el sueldo es bueno, hablamos", "If it's
        # remote, why not", "Wenn das Gehalt stimmt, reden wir", "Se for remoto, topo". They
        # decide once they know. Not a yes ("si me interesa") nor a Spanish "se" ("se trata de").
        r"(?:^|(?<=[.!?;:¡¿]))\s*(?:(?:if|wenn|falls|sofern|si|s'il|s'ils|se|caso|indien)\s+"
        r"(?!me\s+interes|estoy\s+interes|claro|trata|puede|ofrece|busca|necesita|requiere)"
        r"|als\s+(?=(?:het|de|er|dat|ik|je|jullie|u|dit|deze|die|we)\b))[^.!?,;]{0,60}?\b"
        + _TERMS
        + r"\b",
        r"\b(?:i'?d\s+like\s+to|i\s+want\s+to|would\s+like\s+to)\s+know\b",
        r"\bme\s+interesa\s+saber\b",
        r"\b(?:quisiera|querría|me\s+gustaría)\s+saber\b",
        r"\b(?:ich\s+wüsste\s+gern|ich\s+würde\s+gern\w*\s+wissen)\b",
        r"\bj'aimerais\s+(?:bien\s+)?savoir\b",
        r"\b(?:ik\s+wil|ik\s+zou)\s+graag\s+weten\b",
        r"\bgostaria\s+de\s+saber\b",
    ),
    Label.INTERESTED: _any(
        r"^\s*(?:vale|ok|okay|oké|okey|dale|top|perfecto|perfeito|prima|super|d'accord|parfait)\s*[.!]*\s*$",
        r"\bexactly\s+(?:the\s+kind|what)\b|\bme\s+inter[e]?sa\b|\bdat\s+interesseert\s+(?:mij|me)\b|\byes!",
        r"\bexactement\s+(?:à\s+)?ce\s+que\s+je\s+cherche\b|\bgenau\s+(?:das|so\s+etwas)\b|\bjusto\s+lo\s+que\s+busco\b",
        r"\bsuena\s+(?:muy\s+)?(?:bien|genial|interesante)\b|\bparece\s+(?:muito\s+)?(?:ótimo|interessante|bom|legal)\b",
        r"\b(?:das|dat)\s+klingt\b|\btrès\s+intéressant\b|\bdat\s+klinkt\b",
        r"\b(?:sounds|looks)\s+(?:really\s+|very\s+)?(?:great|interesting|good|fun|exciting)\b",
        r"\b(?:i'?m|i\s+am|i'?d\s+be|am)\s+(?:very\s+|really\s+|definitely\s+)?(?:interested|keen"
        r"|in)\b",
        r"\b(?:happy|glad|love|keen)\s+to\s+(?:chat|talk|connect|hop|jump|do|set|hear)",
        r"\blet'?s\s+(?:talk|chat|set|do|connect|schedule)\b",
        r"^\s*(?:yes|yeah|yep|sure|absolutely|definitely|ok|okay)\b",
        r"\bcall\s+me\b",
        r"\b(?:send|share)\s+(?:me\s+|over\s+)?(?:a\s+few\s+|some\s+)?(?:times|slots|availability)",
        r"\bklingt\s+(?:sehr\s+)?(?:gut|spannend|interessant)\b",
        r"\bgerne?\b",
        r"^\s*ja\b",
        r"\binteressiert\b",
        r"\blassen\s+sie\s+uns\b", r"\btelefonieren\b", r"\brufen\s+sie\s+mich\s+an\b",
        r"\bça\s+m'intéresse\b",
        r"\bintéressée?\b",
        r"\bavec\s+plaisir\b",
        r"\bvolontiers\b",
        r"^\s*oui\b",
        r"\bappelez[- ]moi\b",
        r"\b(?:discutons|parlons(?:-en)?|échangeons)\b",
        r"\bme\s+interesa\b",
        r"\binteresad[oa]\b",
        # "Sí", and "si" typed without its accent ("Si!", "si claro", "Si, me interesa"); not the
        # "si" that opens a condition ("Si el sueldo es bueno, hablamos"): "si" = "if".
        r"^[\s¡]*(?:sí\b|si\b(?=\s*(?:[^\w\s]|$)|\s+(?:s[ií]|claro|me\s+interesa|por\s+favor|gracias"
        r"|adelante|dale|vale|perfecto|genial|se[ñn]or\w*|estoy\s+interesad[oa])\b))",
        r"^[\s¡]*(?:hola\W+)?claro\b",
        r"\bhablemos\b",
        r"\bll[aá]mame\b",
        r"\bcon\s+gusto\b",
        r"\bencantad[oa]\b",
        r"(?<!sem\s)(?<!kein\s)(?<!geen\s)(?<!nenhum\s)\binteresse\b",  # not "sem interesse"
        r"\bklinkt\s+(?:goed|interessant|leuk)\b",
        r"(?<!niet\s)(?<!geen\s)\bge[ïi]nteresseerd\b",
        r"^\s*ja\b",
        r"\bgraag\b",
        r"\bbel\s+me\b",
        r"\blaten\s+we\b",
        r"\btenho\s+interesse\b",
        r"\binteressad[oa]\b",
        r"^\s*sim\b",
        r"\bvamos\s+conversar\b",
        r"\bpode\s+ligar\b",
        r"\bme\s+liga\b",
        r"\bcom\s+certeza\b",
        # More ways of saying yes, in each language.
        r"\b(?:i'?m|i\s+am|i'?d\s+be)\s+(?:open|up\s+for\s+it|game|down)\b",
        r"\bopen\s+to\s+(?:a\s+)?(?:chat|call|talk|conversation|hearing)",
        # Asking for the meeting invitation: "send me an invite", "Stuur maar een uitnodiging",
        # "Mándame una invitación", "Pode mandar o convite".
        r"\b(?:send|schick\w*|senden|envo\w+|m[aá]nd\w*|env[ií]\w*|stuur\w*|pode\s+mandar)\s+(?:\w+\s+){0,3}?"
        r"(?:an?\s+|the\s+|eine?\s+|die\s+|une?\s+|l'|una?\s+|la\s+|el\s+|een\s+|de\s+|o\s+|um\s+)?"
        r"(?:(?:calendar|meeting|teams|zoom)\s+)?(?:invite|invitation|einladung|invitación"
        r"|uitnodiging|convite)\b",
        # Always reachable: "you can reach me any time", "je kunt me altijd bereiken".
        r"\byou\s+can\s+(?:always\s+)?(?:reach|call|ring)\s+me\s+(?:any\s*time|whenever|always)\b"
        r"|\b(?:je|u)\s+(?:kunt|kan)\s+(?:me|mij)\s+altijd\s+(?:bereiken|bellen|appen|mailen)\b"
        r"|\b(?:sie|du)\s+(?:können|kannst)\s+mich\s+jederzeit\s+(?:anrufen|erreichen)\b"
        r"|\bvous\s+pouvez\s+m'(?:appeler|joindre)\s+(?:quand\s+vous\s+voulez|à\s+tout\s+moment)"
        r"|\bpuedes\s+(?:llamarme|escribirme)\s+cuando\s+quieras\b"
        r"|\bpode\s+me\s+(?:ligar|chamar)\s+(?:quando\s+quiser|a\s+qualquer\s+hora)\b",
        # Asking for the details, or more of them: "send me more details", "schick mir mehr
        # Infos", "envoyez-moi les détails", "mándenme más detalles", "stuur me meer info", "me
        # mandem mais detalhes" (so "no paren, mándenme más detalles" is a yes); not when
        # denied: "don't send me more details", "no me mandes", "ne m'envoyez plus", "keine".
        r"(?<!n't\s)(?<!\bnot\s)(?<!\bno\s)(?<!\bno\sme\s)(?<!n[ãa]o\sme\s)(?<!\bne\sm')(?<!nicht\s)"
        r"(?<!niet\s)\b(?:send|schick|envoy|m[aá]nd|env[ií]|stuur|mand)\w*(?:-(?:moi|nous))?\s+"
        r"(?:(?!(?:no|not|nothing|keine?|nichts|geen|niets|niks|rien|nada|nenhum\w*|ningun\w*)\b)"
        r"[\w']+\s+){0,3}?(?:details?|info|infos|information|informationen|d[ée]tails|informations"
        r"|detalles|informaci[óo]n|informatie|detalhes|informa[çc](?:ão|ões|ao|oes))\b",
        r"\btell\s+me\s+more\b",
        r"\bcount\s+me\s+in\b",
        r"\bwould\s+love\s+to\b",
        r"\bi'?d\s+love\s+to\b",
        r"\bwhy\s+not\b",
        r"\b(?:great|perfect|awesome|excellent),?\s+(?:let'?s|happy|i'?m|when|send)",
        r"\b(?:let'?s|can\s+we)\s+(?:find|book|set\s+up|hop)",
        r"\b(?:bin|wäre)\s+(?:\w+\s+)?(?:offen|dabei|interessiert)\b",
        r"\b(?:habe|hätte)\s+(?:\w+\s+)?interesse\b",
        r"\bsehr\s+gern",
        r"\berzählen\s+sie\s+(?:mir\s+)?mehr\b",
        r"\bwarum\s+nicht\b",
        r"\bklingt\s+(?:\w+\s+)?(?:gut|spannend|interessant|super)",
        r"\bje\s+suis\s+(?:partant|partante|ouvert|ouverte|intéressée?|dispo|disponible)\b",
        r"\bpourquoi\s+pas\b",
        r"\bça\s+(?:me\s+dit|m'intéresse|me\s+plaît)\b",
        r"\bj'aimerais\s+(?:en\s+savoir|échanger|discuter|en\s+parler)",
        r"\b(?:me\s+apunto|me\s+encantaría|cuéntame\s+más|por\s+qué\s+no|estoy\s+abiert[oa])\b",
        r"\b(?:ik\s+sta\s+open|vertel\s+(?:me\s+)?meer|lijkt\s+me\s+(?:leuk|interessant|goed)"
        r"|zeker|ik\s+heb\s+(?:wel\s+)?interesse)\b",
        r"\b(?:topo|me\s+conta\s+mais|estou\s+abert[oa]|adoraria|bora|vamos\s+(?:nessa|marcar"
        r"|falar))\b",
    ),
    Label.NOT_INTERESTED: _any(
        r"\bnot\s+the\s+right\s+(?:move|step|fit|time\s+for\s+a\s+change)\s+for\s+me\b|\benjoying\s+where\s+i\s+am\b",
        r"\b(?:staying\s+put|i\'?ll\s+stay|happy\s+here)\b|\bnicht\s+der\s+richtige\s+schritt\b|\bnichts\s+für\s+mich\b",
        r"\bich\s+bleibe\b|\bno\s+encaja\b|\bprefiero\s+(?:quedarme|seguir)\b|\bno\s+quiero\s+volver\s+a\b",
        r"\btrès\s+bien\s+là\s+où\s+je\s+suis\b|\bje\s+ne\s+souhaite\s+pas\b|\bne\s+m\'attire\s+pas\b|\bje\s+reste\b",
        r"\bnão\s+vou\s+trocar\b|\bprefiro\s+(?:ficar|continuar)\b|\bik\s+blijf\b|\bniet\s+de\s+juiste\s+stap\b",
        r"\bkein\s+bedarf\b|\bich\s+passe\b|^\s*paso\b|\bje\s+(?:vais\s+)?passer?\s+mon\s+tour\b|\bik\s+pas\b(?!\s+(?:me|mij)\s+aan)",
        # Passing, not passing by: "vou passar pelo escritório" visits.
        r"\bvou\s+passar\b(?!\s+(?:no|na|nos|nas|pelo|pela|por|em|aí|ai|lá|aqui|amanhã))",
        # No wish for it: "geen zin in een nieuwe baan", "keine Lust", "pas envie".
        r"\bgeen\s+(?:zin|behoefte)\s+(?:in|aan)\b|\bkeine\s+lust\b|\bpas\s+envie\b"
        r"|\bno\s+tengo\s+ganas\b|\bsem\s+vontade\b|\bnão\s+tenho\s+vontade\b"
        r"|\bno\s+(?:appetite|desire)\s+for\b|^\s*nee\s+hoor\b",
        r"\bniet\s+in\s+op\b|\bno\s+es\s+lo\s+que\s+busco\b|\bnicht\s+das\s+richtige\b",
        r"^\s*(?:no|nope|nop|nah|nein|non|nee|não|nao)\b(?:\s*[.!,]*\s*$"
        r"|,?\s+(?:no\s+me\s+interesa|thanks|gracias|danke|merci|bedankt|obrigad[oa]))",
        r"\bnot\s+(?:\w+\s+)?interested\b",
        # Staying where they are (session 30): "Vou ficar onde estou", "me quedo donde estoy".
        r"\b(?:stay(?:ing)?|remain(?:ing)?)\s+(?:right\s+)?where\s+i\s+am\b"
        r"|\b(?:me\s+quedo|quedarme|sigo)\s+donde\s+estoy\b|\b(?:reste|rester)\s+(?:là\s+)?où"
        r"\s+je\s+suis\b|\b(?:vou\s+ficar|fico|ficar|continuo|vou\s+continuar)\s+onde\s+estou\b"
        r"|\bblijf\s+(?:lekker\s+)?waar\s+ik\s+(?:ben|zit)\b|\bbleib\w*\s*,?\s+wo\s+ich\s+bin\b",
        r"\bn[ãa]o\s+(?:estou|estamos|fico|sou)\s+(?:mais\s+|muito\s+)?interessad[oa]s?\b"
        r"|\bno\s+(?:estoy|estamos)\s+(?:m[áa]s\s+|muy\s+)?interesad[oa]s?\b",
        # The answer stays no (session 30): "Het blijft nee.", "Still no.", "C'est toujours non."
        r"\b(?:still|remains?|stays?)\s+(?:a\s+)?(?:no|nope|nah)\s*(?:[.!,]|$)"
        r"|\bbleibt\s+(?:es\s+)?(?:bei(?:m)?\s+)?(?:(?:einem|dem)\s+)?nein\b|\bblijft\s+(?:een\s+)?nee\b"
        r"|\btoujours\s+(?:un\s+)?non\s*(?:[.!,]|$)|\bsigue\s+siendo\s+(?:que\s+)?no\s*(?:[.!,]|$)"
        r"|\b(?:continua|segue)\s+(?:sendo\s+)?(?:um\s+)?n[ãa]o\s*(?:[.!,]|$)|\bainda\s+é\s+n[ãa]o\b",
        r"\bno\s+thanks?\b",
        r"\bno,?\s+thank\s+you\b",
        r"\bpass\b(?!\s+(?:by|through)\b)",
        r"\bhappy\s+where\s+i\s+am\b",
        r"\bnot\s+(?:currently\s+|actively\s+)?looking\b",
        r"\bnot\s+for\s+me\b",
        r"\bnot\s+a\s+(?:good\s+)?fit\b",
        r"\bi'?ll\s+pass\b(?!\s+(?:by|through)\b)",
        r"\bkein\s+interesse\b",
        r"\bnicht\s+interessiert\b",
        r"\bnein,?\s+danke\b",
        r"\bzufrieden\b",
        r"\bnicht\s+auf\s+der\s+suche\b",
        r"\bpasst\s+nicht\b",
        r"\bpas\s+intéressée?\b",
        r"\bnon,?\s+merci\b",
        r"\bpas\s+à\s+la\s+recherche\b",
        r"\bpas\s+pour\s+moi\b",
        r"\bje\s+suis\s+bien\b|\bje\s+passe\b(?!\s+(?:à|a|au|aux|par|chez|dans|en|vous|te|demain|ce"
        r"|cette|d'abord|voir|sur)\b)",
        r"\bno\s+me\s+interesa\b",
        r"\bno,?\s+gracias\b",
        r"\bno\s+estoy\s+buscando\b",
        r"\bestoy\s+bien\b",
        r"\bno\s+es\s+para\s+mí\b",
        r"\bgeen\s+interesse\b",
        r"\bnee,?\s+dank\w*\b",
        r"\bniet\s+op\s+zoek\b",
        r"\bniets\s+voor\s+mij\b",
        r"\bzit\s+(?:hier\s+)?goed\b",
        r"\bnão\s+tenho\s+interesse\b|\bsem\s+interesse\b|\bniet\s+(?:\w+\s+)?ge[ïi]nteresseerd\b",
        r"\bnão,?\s+obrigad[oa]\b",
        r"\bnão\s+estou\s+(?:procurando|à\s+procura)\b",
        r"\bnão\s+é\s+para\s+mim\b",
        r"\bestou\s+bem\b",
        r"\bdispenso\b",
    ),
}  # fmt: skip
