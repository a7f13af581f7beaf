"""End-to-end dispatch throughput (messages/s) against what users would pick instead.

    .venv/bin/python bench/dispatch_bench.py                    # 2,000 messages, SQLite
    .venv/bin/python bench/dispatch_bench.py --messages 5000 --workers 1,2,4
    .venv/bin/python bench/dispatch_bench.py --database postgresql --profile
    .venv/bin/python bench/dispatch_bench.py --delay 0.15 --messages 600 --database postgresql

Every variant sends the same messages with the real sendgrid client (`SendGridSender`) to
the loopback fake SendGrid (tests/fakes/sendgrid_server.py), which runs in this process;
each variant runs in child processes, started together at a barrier:

- **ours**: N processes each running `sequencer.daemon.passes.run_pass` as the daemon runs it
  (with a clock, here stopped at NOW: a pass goes on past 500 while sends are due, each chunk
  at a fresh reading) until nothing is due: take due enrollments, claim (re-plan, render the
  shipped passive-candidate email with its footer, write the send row), last look, deliver,
  record and plan the next step. Pacing is switched off (it would measure the pace).
- **(a) bare loop**: N processes posting the same prepared `Email`s (composed by our claim
  beforehand) with the same client, one after another: no database, no rendering.
- **(b) naive**: one APScheduler 3.x date job per message in a `SQLAlchemyJobStore` on a
  SQLite file; each job plans, renders and sends its message the same way (plan_step,
  compose, outgoing, SendGridSender). Run with 1 executor thread (the same concurrency as
  ours with 1 process) and with APScheduler's default 10. Jobs get misfire_grace_time=None
  for the throughput runs, so none is skipped.

With `--delay S` the fake holds each Mail Send answer S seconds (a real provider's 100-300
ms), and the runs are those of issue 17, each with the most requests the fake saw at once:
ours with 1 process (and 2, on PostgreSQL), each keeping SEQUENCER_SENDS_IN_FLIGHT
(`--in-flight`, default 32) calls in flight; (a) the bare client on `--in-flight` threads
in one process (one after another it is 1/S messages a second, by construction); (b)
APScheduler with its default 10 threads. Run without `--delay` for the loopback targets.

Then what (b) does with jobs that became overdue while it was down: the jobs are stored
with APScheduler's default misfire_grace_time (1 s) and run times 5 minutes ago, then the
scheduler starts: each is skipped ("was missed by ...") and deleted, so the message is
lost. Our dispatcher in the same situation (enrollments due 5 minutes ago) sends them all.
And a burst: all jobs due at the same moment 2 s after a running scheduler is started,
default grace and pool: those that wait in the executor's queue more than 1 s are skipped.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import logging
import multiprocessing
import os
import pstats
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent import futures
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from fakes.sendgrid_server import FakeSendGrid
from pass_bench import (
    ENV,
    NOW,
    PG_SERVER,
    STARTED,
    bench_sequence,
    bench_settings,
    database,
    kinds_available,
    load,
    person,
    reset,
)

from sequencer.channels import Email
from sequencer.channels.sendgrid.sender import SendGridSender
from sequencer.config import Settings
from sequencer.daemon.passes import run_pass
from sequencer.engine.claim import Claim, claim
from sequencer.engine.compose import compose
from sequencer.engine.envelope import outgoing
from sequencer.engine.flight import Proven
from sequencer.engine.links import links_from
from sequencer.engine.plan import plan_step
from sequencer.store.database import engine_for

FORK = multiprocessing.get_context("fork")
logging.getLogger("apscheduler").setLevel(logging.CRITICAL)  # (b)'s misses are counted


@dataclass
class Run:
    name: str
    processes: int
    messages: int  # accepted by the fake during the run
    seconds: float
    peak: int = 0  # the most requests the fake was answering at once
    cpu: float = 0.0  # CPU seconds of the benchmark processes (all their threads), not the fake's

    @property
    def rate(self) -> float:
        return self.messages / self.seconds


def in_processes(
    target: Callable[..., Callable[[], None]],
    shares: Sequence[tuple[Any, ...]],
    profile: Path | None = None,
) -> tuple[float, float]:
    """Run `target(*share)` in one child process per share, all started together at a
    barrier; the seconds from the first start to the last finish, and the CPU seconds the
    children spent meanwhile (what a loaded machine does not change much)."""
    barrier = FORK.Barrier(len(shares))
    queue = FORK.Queue()
    children = [
        FORK.Process(
            target=_child, args=(target, share, barrier, queue, profile if i == 0 else None)
        )
        for i, share in enumerate(shares)
    ]
    for child in children:
        child.start()
    spans = [queue.get(timeout=3600) for _ in children]
    for child in children:
        child.join()
        assert child.exitcode == 0, f"a benchmark process failed ({child.exitcode})"
    seconds = max(end for _, end, _ in spans) - min(start for start, _, _ in spans)
    return seconds, sum(cpu for _, _, cpu in spans)


def _child(
    target: Callable[..., Any],
    share: tuple[Any, ...],
    barrier: Any,
    queue: Any,
    profile: Path | None,
) -> None:
    prepared = target(*share)  # set-up, outside the clock
    barrier.wait()
    profiler = cProfile.Profile(time.process_time) if profile else None
    if profiler:
        profiler.enable()
    start, cpu = time.monotonic(), time.process_time()
    prepared()
    end, cpu = time.monotonic(), time.process_time() - cpu
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    queue.put((start, end, cpu))


# --- ours -------------------------------------------------------------------------------------


def ours(url: str, settings: Settings) -> Callable[[], None]:
    engine = engine_for(url)
    worker = f"bench-{os.getpid()}"

    def work() -> None:
        # As the daemon runs it, with a clock (stopped at NOW, so the windows stay open) and
        # its memory of the channels proven from pass to pass.
        proven = Proven()
        while run_pass(engine, settings, NOW, worker, clock=lambda: NOW, proven=proven):
            pass  # {}: none was due

    return work


# --- (a) the bare loop ------------------------------------------------------------------------


def bare(emails: list[Email], key: str, host: str) -> Callable[[], None]:
    sender = SendGridSender(key, host)

    def work() -> None:
        for email in emails:
            sender.send_email(email)

    return work


def bare_threads(emails: list[Email], key: str, host: str, threads: int) -> Callable[[], None]:
    """(a) on `threads` threads in one process, sharing one client as ours does."""
    sender = SendGridSender(key, host)

    def work() -> None:
        with futures.ThreadPoolExecutor(threads) as pool:
            list(pool.map(sender.send_email, emails))

    return work


# --- (b) the naive design: a date job per message ---------------------------------------------

_NAIVE: dict[str, Any] = {}


def naive_send(enrollment_id: int, n: int) -> None:
    """One job: plan, render and send one message, as ours does (no state of its own but
    the job store's)."""
    sequence, library, links = _NAIVE["sequence"], _NAIVE["library"], _NAIVE["links"]
    candidate = person(n)
    touch = plan_step(sequence, candidate, sequence.steps[0], STARTED, None, 0)
    message = compose(sequence, candidate, touch, library, {}, links)
    email = outgoing(sequence, enrollment_id, touch, message, candidate.email, {}, False, links)
    assert isinstance(email, Email)
    _NAIVE["sender"].send_email(email)


def _naive_globals(tmp: Path, key: str, host: str) -> None:
    sequence, library, settings = bench_sequence(tmp)
    _NAIVE.update(
        sequence=sequence,
        library=library,
        links=links_from(settings.web),
        sender=SendGridSender(key, host),
    )


def store_jobs(
    jobstore: str, jobs: list[tuple[int, int]], run_date: datetime, grace: float | None
) -> float:
    """Write one date job per message into the job store, as the naive design does when
    people are enrolled (`add_job` does exactly this); seconds it took. Written through the
    store itself: shutting down a paused scheduler runs (and deletes) the due jobs once."""
    store = SQLAlchemyJobStore(url=jobstore)
    store.start(BackgroundScheduler(timezone=UTC), "default")
    began = time.monotonic()
    for enrollment_id, n in jobs:
        job = Job(
            store._scheduler,
            id=f"send-{enrollment_id}",
            func=naive_send,
            trigger=DateTrigger(run_date, timezone=UTC),
            executor="default",
            args=(enrollment_id, n),
            kwargs={},
            name="naive_send",
            misfire_grace_time=grace,
            coalesce=True,
            max_instances=1,
            next_run_time=run_date,
        )
        store.add_job(job)
    took = time.monotonic() - began
    store.shutdown()
    return took


class Tally:
    def __init__(self, expected: int) -> None:
        self.expected, self.executed, self.missed, self.errors = expected, 0, 0, 0
        self.lock, self.done = threading.Lock(), threading.Event()

    def __call__(self, event: Any) -> None:
        with self.lock:
            if event.code == EVENT_JOB_EXECUTED:
                self.executed += 1
            elif event.code == EVENT_JOB_MISSED:
                self.missed += 1
            else:
                self.errors += 1
            if self.executed + self.missed + self.errors >= self.expected:
                self.done.set()


def run_scheduler(jobstore: str, expected: int, threads: int) -> tuple[Tally, BackgroundScheduler]:
    scheduler = BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(url=jobstore)},
        executors={"default": ThreadPoolExecutor(threads)},
        timezone=UTC,
    )
    tally = Tally(expected)
    scheduler.add_listener(tally, EVENT_JOB_EXECUTED | EVENT_JOB_MISSED | EVENT_JOB_ERROR)
    scheduler.start()
    return tally, scheduler


