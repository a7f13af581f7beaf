"""Searching many patterns in a short text, cheaply: each pattern is tried only when the text
holds a word it can begin with.

Python's `re` scans a text quickly for a pattern that starts with a known letter, but a pattern
that starts with `\\b` (nearly all of `stop_grammar` and `opt_outs`) is tried at every position,
and with sixty of them that was most of the cost of reading a reply (issue 12's texts/s). Here
each pattern's possible first letters are read from its parsed form: for a pattern that starts
at a word boundary with a literal ("\\b(?:stop|quit|cease)…"), a match starts at the beginning of
a word that begins with one of those literals ("stop", "quit", "cease"). The text's words are
looked up once, and only the patterns whose beginnings are there are searched. A pattern whose
beginning cannot be read so (it starts with a letter class, a repetition of one, or "^") is
always searched. So the answer is the same as searching every pattern, by construction
(`tests/inbound/intent/test_word_gate.py` checks it on every sentence of the opt-out tests).
`CaselessWordGate` does the same for patterns that ignore case (`mail.stop_requests`).

Since session 32 a pattern whose beginning is there is searched only if a string it needs is
there too (`needles.py`), and `alternatives` cuts an alternation (one label's cues) into its
alternatives, so that each is gated alone. The words of a text are found once for all gates."""

from __future__ import annotations

import importlib
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Any

from sequencer.inbound.needles import caseless, may_match

__all__ = ["CaselessWordGate", "WordGate", "alternatives", "caseless"]

# The parser behind `re.compile` (private, but the same in 3.11 to 3.13); without it every
# pattern is simply searched.
try:
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a Python without it
    _parser = None

_WORD = re.compile(r"\w+")
_WORDS_REMEMBERED = 20_000
_MOST_PREFIXES = 256
_LONGEST_PREFIX = 6  # letters enough to tell most words apart
_MOST_STEPS = 20_000  # reading a pattern's beginnings costs at most this much, once
_steps_left = _MOST_STEPS
# What was read of the pattern being read, by the ids of its parts (the parse tree lives as
# long as the reading, so they stay valid): alternatives share what follows them.
_known: dict[tuple[object, ...], set[str] | None] = {}
_reading = threading.Lock()
_END = ("end", None)  # ends the letters of a prefix (any op but a literal does)
_WORD_CHAR = re.compile(r"\w")
_NOT_WORD_CATEGORIES = (
    frozenset({_parser.CATEGORY_SPACE, _parser.CATEGORY_NOT_WORD}) if _parser else frozenset()
)


class WordGate:
    """`any_match(text)` is `any(p.search(text) for p in patterns)`, searching fewer of them."""

    def __init__(
        self, patterns: Iterable[re.Pattern[str]], fold: Callable[[str], str] | None = None
    ) -> None:
        self.patterns = tuple(patterns)
        self._fold = fold  # words are looked up as written and folded so (CaselessWordGate)
        self._always: list[int] | None = None  # read on first use: a fifth of a second
        self._by_beginning: dict[str, list[int]] = defaultdict(list)
        self._lengths: list[int] = []
        # word -> the patterns it can begin; and those of its words that begin some, so that a
        # text's words are looked up at once, as a set intersection, not one by one (most words
        # begin none). One pair, replaced whole when full: threads reading with it never see
        # one emptied without the other.
        self._seen: tuple[dict[str, frozenset[int]], set[str]] = ({}, set())

    def _read(self) -> list[int]:
        always = []
        for index, pattern in enumerate(self.patterns):
            with _reading:  # one pattern read at a time: the reading keeps its notes in _known
                beginnings = _word_beginnings(pattern)
            if beginnings is None:
                always.append(index)
            for beginning in beginnings or ():
                self._by_beginning[beginning].append(index)
                if self._fold and self._fold(beginning) != beginning:
                    self._by_beginning[self._fold(beginning)].append(index)
        self._lengths = sorted({len(beginning) for beginning in self._by_beginning})
        return always

    def indexes(self, text: str) -> list[int]:
        """Where in `patterns` the ones that can match `text` are, in order."""
        if self._always is None:
            self._always = self._read()
        words = _words_in(text, self._fold)
        seen, beginning = self._seen
        found = set(self._always)
        # A word is added to `beginning` before `seen`: one in `seen` now is found below.
        for word in words.difference(seen):
            found |= self._hits(word)
        for word in words.intersection(beginning):
            hits = seen.get(word)
            found |= self._hits(word) if hits is None else hits
        return sorted(found)

    def _hits(self, word: str) -> frozenset[int]:
        table = self._by_beginning
        sizes = [size for size in self._lengths if size <= len(word)]
        hits = frozenset(index for size in sizes for index in table.get(word[:size], ()))
        seen, beginning = self._seen
        if len(seen) >= _WORDS_REMEMBERED:
            # A bound on memory; the common words come back at once.
            seen, beginning = self._seen = ({}, set())
        if hits:
            beginning.add(word)
        seen[word] = hits
        return hits

    def any_match(self, text: str) -> bool:
        patterns = self.patterns
        for index in self.indexes(text):
            if may_match(patterns[index], text) and patterns[index].search(text):
                return True
        return False

    def matches(self, text: str) -> list[re.Match[str]]:
        return [found for pattern in self.candidates(text) for found in pattern.finditer(text)]

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """The patterns that can match `text`, in their order: a word each can begin with is
        there, and a string each needs (`needles.py`)."""
        return [
            self.patterns[index]
            for index in self.indexes(text)
            if may_match(self.patterns[index], text)
        ]


