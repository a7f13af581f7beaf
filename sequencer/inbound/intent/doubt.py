"""A second opinion on opt-outs: "this may be a request to stop", for wordings no rule reads.

Rules read the stop requests someone has written down; the misses left are wordings nobody has
written yet ("mute me, permanently", "ik wil uitgeschreven worden"). This is a two-class naive
Bayes (opt_out against everything else) over words, word pairs and the 3- to 5-letter pieces of
the text without accents, so a new inflection or a typo ("uitgeschreven", "contcat") still
shares pieces with the requests it was trained on. Its score is a log-odds; a score above the
threshold is doubt, and the issue says doubt resolves to opt_out (`classify.decide`).

The threshold is chosen at build time (`python -m sequencer.inbound.intent.training`) by 5-fold
cross-validation on the train split, on the model *alone*: since the rules read every train
opt-out, measuring the whole classifier there would say nothing about what the model adds. It
is the lowest score that flagged at most `MAX_FALSE_FLAGS` of the replies that are not opt-outs.
Shipped as doubt.json; nothing is trained or downloaded at run time."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from sequencer.inbound.intent.opt_outs import plain

DOUBT_PATH = Path(__file__).with_name("doubt.json")
# At 2% in cross-validation the flags would cost the overall opt-out precision its 0.95 (about 12
# false opt-outs among 600 other replies, on top of the rules' own); 1% keeps it.
MAX_FALSE_FLAGS = 0.01
ALPHA = 0.5  # smoothing; 0.25 and 1.0 ranked worse in cross-validation on the train split
MIN_REPLIES = 2  # a piece seen in one reply says more about that reply than about opt-outs
_WORD = re.compile(r"[a-z0-9']+")
_PIECES = (3, 4, 5)


def evidence(text: str) -> set[str]:
    """Words, word pairs and letter pieces (marked "#") of the text, lower case, no accents."""
    words = _WORD.findall(plain(text))
    found = {*words, *(f"{a} {b}" for a, b in pairwise(words))}
    spaced = f" {' '.join(words)} "
    for size in _PIECES:
        found.update("#" + spaced[i : i + size] for i in range(len(spaced) - size + 1))
    return found


@dataclass(frozen=True)
class Doubt:
    prior: float  # log odds of opt_out before reading anything
    weights: dict[str, float]  # log P(piece | opt_out) / P(piece | other), by reply counts
    threshold: float = math.inf  # a score above this is doubt
    measured: dict[str, float] | None = None  # the cross-validation behind the threshold

    def score(self, text: str) -> float:
        weights = self.weights
        return self.prior + sum(weights.get(piece, 0.0) for piece in evidence(text))

    def may_be_a_stop_request(self, text: str) -> bool:
        return self.score(text) > self.threshold


def train(texts: list[str], is_opt_out: list[bool]) -> Doubt:
    replies = [0, 0]
    counts: list[dict[str, int]] = [{}, {}]
    for text, yes in zip(texts, is_opt_out, strict=True):
        replies[yes] += 1
        for piece in evidence(text):
            counts[yes][piece] = counts[yes].get(piece, 0) + 1
    other, stop = counts
    weights = {}
    for piece in {*other, *stop}:
        seen_stop, seen_other = stop.get(piece, 0), other.get(piece, 0)
        if seen_stop + seen_other < MIN_REPLIES:
            continue
        p_stop = (seen_stop + ALPHA) / (replies[1] + 2 * ALPHA)
        p_other = (seen_other + ALPHA) / (replies[0] + 2 * ALPHA)
        weights[piece] = round(math.log(p_stop / p_other), 3)
    prior = math.log((replies[1] + 1) / (replies[0] + 1))
    return Doubt(prior, weights)


def threshold_for(stop_scores: list[float], other_scores: list[float]) -> float:
    """The lowest threshold that flags at most MAX_FALSE_FLAGS of the other replies."""
    ranked = sorted(other_scores, reverse=True)
    allowed = int(MAX_FALSE_FLAGS * len(ranked))
    return ranked[allowed] if allowed < len(ranked) else -math.inf


def save(doubt: Doubt, path: Path = DOUBT_PATH) -> None:
    data = {
        "prior": doubt.prior,
        "threshold": doubt.threshold,
        "measured": doubt.measured,
        "weights": dict(sorted(doubt.weights.items())),
    }
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")


@cache
def load(path: Path = DOUBT_PATH) -> Doubt | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text("utf-8"))
    return Doubt(data["prior"], data["weights"], data["threshold"], data["measured"])
