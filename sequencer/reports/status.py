"""`sequencer status`: every enrollment's state, its next touch and when, and why anything is
waiting, skipped, in doubt or failed, in words and tables; open tasks. The entries themselves
(`status`, `status_json`: the JSON) are made in `status_json.py`, which imports none of this
module's words and tables. The text is made from the same rows by the same rules
(`status_entries`), without the entries, a block at a time as it is written."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import chain
from typing import TYPE_CHECKING, Any, NamedTuple

import sqlalchemy as sa

from sequencer.reports.status_entries import (
    held_until,
    in_step_order,
    needs_attention,
    shown_status,
    suppressed,
    waiting,
)
from sequencer.reports.status_json import Enrolled, enrolled, rows_for
from sequencer.reports.status_json import status as status  # where its users look for it
from sequencer.reports.status_json import status_json as status_json
from sequencer.reports.status_tables import CHANNEL_PAUSE, LEASE, NOTICE_BACKOFF, SEQUENCE_VERSION
from sequencer.reports.terminal import Block, Table
from sequencer.reports.wording import (
    SEND_COLUMNS,
    Clocks,
    OpenTask,
    Who,
    event_said,
    full_name,
    named,
    send_note,
    sentence,
    standing,
    task_note,
)
from sequencer.spec import yamlsource
from sequencer.spec.outline import StepIds, waiting_step
from sequencer.store.bulk import no_collection_pauses

# Plain status reads with SQLAlchemy Core alone (`status_tables`); the models, SQLModel's
# sessions and the store modules built on them are imported by what needs them: one
# person's consent, the open tasks (`sequencer tasks`), a paused channel, failing notices.
if TYPE_CHECKING:
    from sqlmodel import Session

    from sequencer.reports.status_rows import (
        EnrollmentRow,
        EventRow,
        Person,
        SendRow,
        StatusRows,
    )
    from sequencer.spec.sequence import Sequence
    from sequencer.store.models import CandidateRecord, Send, Task


def status_blocks(engine: sa.Engine, key: str | None = None) -> Iterator[Block]:
    """`status` for a person to read: each enrollment in sentences and a table of its sends,
    times in the recruiter's zone with the person's beside. Everything is read here, the
    blocks made one by one as they are taken (`show` writes each as it comes)."""
    with engine.connect() as connection, no_collection_pauses():
        enrollments = enrolled(connection, key)
        rows = rows_for(connection, enrollments, key, for_text=True)
        zones = version_zones(connection, {e.sequence_version for e, _, _ in enrollments})
        consent = _consent_blocks(connection, key) if key is not None else []
    if not enrollments:
        return iter([*consent, Block("Nobody is enrolled.")])
    return chain(consent, _enrollment_blocks(rows, enrollments, zones))


def _enrollment_blocks(
    rows: StatusRows, enrollments: list[Enrolled], zones: dict[str, VersionZones]
) -> Iterator[Block]:
    # The clocks of each version and zone, kept for this report: each says a second once.
    clocks: dict[tuple[str, str | None], Clocks] = {}
    with no_collection_pauses():
        for enrollment, person, steps in enrollments:
            zone = (enrollment.sequence_version, person.timezone)
            said = clocks.get(zone)
            if said is None:
                said = clocks[zone] = Clocks.of(zones[zone[0]], zone[1])
            yield _enrollment_block(rows, enrollment, person, steps, said)


def _enrollment_block(
    rows: StatusRows, enrollment: EnrollmentRow, person: Person, steps: StepIds, clocks: Clocks
) -> Block:
    """One enrollment in words: who and which sequence, then sentences, then its sends. What
    its `--json` entry says (`status_entries.entry`), from the same rows by the same rules,
    without the entry: 100,000 of them cost plain status a fifth of its time."""
    sends = in_step_order(rows.sends.get(enrollment.id, []), enrollment, steps)
    who = named(person.key, full_name(person.first_name, person.last_name))
    return Block(
        f"{who} · {enrollment.sequence_name} ({enrollment.sequence_version})",
        _situation(rows, enrollment, person, steps, sends, clocks),
        [Table(SEND_COLUMNS, _send_rows(rows, sends, clocks))] if sends else (),
        notes=[_event(event, clocks) for event in rows.events_since(enrollment)],
    )


def _situation(
    rows: StatusRows,
    enrollment: EnrollmentRow,
    person: Person,
    steps: StepIds,
    sends: list[SendRow],
    clocks: Clocks,
) -> list[str]:
    state = enrollment.status
    lines = [standing(state, enrollment.status_reason, enrollment.touches_sent)]
    if state == "active":
        step = waiting_step(steps, enrollment.next_step, enrollment.check_back_on)
        due = enrollment.next_due_at
        if step and due:
            lines.append(f"Next: {step} on {clocks.both(due)}.")
        why = waiting(sends) if due is None else None
        if why:
            lines.append(sentence(why))
        held = held_until(enrollment)
        if held:
            lines.append(f"Held: no touch before {clocks.both(held)}.")
    if enrollment.follow_on:
        lines.append(f"Moves to {enrollment.follow_on} on {clocks.both(enrollment.follow_on_at)}.")
    listed = suppressed(rows, person)
    if listed:
        lines.append(f"Opted out: {listed}.")
    if person.email_undeliverable:
        lines.append(f"Email undeliverable: {person.email_undeliverable}.")
    lines += [
        sentence(f"Needs attention: {why}") for why in needs_attention(rows, enrollment, person.id)
    ]
    return lines


def _event(event: EventRow, clocks: Clocks) -> str:
    said = event_said(event.kind, event.channel, event.detail)
    return f"{clocks.both(event.occurred_at)}: {said}"


def _send_rows(rows: StatusRows, sends: list[SendRow], clocks: Clocks) -> list[tuple[str, ...]]:
    """A row per send: its step, channel and status, when (and their time), and a note."""
    tasks, deliveries, side_by_side = rows.tasks, rows.deliveries, clocks.side_by_side
    table: list[tuple[str, ...]] = []
    for send in sends:
        status = shown_status(send)
        task = tasks.get(send.id)
        doing = task_note(task.id, task.status, status) if task else ""
        note = send_note(deliveries.get(send.id), doing, send.reason, send.provider)
        mine, theirs = side_by_side(send.sent_at)
        table.append((send.step_id, send.channel or "-", status, mine, theirs, note))
    return table


class VersionZones(NamedTuple):
    """A stored version's zones, as its `Sequence` has them (`Clocks.of`)."""

    timezone: str
    sender: Mapping[str, Any]


