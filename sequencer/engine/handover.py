"""Step 2 of a send: **hand over**, in one short transaction, the last look before the
provider is called: `claimed` becomes `sending` only while the person is still active and
nobody opted out (a reply that came in since the claim stops it here).

This is the one commit of a send that waits for the disk (not `store.replayable`): after it,
a crash leaves the send in doubt, shown by `status`, never re-sent, settled by the
provider's events. The dispatcher hands a group over at once (`hand_over_group`): one
transaction, one wait for the disk, for every send about to be posted together.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from sequencer.engine.claim import Claim, deadlock, locked_rows
from sequencer.engine.enrollment import halt
from sequencer.ops.logs import send_fields, send_log
from sequencer.store.models import Enrollment, EnrollmentStatus, Send, SendStatus
from sequencer.store.suppression import is_suppressed, keys_of, none_listed

log = send_log


def hand_over(engine: sa.Engine, claim: Claim, now: datetime) -> str | None:
    """The last look before the provider is called, and the point after which a crash leaves
    the send in doubt: `claimed` becomes `sending` only while the person is still active and
    nobody opted out. None when it may go; else why not. (A reply arriving during the
    provider call cannot stop it; it stops the next one.)"""
    keys = keys_of(claim.candidate)
    with engine.connect() as connection:
        transaction = connection.begin()  # durable: on disk before the provider is called
        # The enrollment first, then its send, the order every transaction locks them in.
        if (
            connection.execute(_STILL_WANTED, {"enrollment": claim.enrollment_id, "keys": keys})
        ).rowcount == 1 and connection.execute(
            _HANDED, {"send": claim.send_id, "now": now}
        ).rowcount == 1:
            transaction.commit()
            return None
        transaction.rollback()
    return _not_handed(engine, claim, now)


def hand_over_group(engine: sa.Engine, claims: list[Claim], now: datetime) -> list[str | None]:
    """`hand_over` for each of `claims`, in one transaction: for each, None when it may go,
    else why not. Should any of them have been handed over by another worker (whose lease
    this one outlived), or PostgreSQL break a deadlock, each is handed over on its own."""
    if len(claims) <= 1:
        return [hand_over(engine, claim, now) for claim in claims]
    handed = _hand_over_together(engine, claims, now)
    if handed is None:  # outside the group's `try`: what this hands over is never looked at again
        return [hand_over(engine, claim, now) for claim in claims]
    return [None if c.send_id in handed else _not_handed(engine, c, now) for c in claims]


def _hand_over_together(engine: sa.Engine, claims: list[Claim], now: datetime) -> set[int] | None:
    """The sends of `claims` handed over in one transaction; None when none was, because one
    was taken by another worker or PostgreSQL broke a deadlock."""
    handed: set[int] = set()
    try:
        with engine.connect() as connection:
            transaction = connection.begin()  # durable: on disk before the provider is called
            # In enrollment order, the order every transaction locks several of them in.
            for claim in sorted(claims, key=lambda c: c.enrollment_id):
                keys = {"enrollment": claim.enrollment_id, "keys": keys_of(claim.candidate)}
                if connection.execute(_STILL_WANTED, keys).rowcount != 1:
                    continue  # halted meanwhile: looked at under the lock below
                if connection.execute(_HANDED, {"send": claim.send_id, "now": now}).rowcount != 1:
                    transaction.rollback()
                    return None
                handed.add(claim.send_id)
            transaction.commit()
    except sa.exc.OperationalError as error:
        if not deadlock(error):
            raise
        return None
    return handed


# Built once (SQLAlchemy then reuses their compiled form): the hand-over runs once a send.
_IN_FLIGHT = (  # nothing is due until the record step plans what comes next; no lease needed
    sa.update(Enrollment)
    .where(col(Enrollment.id) == sa.bindparam("enrollment"))
    .values(next_due_at=None, lease_owner=None, lease_until=None)
)
_STILL_WANTED = _IN_FLIGHT.where(
    col(Enrollment.status) == EnrollmentStatus.ACTIVE,
    none_listed("keys"),
)
_HANDED = (
    sa.update(Send)
    .where(col(Send.id) == sa.bindparam("send"), col(Send.status) == SendStatus.CLAIMED)
    .values(
        status=SendStatus.SENDING, claimed_at=sa.bindparam("now"), attempts=col(Send.attempts) + 1
    )
)


def _not_handed(engine: sa.Engine, claim: Claim, now: datetime) -> str | None:
    """Why the hand-over did not happen, looked at under the lock (the uncommon case)."""
    with Session(engine) as session, session.begin():
        row, enrollment = locked_rows(session, claim)
        if row.status != SendStatus.CLAIMED:
            return "taken"  # another worker, whose lease this one outlived, handed it over
        if enrollment.status == EnrollmentStatus.ACTIVE and not is_suppressed(
            session, keys_of(claim.candidate)
        ):  # it changed back between the two looks: hand it over now
            connection = session.connection()
            connection.execute(_HANDED, {"send": claim.send_id, "now": now})
            connection.execute(_IN_FLIGHT, {"enrollment": claim.enrollment_id})
            return None
        if enrollment.status == EnrollmentStatus.ACTIVE:
            halt(session, enrollment, "opted out")
        enrollment.lease_owner = enrollment.lease_until = None
        row.status = SendStatus.SKIPPED
        row.reason = f"not sent: {enrollment.status_reason} before it went out"
        log.info("halted before it went out", extra=send_fields(row, "halted"))
        return "halted"
