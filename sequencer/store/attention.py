""" "Needs attention": what only the recruiter can settle. A step that failed at send time
(the enrollment is held, not moved on), a LinkedIn or call task nobody did with no other
channel to fall back to, a cancelled meeting. Shown on the web app's Today page and in
`sequencer status` until a recruiter resolves it.

The one place that writes (`flag`), reads (`open_flags`) and resolves (`resolve`) them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, col, select

from sequencer.store.models import Attention


def flag(
    session: Session,
    candidate_id: int,
    reason: str,
    now: datetime,
    enrollment_id: int | None = None,
) -> Attention:
    """Ask the recruiter to look at this person. The same open reason is not asked twice."""
    query = select(Attention).where(
        col(Attention.candidate_id) == candidate_id,
        col(Attention.enrollment_id) == enrollment_id
        if enrollment_id is not None
        else col(Attention.enrollment_id).is_(None),
        col(Attention.reason) == reason,
        col(Attention.resolved_at).is_(None),
    )
    existing = session.exec(query).first()
    if existing is not None:
        return existing
    entry = Attention(
        candidate_id=candidate_id, enrollment_id=enrollment_id, reason=reason, created_at=now
    )
    session.add(entry)
    return entry


def open_flags(session: Session, candidate_ids: Iterable[int] | None = None) -> list[Attention]:
    """What still needs the recruiter, oldest first: everyone's, or these people's."""
    query = select(Attention).where(col(Attention.resolved_at).is_(None))
    if candidate_ids is not None:
        query = query.where(col(Attention.candidate_id).in_(list(candidate_ids)))
    return list(session.exec(query.order_by(col(Attention.created_at), col(Attention.id))))


def resolve(session: Session, attention_id: int, by: str, now: datetime) -> Attention | None:
    """The recruiter dealt with it; None when there is no such open entry."""
    entry = session.get(Attention, attention_id)
    if entry is None or entry.resolved_at is not None:
        return None
    entry.resolved_at, entry.resolved_by = now, by
    session.add(entry)
    return entry
