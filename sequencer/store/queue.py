"""The queue of due enrollments: what is due, who has taken it, when the next is due, and
what is stuck in doubt. The dispatcher takes from it; the daemon sleeps until its head;
metrics read its lag.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from sequencer.store.among import among
from sequencer.store.database import replayable
from sequencer.store.leases import BATCH_LEASE
from sequencer.store.models import Enrollment, EnrollmentStatus, Send, SendStatus, UTCDateTime

# Active with a time set: everything else waits for something (a task, a reconciliation).
SCHEDULED = (Enrollment.status == EnrollmentStatus.ACTIVE, col(Enrollment.next_due_at).is_not(None))


def take_due(
    engine: sa.Engine,
    worker: str,
    now: datetime,
    limit: int,
    lease: timedelta = BATCH_LEASE,
    skip: Collection[int] = (),
) -> list[int]:
    """Lease to `worker` until now + `lease` up to `limit` due enrollments nobody else holds,
    oldest due first; none of `skip` (those a pass already took: one touch each a pass).

    Its commit does not wait for the disk (`replayable`), as the claim's, which writes the
    lease again, does not: a lease lost to a power cut only lets these be taken again, and
    what keeps a send to one try is its send row (unique per step, handed over durably)."""
    free = sa.or_(
        col(Enrollment.lease_until).is_(None),
        col(Enrollment.lease_until) <= now,
        col(Enrollment.lease_owner) == worker,
    )
    with Session(replayable(engine)) as session, session.begin():
        # The pass's earlier takes, bound as one parameter: written as `NOT IN (:1, ..., :n)`
        # PostgreSQL parsed a new statement every take, 14 ms each late in a long pass.
        others = (sa.not_(among(session, col(Enrollment.id), skip)),) if skip else ()
        query = (
            select(Enrollment.id)
            .where(*SCHEDULED, col(Enrollment.next_due_at) <= now, free, *others)
            .order_by(col(Enrollment.next_due_at), col(Enrollment.id))  # a stable queue order
            .limit(limit)
            .with_for_update(skip_locked=True)  # PostgreSQL; SQLite's transactions take turns
        )
        taken = [i for i in session.exec(query) if i is not None]
        if taken:
            leasing = {"ids": taken, "worker": worker, "until": now + lease}
            session.connection().execute(_LEASED, leasing)
    return taken


# Built once (SQLAlchemy then reuses its compiled form): it runs for every chunk taken.
_LEASED = (
    sa.update(Enrollment)
    .where(col(Enrollment.id).in_(sa.bindparam("ids", expanding=True)))
    .values(lease_owner=sa.bindparam("worker"), lease_until=sa.bindparam("until"))
)


def next_due(engine: sa.Engine, worker: str | None = None) -> datetime | None:
    """When the next touch of anyone is due (the queue's head, for its lag); for `worker`,
    when it may next take one: a touch leased to another worker is due for it only when
    that lease ends, so the daemon sleeps until then instead of waking for it again and
    again while the other worker sends it."""
    due, until = col(Enrollment.next_due_at), col(Enrollment.lease_until)
    others = sa.and_(col(Enrollment.lease_owner) != worker, until > due)
    when = due if worker is None else sa.case((others, until), else_=due)
    query = select(func.min(when, type_=UTCDateTime)).where(*SCHEDULED)
    with Session(engine) as session:
        head: datetime | None = session.exec(query).one()
        return head


def in_doubt(engine: sa.Engine) -> int:
    """Send rows in `sending`: handed over, not known to have gone out."""
    query = select(func.count()).select_from(Send).where(Send.status == SendStatus.SENDING)
    with Session(engine) as session:
        return session.exec(query).one()
