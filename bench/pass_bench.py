"""The cost of a dispatch pass: 1,000 sends due while 10,000 / 100,000 / 1,000,000
enrollments are stored (the rest not due). The cost should grow with what is due, not with
what is stored.

    .venv/bin/python bench/pass_bench.py                      # 10k and 100k, SQLite + PostgreSQL
    .venv/bin/python bench/pass_bench.py --full               # ... and 1,000,000
    .venv/bin/python bench/pass_bench.py --databases sqlite --sizes 10000,1000000 --profile

Stored rows are bulk-inserted with SQL (executemany on SQLite, COPY on PostgreSQL): a
benchmark fixture, not `enroll`. Of the stored enrollments, 1,000 are due now (their first
email; times planned by the real planner), half of the rest are active with their next touch
up to 30 days ahead (one email sent), half completed (four emails sent). The 1,000 due
sends go to a null sender (returns a receipt at once) so the provider's time doesn't
dominate; everything else is `sequencer.daemon.passes.run_pass` as the daemon runs it, followed by
`next_due` (what the daemon asks after each pass to know when to wake). `run_pass` takes at
most 500 due enrollments a pass, so 1,000 due sends take two passes: the table reports both
together, the idle pass (nothing due) alone, and the best of --repeats runs.

SQLite: a file in a temp dir. PostgreSQL: a schema of its own on --database-url (created
and dropped here; the server is started with pg_ctlcluster if it is down), then VACUUM
ANALYZE, as autovacuum would after a bulk load.

This module also holds the fixture the other benchmarks share (the sequence, the bulk
loader, the null sender, the databases).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

import sequencer.daemon.passes
from sequencer.channels import Call, Email, Receipt, Text
from sequencer.config import Settings, load_settings
from sequencer.daemon.passes import run_pass
from sequencer.engine.plan import plan_step
from sequencer.people.candidate import Candidate
from sequencer.spec.sequence import Sequence as SequenceModel
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import Enrollment
from sequencer.store.queue import next_due
from sequencer.store.versions import remember

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "messages"
PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"

# Tuesday 24 November 2026, 17:00 UTC: 12:00 in New York, 09:00 in Los Angeles.
NOW = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
STARTED = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)  # Monday, before any window opens
ZONES = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
ENV = {  # footers with a signed unsubscribe link, per-message reply addresses
    "SEQUENCER_PUBLIC_URL": "https://sequencer.northwind.example",
    "SEQUENCER_SECRET_KEY": "bench-secret-key-0123456789abcdef",
    "SEQUENCER_REPLY_DOMAIN": "replies.northwind.example",
    # Pacing (500 a day, one every 20 s) would measure the pace, not the dispatcher: off.
    # Its bookkeeping still runs (each claim reserves the sender's slot).
    "SEQUENCER_EMAIL_DAILY_CAP": "off",
    "SEQUENCER_EMAIL_SPACING_SECONDS": "off",
}

# The shipped passive-candidate, all four touches email, the window wide enough for the
# US time zones at NOW; the shipped templates.
SEQUENCE = """
name: bench-outreach
timezone: America/New_York
holidays: [US]
send_window: ["Mon-Fri 08:00-18:00"]
max_touches: 4
candidate_fields: [recent_project, recent_post]
role:
  title: Staff Platform Engineer
  company: Northwind Labs
  team: Developer Platform
  location: remote across US time zones, or hybrid in San Francisco
  salary_range: "$215,000-$250,000 base plus equity"
  hiring_manager: Marcus Bell, Director of Platform Engineering
  mission: owning the deploy and observability platform that 300 engineers ship on
  new_detail: the team keeps a protected 20% of every quarter for platform debt
  recent_news: we've just open-sourced our progressive-delivery controller
  decision_deadline: 2027-03-26
sender:
  name: Dana Whitfield
  title: Senior Technical Recruiter
  email: dana@northwind.example
  phone_display: "+1 415 555 0134"
  company: Northwind Labs
  postal_address: Northwind Labs, 500 Howard Street, Suite 400, San Francisco, CA 94105, USA
steps:
  - {id: initial, channel: email, template: passive-candidate/initial}
  - id: follow-up-1
    wait: 3-5 business days
    channel: email
    thread: initial
    template: passive-candidate/follow-up-1
  - {id: follow-up-2, wait: 7-10 days, channel: email, template: passive-candidate/follow-up-2}
  - id: final-notice
    wait: 1-2 weeks
    channel: email
    template: passive-candidate/final-notice
    deadline: {from: role.decision_deadline, lead: 3 business days, min_gap: 2 business days}
