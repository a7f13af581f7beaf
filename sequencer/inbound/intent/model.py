"""A small multinomial naive Bayes over the words of the new text, for replies no rule settles.

Trained at build time on the corpus's train split only (`python -m
sequencer.inbound.intent.training`), shipped as model.json: nothing is downloaded or trained at
run time. Naive Bayes because 300-odd labelled replies are too few for anything that needs more
data, and it is 60 lines with no dependency (scikit-learn's would be the same model)."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from sequencer.inbound.intent.labels import Label

MODEL_PATH = Path(__file__).with_name("model.json")
MIN_COUNT = 2
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def features(text: str) -> list[str]:
    words = [re.sub(r"\d", "0", word) for word in _WORD.findall(text.lower())]
    return [*words, *(f"{a} {b}" for a, b in pairwise(words))]


@dataclass(frozen=True)
class Model:
    labels: tuple[Label, ...]
    priors: tuple[float, ...]  # log P(label)
    weights: dict[str, tuple[float, ...]]  # log P(feature | label)
    unseen: tuple[float, ...]  # log P(a feature never seen with the label)
    calibration: dict[str, list[list[float]]]  # source -> [[lowest score, precision], ...]

    def posterior(self, text: str) -> dict[Label, float]:
        scores = list(self.priors)
        for feature in features(text):
            row = self.weights.get(feature)
            if row is None:
                continue  # a word no training reply had says nothing about any label
            scores = [score + weight for score, weight in zip(scores, row, strict=True)]
        top = max(scores)
        exp = [math.exp(score - top) for score in scores]
        total = sum(exp)
        return {label: value / total for label, value in zip(self.labels, exp, strict=True)}

    def confidence(self, source: str, score: float = 1.0) -> float:
        """How often a reading from `source` with this score was right in cross-validation on
        the train split. A guess of the model's own is worth no more than its probability:
        the few replies that reach it in cross-validation were mostly easy ones. The meaning
        reader is never calibrated here (the rules read every train opt-out before it is
        asked): it is worth its own probability, uncalibrated, not a coin flip's 0.5."""
        if source == "meaning" and source not in self.calibration:
            return score
        found = 0.5
        for lowest, precision in self.calibration.get(source, []):
            if score >= lowest:
                found = precision
        return min(found, score) if source.startswith("model") else found


def train(texts: list[str], labels: list[Label], alpha: float = 0.5) -> Model:
    order = tuple(Label)
    counts = {label: dict[str, int]() for label in order}
    documents = dict.fromkeys(order, 0)
    for text, label in zip(texts, labels, strict=True):
        documents[label] += 1
        for feature in features(text):
            counts[label][feature] = counts[label].get(feature, 0) + 1
    seen: dict[str, int] = {}
    for row in counts.values():
        for feature, count in row.items():
            seen[feature] = seen.get(feature, 0) + count
    # A word seen once says more about that one reply than about its label.
    vocabulary = sorted(feature for feature, count in seen.items() if count >= MIN_COUNT)
    totals = {label: sum(counts[label].values()) + alpha * (len(vocabulary) + 1) for label in order}
    weights = {
        feature: tuple(
            round(math.log((counts[label].get(feature, 0) + alpha) / totals[label]), 3)
            for label in order
        )
        for feature in vocabulary
    }
    priors = tuple(math.log((documents[label] + 1) / (len(texts) + len(order))) for label in order)
    unseen = tuple(math.log(alpha / totals[label]) for label in order)
    return Model(order, priors, weights, unseen, {})


def save(model: Model, path: Path = MODEL_PATH) -> None:
    data = {
        "labels": [str(label) for label in model.labels],
        "priors": model.priors,
        "unseen": model.unseen,
        "calibration": model.calibration,
        "weights": model.weights,
    }
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")


@cache
def load(path: Path = MODEL_PATH) -> Model:
    data = json.loads(path.read_text("utf-8"))
    return Model(
        labels=tuple(Label(label) for label in data["labels"]),
        priors=tuple(data["priors"]),
        weights={feature: tuple(row) for feature, row in data["weights"].items()},
        unseen=tuple(data["unseen"]),
        calibration=data["calibration"],
    )
