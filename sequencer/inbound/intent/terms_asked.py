"""Questions on the job's terms that the question cue (a term, then "?") misses, and a "?"
that asks nothing (session 30, the kinds a twelfth writer used); read by `rules.cues_in`:

- a question with no question mark, texted or dictated: "is it fully remote tho or do i gotta
  leave london", "ist das remote", "is het remote", "est-ce que c'est en télétravail"; "tell me
  whether it's remote and how much they pay": "dime si es remoto … y cuánto pagan", "me diz se
  é remoto", "laat me weten of het remote is", "sag mir, ob …", "dis-moi si …";
- their constraint, then whether it is a problem: "Meine Kündigungsfrist beträgt drei Monate.
  Ist das für Tessera ein Problem?", "o aviso prévio é de 30 dias. Isso seria um problema?";
- a term "asked" in delight and answered by their own yes: "an actual remote staff role?? Yes.
  Call me after 6", "¿¡Un puesto en remoto!? ¡Sí!": no question, a yes.
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.phrases import CUES, TERMS
from sequencer.inbound.needles import may_match

# Each opener is a question's first words (a verb before its subject); the term is at most
# four words on, in the same clause.
_OPENS = r"(?:^|(?<=[.!,;:])|\b(?:but|and|so|ok|okay|tho|aber|und|also|mais|et|maar|en)\b)"
_UNMARKED = re.compile(
    rf"{_OPENS}\s*(?:(?:is|are|does|do)\s+(?:it|this|that|the\s+(?:role|job|position)|they|you"
    r"|i|we)|(?:ist|sind)\s+(?:das|es|die\s+stelle|der\s+job)|gibt\s+es|muss\s+ich"
    r"|(?:is|zijn)\s+(?:het|dat|de\s+(?:functie|baan|rol))|moet\s+ik|est-ce\s+qu(?:e|')"
    r"|(?:let\s+me\s+know|tell\s+me)\s+(?:if|whether)|sag(?:en\s+sie)?\s+mir,?\s+ob"
    r"|di(?:s|tes)-moi\s+si|d[ií](?:me|game)\s+si|(?:laat|vertel)\s+(?:me|mij)\s+(?:even\s+)?"
    r"(?:weten\s+)?of|(?:me\s+)?(?:diz|diga|fala|conta)(?:-me)?\s+se)"
    rf"\b(?:[^\w.!?,;'-]+[\w'-]+){{0,4}}?[^\w.!?,;'-]+{TERMS}\b"
    # How much it pays.
    r"|\bhow\s+much\s+(?:does|do|will|would)\s+(?:it|they|the\s+\w+)\s+pay|\bcu[áa]nto\s+(?:pagan"
    r"|paga|se\s+paga|ofrecen)\b|\bcombien\s+(?:ça|ca|c'est|ils)?\s*(?:paie|paye|payent|pay[ée])"
    r"|\bwie\s*viel\s+(?:zahlt|zahlen|gibt|bezahlt)|\bhoeveel\s+(?:betaalt|betalen|verdien)"
    r"|\bquanto\s+(?:paga|pagam|oferecem)\b",
    re.IGNORECASE,
)


def asks_without_a_mark(text: str) -> bool:
    return may_match(_UNMARKED, text) and bool(_UNMARKED.search(text))  # needles first


# A term, then within a few sentences a short question whether it is a problem.
_PROBLEM = (
    r"(?:problem\w*|issue|deal-?breaker|obstacle|hindernis|probl[èe]me|souci|g[êe]nant"
    r"|inconveniente|obst[áa]culo|probleem|bezwaar|empecilho|impedimento)"
)
_IS_IT_A_PROBLEM = re.compile(
    rf"\b{TERMS}\b[^?]{{0,160}}?[.!,;:]\s*[¿]?(?:[\w'-]+\s+){{0,6}}?{_PROBLEM}[^.!?\n]{{0,30}}\?",
    re.IGNORECASE,
)
_PROBLEM_WORD = re.compile(rf"\b{_PROBLEM}", re.IGNORECASE)


def asks_if_a_term_is_a_problem(text: str) -> bool:
    return "?" in text and bool(_PROBLEM_WORD.search(text) and _IS_IT_A_PROBLEM.search(text))


# "??", "?!" or "!?", then their own yes: "Remote?! Yes.", "¿¡Remoto!? ¡Sí!", "télétravail ?!
# Oui !" (not "Remote?? What's the salary?").
_CRY_THEN_YES = re.compile(
    r"(?:\?[?!]+|!\?)\s*[¡]?(?:yes|yeah|yep|ja|jawohl|oui|s[ií]|sim|jazeker)\b[\s,]*"
    r"(?:please|bitte|graag|por\s+favor)?\s*(?:[.!,]|$)",
    re.IGNORECASE,
)


def without_cries_answered(text: str) -> str:
    """The text without each sentence "asked" in delight and answered by a yes."""
    if "?" not in text:
        return text
    parts, end = [], 0
    for cry in _CRY_THEN_YES.finditer(text):
        start = max(text.rfind(mark, end, cry.start()) for mark in ".!?\n")
        parts.append(text[end : max(start + 1, end)] + " ")
        end = cry.end()
    return "".join(parts) + text[end:]


def reread_terms(text: str, found: set[Label]) -> None:
    """The kinds above, in `found` (the cues of `text`, one line)."""
    if asks_without_a_mark(text) or asks_if_a_term_is_a_problem(text):
        found.add(Label.QUESTION)
    elif (
        Label.QUESTION in found
        and _CRY_THEN_YES.search(text)
        and not CUES[Label.QUESTION].search(without_cries_answered(text))
    ):
        found.discard(Label.QUESTION)  # "an actual remote role?? Yes. Call me after 6"
        found.add(Label.INTERESTED)
