"""Crash test: `kill -9` the real daemon again and again while it sends through a faulty
SendGrid, then prove from the provider's own log that nothing went out twice.

    .venv/bin/python bench/crash_test.py [--seed N] [--people 500] [--kills 10]
        [--steps 2] [--faults SPEC] [--no-events] [--event-delay S] [--unclear-wait S]
        [--lease-seconds S] [--database-url URL] [--budget SECONDS]
        [--workdir DIR] [--json]

What it does, in a temp folder (kept with --workdir):
1. a sequence of --steps email steps that may go at any hour (a 24-hour daily window, in a
   zone where it is midday now, so no step waits for tomorrow) and waits of 0 minutes;
   --people synthetic candidates, imported and enrolled with the real CLI;
2. the fault-injecting fake SendGrid (`tests/fakes/faulty.py`): a seeded mix of 202, 429 with
   Retry-After, 5xx, 400, slow answers, timeouts and dropped connections, some of them after
   the message was accepted. It logs every message it accepted and, unless --no-events,
   posts signed `processed`/`delivered` batches back to the daemon's Event Webhook
   (retrying while the daemon is down), as SendGrid does;
3. `sequencer run` against it, on the wall clock, killed with SIGKILL --kills times at
   seeded moments and started again each time. A kill comes at one of three kinds of
   moment: *in a provider call* (at a chosen Mail Send request, after the fake decided
   whether to accept it and before the daemon hears the answer: the in-doubt case), *just
   after one* (a random 0-200 ms after a chosen request: recording, the next claim,
   webhooks) or *anywhere* (a random 0-3 s after the daemon is up). Nothing is cleaned up
   after a kill: the people the dead daemon had leased wait for its lease to lapse
   (SEQUENCER_LEASE_SECONDS, --lease-seconds: 5 here, so a run ends in minutes), and the
   next daemon takes them then, as another worker would;
4. a last run without kills until nothing is due, no retry is pending and the fake has
   delivered every event (or --budget runs out), then SIGTERM.

Then it checks, from the fake's accept log and the database:
- no (enrollment, step) was accepted twice by the provider;
- every planned message (person x step) is sent, visibly in doubt (`status` shows it, and an
  in-doubt step holds the rest of that enrollment back), or failed/skipped with a reason;
- every `sent` row was accepted by the provider, under the X-Message-Id recorded;
- with events on, every accepted message ended `sent`: in-doubt ones were settled by the
  provider's events; only messages the provider never accepted stay in doubt;
- every accepted message belongs to a planned (enrollment, step); nothing is left pending.
It prints a table and exits 1 on any violation (listed), 0 otherwise.

The seed fixes the people, the kill plan and each message's faults (per message and try,
independent of timing); the moments themselves fall where the wall clock puts them, so two
runs with one seed crash in similar, not identical, places.

SQLite by default. --database-url postgresql+psycopg://postgres@127.0.0.1:5432/test runs on
PostgreSQL, in a fresh schema it creates and drops (unless the URL already names one with
?options=-csearch_path%3D<schema>).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from fakes.faulty import Decision, Faults, FaultySendGrid

DEFAULT_FAULTS = (
    "slow=0.05,throttle=0.06,server_error=0.04,reject=0.005,"
    "timeout=0.002,timeout_lost=0.001,drop=0.02,drop_lost=0.004"
)
STEP_IDS = ("intro", "follow-up", "third", "fourth", "fifth", "sixth")
PROVIDER_ENV = ("SENDGRID_", "SMTP_", "TWILIO_", "IMAP_", "SEQUENCER_")


@dataclass
class Config:
    seed: int = 1
    people: int = 500
    kills: int = 10
    steps: int = 2
    faults: Faults = field(default_factory=lambda: Faults.parse(DEFAULT_FAULTS))
    events: bool = True
    database_url: str | None = None  # None: SQLite in the work folder
    budget: float = 900.0  # seconds for the whole run, kills and settling
    workdir: Path | None = None  # None: a temp folder, removed afterwards
    interval: float = 1.0  # the daemon's --interval
    event_delay: float = 0.0  # seconds from an accept to its events' first post
    # SEQUENCER_UNCLEAR_RETRY_SECONDS: not the default 15 minutes, or the run would not end;
    # a minute still covers this fake's events and a daemon down between kills.
    unclear_wait: float = 60.0
    # SEQUENCER_LEASE_SECONDS: not the default minute, which every kill would wait out.
    lease_seconds: float = 5.0
    quiet: bool = False


@dataclass
class Report:
    config: Config
    counts: Counter[str] = field(default_factory=Counter)
    violations: list[str] = field(default_factory=list)
    kills: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    database: str = "sqlite"
    settled: bool = False

    @property
    def ok(self) -> bool:
        return not self.violations

    def as_dict(self) -> dict[str, Any]:
        return {
            "seed": self.config.seed,
            "people": self.config.people,
            "steps": self.config.steps,
            "database": self.database,
            "events": self.config.events,
            "faults": self.config.faults.describe(),
            "kills": dict(self.kills),
            "counts": dict(self.counts),
            "provider_outcomes": dict(self.outcomes),
            "event_delivery": dict(self.events),
            "seconds": round(self.seconds, 1),
            "settled": self.settled,
            "violations": self.violations,
        }

    def undelivered_batches(self) -> int:
        return sum(
            n
            for what, n in self.events.items()
            if what.startswith("batches ") and what != "batches delivered"
        )

    def table(self) -> str:
        c, k = self.counts, self.kills
        rows = [
            ("seed", self.config.seed),
            ("database", self.database),
            (
                "people x steps = planned",
                f"{self.config.people} x {self.config.steps} = {c['planned']}",
            ),
            (
                "kills (in a call / after one / anywhere)",
                f"{sum(k.values())} ({k['in a call']} / {k['after a call']} / {k['anywhere']})",
            ),
            ("daemon starts", c["daemon starts"]),
            ("people held by a killed daemon's lease", c["held after kills"]),
            ("Mail Send requests", c["requests"]),
            ("  the most at once (SEQUENCER_SENDS_IN_FLIGHT: 32)", c["peak in flight"]),
            ("  by outcome", ", ".join(f"{n} {o}" for o, n in sorted(self.outcomes.items()))),
            ("messages accepted by the provider", c["accepted"]),
            ("sent", c["sent"]),
            ("  of which settled by provider events", c["settled by events"]),
            ("in doubt (provider never got it)", c["in doubt"]),
            ("in doubt, accepted, not settled", c["in doubt accepted"]),
            ("held back (behind an in-doubt or a failed step)", c["held back"]),
            ("failed (with a reason)", c["failed"]),
            ("skipped (with a reason)", c["skipped"]),
            ("provider events delivered to the daemon", self.events["events delivered"]),
            ("  event batches refused or undelivered (retried)", self.undelivered_batches()),
            ("duplicates (accepted twice)", c["duplicates"]),
            ("settled before the budget", "yes" if self.settled else "NO"),
            ("seconds", f"{self.seconds:.0f}"),
            ("violations", len(self.violations)),
        ]
        width = max(len(name) for name, _ in rows)
        lines = [f"{name.ljust(width)}  {value}" for name, value in rows]
        lines += [f"VIOLATION: {v}" for v in self.violations[:50]]
        if len(self.violations) > 50:
            lines.append(f"... and {len(self.violations) - 50} more")
        return "\n".join(lines)


# --- the project on disk ---------------------------------------------------------------------


def midday_zone(now: datetime) -> str:
    """An Etc/GMT zone where it is around noon now: a 00:00-23:59 window never waits."""
    offset = 12 - now.hour  # from -11 (23:xx UTC) to +12 (00:xx UTC): all valid Etc zones
    # POSIX-style names: Etc/GMT-5 is five hours *ahead* of UTC.
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


def write_project(folder: Path, config: Config) -> None:
    sequences, templates = folder / "sequences", folder / "templates" / "crash"
    sequences.mkdir(parents=True)
    templates.mkdir(parents=True)
    steps = []
    for number, step_id in enumerate(STEP_IDS[: config.steps], start=1):
        (templates / f"{step_id}.j2").write_text(
            f"{{% block subject %}}Crash test, touch {number}{{% endblock %}}\n"
            "{% block body %}Hi {{ candidate.first_name }},\n\n"
            f"This is touch {number} of the crash test. No worries if not.\n"
            "{% endblock %}\n",
            encoding="utf-8",
        )
        steps.append(
            f"  - {{id: {step_id}, channel: email, template: crash/{step_id}, wait: 0 minutes}}"
        )
    (sequences / "crash.yaml").write_text(
        "name: crash\n"
        f"timezone: {midday_zone(datetime.now(UTC))}\n"
        'send_window: ["Daily 00:00-23:59"]\n'
        "sender: {name: Dana Whitfield, email: dana@northwind.example}\n"
        "steps:\n" + "\n".join(steps) + "\n",
        encoding="utf-8",
    )
    rng = random.Random(config.seed)
    names = ["Ana", "Ben", "Chen", "Dara", "Eli", "Femi", "Gita", "Hugo", "Ines", "Jon"]
    with (folder / "people.csv").open("w", encoding="utf-8") as handle:
        handle.write("email,first_name\n")
        for number in range(config.people):
            handle.write(f"person{number:06d}@crash.example.com,{rng.choice(names)}\n")


@contextlib.contextmanager
def database(config: Config, folder: Path) -> Iterator[str]:
    """The URL to use: SQLite in `folder`, or PostgreSQL in a schema of its own (dropped
    afterwards, unless the run keeps its folder: --workdir)."""
    url = config.database_url
    if url is None:
        yield f"sqlite:///{folder / 'sequencer.db'}"
        return
    if not url.startswith("postgresql") or "options=" in url:
        yield url
        return
    schema = f"crash_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(url)
    with admin.begin() as connection:
        connection.execute(sa.text(f"CREATE SCHEMA {schema}"))
    joiner = "&" if "?" in url else "?"
    try:
        yield f"{url}{joiner}options=-csearch_path%3D{schema}"
    finally:
        if config.workdir is None:
            with admin.begin() as connection:
                connection.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        else:
            (folder / "database-url.txt").write_text(
                f"{url}{joiner}options=-csearch_path%3D{schema}\n"
            )
        admin.dispose()


def free_port() -> int:
    """A port for the daemon, kept across its restarts (the fake posts events to it), and
    below the kernel's range for outgoing connections: while the daemon is down, the fake's
    own attempts to post there could otherwise be given that very port as their source, and
    a connection to oneself succeeds on Linux and holds the port the daemon needs."""
    low = _ephemeral_low()
    picker = random.Random()
    for _ in range(100):
        port = picker.randrange(10_000, low)
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port between 10000 and {low}")


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default; elsewhere a guess


# --- the run ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kill:
    kind: str  # "in a call", "after a call", "anywhere"
    at_request: int  # the Mail Send request (index) that arms it; unused for "anywhere"
    delay: float  # seconds after that request, or after the daemon is up


def kill_plan(config: Config, planned: int) -> list[Kill]:
    rng = random.Random(f"kills:{config.seed}")
    # Request-bound kills fall within the first 80% of the work, so they are reached.
    span = max(1, int(planned * 0.8))
    marks = sorted(rng.sample(range(span), min(config.kills, span)))
    marks += [span] * (config.kills - len(marks))
    plan = []
    for mark in marks:
        kind = rng.choice(("in a call", "in a call", "after a call", "anywhere"))
        delay = rng.uniform(0, 0.2) if kind == "after a call" else rng.uniform(0, 3.0)
        plan.append(Kill(kind, mark, delay if kind != "in a call" else 0.0))
    return plan


class CrashRun:
    def __init__(self, config: Config, folder: Path, url: str) -> None:
        self.config, self.folder, self.url = config, folder, url
        self.report = Report(config, database=sa.make_url(url).get_backend_name())
        self.port = free_port()
        self.started = time.monotonic()
        events_url = f"http://127.0.0.1:{self.port}/webhooks/sendgrid/events"
        self.fake = FaultySendGrid(
            seed=config.seed,
            faults=config.faults,
            events_url=events_url if config.events else None,
            log_path=str(folder / "accept-log.jsonl"),
            event_delay=config.event_delay,
        )
        self.daemon: subprocess.Popen[bytes] | None = None
        self.killed = threading.Event()
        self._armed: Kill | None = None
        self._arm_lock = threading.Lock()
        self._kill_lock = threading.Lock()
        self.reader = sa.create_engine(url)

    # --- processes --------------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        base = {k: v for k, v in os.environ.items() if not k.startswith(PROVIDER_ENV)}
        env = base | {
            "SEQUENCER_SEQUENCES_DIR": str(self.folder / "sequences"),
            "SEQUENCER_TEMPLATES_DIR": str(self.folder / "templates"),
            "SEQUENCER_DATABASE_URL": self.url,
            "SEQUENCER_OUTBOX_DIR": str(self.folder / "outbox"),
            "SENDGRID_API_KEY": self.fake.api_key,
            "SENDGRID_API_HOST": self.fake.url,
            # One sending mailbox: the per-sender pace (20 s apart, 500 a day) is off here.
            "SEQUENCER_EMAIL_DAILY_CAP": "off",
            "SEQUENCER_EMAIL_SPACING_SECONDS": "off",
            "SEQUENCER_LEASE_SECONDS": str(self.config.lease_seconds),
        }
        if self.config.events:
            env["SENDGRID_WEBHOOK_PUBLIC_KEY"] = self.fake.webhook_public_key
            env["SEQUENCER_UNCLEAR_RETRY_SECONDS"] = str(self.config.unclear_wait)
        return env

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "sequencer", *args]
        done = subprocess.run(
            command, env=self.env(), cwd=self.folder, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise RuntimeError(f"sequencer {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
        return done

    def start_daemon(self) -> None:
        starts = self.report.counts["daemon starts"] = self.report.counts["daemon starts"] + 1
        log = (self.folder / f"daemon-{starts:03d}.log").open("wb")
        command = [sys.executable, "-m", "sequencer", "run", "--port", str(self.port)]
        command += ["--interval", str(self.config.interval)]
        self.daemon = subprocess.Popen(
            command, env=self.env(), cwd=self.folder, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        self.killed.clear()
        while not self._healthy():
            if self.daemon.poll() is not None:
                raise RuntimeError(
                    f"the daemon exited at start ({self.daemon.returncode}): see {log.name}"
                )
            if self.out_of_time():
                return
            time.sleep(0.05)  # waiting for another process to come up, bounded by the budget

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2) as r:
                return bool(r.status == 200)
        except OSError:
            return False

    def kill(self, kind: str, daemon: subprocess.Popen[bytes] | None = None) -> None:
        """SIGKILL, at once, and wait for it to be gone. A kill aimed at an earlier daemon
        (a timer that fired late) does nothing; each daemon is killed once."""
        with self._kill_lock:
            target = self.daemon
            if target is None or (daemon is not None and daemon is not target):
                return
            if self.killed.is_set():
                return
            if target.poll() is None:
                os.kill(target.pid, signal.SIGKILL)
            code = target.wait()
            if code != -signal.SIGKILL:
                self.report.violations.append(f"the daemon exited with {code} before the kill")
            self.report.counts["held after kills"] += self.held_by(target.pid)
            self.report.kills[kind] += 1
            self.killed.set()

    def held_by(self, pid: int) -> int:
        """The people due under the dead daemon's lease: they wait for it to lapse."""
        query = sa.text(
            "SELECT count(*) FROM enrollment WHERE status = 'active'"
            " AND next_due_at IS NOT NULL AND lease_owner LIKE :owner"
        )
        with self.reader.connect() as connection:
            return int(connection.execute(query, {"owner": f"%:{pid}:%"}).scalar_one())

    def out_of_time(self) -> bool:
        return time.monotonic() - self.started > self.config.budget

    # --- kills ------------------------------------------------------------------------------

    def on_decision(self, decision: Decision) -> None:
        """The fake's hook, in its server thread: fire an armed kill at its request."""
        with self._arm_lock:
            armed = self._armed
            if armed is None or armed.kind == "anywhere" or decision.index < armed.at_request:
                return
            self._armed = None
            daemon = self.daemon
        if armed.kind == "in a call":
            self.kill(armed.kind, daemon)  # before the fake answers: the daemon never hears it
        else:
            threading.Timer(armed.delay, self.kill, args=(armed.kind, daemon)).start()

    def crash_loop(self, plan: list[Kill]) -> None:
        for kill in plan:
            if self.out_of_time():
                return
            self.start_daemon()
            with self._arm_lock:
                self._armed = kill
            if kill.kind == "anywhere":
                timer = threading.Timer(kill.delay, self.kill, args=(kill.kind, self.daemon))
                timer.start()
            while not self.killed.wait(0.1):
                if self.out_of_time() or (self.idle() and self.daemon_idle_for_a_pass()):
                    # Nothing left to send: the kill would never come. Take it now.
                    with self._arm_lock:
                        self._armed = None
                    self.kill("anywhere")
            self._note("killed", kill.kind)

    def idle(self) -> bool:
        return self.pending() == 0 and self.fake.events_pending() == 0

    def daemon_idle_for_a_pass(self) -> bool:
        """Still idle after the daemon finished a pass that started after we looked."""
        before = self.last_pass()
        deadline = time.monotonic() + 10 * self.config.interval + 10
        while time.monotonic() < deadline:
            now = self.last_pass()
            if now is not None and now != before:
                return self.idle()
            time.sleep(0.1)
        return False

    def last_pass(self) -> str | None:
        try:
            url = f"http://127.0.0.1:{self.port}/healthz"
            with urllib.request.urlopen(url, timeout=2) as answer:
                return str(json.load(answer).get("last_pass"))
        except OSError:
            return None

    def settle(self) -> None:
        """Run without kills until nothing is left to do, then stop with SIGTERM."""
        while not self.out_of_time():
            self.start_daemon()
            while not self.out_of_time() and not self.idle():
                time.sleep(0.2)  # waiting for the daemon's work, bounded by the budget
            assert self.daemon is not None
            self.daemon.send_signal(signal.SIGTERM)
            try:
                code = self.daemon.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.daemon.kill()
                code = self.daemon.wait()
            if code != 0:
                self.report.violations.append(f"the daemon stopped with {code} on SIGTERM")
            if self.idle():  # nothing came up while it finished its last pass
                self.report.settled = True
                return

    def pending(self) -> int:
        """Enrollments with a touch still to come (due, retrying or later)."""
        query = sa.text(
            "SELECT count(*) FROM enrollment WHERE status = 'active' AND next_due_at IS NOT NULL"
        )
        with self.reader.connect() as connection:
            return int(connection.execute(query).scalar_one())

    def _note(self, *words: object) -> None:
        if not self.config.quiet:
            elapsed = time.monotonic() - self.started
            accepted = len(self.fake.accepted)
            print(
                f"[{elapsed:6.1f}s] {' '.join(map(str, words))} ({accepted} accepted)",
                file=sys.stderr,
            )

    def run(self) -> Report:
        write_project(self.folder, self.config)
        with self.fake:
            self.fake.on_decision = self.on_decision
            self.cli("import", "people.csv")
            self.cli("enroll", "crash", "--all")
            planned = self.config.people * self.config.steps
            self._note("enrolled", self.config.people, "people")
            try:
                self.crash_loop(kill_plan(self.config, planned))
                self._note("settling")
                self.settle()
            finally:
                if self.daemon is not None and self.daemon.poll() is None:
                    self.daemon.kill()
                    self.daemon.wait()
            self.report.seconds = time.monotonic() - self.started
            self.report.events = self.fake.event_stats
            check(self, planned)
        self.reader.dispose()
        return self.report


