"""`sequencer run`: the dispatch pass on a schedule, and the HTTP server, in one process.

APScheduler runs the pass on an interval and is woken early for the next due touch. It holds
one job, not one per message: the database is the source of truth for what is due. SIGTERM
and SIGINT let the pass in flight finish, then stop.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType

import sqlalchemy as sa
from apscheduler.schedulers.background import BackgroundScheduler

from sequencer.config import Settings
from sequencer.dispatch import next_due, run_pass
from sequencer.web import Health, server

JOB = "dispatch"


class Daemon:
    def __init__(
        self,
        engine: sa.Engine,
        settings: Settings,
        interval_seconds: float = 30,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.engine, self.settings, self.clock = engine, settings, clock
        self.health = Health(started_at=clock())
        self.scheduler = BackgroundScheduler(timezone=UTC)
        # One pass at a time; passes missed while one ran are merged, never queued up.
        self.scheduler.add_job(
            self.dispatch_pass,
            "interval",
            seconds=interval_seconds,
            id=JOB,
            next_run_time=clock(),
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
        )

    def dispatch_pass(self) -> None:
        now = self.clock()
        outcomes = run_pass(self.engine, self.settings.provider, self.settings.outbox_dir, now)
        self.health.passed(now, outcomes)
        self._wake_for(next_due(self.engine))

    def _wake_for(self, due: datetime | None) -> None:
        job = self.scheduler.get_job(JOB)
        if due is not None and job is not None and due < job.next_run_time:
            job.modify(next_run_time=due)

    def run(self, host: str, port: int, on_ready: Callable[[int], None]) -> None:
        stop = threading.Event()
        httpd = server(host, port, self.health)
        web = threading.Thread(target=httpd.serve_forever, name="web", daemon=True)

        def request_stop(signum: int, frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        web.start()
        self.scheduler.start()
        on_ready(httpd.server_address[1])
        stop.wait()
        self.scheduler.shutdown(wait=True)  # the pass in flight finishes its sends
        httpd.shutdown()
