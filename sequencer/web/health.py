"""What `GET /healthz` reports: whether the database answers, when the daemon started, and how
its last pass went. The daemon's scheduler thread writes the pass and the server's threads
read it, hence the lock."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from sequencer.errors import DatabaseError


@dataclass
class Health:
    started_at: datetime
    last_pass: datetime | None = None
    last_outcomes: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def passed(self, when: datetime, outcomes: dict[str, int]) -> None:
        with self.lock:
            self.last_pass, self.last_outcomes = when, outcomes

    def report(self) -> dict[str, Any]:
        """When the daemon started, and its last pass (when, and what it did)."""
        with self.lock:
            last = self.last_pass.isoformat() if self.last_pass else None
            return {
                "started_at": self.started_at.isoformat(),
                "last_pass": last,
                "last_outcomes": self.last_outcomes,
            }


class DatabaseProbe:
    """Whether the database answers a trivial query. Asked by many at once (a load balancer,
    a monitor, an attacker), it runs one query at a time and lets its answer stand for
    `fresh_seconds`, so a database that hangs holds one thread, not one per request."""

    def __init__(self, engine: sa.Engine, fresh_seconds: float = 1.0) -> None:
        self.engine, self.fresh_seconds = engine, fresh_seconds
        self._lock = threading.Lock()
        self._answer: tuple[float, bool] | None = None  # (monotonic time, up)

    def up(self) -> bool:
        with self._lock:
            if self._answer and time.monotonic() - self._answer[0] < self.fresh_seconds:
                return self._answer[1]
            up = self._ask()
            self._answer = (time.monotonic(), up)
            return up

    def _ask(self) -> bool:
        # On the driver's connection, under SQLAlchemy's transactions: on SQLite each of those
        # takes the write lock (store.database), and a busy database is not a down one.
        failures = (sa.exc.SQLAlchemyError, DatabaseError, self.engine.dialect.loaded_dbapi.Error)
        try:
            connection = self.engine.raw_connection()
        except failures:
            return False
        try:
            cursor = connection.cursor()
            cursor.execute("SELECT 1")
            cursor.close()
        except failures:
            return False
        finally:
            connection.close()
        return True