def naive(
    jobstore: str, expected: int, threads: int, tmp: Path, key: str, host: str
) -> Callable[[], None]:
    _naive_globals(tmp, key, host)

    def work() -> None:
        tally, scheduler = run_scheduler(jobstore, expected, threads)
        tally.done.wait(3600)
        scheduler.shutdown(wait=True)
        assert tally.executed == expected, (tally.executed, tally.missed, tally.errors)

    return work


def naive_outcome(
    jobstore: str, expected: int, threads: int, tmp: Path, key: str, host: str
) -> tuple[int, int, int]:
    """Start (b) over stored jobs and wait for every one to run or be skipped."""
    _naive_globals(tmp, key, host)
    tally, scheduler = run_scheduler(jobstore, expected, threads)
    tally.done.wait(600)
    time.sleep(0.5)  # let the scheduler finish deleting the jobs it ran or skipped
    scheduler.shutdown(wait=True)
    return tally.executed, tally.missed, tally.errors


def _in_child(target: Callable[..., Any], *args: Any) -> Any:
    queue = FORK.Queue()
    child = FORK.Process(target=lambda: queue.put(target(*args)))
    child.start()
    result = queue.get(timeout=1200)
    child.join()
    return result


# --- the benchmark ----------------------------------------------------------------------------


