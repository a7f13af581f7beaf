"""The daemon's resident memory over a long run: does it stay flat?

    .venv/bin/python bench/memory_bench.py                      # 20,000 messages (~5 min)
    .venv/bin/python bench/memory_bench.py --messages 100000    # the issue's size
    .venv/bin/python bench/memory_bench.py --samples rss.csv    # every sample, for a plot

One process is the daemon: a `sequencer.daemon.runner.Daemon` (its scheduler not started) whose
`dispatch_pass` is called over and over with a simulated clock that moves --every minutes a
pass, or to the next due touch if that comes sooner (at least a minute), as its scheduler
would call it: `run_pass`, health, metrics, `next_due`. People (a
quarter of --messages, bulk-loaded like the pass benchmark's fixture) run the four-email
bench sequence over the following weeks, so each gets four messages; their first emails
are all due at the start (a backlog worked off 500 a pass), the later ones spread over
weeks of business days. The messages go to a null sender (run_pass's providers replaced),
so the run measures our memory, not a provider client's.

RSS (VmRSS from /proc/self/status) is sampled after every pass. Reported: after the first
pass, after warm-up (the pass where 10% of the messages had gone), the peak and the last,
and whether everything after warm-up stays within ±10% of the warm-up value.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pass_bench import (
    NOW,
    PG_SERVER,
    bench_sequence,
    database,
    kinds_available,
    load,
    use_null_sender,
)

from sequencer.daemon.runner import Daemon
from sequencer.store.database import engine_for
from sequencer.store.queue import next_due

FORK = multiprocessing.get_context("fork")


def build(url: str, tmp: Path, people: int) -> None:
    sequence, library, _ = bench_sequence(tmp)
    engine = engine_for(url)
    load(engine, sequence, library, people, people)
    engine.dispose()


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--every", type=int, default=30, help="simulated minutes per pass")
    parser.add_argument("--database", default="sqlite", choices=["sqlite", "postgresql"])
    parser.add_argument("--database-url", default=PG_SERVER, help="the PostgreSQL server")
    parser.add_argument("--samples", type=Path, help="write (pass, sent, rss_kib) to this CSV")
    args = parser.parse_args(argv)
    if not kinds_available([args.database], args.database_url):
        sys.exit(f"no PostgreSQL at {args.database_url}")
    people = args.messages // 4
    samples: list[tuple[int, int, int, str]] = []  # pass, sent so far, RSS KiB, simulated time
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        _, _, settings = bench_sequence(tmp)
        with database(args.database, tmp, args.database_url) as url:
            # The fixture is built in a child process, so the daemon's RSS is its own.
            loader = FORK.Process(target=build, args=(url, tmp, people))
            loader.start()
            loader.join()
            assert loader.exitcode == 0, "building the fixture failed"
            engine = engine_for(url)
            settings = settings.model_copy(update={"database_url": url})
            null = use_null_sender()
            clock = [NOW]
            daemon = Daemon(engine, settings, 30, clock=lambda: clock[0])
            print(
                f"{datetime.now(UTC):%Y-%m-%d}: {args.database}, {people:,} people × 4 emails,"
                f" a pass every {args.every} simulated minutes; RSS before the first pass"
                f" {rss_kib() / 1024:.1f} MiB",
                flush=True,
            )
            began = time.monotonic()
            while null.sent < args.messages and next_due(engine) is not None:
                daemon.dispatch_pass()
                samples.append(
                    (len(samples) + 1, null.sent, rss_kib(), f"{clock[0]:%Y-%m-%d %H:%M}")
                )
                # Like the daemon: the next pass at the interval, or earlier when a touch
                # is due before then (Daemon._wake_for); at least a minute on.
                due = next_due(engine)
                step = timedelta(minutes=args.every)
                if due is not None:
                    step = max(timedelta(minutes=1), min(step, due - clock[0]))
                clock[0] += step
                if len(samples) % 200 == 0:
                    print(
                        f"  pass {len(samples):,} ({clock[0]:%a %d %b %H:%M}): {null.sent:,} sent,"
                        f" RSS {samples[-1][2] / 1024:.1f} MiB",
                        file=sys.stderr,
                        flush=True,
                    )
            seconds = time.monotonic() - began
            engine.dispose()
    if args.samples:
        with args.samples.open("w", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(["pass", "sent", "rss_kib", "simulated_time"])
            out.writerows(samples)
    report(samples, args.messages, seconds, args.database)


def report(
    samples: list[tuple[int, int, int, str]], messages: int, seconds: float, kind: str
) -> None:
    sent = samples[-1][1]
    warm = next(s for s in samples if s[1] >= sent // 10)
    after = [s[2] for s in samples if s[0] >= warm[0]]
    peak = max(samples, key=lambda s: s[2])
    low, high = min(after), max(after)
    flat = high <= warm[2] * 1.1 and low >= warm[2] * 0.9
    mib = 1024
    print()
    print(
        "| database | messages | passes | run seconds | RSS first pass | after warm-up"
        " (pass) | peak (pass) | last | after warm-up: min–max | flat ±10% |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    print(
        f"| {kind} | {sent:,} | {len(samples):,} | {seconds:.0f} | {samples[0][2] / mib:.1f} MiB |"
        f" {warm[2] / mib:.1f} MiB ({warm[0]:,}) | {peak[2] / mib:.1f} MiB ({peak[0]:,}) |"
        f" {samples[-1][2] / mib:.1f} MiB | {low / mib:.1f}–{high / mib:.1f} MiB"
        f" ({(high - warm[2]) / warm[2]:+.1%}) | {'yes' if flat else 'no'} |"
    )


if __name__ == "__main__":
    main()
