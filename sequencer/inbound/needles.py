"""Whether a pattern can match a text at all, told by a few substrings every match must hold.

The word gate (`word_gate.py`) passes a pattern by when the text holds no word it can begin with;
many patterns begin with words in nearly every text ("no", "in", "the") or not at a word's start
at all ("(?:after|nach|…)\\s+(?:easter|ostern|…)"), yet need a rarer word further on ("easter",
"ostern", …). Here the needles of a pattern are read from its parsed form: a set of strings one
of which every match holds (a run of literals; of an alternation, one set from each branch), the
set whose shortest string is longest. A pattern is searched only in a text holding one of its
needles, as `caseless` folds both: `re.IGNORECASE` matches a letter only to one that folds the
same (tests/inbound/intent/test_needles.py checks it for every letter of every needle, in all
of Unicode). So the answer is the same as searching the pattern, by construction; a pattern with
no such set (it needs no literal: "\\d+", "[a-z]{3}") is always searched."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

try:
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a Python without it
    _parser = None

_SHORTEST = 2  # a needle of one letter is in every text: not worth looking for
_REPEATS = tuple(
    getattr(_parser, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if _parser is not None and hasattr(_parser, name)
)
_ATOMIC = getattr(_parser, "ATOMIC_GROUP", None)


# What Python's `re` takes, ignoring case, for another letter than `str.lower` makes of it: "İ"
# lowers to "i" and a combining dot (two characters, the word cut in two), "ı" and "ſ" lower to
# themselves but match "i" and "s" (the Kelvin sign lowers to "k", as `re` reads it).
_CASELESS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def caseless(text: str) -> str:
    """`text` as `re.IGNORECASE` reads it, for the letters of the six languages."""
    return text.translate(_CASELESS).lower()


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when `pattern` cannot match anywhere in `text`."""
    known = _known.get(id(pattern))
    needed = known[1] if known is not None and known[0] is pattern else needles(pattern)
    if needed is None:
        return True
    folded = _recent.get(text)
    if folded is None:
        folded = folded_text(text)
    for needle in needed:  # noqa: SIM110 - any() over a generator costs more here
        if needle in folded:
            return True
    return False


def searched(patterns: Iterable[re.Pattern[str]], text: str) -> list[re.Pattern[str]]:
    """Those of `patterns` that may match `text`, in order."""
    return [pattern for pattern in patterns if may_match(pattern, text)]


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded strings one of which every match of `pattern` holds; None when none are known."""
    # Known by the pattern's identity: hashing a compiled pattern hashes its whole code, 30-45 µs
    # for the stop readers' (functools.cache cost more than the searches it saved).
    known = _known.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    found = _read_needles(pattern)
    if len(_known) >= _PATTERNS_REMEMBERED:
        _known.clear()  # patterns compiled on the fly (none of ours): a bound on memory
    _known[id(pattern)] = (pattern, found)  # the pattern kept alive, so its id is not reused
    return found


_PATTERNS_REMEMBERED = 10_000
_known: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def _read_needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    if _parser is None:
        return None
    try:
        found = _needles(list(_parser.parse(pattern.pattern, pattern.flags).data))
    except Exception:  # any surprise means "search it always"
        return None
    if found is None:
        return None
    folded = {caseless(needle) for needle in found}
    if min(map(len, folded)) < _SHORTEST:
        return None
    # Shortest first: those are the likeliest found, and a longer one holding it is never needed.
    kept: list[str] = []
    for needle in sorted(folded, key=len):
        if not any(shorter in needle for shorter in kept):
            kept.append(needle)
    return tuple(kept)


def folded_text(text: str) -> str:
    """`caseless(text)`, folded once for the many patterns asked about the same text."""
    folded = _recent.get(text)
    if folded is None:
        folded = caseless(text)
        if len(_recent) >= _TEXTS_REMEMBERED:
            _recent.clear()  # only the texts of the reply being read are asked again
        _recent[text] = folded
    return folded


_TEXTS_REMEMBERED = 16
_recent: dict[str, str] = {}


def _needles(items: list[Any]) -> set[str] | None:
    """The best set of strings one of which a match of `items` (a sequence) holds."""
    best: set[str] | None = None
    run = ""  # literals one after another: one string in every match
    for op, av in items:
        if op is _parser.LITERAL:
            run += chr(av)
            continue
        best = _better(best, {run} if run else None)
        run = ""
        if op is _parser.SUBPATTERN:
            found = _needles(list(av[-1].data))
        elif op is _parser.BRANCH:
            branches = [_needles(list(branch.data)) for branch in av[1]]
            found = _union(branches)
        elif op in _REPEATS and av[0] > 0:  # repeated at least once
            found = _needles(list(av[2].data))
        elif op is _ATOMIC and _ATOMIC is not None:
            found = _needles(list(av.data))
        else:  # a class, a category, an assertion, a reference: nothing certain
            found = None
        best = _better(best, found)
    return _better(best, {run} if run else None)


def _union(branches: list[set[str] | None]) -> set[str] | None:
    """Every branch must hold one of its own: the union holds for the alternation."""
    found: set[str] = set()
    for branch in branches:
        if branch is None:
            return None
        found |= branch
    return found


def _better(one: set[str] | None, other: set[str] | None) -> set[str] | None:
    """The set whose shortest string is longest (rarer in a text), then the smaller."""
    if other is None or "" in other:
        return one
    if one is None:
        return other
    return one if _rank(one) >= _rank(other) else other


def _rank(found: set[str]) -> tuple[int, int]:
    return min(map(len, found)), -len(found)
