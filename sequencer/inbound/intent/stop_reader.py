"""A second reader of stop requests, behind the phrase rules: a logistic regression over the
3- to 5-letter pieces of the new text's words (and its word pairs), trained on the corpus's
train split (opt_out or not) by `python -m sequencer.inbound.intent.stop_training`, shipped as
stop_reader.json. `classify.STOP_DOUBT` says whether and from what probability it acts.

Why: the rules are fitted to the writers they were tuned on, and each round of them has left
the next unseen writer at about 0.85 opt-out recall (docs/engineers/reply-understanding.md).
Letter pieces read "desabonnez", "désinscrire" and "uitschrijven" from their stems in six
languages, and misspellings too, where a word model sees a new word it knows nothing about.

Why by hand: scikit-learn (and scipy) would be a run-time dependency for 40 lines of stochastic
gradient descent; trained on the same replies in the same order this gives the same file, byte
for byte (features in text order, weights rounded)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from sequencer.inbound.intent.opt_outs import plain

READER_PATH = Path(__file__).with_name("stop_reader.json")
SHORTEST, LONGEST = 3, 5  # piece lengths, letters (a word's edges count as a space)
MIN_REPLIES = 2  # a piece in one training reply says more about that reply than about a kind
EPOCHS, RATE, DECAY = 50, 0.2, 1e-3
DIGITS = 3  # weights rounded: the file stays small and the same on every machine
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def features(text: str) -> tuple[str, ...]:
    """The distinct pieces and word pairs of `text` (lower case, no accents), in text order."""
    found: dict[str, None] = {}
    words = _WORD.findall(plain(text))
    for word in words:
        padded = f" {word} "
        for size in range(SHORTEST, LONGEST + 1):
            for start in range(len(padded) - size + 1):
                found[padded[start : start + size]] = None
    for first, second in pairwise(words):
        found[f"{first}_{second}"] = None
    return tuple(found)


@dataclass(frozen=True)
class StopReader:
    bias: float
    weights: dict[str, float]

    def probability(self, text: str) -> float:
        """How likely `text` asks us to stop, 0-1."""
        known = [self.weights[f] for f in features(text) if f in self.weights]
        return _sigmoid(self.bias + sum(known) / math.sqrt(max(len(known), 1)))


def train(texts: Sequence[str], stops: Sequence[bool]) -> StopReader:
    """Stochastic gradient descent on the log loss, L2-decayed, the replies in their order; a
    reply's pieces share one step (divided by the root of their number, so a long email does
    not outweigh a one-line SMS)."""
    documents = [features(text) for text in texts]
    seen: dict[str, int] = {}
    for document in documents:
        for feature in document:
            seen[feature] = seen.get(feature, 0) + 1
    weights = {f: 0.0 for f, count in sorted(seen.items()) if count >= MIN_REPLIES}
    bias = 0.0
    kept = [[f for f in document if f in weights] for document in documents]
    for _ in range(EPOCHS):
        for known, stop in zip(kept, stops, strict=True):
            root = math.sqrt(max(len(known), 1))
            error = _sigmoid(bias + sum(weights[f] for f in known) / root) - stop
            for feature in known:
                weights[feature] -= RATE * error / root + RATE * DECAY * weights[feature]
            bias -= RATE * error
    rounded = {f: round(w, DIGITS) for f, w in weights.items() if round(w, DIGITS)}
    return StopReader(round(bias, DIGITS), rounded)


def _sigmoid(score: float) -> float:
    return 1 / (1 + math.exp(-max(min(score, 30.0), -30.0)))


def encoded(reader: StopReader) -> str:
    """stop_reader.json's text: the same reader gives the same bytes."""
    data = {"bias": reader.bias, "weights": reader.weights}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def save(reader: StopReader, path: Path = READER_PATH) -> None:
    path.write_text(encoded(reader), "utf-8")


@cache
def load(path: Path = READER_PATH) -> StopReader:
    data = json.loads(path.read_text("utf-8"))
    return StopReader(data["bias"], data["weights"])
