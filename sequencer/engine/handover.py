"""Step 2 of a send: **hand over**, in one short transaction, the last look before the
provider is called: `claimed` becomes `sending` only while the person is still active and
nobody opted out (a reply that came in since the claim stops it here).

This is the one commit of a send that waits for the disk (not `store.replayable`): after it,
a crash leaves the send in doubt, shown by `status`, never re-sent, settled by the
provider's events.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from sequencer.engine.claim import Claim, locked_rows
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
