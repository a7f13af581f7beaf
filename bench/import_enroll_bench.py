"""Import and enroll at size (issue #17): `sequencer import` of 100,000 rows ≤ 8 s, and
`sequencer enroll --all` of 10,000 people ≤ 10 s.

    .venv/bin/python bench/import_enroll_bench.py [--rows 100000] [--people 10000]
        [--database sqlite|postgresql|both] [--before /tmp/older-checkout] [--repeats 1]
        [--only import|enroll] [--profile import|enroll]

Times the library functions the CLI calls (`store.people.import_candidates`,
`engine.enroll.enroll`) on a fresh database each time (SQLite file, or a PostgreSQL schema of
its own on --database-url), in a process of its own per measurement, so the code measured is
the one on that process's PYTHONPATH: this checkout ("after") and, with --before, an older
checkout (e.g. `git worktree add /tmp/older HEAD`), alternately, in one run.

The import reads `preview_bench`'s synthetic rows plus a few bad ones (a bad email, a row
repeated) and an erased person, into an empty database, with SEQUENCER_SECRET_KEY set (as
the CLI passes it): the erasure list is checked. The enroll imports `--people` rows first
(untimed), then opts some out, blocks some (declined, hired), enrolls some in another
sequence and a few in this one, and times `enroll --all` into passive-candidate. Each
measurement prints its wall time, its CPU time (of all its processes, and of the main one
alone: the import checks rows in worker processes) and a digest of what it returned (every
enrolled key and first touch, every refusal and its reason; the import's counts, errors and
stored people, and where each of their consents came from): the same digest before and
after means the same results.

--profile: cProfile (CPU time) of one measurement of this checkout, top functions printed.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import hashlib
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SECRET = "bench-secret-key"
START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
SEQUENCE = "passive-candidate"
OTHER = "phone-and-text"
YEAR_LATER = datetime(2027, 11, 23, tzinfo=UTC)


def write_rows(path: Path, rows: int) -> None:
    """`preview_bench`'s rows, then a bad email, a repeated person and an erased one."""
    sys.path.insert(0, str(Path(__file__).parent))
    from preview_bench import write_candidates

    write_candidates(path, rows)
    with path.open("a", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        for email, name in (("not-an-email", "Bad"), ("person1@example.com", "Again")):
            out.writerow([email, "", name, "Europe/London", "GB", "", "no", "no", "x", ""])
        out.writerow(["erased@example.com", "", "Gone", "Europe/London", "GB", "", "", "", "", ""])


# --- one measurement, in a process of its own ----------------------------------------------


def measure_import(url: str, csv_path: Path) -> dict[str, Any]:
    from sequencer.store.database import engine_for
    from sequencer.store.people import import_candidates

    engine = engine_for(url)
    _erase(engine, "erased@example.com")
    began, cpu, main = time.perf_counter(), _cpu(), _cpu(workers=False)
    report = import_candidates(engine, csv_path, START, secret=SECRET)
    seconds, cpu, main = time.perf_counter() - began, _cpu() - cpu, _cpu(workers=False) - main
    errors = [str(error) for error in report.errors]
    stored = _stored_people(engine), _consent_changes(engine)
    engine.dispose()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "main": main,
        "count": report.rows,
        "summary": f"{report.inserted:,} new, {report.updated:,} updated, {len(errors)} rejected",
        "digest": _digest([report.inserted, report.updated, errors, report.keys, stored]),
    }


def measure_enroll(url: str, csv_path: Path) -> dict[str, Any]:
    from sequencer.engine.enroll import enroll
    from sequencer.spec.templates import TemplateLibrary
    from sequencer.spec.validate import load_sequence
    from sequencer.store.database import engine_for
    from sequencer.store.people import import_candidates

    engine = engine_for(url)
    import_candidates(engine, csv_path, START, secret=SECRET)
    library = TemplateLibrary(ROOT / "templates" / "messages")
    sequence, _ = load_sequence(ROOT / "sequences" / f"{SEQUENCE}.yaml", library)
    other, _ = load_sequence(ROOT / "sequences" / f"{OTHER}.yaml", library)
    _refusals_to_come(engine, sequence, other, library)
    began, cpu = time.perf_counter(), _cpu()
    report = enroll(engine, sequence, library, None, START, secret=SECRET)
    seconds, cpu = time.perf_counter() - began, _cpu() - cpu
    main = cpu  # no workers
    engine.dispose()
    refused = len(report.refused)
    return {
        "seconds": seconds,
        "cpu": cpu,
        "main": main,
        "count": len(report.enrolled) + refused,
        "summary": f"{len(report.enrolled):,} enrolled, {refused:,} refused",
        "digest": _digest([report.enrolled, report.refused]),
    }


def _refusals_to_come(engine: Any, sequence: Any, other: Any, library: Any) -> None:
    """Every 50th person opted out, every 70th declined, every 90th hired; every 40th active in
    another sequence, every 110th already in this one."""
    from sqlmodel import Session, col, select

    from sequencer.engine.enroll import enroll
    from sequencer.store.blocks import block
    from sequencer.store.models import CandidateRecord
    from sequencer.store.suppression import suppress

    with Session(engine) as session, session.begin():
        people = list(session.exec(select(CandidateRecord).order_by(col(CandidateRecord.id))))
        for n, person in enumerate(people):
            assert person.id is not None
            if n % 50 == 7:
                suppress(session, person.key, "opted out", START)
            if n % 70 == 3:
                block(session, person.id, "declined", "reply", START, YEAR_LATER)
            if n % 90 == 5:
                block(session, person.id, "hired", "recruiter", START, None)
        keys = [person.key for person in people]
    enroll(engine, other, library, keys[1::40], START)
    enroll(engine, sequence, library, keys[9::110], START)


