"""What `GET /healthz` reports: when the daemon started, and how its last pass went. The
daemon's scheduler thread writes it and the server's threads read it, hence the lock."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


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
        with self.lock:
            last = self.last_pass.isoformat() if self.last_pass else None
            return {
                "status": "ok",
                "started_at": self.started_at.isoformat(),
                "last_pass": last,
                "last_outcomes": self.last_outcomes,
            }
