"""The phrases that say a reply is about someone else, in the six languages: a pointer to
another person (referral) or a reply from the wrong one (wrong_person). Split out of `phrases`
by kind (session 27); `phrases` reads them as its cues for those two labels."""

from __future__ import annotations

import re

# Relatives and friends, whom a reply may point to.
_RELATION = (
    r"(?:sister|brother|wife|husband|partner|son|daughter|cousin|friend|buddy|mate|pal|roommate"
    r"|schwester|bruder|frau|mann|sohn|tochter|cousine?|freund(?:in)?|kumpel|s(?:œ|oe)ur|fr[èe]re"
    r"|femme|mari|fils|fille|pote|copain|copine|amie?|herman[oa]|esposa|marido|hij[oa]|prim[oa]"
    r"|amig[oa]|pana|zus|broer|vrouw|zoon|dochter|neef|nicht|vriend(?:in)?|maat|irmã|irmão|mulher"
    r"|filh[oa]|parceir[oa])"
)

# fmt: off
REFERRAL = (
    r"\bvraag\s+het\s+(?-i:[A-Z])|\b(?:ik|ich|je|yo|eu)\s+(?:niet|nicht|pas|no|não),?\s+(?:maar|aber|mais|pero|mas)\b",
    # "Not me, but my cousin …", "Pas moi mais mon frère …" (not "not me, but thanks").
    r"\b(?:not\s+me|pas\s+moi|nicht\s+ich|no\s+yo|niet\s+ik|não\s+eu|nao\s+eu),?\s+(?:but|mais"
    r"|aber|sondern|pero|maar|mas)\s+(?:\w+\s+){0,2}?(?:my|mon|ma|mein\w*|mi|mijn|meu|minha)\b",
    r"\b(?:recommend|suggest)\s+(?:talking\s+to|contacting|reaching\s+out\s+to|you\s+(?:talk|speak)\s+to)?\s*(?-i:[A-Z])\w+\s+(?-i:[A-Z])",
    r"\b(?:empfehle|empfehlen)\b[^.!?]*(?-i:[A-Z])\w+\s+(?-i:[A-Z])|\bfragen\s+sie\s+(?:doch\s+)?(?:mal\s+)?(?:meine[nr]?|bei)\b",
    r"\brecommande\s+(?-i:[A-Z])|\bvoyez\s+avec\b|\badressez-vous\s+à\b",
    r"\brecomiendo\s+(?:a\s+)?(?-i:[A-Z])|\bhabla\s+con\s+(?:mi\s+)?(?-i:[A-Z]|amig|compañ|coleg)",
    r"\braad\s+(?:je|u)\s+(?-i:[A-Z])|\bvraag\s+het\s+(?:eens\s+)?aan\b",
    r"\brecomendo\s+(?:o\s+|a\s+)?(?-i:[A-Z])|\bprocure\s+(?:o|a)\s+(?-i:[A-Z])",
    r"\b(?:talk|speak|reach\s+out|write)\s+to\s+(?:my\s+)?(?-i:[A-Z])",
    r"\bmy\s+(?:former\s+)?(?:colleague|teammate|friend|coworker|co-worker)\b",
    r"\b(?:you\s+should|try|ping|contact)\s+(?:my\s+)?(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])",
    r"\bwould\s+be\s+a\s+(?:great|good|better)\s+fit\b",
    r"\b(?:kolleg(?:e|in|en)|ehemalige[rn]?\s+kolleg\w*|freund(?:in)?)\b",
    r"\bwenden\s+sie\s+sich\s+an\b",
    r"\bsprechen\s+sie\s+mit\b",
    r"\bcollègue\b",
    # "contactez-moi" is a yes, and "(ne) me contactez pas/plus" puts contact off (session 33).
    r"(?<!\bme\s)\bcontactez\b(?![- ]moi)|\bécrivez\s+à\b",
    r"\bje\s+vous\s+recommande\b",
    r"\b(?:compañer[oa]|colega)\b",
    r"\b(?:contacta|escríbele|escribe)\s+a\b",
    r"\bte\s+recomiendo\b",
    r"\bcollega\b", r"\bneem\s+contact\s+op\s+met\b", r"\bfale\s+com\b", r"\brecomendo\b",
    # Someone else points to the person's new number ("she changed her number, it's …", "il a
    # changé de numéro", "hij heeft een nieuw nummer"); their own ("I have a new number") is not.
    r"\b(?:he|she)\s+(?:has|got)\s+a\s+new\s+(?:number|phone|e-?mail)|\b(?:he|she)\s+changed\s+"
    r"(?:his|her)\s+(?:number|phone|e-?mail)|\b(?:his|her)\s+new\s+(?:number|phone|e-?mail)\b"
    r"|\b(?:er|sie)\s+hat\s+(?:jetzt\s+)?eine\s+neue\s+(?:handy)?nummer|\bseine\s+neue\s+(?:handy)?nummer"
    r"|\b(?:il|elle)\s+a\s+(?:changé\s+de\s+(?:numéro|portable)|un\s+nouveau\s+(?:numéro|portable))"
    r"|\bson\s+nouveau\s+(?:numéro|portable|c'est)|\b(?:cambió|ha\s+cambiado)\s+de\s+(?:número|móvil)"
    r"|\bsu\s+(?:nuevo\s+(?:número|móvil)|número\s+nuevo)|\b(?:hij|zij|ze)\s+heeft\s+(?:nu\s+)?een"
    r"\s+(?:nieuw|ander)\s+(?:telefoon)?nummer|\b(?:zijn|haar)\s+nieuwe?\s+(?:telefoon)?nummer"
    r"|\b(?:ele|ela)\s+(?:(?:mudou|trocou)\s+de\s+(?:número|telemóvel|celular)|tem\s+(?:um\s+)?"
    r"(?:número|telemóvel|celular)\s+novo)|\bnovo\s+(?:número|telemóvel|celular)\s+d(?:ele|ela)\b",
    # "…, but my sister does exactly that": a relative who does the job.
    r"\b(?:my|meine?|mon|ma|mi|mijn|meu|minha)\s+(?:sister|brother|wife|husband|partner|son"
    r"|daughter|cousin|schwester|bruder|frau|mann|sohn|tochter|sœur|soeur|frère|frere|femme|mari"
    r"|fils|fille|herman[oa]|esposa|marido|hij[oa]|prim[oa]|zus|broer|vrouw|zoon|dochter|irmã"
    r"|irmão|mulher|filh[oa])\s+(?:(?-i:[A-Z])\w+\s+)?(?:does|macht|fait|hace|doet|faz)\s+"
    r"(?:genau|exactly|precisely|just|exactement|justo|justamente|precies|exatamente)\s+"
    r"(?:that|this|das|ça|cela|eso|esto|dat|dit|isso|isto)\b",
    # A relative or friend who is looking, or their number given (session 30): "my brother Luis
    # is … his number is 512 555 0143", "mon pote Yanis cherche, 06 12 34 56 78", "meu filho
    # Pedro … o número dele é 11 98765 4321" (not "my brother is looking after the kids").
    rf"\b(?:my|meine?|mon|ma|mi|mijn|meu|minha)\s+{_RELATION}\s+(?:(?-i:[A-Z])\w+\s+)?(?:(?:is|'s|ist"
    r"|est|está|esta)\s+)?(?:(?:also|auch|aussi|también|ook|também|actually|gerade|wel|sí|sim)\s+)?"
    r"(?:looking|searching|sucht|cherche|busca|buscando|zoekt|procura|procurando)\b"
    r"(?!\s+(?:after|at|into|over|forward|up|à|a\s+(?:entender|saber)))",
    r"\b(?:his|her|their)\s+(?:cell\s+|mobile\s+|phone\s+)?(?:number|phone|cell)\s+is\s+\+?\d"
    r"|\b(?:seine|ihre)\s+(?:handy)?nummer\s+(?:ist|lautet)\s+\+?\d"
    r"|\b(?:son|leur)\s+(?:num[ée]ro|portable|t[ée]l)\s*(?:c'est|est|:)?\s*(?:le\s+)?\+?\d"
    r"|\bsu\s+(?:n[úu]mero|m[óo]vil|celular|tel[ée]fono)\s+(?:es\s+)?(?:el\s+)?\+?\d"
    r"|\b(?:zijn|haar|hun)\s+(?:telefoon|mobiele\s+)?nummer\s+(?:is\s+)?\+?\d"
    r"|\bo\s+(?:n[úu]mero|celular|telefone|telem[óo]vel)\s+(?:dele|dela|deles)\s+(?:[ée]\s+)?\+?\d",
)

