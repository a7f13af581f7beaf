"""The needles of a pattern (inbound/needles.py) only ever pass it by where it cannot match: on
every string the tests of tests/inbound hold, as written, in capitals and as the stop readers
see it, no pattern of the reply reader or of mail that `may_match` passes by matches; and
`caseless` folds every letter of every needle as `re.IGNORECASE` reads it."""

from __future__ import annotations

import re
import sys
from types import ModuleType

import pytest
from test_word_gate import SENTENCES, assert_folds_as_ignorecase

import sequencer.inbound.intent as intent
import sequencer.inbound.mail as mail
from sequencer.inbound import needles as needles_module
from sequencer.inbound.intent.opt_outs import plain
from sequencer.inbound.needles import caseless, may_match, needles, searched


def _patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the modules of the reply reader and of mail hold at their top level
    (alone, or in a tuple, list or dict), once each."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}

    def take(value: object) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found.setdefault((value.pattern, value.flags), value)
        elif isinstance(value, tuple | list):
            for item in value:
                take(item[0] if isinstance(item, tuple) and item else item)
        elif isinstance(value, dict):
            for item in value.values():
                take(item)

    for name, module in sorted(sys.modules.items()):
        if isinstance(module, ModuleType) and name.startswith(
            (intent.__name__ + ".", mail.__name__ + ".")
        ):
            for value in vars(module).values():
                take(value)
    return list(found.values())


PATTERNS = _patterns()


def test_most_patterns_have_needles() -> None:
    assert len(PATTERNS) > 400
    assert sum(needles(pattern) is not None for pattern in PATTERNS) > 0.8 * len(PATTERNS)


def test_a_pattern_passed_by_never_matches() -> None:
    # Other cases and lookalike letters: the test of `caseless` below.
    texts = sorted({variant for s in SENTENCES for variant in (s, s.upper(), plain(s))})
    folded = [(text, caseless(text)) for text in texts]
    for pattern in PATTERNS:
        needed = needles(pattern) or ("",)
        for text, fold in folded:
            if not any(needle in fold for needle in needed):
                assert not pattern.search(text), (pattern.pattern, text)
    assert not may_match(re.compile("remove"), "delete")  # what the loop above asks


def test_caseless_folds_every_letter_of_every_needle_as_ignorecase_does() -> None:
    letters = {c for p in PATTERNS for needle in needles(p) or () for c in needle if c.isalpha()}
    assert_folds_as_ignorecase(letters)


@pytest.mark.parametrize(
    ("pattern", "found"),
    [
        (r"\bstop\s+it\b", ("stop",)),  # the longest run of literals
        (r"(?:after|nach)\s+(?:easter|ostern)", ("easter", "ostern")),  # the rarer set
        (r"\b(?:no|ne)\s+(?:more|plus|mehr)\b", ("mehr", "more", "plus")),
        (r"(?i:Stop)\s+(?:x|please)", ("stop",)),  # a branch of one letter spoils its set
        (r"(?:ab|abc)d", ("ab",)),  # a needle holding a shorter one is never needed
        (r"\d+\s*(?:%|k)", None),  # nothing of two letters certain
        (r"(?:stop|\w+)ping", ("ping",)),
        (r"(?:stop)?ping", ("ping",)),  # an optional part is no needle
        (r"(?:stop)+x", ("stop",)),
        (r"(?=stop)\w+", None),  # a lookahead's letters are not taken
    ],
)
def test_needles_of_a_pattern(pattern: str, found: tuple[str, ...] | None) -> None:
    needed = needles(re.compile(pattern))
    assert (None if needed is None else tuple(sorted(needed))) == (
        None if found is None else tuple(sorted(found))
    )


def test_needles_are_found_in_any_case() -> None:
    pattern = re.compile(r"\bunsubscribe\b", re.IGNORECASE)
    for text in ("UNSUBSCRIBE", "Unſubscribe", "unsubscrİbe", "please unsubscribe"):
        assert may_match(pattern, text) and pattern.search(text)
    assert not may_match(pattern, "subscribe me")
    assert searched([pattern, re.compile("me")], "subscribe me") == [re.compile("me")]


def test_a_text_is_folded_once_for_many_patterns() -> None:
    text = "Bitte keine Nachrichten mehr"
    assert needles_module.folded_text(text) is needles_module.folded_text(text)
