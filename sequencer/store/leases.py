"""Several daemons on one PostgreSQL database share the work through leases, never through
APScheduler's job store (its documentation forbids sharing one between processes): the
database stays the only source of truth.

- A worker takes a batch of due enrollments by leasing them (`FOR UPDATE SKIP LOCKED`, so
  workers never wait on each other's batch) for `BATCH_LEASE` (a minute;
  `SEQUENCER_LEASE_SECONDS`). While it lives, its heartbeat (`renew`, every third of a lease)
  keeps every lease it holds, however long its pass runs; when it dies, the heartbeat stops
  and another worker takes those enrollments once the lease lapses. A worker that stops
  cleanly lets go at once (`release`).
- Jobs that must run once across the group (housekeeping, a mailbox poll) run only in the
  worker holding that job's lease (`hold`); the heartbeat renews those too.
"""

from __future__ import annotations

import os
import secrets
import socket
from datetime import datetime, timedelta
from functools import cache

import sqlalchemy as sa
from sqlmodel import Session, col

from sequencer.store.database import replayable
from sequencer.store.models import Enrollment, Lease

# How long the people a dead worker had taken wait before another worker takes them. Short,
# since a live worker renews what it holds: a pass longer than this keeps its batch.
BATCH_LEASE = timedelta(seconds=60)


@cache
def _suffix() -> str:
    return secrets.token_hex(3)


def worker_id() -> str:
    """This process, as other workers see it in the database."""
    return f"{socket.gethostname()}:{os.getpid()}:{_suffix()}"


def heartbeat_every(lease: timedelta) -> timedelta:
    """How often a live worker renews: three tries within a lease, so one slow or failed
    renewal (a busy database) loses nothing."""
    return lease / 3


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


def renew(engine: sa.Engine, worker: str, now: datetime, lease: timedelta) -> int:
    """The heartbeat: every lease `worker` holds (enrollments and once-only jobs) now lasts
    until now + `lease`; how many enrollments it renewed. A lease that already lapsed is not
    revived (another worker may have taken it), and none is shortened."""
    until = now + lease
    # Rows another transaction has locked (this worker's own claim of a chunk, a webhook
    # halting someone) are skipped rather than waited for: no lock order to keep, and the
    # next beat, a third of a lease later, renews them.
    mine = (
        sa.select(col(Enrollment.id))
        .where(
            col(Enrollment.lease_owner) == worker,
            col(Enrollment.lease_until) > now,
            col(Enrollment.lease_until) < until,
        )
        .with_for_update(skip_locked=True)
    )
    jobs = col(Lease.owner) == worker, col(Lease.until) > now, col(Lease.until) < until
    # A lost renewal costs nothing but a shorter lease: no need to wait for the disk.
    with Session(replayable(engine)) as session, session.begin():
        connection = session.connection()
        renewed = connection.execute(
            sa.update(Enrollment)
            .where(col(Enrollment.id).in_(mine.scalar_subquery()))
            .values(lease_until=until)
        ).rowcount
        connection.execute(sa.update(Lease).where(*jobs).values(until=until))
    return renewed


def release(engine: sa.Engine, worker: str) -> int:
    """A worker that stopped cleanly (its passes over) lets go of every lease it still
    holds, so another takes them at once; how many enrollments."""
    with Session(engine) as session, session.begin():
        connection = session.connection()
        freed = connection.execute(
            sa.update(Enrollment)
            .where(col(Enrollment.lease_owner) == worker)
            .values(lease_owner=None, lease_until=None)
        ).rowcount
        connection.execute(sa.delete(Lease).where(col(Lease.owner) == worker))
    return freed
