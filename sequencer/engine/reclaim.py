"""A step claimed again, whose send row exists already (one row per enrollment and step):
after its LinkedIn task expired unsent (it goes by the step's next channel now: `another_way`),
after a retry, or after a failure the recruiter resumed. When such a step will not go out
after all, that row says why (`skip_step`): a second row for the step would clash.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlmodel import Session, col, select

from sequencer.engine.enrollment import advance
from sequencer.engine.plan import Touch
from sequencer.engine.unsent import fallback_touch, task_unsent
from sequencer.engine.write import pass_over
from sequencer.ops.logs import send_fields, send_log
from sequencer.people.candidate import Candidate
from sequencer.spec.sequence import Sequence
from sequencer.store.models import Enrollment, Send, SendStatus, Task

log = send_log


def unsent_tasks(session: Session, sends: dict[int, dict[str, Send]]) -> frozenset[int]:
    """Of the rows to be claimed again, those that were a LinkedIn task (only an expired one
    comes back to be claimed: it falls back to another channel). Read only when there are
    such rows, which is seldom."""
    again = (SendStatus.RETRY, SendStatus.CLAIMED)
    ids = [r.id for rows in sends.values() for r in rows.values() if r.status in again]
    if not ids:
        return frozenset()
    query = select(Task.send_id).where(col(Task.send_id).in_(ids), Task.kind == "linkedin")
    return frozenset(session.exec(query))


def another_way(
    session: Session,
    enrollment: Enrollment,
    row: Send,
    planned: Touch,
    sequence: Sequence,
    candidate: Candidate,
    now: datetime,
) -> Touch | str:
    """The step whose LinkedIn task went unsent, on its next channel, no earlier than it was
    planned (a hold still holds); or, if nothing reaches them now (their email bounced
    since), the step passed over and the recruiter told."""
    touch = fallback_touch(sequence, candidate, enrollment, planned.step)
    if touch.sends and touch.channel is not None:
        assert touch.send_at is not None and planned.send_at is not None
        row.channel, row.to = touch.channel.value, touch.to
        return replace(touch, send_at=max(touch.send_at, planned.send_at))
    task_unsent(session, enrollment, touch.skipped or "", now)
    row.status, row.reason = SendStatus.SKIPPED, f"LinkedIn task expired unsent; {touch.skipped}"
    advance(session, enrollment, sequence, candidate, now, touched=False)
    return "skipped"


def skip_step(
    session: Session,
    enrollment: Enrollment,
    existing: Send | None,
    touch: Touch,
    sequence: Sequence,
    candidate: Candidate,
    reason: str,
    now: datetime,
) -> str:
    """The step will not go out (no allowed time, its deadline passed): on to the next. Its
    row from before, if any, says so; else a new one does."""
    if existing is None or existing.status == SendStatus.SENDING:
        return pass_over(
            session, enrollment, touch, sequence, candidate, SendStatus.SKIPPED, reason, now
        )
    existing.status, existing.reason = SendStatus.SKIPPED, reason
    log.info("not sent: skipped", extra=send_fields(existing, "skipped"))
    advance(session, enrollment, sequence, candidate, now, touched=False)
    return str(SendStatus.SKIPPED)
