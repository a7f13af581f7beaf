"""A person's journey, end to end: passes as the daemon runs them (it wakes for the next due
touch, or the next move to a follow-on sequence, so a short send window is never missed the
way `tick --every` can miss it), and what each person then found in the outbox."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from sequencer.config import Settings
from sequencer.daemon.passes import run_pass
from sequencer.store.models import Enrollment, EnrollmentStatus


def passes_when_due(
    engine: sa.Engine, settings: Settings, start: datetime, until: datetime
) -> list[datetime]:
    """Run a pass at `start`, then at each moment something is due, up to `until`; the
    moments of the passes."""
    moments, now = [], start
    while now <= until:
        run_pass(engine, settings, now)
        moments.append(now)
        due = _next_due(engine, now)
        if due is None:
            break
        now = max(due, now + timedelta(minutes=1))
    return moments


def _next_due(engine: sa.Engine, now: datetime) -> datetime | None:
    active = col(Enrollment.status) == EnrollmentStatus.ACTIVE
    with Session(engine) as session:
        due = session.exec(select(func.min(Enrollment.next_due_at)).where(active)).one()
        moves = select(func.min(Enrollment.follow_on_at)).where(col(Enrollment.follow_on_at) > now)
        follow_on = session.exec(moves).one()
    times = [_aware(t) for t in (due, follow_on) if t is not None]
    return min(times) if times else None


def _aware(moment: datetime | str) -> datetime:
    """An aggregate's value as SQLite gives it back too: without its time zone, or as text."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def received(outbox: Path) -> dict[str, list[tuple[str, str]]]:
    """Everyone's messages in the outbox, in the order they were written: to → [(kind, text)],
    an email's text being its subject and body."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(outbox.iterdir(), key=lambda path: path.stat().st_mtime_ns):
        if path.suffix == ".eml":
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            assert isinstance(message, EmailMessage)
            body = message.get_body(("plain",))
            assert body is not None
            text = f"{message['Subject']}\n{body.get_content()}"
            found.setdefault(str(message["To"]), []).append(("email", " ".join(text.split())))
        else:
            head, _, text = path.read_text().partition("\n\n")
            to = head.splitlines()[0].removeprefix("To: ")
            kind = "text" if path.name.endswith(".sms.txt") else "call"
            found.setdefault(to, []).append((kind, " ".join(text.split())))
    return found