def prepare_emails(url: str, settings: Settings, due: dict[int, datetime]) -> list[Email]:
    """The exact messages ours sends: claimed (and composed) by our own code, then undone."""
    engine = engine_for(url)
    links = links_from(settings.web)
    emails = []
    for enrollment_id in due:
        claimed = claim(engine, enrollment_id, NOW, links, "prepare")
        assert isinstance(claimed, Claim) and isinstance(claimed.message, Email), claimed
        emails.append(claimed.message)
    reset(engine, due)
    engine.dispose()
    return emails


def accepted(api: FakeSendGrid, before: int) -> int:
    return sum(1 for r in api.requests[before:] if r.reply is not None and r.reply.status == 202)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--workers", default="1,2", help="process counts for ours and (a)")
    parser.add_argument("--naive-threads", default="1,10", help="executor threads for (b)")
    parser.add_argument("--repeats", type=int, default=2, help="rounds; the best is reported")
    parser.add_argument("--database", default="sqlite", choices=["sqlite", "postgresql"])
    parser.add_argument("--database-url", default=PG_SERVER, help="the PostgreSQL server")
    parser.add_argument("--profile", action="store_true", help="cProfile ours (1 process)")
    parser.add_argument("--delay", type=float, default=0.0, help="the fake's latency, seconds")
    parser.add_argument("--in-flight", type=int, default=32, help="SEQUENCER_SENDS_IN_FLIGHT")
    args = parser.parse_args(argv)
    if not kinds_available([args.database], args.database_url):
        sys.exit(f"no PostgreSQL at {args.database_url}")
    workers = [int(w) for w in args.workers.split(",")]
    threads = [int(t) for t in args.naive_threads.split(",")]
    count = args.messages
    runs: list[Run] = []
    notes: list[str] = []
    adding: list[float] = []
    print(
        f"{datetime.now(UTC):%Y-%m-%d}: {count:,} messages, {args.database},"
        f" best of {args.repeats}",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp_name, FakeSendGrid() as api:
        tmp = Path(tmp_name)
        sequence, library, _ = bench_sequence(tmp)
        provider = dict(ENV, SENDGRID_API_KEY=api.api_key, SENDGRID_API_HOST=api.url)
        provider["SEQUENCER_SENDS_IN_FLIGHT"] = str(args.in_flight)
        with database(args.database, tmp, args.database_url) as url:
            settings = bench_settings(tmp, provider | {"SEQUENCER_DATABASE_URL": url})
            engine = engine_for(url)
            loaded = load(engine, sequence, library, count, count, sends_for_others=False)
            engine.dispose()
            emails = prepare_emails(url, settings, loaded.due)
            jobs = [(enrollment_id, enrollment_id) for enrollment_id in loaded.due]

            def timed(
                name: str,
                target: Callable[..., Callable[[], None]],
                shares: list[tuple[Any, ...]],
                profile: Path | None = None,
            ) -> None:
                before = len(api.requests)
                _reset_peak(api)
                seconds, cpu = in_processes(target, shares, profile)
                messages = accepted(api, before)
                runs.append(Run(name, len(shares), messages, seconds, api.peak_in_flight, cpu))
                report(runs[-1])

            if args.delay:
                api.delay = args.delay
                latency_runs(args, url, settings, loaded.due, emails, jobs, api, tmp, timed)
                print_table(runs)
                print(f"load average at the end: {os.getloadavg()}")
                return

            for round_ in range(args.repeats):
                for n in workers:
                    engine = engine_for(url)
                    reset(engine, loaded.due)
                    engine.dispose()
                    profile = tmp / "ours.prof" if args.profile and n == 1 and not round_ else None
                    timed("ours", ours, [(url, settings)] * n, profile)
                    if profile:
                        notes.append(_profile_text(profile))
                    shares = [(emails[i::n], api.api_key, api.url) for i in range(n)]
                    timed("(a) bare loop", bare, shares)
                for t in threads:
                    jobstore = f"sqlite:///{tmp / f'jobs-{t}-{round_}.sqlite'}"
                    adding.append(store_jobs(jobstore, jobs, datetime.now(UTC), grace=None))
                    share = (jobstore, count, t, tmp, api.api_key, api.url)
                    name = f"(b) APScheduler, {t} thread{'s' if t > 1 else ''}"
                    timed(name, naive, [share])
            engine = engine_for(url)  # ours after downtime: due 5 minutes ago, all sent
            reset(engine, {i: NOW - timedelta(minutes=5) for i in loaded.due})
            engine.dispose()
            before = len(api.requests)
            in_processes(ours, [(url, settings)])
            ours_overdue = accepted(api, before)
        # Overdue while it was down: run times 5 minutes ago, APScheduler's default grace.
        jobstore = f"sqlite:///{tmp / 'jobs-overdue.sqlite'}"
        store_jobs(jobstore, jobs, datetime.now(UTC) - timedelta(minutes=5), grace=1)
        before = len(api.requests)
        _, missed, errors = _in_child(naive_outcome, jobstore, count, 10, tmp, api.api_key, api.url)
        overdue = (accepted(api, before), missed, errors)
        # A burst while running: every job due at one moment, a little after the scheduler
        # has started; default grace and pool.
        jobstore = f"sqlite:///{tmp / 'jobs-burst.sqlite'}"
        burst_at = datetime.now(UTC) + timedelta(seconds=10 + 2 * max(adding, default=10))
        store_jobs(jobstore, jobs, burst_at, grace=1)
        assert datetime.now(UTC) < burst_at - timedelta(seconds=5), "storing the burst took long"
        before = len(api.requests)
        _, missed, errors = _in_child(naive_outcome, jobstore, count, 10, tmp, api.api_key, api.url)
        burst = (accepted(api, before), missed, errors)
    print_table(runs)
    print()
    print(f"Jobs overdue at start (due 5 minutes before the start, {count:,} messages):")
    print(f"- (b) APScheduler, default misfire_grace_time 1 s: {overdue[0]:,} sent,"
          f" {overdue[1]:,} skipped as missed (lost), {overdue[2]} errors")  # fmt: skip
    print(f"- ours: {ours_overdue:,} sent, {count - ours_overdue:,} lost")
    print("Burst while running (all due at one moment, default grace and 10 threads):")
    print(f"- (b): {burst[0]:,} sent, {burst[1]:,} skipped as missed (lost), {burst[2]} errors")
    print(
        f"(b) storing {count:,} date jobs (its enroll step, not timed above):"
        f" {min(adding):.1f}-{max(adding):.1f} s"
    )
    for note in notes:
        print(note)


def latency_runs(
    args: argparse.Namespace,
    url: str,
    settings: Settings,
    due: dict[int, datetime],
    emails: list[Email],
    jobs: list[tuple[int, int]],
    api: FakeSendGrid,
    tmp: Path,
    timed: Callable[..., None],
) -> None:
    """The runs of `--delay`: ours (1 process; 2 on PostgreSQL), (a) on K threads, (b) with
    its default 10 threads."""
    k, count = args.in_flight, args.messages
    for round_ in range(args.repeats):
        for n in [1, 2] if args.database == "postgresql" else [1]:
            engine = engine_for(url)
            reset(engine, due)
            engine.dispose()
            timed("ours", ours, [(url, settings)] * n)
        timed(f"(a) bare client, {k} threads", functools.partial(bare_threads, threads=k),
              [(emails, api.api_key, api.url)])  # fmt: skip
        jobstore = f"sqlite:///{tmp / f'jobs-delay-{round_}.sqlite'}"
        store_jobs(jobstore, jobs, datetime.now(UTC), grace=None)
        timed(
            "(b) APScheduler, 10 threads", naive, [(jobstore, count, 10, tmp, api.api_key, api.url)]
        )


def _reset_peak(api: FakeSendGrid) -> None:
    """The fake's peak counts from the start of each run (it has no reset of its own)."""
    with api._lock:
        api._peak_in_flight = 0


def report(run: Run) -> None:
    print(
        f"  {run.name} ×{run.processes}: {run.messages:,} in {run.seconds:.2f} s"
        f" = {run.rate:,.0f}/s, peak in flight {run.peak},"
        f" CPU {1000 * run.cpu / max(run.messages, 1):.2f} ms/message",
        file=sys.stderr,
        flush=True,
    )


def print_table(runs: list[Run]) -> None:
    best: dict[tuple[str, int], Run] = {}
    for run in runs:  # in first-run order, keeping the fastest of each
        key = (run.name, run.processes)
        if key not in best or run.rate > best[key].rate:
            best[key] = run
    print()
    print(
        "| variant | processes | messages | seconds | messages/s | peak in flight | ours ÷ this"
        " | CPU ms/message |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    ours_rate = {r.processes: r.rate for r in best.values() if r.name == "ours"}
    for r in best.values():
        base = ours_rate.get(r.processes) or ours_rate[1]
        ratio = "" if r.name == "ours" else f"{base / r.rate:.2f}×"
        print(
            f"| {r.name} | {r.processes} | {r.messages:,} | {r.seconds:.2f} |"
            f" {r.rate:,.0f} | {r.peak} | {ratio} | {1000 * r.cpu / max(r.messages, 1):.2f} |"
        )


def _profile_text(path: Path) -> str:
    out = io.StringIO()
    stats = pstats.Stats(str(path), stream=out)
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(20)
    return "--- profile of ours, 1 process ---\n" + out.getvalue()


if __name__ == "__main__":
    main()
