"""The quality gate of issue 13: on the held-out part of the labelled corpus (never used to write
a rule or train the model), opt-outs are caught and the rest read well enough to act on.

Targets: opt_out recall >= 0.99 and precision >= 0.95; interested recall >= 0.90; macro-F1 over
all labels >= 0.85; not_now and out_of_office dates exact for >= 90% of those naming one. Speed
is measured in bench/intent_bench.py, not here."""

from __future__ import annotations

from pathlib import Path

import pytest

from sequencer.inbound.intent import Label, Reading
from sequencer.inbound.intent.corpus import Sample, samples

CORPUS = Path(__file__).parents[2] / "data" / "replies"


@pytest.fixture(scope="module")
def heldout() -> list[tuple[Sample, Reading]]:
    chosen = samples(CORPUS, "heldout")
    if not chosen:
        pytest.fail(f"no held-out replies under {CORPUS}: the corpus is part of the repository")
    return [(sample, sample.read()) for sample in chosen]


def _precision_recall(pairs: list[tuple[Sample, Reading]], label: Label) -> tuple[float, float]:
    hits = sum(s.label is label and r.label is label for s, r in pairs)
    read_as = sum(r.label is label for _, r in pairs)
    truly = sum(s.label is label for s, _ in pairs)
    return hits / max(read_as, 1), hits / max(truly, 1)


# Session 35 (2026-12-07; the same 1,236 held out; paraphrase waves 7 and 8 mended from): recall
# 0.969 (348 of 359), precision 0.961. Session 34: recall 0.961 (345 of 359), precision 0.964.
# Measured 2026-12-07, session 33 (the same 1,236 held out; paraphrase wave 6 learnt, the rules
# mended from train paraphrases and a review): recall 0.961 (345 of 359), precision 0.948.
# Session 32 (the kernel reader, waves 4 and 5): recall 0.958 (344 of 359), precision 0.956.
# Session 31 (the same 1,236 held out; the rules learnt from paraphrases of
# the train opt-outs, the meaning reader trained on them too and acting from 0.9): recall 0.944
# (339 of 359), precision 0.955.
# Session 30 (1,236 held out, a twelfth and a thirteenth writer's batches
# appended): recall 0.916 (329 of 359), precision 0.954; on the 319 before them 293 (292 in
# session 29); 0.947 (18 of 19) and 0.857 (18 of 21) on the new batches, read after their train
# parts were learnt from.
# Session 29 (1,083 held out, a tenth and an eleventh writer's batches
# appended): recall 0.915 (292 of 319), precision 0.954; on the 280 before them 258, as in
# session 28; 0.789 (15 of 19) and 0.950 (19 of 20) on the new batches, read after their train
# parts were learnt from.
# Session 28 (945 held out, a ninth writer's batch appended, the meaning
# reader on): recall 0.921 (258 of 280), precision 0.959; 0.714 (15 of 21) on the new batch,
# read after its train part was learnt from.
# Session 27 (870 held out, an eighth writer's batch appended): recall
# 0.927 (240 of 259), precision 0.964; 0.808 (21 of 26) on the new batch, the same as before
# its train part was learnt from.
# Session 26 (796 held out, a seventh writer's batch appended): recall
# 0.931 (217 of 233), precision 0.964; 0.880 (22 of 25) on the new batch, read after its train
# part was learnt from (0.840 before).
# Session 25 (724 held out, a sixth writer's batch appended): recall 0.938
# (195 of 208), precision 0.961; 0.958 (23 of 24) on the new batch, 0.935 on the 646 before it.
# Session 24 (646 held out, a third writer's batch appended): recall 0.935
# (172 of 184), precision 0.961; 0.970 on the 532 before that batch, 0.837 on the new batch's 49.
# It was 0.956 on the 532 in session 23, 0.874 on the 403 before, 0.848 on the 329 of 2026-12-05
# (docs/engineers/reply-understanding.md).
# Strict: once recall and precision both reach their targets this fails as an unexpected pass,
# and the mark must go.
@pytest.mark.xfail(
    strict=True, reason="opt_out recall 0.969 < 0.99 on the held-out split (precision 0.961)"
)
def test_every_opt_out_is_caught_and_few_others_are_taken_for_one(heldout) -> None:  # type: ignore[no-untyped-def]
    precision, recall = _precision_recall(heldout, Label.OPT_OUT)
    missed = [s.id for s, r in heldout if s.label is Label.OPT_OUT and r.label is not Label.OPT_OUT]
    assert recall >= 0.99, f"opt-outs read as something else: {missed}"
    assert precision >= 0.95


# Met (0.914 on 532) until a third writer's batch: 9 of its 13 held-out interested replies were
# read as such, 0.880 on all 646 (session 24). Met again once the model learnt from a sixth
# writer's train replies (yeses in many words): 0.908 on all 724, 0.916 on the 646, 0.885 on
# the new batch's 26 (session 25, docs/engineers/reply-understanding.md).
def test_interested_replies_are_recognised(heldout) -> None:  # type: ignore[no-untyped-def]
    _, recall = _precision_recall(heldout, Label.INTERESTED)
    assert recall >= 0.90


def test_all_labels_are_read_well_enough(heldout) -> None:  # type: ignore[no-untyped-def]
    f1s = []
    for label in Label:
        if not any(s.label is label for s, _ in heldout):
            continue
        precision, recall = _precision_recall(heldout, label)
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    assert sum(f1s) / len(f1s) >= 0.85


def test_the_dates_people_name_are_read_exactly(heldout) -> None:  # type: ignore[no-untyped-def]
    dated = [
        (s, r)
        for s, r in heldout
        if s.label in (Label.NOT_NOW, Label.OUT_OF_OFFICE) and s.named_date is not None
    ]
    exact = sum(r.named_date == s.named_date for s, r in dated)
    assert exact >= 0.9 * len(dated)
