"""Preview throughput: candidate timelines planned and rendered per second.

    .venv/bin/python bench/preview_bench.py [ROWS]

Writes a CSV of ROWS synthetic candidates (default 10,000) spread over time zones, countries
and channels, then times the same path as `sequencer preview --candidates FILE`: read and
check each row, plan every step, render every message. Nothing is sent or written elsewhere.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sequencer.candidates import Candidate, read_candidates
from sequencer.preview import preview
from sequencer.templates import TemplateLibrary
from sequencer.validate import load_sequence

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = [
    ("America/New_York", "US", "+1212555{:04d}"),
    ("America/Los_Angeles", "US", "+1415555{:04d}"),
    ("Europe/London", "GB", "+44207946{:04d}"),
    ("Europe/Berlin", "DE", "+4930231{:05d}"),
    ("Asia/Kolkata", "IN", ""),
    ("Australia/Sydney", "AU", ""),
]


def write_candidates(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(
            [
                "email",
                "phone",
                "first_name",
                "timezone",
                "country",
                "linkedin_url",
                "sms_consent",
                "call_consent",
                "recent_project",
                "met_at",
            ]
        )
        for n in range(rows):
            zone, country, phone = PEOPLE[n % len(PEOPLE)]
            linkedin = f"https://www.linkedin.com/in/person-{n}" if n % 3 else ""
            out.writerow(
                [
                    f"person{n}@example.com",
                    phone.format(n % 10000) if phone else "",
                    f"Person{n}",
                    zone,
                    country,
                    linkedin,
                    "yes" if n % 2 else "no",
                    "yes" if n % 4 == 0 else "no",
                    "the streaming pipeline",
                    "",
                ]
            )


def measure(sequence_name: str, csv_path: Path, library: TemplateLibrary) -> tuple[int, float]:
    sequence, _ = load_sequence(ROOT / "sequences" / f"{sequence_name}.yaml", library)
    start = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
    began = time.perf_counter()
    count = 0
    for person in read_candidates(csv_path):
        assert isinstance(person, Candidate), person
        preview(sequence, person, start, library)
        count += 1
    return count, time.perf_counter() - began


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    library = TemplateLibrary(ROOT / "templates" / "messages")
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "candidates.csv"
        write_candidates(csv_path, rows)
        print("| sequence | candidates | seconds | timelines/s |")
        print("|---|---:|---:|---:|")
        for name in ("passive-candidate", "phone-and-text"):
            count, seconds = measure(name, csv_path, library)
            print(f"| {name} | {count:,} | {seconds:.2f} | {count / seconds:,.0f} |")


if __name__ == "__main__":
    main()