def _words_in(text: str, fold: Callable[[str], str] | None) -> frozenset[str]:
    """The words of `text` (and of `fold(text)`), found once for the many gates that read the
    same text one after another (a reply's stop readers, its label cues)."""
    key = (text, fold)
    words = _recent_words.get(key)
    if words is None:
        found = set(_WORD.findall(text))
        if fold:
            found.update(_WORD.findall(fold(text)))
        words = frozenset(found)
        if len(_recent_words) >= _TEXTS_REMEMBERED:
            _recent_words.clear()  # only the texts of the reply being read are asked again
        _recent_words[key] = words
    return words


_TEXTS_REMEMBERED = 16
_recent_words: dict[tuple[str, Callable[[str], str] | None], frozenset[str]] = {}


class CaselessWordGate:
    """The word gate for patterns compiled with re.IGNORECASE (`mail.stop_requests`): their
    beginnings are read from case-sensitive twins, and words are looked up as written and as
    `caseless` makes them, so a word in any case finds its patterns, and a part that keeps its
    case ("(?-i:AVG)") is found as written. The patterns chosen are searched as given, in the
    text as given: the same answer as searching them all."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        twins = [re.compile(p.pattern, p.flags & ~re.IGNORECASE) for p in self.patterns]
        self._gate = WordGate(twins, fold=caseless)

    def any_match(self, text: str) -> bool:
        patterns = self.patterns
        for index in self._gate.indexes(text):
            if may_match(patterns[index], text) and patterns[index].search(text):
                return True
        return False


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The top-level alternatives of `pattern` ("a|(?:b|c)" gives a, b, c), each compiled with
    its flags: `pattern` matches somewhere in a text exactly when one of them does, so a gate
    can search only those whose beginnings the text holds, where the whole alternation (one
    label's cues, `phrases.CUES`) begins with some word of nearly every text. A pattern that
    cannot be cut safely (verbose, a group referred back to, flags set for the whole, a comment)
    stays whole."""
    text = pattern.pattern
    if pattern.flags & re.VERBOSE or _UNCUTTABLE.search(text):
        return (pattern,)
    try:
        parts = tuple(re.compile(part, pattern.flags) for part in _cut(text))
    except re.error:
        return (pattern,)
    if sum(part.groups for part in parts) != pattern.groups:
        return (pattern,)  # a part lost or gained a group: the cut was wrong
    return parts


# Back references (numbered or named), conditionals, comments, and leading global flags.
_UNCUTTABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?#|^\(\?[aiLmsux]+\)")


def _cut(text: str) -> list[str]:
    """`text` cut at its top-level bars, each part that is one group "(?:…)" cut again."""
    bars = [at for at, char, depth in _structure(text) if char == "|" and depth == 0]
    if bars:
        edges = [-1, *bars, len(text)]
        parts = [text[start + 1 : end] for start, end in pairwise(edges)]
        return [piece for part in parts for piece in _cut(part)]
    closing = [at for at, char, depth in _structure(text) if char == ")" and depth == 0]
    if text.startswith("(?:") and closing == [len(text) - 1]:
        inner = _cut(text[3:-1])
        return inner if len(inner) > 1 else [text]
    return [text]


def _structure(text: str) -> Iterable[tuple[int, str, int]]:
    """Where each parenthesis and bar of `text` is, outside escapes and character classes, and
    its depth (of a closing parenthesis: the depth it returns to)."""
    depth, at = 0, 0
    while at < len(text):
        char = text[at]
        if char == "\\":
            at += 1  # the escaped character is skipped too
        elif char == "[":
            at += 1
            at += text.startswith("^", at)
            at += text.startswith("]", at)  # a "]" first in a class is a literal
            while at < len(text) and text[at] != "]":
                at += 2 if text[at] == "\\" else 1
        elif char == "(":
            yield at, char, depth
            depth += 1
        elif char == ")":
            depth -= 1
            yield at, char, depth
        elif char == "|":
            yield at, char, depth
        at += 1


