"""Complaints that ask to go on, not to stop (session 31, near misses beside restated French
opt-outs), in the six languages; `opt_outs` reads a complaint ("fifth mail this month", "I never
signed up") as a stop only in a reply that does none of these:

- asks about the job after it: "un cinquième mail ce mois-ci, vous êtes tenaces. Bon, vous avez
  gagné : c'est quoi le salaire ?", "third email this week and I still don't have the job
  description. Can you send it?", "dritte Mail diese Woche, und die Stellenbeschreibung fehlt
  immer noch. Schicken Sie sie mir?" (a term of the job, or its description, and a question);
- says it is no reproach: "je ne me suis jamais inscrite chez vous : comment avez-vous eu mon
  profil ? Ce n'est pas un reproche, juste une question", "I never signed up, how did you get
  my profile? Not a complaint, just curious", "kein Vorwurf, nur eine Frage", "no es un
  reproche, solo una pregunta", "não é uma crítica, só uma pergunta", "geen verwijt, gewoon een
  vraag".

Session 33 (train paraphrases still read wrong): a complaint also goes on, not stops, when it is
let go of and the role judged ("hab mich nie angemeldet, aber egal, die Stelle klingt gut",
"nunca me cadastrei, mas tudo bem: a vaga parece boa"), when it says it is only curious ("so I'm
curious who passed my email on"), when a time to talk is asked in other words ("on s'appelle ?",
"wanneer kunnen we bellen?", "podemos falar amanhã?") and when it is about a mix-up of people
("vous me confondez avec ma sœur", "I'm Tom Walsh, not Tomasz Nowak"); `complaints` reads a count of
our messages beside a no to the role ("c'est non", "dus nee", "the answer is still no") as a no.

"Third email this week. What part of no don't you understand?" asks nothing about the job and
stays a stop; so does any reply that also asks, in other words, to stop.
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.cue_gates import has_cue
from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.not_requests import says_no
from sequencer.inbound.intent.phrases import TERMS

# The job's description: "fiche de poste", "job description", "Stellenbeschreibung".
_DESCRIPTION = (
    r"(?:job\s+description|jd|job\s+spec|fiche\s+de\s+poste|descriptif\s+(?:du\s+)?poste"
    r"|stellenbeschreibung|stellenanzeige|descripci[óo]n\s+del\s+puesto|descri[çc][ãa]o\s+da\s+vaga"
    r"|functieomschrijving|vacaturetekst)"
)
_ABOUT_THE_JOB = re.compile(
    rf"\b{TERMS}\b[^.!?\n]{{0,60}}\?|\b{_DESCRIPTION}\b[^?]{{0,120}}\?",
    re.IGNORECASE,
)
_NO_REPROACH = re.compile(
    r"\b(?:not\s+a\s+(?:complaint|reproach|criticism)|no\s+offen[cs]e|just\s+(?:curious|asking|a"
    r"\s+question)|(?:ce\s+n'est\s+|c'est\s+|n'est\s+)?pas\s+(?:un\s+)?(?:reproche|une\s+critique)"
    r"|juste\s+une\s+question|simple\s+curiosit[ée]|kein\s+vorwurf|keine\s+kritik|nur\s+eine\s+frage"
    r"|reine\s+neugier|no\s+es\s+(?:un\s+)?(?:reproche|una\s+cr[íi]tica)|s[óo]lo\s+(?:es\s+)?una\s+pregunta"
    r"|pura\s+curiosidad|n[ãa]o\s+[ée]\s+(?:uma\s+)?(?:cr[íi]tica|reclama[çc][ãa]o)|s[óo]\s+uma"
    r"\s+pergunta|pura\s+curiosidade|geen\s+verwijt|geen\s+kritiek|gewoon\s+een\s+vraag"
    r"|puur\s+uit\s+nieuwsgierigheid)\b",
    re.IGNORECASE,
)


# Session 32 (near misses of a fourth wave): a question about the role itself, not only its
# terms ("Fifth email this month and, fine, you've worn me down: what's the day rate?", "nunca
# me cadastrei, mas vocês têm vaga de estágio?", "Om welke functie gaat het precies?"), or a time
# to talk ("Troisième mail cette semaine … parlons-en, je suis dispo jeudi", "4e sms vandaag
# haha, ik bel je morgen"). Not a question why we write or where we got them: "never signed up,
# why do you keep sending me jobs?" still complains.
_THE_ROLE = (
    r"(?:role|job|position|vacanc\w*|opening|rate|stelle|poste|offre|puesto|vacante|oferta|vaga"
    r"|functie|vacature|rol|salar\w*|sueldo|gehalt|tarif\w*|day\s+rate)"
)
_THE_ROLE_NAMED = re.compile(rf"\b{_THE_ROLE}\b", re.IGNORECASE)
_SENTENCES = re.compile(r"([.!?\n])")
_WHY_OR_WHENCE = re.compile(
    r"\b(?:why|warum|wieso|pourquoi|por\s*qu[ée]|porque|waarom|how\s+did|where\s+did|woher|d'o[uù]"
    r"|de\s+d[oó]nde|de\s+onde|waar\s+(?:heb|hebben)|hoe\s+kom|comment\s+avez|c[oó]mo\s+(?:consigu|obtuv)"
    r"|como\s+(?:consegu|obtiver)|who|wer|qui|qui[ée]n|quem|wie\s+heeft)\b",
    re.IGNORECASE,
)
_TALK = re.compile(
    r"\b(?:when\s+(?:could|can|shall)\s+we\s+(?:talk|speak|chat)|call\s+me|parlons-en|je\s+suis\s+dispo"
    # Session 33: "on s'appelle ?", "appelez moi ce soir", "can we talk on Friday?", "wann können
    # wir reden?", "¿podemos hablar mañana?", "podemos falar amanhã?", "wanneer kunnen we bellen?",
    # "kunnen we morgen bellen?", "bel na zessen", "kann ich mich direkt bewerben?".
    r"|on\s+s'appelle|appelez[-\s]moi|(?:can|could|shall)\s+we\s+(?:talk|speak|chat)"
    r"|wann\s+(?:k[öo]nnen|wollen)\s+wir\s+(?:\w+\s+)?(?:reden|sprechen|telefonieren)"
    r"|podemos\s+(?:hablar|falar|conversar|charlar)|(?:wanneer\s+)?kunnen\s+we\s+(?:\w+\s+)?(?:bellen"
    r"|praten|spreken)|bel\s+(?:me\s+)?(?:na|om|morgen|vanavond)|kann\s+ich\s+mich\s+(?:\w+\s+)?bewerben"
    r"|appelez-moi|ik\s+bel\s+(?:je|jou|u)|bel\s+me|hablamos|ll[áa]mame|me\s+liga|lass\s+uns"
    r"\s+(?:telefonieren|sprechen)|rufen\s+sie\s+(?:mich\s+)?(?:\w+\s+)?an|ruf\s+(?:mich\s+)?(?:\w+\s+)?an)\b",
    re.IGNORECASE,
)


# The complaint let go of, then the role judged well (session 33): "aber egal, die Stelle klingt
# gut", "maar dat geeft niet: het klinkt leuk", "mas não faz mal: a vaga parece-me boa", "mais
# bon : le poste a l'air bien", "bien joué : … le poste me parle", "vous m'avez eu".
_LET_GO = (
    r"(?:but|aber|mais|pero|mas|maar)\s+(?:\w+\s+){0,2}?(?:egal|no\s+matter|never\s*mind|that's\s+fine"
    r"|fine|bon|peu\s+importe|da\s+igual|no\s+importa|tudo\s+bem|n[ãa]o\s+faz\s+mal|tanto\s+faz"
    r"|dat\s+(?:geeft|maakt)\s+niet(?:\s+uit)?|das\s+macht\s+nichts|schon\s+gut)"
    r"|bien\s+jou[ée]|vous\s+m'avez\s+eu|you\s+got\s+me|ok\s+you\s+win|vous\s+avez\s+gagn[ée]"
)
_JUDGED_WELL = (
    r"(?:klingt|sounds|looks|seems|suena|parece|parece-me|klinkt|lijkt|a\s+l'air|semble)\s+(?:\w+\s+)?"
    r"(?:gut|good|great|interesting|interessant\w*|bien|bom|boa|buen[oa]?|interesante|interessante"
    r"|leuk|goed|mooi|top)|\b(?:me\s+parle|m'int[ée]resse|me\s+interesa|me\s+interessa"
    r"|interesseert\s+me|interessiert\s+mich|will\s+ich'?s)\b"
)
_LET_GO_AND_JUDGED = re.compile(rf"\b(?:{_LET_GO})\b[^?]{{0,80}}?(?:{_JUDGED_WELL})", re.IGNORECASE)
# ...or judged well alone, in a reply that says no "not interested" ("De functie bij jullie zelf
# interesseert me nog steeds"; not "ça ne m'intéresse pas"), the role its subject (session 34:
# not "Your company seems great, but this is spam").
_JUDGED_WELL_ALONE = re.compile(rf"\b{_THE_ROLE}\b[^.!?]{{0,40}}?{_JUDGED_WELL}", re.IGNORECASE)
# A complaint reported, or the message called spam or harassment, is never excused (session 34):
# "this is spam and I'm reporting it", "das ist Spam", "je vous signale", "lo denuncio".
_REPORTED = re.compile(
    r"\b(?:(?:this|that|it|das|dit|dat|ceci|cela|esto|eso|isso|isto|c')\s*(?:is|'s|ist|est|es|[eé]"
    r"|echt|wirklich|vraiment|puro|pura)?\s*(?:(?:just|nur|du|een|pur|nothing\s+but|reiner?|le)\s+)?"
    r"(?:spam|harass\w*|bel[äa]stigung|harc[eè]lement|acoso|ass[ée]dio)|spam\s+report"
    r"|report(?:ed|ing)?\s+(?:you|this|it|as\s+spam)|i'?(?:ll|\s+will|\s+am|'m)\s+report\w*"
    r"|(?:ich\s+)?melde\s+(?:sie|das|euch|dich)|gemeldet|je\s+(?:vous\s+)?signale|signal[ée]s?\s+(?:comme"
    r"|pour)|(?:lo|los|les|te)\s+denuncio|(?:vou|vamos)\s+denunci\w*|denunciad[oa]s?|ik\s+meld"
    r"|gemeld|aangegeven)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"(?:\b(?:n[ãa]o|no|not|nicht|niet|ne|never|nunca|nie|nooit|jamais)|n't)\s+$", re.IGNORECASE
)
# Only curious where they come from: "so I'm curious who passed my email on", "fiquei curioso".
_CURIOUS = re.compile(
    r"\b(?:i'm|i\s+am|so\s+curious|fiquei|estou|estoy|je\s+suis|ik\s+ben|bin)\s+(?:\w+\s+)?"
    r"(?:curious|curios[oa]|curieu(?:x|se)|nieuwsgierig|neugierig)\b",
    re.IGNORECASE,
)
# A mix-up of people: "vous me confondez avec ma sœur", "il doit s'agir d'une homonyme", "I'm Tom
# Walsh, not Tomasz Nowak", "Sie verwechseln mich", "me confunden con", "jullie verwarren me".
_MIXED_UP = re.compile(
    r"\b(?:confond\w*|homonyme?s?|hom[óo]nim[oa]s?|verwechsel\w*|confund\w*|verwar\w*"
    r"|mix(?:ed)?\s+me\s+up|mistak(?:e|en|ing)\s+me\s+for)",
    re.IGNORECASE,
)
_NOT_THAT_NAME = re.compile(r"\b(?:I'm|I\s+am)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?,\s+not\s+[A-Z]")


# Session 36 (brief F, train paraphrases): the terms asked for in other words, which ask to go on:
# "Contadme al menos el sueldo", "toujours pas de fourchette de salaire. Vous me la donnez ?",
# "fully remote or do i gotta leave london", "Quelle est la date de démarrage ?", "sagen Sie mir
# das Gehalt", "stuur me het salaris", "me passa a faixa salarial".
_TERMS_ASKED = re.compile(
    r"\b(?:tell|send|give|share|contad(?:me)?|cu[ée]nt(?:ame|eme|enme)|d(?:ime|[íi]game|ecidme)"
    r"|p[áa]s(?:ame|eme|enme)|sagen\s+sie|nennen\s+sie|schicken\s+sie|verr(?:ä|ae)t|donnez|dites"
    r"|envoyez|indiquez|vertel|stuur|noem|geef|me\s+(?:diga|diz|conta|passa|manda|fala))\b"
    rf"[^.!?\n]{{0,40}}?\b{TERMS}\b",
    re.IGNORECASE,
)
# Each of these only in a text with an " or " or a question mark (the same answer, cheaper).
_TERMS_OR = re.compile(
    rf"\b{TERMS}\s+or\s+(?:do|is|are|not|on-?site|office|hybrid|in)\b", re.IGNORECASE
)
_TERMS_MISSING_OR_START = re.compile(
    r"\b(?:still\s+no|toujours\s+pas\s+de|immer\s+noch\s+kein\w*|todav[íi]a\s+sin|ainda\s+sem"
    rf"|nog\s+steeds\s+geen|und\s+kein\w*|et\s+pas\s+de|and\s+no)\s+(?:\w+\s+)?{TERMS}\b"
    r"[^?]{0,60}\?"
    r"|\b(?:start(?:ing)?\s+date|date\s+de\s+(?:d[ée]marrage|d[ée]but|prise\s+de\s+poste)"
    r"|startdatum|eintrittsdatum|starttermin|fecha\s+de\s+(?:inicio|incorporaci[óo]n)"
    r"|data\s+de\s+in[íi]cio|begindatum|ingangsdatum)\b[^.!?\n]{0,40}\?",
    re.IGNORECASE,
)


def _asks_for_the_terms(text: str) -> bool:
    return bool(
        _TERMS_ASKED.search(text)
        or (" or " in text and _TERMS_OR.search(text))
        or ("?" in text and _TERMS_MISSING_OR_START.search(text))
    )


# ...or only where their data came from, or what we hold (session 36: "hab mich nie irgendwo
# eingetragen, woher habt ihr meine nummer?", "Je n'ai jamais donné mon accord … Qui vous les a
# transmis ?", "welke lijst is dit eigenlijk? heb me nergens aangemeld", "Nunca autorizei este
# contacto, por isso gostava de saber: que dados têm sobre mim e de onde vieram?"): a question,
# asked of a complaint; not why we keep writing ("why do you keep sending me jobs?").
_WHENCE = re.compile(
    r"\b(?:where\s+did\s+you\s+get|how\s+did\s+you\s+get|who\s+gave\s+you|woher|wer\s+gibt"
    r"|wer\s+hat\s+ihnen|was\s+(?:sie|ihr)\s+(?:da\s+)?(?:alles\s+)?gespeichert|d'o[uù]"
    r"|qui\s+vous\s+l(?:es|a|')|de\s+d[oó]nde|qu[ée]\s+m[áa]s\s+tienen|de\s+onde|quem\s+(?:vos|lhes)"
    r"|que\s+dados\s+t[êe]m|hoe\s+kom\w*\s+(?:jullie|u)\s+aan|waar\s+(?:heb|hebben)\s+(?:jullie|u)"
    r"|(?:via\s+)?welke\s+(?:mailing)?lijst)\b",
    re.IGNORECASE,
)
_WHY = re.compile(
    r"\b(?:why|warum|wieso|weshalb|pourquoi|por\s*qu[ée]|porque|waarom|keep|still|immer\s+noch"
    r"|toujours|encore|segu[íi]s|sigue\w*|blijv\w*|continu\w*)\b",
    re.IGNORECASE,
)


def asks_on_after_complaining(text: str) -> bool:
    """`text` as written: a question about the job or the role, a time to talk, or the complaint
    said to be none, let go of for a role that sounds good, only curious, or about a mix-up."""
    if any(
        not _NEGATED.search(text, max(0, found.start() - 8), found.start())
        for found in _REPORTED.finditer(text)
    ):
        return False
    if _NO_REPROACH.search(text) or _TALK.search(text) or _LET_GO_AND_JUDGED.search(text):
        return True
    if _asks_for_the_terms(text) or has_cue(Label.REFERRAL, text):
        return True
    if _WHENCE.search(text) and not _WHY.search(text):
        return True
    if _JUDGED_WELL_ALONE.search(text) and not says_no(text):
        return True
    if _CURIOUS.search(text) or _MIXED_UP.search(text) or _NOT_THAT_NAME.search(text):
        return True
    if has_cue(Label.WRONG_PERSON, text):  # `CUES[…].search(text)`, gated
        return True
    if "?" not in text:
        return False
    parts = _SENTENCES.split(text)  # sentence, its mark, sentence, …: linear, unlike a search
    return bool(
        _ABOUT_THE_JOB.search(text)
        or any(
            mark == "?" and _THE_ROLE_NAMED.search(sentence) and not _WHY_OR_WHENCE.search(sentence)
            for sentence, mark in zip(parts[::2], parts[1::2], strict=False)
        )
    )
