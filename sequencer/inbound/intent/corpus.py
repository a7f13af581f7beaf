"""The labelled reply corpus (tests/data/replies/, labels-*.csv): what the model is trained on
(the train split only) and what bench/intent_bench.py and the quality-gate test measure."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sequencer.inbound.intent.labels import Label, Reading
from sequencer.inbound.intent.reading import read_mail, read_reply


@dataclass(frozen=True)
class Sample:
    id: str
    path: Path
    channel: str
    language: str
    label: Label
    named_date: date | None
    received: date
    split: str
    note: str

    def read(self) -> Reading:
        if self.channel == "sms":
            return read_reply(self.path.read_text("utf-8"), self.received, channel="sms")
        return read_mail(self.path.read_bytes(), self.received)


def samples(root: Path, split: str = "all") -> list[Sample]:
    """Every labelled reply under `root` in `split` (train, heldout or all), in id order."""
    found = [sample for sample in _rows(root) if split in ("all", sample.split)]
    return sorted(found, key=lambda sample: sample.id)


def _rows(root: Path) -> Iterator[Sample]:
    for labels in sorted(root.glob("labels-*.csv")):
        with labels.open(newline="", encoding="utf-8") as file:
            for row in csv.DictReader(file):
                path = root / row["file"]
                if not path.exists():
                    continue  # a writer's row whose file is not built yet
                yield Sample(
                    id=row["id"],
                    path=path,
                    channel=row["channel"],
                    language=row["language"],
                    label=Label(row["label"]),
                    named_date=date.fromisoformat(row["named_date"]) if row["named_date"] else None,
                    received=date.fromisoformat(row["received"]),
                    split=row["split"],
                    note=row.get("note") or "",
                )


@dataclass(frozen=True)
class Paraphrase:
    """A train opt-out said again in other words by another writer (label opt_out), or a near
    miss written beside it that is no stop (its own label): paraphrases.csv, written from the
    train split's opt-outs only. Its own `split`: the meaning reader learns from the train ones
    and the tests hold the rules to them; the held-out ones (a later wave of writers) measure."""

    id: str
    source: str  # the train reply it restates
    channel: str
    language: str
    label: Label
    text: str
    split: str

    @property
    def wave(self) -> int:
        """Which wave of writers wrote it, by its id's ending (the corpus README's waves)."""
        return WAVES[self.id.rsplit("-", 1)[1]]


PARAPHRASES = "paraphrases.csv"
# The id's ending (`<source>-r1`) -> the wave: 1-3 in session 31, 4-5 in 32, 6 in 33, 7 in 34,
# 8 in 35, 9 in 36.
WAVES = {
    **dict.fromkeys(("r1", "r2", "n1"), 1),
    **dict.fromkeys(("r3", "r4", "n2"), 2),
    **dict.fromkeys(("r5", "n3"), 3),
    **dict.fromkeys(("r6", "r7", "n4"), 4),
    **dict.fromkeys(("r8", "n5"), 5),
    **dict.fromkeys(("r9", "r10", "n6"), 6),
    **dict.fromkeys(("r11", "n7"), 7),
    **dict.fromkeys(("r12", "n8"), 8),
    **dict.fromkeys(("r13", "n9"), 9),
}


def paraphrases(root: Path, split: str = "all") -> list[Paraphrase]:
    """Every paraphrase under `root` in `split` (train, heldout or all; none when the file is
    absent), in id order."""
    path = root / PARAPHRASES
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as file:
        found = [
            Paraphrase(
                row["id"],
                row["source"],
                row["channel"],
                row["language"],
                Label(row["label"]),
                row["text"],
                row["split"],
            )
            for row in csv.DictReader(file)
            if split in ("all", row["split"])
        ]
    return sorted(found, key=lambda paraphrase: paraphrase.id)
