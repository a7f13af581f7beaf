"""`sequencer status`: every enrollment's state, its next touch and when, and why anything is
waiting, skipped, in doubt or failed, in words and tables; open tasks. The entries themselves
(`status`, `status_json`: the JSON) are made in `status_json.py`, which imports none of this
module's words and tables."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.reports.export import consent_of
from sequencer.reports.status_entries import entry
from sequencer.reports.status_json import enrolled, rows_for
from sequencer.reports.status_json import status as status  # where its users look for it
from sequencer.reports.status_json import status_json as status_json
from sequencer.reports.status_rows import EnrollmentRow, Person
from sequencer.reports.terminal import Block
from sequencer.reports.wording import (
    Clocks,
    OpenTask,
    Who,
    enrollment_block,
    full_name,
)
from sequencer.spec.sequence import Sequence
from sequencer.store.bulk import no_collection_pauses
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    Send,
    Task,
    TaskStatus,
)
from sequencer.store.notices import failing
from sequencer.store.pauses import paused_channels
from sequencer.store.people import people_at
from sequencer.store.versions import recall


def status_blocks(engine: sa.Engine, key: str | None = None) -> list[Block]:
    """`status` for a person to read: each enrollment in sentences and a table of its sends,
    times in the recruiter's zone with the person's beside."""
    with Session(engine) as session, no_collection_pauses():
        enrollments = enrolled(session, key)
        rows = rows_for(session, enrollments, key)
        blocks = [
            enrollment_block(entry(rows, *row), _who(row[1], _sequence(session, row[0])))
            for row in enrollments
        ]
        consent = _consent_blocks(session, key) if key is not None else []
    return [*consent, *(blocks or [Block("Nobody is enrolled.")])]


def _sequence(session: Session, enrollment: EnrollmentRow) -> Sequence:
    """The enrollment's version, whose time zones the text shows times in."""
    return recall(session, enrollment.sequence_version)[0]


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


def _who(person: CandidateRecord | Person, sequence: Sequence) -> Who:
    name = full_name(person.first_name, person.last_name)
    return Who(person.key, name, Clocks.of(sequence, person.timezone))


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
        "expires_at": task.expires_at.isoformat() if task.expires_at else None,
    }
