"""A person halted, for every reply and opt-out: every running enrollment stops and its open
tasks expire; a finished one no longer moves them on to another sequence.

Two statements built once, because every inbound text and reply takes this path: loading and
locking each enrollment as an ORM object, reading its tasks and writing each back took six to
eight round trips, ~3.5 ms of a text's ~10 ms on SQLite (bench/README.md, 4). Here: one UPDATE
that locks the rows in id order (the order a dispatcher's claim locks them in, so neither
deadlocks the other), halts the running ones and clears a finished one's move, returning what
it halted; and one UPDATE of their open tasks, only when something was halted. A group of
inbound replies halts all its people by the same two statements (`halt_people`).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from sequencer.engine.enrollment import RUNNING
from sequencer.store.models import Enrollment, EnrollmentStatus, Send, Task, TaskStatus


@dataclass(frozen=True)
class Halted:
    """The enrollments a halt stopped (those that were running), and their versions."""

    ids: list[int]
    versions: list[str]


def halt_person(session: Session, candidate_id: int, reason: str) -> Halted:
    """Stop everything this person is in, for `reason`; what it halted."""
    session.flush()  # anything this transaction changed through the ORM is written first
    rows = session.execute(_HALT, {"person": candidate_id, "reason": reason}).all()
    # RETURNING gives the new values: a row that was running has exactly the halt's reason,
    # a finished one that was to move on has "...; not moved to ...".
    halted = [(row.id, row.sequence_version) for row in rows if row.status_reason == reason]
    halted.sort()
    if len(halted) == 1:  # the common case, without a list to render into the statement
        session.execute(_EXPIRE_ONES_TASKS, {"one": halted[0][0]})
    elif halted:
        session.execute(_EXPIRE_TASKS, {"halted": [id for id, _ in halted]})
    _forget_loaded(session)
    return Halted([id for id, _ in halted], [version for _, version in halted])


def halt_people(session: Session, people: list[int], reason: str) -> dict[int, Halted]:
    """`halt_person` for each of these people (distinct), for one `reason`, in two statements
    whatever their number: a group of inbound replies halts its senders at once."""
    session.flush()
    rows = session.execute(_HALT_MANY, {"people": people, "reason": reason}).all()
    halted = sorted(
        (row.id, row.candidate_id, row.sequence_version)
        for row in rows
        if row.status_reason == reason
    )
    if halted:
        session.execute(_EXPIRE_TASKS, {"halted": [id for id, _, _ in halted]})
    _forget_loaded(session)
    each = {person: Halted([], []) for person in people}
    for id, person, version in halted:  # in id order, as `halt_person` gives them
        each[person].ids.append(id)
        each[person].versions.append(version)
    return each


def _forget_loaded(session: Session) -> None:
    """Enrollments and tasks this session loaded before may be stale now: read again if used."""
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, Enrollment | Task):
            session.expire(loaded)


_ENROLLMENT = Enrollment.__table__  # type: ignore[attr-defined]
_TASK = Task.__table__  # type: ignore[attr-defined]
_SEND = Send.__table__  # type: ignore[attr-defined]
# Plain bound values, not a list: SQLAlchemy renders a list given to in_() into the statement
# anew at every execution (an "expanding" parameter), which cost a halt a third of its CPU.
_RUNNING = [sa.literal(str(status), sa.String) for status in RUNNING]
_REASON: sa.BindParameter[str] = sa.bindparam("reason", type_=sa.String)
_was_running = _ENROLLMENT.c.status.in_(_RUNNING)


def _theirs(whose: sa.ColumnElement[bool]) -> sa.Select[tuple[int]]:
    """The enrollments a halt changes, of the people `whose` picks, locked in id order."""
    return (
        sa.select(_ENROLLMENT.c.id)
        .where(whose, sa.or_(_was_running, _ENROLLMENT.c.follow_on.is_not(None)))
        .order_by(_ENROLLMENT.c.id)  # the order a dispatcher's claim locks them in
        .with_for_update()  # a dispatcher claiming one of these waits for us, then sees it
    )


_NOT_MOVED = (
    sa.func.coalesce(_ENROLLMENT.c.status_reason + "; ", "")
    + "not moved to "
    + _ENROLLMENT.c.follow_on
    + ": "
    + _REASON
)


def _halt(whose: sa.ColumnElement[bool]) -> sa.Update:
    return (
        sa.update(_ENROLLMENT)
        .where(_ENROLLMENT.c.id.in_(_theirs(whose).scalar_subquery()))
        .values(
            status=sa.case(
                (_was_running, str(EnrollmentStatus.HALTED)), else_=_ENROLLMENT.c.status
            ),
            status_reason=sa.case((_was_running, _REASON), else_=_NOT_MOVED),
            next_due_at=sa.case((_was_running, None), else_=_ENROLLMENT.c.next_due_at),
            follow_on=None,
            follow_on_at=None,
        )
        .returning(
            _ENROLLMENT.c.id,
            _ENROLLMENT.c.candidate_id,
            _ENROLLMENT.c.sequence_version,
            _ENROLLMENT.c.status_reason,
        )
    )


_HALT = _halt(_ENROLLMENT.c.candidate_id == sa.bindparam("person"))
_HALT_MANY = _halt(_ENROLLMENT.c.candidate_id.in_(sa.bindparam("people", expanding=True)))


def _expire_tasks_of(enrollments: sa.ColumnElement[bool]) -> sa.Update:
    """Expire the open tasks of the sends of the enrollments `enrollments` picks."""
    return (
        sa.update(_TASK)
        .where(
            _TASK.c.status == str(TaskStatus.OPEN),
            _TASK.c.send_id.in_(sa.select(_SEND.c.id).where(enrollments)),
        )
        .values(status=str(TaskStatus.EXPIRED))
    )


_EXPIRE_TASKS = _expire_tasks_of(_SEND.c.enrollment_id.in_(sa.bindparam("halted", expanding=True)))
_EXPIRE_ONES_TASKS = _expire_tasks_of(_SEND.c.enrollment_id == sa.bindparam("one"))
