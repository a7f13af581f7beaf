"""Session 35's speed work (helper P) reads every reply as before. `classify._LAST_CLAUSE` was made
linear on runs of spaces (20,000 spaces before no "but": 5.8 s); it must cut a reply's clauses
exactly where the plain pattern does, after a line break too: "Thanks.\\n But stop." is a stop
(a bound that skipped every blank after a line break read it as not_interested)."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply
from sequencer.inbound.intent.classify import _LAST_CLAUSE

# The pattern as written before session 35: the same clauses, in time that grew with the square
# of a run of spaces.
_PLAIN = re.compile(
    r"[.!?\n:;–—]|,?\s+\b(?:but|aber|doch|mais|pero|maar|mas|toch)\b,?", re.IGNORECASE
)
_PIECES = [" ", "  ", "\n", "\r\n", "\t", ",", ", ", " ,", ".", "!", ":", "—", "x", "stop"]
_PIECES += ["but", "But", "aber", "mais", "MAS", "toch", "butter"]


def test_the_clauses_are_cut_where_the_plain_pattern_cuts_them() -> None:
    chosen = random.Random(35)
    for _ in range(20_000):
        text = "".join(chosen.choice(_PIECES) for _ in range(chosen.randint(0, 14)))
        assert _LAST_CLAUSE.split(text) == _PLAIN.split(text), repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the info.\n But stop.",
        "ok\n but stop",
        "Danke für die Info.\n  aber bitte aufhören",
        "Merci\n  mais stop",
    ],
)
def test_a_stop_after_a_line_break_and_a_but_is_a_stop(text: str) -> None:
    assert read_reply(text, date(2026, 3, 2)).label is Label.OPT_OUT


def test_a_long_run_of_spaces_is_cut_once() -> None:
    text = "a" + " " * 19_998 + "b"
    assert _LAST_CLAUSE.split(text) == [text]
