"""`sequencer status`: every enrollment's state, its next touch and when, and why anything is
waiting, skipped, in doubt or failed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.people.addresses import addresses_of, normal_address
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    Event,
    EventKind,
    Send,
    SendStatus,
    Task,
    TaskStatus,
)
from sequencer.store.suppression import entry_for
from sequencer.store.versions import recall


def status(engine: sa.Engine, key: str | None = None) -> list[dict[str, Any]]:
    """One entry per enrollment (of one person when `key` is an email), newest last."""
    with Session(engine) as session:
        query = select(Enrollment, CandidateRecord).join(CandidateRecord)
        if key is not None:
            query = query.where(CandidateRecord.key == normal_address(key))
        rows = session.exec(query.order_by(col(Enrollment.id))).all()
        return [_entry(session, enrollment, person) for enrollment, person in rows]


def _entry(session: Session, enrollment: Enrollment, person: CandidateRecord) -> dict[str, Any]:
    sequence, _ = recall(session, enrollment.sequence_version)
    sends = list(session.exec(select(Send).where(Send.enrollment_id == enrollment.id)))
    steps = [s.id for s in sequence.steps]
    sends.sort(key=lambda s: steps.index(s.step_id) if s.step_id in steps else len(steps))
    upcoming = steps[enrollment.next_step] if enrollment.next_step < len(steps) else None
    return {
        "candidate": person.key,
        "sequence": enrollment.sequence_name,
        "version": enrollment.sequence_version,
        "status": str(enrollment.status),
        "reason": enrollment.status_reason,
        "touches_sent": enrollment.touches_sent,
        "next_step": upcoming if enrollment.status == "active" else None,
        "next_due_at": _iso(enrollment.next_due_at),
        "waiting": _waiting(enrollment, sends),
        "held_until": _iso(_held_until(enrollment)),
        "follow_on": _follow_on(enrollment),
        "suppressed": _suppressed(session, person),
        "email_undeliverable": person.email_undeliverable,
        "events": _events(session, enrollment),
        "sends": [_send(session, s) for s in sends],
    }


# What the person did, shown with each enrollment that was running when they did it.
CAME_BACK = (
    EventKind.REPLY,
    EventKind.AUTO_REPLY,
    EventKind.OPT_OUT,
    EventKind.OPT_IN,
    EventKind.BOUNCE,
)
SHOWN = (*CAME_BACK, EventKind.OUTCOME)
# How a send fared, latest first in importance.
DELIVERY = (
    EventKind.CLICKED,
    EventKind.OPENED,
    EventKind.DELIVERED,
    EventKind.CALL,
    EventKind.BOUNCE,
    EventKind.FAILED,
    EventKind.ACCEPTED,
)


def _held_until(enrollment: Enrollment) -> datetime | None:
    held = enrollment.not_before
    if held is None or enrollment.status != "active":
        return None
    return held if held > (enrollment.last_touch_at or enrollment.started_at) else None


def _follow_on(enrollment: Enrollment) -> dict[str, Any] | None:
    if not enrollment.follow_on:
        return None
    return {"sequence": enrollment.follow_on, "from": _iso(enrollment.follow_on_at)}


def _suppressed(session: Session, person: CandidateRecord) -> str | None:
    found = entry_for(session, addresses_of(person.email, person.phone))
    return f"{found.address}: {found.reason}" if found else None


def _events(session: Session, enrollment: Enrollment) -> list[dict[str, Any]]:
    query = (
        select(Event)
        .where(
            Event.candidate_id == enrollment.candidate_id,
            col(Event.kind).in_(SHOWN),
            col(Event.occurred_at) >= enrollment.started_at,
        )
        .order_by(col(Event.occurred_at))
    )
    return [
        {"kind": str(e.kind), "channel": e.channel, "at": _iso(e.occurred_at), "detail": e.detail}
        for e in session.exec(query)
    ]


def _delivery(session: Session, send: Send) -> str | None:
    kinds = {e.kind: e for e in session.exec(select(Event).where(Event.send_id == send.id))}
    best = next((kind for kind in DELIVERY if kind in kinds), None)
    if best is None:
        return None
    return kinds[best].detail if best == EventKind.CALL else str(best)


def _waiting(enrollment: Enrollment, sends: list[Send]) -> str | None:
    """Why an active enrollment has no next time."""
    if enrollment.status != "active" or enrollment.next_due_at is not None:
        return None
    if any(s.status == SendStatus.SENDING for s in sends):
        return (
            "in doubt: a send was handed to the provider but never confirmed; it is not "
            "re-sent, and provider events will settle it"
        )
    if any(s.status == SendStatus.WAITING for s in sends):
        return "waiting for the recruiter to do a task (sequencer tasks)"
    return None


def _send(session: Session, send: Send) -> dict[str, Any]:
    task = session.exec(select(Task).where(Task.send_id == send.id)).first()
    return {
        "step": send.step_id,
        "channel": send.channel,
        "to": send.to,
        "status": "in doubt" if send.status == SendStatus.SENDING else str(send.status),
        "reason": send.reason,
        "subject": send.subject,
        "provider": send.provider,
        "provider_id": send.provider_id,
        "attempts": send.attempts,
        "sent_at": _iso(send.sent_at),
        "delivery": _delivery(session, send),
        "task": {"id": task.id, "kind": task.kind, "status": str(task.status)} if task else None,
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def format_status(entries: list[dict[str, Any]]) -> str:
    if not entries:
        return "nobody is enrolled\n"
    return "\n".join(_format_entry(entry) for entry in entries)


def _format_entry(entry: dict[str, Any]) -> str:
    head = (
        f"{entry['candidate']} · {entry['sequence']} ({entry['version']}) · {entry['status']}"
        f"{' (' + entry['reason'] + ')' if entry['reason'] else ''} · "
        f"{entry['touches_sent']} touch(es) sent"
    )
    lines = [head]
    if entry["next_step"] and entry["next_due_at"]:
        lines.append(f"  next: {entry['next_step']} at {entry['next_due_at']}")
    if entry["waiting"]:
        lines.append(f"  {entry['waiting']}")
    if entry["held_until"]:
        lines.append(f"  held: no touch before {entry['held_until']}")
    if entry["follow_on"]:
        follow = entry["follow_on"]
        lines.append(f"  moves to {follow['sequence']} from {follow['from']}")
    if entry["suppressed"]:
        lines.append(f"  opted out: {entry['suppressed']}")
    if entry["email_undeliverable"]:
        lines.append(f"  email undeliverable: {entry['email_undeliverable']}")
    for event in entry["events"]:
        words = " ".join((event["detail"] or "").split())
        said = f": {words[:70]}{'…' if len(words) > 70 else ''}" if words else ""
        lines.append(f"  {event['at']} {event['kind']} ({event['channel'] or '-'}){said}")
    for send in entry["sends"]:
        detail = send["reason"] or (f"via {send['provider']}" if send["provider"] else "")
        when = f" {send['sent_at']}" if send["sent_at"] else ""
        delivery = f" [{send['delivery']}]" if send["delivery"] else ""
        lines.append(
            f"  {send['step']:<16} {send['channel'] or '-':<9} {send['status']}{when}{delivery}"
            f"{' — ' + detail if detail else ''}"
        )
    return "\n".join(lines) + "\n"


def open_tasks(engine: sa.Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        query = select(Task, Send).join(Send).where(Task.status == TaskStatus.OPEN)
        return [
            {
                "id": task.id,
                "kind": task.kind,
                "to": task.to,
                "step": send.step_id,
                "body": task.body,
                "expires_at": _iso(task.expires_at),
            }
            for task, send in session.exec(query.order_by(col(Task.id)))
        ]


def format_tasks(tasks: list[dict[str, Any]]) -> str:
    """`open_tasks` for the terminal: a line per task, then its text, indented."""
    return "".join(
        f"#{task['id']} {task['kind']} to {task['to']} (step {task['step']}, "
        f"expires {task['expires_at'] or 'never'})\n"
        + "".join(f"    {line}\n" for line in task["body"].splitlines())
        + "\n"
        for task in tasks
    )


def replies(engine: sa.Engine, since: datetime | None = None) -> list[dict[str, Any]]:
    """What people sent back, newest first, matched to someone or not."""
    query = select(Event, CandidateRecord).join(CandidateRecord, isouter=True)
    query = query.where(col(Event.kind).in_(CAME_BACK))
    if since is not None:
        query = query.where(col(Event.occurred_at) >= since)
    with Session(engine) as session:
        rows = session.exec(query.order_by(col(Event.occurred_at).desc(), col(Event.id).desc()))
        return [
            {
                "at": _iso(event.occurred_at),
                "kind": str(event.kind),
                "channel": event.channel,
                "candidate": person.key if person else None,
                "detail": event.detail,
            }
            for event, person in rows
        ]


def format_replies(entries: list[dict[str, Any]]) -> str:
    if not entries:
        return "nothing came back\n"
    lines = []
    for entry in entries:
        who = entry["candidate"] or "unmatched (no person with this address or thread)"
        words = " ".join((entry["detail"] or "").split())
        lines.append(f"{entry['at']} {entry['kind']:<10} {entry['channel'] or '-':<9} {who}")
        if words:
            lines.append(f"    {words[:100]}{'…' if len(words) > 100 else ''}")
    return "\n".join(lines) + "\n"