def _erase(engine: Any, address: str) -> None:
    from sqlmodel import Session

    from sequencer.store.erasure import digest
    from sequencer.store.models import Erasure

    with Session(engine) as session, session.begin():
        entry = Erasure(digest=digest(address, SECRET), erased_on=START.date(), reason="erased")
        session.add(entry)


def _stored_people(engine: Any) -> list[Any]:
    import sqlalchemy as sa

    from sequencer.store.models import CandidateRecord

    table = CandidateRecord.__table__  # type: ignore[attr-defined]
    columns = [c for c in table.columns if c.name not in ("id", "created_at", "updated_at")]
    with engine.connect() as connection:
        rows = connection.execute(sa.select(*columns).order_by(table.c.key))
        return [[str(value) for value in row] for row in rows]


def _consent_changes(engine: Any) -> list[Any]:
    """Where each consent the file gave came from, by person: the import writes these too."""
    import sqlalchemy as sa

    from sequencer.store.models import CandidateRecord, ConsentChange

    people = CandidateRecord.__table__  # type: ignore[attr-defined]
    changes = ConsentChange.__table__  # type: ignore[attr-defined]
    query = (
        sa.select(people.c.key, changes.c.channel, changes.c.given, changes.c.source)
        .join(people, people.c.id == changes.c.candidate_id)
        .order_by(people.c.key, changes.c.channel, changes.c.id)
    )
    with engine.connect() as connection:
        return [[str(value) for value in row] for row in connection.execute(query)]


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, default=str).encode()).hexdigest()[:12]


def _cpu(workers: bool = True) -> float:
    """This process's CPU seconds, and its workers' once they have exited (the import's row
    checkers). On a machine with a core free for each process, the wall time is about the
    larger of this process's own CPU time and the total over the cores."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    total = own.ru_utime + own.ru_stime
    if workers:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        total += children.ru_utime + children.ru_stime
    return total


# --- the run: fresh databases, both checkouts, one table ----------------------------------


@contextmanager
def fresh_database(kind: str, directory: Path, server: str) -> Iterator[str]:
    """A SQLite file in `directory`, or a PostgreSQL schema of its own (dropped after)."""
    import sqlalchemy as sa

    if kind == "sqlite":
        yield f"sqlite:///{directory / f'bench-{uuid.uuid4().hex[:8]}.db'}"
        return
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield f"{server}{'&' if '?' in server else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def run_one(what: str, url: str, csv_path: Path, checkout: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--worker", what, "--url", url, "--csv", str(csv_path)]
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{what} with {checkout} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def profile(what: str, csv_path: Path, directory: Path, server: str, kind: str) -> None:
    with fresh_database(kind, directory, server) as url:
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        result = MEASURES[what](url, csv_path)
        profiler.disable()
    print(f"== {what} ({kind}): {result['summary']}, {result['cpu']:.2f} CPU s (profiled)")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)


MEASURES = {"import": measure_import, "enroll": measure_enroll}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000, help="rows imported (100,000)")
    parser.add_argument("--people", type=int, default=10_000, help="people enrolled (10,000)")
    parser.add_argument("--database", default="sqlite", help="sqlite, postgresql or both")
    parser.add_argument("--database-url", default=PG_SERVER)
    parser.add_argument("--before", type=Path, help="an older checkout, measured alternately")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--only", choices=sorted(MEASURES), help="time only this")
    parser.add_argument("--profile", choices=sorted(MEASURES))
    parser.add_argument("--worker", choices=sorted(MEASURES), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--csv", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(MEASURES[args.worker](args.url, args.csv)))
        return
    kinds = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        files = {"import": directory / "import.csv", "enroll": directory / "enroll.csv"}
        write_rows(files["import"], args.rows)
        write_rows(files["enroll"], args.people)
        if args.profile:
            size = args.rows if args.profile == "import" else args.people
            print(f"load average: {_load()}; {size:,} rows")
            profile(args.profile, files[args.profile], directory, args.database_url, kinds[0])
            return
        checkouts = [("before", args.before)] if args.before else []
        checkouts.append(("after", ROOT))
        print(f"load average before: {_load()}")
        print(
            "| what | database | code | rows | seconds | per row | CPU s (all) | CPU s (main) "
            "| result | digest |"
        )
        print("|---|---|---|---:|---:|---:|---:|---:|---|---|")
        for _ in range(args.repeats):
            for what in [args.only] if args.only else ("import", "enroll"):
                for kind in kinds:
                    for name, checkout in checkouts:
                        with fresh_database(kind, directory, args.database_url) as url:
                            r = run_one(what, url, files[what], checkout)
                        print(
                            f"| {what} | {kind} | {name} | {r['count']:,} | {r['seconds']:.2f} "
                            f"| {1000 * r['seconds'] / r['count']:.3f} ms | {r['cpu']:.2f} "
                            f"| {r['main']:.2f} | {r['summary']} | {r['digest']} |",
                            flush=True,
                        )
        print(f"load average after: {_load()}")


def _load() -> str:
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
