"""`sequencer status`: every enrollment's state, its next touch and when, and why anything is
waiting, skipped, in doubt or failed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.models import CandidateRecord, Enrollment, Send, SendStatus, Task, TaskStatus
from sequencer.versions import recall


def status(engine: sa.Engine, key: str | None = None) -> list[dict[str, Any]]:
    """One entry per enrollment (of one person when `key` is an email), newest last."""
    with Session(engine) as session:
        query = select(Enrollment, CandidateRecord).join(CandidateRecord)
        if key is not None:
            query = query.where(CandidateRecord.key == key.strip().lower())
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
        "sends": [_send(session, s) for s in sends],
    }


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
    for send in entry["sends"]:
        detail = send["reason"] or (f"via {send['provider']}" if send["provider"] else "")
        when = f" {send['sent_at']}" if send["sent_at"] else ""
        lines.append(
            f"  {send['step']:<16} {send['channel'] or '-':<9} {send['status']}{when}"
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
