"""Cross-validation on the train split, one fold per writer: what predicts a writer never seen.

The corpus was written in batches (tests/data/replies/README.md): English, German and French by
one author, Spanish, Dutch and Portuguese by another, then the batches noted "new writer sNN"
(s22 onwards, each a fold of its own).
Folding by writer, not at random, keeps one writer's habits ("pls take me off ur list") out of
the replies the model learns from when it is tested on them; a random fold flatters a reader
that learnt a writer rather than a kind of request (session 24: 0.99 in random folds, 0.837 on
an unseen writer). The phrase rules are fixed code fitted on every train writer, so in these
folds only the models are unseen-writer honest; the rules' numbers are an upper bound.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sequencer.inbound.intent.corpus import Sample
from sequencer.inbound.intent.labels import Label

_BATCH = re.compile(r"\bnew writer (s\d+[a-z]?)\b")
_FIRST_AUTHOR = ("en", "de", "fr")
T = TypeVar("T")


def writer_of(sample: Sample) -> str:
    """The writer or batch a reply came from, as the corpus records it (folder and note)."""
    batch = _BATCH.search(sample.note)
    if batch:
        return f"batch {batch.group(1)}"
    return "author 1" if sample.id.split("-")[0] in _FIRST_AUTHOR else "author 2"


@dataclass(frozen=True)
class Fold:
    writer: str
    gold: tuple[Label, ...]
    found: tuple[Label, ...]

    def recall(self, label: Label) -> tuple[int, int]:
        """Replies of `label` read as such, of all replies of `label`."""
        pairs = list(zip(self.gold, self.found, strict=True))
        return sum(g is label and f is label for g, f in pairs), self.gold.count(label)

    def precision(self, label: Label) -> tuple[int, int]:
        """Replies of `label` read as such, of all replies read as `label`."""
        pairs = list(zip(self.gold, self.found, strict=True))
        return sum(g is label and f is label for g, f in pairs), self.found.count(label)

    def summary(self) -> str:
        """The numbers of issue 13's targets that a fold can show."""
        (caught, out), (right, read) = self.recall(Label.OPT_OUT), self.precision(Label.OPT_OUT)
        yes, interested = self.recall(Label.INTERESTED)
        return (
            f"{self.writer:12} {len(self.gold):4}  opt_out recall {caught:3}/{out:<3} "
            f"{caught / max(out, 1):.3f} precision {right:3}/{read:<3} {right / max(read, 1):.3f}"
            f"  interested recall {yes:3}/{interested:<3} {yes / max(interested, 1):.3f}"
        )


def by_writer(
    items: Sequence[tuple[Sample, T]],
    read: Callable[[list[tuple[Sample, T]], list[tuple[Sample, T]]], list[Label]],
) -> list[Fold]:
    """One fold per writer: `read(train, test)` labels `test`, having learnt only from
    `train` (every other writer's train replies)."""
    folds = []
    for writer in sorted({writer_of(sample) for sample, _ in items}):
        test = [item for item in items if writer_of(item[0]) == writer]
        train = [item for item in items if writer_of(item[0]) != writer]
        found = read(train, test)
        folds.append(Fold(writer, tuple(s.label for s, _ in test), tuple(found)))
    return folds


def pooled(folds: Sequence[Fold]) -> Fold:
    return Fold(
        "all writers",
        tuple(label for fold in folds for label in fold.gold),
        tuple(label for fold in folds for label in fold.found),
    )
