"""`sequencer funnel`: per sequence and step, how many touches went out, were delivered,
opened, clicked, and how many people answered, bounced or opted out after it.

Delivery events name their send. A reply often does not (a text, an email whose client
dropped the headers): it is counted against the person's last touch before it arrived.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.errors import SequencerError
from sequencer.store.models import (
    Enrollment,
    Event,
    EventKind,
    Send,
    SendStatus,
    SequenceVersion,
)
from sequencer.store.versions import recall

COLUMNS = ("sent", "delivered", "opened", "clicked", "replied", "bounced", "opted out")
BY_SEND = {
    EventKind.DELIVERED: "delivered",
    EventKind.OPENED: "opened",
    EventKind.CLICKED: "clicked",
    EventKind.BOUNCE: "bounced",
}
BY_PERSON = {EventKind.REPLY: "replied", EventKind.OPT_OUT: "opted out"}


@dataclass
class Funnel:
    sequence: str
    steps: list[str]
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))


def funnel(engine: sa.Engine, sequence_name: str | None = None) -> list[Funnel]:
    """Per sequence (or the one named), per step. A name nobody was ever enrolled in is an
    error naming the known ones: a typo must not read as "nothing sent yet"."""
    with Session(engine) as session:
        if sequence_name:
            _known(session, sequence_name)
        query = select(Send, Enrollment).join(Enrollment, col(Enrollment.id) == Send.enrollment_id)
        if sequence_name:
            query = query.where(Enrollment.sequence_name == sequence_name)
        rows = list(session.exec(query.where(Send.status == SendStatus.SENT)))
        funnels = _funnels(session, [enrollment for _, enrollment in rows])
        where = {send.id: (e.sequence_name, send.step_id) for send, e in rows}
        for send, enrollment in rows:
            funnels[enrollment.sequence_name].counts[send.step_id]["sent"] += 1
        _count_by_send(session, funnels, where)
        _count_by_person(session, funnels, rows)
    return [funnels[name] for name in sorted(funnels)]


def _known(session: Session, name: str) -> None:
    known = set(session.exec(select(SequenceVersion.name)))
    if name not in known:
        names = ", ".join(sorted(known)) or "none yet (`sequencer enroll` starts one)"
        raise SequencerError(
            f"nobody was ever enrolled in {name!r}: check the name; known: {names}"
        )


def _funnels(session: Session, enrollments: list[Enrollment]) -> dict[str, Funnel]:
    """One per sequence, its steps in the order of its newest version."""
    newest = {e.sequence_name: e.sequence_version for e in sorted(enrollments, key=_started)}
    return {
        name: Funnel(name, [step.id for step in recall(session, version)[0].steps])
        for name, version in newest.items()
    }


def _started(enrollment: Enrollment) -> datetime:
    return enrollment.started_at


def _count_by_send(
    session: Session, funnels: dict[str, Funnel], where: dict[int | None, tuple[str, str]]
) -> None:
    query = (
        select(Event.send_id, Event.kind)
        .where(col(Event.kind).in_(BY_SEND), col(Event.send_id).in_(where))
        .distinct()
    )
    for send_id, kind in session.exec(query):
        name, step = where[send_id]
        funnels[name].counts[step][BY_SEND[EventKind(kind)]] += 1


def _count_by_person(
    session: Session, funnels: dict[str, Funnel], rows: list[tuple[Send, Enrollment]]
) -> None:
    touches: dict[int, list[tuple[datetime, str, str]]] = defaultdict(list)
    for send, enrollment in rows:
        if send.sent_at is not None:
            touches[enrollment.candidate_id].append(
                (send.sent_at, enrollment.sequence_name, send.step_id)
            )
    query = select(Event).where(
        col(Event.kind).in_(BY_PERSON), col(Event.candidate_id).in_(touches)
    )
    counted: set[tuple[int, str, str, str]] = set()  # people, not messages: one each
    for event in session.exec(query):
        assert event.candidate_id is not None
        before = [t for t in touches[event.candidate_id] if t[0] <= event.occurred_at]
        if before:
            _, name, step = max(before)
            column = BY_PERSON[EventKind(event.kind)]
            if (event.candidate_id, name, step, column) not in counted:
                counted.add((event.candidate_id, name, step, column))
                funnels[name].counts[step][column] += 1


def format_funnel(funnels: list[Funnel]) -> str:
    if not funnels:
        return "nothing sent yet\n"
    lines: list[str] = []
    for each in funnels:
        lines.append(f"{each.sequence}")
        lines.append(f"  {'step':<18}" + "".join(f"{c:>11}" for c in COLUMNS))
        for step in each.steps + sorted(set(each.counts) - set(each.steps)):
            counts = each.counts.get(step, Counter())
            lines.append(f"  {step:<18}" + "".join(f"{counts[c]:>11}" for c in COLUMNS))
        lines.append("")
    return "\n".join(lines)
