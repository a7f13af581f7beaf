"""Build model.json from the corpus's train split (never the held-out one):

    .venv/bin/python -m sequencer.inbound.intent.training [tests/data/replies]

Trains the naive Bayes on every train reply's new text, and calibrates each decision source's
confidence by 5-fold cross-validation on the same split, so that a confidence is how often such
a reading was right on replies the model had not seen. Also trains the opt-out doubt
(`doubt.py`, written to doubt.json) and chooses its threshold in the same folds, on the doubt
model alone."""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from sequencer.inbound.intent import doubt as opt_out_doubt
from sequencer.inbound.intent.classify import DOUBT_ACTS, decide
from sequencer.inbound.intent.corpus import Sample, samples
from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.language import language_of
from sequencer.inbound.intent.model import MODEL_PATH, Model, save, train
from sequencer.inbound.intent.reading import Reply, reply_of_mail, reply_of_text

FOLDS = 5
THRESHOLDS = (0.0, 0.5, 0.8, 0.9, 0.95, 0.99)
DEFAULT_ROOT = Path(__file__).parents[3] / "tests" / "data" / "replies"


def reply_of(sample: Sample) -> Reply:
    if sample.channel == "sms":
        return reply_of_text(sample.path.read_text("utf-8"), sample.received, channel="sms")
    return reply_of_mail(sample.path.read_bytes(), sample.received)


def build(root: Path = DEFAULT_ROOT) -> tuple[Model, opt_out_doubt.Doubt]:
    labelled = [(reply_of(sample), sample.label) for sample in samples(root, "train")]
    doubts = _doubt_by_fold(labelled)
    outcomes: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for fold in range(FOLDS):
        rest = [item for index, item in enumerate(labelled) if index % FOLDS != fold]
        model = train([reply.text for reply, _ in rest], [label for _, label in rest])
        for index, (reply, label) in enumerate(labelled):
            if index % FOLDS == fold:
                language = language_of(reply.text or reply.subject)
                decision = decide(
                    reply.text,
                    reply.subject,
                    reply.channel,
                    reply.kind,
                    model,
                    reply.received,
                    language,
                    doubts[fold] if DOUBT_ACTS else None,
                )
                outcomes[decision.source].append((decision.score, decision.label is label))
    final = train([reply.text for reply, _ in labelled], [label for _, label in labelled])
    calibration = {source: _table(found) for source, found in sorted(outcomes.items())}
    model = Model(final.labels, final.priors, final.weights, final.unseen, calibration)
    doubt = opt_out_doubt.train(*_opt_outs_or_not(labelled))
    return model, replace(doubt, threshold=doubts[0].threshold, measured=doubts[0].measured)


def _opt_outs_or_not(labelled: list[tuple[Reply, Label]]) -> tuple[list[str], list[bool]]:
    return [reply.text for reply, _ in labelled], [label is Label.OPT_OUT for _, label in labelled]


def _doubt_by_fold(labelled: list[tuple[Reply, Label]]) -> list[opt_out_doubt.Doubt]:
    """The doubt model trained on each fold's other four, and one threshold for all: the lowest
    that flagged at most MAX_FALSE_FLAGS of the held-back replies that are not opt-outs. The
    rules are not asked: what is measured is what the model alone would flag, which is what
    it adds on wordings the rules miss."""
    texts, is_opt_out = _opt_outs_or_not(labelled)
    models, scores = [], [0.0] * len(texts)
    for fold in range(FOLDS):
        rest = [index for index in range(len(texts)) if index % FOLDS != fold]
        model = opt_out_doubt.train([texts[i] for i in rest], [is_opt_out[i] for i in rest])
        models.append(model)
        for index in range(fold, len(texts), FOLDS):
            scores[index] = model.score(texts[index])
    stops = [score for score, yes in zip(scores, is_opt_out, strict=True) if yes]
    others = [score for score, yes in zip(scores, is_opt_out, strict=True) if not yes]
    threshold = opt_out_doubt.threshold_for(stops, others)
    flagged, false = sum(s > threshold for s in stops), sum(s > threshold for s in others)
    measured = {
        "opt_outs": len(stops),
        "flagged": flagged,
        "others": len(others),
        "falsely_flagged": false,
        "recall": round(flagged / len(stops), 3),
        "false_flag_rate": round(false / len(others), 4),
    }
    return [replace(model, threshold=threshold, measured=measured) for model in models]


def _table(outcomes: list[tuple[float, bool]]) -> list[list[float]]:
    """Precision of the readings scoring at least each threshold; one more wrong reading than
    seen is counted, so a source seen ten times right says 0.91, not 1.0."""
    table = []
    for threshold in THRESHOLDS:
        above = [right for score, right in outcomes if score >= threshold]
        if len(above) >= 5 or threshold == 0.0:
            table.append([threshold, round(sum(above) / (len(above) + 1), 3)])
    return table


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else DEFAULT_ROOT
    model, doubt = build(root)
    save(model)
    opt_out_doubt.save(doubt)
    print(f"wrote {MODEL_PATH} ({len(model.weights)} features)")
    print(f"wrote {opt_out_doubt.DOUBT_PATH} ({len(doubt.weights)} pieces)")
    print(f"  doubt above {doubt.threshold:.2f}, cross-validated alone: {doubt.measured}")
    for source, table in model.calibration.items():
        print(f"  {source:14} {table}")


if __name__ == "__main__":
    main(sys.argv[1:])
