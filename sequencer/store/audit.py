"""The audit log: who did what, and when. Every action a recruiter takes in the web app (a
task done, an outcome, a pause, an enrollment, an opt-out, an import) is one `AuditEntry`,
shown on the candidate's page. Entries are only ever added, never changed."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.store.models import AuditEntry

SHOWN = 200  # a candidate's page shows this many, newest first


def record(
    session: Session,
    at: datetime,
    actor: str,
    action: str,
    candidate_id: int | None = None,
    detail: str | None = None,
) -> AuditEntry:
    """One entry, in the caller's transaction (so it is written with the action, or not)."""
    entry = AuditEntry(at=at, actor=actor, action=action, candidate_id=candidate_id, detail=detail)
    session.add(entry)
    return entry


def write(
    engine: sa.Engine,
    at: datetime,
    actor: str,
    action: str,
    candidate_id: int | None = None,
    detail: str | None = None,
) -> None:
    """`record` in a transaction of its own: after an action that committed its own."""
    with Session(engine) as session, session.begin():
        record(session, at, actor, action, candidate_id, detail)


def entries_for(session: Session, candidate_id: int, limit: int = SHOWN) -> list[AuditEntry]:
    """What was done about this person, newest first."""
    query = (
        select(AuditEntry)
        .where(AuditEntry.candidate_id == candidate_id)
        .order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc())
        .limit(limit)
    )
    return list(session.exec(query))
