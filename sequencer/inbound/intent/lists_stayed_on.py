"""Staying on our list, asked and answered no (session 36): "- ¿Me interesa? No. - ¿Quiero
seguir en la lista? Tampoco.", "- interesse: não - continuar na base: também não", "Stay on your
list? No.", "Auf Ihrer Liste bleiben: nein", "Rester dans votre fichier ? Non plus.", "Op jullie
lijst blijven? Nee." A question or a label, then the no.

Not a yes to staying ("continuar na base: sim"), a shortlist or a process ("stay in the process?
no" leaves one role: not_interested), nor a no to something else ("Stay on the list of
speakers? No idea"). Read on the text `opt_outs.plain` made: lower case, no accents."""

from __future__ import annotations

import re

_STAY = (
    r"(?:stay(?:ing)?|remain(?:ing)?|be\s+kept|keep\s+me|seguir|continuar|permanecer|quedarme"
    r"|ficar|bleiben|verbleiben|rester|demeurer|blijven|staan)"
)
_PLACE = (
    r"(?:list|mailing\s+list|database|records|file|system|lista|base(?:\s+de\s+datos|\s+de\s+dados)?"
    r"|cadastro|fichero|liste|verteiler|datenbank|kartei|fichier|repertoire|lijst|bestand|database"
    r"|mailinglijst)"
)
_NO = (
    r"(?:no|nope|nao|nein|non|nee|neen|tampoco|tambem\s+nao|ook\s+niet|auch\s+nicht|non\s+plus"
    r"|neither|nor\s+that|no\s+either|de\s+jeito\s+nenhum|ni\s+hablar|auf\s+keinen\s+fall"
    r"|absolutely\s+not|certainly\s+not|surtout\s+pas|zeker\s+niet|definitely\s+not)"
)
_STAYING_DECLINED = re.compile(
    rf"\b{_STAY}\s+(?:\w+\s+){{0,2}}?(?:on|in|en|na|no|em|auf|in|dans|sur|op|bij)\s+"
    rf"(?:\w+\s+){{0,2}}?{_PLACE}\b[^.!?:\n]{{0,20}}[?:]\s*(?:-\s*)?{_NO}\b"
    # German and Dutch put the place first: "Auf Ihrer Liste bleiben: nein", "Op de lijst blijven?"
    rf"|\b(?:auf|in|op|bij)\s+(?:\w+\s+){{0,2}}?{_PLACE}\s+(?:\w+\s+)?(?:bleiben|verbleiben"
    rf"|blijven|staan)\b[^.!?:\n]{{0,20}}[?:]\s*(?:-\s*)?{_NO}\b"
    r"(?!\s*(?:idea|clue|idee|ahnung|sei|se|sais|se\s+sabe|weet))"
)
_SHORT = re.compile(r"\bshort\s*-?\s*list|\bshortlist")


def declines_staying_on_a_list(plain: str) -> bool:
    found = _STAYING_DECLINED.search(plain)
    return found is not None and not _SHORT.search(found.group())
