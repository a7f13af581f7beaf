"""`sequencer status`: every enrollment's state, its next touch and when, and why anything is
waiting, skipped, in doubt or failed."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.checkback import current_step_id
from sequencer.errors import SequencerError
from sequencer.people.addresses import normal_address
from sequencer.reports.export import consent_of
from sequencer.reports.status_rows import Person, Row, StatusRows, read_enrollments, read_rows
from sequencer.reports.terminal import Block
from sequencer.reports.wording import (
    Clocks,
    OpenTask,
    Who,
    enrollment_block,
    full_name,
)
from sequencer.spec.sequence import Sequence
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    Send,
    SendStatus,
    Task,
    TaskStatus,
)
from sequencer.store.notices import failing
from sequencer.store.pauses import paused_channels
from sequencer.store.people import people_at
from sequencer.store.versions import recall

Enrolled = tuple[Row, Person, Sequence]  # an enrollment (its columns), its person, its steps


def status(engine: sa.Engine, key: str | None = None) -> list[dict[str, Any]]:
    """One entry per enrollment (of one person when `key` is an email), newest last: the
    JSON of `status --json`, times in UTC."""
    with Session(engine) as session, _no_collection_pauses():
        enrollments = _enrollments(session, key)
        rows = _rows_for(session, enrollments, key)
        return [_entry(rows, *row) for row in enrollments]


def status_blocks(engine: sa.Engine, key: str | None = None) -> list[Block]:
    """`status` for a person to read: each enrollment in sentences and a table of its sends,
    times in the recruiter's zone with the person's beside."""
    with Session(engine) as session, _no_collection_pauses():
        enrollments = _enrollments(session, key)
        rows = _rows_for(session, enrollments, key)
        blocks = [enrollment_block(_entry(rows, *row), _who(*row[1:])) for row in enrollments]
        consent = _consent_blocks(session, key) if key is not None else []
    return [*consent, *(blocks or [Block("Nobody is enrolled.")])]


@contextmanager
def _no_collection_pauses() -> Iterator[None]:
    """Python's cycle collector off while the report is built: it walks every object made
    so far, again and again as hundreds of thousands of rows and dicts are made (none in a
    cycle), which took a third of the time at 30,000 enrollments (1.9 s of CPU without it,
    2.8-3.0 s with it: bench/status_bench.py). Back as it was afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _rows_for(session: Session, enrollments: list[Enrolled], key: str | None) -> StatusRows:
    """Everything shown beside these enrollments: everyone's, or one person's."""
    return read_rows(session, None if key is None else [row[1] for row in enrollments])


def _consent_blocks(session: Session, key: str) -> list[Block]:
    """One person's consent to texts and calls, and where each change came from."""
    blocks = []
    for person in people_at(session, [key]):
        said = consent_of(session, person)
        yes = {True: "yes", False: "no"}
        blocks.append(
            Block(
                title=f"{full_name(person.first_name, person.last_name) or person.key} · consent",
                lines=[f"Texts: {yes[said['texts']]}. Calls: {yes[said['calls']]}."],
                notes=[_consent_change(change) for change in said["history"]],
            )
        )
    return blocks


def _consent_change(change: dict[str, Any]) -> str:
    """`2026-11-23 14:00 UTC: texts given (CSV column sms_consent (people.csv, row 2))`."""
    what = "texts" if change["channel"] == "sms" else "calls"
    given = "given" if change["given"] else "withdrawn"
    return f"{change['at'][:16].replace('T', ' ')} UTC: {what} {given} ({change['source']})"


def _enrollments(session: Session, key: str | None) -> list[Enrolled]:
    rows = read_enrollments(session, None if key is None else normal_address(key))
    if key is not None and not rows and not people_at(session, [key]):
        raise SequencerError(
            "nobody imported with this address: check its spelling, or "
            "`sequencer import FILE.csv` first"
        )
    return [(e, p, recall(session, e.sequence_version)[0]) for e, p in rows]


def _who(person: CandidateRecord | Person, sequence: Sequence) -> Who:
    name = full_name(person.first_name, person.last_name)
    return Who(person.key, name, Clocks.of(sequence, person.timezone))


def _entry(rows: StatusRows, enrollment: Row, person: Person, sequence: Sequence) -> dict[str, Any]:
    sends = list(rows.sends.get(enrollment.id, []))
    steps = _step_order(enrollment.sequence_version, sequence)
    sends.sort(key=lambda s: steps.get(s.step_id, len(steps)))  # stable: id order within
    upcoming = current_step_id(enrollment, sequence)  # a not-now's check-back, or the next step
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
        "suppressed": _suppressed(rows, person),
        "email_undeliverable": person.email_undeliverable,
        "consent": _consent(person, rows.consent.get(person.id, [])),
        "events": [_event(e) for e in rows.events_since(enrollment)],
        "needs_attention": _needs_attention(rows, enrollment, person.id),
        "sends": [_send(rows, s) for s in sends],
    }