# --- the checks ------------------------------------------------------------------------------


def check(run: CrashRun, planned: int) -> None:
    report, config = run.report, run.config
    decisions = run.fake.decisions
    report.outcomes = Counter(str(d.outcome) for d in decisions)
    counts, violations = report.counts, report.violations
    counts["planned"] = planned
    counts["requests"] = len(decisions)
    counts["peak in flight"] = run.fake.peak_in_flight  # the daemon's groups, as the fake saw them
    accepted: dict[str, list[Decision]] = defaultdict(list)
    for decision in decisions:
        if decision.accepted:
            accepted[decision.ref].append(decision)
    counts["accepted"] = sum(len(v) for v in accepted.values())
    for ref, times in sorted(accepted.items()):
        if len(times) > 1:
            counts["duplicates"] += len(times) - 1
            tries = ", ".join(f"try {d.attempt}: {d.outcome}" for d in times)
            violations.append(f"{ref} was accepted {len(times)} times ({tries})")
    if not report.settled:
        violations.append(f"not settled within the budget of {config.budget:g} s")

    with run.reader.connect() as connection:
        enrollments = connection.execute(
            sa.text(
                "SELECT e.id, e.status, e.next_due_at, c.email FROM enrollment e"
                " JOIN candidate c ON c.id = e.candidate_id"
            )
        ).all()
        sends = connection.execute(
            sa.text("SELECT enrollment_id, step_id, status, reason, provider_id FROM send")
        ).all()
    rows = {(s.enrollment_id, s.step_id): s for s in sends}
    if len(enrollments) != config.people:
        violations.append(f"{len(enrollments)} enrollments for {config.people} people")
    steps = STEP_IDS[: config.steps]
    in_doubt_people: set[str] = set()
    known_refs: set[str] = set()
    for enrollment in enrollments:
        if enrollment.status == "active" and enrollment.next_due_at is not None:
            violations.append(f"enrollment {enrollment.id} still has a touch to come")
        held_back = False
        for step in steps:
            ref = f"{enrollment.id}-{step}"
            known_refs.add(ref)
            row = rows.get((enrollment.id, step))
            took = accepted.get(ref, [])
            if row is None:
                if held_back:
                    counts["held back"] += 1
                else:
                    violations.append(f"{ref}: never sent, and nothing holds it back")
                continue
            status, reason = row.status, row.reason
            if status == "sent":
                counts["sent"] += 1
                if reason and reason.startswith("settled by the provider's"):
                    counts["settled by events"] += 1
                if not took:
                    violations.append(f"{ref} is recorded sent, but the provider never accepted it")
                elif row.provider_id and row.provider_id not in {d.message_id for d in took}:
                    violations.append(
                        f"{ref} is recorded under {row.provider_id}, not an id the provider gave"
                    )
            elif status == "sending":
                held_back = True
                in_doubt_people.add(enrollment.email)
                if took:
                    counts["in doubt accepted"] += 1
                    if config.events:
                        violations.append(
                            f"{ref}: accepted, in doubt, and never settled by its events"
                        )
                else:
                    counts["in doubt"] += 1
            elif status in ("failed", "skipped"):
                counts[status] += 1
                # A step that failed for good holds its enrollment for the recruiter (issue
                # 14): the steps after it wait for them, they are not lost.
                held_back = held_back or (status == "failed" and enrollment.status == "paused")
                if not reason:
                    violations.append(f"{ref} is {status} without a reason")
                if took:
                    violations.append(
                        f"{ref} is recorded {status} ({reason}), but the provider accepted it"
                    )
            else:
                violations.append(f"{ref} ended {status!r} ({reason})")
    for ref in accepted:
        if ref not in known_refs:
            violations.append(f"the provider accepted {ref!r}, which no planned step is")
    check_visible(run, in_doubt_people)


