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

"Third email this week. What part of no don't you understand?" asks nothing about the job and
stays a stop; so does any reply that also asks, in other words, to stop.
"""

from __future__ import annotations

import re

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
    r"|appelez-moi|ik\s+bel\s+(?:je|jou|u)|bel\s+me|hablamos|ll[áa]mame|me\s+liga|lass\s+uns"
    r"\s+(?:telefonieren|sprechen)|rufen\s+sie\s+(?:mich\s+)?(?:\w+\s+)?an|ruf\s+(?:mich\s+)?(?:\w+\s+)?an)\b",
    re.IGNORECASE,
)


def asks_on_after_complaining(text: str) -> bool:
    """`text` as written: a question about the job or the role, a time to talk, or the complaint
    said to be none."""
    if _NO_REPROACH.search(text) or _TALK.search(text):
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
