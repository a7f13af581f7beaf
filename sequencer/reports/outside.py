"""`sequencer events`: what ATSs and scheduling tools told us (applied, rejected, hired, a
stage, a meeting booked or cancelled), newest first; with `--unmatched`, only those about
nobody imported, with what named them, so the recruiter can import the person or fix the
address (nothing is dropped silently)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.reports.event_kinds import OUTSIDE
from sequencer.reports.terminal import Block, Table
from sequencer.store.models import CandidateRecord, Event, EventKind

SAID = {
    EventKind.APPLIED: "applied",
    EventKind.REJECTED: "rejected",
    EventKind.HIRED: "hired",
    EventKind.STAGE_CHANGED: "stage changed",
    EventKind.MEETING_BOOKED: "meeting booked",
    EventKind.MEETING_CANCELED: "meeting cancelled",
}
LIMIT = 500  # newest first: older ones are in the database, and in `--json --since`


@dataclass(frozen=True)
class OutsideRow:
    id: int
    what: str  # "meeting booked"
    source: str  # "calendly"
    at: datetime  # when it happened, by the source's word
    person: str | None  # their key; None: nobody imported matched
    detail: str | None

    def as_json(self) -> dict[str, Any]:
        return asdict(self) | {"at": self.at.isoformat()}


def outside_events(
    engine: sa.Engine, unmatched: bool = False, since: datetime | None = None
) -> list[OutsideRow]:
    """ATS and scheduling-tool events, newest first (only those about nobody, `unmatched`)."""
    query = (
        select(Event, CandidateRecord.key)
        .outerjoin(CandidateRecord, col(Event.candidate_id) == CandidateRecord.id)
        .where(col(Event.kind).in_(OUTSIDE))
    )
    if unmatched:
        query = query.where(col(Event.candidate_id).is_(None))
    if since is not None:
        query = query.where(col(Event.occurred_at) >= since)
    query = query.order_by(col(Event.occurred_at).desc(), col(Event.id).desc()).limit(LIMIT)
    with Session(engine) as session:
        return [_row(event, key) for event, key in session.exec(query)]


def _row(event: Event, key: str | None) -> OutsideRow:
    assert event.id is not None
    return OutsideRow(
        id=event.id,
        what=SAID.get(event.kind, str(event.kind)),
        source=event.channel or "unknown",
        at=event.occurred_at,
        person=key,
        detail=event.detail,
    )


COLUMNS = ("#", "when (UTC)", "source", "what", "who", "detail")


def outside_blocks(rows: list[OutsideRow], unmatched: bool) -> list[Block]:
    if not rows:
        nothing = "about nobody we know" if unmatched else "from an ATS or a scheduling tool"
        return [Block(f"No events {nothing}.")]
    title = (
        f"{_count(len(rows))} about nobody imported: import them (sequencer import), then "
        "their next event finds them"
        if unmatched
        else f"{_count(len(rows))} from ATSs and scheduling tools, newest first"
    )
    table = Table(COLUMNS, [_cells(row) for row in rows], whole=("who",))
    return [Block(title, tables=[table])]


def _cells(row: OutsideRow) -> tuple[str, ...]:
    return (
        str(row.id),
        f"{row.at:%Y-%m-%d %H:%M}",
        row.source,
        row.what,
        row.person or "nobody imported",
        row.detail or "",
    )


def _count(n: int) -> str:
    return f"{n} event{'' if n == 1 else 's'}"
