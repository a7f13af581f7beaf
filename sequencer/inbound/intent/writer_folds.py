"""The reader cross-validated by writer (folds.py), with and without the stop reader behind the
phrase rules: `bench/intent_bench.py --split train --cross-validate` prints it.

In each fold the naive Bayes and the stop reader learn from the other writers' train replies
only (the shipped calibration kept, so the same decisions are made); then the fold's replies
are read as `reading.read_mail` reads them (`classify.decide`), the stop reader off and acting
from each threshold. The phrase rules were fitted on every writer they have seen, so only a
writer added after them is read as an unseen one would be."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sequencer.inbound.intent import stop_training
from sequencer.inbound.intent.classify import decide
from sequencer.inbound.intent.corpus import Sample
from sequencer.inbound.intent.folds import Fold, by_writer, writer_of
from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.language import language_of
from sequencer.inbound.intent.model import Model, load, train
from sequencer.inbound.intent.reading import Reply
from sequencer.inbound.intent.stop_reader import StopReader
from sequencer.inbound.intent.training import reply_of

Item = tuple[Sample, Reply]


def folds_by_threshold(
    chosen: Sequence[Sample], thresholds: Sequence[float]
) -> dict[float | None, list[Fold]]:
    """None (the stop reader off), then each threshold -> one fold per writer."""
    items = [(sample, reply_of(sample)) for sample in chosen]
    readers: dict[str, tuple[Model, StopReader]] = {}

    def readers_without(writer: str, learn: list[Item]) -> tuple[Model, StopReader]:
        if writer not in readers:
            labels = [sample.label for sample, _ in learn]
            model = train([reply.text for _, reply in learn], labels)
            model = replace(model, calibration=load().calibration)
            stop = stop_training.trained_on(
                [(reply, label) for (_, reply), label in zip(learn, labels, strict=True)]
            )
            readers[writer] = (model, stop)
        return readers[writer]

    def reader(stop_from: float | None):  # type: ignore[no-untyped-def]
        def read(learn: list[Item], test: list[Item]) -> list[Label]:
            model, stop = readers_without(writer_of(test[0][0]), learn)
            return [
                decide(r.text, r.subject, r.channel, r.kind, model, r.received,
                       language_of(r.text or r.subject), stop, stop_from).label
                for _, r in test
            ]  # fmt: skip

        return read

    return {t: by_writer(items, reader(t)) for t in (None, *thresholds)}