WRONG_PERSON = (
    r"\b(?:den|die|das)\s+falschen?\s+(?-i:[A-Z])|\bjemand(?:en)?\s+anderen?\b|\b(?:programmiere|entwickle)\s+nicht\b",
    r"\bi\s+am\s+not\s+(?:mr|ms|mrs|dr)\b|\bcheck\s+your\s+records\b|\b(?:meant|intended)\s+for\s+someone\s+else\b",
    r"\bdestiné\s+à\s+quelqu\'un\s+d\'autre\b|\bquelqu\'un\s+d\'autre\b",
    r"\bkeine?\s+(?:entwickler\w*|programmierer\w*|ingenieur\w*|informatiker\w*)\b",
    r"\bpas\s+(?:une?\s+)?(?:développeu\w+|ingénieu\w+|programmeu\w+|informaticien\w*)\b",
    r"\bno\s+(?:en|soy)\s+(?:ingenier\w+|programador\w*|desarrollador\w*)|\bpasado\s+mal\s+el\s+contacto\b",
    r"\b(?:een\s+andere|outro|outra|otro|otra|another|einen\s+anderen)\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z]))?",
    r"\b(?:aposentad[oa]|met\s+pensioen|im\s+ruhestand|à\s+la\s+retraite|jubilad[oa]|retired)\b",
    r"\b(?:dado|contacto|contato|e-?mail|adres)\s+(?:errado|equivocado|verkeerd)\b|\bgeen\s+(?:programmeur|ontwikkelaar)",
    r"\bnenhum\s+(?:engenheiro|programador|desenvolvedor)\b|\bnão\s+trabalha\s+nenhum\b",
    r"\b(?:you\s+)?(?:meant|mean|want)\s+someone\s+else\b|\bnot\s+the\s+(?-i:[A-Z])\w+\s+you",
    r"\bmeinen\s+(?:wohl\s+)?jemand(?:en)?\s+anders\w*|\bverwechseln\b",
    r"\bce\s+n\'est\s+pas\s+moi\b|\bconfond\w*\b|\bfaites\s+erreur\b",
    r"\bno\s+soy\s+quien\b|\bse\s+equivoca\w*\b|\bte\s+has\s+equivocado\b",
    r"\bverwart\b|\bverkeerde\s+(?:adres|persoon|e-?mailadres)\b",
    r"\bconfundindo\b|\bnão\s+sou\s+eu\b|\bpessoa\s+errada\b",
    r"\bwrong\s+(?:person|guy|\w+\s+address|e-?mail|contact|(?-i:[A-Z])\w+)\b",
    r"\bi'?m\s+not\s+(?-i:[A-Z])\w+\b",
    r"\b(?:i'?m|i\s+am)\s+(?:a|an|in)\s+\w+(?:\s+\w+)?,?\s+not\s+(?:an?\s+)?(?:engineer"
    r"|developer|designer|engineering|software)",
    r"\bnever\s+(?:written|worked\s+(?:as|in|with)|been\s+an?)\b",
    r"\bnot\s+the\s+(?:right\s+)?person\b",
    r"\bwrong\s+number\b",
    r"\bwho\s+is\s+this\b",
    r"\bi'?m\s+not\s+an?\s+(?:engineer|developer|programmer|designer|coder)\b",
    r"\bich\s+bin\s+(?:kein(?:e)?|gar\s+kein)\s+\w+",
    r"\bwer\s+ist\s+(?:das|da)\b",
    r"\bfalsche\s+nummer\b",
    r"\bje\s+ne\s+suis\s+pas\s+(?:développeu\w+|ingénieu\w+|programmeu\w+|designer)",
    r"\bqui\s+est-ce\b",
    r"\bmauvais\s+numéro\b",
    r"\bno\s+soy\s+(?:programador\w*|ingenier\w+|desarrollador\w*|diseñador\w*)",
    r"\bqui[eé]n\s+es\b",
    r"\bnúmero\s+equivocado\b",
    r"\bik\s+ben\s+geen\s+\w+", r"\bwie\s+is\s+dit\b", r"\bverkeerde\s+nummer\b",
    r"\bnão\s+sou\s+(?:programador\w*|engenheir\w+|desenvolvedor\w*|designer)",
    r"\bquem\s+é\b",
    r"\bnúmero\s+errado\b",
    r"\bfalsche[nr]?\s+(?:person|adresse|empfänger)\b",
    r"\bverwechs\w+\b",
    r"\bich\s+bin\s+nicht\s+(?-i:[A-Z])",
    r"\bmauvaise\s+personne\b",
    r"\bvous\s+(?:vous\s+)?(?:êtes\s+)?tromp\w+\b",
    r"\berreur\s+de\s+personne\b",
    r"\bje\s+ne\s+suis\s+pas\s+(?-i:[A-Z])",
    r"\bpersona\s+equivocada\b",
    r"\bse\s+(?:ha|han)\s+equivocado\b",
    r"\bequivoca\w+\s+de\s+persona\b",
    r"\bno\s+soy\s+(?-i:[A-Z])",
    r"\bverkeerde\s+(?:persoon|adres)\b",
    r"\bik\s+ben\s+niet\s+(?-i:[A-Z])",
    r"\bpessoa\s+errada\b",
    r"\bnão\s+sou\s+(?:o|a)?\s*(?-i:[A-Z])",
    # An address or inbox that belongs to others: "this address belongs to our practice", "a
    # shared family inbox", "Dit e-mailadres hoort bij onze praktijk", "esta cuenta es de toda
    # la familia", "esse e-mail é da recepção".
    r"\b(?:address|inbox|account|e-?mail|adresse|e-?mail-adresse|postfach|konto|compte|boîte"
    r"|dirección|cuenta|correo|buzón|adres|e-?mailadres|mailbox|account|endereço|conta|caixa)\s+"
    r"(?:\w+\s+)?(?:belongs\s+to|gehört|appartient\s+à|pertenece\s+a|hoort\s+bij|pertence\s+[àa]"
    r"|is\s+van|es\s+de|é\s+d[ao]s?)\s+(?:\w+\s+){0,2}?(?:our|the|a|unserer?|unserem|der|des"
    r"|notre|la|le|nuestr[oa]|toda|onze|ons|de|het|nossa|nosso|[ao])\s+(?:\w+\s+)?"
    r"(?:practice|clinic|office|firm|family|front\s+desk|reception|company|praxis|kanzlei|familie"
    r"|büro|empfang|firma|cabinet|famille|accueil|société|clínica|despacho|familia|oficina"
    r"|recepción|empresa|praktijk|\w*praktijk|kantoor|receptie|bedrijf|clínica|família"
    r"|escritório|recepção|consultório)",
    r"\b(?:shared\s+)?family\s+(?:address|inbox|account|e-?mail)\b|\bfamilien(?:adresse|postfach"
    r"|konto)\b|\badresse\s+familiale\b|\b(?:dirección|cuenta|correo)\s+familiar\b"
    r"|\bfamilie(?:adres|account|mail)\b|\b(?:endereço|conta|e-?mail)\s+da\s+família\b",
    # The one they want is someone else: "The Maria you're looking for is my aunt", "el Javier
    # que buscas es mi tío", "o Pedro que você procura".
    r"\bthe\s+(?-i:[A-Z])\w+\s+you(?:'re|\s+are)?\s+(?:want|looking\s+for|after|need|mean)\b"
    r"|\b(?:el|la|o|a|le|de|der|die)\s+(?-i:[A-Z])\w+\s+(?:que|qui|die|den|das)\s+(?:usted\s+|"
    r"você\s+|vous\s+|u\s+|je\s+|sie\s+)?(?:busca\w*|procura\w*|cherche\w*|zoekt|suchen)\b",
)
# fmt: on

