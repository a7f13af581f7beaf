"""Build meaning.json from the corpus's train split and its train paraphrases
(tests/data/replies/paraphrases.csv; never a held-out reply or paraphrase):

    .venv/bin/python -m sequencer.inbound.intent.meaning_training [tests/data/replies]
    .venv/bin/python -m sequencer.inbound.intent.meaning_training --by-writer
    .venv/bin/python -m sequencer.inbound.intent.meaning_training --kernel [--by-writer]

The meaning reader (meaning.py) learns opt_out or not from every train reply's new text, and
every train paraphrase's (a train opt-out restated, or a near miss beside it), as the
rules read it (`classify.stop_text`: the lookalikes taken out), clause by clause: first every
clause carries its reply's label, then, as an opt-out is often one clause among news and
questions, each opt-out keeps only the clause the first fit found likeliest (multi-instance
learning); the other replies keep all theirs. The fit is a logistic regression by Newton's
method with scikit-learn's default penalty (C = 1), deterministic for the same embeddings.

--kernel builds the kernel reader (meaning_kernel.npy/.json) from the same clauses (each opt-out
keeps the clause the linear first fit found likeliest): scikit-learn's SVC, RBF kernel, C = 3,
gamma = 1 (session 32's choice on the fourth wave of paraphrases); scikit-learn is a dev
dependency, for this command only (reading is numpy alone).

--by-writer prints, per threshold, what the reader adds behind today's rules with one fold per
writer (folds.py), each fold's reader trained without that writer nor its replies restated."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sequencer.inbound.intent import folds, meaning
from sequencer.inbound.intent.classify import stop_text
from sequencer.inbound.intent.corpus import Paraphrase, Sample, paraphrases, samples
from sequencer.inbound.intent.labels import Label
from sequencer.inbound.intent.language import language_of
from sequencer.inbound.intent.model import load as load_model
from sequencer.inbound.intent.reading import Reply, decision_of
from sequencer.inbound.intent.training import reply_of, training_arguments

PENALTY = 1.0  # 1/C: the weights' squared length counts this much against the log loss
NEWTON_STEPS = 30
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
KERNEL_C = 3.0
KERNEL_GAMMA = 1.0
KERNEL_THRESHOLDS = (0.8, 0.85, 0.87, 0.9, 0.95)


def train(texts: Sequence[str], stops: Sequence[bool]) -> meaning.MeaningReader:
    vectors, labels, kept = _learnt_clauses(texts, stops)
    weights, bias = _fit(vectors[kept], labels[kept])
    return meaning.MeaningReader(
        round(float(bias), meaning.DIGITS),
        tuple(round(float(w), meaning.DIGITS) for w in weights),
    )


def train_kernel(texts: Sequence[str], stops: Sequence[bool]) -> meaning.KernelReader:
    """The same clauses as `train`, learnt by an RBF support vector machine."""
    import numpy
    from sklearn.svm import SVC  # a dev dependency: building only

    vectors, labels, kept = _learnt_clauses(texts, stops)
    found = SVC(C=KERNEL_C, kernel="rbf", gamma=KERNEL_GAMMA, cache_size=2000)
    found.fit(vectors[kept], labels[kept].astype(int))
    # float16 as shipped: the reader built here reads as the one loaded from the files.
    support = numpy.asarray(found.support_vectors_, numpy.float16).astype(numpy.float32)
    return meaning.KernelReader(
        support,
        numpy.asarray(found.dual_coef_[0], numpy.float32),
        float(found.intercept_[0]),
        KERNEL_GAMMA,
    )


def _learnt_clauses(texts: Sequence[str], stops: Sequence[bool]) -> tuple[Any, Any, Any]:
    """Every clause's embedding and its reply's label, and which rows are learnt: first every
    clause carries its reply's label (a first linear fit), then each opt-out keeps only the
    clause that fit found likeliest."""
    import numpy

    units = [
        (index, clause) for index, text in enumerate(texts) for clause in meaning.clauses(text)
    ]
    vectors = _embedded_once([clause for _, clause in units])
    labels = numpy.array([stops[index] for index, _ in units], numpy.float64)
    weights, bias = _fit(vectors, labels)
    scores = vectors @ weights + bias
    best: dict[int, int] = {}
    for row, (index, _) in enumerate(units):
        if stops[index] and (index not in best or scores[row] > scores[best[index]]):
            best[index] = row
    kept = [row for row, (index, _) in enumerate(units) if not stops[index] or best[index] == row]
    return vectors, labels, numpy.array(kept)


_EMBEDDED: dict[str, Any] = {}


def _embedded_once(texts: Sequence[str]) -> Any:
    """`meaning.embedded`, each clause once in a run: writer folds learn the same clauses 14
    times (the embeddings are deterministic, so the readers are the same)."""
    import numpy

    new = sorted({text for text in texts if text not in _EMBEDDED})
    if new:
        _EMBEDDED.update(zip(new, numpy.asarray(meaning.embedded(new), numpy.float64), strict=True))
    return numpy.array([_EMBEDDED[text] for text in texts])


def _fit(vectors: Any, labels: Any) -> tuple[Any, float]:
    """Minimises the summed log loss + PENALTY/2 |w|^2 (the bias not penalised)."""
    import numpy

    rows = numpy.hstack([vectors, numpy.ones((len(vectors), 1))])
    penalty = numpy.full(rows.shape[1], PENALTY)
    penalty[-1] = 0.0
    found = numpy.zeros(rows.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + numpy.exp(-numpy.clip(rows @ found, -30, 30)))
        gradient = rows.T @ (p - labels) + penalty * found
        hessian = (rows * (p * (1 - p))[:, None]).T @ rows + numpy.diag(penalty + 1e-9)
        step = numpy.linalg.solve(hessian, gradient)
        found -= step
        if numpy.abs(step).max() < 1e-8:
            break
    return found[:-1], float(found[-1])


def trained_on(
    labelled: Sequence[tuple[Reply, Label]], restated: Sequence[Paraphrase] = ()
) -> meaning.MeaningReader:
    """Learns from the replies and from paraphrases of them (the request in other words)."""
    return train(*_learning_set(labelled, restated))


def kernel_trained_on(
    labelled: Sequence[tuple[Reply, Label]], restated: Sequence[Paraphrase] = ()
) -> meaning.KernelReader:
    return train_kernel(*_learning_set(labelled, restated))


def _learning_set(
    labelled: Sequence[tuple[Reply, Label]], restated: Sequence[Paraphrase]
) -> tuple[list[str], list[bool]]:
    texts = [reply.text for reply, _ in labelled] + [paraphrase.text for paraphrase in restated]
    labels = [label for _, label in labelled] + [paraphrase.label for paraphrase in restated]
    return [stop_text(text) for text in texts], [label is Label.OPT_OUT for label in labels]


def restating(chosen: Sequence[Sample], root: Path) -> list[tuple[Paraphrase, str]]:
    """The train paraphrases of the `chosen` replies, each with the writer of the reply it
    restates: a writer's fold must not learn from its own replies said again."""
    writers = {sample.id: folds.writer_of(sample) for sample in chosen}
    return [
        (found, writers[found.source])
        for found in paraphrases(root, "train")
        if found.source in writers
    ]


