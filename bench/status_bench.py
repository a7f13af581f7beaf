"""`sequencer status` with 10,000 and 100,000 enrollments: at most 1 s and 5 s (issue 17),
in a handful of statements however many are enrolled.

    .venv/bin/python bench/status_bench.py                          # SQLite, 10k and 100k
    .venv/bin/python bench/status_bench.py --database postgresql
    .venv/bin/python bench/status_bench.py --sizes 10000 --before HEAD~1   # beside the old code

The desk, as `web_pages_bench` builds it (whose module needs httpx, so not imported):
`pass_bench.load`'s people and enrollments (half active, half completed, their emails sent),
a delivered event for every email, opens for 30%, clicks for 5%, 2% replies, a LinkedIn task
for a quarter of the active (all done but 300), 5,000 opt-outs of other addresses and 1% of
the people's, a thing needing attention for 1%, a consent change for 10%; bulk-inserted.

Measured, best of `--repeats`, in this process: `status_json(engine)` written to /dev/null
(all `status --json` does once the database is open: the time a recruiter waits, less the
process start), `status(engine)` (the entries alone) followed by `json.dumps(..., indent=2)`
(how `status --json` wrote them before), `status_blocks(engine)` as plain `status` writes
it in a pipe (`show`, a block at a time), and `status(engine, key)` for one person; the
statements each sent (SQLAlchemy's `before_cursor_execute`). `--cli` also times the whole
`sequencer status --json` and plain `sequencer status` processes (the issue's target is for
both), median of `--repeats` after one unmeasured run (wall clock and the process's CPU),
their output to /dev/null, bytecode kept as an install keeps it.
`--before REV` runs the `reports/status.py` (and `status_rows.py`) of that git revision on the
same database too, and checks its JSON is byte-identical to today's. `--before-tree DIR`
(with `--cli`) times the whole commands of another checkout too (`git worktree add DIR REV`),
taking turns with this one run by run, and checks both write the same JSON (and says
whether they write the same text); `--also-tree DIR` (again for more) adds other checkouts
to the turns, each named by its folder:

    git worktree add /tmp/before 7872930
    .venv/bin/python bench/status_bench.py --cli --before-tree /tmp/before
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlalchemy as sa
from pass_bench import (
    NOW,
    PG_SERVER,
    ROOT,
    bench_sequence,
    bulk_insert,
    database,
    kinds_available,
    load,
)
from rich.console import Console

from sequencer.reports import status as status_now
from sequencer.reports.status import status_json
from sequencer.reports.terminal import Block, show
from sequencer.store.database import engine_for

TARGETS = {10_000: 1.0, 100_000: 5.0}  # seconds, issue 17
JSON_NOW = "status --json: status_json(), written"
JSON_CLI = "sequencer status --json, whole process (median)"
TEXT_NOW = "status (text): status_blocks(), written as a pipe gets it"
TEXT_CLI = "sequencer status (text, in a pipe), whole process (median)"


def seed(engine: sa.Engine, stored: int, seed_value: int = 12) -> int:
    """Around `load`'s enrollments, what a busy desk has; returns a person to look at."""
    rng = random.Random(seed_value)
    with engine.begin() as connection:
        sends = connection.exec_driver_sql(
            "SELECT s.id, e.candidate_id FROM send s JOIN enrollment e ON e.id = s.enrollment_id"
        ).all()
        bulk_insert(connection, "event", EVENT_COLUMNS, list(_events(sends, rng)))
        _tasks(connection, stored, rng)
        people = range(1, stored + 1)
        bulk_insert(connection, "suppression", ["address", "reason", "created_at"], [
            *((f"optout{n}@example.org", "unsubscribed", NOW) for n in range(5_000)),
            *((f"person{n}@example.com", "unsubscribed", NOW) for n in people if n % 100 == 7),
        ])  # fmt: skip
        bulk_insert(connection, "attention", ["candidate_id", "enrollment_id", "reason",
                    "created_at"], [(n, n, "The follow-up failed.", NOW)
                    for n in people if n % 100 == 3])  # fmt: skip
        bulk_insert(connection, "consentchange", ["candidate_id", "channel", "given", "source",
                    "at"], [(n, "sms", True, "CSV column sms_consent", NOW)
                    for n in people if n % 10 == 1])  # fmt: skip
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
    return stored // 2 + 1