def version_zones(connection: sa.Connection, versions: set[str]) -> dict[str, VersionZones]:
    """The time zones of these versions, read from their stored YAML without checking it
    again (as `spec.outline` reads their steps): `recall`ing each version, for its zones
    alone, imported and ran the whole check (pydantic, Jinja2, the wording checks), 0.28 s
    of plain status's start on a busy machine."""
    version, source = SEQUENCE_VERSION.c.version, SEQUENCE_VERSION.c.source
    read = connection.execute(sa.select(version, source).where(version.in_(sorted(versions))))
    zones = {}
    for name, text in read:
        data, _ = yamlsource.load(text)
        # "UTC": `Sequence.timezone`'s default, for a file that names no zone.
        zones[name] = VersionZones(str(data.get("timezone", "UTC")), data.get("sender") or {})
    return zones


def _consent_blocks(connection: sa.Connection, key: str) -> list[Block]:
    """One person's consent to texts and calls, and where each change came from."""
    from sqlmodel import Session

    from sequencer.store.people import people_at  # one person's: not for everyone's

    with Session(bind=connection) as session:
        return [_consent_block(session, person) for person in people_at(session, [key])]


def _consent_block(session: Session, person: CandidateRecord) -> Block:
    from sequencer.reports.export import consent_of

    said = consent_of(session, person)
    yes = {True: "yes", False: "no"}
    return Block(
        title=f"{full_name(person.first_name, person.last_name) or person.key} · consent",
        lines=[f"Texts: {yes[said['texts']]}. Calls: {yes[said['calls']]}."],
        notes=[_consent_change(change) for change in said["history"]],
    )


def _consent_change(change: dict[str, Any]) -> str:
    """`2026-11-23 14:00 UTC: texts given (CSV column sms_consent (people.csv, row 2))`."""
    what = "texts" if change["channel"] == "sms" else "calls"
    given = "given" if change["given"] else "withdrawn"
    return f"{change['at'][:16].replace('T', ' ')} UTC: {what} {given} ({change['source']})"


def _who(person: CandidateRecord, sequence: Sequence) -> Who:
    name = full_name(person.first_name, person.last_name)
    return Who(person.key, name, Clocks.of(sequence, person.timezone))


def notices_failing(engine: sa.Engine) -> list[str]:
    """A line per recipient whose notices of replies and opt-outs cannot go out (the daemon
    tries again after 1, 2, 4 ... minutes, at most an hour); none when all is well."""
    if not _any(engine, LEASE.c.name.startswith(NOTICE_BACKOFF)):  # all is well
        return []
    from sequencer.store.notices import failing

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
    if not _any(engine, CHANNEL_PAUSE.c.lifted_at.is_(None)):  # all is well
        return []
    from sequencer.store.pauses import paused_channels

    return [
        f"{p.channel} paused since {p.since:%Y-%m-%d %H:%M} UTC: {p.reason}."
        f" Nothing goes out by {p.channel} until a test call succeeds"
        f" (next {p.next_check_at:%Y-%m-%d %H:%M} UTC)."
        for p in paused_channels(engine).values()
    ]


def _any(engine: sa.Engine, where: sa.ColumnElement[bool]) -> bool:
    """Whether a row of the column's table meets the condition: one short read, so that the
    store's modules (and SQLModel's ORM, 0.2 s of a start) are imported only when one does."""
    with engine.connect() as connection:
        return bool(connection.scalar(sa.select(sa.exists().where(where))))


def open_tasks(engine: sa.Engine) -> list[dict[str, Any]]:
    from sqlmodel import Session

    with Session(engine) as session:
        return [_task(task, send) for task, send, _, _ in _open_task_rows(session)]


def open_tasks_of_people(engine: sa.Engine) -> list[OpenTask]:
    """`open_tasks`, each with its person, sequence and clocks (for `task_blocks`)."""
    from sqlmodel import Session

    with Session(engine) as session:
        return [
            OpenTask(_task(task, send), _who(person, sequence), sequence.name, task.created_at)
            for task, send, person, sequence in _open_task_rows(session)
        ]


def _open_task_rows(session: Session) -> list[tuple[Task, Send, CandidateRecord, Sequence]]:
    from sqlmodel import col, select

    from sequencer.store.models import CandidateRecord, Enrollment, Send, Task, TaskStatus
    from sequencer.store.versions import recall

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
