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


def asks_on_after_complaining(text: str) -> bool:
    """`text` as written: a question about the job, or the complaint said to be none."""
    return bool(("?" in text and _ABOUT_THE_JOB.search(text)) or _NO_REPROACH.search(text))
