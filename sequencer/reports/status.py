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
from sqlmodel import Session, col, select

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
from sequencer.reports.terminal import Block, Table
from sequencer.reports.wording import (
    SEND_COLUMNS,
    Clocks,
    OpenTask,
    Who,
    event_said,
    full_name,
    send_note,
    sentence,
    standing,
    task_note,
)
from sequencer.spec import yamlsource
from sequencer.spec.outline import StepIds, waiting_step
from sequencer.store.bulk import no_collection_pauses
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    Send,
    SequenceVersion,
    Task,
    TaskStatus,
)
from sequencer.store.notices import failing
from sequencer.store.pauses import paused_channels

if TYPE_CHECKING:  # plain `status` checks no version again, and imports no checks
    from sequencer.reports.status_rows import (
        EnrollmentRow,
        EventRow,
        Person,
        SendRow,
        StatusRows,
    )
    from sequencer.spec.sequence import Sequence


def status_blocks(engine: sa.Engine, key: str | None = None) -> Iterator[Block]:
    """`status` for a person to read: each enrollment in sentences and a table of its sends,
    times in the recruiter's zone with the person's beside. Everything is read here, the
    blocks made one by one as they are taken (`show` writes each as it comes)."""
    with Session(engine) as session, no_collection_pauses():
        enrollments = enrolled(session, key)
        rows = rows_for(session, enrollments, key)
        zones = version_zones(session, {e.sequence_version for e, _, _ in enrollments})
        consent = _consent_blocks(session, key) if key is not None else []
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
            version, zone = enrollment.sequence_version, person.timezone
            if (version, zone) not in clocks:
                clocks[version, zone] = Clocks.of(zones[version], zone)
            name = full_name(person.first_name, person.last_name)
            who = Who(person.key, name, clocks[version, zone])
            yield _enrollment_block(rows, enrollment, person, steps, who)


def _enrollment_block(
    rows: StatusRows, enrollment: EnrollmentRow, person: Person, steps: StepIds, who: Who
) -> Block:
    """One enrollment in words: who and which sequence, then sentences, then its sends. What
    its `--json` entry says (`status_entries.entry`), from the same rows by the same rules,
    without the entry: 100,000 of them cost plain status a fifth of its time."""
    clocks = who.clocks
    sends = in_step_order(rows.sends.get(enrollment.id, []), enrollment, steps)
    table = [_send_row(rows, send, clocks) for send in sends]
    return Block(
        title=f"{who.named} · {enrollment.sequence_name} ({enrollment.sequence_version})",
        lines=_situation(rows, enrollment, person, steps, sends, clocks),
        tables=[Table(SEND_COLUMNS, table)] if table else [],
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


def _send_row(rows: StatusRows, send: SendRow, clocks: Clocks) -> tuple[str, ...]:
    status = shown_status(send)
    task = rows.tasks.get(send.id)
    doing = task_note(task.id, task.status, status) if task else ""
    note = send_note(rows.deliveries.get(send.id), doing, send.reason, send.provider)
    mine, theirs = clocks.side_by_side(send.sent_at)
    return (send.step_id, send.channel or "-", status, mine, theirs, note)


class VersionZones(NamedTuple):
    """A stored version's zones, as its `Sequence` has them (`Clocks.of`)."""

    timezone: str
    sender: Mapping[str, Any]


def version_zones(session: Session, versions: set[str]) -> dict[str, VersionZones]:
    """The time zones of these versions, read from their stored YAML without checking it
    again (as `spec.outline` reads their steps): `recall`ing each version, for its zones
    alone, imported and ran the whole check (pydantic, Jinja2, the wording checks), 0.28 s
    of plain status's start on a busy machine."""
    version, source = col(SequenceVersion.version), col(SequenceVersion.source)
    read = session.connection().execute(
        sa.select(version, source).where(version.in_(sorted(versions)))
    )
    zones = {}
    for name, text in read:
        data, _ = yamlsource.load(text)
        # "UTC": `Sequence.timezone`'s default, for a file that names no zone.
        zones[name] = VersionZones(str(data.get("timezone", "UTC")), data.get("sender") or {})
    return zones


def _consent_blocks(session: Session, key: str) -> list[Block]:
    """One person's consent to texts and calls, and where each change came from."""
    from sequencer.reports.export import consent_of  # one person's: not for everyone's
    from sequencer.store.people import people_at

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


def _who(person: CandidateRecord, sequence: Sequence) -> Who:
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
