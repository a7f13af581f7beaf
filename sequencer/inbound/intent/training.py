"""Build model.json from the corpus's train split (never the held-out one):

    .venv/bin/python -m sequencer.inbound.intent.training [tests/data/replies]

Trains the naive Bayes on every train reply's new text, and calibrates each decision source's
confidence by 5-fold cross-validation on the same split, so that a confidence is how often such
a reading was right on replies the model had not seen."""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from sequencer.inbound.intent.corpus import Sample, samples
from sequencer.inbound.intent.language import language_of
from sequencer.inbound.intent.model import MODEL_PATH, Model, save, train
from sequencer.inbound.intent.reading import Reply, decision_of, reply_of_mail, reply_of_text

FOLDS = 5
THRESHOLDS = (0.0, 0.5, 0.8, 0.9, 0.95, 0.99)
DEFAULT_ROOT = Path(__file__).parents[3] / "tests" / "data" / "replies"


def reply_of(sample: Sample) -> Reply:
    if sample.channel == "sms":
        return reply_of_text(sample.path.read_text("utf-8"), sample.received, channel="sms")
    return reply_of_mail(sample.path.read_bytes(), sample.received)


def build(root: Path = DEFAULT_ROOT) -> Model:
    labelled = [(reply_of(sample), sample.label) for sample in samples(root, "train")]
    outcomes: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for fold in range(FOLDS):
        rest = [item for index, item in enumerate(labelled) if index % FOLDS != fold]
        model = train([reply.text for reply, _ in rest], [label for _, label in rest])
        for index, (reply, label) in enumerate(labelled):
            if index % FOLDS == fold:
                language = language_of(reply.text or reply.subject)
                # The meaning reader learnt from these very replies: not here.
                decision = decision_of(reply, model, language, meaning=None)
                outcomes[decision.source].append((decision.score, decision.label is label))
    final = train([reply.text for reply, _ in labelled], [label for _, label in labelled])
    calibration = {source: _table(found) for source, found in sorted(outcomes.items())}
    return Model(final.labels, final.priors, final.weights, final.unseen, calibration)


def _table(outcomes: list[tuple[float, bool]]) -> list[list[float]]:
    """Precision of the readings scoring at least each threshold; one more wrong reading than
    seen is counted, so a source seen ten times right says 0.91, not 1.0."""
    table = []
    for threshold in THRESHOLDS:
        above = [right for score, right in outcomes if score >= threshold]
        if len(above) >= 5 or threshold == 0.0:
            table.append([threshold, round(sum(above) / (len(above) + 1), 3)])
    return table


def training_arguments(program: str, argv: list[str], **flags: str) -> argparse.Namespace:
    """The command line of a training command: the corpus folder (checked to hold labelled
    replies: a mistyped one must not train an empty model over the shipped one) and `flags`
    (name: help)."""
    parser = argparse.ArgumentParser(prog=f"python -m {program}")
    parser.add_argument("root", nargs="?", type=Path, default=DEFAULT_ROOT, help="the corpus")
    for flag, description in flags.items():
        parser.add_argument(flag, action="store_true", help=description)
    arguments = parser.parse_args(argv)
    if not samples(arguments.root, "train"):
        parser.exit(2, f"error: no train replies in {arguments.root}: give the corpus folder\n")
    return arguments


def main(argv: list[str]) -> None:
    model = build(training_arguments("sequencer.inbound.intent.training", argv).root)
    save(model)
    print(f"wrote {MODEL_PATH} ({len(model.weights)} features)")
    for source, table in model.calibration.items():
        print(f"  {source:14} {table}")


if __name__ == "__main__":
    main(sys.argv[1:])
