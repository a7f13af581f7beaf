"""The dashboard served as `sequencer run` serves it: uvicorn on a real loopback socket (a free
port), behind the same size limits, with the desk's clock. For the browser tests and for the
docs' screenshots (screenshots.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from helpers.dashboard import DANA, PASSWORD, START, Desk

from sequencer.store import recruiters
from sequencer.web import serve
from sequencer.web.context import WebContext
from sequencer.web.dashboard.app import dashboard_app
from sequencer.web.limits import Limits

UPLOAD_BYTES = 32 * 1024 * 1024  # as the daemon serves it (daemon.runner)
TUESDAY_EVENING = START + timedelta(days=1, hours=8)  # Tue 17:00 in New York: notes are due
NEW_YORK = {"SEQUENCER_RECRUITER_TIMEZONE": "America/New_York"}


@contextmanager
def served(world: Desk, email: str = DANA) -> Iterator[str]:
    """The dashboard over `world`, with an account for `email`; yields its base URL."""
    recruiters.add(world.engine, email, PASSWORD, admin=False, now=world.now)
    context = WebContext(world.engine, world.settings, world.clock)
    app = Limits(dashboard_app(context), limit=lambda _path: UPLOAD_BYTES)
    serving = serve.start([serve.Listener(app, "127.0.0.1", 0)])
    try:
        yield f"http://127.0.0.1:{serving.ports[0]}"
    finally:
        serving.stop()
