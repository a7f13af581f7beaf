"""Channels paused because their provider refused our account (a wrong or revoked key, a
suspended account), not one message: every send on it would be refused alike, so nothing is
sent on it, by any worker, until a test call succeeds.

The one place that pauses a channel (`pause`), reads the pauses (`paused_channels`: the
dispatcher, `status`, `/metrics` and the web app all ask it), takes the next test call
(`take_check`: one worker at a time, 1, 2, 4 … 30 minutes apart) and lifts a pause (`lift`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.store.database import reads_only
from sequencer.store.models import ChannelPause

FIRST_CHECK = timedelta(minutes=1)
LONGEST_WAIT = timedelta(minutes=30)
# Refused again this soon after a check lifted it (an account that authenticates but still
# may not send): the backoff goes on rather than starting over at a minute.
PROBATION = timedelta(hours=1)


@dataclass(frozen=True)
class Paused:
    channel: str  # "email", "sms" or "call"
    provider: str
    reason: str  # what the provider said, and which setting to check
    since: datetime
    next_check_at: datetime

    def held_until(self, now: datetime) -> datetime:
        """When a send held back by this pause is due again: at the next test call."""
        return self.next_check_at if self.next_check_at > now else now + FIRST_CHECK


def wait_after(checks: int) -> timedelta:
    """The wait before the next test call, after `checks` of them: 1, 2, 4 … 30 minutes."""
    doubled: timedelta = FIRST_CHECK * 2 ** min(checks, 16)  # (2**16 minutes: no overflow)
    return min(doubled, LONGEST_WAIT)


def paused_channels(engine: sa.Engine) -> dict[str, Paused]:
    """Every paused channel, by name, the oldest pause first. Only read (each chunk of a
    pass does): on SQLite it takes no write lock (`reads_only`)."""
    query = select(ChannelPause).where(col(ChannelPause.lifted_at).is_(None))
    with Session(reads_only(engine)) as session:
        return {
            row.channel: _paused(row)
            for row in session.exec(query.order_by(col(ChannelPause.since)))
        }


def pause(
    engine: sa.Engine, channel: str, provider: str, reason: str, now: datetime
) -> tuple[Paused, bool]:
    """`channel` paused (by this call, or already): its pause, and whether this call paused it
    (so that only one worker says so, once)."""
    with Session(engine) as session, session.begin():
        fresh = _insert_new(session, channel, provider, reason, now)
        row = session.get(ChannelPause, channel, with_for_update=True)
        assert row is not None
        if not fresh and row.lifted_at is not None:  # lifted before: paused again
            soon = row.lifted_at > now - PROBATION
            row.checks = row.checks + 1 if soon else 0
            row.provider, row.reason, row.since, row.lifted_at = provider, reason, now, None
            row.next_check_at = now + wait_after(row.checks)
            fresh = True
        return _paused(row), fresh


def take_check(engine: sa.Engine, channel: str, now: datetime) -> Paused | None:
    """The pause of `channel`, if its test call is due and this worker takes it; the next
    one is then set, further off, before the call is made (another worker won't make it)."""
    with Session(engine) as session, session.begin():
        row = session.get(ChannelPause, channel, with_for_update=True)
        if row is None or row.lifted_at is not None or row.next_check_at > now:
            return None
        row.checks += 1
        row.next_check_at = now + wait_after(row.checks)
        return _paused(row)


def still_refused(engine: sa.Engine, channel: str, reason: str) -> None:
    """A test call was refused too: its words, which may say more, replace the first ones."""
    with Session(engine) as session, session.begin():
        row = session.get(ChannelPause, channel, with_for_update=True)
        if row is not None and row.lifted_at is None:
            row.reason = reason


def lift(engine: sa.Engine, channel: str, now: datetime) -> bool:
    """The test call succeeded: `channel` sends again. Whether it was paused."""
    with Session(engine) as session, session.begin():
        row = session.get(ChannelPause, channel, with_for_update=True)
        if row is None or row.lifted_at is not None:
            return False
        row.lifted_at = now
        return True


def _insert_new(session: Session, channel: str, provider: str, reason: str, now: datetime) -> bool:
    """Add the pause unless there is a row already (another worker's, maybe a moment ago):
    INSERT … ON CONFLICT DO NOTHING, which SQLite and PostgreSQL both have."""
    # Imported here: only a refusal pauses a channel, and `status` (which reads pauses)
    # starts ~20 ms sooner without the PostgreSQL dialect on SQLite.
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    values = {
        "channel": channel,
        "provider": provider,
        "reason": reason,
        "since": now,
        "next_check_at": now + FIRST_CHECK,
        "checks": 0,
    }
    statement = dialect.insert(ChannelPause).values(**values).on_conflict_do_nothing()
    # RETURNING, not rowcount: psycopg reports no count for an INSERT … ON CONFLICT.
    added = session.connection().execute(statement.returning(col(ChannelPause.channel)))
    return added.first() is not None


def _paused(row: ChannelPause) -> Paused:
    return Paused(row.channel, row.provider, row.reason, row.since, row.next_check_at)