def by_writer(chosen: Sequence[Sample], root: Path, kernel: bool = False) -> None:
    """One fold per writer behind today's rules; the naive Bayes is the shipped one (its opt-out
    guesses are off, so the opt-out numbers do not depend on it). `kernel`: the kernel reader's
    folds (each fold's a new SVM: minutes)."""
    items = [(sample, reply_of(sample)) for sample in chosen]
    restated = restating(chosen, root)
    model = load_model()
    readers: dict[str, meaning.Reader] = {}
    learner = kernel_trained_on if kernel else trained_on

    def reader(threshold: float | None):  # type: ignore[no-untyped-def]
        def read(
            learn: list[tuple[Sample, Reply]], test: list[tuple[Sample, Reply]]
        ) -> list[Label]:
            writer = folds.writer_of(test[0][0])
            if writer not in readers:
                others = [found for found, by in restated if by != writer]
                readers[writer] = learner([(r, s.label) for s, r in learn], others)
            own = readers[writer]
            return [
                decision_of(r, model, language_of(r.text or r.subject), own, threshold).label
                for _, r in test
            ]

        return read

    for threshold in (None, *(KERNEL_THRESHOLDS if kernel else THRESHOLDS)):
        print("meaning reader off:" if threshold is None else f"meaning reader >= {threshold}:")
        found = folds.by_writer(items, reader(threshold))
        print("\n".join(fold.summary() for fold in [*found, folds.pooled(found)]))


def main(argv: list[str]) -> None:
    arguments = training_arguments(
        "sequencer.inbound.intent.meaning_training",
        argv,
        **{
            "--by-writer": "one fold per writer behind today's rules; writes nothing",
            "--kernel": "the kernel reader (meaning_kernel.npy/.json), not the linear one",
        },
    )
    chosen = samples(arguments.root, "train")
    if arguments.by_writer:
        by_writer(chosen, arguments.root, arguments.kernel)
        return
    restated = [found for found, _ in restating(chosen, arguments.root)]
    if arguments.kernel:
        kernel = kernel_trained_on(
            [(reply_of(sample), sample.label) for sample in chosen], restated
        )
        meaning.save_kernel(kernel)
        print(f"wrote {meaning.KERNEL_PATH} ({len(kernel.coefficients)} support vectors)")
        return
    reader = trained_on([(reply_of(sample), sample.label) for sample in chosen], restated)
    meaning.save(reader)
    print(f"wrote {meaning.READER_PATH} ({len(reader.weights)} weights, bias {reader.bias})")


if __name__ == "__main__":
    main(sys.argv[1:])
