"""A question about what happens to their data ("Do you keep my CV or delete it?", "¿guardáis
mis datos o los borráis?") asks for nothing: `opt_outs` reads its deleting words as no request.
Split from opt_outs.py (session 34), which reads the requests themselves."""

from __future__ import annotations

import re
from functools import cache

# "Do you keep my CV or delete it?" asks what happens to their data; it asks for nothing.
_KEEP = (
    r"\b(?:keep|store|retain|bewaa?r\w*|houd\w*|guard\w*|conserv\w*|mant[ei]\w*|aufbewahr\w*"
    r"|behalt\w*|speicher\w*|gard\w*|arquiv\w*)"
)
# A question, from its sentence's start, then its keep and delete words looked for once each
# (session 34: one pattern for all three scanned "do you keep my cv … ?" cubically).
_A_QUESTION = re.compile(r"(?<![^.!?])[^.!?]*\?")
_KEEP_WORD = re.compile(_KEEP)


@cache
def _delete_word(delete: str) -> re.Pattern[str]:
    return re.compile(rf"\b{delete}")


def without_questions_about_their_data(words: str, delete: str) -> str:
    """`words` (plain: lower-cased, no accents) without each question that names both keeping
    and deleting; `delete` is the deleting words' pattern (opt_outs' own)."""
    if "?" not in words or not _KEEP_WORD.search(words):
        return words
    delete_word = _delete_word(delete)

    def asks_about_their_data(question: re.Match[str]) -> str:
        keeps = [(m.start(), m.end()) for m in _KEEP_WORD.finditer(question.group())]
        deletes = [(m.start(), m.end()) for m in delete_word.finditer(question.group())]
        if keeps and deletes and (keeps[0][1] <= deletes[-1][0] or deletes[0][1] <= keeps[-1][0]):
            return " "
        return question.group()

    return _A_QUESTION.sub(asks_about_their_data, words)