def _word_beginnings(pattern: re.Pattern[str]) -> set[str] | None:
    """The words a match must begin with (as prefixes), or None when that cannot be said."""
    if _parser is None or pattern.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None
    global _steps_left
    _steps_left = _MOST_STEPS
    _known.clear()
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags).data)
        return _beginnings(items, at_boundary=False)
    except Exception:  # any surprise (or too much work) means "search it always"
        return None
    finally:
        _known.clear()  # its keys are ids of a parse tree about to be freed


def _beginnings(items: list[Any], at_boundary: bool) -> set[str] | None:
    key = ("beginnings", at_boundary, *map(id, items))
    if key not in _known:
        _known[key] = _beginnings_of(items, at_boundary)
    return _known[key]


def _beginnings_of(items: list[Any], at_boundary: bool) -> set[str] | None:
    """Literal beginnings of a match of `items`, cut to their leading word letters. Only valid
    when the match starts at a word boundary (else a literal may sit inside a word)."""
    _step()
    while items:
        op, av = items[0]
        if op is _parser.AT and av in (_parser.AT_BOUNDARY, _parser.AT_BEGINNING):
            at_boundary, items = True, items[1:]
        elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
            items = items[1:]  # zero width: it can only rule a match out
        elif _not_a_word(op, av):
            at_boundary, items = True, items[1:]  # "[.!?]", " ": a word may begin after it
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and _all_not_a_word(av[2].data):
            at_boundary, items = at_boundary or av[0] > 0, items[1:]  # "\s*", "\W+"
        else:
            break
    if not items:
        return None
    op, av = items[0]
    rest = items[1:]
    if op is _parser.LITERAL:
        if not at_boundary:
            return None  # the literal may begin inside a word
        literal = ""
        for op, av in items:
            if op is not _parser.LITERAL or not _WORD_CHAR.match(chr(av)):
                break
            literal += chr(av)
        prefixes = _prefixes(items, _LONGEST_PREFIX)
        if not literal or not prefixes or "" in prefixes:
            return None
        # A short word ("me", "no") is in most texts: the next word, if one must follow, is rarer.
        following = _beginnings(items[len(literal) :], at_boundary=False)
        if following and min(map(len, following)) > min(map(len, prefixes)):
            return following
        return prefixes
    if op is _parser.SUBPATTERN:
        return _beginnings([*av[-1].data, *rest], at_boundary)
    if op is _parser.BRANCH:
        return _union(_beginnings([*branch.data, *rest], at_boundary) for branch in av[1])
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        lowest, _, repeated = av
        first = _beginnings([*repeated.data, *rest], at_boundary)
        return first if lowest > 0 else _union([first, _beginnings(rest, at_boundary)])
    return None


def _prefixes(items: list[Any], letters: int) -> set[str] | None:
    key = ("prefixes", letters, *map(id, items))
    if key not in _known:
        _known[key] = _prefixes_of(items, letters)
    return _known[key]


def _prefixes_of(items: list[Any], letters: int) -> set[str] | None:
    """The word letters a match of `items` begins with (at most `letters` of them), spelt out
    through alternatives ("m(?:y|i|on)" -> my, mi, mon); None when there are too many."""
    _step()
    if not items or letters == 0:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is _parser.LITERAL and _WORD_CHAR.match(chr(av)):
        found = _prefixes(rest, letters - 1)
        return None if found is None else {chr(av) + prefix for prefix in found}
    if op is _parser.SUBPATTERN:
        return _prefixes([*av[-1].data, *rest], letters)
    if op is _parser.BRANCH:
        found = _union(_prefixes([*branch.data, *rest], letters) for branch in av[1])
    elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        lowest, _, repeated = av
        once = _prefixes([*repeated.data, _END], letters)  # what follows one is not known
        found = once if lowest > 0 else _union([once, _prefixes(rest, letters)])
    elif op in (_parser.ASSERT, _parser.ASSERT_NOT) or (
        op is _parser.AT and av is _parser.AT_BOUNDARY
    ):
        return _prefixes(rest, letters)  # zero width
    else:
        return {""}  # the word letters end here
    return None if found is None or len(found) > _MOST_PREFIXES else found


def _not_a_word(op: Any, av: Any) -> bool:
    """A single character that is never a letter, digit or underscore."""
    if op is _parser.LITERAL:
        return not _WORD_CHAR.match(chr(av))
    if op is _parser.IN:
        return all(
            (kind is _parser.LITERAL and not _WORD_CHAR.match(chr(value)))
            or (kind is _parser.CATEGORY and value in _NOT_WORD_CATEGORIES)
            for kind, value in av
        )
    return False


def _all_not_a_word(items: list[Any]) -> bool:
    return bool(items) and all(_not_a_word(op, av) for op, av in items)


def _step() -> None:
    global _steps_left
    _steps_left -= 1
    if _steps_left < 0:
        raise RecursionError("too many alternatives to read the beginnings of")


def _union(parts: Iterable[set[str] | None]) -> set[str] | None:
    found: set[str] = set()
    for part in parts:
        if part is None:
            return None
        found |= part
    return found
