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
from sequencer.store.models import Enrollment, EnrollmentStatus, Send, SendStatus, Suppression
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
    """The sends of `claims` handed over in one transaction, set-based (four statements for
    the group, not two a send); None when none was, because one was taken by another worker
    or PostgreSQL broke a deadlock."""
    by_enrollment = {claim.enrollment_id: claim for claim in claims}
    if len(by_enrollment) < len(claims):
        return None  # two sends of one person: each on its own, as before
    try:
        with engine.connect() as connection:
            transaction = connection.begin()  # durable: on disk before the provider is called
            going = _still_wanted(connection, by_enrollment)
            sends = [by_enrollment[enrollment].send_id for enrollment in going]
            if going:
                connection.execute(_ALL_IN_FLIGHT, {"enrollments": going})
                handed = connection.execute(_ALL_HANDED, {"sends": sends, "now": now})
                if handed.rowcount != len(sends):  # one was no longer `claimed`
                    transaction.rollback()
                    return None
            transaction.commit()
    except sa.exc.OperationalError as error:
        if not deadlock(error):
            raise
        return None
    return set(sends)


def take_back(engine: sa.Engine, claims: list[Claim], now: datetime) -> int:
    """Sends handed over but never posted (the pass stopped first, `Flight.unposted`):
    `claimed` again and due at once, their try not counted, since nothing left the machine;
    or, when their person replied or opted out meanwhile, skipped, as at the hand-over.
    How many are to be claimed again."""
    if not claims:
        return 0
    sends = {"sends": [claim.send_id for claim in claims]}
    enrollments = {"enrollments": sorted(claim.enrollment_id for claim in claims), "now": now}
    with engine.begin() as connection:
        connection.execute(_DUE_AGAIN, enrollments)  # the enrollments first, as ever
        taken = connection.execute(_TAKEN_BACK, sends).rowcount
        connection.execute(_NOT_SENT_AFTER_ALL, sends)  # the rest: no longer active
    log.info("%d sends handed over but never posted are claimed again", taken)
    return taken


def _still_wanted(connection: sa.Connection, by_enrollment: dict[int, Claim]) -> list[int]:
    """Those of the group's enrollments still active, locked (in id order, the order every
    transaction locks several of them in), whose person nobody opted out. The others are
    looked at under the lock once this transaction is over (`_not_handed`)."""
    locked = connection.execute(_LOCK_ACTIVE, {"enrollments": sorted(by_enrollment)})
    active: list[int] = [row.id for row in locked]
    keys = {enrollment: keys_of(claim.candidate) for enrollment, claim in by_enrollment.items()}
    everyone = sorted({key for some in keys.values() for key in some})
    listed = set(connection.execute(_LISTED, {"keys": everyone}).scalars()) if everyone else set()
    return [enrollment for enrollment in active if listed.isdisjoint(keys[enrollment])]


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
_HANDING = (
    sa.update(Send)
    .where(col(Send.status) == SendStatus.CLAIMED)
    .values(
        status=SendStatus.SENDING, claimed_at=sa.bindparam("now"), attempts=col(Send.attempts) + 1
    )
)
_HANDED = _HANDING.where(col(Send.id) == sa.bindparam("send"))
# The group's: the same changes, for every send and enrollment of it at once.
_LOCK_ACTIVE = (
    sa.select(col(Enrollment.id))
    .where(
        col(Enrollment.id).in_(sa.bindparam("enrollments", expanding=True)),
        col(Enrollment.status) == EnrollmentStatus.ACTIVE,
    )
    .order_by(col(Enrollment.id))
    .with_for_update()
)
_LISTED = sa.select(col(Suppression.address)).where(
    col(Suppression.address).in_(sa.bindparam("keys", expanding=True))
)
_ALL_IN_FLIGHT = (
    sa.update(Enrollment)
    .where(col(Enrollment.id).in_(sa.bindparam("enrollments", expanding=True)))
    .values(next_due_at=None, lease_owner=None, lease_until=None)
)
_ALL_HANDED = _HANDING.where(col(Send.id).in_(sa.bindparam("sends", expanding=True)))
_NEVER_POSTED = (
    col(Send.id).in_(sa.bindparam("sends", expanding=True)),
    col(Send.status) == SendStatus.SENDING,
)
_ACTIVE = sa.select(col(Enrollment.id)).where(col(Enrollment.status) == EnrollmentStatus.ACTIVE)
_TAKEN_BACK = (
    sa.update(Send)
    .where(*_NEVER_POSTED, col(Send.enrollment_id).in_(_ACTIVE))
    .values(status=SendStatus.CLAIMED, attempts=col(Send.attempts) - 1)
)
_WHY_STOPPED = (  # as `_not_handed` says it: "not sent: replied by email before it went out"
    sa.select(sa.func.coalesce(col(Enrollment.status_reason), col(Enrollment.status)))
    .where(col(Enrollment.id) == col(Send.enrollment_id))
    .scalar_subquery()
)
_NOT_SENT_AFTER_ALL = (
    sa.update(Send)
    .where(*_NEVER_POSTED)
    .values(
        status=SendStatus.SKIPPED,
        attempts=col(Send.attempts) - 1,
        reason=sa.literal("not sent: ") + _WHY_STOPPED + sa.literal(" before it went out"),
    )
)
_DUE_AGAIN = (
    sa.update(Enrollment)
    .where(
        col(Enrollment.id).in_(sa.bindparam("enrollments", expanding=True)),
        col(Enrollment.status) == EnrollmentStatus.ACTIVE,
        col(Enrollment.next_due_at).is_(None),
    )
    .values(next_due_at=sa.bindparam("now"))
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