outcomes:
  no_answer: stop
  interested: stop
  accepted_elsewhere: stop
"""
STEPS = ("initial", "follow-up-1", "follow-up-2", "final-notice")


# --- the shared fixture -------------------------------------------------------------------------


def bench_sequence(directory: Path) -> tuple[SequenceModel, TemplateLibrary, Settings]:
    """The bench sequence written to `directory`/sequences, and settings for run_pass."""
    (directory / "sequences").mkdir(parents=True, exist_ok=True)
    path = directory / "sequences" / "bench-outreach.yaml"
    path.write_text(textwrap.dedent(SEQUENCE).lstrip(), encoding="utf-8")
    library = TemplateLibrary(TEMPLATES)
    sequence, _ = load_sequence(path, library)  # raises on any error
    return sequence, library, bench_settings(directory, ENV)


def bench_settings(directory: Path, env: dict[str, str]) -> Settings:
    """What `load_settings` makes of `env` for the bench's folders (the database: later)."""
    folders = {
        "SEQUENCER_SEQUENCES_DIR": str(directory / "sequences"),
        "SEQUENCER_TEMPLATES_DIR": str(TEMPLATES),
        "SEQUENCER_OUTBOX_DIR": str(directory / "outbox"),
    }
    return load_settings(folders | env, env_file=None)


def person(n: int) -> Candidate:
    return Candidate(
        email=f"person{n}@example.com",
        first_name=f"Person{n}",
        timezone=ZONES[n % len(ZONES)],
        country="US",
        extra={"recent_project": f"your write-up on sharding queue {n}"},
    )


@dataclass(frozen=True)
class Loaded:
    due: dict[int, datetime]  # enrollment id → its next_due_at (for reset)
    stored: int