EVENT_COLUMNS = ["key", "kind", "channel", "candidate_id", "send_id", "detail", "occurred_at",
                 "received_at"]  # fmt: skip


def _events(sends: list[Any], rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for send_id, candidate_id in sends:
        for kind, share in (("delivered", 1.0), ("opened", 0.3), ("clicked", 0.05)):
            if rng.random() < share:
                yield (f"sg:{kind}:{send_id}", kind, "email", candidate_id, send_id, None, NOW,
                       NOW)  # fmt: skip
        if rng.random() < 0.02:
            yield (f"mail:<reply{send_id}@mail.example>", "reply", "email", candidate_id,
                   send_id, "Thanks, not right now.", NOW, NOW)  # fmt: skip


def _tasks(connection: sa.Connection, stored: int, rng: random.Random) -> None:
    """LinkedIn tasks at the active people's second step, 300 of them open."""
    chosen = rng.sample(range(1, stored + 1, 2), min(5_300, stored // 4))
    columns = ["enrollment_id", "step_id", "channel", "to", "status", "attempts", "claimed_at"]
    bulk_insert(connection, "send", columns, [
        (n, "follow-up-1", "linkedin", f"https://www.linkedin.com/in/p{n}",
         "waiting" if i < 300 else "sent", 1, NOW) for i, n in enumerate(chosen)
    ])  # fmt: skip
    rows = connection.exec_driver_sql(
        "SELECT id, enrollment_id FROM send WHERE channel = 'linkedin'"
    ).all()
    bulk_insert(connection, "task", ["send_id", "kind", "to", "body", "status", "created_at"], [
        (send_id, "linkedin", f"https://www.linkedin.com/in/p{n}", f"Hi Person{n}",
         "open" if i < 300 else "done", NOW) for i, (send_id, n) in enumerate(rows)
    ])  # fmt: skip


def measure(engine: sa.Engine, ask: Callable[[], Any], repeats: int) -> tuple[float, float, int]:
    """The best wall-clock time of `repeats` calls, the best CPU time of this process (on a
    shared machine, what the wall clock would be alone; without a PostgreSQL server's own), and
    the statements one call sent."""
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(args[2])

    best = cpu = float("inf")
    for repeat in range(repeats):
        if repeat == 0:
            sa.event.listen(engine, "before_cursor_execute", count)
        started, started_cpu = time.perf_counter(), time.process_time()
        ask()
        best = min(best, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
        if repeat == 0:
            sa.event.remove(engine, "before_cursor_execute", count)
    return best, cpu, len(seen)


def old_status(revision: str) -> ModuleType:
    """`sequencer/reports/status.py` as it was at `revision`, importable beside today's, with
    the `status_rows.py` of then when there was one."""
    rows_then = _source_at(revision, "sequencer/reports/status_rows.py")
    if rows_then is None:
        return _module(_source_at(revision, "sequencer/reports/status.py") or "", "before")
    rows_now = sys.modules["sequencer.reports.status_rows"]
    sys.modules["sequencer.reports.status_rows"] = _module(rows_then, "status_rows_before")
    try:  # its `from sequencer.reports.status_rows import ...` takes the module of then
        return _module(_source_at(revision, "sequencer/reports/status.py") or "", "before")
    finally:
        sys.modules["sequencer.reports.status_rows"] = rows_now


def _source_at(revision: str, path: str) -> str | None:
    shown = subprocess.run(
        ["git", "show", f"{revision}:{path}"], cwd=ROOT, capture_output=True, text=True
    )  # fmt: skip
    return shown.stdout if shown.returncode == 0 else None


def _module(source: str, name: str) -> ModuleType:
    path = Path(tempfile.mkdtemp(prefix="status-before-")) / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # where its dataclasses look themselves up
    spec.loader.exec_module(module)
    return module


def written(pieces: Iterable[bytes | str]) -> None:
    """Pieces written out as the command writes them, to /dev/null."""
    with open(os.devnull, "wb") as sink:
        for piece in pieces:
            sink.write(piece if isinstance(piece, bytes) else piece.encode())


def in_a_pipe(blocks: Iterable[Block]) -> None:
    """Blocks written to /dev/null as `show` writes them in a pipe: a block at a time."""
    with open(os.devnull, "w", encoding="utf-8") as sink:
        show(blocks, Console(file=sink, highlight=False))


def whole_process(
    url: str, repeats: int, trees: dict[str, Path], *arguments: str
) -> dict[str, tuple[float, float]]:
    """For each tree (a checkout, run with PYTHONPATH set to it), the median wall-clock time
    of `sequencer status ARGUMENTS`, start to exit, and the median CPU time (user + system)
    of the process, its output to /dev/null, after one unmeasured run. The trees take turns
    run by run, so a burst of load on a shared machine hits them alike; their `--json` must
    be byte-identical. Run as an installed package runs: its bytecode compiled once and kept
    (in a folder of its own), not compiled again at every start as PYTHONDONTWRITEBYTECODE
    would have it (bench/cli_bench.py does the same)."""
    command = [sys.executable, "-m", "sequencer", "status", *arguments]
    times: dict[str, list[float]] = {name: [] for name in trees}
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    outputs = {}
    with tempfile.TemporaryDirectory(prefix="status-pycache-") as pycache:
        for repeat in range(repeats + 1):
            for name, tree in trees.items():
                env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
                env |= {"SEQUENCER_DATABASE_URL": url, "PYTHONPATH": str(tree),
                        "PYTHONPYCACHEPREFIX": f"{pycache}/{name}"}  # fmt: skip
                cpu_before, started = _children_cpu(), time.perf_counter()
                out = subprocess.PIPE if repeat == 0 else subprocess.DEVNULL
                done = subprocess.run(command, env=env, check=True, stdout=out, cwd=tree)
                if repeat:  # the first: the .pyc files written, the disk cache warm
                    times[name].append(time.perf_counter() - started)
                    cpu[name].append(_children_cpu() - cpu_before)
                else:
                    outputs[name] = hashlib.sha256(done.stdout).hexdigest()
    same = len(set(outputs.values())) == 1
    if "--json" in arguments:
        assert same, "the JSON differs between the trees"
    elif len(trees) > 1:
        print(f"  the text is {'the same' if same else 'NOT the same'} in every tree",
              file=sys.stderr)  # fmt: skip
    return {name: (statistics.median(times[name]), statistics.median(cpu[name])) for name in trees}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(
    kind: str,
    stored: int,
    repeats: int,
    before: ModuleType | None,
    cli: bool,
    before_tree: Path | None = None,
    also_trees: tuple[Path, ...] = (),
) -> list[dict[str, Any]]:
    with (
        tempfile.TemporaryDirectory(prefix="status-bench-") as folder,
        database(kind, Path(folder), PG_SERVER) as url,
    ):
        sequence, library, _ = bench_sequence(Path(folder))
        engine = engine_for(url)
        started = time.perf_counter()
        load(engine, sequence, library, stored=stored, due=min(1000, stored // 10))
        person = f"person{seed(engine, stored)}@example.com"
        print(f"{kind}: {stored:,} enrollments and the desk around them stored in "
              f"{time.perf_counter() - started:.0f} s", file=sys.stderr)  # fmt: skip
        now = status_now.status(engine)  # versions parsed once per process: not measured
        rows = []
        ways: dict[str, Callable[[], Any]] = {
            JSON_NOW: lambda: written(status_json(engine)),
            "status() + json.dumps (before)": lambda: json.dumps(
                status_now.status(engine), indent=2
            ),
            TEXT_NOW: lambda: in_a_pipe(status_now.status_blocks(engine)),
            "status EMAIL --json": lambda: status_now.status(engine, person),
        }
        assert b"".join(status_json(engine)) == json.dumps(now, indent=2).encode(), (
            "the JSON changed"
        )
        if before is not None:
            assert json.dumps(before.status(engine), indent=2) == json.dumps(now, indent=2), (
                "the JSON changed"
            )
            ways["before: status() + json.dumps"] = lambda: json.dumps(
                before.status(engine), indent=2
            )
        for name, ask in ways.items():
            times = 1 if name.startswith("before") else repeats
            seconds, cpu, statements = measure(engine, ask, times)
            rows.append({"what": name, "seconds": seconds, "cpu": cpu, "statements": statements})
            print(f"  {name}: {seconds:.3f} s ({cpu:.3f} s CPU), {statements} statements",
                  file=sys.stderr)  # fmt: skip
        engine.dispose()
        if cli:
            trees = {"": ROOT} | ({"before: ": before_tree} if before_tree else {})
            trees |= {f"{tree.name}: ": tree for tree in also_trees}
            for what, arguments in ((JSON_CLI, ["--json"]), (TEXT_CLI, [])):
                timed = whole_process(url, repeats, trees, *arguments)
                for name, (seconds, cpu) in timed.items():
                    rows.append({"what": name + what, "seconds": seconds, "cpu": cpu,
                                 "statements": None})  # fmt: skip
                    print(f"  {name}{what}: {seconds:.3f} s ({cpu:.3f} s CPU)", file=sys.stderr)
    return rows


def report(kind: str, stored: int, rows: list[dict[str, Any]]) -> None:
    target = TARGETS.get(stored)
    cli = any(row["what"] == JSON_CLI for row in rows)
    judged = (JSON_CLI, TEXT_CLI) if cli else (JSON_NOW, TEXT_NOW)
    load1, load5, load15 = os.getloadavg()
    print(f"\n{kind}, {stored:,} enrollments (load average {load1:.1f} {load5:.1f} {load15:.1f}"
          f" on {os.cpu_count()} cores); target for `status` and `status --json`: "
          f"{f'≤ {target:g} s' if target else 'none'}")  # fmt: skip
    print(f"| what | seconds | CPU seconds | statements |{' met? |' if target else ''}")
    print(f"|---|---:|---:|---:|{'---|' if target else ''}")
    for row in rows:
        met = ""
        if target and row["what"] in judged:
            met = " yes |" if row["seconds"] <= target else " **no** |"
        elif target:
            met = " |"
        cpu = "" if row["cpu"] is None else f"{row['cpu']:.3f}"
        statements = "" if row["statements"] is None else f"{row['statements']:,}"
        print(f"| {row['what']} | {row['seconds']:.3f} | {cpu} | {statements} |{met}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="enrollments, comma-separated")
    parser.add_argument("--database", default="sqlite", help="sqlite, postgresql or both")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--before", metavar="REV", help="also run status.py of this revision")
    parser.add_argument("--cli", action="store_true", help="also time the whole command")
    parser.add_argument(
        "--before-tree",
        type=Path,
        metavar="DIR",
        help="with --cli, also time the whole command of this checkout (a git worktree)",
    )
    parser.add_argument(
        "--also-tree",
        dest="also",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="with --cli, another checkout taking turns too (again for more)",
    )
    args = parser.parse_args(argv)
    kinds = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    before = old_status(args.before) if args.before else None
    for kind in kinds_available(kinds, PG_SERVER):
        for stored in (int(size) for size in args.sizes.split(",")):
            rows = run(
                kind, stored, args.repeats, before, args.cli, args.before_tree, tuple(args.also)
            )
            report(kind, stored, rows)


if __name__ == "__main__":
    main()
