"""How the reader reads the paraphrases (tests/data/replies/paraphrases.csv): train opt-outs said
again in other words by other writers, and the near misses written beside them. Per language:
the restated stops read as opt_out (recall), the near misses read as opt_out (false stops), and
how many of the stops only the meaning reader caught.

    .venv/bin/python bench/paraphrase_bench.py --split heldout   # waves 3 and 5: measure only
    .venv/bin/python bench/paraphrase_bench.py --split heldout --wave 5   # one wave
    .venv/bin/python bench/paraphrase_bench.py --split train --errors
    .venv/bin/python bench/paraphrase_bench.py --split train --still-wrong \\
        tests/inbound/intent/paraphrases_still_wrong.txt   # the test's list, rewritten
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from sequencer.inbound.intent import Label
from sequencer.inbound.intent.corpus import Paraphrase, paraphrases
from sequencer.inbound.intent.language import language_of
from sequencer.inbound.intent.model import load
from sequencer.inbound.intent.reading import decision_of, reply_of_text

ROOT = Path(__file__).resolve().parents[1] / "tests" / "data" / "replies"
RECEIVED = date(2026, 3, 2)  # a paraphrase names no date the bench reads


def read(found: Paraphrase) -> tuple[bool, str]:
    """Whether it is read as opt_out (as `read_reply` reads it), and by what ("meaning": only
    the meaning reader)."""
    reply = reply_of_text(found.text, RECEIVED, channel=found.channel)
    decision = decision_of(reply, load(), language_of(reply.text or reply.subject))
    return decision.label is Label.OPT_OUT, decision.source


_TAKEN = "near miss taken for a stop"
_STILL_WRONG_HEADER = (
    "# Paraphrases (tests/data/replies/paraphrases.csv, split train) still read wrong, as",
    "# bench/paraphrase_bench.py --split train --still-wrong wrote them: a stop missed, or a near",
    "# miss taken for a stop. One id a line; remove a line when it is read right.",
)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=("train", "heldout", "all"), default="heldout")
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--errors", action="store_true", help="list every stop missed or taken")
    parser.add_argument("--wave", type=int, help="only this wave of writers (the corpus README's)")
    parser.add_argument(
        "--still-wrong",
        type=Path,
        help="rewrite this list of the train paraphrases read wrong (test_paraphrases.py's)",
    )
    args = parser.parse_args(argv)
    if args.still_wrong and (args.split != "train" or args.wave is not None):
        sys.exit("--still-wrong lists every train paraphrase: use it with --split train, no --wave")
    chosen = [
        found
        for found in paraphrases(args.root, args.split)
        if args.wave is None or found.wave == args.wave
    ]
    if not chosen:
        sys.exit(f"no paraphrases under {args.root} in split {args.split}")
    counts: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    for found in chosen:
        stop, source = read(found)
        kind = "stop" if found.label is Label.OPT_OUT else "near"
        for language in (found.language, "all"):
            counts[(language, kind)] += 1
            counts[(language, kind + " read as opt_out")] += stop
            counts[(language, "by meaning")] += stop and kind == "stop" and source == "meaning"
        if (kind == "stop") != stop:
            wrong.append(f"{found.id}  {'stop missed' if kind == 'stop' else _TAKEN}")
        if args.errors and (kind == "stop") != stop:
            missed = "missed stop" if kind == "stop" else f"taken ({found.label.value})"
            print(f"{found.id:12} {missed:24} {found.text[:110]!r}")
    if args.still_wrong:
        args.still_wrong.write_text("\n".join([*_STILL_WRONG_HEADER, *wrong, ""]))
    wave = "" if args.wave is None else f", wave {args.wave}"
    print(f"{len(chosen)} paraphrases, split {args.split}{wave}")
    print("language  stops read as opt_out (by meaning)   near misses read as opt_out")
    for language in [*sorted({found.language for found in chosen}), "all"]:
        stops, caught = counts[(language, "stop")], counts[(language, "stop read as opt_out")]
        near, taken = counts[(language, "near")], counts[(language, "near read as opt_out")]
        print(
            f"{language:8} {caught:5}/{stops:<5} {caught / max(stops, 1):.3f} "
            f"({counts[(language, 'by meaning')]:3})        {taken:4}/{near:<4} "
            f"{taken / max(near, 1):.3f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
