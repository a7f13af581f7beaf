"""The end of a claim: the step's message rendered and its send row written as `claimed`
(or, when it cannot go, the row that says why and the enrollment moved on). A LinkedIn step
becomes a task for the recruiter instead, and the sequence waits for it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from sequencer.channels import Email
from sequencer.engine.compose import compose
from sequencer.engine.enrollment import advance, send_row
from sequencer.engine.envelope import LinkedInTask, Outgoing, Voicemail, outgoing
from sequencer.engine.links import Links
from sequencer.engine.plan import Touch
from sequencer.engine.unsent import fail_unrendered, task_expiry
from sequencer.errors import RenderError
from sequencer.ops.logs import send_fields, send_log
from sequencer.people.candidate import Candidate
from sequencer.spec.content import Content
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import TemplateLibrary
from sequencer.store.models import Enrollment, Send, SendStatus, Task

log = send_log


@dataclass(frozen=True)
class Written:
    """A claim whose send row gets its id when the chunk's rows are written: `row`, a row
    claimed again (a retry, a crash's leftover); or, for a new one, None and its `values`,
    inserted with the rest of the chunk's in one statement (`engine.claim`), as building
    each through the ORM cost more than the rest of its claim."""

    row: Send | None
    values: dict[str, Any]  # the new row's columns
    enrollment_id: int
    message: Outgoing
    sequence: Sequence
    candidate: Candidate


def pass_over(
    session: Session,
    enrollment: Enrollment,
    touch: Touch,
    sequence: Sequence,
    candidate: Candidate,
    status: SendStatus,
    reason: str,
    now: datetime,
) -> str:
    """This step will not go out (`status` says how, `reason` why): on to the next one."""
    assert enrollment.id is not None
    session.add(send_row(enrollment.id, touch, status, now, reason))
    log.info(
        "not sent: %s",
        status,
        extra={
            "enrollment_id": enrollment.id,
            "step": touch.step.id,
            "channel": touch.channel,
            "outcome": str(status),
            "reason": reason,
        },
    )
    advance(session, enrollment, sequence, candidate, now, touched=False)
    return str(status)


def write_send(
    session: Session,
    enrollment: Enrollment,
    sends: dict[str, Send],
    sequence: Sequence,
    library: TemplateLibrary,
    candidate: Candidate,
    touch: Touch,
    now: datetime,
    links: Links | None,
    content: Content | None = None,
) -> Written | str:
    assert enrollment.id is not None
    existing = sends.get(touch.step.id)
    if existing is not None and existing.status == SendStatus.SENDING:
        enrollment.next_due_at = None  # in doubt: reconciled from provider events, not re-sent
        log.warning("in doubt: not sent again", extra=send_fields(existing, "in doubt"))
        return "in doubt"
    sent = _sent_emails(sends)
    subjects = {step: subject for step, (_, subject) in sent.items()}
    try:
        message = compose(
            sequence,
            candidate,
            touch,
            library,
            subjects,
            links,
            enrollment_id=enrollment.id,
            content=content,
        )
    except RenderError as exc:  # held for the recruiter: no follow-up about a note never sent
        return fail_unrendered(session, enrollment, existing, touch, str(exc), now)
    out = outgoing(
        sequence,
        enrollment.id,
        touch,
        message,
        candidate.email,
        {step: message_id for step, (message_id, _) in sent.items()},
        candidate.call_consent,
        links,
    )
    # Its words, for the person's export: the body, and what a voicemail says.
    words = {"subject": message.subject, "body": message.body, "script": message.script}
    words["message_id"] = _message_id_of(out)
    if existing is None and not isinstance(out, LinkedInTask):
        values = claimed_values(enrollment.id, touch, now) | words
        return Written(None, values, enrollment.id, out, sequence, candidate)
    # A row left `claimed` by a crash, or waiting to retry, is claimed again as it is.
    row = existing or send_row(enrollment.id, touch, SendStatus.CLAIMED, now)
    row.status, row.claimed_at = SendStatus.CLAIMED, now
    row.subject, row.body, row.script = words["subject"], words["body"], words["script"]
    row.message_id = words["message_id"]
    session.add(row)
    if isinstance(out, LinkedInTask):
        session.flush()
        expires_at = task_expiry(sequence, candidate, enrollment, touch, now)
        return _wait_for_recruiter(session, enrollment, row, out, now, expires_at)
    return Written(row, {}, enrollment.id, out, sequence, candidate)


def claimed_values(enrollment_id: int, touch: Touch, now: datetime) -> dict[str, Any]:
    """The columns of a new `claimed` row, as `send_row` and the model's defaults set them."""
    return {
        "enrollment_id": enrollment_id,
        "step_id": touch.step.id,
        "channel": touch.channel.value if touch.channel else None,
        "to": touch.to,
        "status": SendStatus.CLAIMED,
        "reason": None,
        "provider": None,
        "provider_id": None,
        "attempts": 0,
        "claimed_at": now,
        "sent_at": None,
    }


def _sent_emails(sends: dict[str, Send]) -> dict[str, tuple[str, str]]:
    """step id → (Message-ID, subject) of every email this enrollment sent."""
    return {
        step: (s.message_id, s.subject or "")
        for step, s in sends.items()
        if s.status == SendStatus.SENT and s.message_id
    }


def _message_id_of(out: Outgoing) -> str | None:
    if isinstance(out, Email):
        return out.message_id
    return out.email.message_id if isinstance(out, Voicemail) else None


def _wait_for_recruiter(
    session: Session,
    enrollment: Enrollment,
    row: Send,
    task: LinkedInTask,
    now: datetime,
    expires_at: datetime,
) -> str:
    assert row.id is not None
    row.status = SendStatus.WAITING
    session.add(
        Task(
            send_id=row.id,
            kind="linkedin",
            to=task.to,
            body=task.body,
            created_at=now,
            expires_at=expires_at,
        )
    )
    enrollment.next_due_at = None  # the sequence waits for the recruiter (or the expiry)
    log.info("task for the recruiter", extra=send_fields(row, "task"))
    return "task"


_TABLE: sa.Table = Send.__table__  # type: ignore[attr-defined]
# Built once (SQLAlchemy reuses its compiled form); run with a chunk's rows, one statement.
_INSERT = sa.insert(_TABLE).returning(_TABLE.c.enrollment_id, _TABLE.c.id)


def insert_claimed(connection: sa.Connection, rows: list[dict[str, Any]]) -> dict[int, int]:
    """New `claimed` send rows (`claimed_values`), inserted in one statement: their ids, by
    enrollment. A row another worker wrote first fails it (IntegrityError). On PostgreSQL the
    rows go as one array a column (`unnest`): a statement of a few parameters whose parsing
    psycopg caches, where a VALUES list of 32 rows has ~500 and is parsed afresh each time
    (0.5 ms of CPU a send)."""
    if connection.dialect.name == "postgresql":
        columns = tuple(rows[0])
        arrays = {name: [row[name] for row in rows] for name in columns}
        statement = _insert_unnested(columns, connection.dialect)
        inserted = connection.execute(statement, _bound(arrays, connection.dialect))
    else:
        inserted = connection.execute(_INSERT, rows)
    return {row.enrollment_id: row.id for row in inserted}


@functools.cache
def _insert_unnested(columns: tuple[str, ...], dialect: sa.Dialect) -> sa.TextClause:
    names = ", ".join(dialect.identifier_preparer.quote(name) for name in columns)
    arrays = ", ".join(
        f"CAST(:{name} AS {_TABLE.c[name].type.compile(dialect)}[])" for name in columns
    )
    return sa.text(
        f"INSERT INTO send ({names}) SELECT * FROM unnest({arrays}) RETURNING enrollment_id, id"
    )


def _bound(arrays: dict[str, list[Any]], dialect: sa.Dialect) -> dict[str, list[Any]]:
    """Each column's values as its type hands them to the driver (aware times in UTC)."""
    bound = {}
    for name, values in arrays.items():
        process = _TABLE.c[name].type.bind_processor(dialect)
        bound[name] = [process(v) for v in values] if process else values
    return bound