def check_visible(run: CrashRun, emails: set[str]) -> None:
    """`sequencer status --json` shows each enrollment with an in-doubt send as in doubt."""
    if not emails:
        return
    entries = json.loads(run.cli("status", "--json").stdout)
    shown = {
        e["candidate"]
        for e in entries
        if any(s["status"] == "in doubt" for s in e["sends"])
        and (e.get("waiting") or "").startswith("in doubt")
    }
    for email in sorted(emails - shown):
        run.report.violations.append(f"status does not show {email}'s send as in doubt")


def run_crash_test(config: Config) -> Report:
    if config.workdir is not None:
        config.workdir.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f"crash-{config.seed}-", dir=config.workdir))
        with database(config, folder) as url:
            return CrashRun(config, folder, url).run()
    folder = Path(tempfile.mkdtemp(prefix=f"crash-{config.seed}-"))
    try:
        with database(config, folder) as url:
            return CrashRun(config, folder, url).run()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--steps", type=int, default=2, choices=range(1, len(STEP_IDS) + 1))
    parser.add_argument("--faults", default=DEFAULT_FAULTS, help=f"default: {DEFAULT_FAULTS}")
    parser.add_argument("--no-events", action="store_true", help="the fake posts no events")
    parser.add_argument(
        "--event-delay",
        type=float,
        default=0.0,
        help="seconds before an accepted message's events are posted (SendGrid batches: ~30)",
    )
    parser.add_argument(
        "--unclear-wait",
        type=float,
        default=60.0,
        help="SEQUENCER_UNCLEAR_RETRY_SECONDS for the daemon (default 60; the product's is 900)",
    )
    parser.add_argument("--database-url", help="default: SQLite in the work folder")
    parser.add_argument("--budget", type=float, default=900, help="seconds (default 900)")
    parser.add_argument("--workdir", type=Path, help="keep the run's folder under DIR")
    parser.add_argument(
        "--lease-seconds",
        type=float,
        default=5.0,
        help="SEQUENCER_LEASE_SECONDS for the daemon (default 5; the product's is 60)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    config = Config(
        seed=args.seed,
        people=args.people,
        kills=args.kills,
        steps=args.steps,
        faults=Faults.parse(args.faults),
        events=not args.no_events,
        event_delay=args.event_delay,
        unclear_wait=args.unclear_wait,
        database_url=args.database_url,
        budget=args.budget,
        workdir=args.workdir,
        lease_seconds=args.lease_seconds,
        quiet=args.quiet,
    )
    report = run_crash_test(config)
    print(json.dumps(report.as_dict(), indent=2) if args.json else report.table())
    return 0 if report.ok else 1
