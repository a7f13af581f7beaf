"""Cross-validation by writer (intent/folds.py, `bench/intent_bench.py --cross-validate`): a
reply is tested only by a reader that never learnt from its writer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sequencer.inbound.intent.corpus import Sample
from sequencer.inbound.intent.folds import by_writer, pooled, writer_of
from sequencer.inbound.intent.labels import Label


def _sample(id: str, label: Label, note: str = "") -> Sample:
    language = id.split("-")[0]
    return Sample(id, Path(f"{language}/{id}.txt"), "sms", language, label, None,
                  date(2026, 12, 6), "train", note)  # fmt: skip


def test_the_writer_is_read_from_the_folder_unless_the_note_names_a_batch() -> None:
    assert writer_of(_sample("de-0001", Label.OPT_OUT)) == "author 1"
    assert writer_of(_sample("nl-0001", Label.OPT_OUT)) == "author 2"
    assert writer_of(_sample("nl-0300", Label.OPT_OUT, "terse; new writer s24")) == "batch s24"
    assert writer_of(_sample("pt-0400", Label.QUESTION, "new writer s25; a yes")) == "batch s25"
    # A second writer in one session: a letter after the session's number.
    assert writer_of(_sample("en-0460", Label.OPT_OUT, "new writer s29b; curt")) == "batch s29b"
    assert writer_of(_sample("en-0430", Label.OPT_OUT, "new writer s29; curt")) == "batch s29"
    # A note that speaks of a writer without naming a batch leaves the reply its author's.
    assert writer_of(_sample("pt-0010", Label.OPT_OUT, "writer's own signature disclaimer")) == (
        "author 2"
    )


def test_each_writer_is_read_by_what_the_others_taught() -> None:
    replies = [
        (_sample("en-0001", Label.OPT_OUT), "stop"),
        (_sample("es-0001", Label.INTERESTED), "sí"),
        (_sample("fr-0100", Label.OPT_OUT, "new writer s22"), "stop"),
    ]
    taught: dict[str, set[str]] = {}

    def read(train, test):  # type: ignore[no-untyped-def]
        taught[writer_of(test[0][0])] = {s.id for s, _ in train}
        return [Label.OPT_OUT if text == "stop" else Label.QUESTION for _, text in test]

    folds = by_writer(replies, read)
    assert taught == {
        "author 1": {"es-0001", "fr-0100"},
        "author 2": {"en-0001", "fr-0100"},
        "batch s22": {"en-0001", "es-0001"},
    }
    everyone = pooled(folds)
    assert everyone.recall(Label.OPT_OUT) == (2, 2)
    assert everyone.recall(Label.INTERESTED) == (0, 1)
    assert everyone.precision(Label.OPT_OUT) == (2, 2)