# Each version's step order, worked out once: versions never change.
_step_orders: dict[str, dict[str, int]] = {}


def _step_order(version: str, sequence: Sequence) -> dict[str, int]:
    """Where each step comes in the sequence: sends are listed in that order, then the rest
    (a check-back, a step of an older version)."""
    if version not in _step_orders:
        _step_orders[version] = {step.id: n for n, step in enumerate(sequence.steps)}
    return _step_orders[version]


def _held_until(enrollment: Row) -> datetime | None:
    held = enrollment.not_before
    if held is None or enrollment.status != "active":
        return None
    return held if held > (enrollment.last_touch_at or enrollment.started_at) else None


def _follow_on(enrollment: Row) -> dict[str, Any] | None:
    if not enrollment.follow_on:
        return None
    return {"sequence": enrollment.follow_on, "from": _iso(enrollment.follow_on_at)}


def _suppressed(rows: StatusRows, person: Person) -> str | None:
    found = rows.suppression_of(person.email, person.phone)
    return f"{found.address}: {found.reason}" if found else None


def _consent(person: Person, changes: list[Row]) -> dict[str, Any]:
    """As `export.consent_of` gives it, from changes already read."""
    return {
        "texts": person.sms_consent,
        "calls": person.call_consent,
        "history": [
            {"channel": c.channel, "given": c.given, "source": c.source, "at": _iso(c.at)}
            for c in changes
        ],
    }


def _event(event: Row) -> dict[str, Any]:
    return {
        "kind": str(event.kind),
        "channel": event.channel,
        "at": _iso(event.occurred_at),
        "detail": event.detail,
    }


def _needs_attention(rows: StatusRows, enrollment: Row, person_id: int) -> list[str]:
    """What only the recruiter can settle about this enrollment, or about the person."""
    flags = rows.flags.get(person_id, [])
    return [f.reason for f in flags if f.enrollment_id in (None, enrollment.id)]


def _waiting(enrollment: Row, sends: list[Row]) -> str | None:
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


def _send(rows: StatusRows, send: Row) -> dict[str, Any]:
    task = rows.tasks.get(send.id)
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
        "delivery": rows.deliveries.get(send.id),
        "task": {"id": task.id, "kind": task.kind, "status": str(task.status)} if task else None,
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def notices_failing(engine: sa.Engine) -> list[str]:
    """A line per recipient whose notices of replies and opt-outs cannot go out (the daemon
    tries again after 1, 2, 4 ... minutes, at most an hour); none when all is well."""
    stuck, waiting = failing(engine)
    told = f"{waiting} {'reply or opt-out' if waiting == 1 else 'replies or opt-outs'}"
    return [
        f"Notices to {b.to} are not going out: {told} not yet told"
        f" ({b.tries} failed {'try' if b.tries == 1 else 'tries'} since {b.since:%Y-%m-%d %H:%M}"
        f" UTC, next try {b.retry_at:%Y-%m-%d %H:%M} UTC): {b.reason.rstrip('.')}."
        " Check the email settings; meanwhile `sequencer replies` lists them."
        for b in stuck
    ]


def channels_paused(engine: sa.Engine) -> list[str]:
    """A line per channel paused because its provider refused our account; none when all
    is well. Its sends wait, due, and go once a test call (1, 2, 4 … 30 minutes apart)
    succeeds."""
    return [
        f"{p.channel} paused since {p.since:%Y-%m-%d %H:%M} UTC: {p.reason}."
        f" Nothing goes out by {p.channel} until a test call succeeds"
        f" (next {p.next_check_at:%Y-%m-%d %H:%M} UTC)."
        for p in paused_channels(engine).values()
    ]


def open_tasks(engine: sa.Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        return [_task(task, send) for task, send, _, _ in _open_task_rows(session)]


def open_tasks_of_people(engine: sa.Engine) -> list[OpenTask]:
    """`open_tasks`, each with its person, sequence and clocks (for `task_blocks`)."""
    with Session(engine) as session:
        return [
            OpenTask(_task(task, send), _who(person, sequence), sequence.name, task.created_at)
            for task, send, person, sequence in _open_task_rows(session)
        ]


def _open_task_rows(session: Session) -> list[tuple[Task, Send, CandidateRecord, Sequence]]:
    query = (
        select(Task, Send, Enrollment, CandidateRecord)
        .join(Send, col(Task.send_id) == Send.id)
        .join(Enrollment, col(Send.enrollment_id) == Enrollment.id)
        .join(CandidateRecord, col(Enrollment.candidate_id) == CandidateRecord.id)
        .where(Task.status == TaskStatus.OPEN)
        .order_by(col(Task.id))
    )
    return [
        (task, send, person, recall(session, enrollment.sequence_version)[0])
        for task, send, enrollment, person in session.exec(query)
    ]


def _task(task: Task, send: Send) -> dict[str, Any]:
    return {
        "id": task.id,
        "kind": task.kind,
        "to": task.to,
        "step": send.step_id,
        "body": task.body,
        "expires_at": _iso(task.expires_at),
    }
