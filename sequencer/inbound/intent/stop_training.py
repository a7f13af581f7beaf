"""Build stop_reader.json from the corpus's train split (never the held-out one):

    .venv/bin/python -m sequencer.inbound.intent.stop_training [tests/data/replies]

The stop reader (stop_reader.py) learns opt_out or not from every train reply's new text, as
the reader reads it (`classify.stop_text`). The same replies give the same file, byte for byte.
Whether it acts, and from what probability, is `classify.STOP_DOUBT`."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from sequencer.inbound.intent import stop_reader
from sequencer.inbound.intent.classify import stop_text
from sequencer.inbound.intent.corpus import samples
from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.reading import Reply
from sequencer.inbound.intent.training import DEFAULT_ROOT, reply_of


def trained_on(labelled: Sequence[tuple[Reply, Label]]) -> stop_reader.StopReader:
    return stop_reader.train(
        [stop_text(reply.text) for reply, _ in labelled],
        [label is Label.OPT_OUT for _, label in labelled],
    )


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else DEFAULT_ROOT
    reader = trained_on([(reply_of(sample), sample.label) for sample in samples(root, "train")])
    stop_reader.save(reader)
    print(f"wrote {stop_reader.READER_PATH} ({len(reader.weights)} features)")


if __name__ == "__main__":
    main(sys.argv[1:])
