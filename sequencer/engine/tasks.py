"""Work for the recruiter: LinkedIn messages sent by hand, calls to make. A LinkedIn step
waits for its task; done, it counts as a touch from that moment. Expired (nobody sent it), its
step falls back to the step's next channel (`engine.unsent`): the email goes at the next
allowed time; a step with a deadline has its task expire early enough for that email to
arrive its `lead` before the deadline (`engine.unsent.task_expiry`). With no other channel
the recruiter is told ("Needs attention") and the sequence moves on without that touch.
Skipped by the recruiter, it moves on at once."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.checkback import step_for
from sequencer.engine.enrollment import advance, candidate_for
from sequencer.engine.unsent import fallback_touch, switch_channel, task_unsent
from sequencer.errors import SequencerError
from sequencer.store.models import Enrollment, Send, SendStatus, Task, TaskStatus
from sequencer.store.versions import recall

EXPIRED = "LinkedIn task expired: nobody sent it"


def expire_tasks(engine: sa.Engine, now: datetime) -> int:
    """LinkedIn tasks nobody did in time: each step falls back to its next channel, or the
    sequence moves on without that touch and the recruiter is told."""
    with Session(engine) as session, session.begin():
        query = select(Task).where(
            Task.status == TaskStatus.OPEN, Task.kind == "linkedin", col(Task.expires_at) <= now
        )
        # Another worker expiring the same tasks right now: theirs (each expires once).
        query = query.with_for_update(skip_locked=True)
        expired = list(session.exec(query))
        for task in expired:
            finish_task(session, task, now, done=False)
    return len(expired)


def complete_task(engine: sa.Engine, task_id: int, now: datetime) -> int:
    """The recruiter did open task `task_id` (`sequencer tasks done ID`); returns whose it
    was (the candidate's id)."""
    with Session(engine) as session, session.begin():
        task = _open_task(session, task_id)
        return finish_task(session, task, now, done=True)


def skip_task(engine: sa.Engine, task_id: int, now: datetime) -> int:
    """The recruiter will not do open task `task_id`: the sequence goes on without that
    touch, at once, as if it had expired. Returns whose it was (the candidate's id)."""
    with Session(engine) as session, session.begin():
        task = _open_task(session, task_id)
        person = finish_task(
            session, task, now, done=False, reason="skipped by the recruiter", fall_back=False
        )
        task.status = TaskStatus.SKIPPED
        return person


def _open_task(session: Session, task_id: int) -> Task:
    """The task, still open, locked for this transaction: two clicks on Done, or Done as the
    sequence stops, settle it once. Its enrollment is locked first, the order in which a
    halt takes them (enrollment, then its tasks)."""
    task = session.get(Task, task_id)
    if task is None:
        raise SequencerError(f"no open task #{task_id}: `sequencer tasks` lists them")
    send = session.get(Send, task.send_id)
    assert send is not None
    session.get(Enrollment, send.enrollment_id, with_for_update=True)
    session.refresh(task, with_for_update=True)
    if task.status != TaskStatus.OPEN:
        raise SequencerError(_closed(task, send))
    return task


def _closed(task: Task, send: Send) -> str:
    """Why a task can no longer be done: done already, skipped, expired (its message went
    another way, or the sequence went on without it), or its sequence stopped."""
    when = f" on {task.done_at:%Y-%m-%d %H:%M} UTC" if task.done_at else ""
    if task.status == TaskStatus.DONE:
        return f"task #{task.id} was already done{when}: nothing changed"
    if task.status == TaskStatus.SKIPPED:
        return f"task #{task.id} was skipped{when}: the sequence went on without it"
    if task.done_at and send.channel not in (None, task.kind):
        return f"task #{task.id} expired{when}: its message goes by {send.channel} instead"
    if task.done_at:
        return f"task #{task.id} expired{when}: the sequence went on without it"
    return f"task #{task.id} was closed when its sequence stopped: `sequencer status` says why"


def finish_task(
    session: Session,
    task: Task,
    now: datetime,
    done: bool,
    reason: str = EXPIRED,
    fall_back: bool = True,
) -> int:
    """A recruiter did the task (a touch, counted from now), or it was not done (`reason`
    says why): with `fall_back`, its step goes by its next channel, or the recruiter is told
    there is none; else the sequence goes on without that touch. Returns whose it was (the
    candidate's id)."""
    task.status, task.done_at = (TaskStatus.DONE if done else TaskStatus.EXPIRED), now
    row = session.get(Send, task.send_id)
    assert row is not None
    enrollment = session.get(Enrollment, row.enrollment_id, with_for_update=True)
    assert enrollment is not None
    if row.status != SendStatus.WAITING:
        return enrollment.candidate_id
    sequence, _ = recall(session, enrollment.sequence_version)
    candidate = candidate_for(session, enrollment)
    if not done and fall_back and task.kind == "linkedin":
        touch = fallback_touch(sequence, candidate, enrollment, step_for(sequence, row.step_id))
        if touch.sends:
            switch_channel(row, enrollment, task, touch, now)
            return enrollment.candidate_id
        task_unsent(session, enrollment, touch.skipped or "", now)
    row.status = SendStatus.SENT if done else SendStatus.SKIPPED
    row.sent_at = now if done else None
    row.reason = None if done else reason
    advance(session, enrollment, sequence, candidate, now, touched=done)
    return enrollment.candidate_id
