"""Who may not be enrolled again, and until when: a person who declined (12 months by
default), was rejected (6 months) or was hired (until a recruiter says otherwise).

The one place that writes (`block`), reads (`blocking`, `blocked_among`) and lifts (`lift`)
a `ReenrollmentBlock`. `engine.enroll` refuses whoever `blocking` names, with its reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, or_, select

from sequencer.store.models import ReenrollmentBlock

DECLINED = "declined"
REJECTED = "rejected"
HIRED = "hired"


def block(
    session: Session,
    candidate_id: int,
    reason: str,
    source: str,
    now: datetime,
    until: datetime | None,
) -> ReenrollmentBlock:
    """Refuse enrolling this person until `until` (None: until lifted). A second block for
    the same reason keeps the later end: the person said it again."""
    for current in _in_force(session, [candidate_id], now):
        if current.reason == reason:
            if current.until is not None and (until is None or until > current.until):
                current.until = until
                session.add(current)
            return current
    entry = ReenrollmentBlock(
        candidate_id=candidate_id, reason=reason, source=source, created_at=now, until=until
    )
    session.add(entry)
    return entry


def blocking(session: Session, candidate_id: int, now: datetime) -> ReenrollmentBlock | None:
    """The block in force for this person now, if any (the one that ends last)."""
    return blocked_among(session, [candidate_id], now).get(candidate_id)


def blocked_among(
    session: Session, candidate_ids: Iterable[int], now: datetime
) -> dict[int, ReenrollmentBlock]:
    """The block in force now for each of these people who has one: one read for many."""
    found: dict[int, ReenrollmentBlock] = {}
    for entry in _in_force(session, list(candidate_ids), now):
        held = found.get(entry.candidate_id)
        if held is None or _ends_later(entry, held):
            found[entry.candidate_id] = entry
    return found


def lift(
    session: Session, candidate_id: int, reasons: Iterable[str], by: str, now: datetime
) -> list[ReenrollmentBlock]:
    """Lift this person's blocks for these reasons (the recruiter says the role has changed);
    returns what was lifted, for the audit log and the command's answer."""
    wanted = set(reasons)
    lifted = [e for e in _in_force(session, [candidate_id], now) if e.reason in wanted]
    for entry in lifted:
        entry.lifted_at, entry.lifted_by = now, by
        session.add(entry)
    return lifted


def in_force(now: datetime) -> sa.ColumnElement[bool]:
    """A block that holds at `now`: not lifted, and without an end (hired) or ending later."""
    return sa.and_(
        col(ReenrollmentBlock.lifted_at).is_(None),
        or_(col(ReenrollmentBlock.until).is_(None), col(ReenrollmentBlock.until) > now),
    )


def _in_force(session: Session, candidate_ids: list[int], now: datetime) -> list[ReenrollmentBlock]:
    if not candidate_ids:
        return []
    query = select(ReenrollmentBlock).where(
        col(ReenrollmentBlock.candidate_id).in_(candidate_ids), in_force(now)
    )
    return list(session.exec(query))


def _ends_later(entry: ReenrollmentBlock, than: ReenrollmentBlock) -> bool:
    if entry.until is None:
        return True
    return than.until is not None and entry.until > than.until
