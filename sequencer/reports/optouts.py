"""What the Opt-outs page reads: the suppression list, newest first, a page at a time, with
how each address came onto it (its reason) and when, and whom it belongs to.

Two queries a page (the entries, their count) and one for the people behind them, however
long the list is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, func, or_, select

from sequencer.store.models import CandidateRecord, Suppression
from sequencer.store.people import people_at

PER_PAGE = 50


@dataclass(frozen=True)
class OptOut:
    address: str
    source: str  # why it is on the list: "texted STOP", "used the unsubscribe link", ...
    at: datetime
    candidate_id: int | None  # whom it belongs to, when someone imported has it
    name: str | None


@dataclass(frozen=True)
class OptOutPage:
    entries: list[OptOut]
    total: int  # entries matching the search, on every page
    page: int  # from 1
    pages: int


def opt_outs(
    engine: sa.Engine, search: str = "", page: int = 1, per_page: int = PER_PAGE
) -> OptOutPage:
    """One page of the list; with `search`, the entries whose address or reason contains it
    (any case)."""
    condition = _matching(search.strip())
    with Session(engine) as session:
        total = session.exec(select(func.count()).select_from(Suppression).where(condition)).one()
        pages = max(1, math.ceil(total / per_page))
        page = min(max(1, page), pages)
        query = (
            select(Suppression)
            .where(condition)
            .order_by(col(Suppression.created_at).desc(), col(Suppression.id).desc())
            .offset((page - 1) * per_page)
            .limit(per_page)
        )
        rows = list(session.exec(query))
        owners = {
            address: person
            for person in people_at(session, [row.address for row in rows])
            for address in (person.key, person.email, person.phone)
            if address
        }
        entries = [_entry(row, owners.get(row.address)) for row in rows]
    return OptOutPage(entries, total, page, pages)


def _matching(search: str) -> sa.ColumnElement[bool]:
    if not search:
        return sa.true()
    pattern = f"%{search.lower()}%"
    return or_(
        col(Suppression.address).like(pattern), func.lower(col(Suppression.reason)).like(pattern)
    )


def _entry(row: Suppression, person: CandidateRecord | None) -> OptOut:
    if person is None:
        return OptOut(row.address, row.reason, row.created_at, None, None)
    name = " ".join(filter(None, [person.first_name, person.last_name])) or None
    return OptOut(row.address, row.reason, row.created_at, person.id, name)
