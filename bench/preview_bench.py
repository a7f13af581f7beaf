"""Preview throughput: candidate timelines planned and rendered per second.

    .venv/bin/python bench/preview_bench.py [ROWS] [--profile]

Writes a CSV of ROWS synthetic candidates (default 10,000) spread over time zones, countries
and channels, then times the same path as `sequencer preview --candidates FILE`: read and
check each row, plan every step, render every message. Nothing is sent or written elsewhere.

Three ways: one candidate at a time, and `preview_many` in batches in this process and shared
out between worker processes (one per core; what `sequencer preview` uses). `preview_many` is
given the file's unchecked rows (`read_rows`), as by `sequencer preview`: its workers check them.

The templates see the shipped content files (`content/`), as `sequencer preview` gives them
(`SEQUENCER_CONTENT_DIR`); --no-content leaves them out, as this benchmark did before
2026-12-06.

--profile: instead, profile the one-by-one way of each sequence in this process (cProfile on
CPU time, after one unprofiled run to fill the caches) and print where the time goes.

--inline SEQUENCE: instead, do the work of the 2-process way all in this process (each batch of
rows pickled as to a worker, checked and previewed as there, its results pickled back and
matched), after a first batch to fill the caches, for counting instructions, which do not move
with the load. Instructions a timeline: the difference of two sizes, e.g.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        .venv/bin/python bench/preview_bench.py 1000 --inline phone-and-text   # and 200
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import pickle
import pstats
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sequencer.people.candidate import Candidate
from sequencer.people.candidates import FirstTimes, read_candidates, read_rows
from sequencer.reports import preview as previews
from sequencer.reports.preview import preview, preview_many
from sequencer.spec.content import Content
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence

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


START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
WAYS = ("one by one", "preview_many, 1 process", "preview_many, 2 processes")


def measure(
    sequence_name: str, csv_path: Path, library: TemplateLibrary, way: str = WAYS[0]
) -> tuple[int, float, float]:
    """(candidates, wall seconds, CPU seconds of this process and its workers)."""
    sequence, _ = load_sequence(ROOT / "sequences" / f"{sequence_name}.yaml", library)
    began, cpu = time.perf_counter(), _cpu_seconds()
    count = 0
    if way == WAYS[0]:
        for person in read_candidates(csv_path):
            assert isinstance(person, Candidate), person
            preview(sequence, person, START, library)
            count += 1
    else:
        processes = 1 if way == WAYS[1] else 2
        people = read_rows(csv_path)  # checked in the workers, as by `sequencer preview`
        for person, view in preview_many(sequence, people, START, library, None, processes):
            assert isinstance(view, dict), (person, view)
            count += 1
    return count, time.perf_counter() - began, _cpu_seconds() - cpu


def _cpu_seconds() -> float:
    # On a shared machine the wall clock depends on what else runs; CPU time much less.
    # Workers count once they have exited (preview_many waits for them).
    own, workers = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def profile(csv_path: Path, library: TemplateLibrary, name: str, top: int = 30) -> None:
    measure(name, csv_path, library)  # caches filled, as in a long preview
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    count, _, cpu = measure(name, csv_path, library)
    profiler.disable()
    print(f"== {name}, one by one: {count:,} timelines, {cpu:.2f} CPU seconds (profiled)")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def inline(name: str, csv_path: Path, library: TemplateLibrary) -> int:
    """The 2-process way's work in this process (`--inline`): how many timelines after the
    first batch."""
    sequence, _ = load_sequence(ROOT / "sequences" / f"{name}.yaml", library)
    previews._start_worker(sequence, START, library, None)  # as the pool starts a worker
    seen, count = FirstTimes(), 0
    for n, rows in enumerate(read_rows(csv_path).batches(previews.BATCH)):
        checked = previews._check_in_worker(pickle.loads(pickle.dumps(rows)))
        back = pickle.loads(pickle.dumps(checked))
        done = sum(1 for _ in previews._first_times(back, seen))
        count += done if n else 0
    return count


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("rows", nargs="?", type=int, default=10_000, help="default 10,000")
    parser.add_argument("--profile", action="store_true", help="profile instead of timing")
    parser.add_argument("--no-content", action="store_true", help="without the content files")
    parser.add_argument("--inline", metavar="SEQUENCE", help="the 2-process work, here")
    args = parser.parse_args()
    rows = args.rows
    content = None if args.no_content else Content(ROOT / "content")
    library = TemplateLibrary(ROOT / "templates" / "messages", content=content)
    print(f"load average before: {os.getloadavg()[0]:.2f}; content files: {content is not None}")
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "candidates.csv"
        if args.inline:  # one batch more, to fill the caches
            write_candidates(csv_path, rows + previews.BATCH)
            print(f"{inline(args.inline, csv_path, library):,} timelines, inline")
            return
        write_candidates(csv_path, rows)
        if args.profile:
            for name in ("passive-candidate", "phone-and-text"):
                profile(csv_path, library, name)
            return
        print("| sequence | way | candidates | seconds | timelines/s | CPU seconds |")
        print("|---|---|---:|---:|---:|---:|")
        for name in ("passive-candidate", "phone-and-text"):
            for way in WAYS:
                count, seconds, cpu = measure(name, csv_path, library, way)
                print(
                    f"| {name} | {way} | {count:,} | {seconds:.2f} | {count / seconds:,.0f} "
                    f"| {cpu:.2f} |"
                )


if __name__ == "__main__":
    main()
