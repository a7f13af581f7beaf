"""The daemon's HTTP server: health now; the providers' webhooks arrive here in part 3.

Standard library only: a threaded server whose handler answers from a `Health` the daemon
keeps current.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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


def server(host: str, port: int, health: Health) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/healthz":
                self._answer(404, {"error": f"no page at {self.path}"})
                return
            self._answer(200, health.report())

        def _answer(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # no request lines on stderr: the daemon logs what matters itself

    httpd = ThreadingHTTPServer((host, port), Handler)
    httpd.daemon_threads = True
    return httpd
