"""The word gate (sequencer/inbound/word_gate.py) searches fewer patterns, never with another
answer: on every string the tests of tests/inbound hold (about 1,800: the opt-out requests and
lookalikes in six languages, replies, texts) and on texts made to catch its edges, each set of
patterns finds the same matches as when every pattern is searched."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from sequencer.inbound.intent import complaints, opt_outs, stop_grammar
from sequencer.inbound.intent.cue_gates import CUE_GATES, cues_of, has_cue
from sequencer.inbound.intent.opt_outs import plain
from sequencer.inbound.intent.phrases import CUES
from sequencer.inbound.intent.word_gate import CaselessWordGate, WordGate, alternatives, caseless
from sequencer.inbound.mail import stop_requests
from sequencer.inbound.mail.stop_requests import asks_to_stop

PATTERN_SETS = {
    "grammar": stop_grammar._SHAPES,
    "shapes": opt_outs._SHAPES,
    "deletions": opt_outs._DELETIONS,
    "off a list": opt_outs._OFF_A_LIST,
    "reached elsewhere": (stop_grammar._ELSEWHERE,),
    "complaints": (complaints._COMPLAINT,),
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


# Letters `re.IGNORECASE` reads as another than `str.lower` does, typed into the stock phrases.
_LOOKALIKE_LETTERS = {"i": "İ", "s": "ſ", "k": "K"}


def _respelt(text: str) -> list[str]:
    """The text as written, in capitals, and with each lookalike letter in place of its own."""
    found = [text, text.upper(), text.title()]
    for letter, other in _LOOKALIKE_LETTERS.items():
        found.append(text.replace(letter, other))
        found.append(text.upper().replace(letter.upper(), other))
    found.append(text.replace("i", "ı"))  # the dotless i, which IGNORECASE takes for "i"
    return found


def test_the_caseless_gate_answers_as_the_stock_phrases_searched_at_once() -> None:
    """Every test string, in capitals and with "İ", "ı", "ſ" or the Kelvin sign typed for the
    letter they stand for: asking to stop is read as without the gate, case for case."""
    gate = CaselessWordGate(stop_requests.STOP_REQUESTS)
    for sentence in SENTENCES:
        for text in _respelt(sentence):
            every = asks_to_stop(text, "", stop_requests._ANY_STOP_REQUEST.search)
            assert asks_to_stop(text, "", gate.any_match) is every, text
            assert asks_to_stop(text, "") is every, text  # the gate `asks_to_stop` uses


@pytest.mark.parametrize(
    "text",
    ["PLEASE UNSUBSCRİBE ME", "unſubscribe", "TAKE ME OFF YOUR LIST", "take me oﬀ",
     "Bitte abmelden", "ABMELDEN", "merci de me désinscrire", "MERCI DE ME DÉSINSCRIRE",
     "DSGVO Art. 21", "AVG", "Ik wil geen mails meer"],
)  # fmt: skip
def test_a_stock_request_in_any_case_is_still_read(text: str) -> None:
    gate = CaselessWordGate(stop_requests.STOP_REQUESTS)
    assert gate.any_match(text) is bool(
        any(pattern.search(text) for pattern in stop_requests.STOP_REQUESTS)
    )


def assert_folds_as_ignorecase(letters: set[str]) -> None:
    """Every character of all of Unicode that `re` takes for one of `letters` when ignoring case
    folds (`caseless`) to that letter, so a gate looking up folded words finds it."""
    anyone = re.compile(f"[{''.join(sorted(letters))}]", re.IGNORECASE)
    for point in range(0x110000):
        char = chr(point)
        if anyone.fullmatch(char):
            same = [c for c in letters if re.fullmatch(re.escape(c), char, re.IGNORECASE)]
            assert any(caseless(char) == caseless(c) for c in same), (hex(point), same)


def test_caseless_folds_every_letter_as_ignorecase_does() -> None:
    """For every letter in the stock phrases' first words, every character `re` takes for it
    when ignoring case (of all of Unicode) folds to the same letter, so the gate finds its word."""
    gate = CaselessWordGate(stop_requests.STOP_REQUESTS)
    gate.any_match("")  # the beginnings are read on first use
    letters = {c for b in gate._gate._by_beginning for c in b if c.isalpha()}
    assert_folds_as_ignorecase(letters)


@pytest.mark.parametrize("label", CUES)
def test_a_labels_cues_gated_answer_as_searched_whole(label: str) -> None:
    """Each label's cues cut into alternatives and gated (`cue_gates`): found in every test
    string, in capitals and with the lookalike letters, exactly where the whole is."""
    for sentence in SENTENCES:
        for text in _respelt(sentence):
            assert has_cue(label, text) is bool(CUES[label].search(text)), (label, text)
    text = " ".join(SENTENCES)
    assert cues_of(text) == {label for label, pattern in CUES.items() if pattern.search(text)}


def test_the_cues_are_cut_into_their_alternatives() -> None:
    """Nearly every cue is read alone, so the gate can pass it by (a label whole is not)."""
    for label, gate in CUE_GATES.items():
        assert len(gate.patterns) > 5, label
        assert all(pattern.flags == CUES[label].flags for pattern in gate.patterns)


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"a|b", ["a", "b"]),
        (r"(?:a|b)|c", ["a", "b", "c"]),
        (r"(?:a|b)+|c", ["(?:a|b)+", "c"]),  # a repeated group is one alternative
        (r"(?:a)(?:b|c)", ["(?:a)(?:b|c)"]),  # two groups, not one around it all
        (r"[|]x|y", ["[|]x", "y"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"\|x|y", [r"\|x", "y"]),
        (r"\\|x", [r"\\", "x"]),  # an escaped backslash, then a bar
        (r"(?<!a|b)c|(?P<d>e)", ["(?<!a|b)c", "(?P<d>e)"]),
    ],
)
def test_alternatives_are_cut_at_the_top_level_bars(pattern: str, parts: list[str]) -> None:
    assert [part.pattern for part in alternatives(re.compile(pattern, re.I))] == parts
    assert all(part.flags & re.I for part in alternatives(re.compile(pattern, re.I)))


@pytest.mark.parametrize(
    "pattern",
    [r"(a)x|\1", r"(?P<a>x)|(?P=a)", r"(a)?(?(1)b|c)", r"(?i)a|b", r"(?#a|b)c|d", "a|b"],
)
def test_a_pattern_that_cannot_be_cut_safely_stays_whole(pattern: str) -> None:
    flags = re.VERBOSE if pattern == "a|b" else 0
    compiled = re.compile(pattern, flags)
    assert alternatives(compiled) == (compiled,)


def test_caseless_folds_every_letter_of_the_cues_as_ignorecase_does() -> None:
    """As for the stock phrases (above): every character `re` takes for a letter the cues begin
    with, ignoring case, folds to that letter."""
    letters: set[str] = set()
    for gate in CUE_GATES.values():
        gate.any_match("")
        letters |= {c for b in gate._gate._by_beginning for c in b if c.isalpha()}
    assert_folds_as_ignorecase(letters)
