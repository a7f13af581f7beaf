"""Notices to recruiters (a person replied or opted out): which are still to be told, and the
backoff of a recipient whose notices cannot go out.

The backoff of a recipient lives in a `Lease` row named `notice-backoff:<address>`: `until`
is when the next try may be made, `owner` the tries so far, since when, and the last reason
(JSON). Why a Lease row: no schema change this round (the one migration of the round is
another's), the Lease table is already a name with a time that every daemon of a group sees,
and the state must outlive the process: `sequencer tick` is a process per pass, the
housekeeping that tells recruiters moves between workers, and `status` (another process) must
show it. The prefix keeps these rows apart from real leases (`leases.hold` never takes one). A
row lost anyway (say, swept with lapsed leases) only starts the wait again at its shortest.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import SelectOfScalar

from sequencer.store.models import Event, EventKind, Lease

# What the recruiter is told about (a booked meeting: issue 16, inbound/outside.py).
TOLD = (EventKind.REPLY, EventKind.OPT_OUT, EventKind.MEETING_BOOKED)
PREFIX = "notice-backoff:"
REASON_LENGTH = 500  # a provider's whole answer can be long; the gist is at the start


@dataclass(frozen=True)
class Backoff:
    """Notices to `to` failed `tries` times in a row since `since`; the next try is not
    before `retry_at`."""

    to: str
    tries: int
    since: datetime
    retry_at: datetime
    reason: str


def _untold() -> SelectOfScalar[Event]:
    return select(Event).where(
        col(Event.kind).in_(TOLD),
        col(Event.notified_at).is_(None),
        col(Event.candidate_id).is_not(None),
    )


def untold(session: Session, limit: int) -> list[Event]:
    """The oldest `limit` replies and opt-outs the recruiter has not been told about."""
    return list(session.exec(_untold().order_by(col(Event.id)).limit(limit)))


def backoffs(session: Session) -> dict[str, Backoff]:
    """Every recipient whose last notice failed, by address."""
    rows = session.exec(select(Lease).where(col(Lease.name).startswith(PREFIX)))
    return {b.to: b for b in map(_backoff, rows)}


def failed(
    session: Session, to: str, reason: str, now: datetime, wait: Callable[[int], timedelta]
) -> Backoff:
    """One more failed try for `to`: no next try before now + `wait`(tries in a row)."""
    row = session.get(Lease, PREFIX + to, with_for_update=True)
    before = _backoff(row) if row else None
    tries, since = (before.tries + 1, before.since) if before else (1, now)
    state = {"tries": tries, "since": since.isoformat(), "reason": reason[:REASON_LENGTH]}
    row = row or Lease(name=PREFIX + to, owner="", until=now)
    row.owner, row.until = json.dumps(state), now + wait(tries)
    session.add(row)
    return _backoff(row)


def recovered(session: Session, to: str) -> None:
    """Notices to `to` go out again: its backoff is over."""
    session.exec(sa.delete(Lease).where(col(Lease.name) == PREFIX + to))


def failing(engine: sa.Engine) -> tuple[list[Backoff], int]:
    """For `status`: the recipients whose notices are failing, and how many notices wait."""
    with Session(engine) as session:
        waiting = session.exec(select(func.count()).select_from(_untold().subquery())).one()
        return sorted(backoffs(session).values(), key=lambda b: b.to), waiting


def _backoff(row: Lease) -> Backoff:
    state = json.loads(row.owner)
    return Backoff(
        to=row.name.removeprefix(PREFIX),
        tries=int(state["tries"]),
        since=datetime.fromisoformat(state["since"]),
        retry_at=row.until,
        reason=str(state["reason"]),
    )
