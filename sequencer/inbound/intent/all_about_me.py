"""Everything held about them deleted or destroyed, and their data out of our systems (session 31,
Dutch writers restating the train opt-outs), on the text `opt_outs.plain` made:

- everything about them, to delete or destroy: "wis alle informatie die u over mij bewaart",
  "ik eis dat u alles wat u over mij heeft vastgelegd wist", "gooi alles wat jullie van mij
  hebben weg", "delete everything you have on me", "löschen Sie alles über mich"; not "ik wil
  weten wat u over mij bewaart" (asked, no deletion) nor "verwijder alles wat ik stuurde?";
- their data named, then wanted out of our systems: "ze moeten nu uit jullie systemen", "mijn
  nummer wil ik nergens meer bij jullie zien staan";
- their data, used no more: "gebruik mijn naam of contactgegevens nergens meer voor";
- their number to forget, asked politely: "gelieve dit nummer te vergeten" (the grammar reads
  "vergeet mijn nummer").
"""

from __future__ import annotations

import re

from sequencer.inbound.intent.stop_words import DELETE, PLACES

# Deleting, or throwing away ("gooi alles weg").
_DELETE = rf"(?:{DELETE}|gooi\w*)"
# Everything, or every trace, about them.
_EVERYTHING = (
    r"(?:alles|alle\s+(?:\w+\s+)?(?:informatie|gegevens|data|info)|elk\s+spoor|ieder\s+spoor"
    r"|everything|all\s+(?:the\s+)?(?:\w+\s+)?(?:data|information|info)|alles|alle\s+(?:\w+\s+)?daten)"
)
_ABOUT_ME = r"(?:(?:over|van)\s+(?:mij|me)|about\s+me|on\s+me|(?:uber|von)\s+mich)\b"
_ERASED = (
    rf"\b{_DELETE}\s+(?:\w+\s+){{0,4}}?{_EVERYTHING}\b[^.!?\n]{{0,30}}?\b{_ABOUT_ME}"
    # ...the verb after it: "dat u alles wat u over mij heeft vastgelegd wist", "alles over mij
    # weg te gooien"; not German "alles über mich wissen" (know), "wist alles van mij" (knew),
    # "alles over mij vind je op LinkedIn, ik ben even weg" (away); "alles van mij mag weg" stays.
    rf"|\b{_EVERYTHING}\b[^.!?\n]{{0,30}}?\b{_ABOUT_ME}[^.!?\n]{{0,40}}?"
    r"(?:\b(?:te\s+|zu\s+)?(?:verwijder\w*|vernietig\w*|loschen|vernichten)|\bte\s+wissen"
    r"|(?<!\bik\s)\bwist(?=\s*(?:[.!,;]|$|en\b|of\b))|\bweg\s*(?:te\s+)?(?:gooi|doe|haal)\w*"
    r"|\b(?:mag|mogen|kan|kunnen|moet|moeten)\s+(?:\w+\s+)?weg(?!\s+(?:zijn|gaan|blijven|van)\b))\b"
)
_THEIRS = r"(?:nummer|adres|naam|gegevens|e-?mailadres|contactgegevens|cv|06|mail)"
_OUT = (
    rf"\b{_THEIRS}\b[^\n]{{0,90}}?\bmoeten\s+(?:\w+\s+){{0,2}}?uit\s+(?:\w+\s+)?{PLACES}"
    r"\s*(?:[.!]|$)"
    rf"|\b{_THEIRS}\b[^\n]{{0,90}}?\b(?:die|ze|dat|het|deze|wil\s+ik)\s+(?:\w+\s+)?nergens\s+(?:meer\s+)?"
    r"(?:bij|in|op)\s+(?:jullie|u|je|uw)\b"
    r"|\bgebruik\w*\s+(?:u\s+)?mijn\s+(?!oude)(?:\w+\s+){0,3}?(?:nergens|niet)\s+meer\b"
    r"|\b(?:gelieve|graag)\s+(?:\w+\s+)?(?:dit|deze|mijn)\s+(?:\w+\s+)?(?:\w*nummer|adres|gegevens)"
    r"\s+(?:\w+\s+)?(?:te\s+)?vergeten\b"
)
_SHAPES = tuple(re.compile(pattern) for pattern in (_ERASED, _OUT))


def wants_all_of_it_gone(plain: str) -> bool:
    """`plain`: the reply as `opt_outs.plain` made it (lower case, no accents)."""
    return any(shape.search(plain) for shape in _SHAPES)
