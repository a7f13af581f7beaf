"""Every benchmark of bench/README.md, one after another, at the sizes the tables report.

    make bench                                   # or: .venv/bin/python bench/run_all.py
    .venv/bin/python bench/run_all.py --quick    # small sizes: a check that all still run
    .venv/bin/python bench/run_all.py --only dispatch,webhook

Each benchmark runs in a process of its own (none shares a warm cache or a database with the
one before), its output is printed and kept in bench/results/<date>-<name>.txt. Run it on a
machine with nothing else busy: the ratios within one benchmark hold on a noisy machine, the
absolute numbers do not. PostgreSQL runs are skipped, with a note, when no server answers on
127.0.0.1:5432 (the benchmarks start it with pg_ctlcluster when they can).

The full run takes about an hour on the project's 2-core machine (most of it loading a million
enrollments twice, and the 100,000-message memory run).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (arguments for the full run, arguments for --quick)
BENCHMARKS: dict[str, tuple[list[str], list[str]]] = {
    "dispatch": (
        ["dispatch_bench.py", "--messages", "2000"],
        ["dispatch_bench.py", "--messages", "200", "--repeats", "1"],
    ),
    "dispatch-postgresql": (
        ["dispatch_bench.py", "--messages", "2000", "--database", "postgresql"],
        ["dispatch_bench.py", "--messages", "200", "--repeats", "1", "--database", "postgresql"],
    ),
    "pass": (
        ["pass_bench.py", "--full"],
        ["pass_bench.py", "--sizes", "2000,5000", "--due", "200", "--repeats", "1"],
    ),
    "preview": (["preview_bench.py", "10000"], ["preview_bench.py", "1000"]),
    "webhook": (
        ["webhook_bench.py", "--events", "50000", "--texts", "5000"],
        ["webhook_bench.py", "--events", "2000", "--texts", "200"],
    ),
    "memory": (
        ["memory_bench.py", "--messages", "100000"],
        ["memory_bench.py", "--messages", "4000"],
    ),
    "web-pages": (
        ["web_pages_bench.py", "--stored", "100000"],
        ["web_pages_bench.py", "--stored", "5000", "--requests", "5"],
    ),
    "transport": (
        ["transport_bench.py"],
        ["transport_bench.py", "--sends", "200", "--rounds", "1"],
    ),
    "cli": (["cli_bench.py"], ["cli_bench.py", "--runs", "3"]),
    "start": (["start_bench.py"], ["start_bench.py", "--runs", "1"]),
    "import-enroll": (
        ["import_enroll_bench.py", "--database", "both"],
        ["import_enroll_bench.py", "--rows", "5000", "--people", "1000"],
    ),
    "crash": (
        ["crash_test.py", "--seed", "1", "--people", "500", "--kills", "10"],
        ["crash_test.py", "--seed", "1", "--people", "60", "--kills", "3"],
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes")
    parser.add_argument("--only", help=f"comma-separated, of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--results", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"no benchmark named {', '.join(unknown)}; there are {', '.join(BENCHMARKS)}")
    args.results.mkdir(parents=True, exist_ok=True)
    stamp = f"{datetime.now(UTC):%Y-%m-%d}{'-quick' if args.quick else ''}"
    failed = [name for name in names if not _run(name, args.quick, args.results / stamp)]
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


def _run(name: str, quick: bool, prefix: Path) -> bool:
    script, *arguments = BENCHMARKS[name][1 if quick else 0]
    shown = f"python bench/{script} {' '.join(arguments)}"
    print(f"== {name}: {shown}", flush=True)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(HERE / script), *arguments], capture_output=True, text=True
    )
    output = done.stdout + (f"\n{done.stderr}" if done.returncode else "")
    print(output, flush=True)
    footer = f"({name}: exit {done.returncode} after {time.monotonic() - started:.0f} s)"
    print(footer, flush=True)
    Path(f"{prefix}-{name}.txt").write_text(f"$ {shown}\n{output}\n{footer}\n")
    return done.returncode == 0


if __name__ == "__main__":
    sys.exit(main())
