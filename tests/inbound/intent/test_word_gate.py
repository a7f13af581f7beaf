"""The word gate (intent/word_gate.py) searches fewer patterns, never with another answer: on
every string the tests of tests/inbound hold (about 1,800: the opt-out requests and lookalikes
in six languages, replies, texts) and on texts made to catch its edges, each set of patterns
finds the same matches as when every pattern is searched."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from sequencer.inbound.intent import opt_outs, stop_grammar
from sequencer.inbound.intent.opt_outs import plain
from sequencer.inbound.intent.word_gate import WordGate

PATTERN_SETS = {
    "grammar": stop_grammar._SHAPES,
    "shapes": opt_outs._SHAPES,
    "deletions": opt_outs._DELETIONS,
    "off a list": opt_outs._OFF_A_LIST,
    "reached elsewhere": (stop_grammar._ELSEWHERE,),
    "complaints": (opt_outs._COMPLAINT,),
}
EDGES = [
    "",
    "stop",
    "Stop.",
    "ok. stop!",
    "m'ecrivez plus",
    "ne m' ecrivez plus jamais",
    "!!! basta",
    "please stop,thanks",
    "recontactez-moi",
    "my number? delete it",
    "x" * 300 + " stop emailing me",
    "nao me mande mais nada",
    "geen mails meer a.u.b.",
    "keine nachricht mehr bitte",
]


def _sentences() -> list[str]:
    found: set[str] = set(EDGES)
    for source in Path(__file__).parents[1].rglob("test_*.py"):
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return sorted(found)


SENTENCES = _sentences()


def _spans(matches: list[re.Match[str]]) -> set[tuple[str, int, int]]:
    return {(found.re.pattern, found.start(), found.end()) for found in matches}


@pytest.mark.parametrize("name", PATTERN_SETS)
def test_the_gate_answers_as_searching_every_pattern(name: str) -> None:
    patterns = PATTERN_SETS[name]
    gate = WordGate(patterns)
    assert len(SENTENCES) > 1500
    for sentence in SENTENCES:
        for text in (plain(sentence), sentence.lower()):
            every = [found for pattern in patterns for found in pattern.finditer(text)]
            assert gate.any_match(text) is bool(every), (name, text)
            assert _spans(gate.matches(text)) == _spans(every), (name, text)


def test_a_pattern_whose_beginning_cannot_be_read_is_always_searched() -> None:
    unreadable = [re.compile(r"\w*mails?\b"), re.compile(r"(?i)\bstop\b")]
    gate = WordGate([*unreadable, re.compile(r"\bno\b")])
    assert gate.any_match("e-mails")
    assert gate.any_match("STOP")
    assert not gate.any_match("yes please")
