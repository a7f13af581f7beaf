"""The queue of due enrollments: what is due, who has taken it, when the next is due, and
what is stuck in doubt. The dispatcher takes from it; the daemon sleeps until its head;
metrics read its lag.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from sequencer.store.leases import BATCH_LEASE
from sequencer.store.models import Enrollment, EnrollmentStatus, Send, SendStatus, UTCDateTime

# Active with a time set: everything else waits for something (a task, a reconciliation).
SCHEDULED = (Enrollment.status == EnrollmentStatus.ACTIVE, col(Enrollment.next_due_at).is_not(None))


def take_due(engine: sa.Engine, worker: str, now: datetime, limit: int) -> list[int]:
    """Lease to `worker` up to `limit` due enrollments nobody else holds, oldest due first."""
    free = sa.or_(
        col(Enrollment.lease_until).is_(None),
        col(Enrollment.lease_until) <= now,
        col(Enrollment.lease_owner) == worker,
    )
    query = (
        select(Enrollment.id)
        .where(*SCHEDULED, col(Enrollment.next_due_at) <= now, free)
        .order_by(col(Enrollment.next_due_at), col(Enrollment.id))  # a stable queue order
        .limit(limit)
        .with_for_update(skip_locked=True)  # PostgreSQL; SQLite's transactions take turns
    )
    with Session(engine) as session, session.begin():
        taken = [i for i in session.exec(query) if i is not None]
        if taken:
            session.execute(
                sa.update(Enrollment)
                .where(col(Enrollment.id).in_(taken))
                .values(lease_owner=worker, lease_until=now + BATCH_LEASE)
            )
    return taken


def next_due(engine: sa.Engine) -> datetime | None:
    """When the next touch of anyone is due: the daemon wakes then."""
    query = select(func.min(Enrollment.next_due_at, type_=UTCDateTime)).where(*SCHEDULED)
    with Session(engine) as session:
        return session.exec(query).one()


def in_doubt(engine: sa.Engine) -> int:
    """Send rows in `sending`: handed over, not known to have gone out."""
    query = select(func.count()).select_from(Send).where(Send.status == SendStatus.SENDING)
    with Session(engine) as session:
        return session.exec(query).one()
