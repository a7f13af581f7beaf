"""Several daemons on one PostgreSQL database share the work through leases, never through
APScheduler's job store (its documentation forbids sharing one between processes): the
database stays the only source of truth.

- A worker takes a batch of due enrollments by leasing them (`FOR UPDATE SKIP LOCKED`, so
  workers never wait on each other's batch); a lease it never used lapses after
  `BATCH_LEASE`, and another worker takes those enrollments then (the first one died).
- Jobs that must run once across the group (housekeeping, a mailbox poll) run only in the
  worker holding that job's lease (`hold`).
"""

from __future__ import annotations

import os
import secrets
import socket
from datetime import datetime, timedelta
from functools import cache

import sqlalchemy as sa
from sqlmodel import Session

from sequencer.store.models import Lease

# Long enough for a batch of 500 sends at a slow provider's pace; how long enrollments a
# dead worker had taken wait before another worker takes them.
BATCH_LEASE = timedelta(minutes=10)


@cache
def _suffix() -> str:
    return secrets.token_hex(3)


def worker_id() -> str:
    """This process, as other workers see it in the database."""
    return f"{socket.gethostname()}:{os.getpid()}:{_suffix()}"


def hold(engine: sa.Engine, name: str, worker: str, now: datetime, ttl: timedelta) -> bool:
    """Take or renew the lease `name` until now + ttl; False while another worker holds it."""
    try:
        with Session(engine) as session, session.begin():
            lease = session.get(Lease, name, with_for_update=True)
            if lease is None:
                session.add(Lease(name=name, owner=worker, until=now + ttl))
                return True
            if lease.owner != worker and lease.until > now:
                return False
            lease.owner, lease.until = worker, now + ttl
            return True
    except sa.exc.IntegrityError:
        return False  # another worker created it at the same moment: theirs