# Someone who does not work here: "Mr Patel doesn't work here", "ein Herr Braun arbeitet hier
# nicht", "aucune Mme Lefèvre ne travaille ici", "a Dra. Souza não trabalha aqui" (not "dat werkt
# hier niet zo", "je ne travaille plus ici": a name, a title or "il/elle" before it). Searched
# by `rules` only in a reply holding one of `WORK_WORDS`: a name-first pattern tried at every
# word cost the wrong_person cue 5 times its time.
_FRENCH_NAME = (
    r"(?!(?:je|j|tu|nous|vous|on|ce|ca|ça|cela|qui|que|mais|et|donc|ici|oui|non)\b)"
    r"(?-i:[A-ZÀ-Ý])\w+"
)
NOT_WORKING_HERE = re.compile(
    r"\b(?:(?:mr|mrs|ms|dr|herr|frau|meneer|mevrouw)\.?|(?!(?:dat|das|dit|het|es|it|that|this|er"
    r"|sie|hij|zij|ze|die|der|dies|wat|was)\b)(?-i:[A-Z])[a-z]+)\s+(?:(?-i:[A-Z])\w+\s+)?"
    r"(?:(?:doesn'?t|does\s+not|no\s+longer)\s+works?\s+here|arbeitet\s+(?:\w+\s+)?hier\s+nicht"
    r"|werkt\s+hier\s+niet)\b"
    # French "travaille" is also "I work": "je ne travaille plus ici, mais je suis intéressé".
    rf"|\b(?:(?:il|elle|m|mme|mlle|monsieur|madame)\.?|{_FRENCH_NAME})\s+(?:{_FRENCH_NAME}\s+)?"
    r"ne\s+travaille\s+(?:pas\s+|plus\s+)?ici\b"
    r"|\bno\s+trabaja\s+aquí\b|\baquí\s+no\s+trabaja\b|\ber\s+werkt\s+hier\s+geen\b"
    r"|\bnão\s+trabalha\s+(?:mais\s+)?aqui\b",
    re.IGNORECASE,
)
WORK_WORDS = ("work", "arbeit", "travaill", "trabaj", "werk", "trabalh")