def load(
    engine: sa.Engine,
    sequence: SequenceModel,
    library: TemplateLibrary,
    stored: int,
    due: int,
    now: datetime = NOW,
    seed: int = 5,
    sends_for_others: bool = True,
) -> Loaded:
    """`stored` people and enrollments, `due` of them due at `now` (spread evenly through
    the ids), the others half active (next touch up to 30 days ahead), half completed."""
    with sa.orm.Session(engine) as session, session.begin():
        version = remember(session, sequence, library, now)  # type: ignore[arg-type]
    rng = random.Random(seed)
    every = max(1, stored // max(1, due))
    due_ids: dict[int, datetime] = {}
    people: list[tuple[Any, ...]] = []
    enrollments: list[tuple[Any, ...]] = []
    sends: list[tuple[Any, ...]] = []
    for n in range(1, stored + 1):
        who = person(n)
        people.append(
            (n, who.key, who.email, who.first_name, who.timezone, who.country,
             json.dumps(dict(who.extra)), now, False, False)
        )  # fmt: skip
        if n % every == 0 and len(due_ids) < due:
            touch = plan_step(sequence, who, sequence.steps[0], STARTED, None, 0)
            assert touch.send_at is not None and touch.send_at <= now, touch
            due_ids[n] = touch.send_at
            enrollments.append(_enrollment(n, version, "active", 0, touch.send_at, None))
        elif n % 2:
            last = now - timedelta(minutes=rng.randrange(60, 60 * 24 * 20))
            ahead = now + timedelta(minutes=rng.randrange(10, 60 * 24 * 30))
            enrollments.append(_enrollment(n, version, "active", 1, ahead, last))
            if sends_for_others:
                sends.append(_send(n, "initial", who.email, last))
        else:
            last = now - timedelta(minutes=rng.randrange(60, 60 * 24 * 60))
            enrollments.append(_enrollment(n, version, "completed", 4, None, last))
            if sends_for_others:
                sends.extend(_send(n, step, who.email, last) for step in STEPS)
        if len(people) >= 20_000:
            _flush(engine, people, enrollments, sends)
    _flush(engine, people, enrollments, sends)
    _after_load(engine)
    assert len(due_ids) == due, (len(due_ids), due)
    return Loaded(due_ids, stored)


def _enrollment(
    n: int, version: str, status: str, step: int, due: datetime | None, last: datetime | None
) -> tuple[Any, ...]:
    reason = "every step was sent or skipped" if status == "completed" else None
    return (n, n, "bench-outreach", version, status, reason, STARTED, step, due, last, step)


def _send(n: int, step: str, to: str | None, at: datetime) -> tuple[Any, ...]:
    provider_id = f"sg{n:09d}{step[:2]}"
    message_id = f"<{n}.{step}@northwind.example>"
    return (n, step, "email", to, "sent", "sendgrid", provider_id, message_id, "Hello", 1, at, at)


CANDIDATE_COLUMNS = [
    "id",
    "key",
    "email",
    "first_name",
    "timezone",
    "country",
    "extra",
    "updated_at",
    "sms_consent",
    "call_consent",
]
ENROLLMENT_COLUMNS = [
    "id",
    "candidate_id",
    "sequence_name",
    "sequence_version",
    "status",
    "status_reason",
    "started_at",
    "next_step",
    "next_due_at",
    "last_touch_at",
    "touches_sent",
]
SEND_COLUMNS = [
    "enrollment_id",
    "step_id",
    "channel",
    "to",
    "status",
    "provider",
    "provider_id",
    "message_id",
    "subject",
    "attempts",
    "claimed_at",
    "sent_at",
]


def _flush(engine: sa.Engine, *batches: list[tuple[Any, ...]]) -> None:
    people, enrollments, sends = batches
    with engine.begin() as connection:
        bulk_insert(connection, "candidate", CANDIDATE_COLUMNS, people)
        bulk_insert(connection, "enrollment", ENROLLMENT_COLUMNS, enrollments)
        bulk_insert(connection, "send", SEND_COLUMNS, sends)
    for batch in batches:
        batch.clear()


def bulk_insert(
    connection: sa.Connection, table: str, columns: list[str], rows: list[tuple[Any, ...]]
) -> None:
    """executemany on SQLite (times as SQLAlchemy stores them there), COPY on PostgreSQL."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    if connection.dialect.name == "postgresql":
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', [_sqlite(row) for row in rows]
    )


def _sqlite(row: tuple[Any, ...]) -> tuple[Any, ...]:
    # UTCDateTime + SQLite's DATETIME: naive UTC text with microseconds.
    return tuple(
        v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, datetime) else v
        for v in row
    )


def _after_load(engine: sa.Engine) -> None:
    if engine.dialect.name != "postgresql":
        return  # the application never runs ANALYZE on SQLite; neither do we
    with engine.connect() as connection:
        for table in ("candidate", "enrollment"):  # explicit ids: move the sequences on
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" (SELECT max(id) FROM {table}))"
            )
        connection.commit()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")


def reset(engine: sa.Engine, due: dict[int, datetime]) -> None:
    """Put the due enrollments back as they were before a pass sent them."""
    table = Enrollment.__table__  # type: ignore[attr-defined]
    ids = list(due)
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM senderpace")
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            connection.exec_driver_sql(
                f"DELETE FROM send WHERE enrollment_id IN ({','.join(map(str, chunk))})"
            )
        connection.execute(
            sa.update(table)
            .where(table.c.id == sa.bindparam("eid"))
            .values(
                status="active", status_reason=None, next_step=0,
                next_due_at=sa.bindparam("due"), last_touch_at=None, touches_sent=0,
                lease_owner=None, lease_until=None, follow_on=None, follow_on_at=None,
                slot_at=None,
            ),
            [{"eid": i, "due": when} for i, when in due.items()],
        )  # fmt: skip


class NullSender:
    """Every channel, answering at once: what is measured is ours, not a provider's."""

    def __init__(self) -> None:
        self.sent = 0

    def send_email(self, email: Email) -> Receipt:
        self.sent += 1
        return Receipt("null", email.reference)

    def send_text(self, text: Text) -> Receipt:
        self.sent += 1
        return Receipt("null", text.reference)

    def place_call(self, call: Call) -> Receipt:
        self.sent += 1
        return Receipt("null", call.reference)


def use_null_sender() -> NullSender:
    """run_pass picks its senders from the settings; here they are all the null sender."""
    null = NullSender()
    sequencer.daemon.passes.providers = lambda settings, now: (null, null, null)  # type: ignore[assignment]
    return null


def postgres_up(url: str) -> bool:
    try:
        with sa.create_engine(url).connect():
            return True
    except sa.exc.OperationalError:
        return False


def ensure_postgres(url: str) -> bool:
    if postgres_up(url):
        return True
    for version in sorted(Path("/etc/postgresql").glob("*")):
        command = ["pg_ctlcluster", "--skip-systemctl-redirect", version.name, "main", "start"]
        subprocess.run(command, check=False, capture_output=True)
    return postgres_up(url)


@contextmanager
def database(kind: str, directory: Path, server: str = PG_SERVER) -> Iterator[str]:
    """A fresh database URL: a SQLite file in `directory`, or a schema of its own."""
    if kind == "sqlite":
        path = directory / f"bench-{uuid.uuid4().hex[:8]}.db"
        yield f"sqlite:///{path}"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in server else "?"
    try:
        yield f"{server}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def kinds_available(requested: Iterable[str], server: str) -> list[str]:
    kinds = []
    for kind in requested:
        if kind == "postgresql" and not ensure_postgres(server):
            print(f"skipping PostgreSQL: no server at {server}", file=sys.stderr)
            continue
        kinds.append(kind)
    return kinds


def top_functions(profile: cProfile.Profile, limit: int = 25) -> str:
    import io

    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


# --- the pass benchmark ---------------------------------------------------------------------


@dataclass
class PassResult:
    kind: str
    stored: int
    load_seconds: float
    passes: int
    busy: list[float]  # seconds for the passes that send the 1,000, per repeat
    idle: list[float]  # seconds for one pass with nothing due, per repeat
    sent: int


def measure_passes(
    engine: sa.Engine, settings: Settings, loaded: Loaded, repeats: int, profile: bool
) -> tuple[int, list[float], list[float], cProfile.Profile | None]:
    null = use_null_sender()
    busy, idle, passes = [], [], 0
    profiler = cProfile.Profile() if profile else None
    for _ in range(repeats):
        reset(engine, loaded.due)
        null.sent = passes = 0
        if profiler:
            profiler.enable()
        began = time.perf_counter()
        while null.sent < len(loaded.due):
            before = null.sent
            run_pass(engine, settings, NOW, worker="bench")
            next_due(engine)
            passes += 1
            assert null.sent > before, "a pass sent nothing while sends were due"
        busy.append(time.perf_counter() - began)
        if profiler:
            profiler.disable()
        began = time.perf_counter()
        run_pass(engine, settings, NOW, worker="bench")
        next_due(engine)
        idle.append(time.perf_counter() - began)
    return passes, busy, idle, profiler


def run_one(
    kind: str, stored: int, due: int, repeats: int, server: str, tmp: Path, profile: bool
) -> PassResult:
    sequence, library, settings = bench_sequence(tmp)
    with database(kind, tmp, server) as url:
        engine = engine_for(url)
        began = time.perf_counter()
        loaded = load(engine, sequence, library, stored, due)
        load_seconds = time.perf_counter() - began
        settings = settings.model_copy(update={"database_url": url})
        passes, busy, idle, profiler = measure_passes(engine, settings, loaded, repeats, profile)
        engine.dispose()
    if profiler:
        print(f"\n--- profile: {kind}, {stored:,} stored, {due:,} due ---")
        print(top_functions(profiler, 30))
    return PassResult(kind, stored, load_seconds, passes, busy, idle, due)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="10000,100000", help="stored enrollments, comma-separated"
    )
    parser.add_argument("--full", action="store_true", help="sizes 10,000, 100,000 and 1,000,000")
    parser.add_argument("--due", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--database-url", default=PG_SERVER, help="the PostgreSQL server")
    parser.add_argument("--profile", action="store_true", help="cProfile the busy passes")
    args = parser.parse_args(argv)
    sizes = [10_000, 100_000, 1_000_000] if args.full else [int(s) for s in args.sizes.split(",")]
    kinds = kinds_available(args.databases.split(","), args.database_url)
    print(f"{datetime.now(UTC):%Y-%m-%d}: {args.due:,} due, best of {args.repeats}, null sender")
    results: list[PassResult] = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            for size in sizes:
                result = run_one(
                    kind, size, args.due, args.repeats, args.database_url, Path(tmp), args.profile
                )
                results.append(result)
                print(
                    f"  {kind} {size:,}: loaded in {result.load_seconds:.1f}s; "
                    f"busy {', '.join(f'{s:.3f}' for s in result.busy)}; "
                    f"idle {', '.join(f'{s:.4f}' for s in result.idle)}",
                    file=sys.stderr,
                )
    print()
    print(
        "| database | stored | due | passes | seconds (1,000 sends) | sends/s | idle pass s"
        " | vs smallest |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for kind in kinds:
        rows = [r for r in results if r.kind == kind]
        base = min(rows[0].busy)
        for r in rows:
            best = min(r.busy)
            print(
                f"| {kind} | {r.stored:,} | {r.sent:,} | {r.passes} | {best:.3f} |"
                f" {r.sent / best:,.0f} | {min(r.idle):.4f} | {best / base:.2f}× |"
            )


if __name__ == "__main__":
    main()
