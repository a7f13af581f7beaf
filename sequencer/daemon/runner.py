"""`sequencer run`: the dispatch pass on a schedule, and the HTTP listeners, in one process.

APScheduler runs the pass on an interval and is woken early for the next due touch. It holds
one job, not one per message: the database is the source of truth for what is due. A
heartbeat of its own renews this worker's leases (`store.leases`) every third of
SEQUENCER_LEASE_SECONDS, through the pass in flight and to its end. SIGTERM and SIGINT let
the pass in flight finish, then stop and let go of the leases.

Two HTTP listeners (`web.serve`, uvicorn): the webhooks where the providers reach them, and
the recruiters' pages on an address of their own (127.0.0.1:8026 unless the settings say
otherwise, or none with SEQUENCER_DASHBOARD_PORT=off).

The reply reader (`inbound.intent`, ~3 s of CPU to load) is not loaded before the daemon
serves and sends: this process loads it in a thread of its own (`web.reader`) once
its first pass has ended, so the two do not take turns at the interpreter while the first
touches go out; a copy forked to serve the webhooks loads its own as it starts. Never before
the forks (`serve.start`): a fork copies no thread, but would copy a lock the loading thread
held. A reply that arrives sooner is read as well: it starts the load (or waits for the one
under way) and is read once the reader is there.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import FrameType

import sqlalchemy as sa
from apscheduler.schedulers.background import BackgroundScheduler

from sequencer.channels.imap import MailboxError, imap_settings, poll_mailbox
from sequencer.config import Settings, reveal
from sequencer.daemon.passes import run_pass
from sequencer.engine.flight import Proven
from sequencer.errors import DatabaseError, SequencerError, UnreadableMail
from sequencer.inbound.messages import raw_mail
from sequencer.ops.metrics import Metrics
from sequencer.store.cursors import StoredCursors
from sequencer.store.leases import heartbeat_every, hold, release, renew, worker_id
from sequencer.store.queue import next_due
from sequencer.web import serve
from sequencer.web.context import WebContext
from sequencer.web.dashboard.app import dashboard_app
from sequencer.web.health import Health
from sequencer.web.limits import Limits
from sequencer.web.reader import load_reader_on_demand, warm_up_soon
from sequencer.web.webhooks import webhook_app

JOB = "dispatch"
MAILBOX_JOB = "mailbox"
HEARTBEAT_JOB = "heartbeat"
# The largest body the pages take (a CSV of candidates); each form sets its own, smaller.
DASHBOARD_BODY_BYTES = 32 * 1024 * 1024
log = logging.getLogger(__name__)


class Daemon:
    def __init__(
        self,
        engine: sa.Engine,
        settings: Settings,
        interval_seconds: float = 30,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.engine, self.settings, self.clock = engine, settings, clock
        self.worker = worker_id()
        self.health = Health(started_at=clock())
        self.metrics = Metrics(engine, clock)
        self.context = WebContext(engine, settings, clock, self.metrics, self.health)
        self.proven = Proven()  # the channels whose provider answered lately, pass to pass
        try:  # a webhook key that is no key stops the start, with what to fix
            self.webhooks = webhook_app(self.context)
        except ValueError as exc:
            raise SequencerError(str(exc)) from exc
        self.mailbox = imap_settings(settings.imap)
        self.poll_seconds = settings.imap.poll_seconds
        self.scheduler = BackgroundScheduler(timezone=UTC)
        # APScheduler's shutdown holds its job store lock while it waits for the pass in
        # flight, and that pass ends by rescheduling itself (which takes the same lock): a
        # SIGTERM mid-pass would hang forever. So the two take turns here, and a pass that
        # finishes after the stop began does not reschedule.
        self._stopping, self._wake_lock = False, threading.Lock()
        self._warm_after_pass = False  # set by `run` once serving: the first pass then loads
        self._every(interval_seconds, self.dispatch_pass, JOB)
        if self.mailbox is not None:
            self._every(self.poll_seconds, self.mailbox_poll, MAILBOX_JOB)
        # A scheduler of its own: the one above runs nothing new once its shutdown begins,
        # while the heartbeat must go on until the pass in flight has finished its sends.
        self.lease = timedelta(seconds=settings.lease_seconds)
        self.heartbeat = BackgroundScheduler(timezone=UTC)
        self.heartbeat.add_job(
            self.renew_leases,
            "interval",
            seconds=heartbeat_every(self.lease).total_seconds(),
            id=HEARTBEAT_JOB,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
        )

    def _every(self, seconds: float, job: Callable[[], None], name: str) -> None:
        # One run at a time; runs missed while one ran are merged, never queued up.
        self.scheduler.add_job(
            job,
            "interval",
            seconds=seconds,
            id=name,
            next_run_time=self.clock(),
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
        )

    def mailbox_poll(self) -> None:
        """Replies in the recruiter's own mailbox, through the same matching as webhooks."""
        assert self.mailbox is not None
        now, secret = self.clock(), reveal(self.settings.web.secret_key)
        own = [self.mailbox.username]

        def handle(raw: bytes) -> str:
            try:
                return raw_mail(self.engine, raw, now, secret, own)
            except UnreadableMail as exc:  # not an email at all: skipped, so it blocks nothing
                log.warning("skipped an unreadable message in %s: %s", self.mailbox, exc)
                return "unreadable"

        lease = f"mailbox:{self.mailbox.mailbox}"  # one poller per mailbox across workers
        if not hold(self.engine, lease, self.worker, now, timedelta(seconds=self.poll_seconds * 3)):
            return
        try:
            poll_mailbox(StoredCursors(self.engine), self.mailbox, handle, now)
        except MailboxError as exc:
            log.warning("%s; trying again at the next poll", exc)

    def renew_leases(self) -> None:
        """The heartbeat: while this worker lives, no other takes what it holds."""
        try:
            renew(self.engine, self.worker, self.clock(), self.lease)
        except (DatabaseError, sa.exc.SQLAlchemyError) as exc:  # the next beat tries again
            self._warn("leases not renewed", exc)

    def dispatch_pass(self) -> None:
        try:
            self._pass()
        finally:
            if self._warm_after_pass:  # the first pass since `run` began, whatever its end
                self._warm_after_pass = False
                warm_up_soon()

    def _pass(self) -> None:
        now, started = self.clock(), time.monotonic()
        try:
            outcomes = run_pass(
                self.engine,
                self.settings,
                now,
                self.worker,
                watch=self.metrics.counting,
                clock=self.clock,  # a backlog goes out in long passes, each chunk on time
                proven=self.proven,  # a channel's first call goes alone once, not every pass
            )
        except DatabaseError as exc:  # its message says it all, password masked
            self.metrics.pass_errors.inc()
            log.error("pass skipped: %s", exc, extra={"worker": self.worker})
            return  # the next pass runs on schedule
        except Exception:
            self.metrics.pass_errors.inc()
            raise  # APScheduler logs it; the next pass runs on schedule
        seconds = time.monotonic() - started
        self.health.passed(now, outcomes)
        self.metrics.passed(now, outcomes, seconds)
        if outcomes:
            fields = {"outcomes": outcomes, "seconds": round(seconds, 3), "worker": self.worker}
            log.info("pass: %s", _summary(outcomes), extra=fields)
        self._wake_for(next_due(self.engine, self.worker))

    def _wake_for(self, due: datetime | None) -> None:
        with self._wake_lock:
            if due is None or self._stopping:
                return
            job = self.scheduler.get_job(JOB)
            if job is not None and due < job.next_run_time:
                job.modify(next_run_time=due)

    def run(
        self,
        host: str,
        port: int,
        on_ready: Callable[[list[serve.Listener], list[int]], None],
        dashboard: tuple[str, int | None] | None = None,
    ) -> None:
        """Serve the webhooks on host:port, and the pages where `dashboard` says (default:
        the settings; a port of None: no pages, as without SEQUENCER_SECRET_KEY), until
        SIGTERM or SIGINT."""
        stop = threading.Event()
        webhooks = serve.Listener(
            self.webhooks,
            host,
            port,
            processes=self.settings.web.webhook_processes,
            after_fork=self._forked,
        )
        listeners = [webhooks]
        page_host, page_port = dashboard or (
            self.settings.web.dashboard_host,
            self.settings.web.dashboard_port,
        )
        if page_port is not None and not self.settings.web.secret_key:
            log.warning(
                "the recruiters' pages are off: set SEQUENCER_SECRET_KEY (it signs their"
                " sign-in cookies) to serve them, or SEQUENCER_DASHBOARD_PORT=off to say so",
                extra={"worker": self.worker},
            )
        elif page_port is not None:
            pages = Limits(dashboard_app(self.context), limit=lambda _path: DASHBOARD_BODY_BYTES)
            listeners.append(
                serve.Listener(pages, page_host, page_port, "--dashboard-host", "--dashboard-port")
            )
        serving = serve.start(listeners)  # a port that cannot be had: one line, and no start

        def request_stop(signum: int, frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        self._warm_after_pass = True  # the forks are behind us (serve.start):
        load_reader_on_demand()  # so a reply before the pass's end may start the reader's load
        self.heartbeat.start()
        self.scheduler.start()
        for listener, bound in zip(listeners, serving.ports, strict=True):
            log.info("listening on %s:%s", listener.host, bound, extra={"worker": self.worker})
        on_ready(listeners, serving.ports)
        stop.wait()
        log.info("stopping: the pass in flight finishes first", extra={"worker": self.worker})
        self.stop_passes()
        serving.stop()
        log.info("stopped", extra={"worker": self.worker})

    def _forked(self) -> None:
        """What a forked copy that serves the webhooks does first: drop the parent's pooled
        database connections (not its to share), and load the reply reader beside serving."""
        self.engine.dispose(close=False)
        warm_up_soon()

    def stop_passes(self) -> None:
        """Let the pass in flight finish its sends (its leases renewed meanwhile), then run
        no more, and let go of the leases: another worker takes over at once."""
        with self._wake_lock:
            self._stopping = True
        self.scheduler.shutdown(wait=True)
        if self.heartbeat.running:
            self.heartbeat.shutdown(wait=True)
        try:
            release(self.engine, self.worker)
        except (DatabaseError, sa.exc.SQLAlchemyError) as exc:  # they lapse by themselves
            self._warn("leases not released", exc)

    def _warn(self, what: str, error: Exception) -> None:
        # A DatabaseError's message masks the password; SQLAlchemy's may quote a statement.
        reason = error if isinstance(error, DatabaseError) else type(error).__name__
        log.warning("%s: %s", what, reason, extra={"worker": self.worker})


def _summary(outcomes: dict[str, int]) -> str:
    return ", ".join(f"{n} {what}" for what, n in sorted(outcomes.items()))
