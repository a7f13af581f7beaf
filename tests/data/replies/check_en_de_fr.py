"""Check the labelled corpus: every row's file exists and parses, labels valid, dates sane.

    .venv/bin/python tests/data/replies/check_en_de_fr.py [--dates]   # counts per label and split

--dates also prints every named_date with the weekday of the day received, for checking by hand.
"""

from __future__ import annotations

import csv
import email
import sys
from collections import Counter
from datetime import date
from email import policy
from pathlib import Path

from sequencer.inbound.intent import Label

HERE = Path(__file__).resolve().parent
LABELS = set(str(label) for label in Label)  # the reader's ten labels
COLUMNS = ["id", "file", "channel", "language", "label", "named_date", "received", "split", "note"]


def check(path: Path, show_dates: bool) -> list[str]:
    problems = []
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    if rows and list(rows[0]) != COLUMNS:
        problems.append(f"{path.name}: columns {list(rows[0])}")
    by = Counter((r["label"], r["split"]) for r in rows)
    for r in rows:
        f = HERE / r["file"]
        where = f"{path.name} {r['id']}"
        if not f.exists():
            problems.append(f"{where}: missing {r['file']}")
            continue
        if r["label"] not in LABELS:
            problems.append(f"{where}: bad label {r['label']}")
        if r["channel"] == "email":
            msg = email.message_from_binary_file(f.open("rb"), policy=policy.default)
            sent = msg["Date"].datetime.astimezone(tz=None).utctimetuple()
            if date(sent.tm_year, sent.tm_mon, sent.tm_mday).isoformat() != r["received"]:
                problems.append(f"{where}: Date header day != received {r['received']}")
        elif r["label"] == "bounce":
            problems.append(f"{where}: bounce by sms")
        if r["named_date"]:
            nd, rec = date.fromisoformat(r["named_date"]), date.fromisoformat(r["received"])
            if nd <= rec:
                problems.append(f"{where}: named_date not after received")
            if r["label"] not in ("not_now", "out_of_office"):
                problems.append(f"{where}: named_date on {r['label']}")
            if show_dates:
                print(f"{r['id']}  R={rec:%a %Y-%m-%d}  -> {nd:%a %Y-%m-%d}  {r['note']}")
    sms = sum(r["channel"] == "sms" for r in rows)
    print(f"{path.name}: {len(rows)} replies, {sms} sms")
    for label in sorted(LABELS):
        train, held = by[(label, "train")], by[(label, "heldout")]
        print(f"  {label:20} {train + held:3}  train {train:3}  heldout {held:3}")
    return problems


def main() -> int:
    problems = []
    for path in sorted(HERE.glob("labels-*.csv")):
        problems += check(path, "--dates" in sys.argv)
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
