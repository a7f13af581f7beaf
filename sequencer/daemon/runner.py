"""`sequencer run`: the dispatch pass on a schedule, and the HTTP server, in one process.

APScheduler runs the pass on an interval and is woken early for the next due touch. It holds
one job, not one per message: the database is the source of truth for what is due. A
heartbeat of its own renews this worker's leases (`store.leases`) every third of
SEQUENCER_LEASE_SECONDS, through the pass in flight and to its end. SIGTERM and SIGINT let
the pass in flight finish, then stop and let go of the leases.
"""

from __future__ import annotations

import errno
import logging
import signal
import socket
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
from sequencer.errors import DatabaseError, SequencerError, UnreadableMail
from sequencer.inbound.messages import raw_mail
from sequencer.ops.metrics import Metrics
from sequencer.store.cursors import StoredCursors
from sequencer.store.leases import heartbeat_every, hold, release, renew, worker_id
from sequencer.store.queue import next_due
from sequencer.web.health import Health
from sequencer.web.server import Inbox, server

JOB = "dispatch"
MAILBOX_JOB = "mailbox"
HEARTBEAT_JOB = "heartbeat"
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
        try:  # a webhook key that is no key stops the start, with what to fix
            self.inbox = Inbox(engine, settings, self.health, clock, self.metrics)
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
        now, started = self.clock(), time.monotonic()
        try:
            outcomes = run_pass(
                self.engine, self.settings, now, self.worker, watch=self.metrics.counting
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

    def run(self, host: str, port: int, on_ready: Callable[[int], None]) -> None:
        stop = threading.Event()
        try:
            httpd = server(host, port, self.inbox)
        except OSError as exc:  # nothing has started yet: one line, and the process ends
            raise SequencerError(_cannot_listen(host, port, exc)) from exc
        web = threading.Thread(target=httpd.serve_forever, name="web", daemon=True)

        def request_stop(signum: int, frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        web.start()
        self.heartbeat.start()
        self.scheduler.start()
        bound = httpd.server_address[1]
        log.info("listening on %s:%s", host, bound, extra={"worker": self.worker})
        on_ready(bound)
        stop.wait()
        log.info("stopping: the pass in flight finishes first", extra={"worker": self.worker})
        self.stop_passes()
        httpd.shutdown()
        log.info("stopped", extra={"worker": self.worker})

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


def _cannot_listen(host: str, port: int, error: OSError) -> str:
    """Why `sequencer run` cannot serve HTTP on host:port, and what to change."""
    if error.errno == errno.EADDRINUSE:
        return f"port {port} is in use on {host}: stop what holds it or pick another with --port"
    if error.errno == errno.EACCES:
        return f"port {port} needs privileges this user lacks: pick one above 1023 with --port"
    if error.errno == errno.EADDRNOTAVAIL or isinstance(error, socket.gaierror):
        return f"cannot listen on {host}: it is not an address of this machine; check --host"
    return f"cannot listen on {host}:{port}: {error.strerror or error}"
