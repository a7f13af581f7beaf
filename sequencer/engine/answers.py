"""Step 4 of a send, for the answers that came in together: each recorded as `record` does
it (`sent`, a retry, a failure, held back behind a paused channel), all in one transaction.

The common answers are recorded set-based, a few statements for the whole group, without
the ORM (`_Group`): the enrollments are locked and read in one statement, in id order (the
order every transaction that locks several of them keeps), their sends in another, and the
changes written with one statement per kind of change. The common answers are a send that
went and whose enrollment goes on to a next step that will send, and a provider's "later".
Any other (a sequence that completes, a step skipped, a check-back, a call task, a refusal,
an enrollment stopped meanwhile) goes through `record` and the state machine, under the same
locks, as it did one by one: the outcomes are those of `record` either way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col

from sequencer.channels import Rejected, RetryLater
from sequencer.engine.claim import deadlock
from sequencer.engine.envelope import Voicemail
from sequencer.engine.flight import Answer
from sequencer.engine.pauses import Pauses, channel_of
from sequencer.engine.plan import plan_step
from sequencer.engine.record import (
    MARK_ANSWERED,
    MARK_SENT,
    MAX_ATTEMPTS,
    backoff,
    fail_in,
    hold_back_in,
    log,
    log_sent,
    record_in,
    release_in,
    retry_in,
)
from sequencer.engine.touches import held_back
from sequencer.store.database import replayable
from sequencer.store.models import Enrollment, EnrollmentStatus, Send, SendStatus

if TYPE_CHECKING:
    from typing import TypeAlias

    Read: TypeAlias = sa.Row[*tuple[Any, ...]]  # a row of _ENROLLMENTS or _SENDS


def record_answers(
    engine: sa.Engine, answers: list[Answer], pauses: Pauses, now: datetime
) -> Counter[str]:
    """Record `answers` (none of them `crashed`), by outcome. A channel a provider refused
    is paused first (`Pauses.store_refusals`), so its sends are held back behind it."""
    pauses.store_refusals(now)
    if not answers:
        return Counter()
    try:
        with Session(replayable(engine)) as session, session.begin():
            return _record_in(session, answers, pauses, now)
    except sa.exc.OperationalError as error:
        if len(answers) == 1 or not deadlock(error):
            raise
    outcomes: Counter[str] = Counter()  # PostgreSQL broke a deadlock: each on its own then
    for answer in answers:
        outcomes += record_answers(engine, [answer], pauses, now)
    return outcomes


def _record_in(
    session: Session, answers: list[Answer], pauses: Pauses, now: datetime
) -> Counter[str]:
    ordered = sorted(answers, key=lambda answer: answer.claim.enrollment_id)
    connection = session.connection()
    ids = {"ids": [answer.claim.enrollment_id for answer in ordered]}
    enrollments = {row.id: row for row in connection.execute(_ENROLLMENTS, ids)}
    sends = {"ids": [answer.claim.send_id for answer in ordered]}
    rows = {row.id: row for row in connection.execute(_SENDS, sends)}  # under their locks
    group, outcomes, one_by_one = _Group(now), Counter[str](), []
    for answer in ordered:
        enrollment = enrollments.get(answer.claim.enrollment_id)
        if enrollment is None:  # the person was forgotten while the call was under way
            outcomes["forgotten while in flight"] += 1
            continue
        outcome = group.settle(answer, enrollment, rows.get(answer.claim.send_id))
        if outcome is None:
            one_by_one.append(answer)
        else:
            outcomes[outcome] += 1
    group.write(connection)
    for answer in one_by_one:  # the uncommon ones, through the state machine
        locked = session.get(Enrollment, answer.claim.enrollment_id)
        assert locked is not None
        outcomes[_settle(session, answer, locked, pauses, now)] += 1
    return outcomes


def _settle(
    session: Session, answer: Answer, enrollment: Enrollment, pauses: Pauses, now: datetime
) -> str:
    claim, error = answer.claim, answer.error
    if answer.receipt is not None:
        record_in(session, claim, answer.receipt, answer.note, now, enrollment)
        return "sent"
    if isinstance(error, RetryLater):
        return retry_in(session, claim, error, now)
    if isinstance(error, Rejected):
        return fail_in(session, claim, error, now)
    # Refused by the provider, or not posted since its channel was: nothing left the machine.
    held = pauses.get(channel_of(claim.message))
    if held is None:  # its pause was lifted since (another worker's test call): try again
        return release_in(session, claim, now)
    return hold_back_in(session, claim, held, now, handed=True)


@dataclass
class _Group:
    """The changes of a group's common answers, gathered, then written a kind at a time."""

    now: datetime
    sent: list[dict[str, Any]] = field(default_factory=list)
    answered: list[dict[str, Any]] = field(default_factory=list)  # settled by an event first
    retried: list[dict[str, Any]] = field(default_factory=list)
    advanced: list[dict[str, Any]] = field(default_factory=list)
    due: list[dict[str, Any]] = field(default_factory=list)

    def settle(self, answer: Answer, enrollment: Read, row: Read | None) -> str | None:
        """The outcome of a common answer, its changes gathered; None for any other."""
        if row is None:
            return None
        if answer.receipt is not None:
            return self._went(answer, enrollment, row)
        if isinstance(answer.error, RetryLater):
            return self._later(answer, answer.error, enrollment, row)
        return None

    def _went(self, answer: Answer, enrollment: Read, row: Read) -> str | None:
        claim, receipt = answer.claim, answer.receipt
        assert receipt is not None
        if answer.note and isinstance(claim.message, Voicemail):
            return None  # the call task is the state machine's to write
        answer_of = {"send": claim.send_id, "by": receipt.provider, "ref": receipt.provider_id}
        if row.status != SendStatus.SENDING:  # a provider event recorded it, moved it on
            self.answered.append(answer_of)
            log_sent(claim, receipt, answer.note)
            return "sent"
        next_due = self._next_due(answer, enrollment)
        if next_due is None:
            return None
        self.sent.append(answer_of | {"now": self.now, "note": answer.note})
        self.advanced.append(
            {
                "enrollment": enrollment.id,
                "touched": self.now,
                "touches": enrollment.touches_sent + 1,
                "step": enrollment.next_step + 1,
                "due": next_due,
            }
        )
        log_sent(claim, receipt, answer.note)
        return "sent"

    def _next_due(self, answer: Answer, enrollment: Read) -> datetime | None:
        """When the enrollment's next step sends, planned from now as `enrollment.advance`
        plans it; None when that is not simply a next step that sends (the enrollment is
        stopped, checks back, completes, or skips a step): the state machine's case."""
        sequence, step = answer.claim.sequence, enrollment.next_step + 1
        if enrollment.status != EnrollmentStatus.ACTIVE or enrollment.check_back_on is not None:
            return None
        if step >= len(sequence.steps):
            return None
        touches = enrollment.touches_sent + 1
        planned = plan_step(
            sequence, answer.claim.candidate, sequence.steps[step], enrollment.started_at,
            self.now, touches,
        )  # fmt: skip
        touch = held_back(planned, enrollment.not_before)
        return touch.send_at if touch.sends else None

    def _later(self, answer: Answer, error: RetryLater, enrollment: Read, row: Read) -> str | None:
        """`record.retry_in`, for a try that is not the last."""
        if row.status != SendStatus.SENDING:
            return str(row.status)  # the provider said "later", but its events say it went
        if row.attempts >= MAX_ATTEMPTS:
            return None
        wait = backoff(row.attempts, error.retry_after, f"{enrollment.id}-{row.step_id}")
        due = self.now + wait
        self.retried.append({"send": row.id, "reason": str(error)})
        self.due.append({"enrollment": enrollment.id, "due": due})
        fields = {**answer.claim.fields, "outcome": "retry", "attempts": row.attempts}
        log.info("retry", extra=fields | {"reason": str(error), "retry_at": due})
        return "retry"

    def write(self, connection: sa.Connection) -> None:
        """One statement for each kind of change (each run for many rows at once)."""
        for statement, changes in (
            (MARK_SENT, self.sent),
            (MARK_ANSWERED, self.answered),
            (_RETRIED, self.retried),
            (_ADVANCED, self.advanced),
            (_DUE, self.due),
        ):
            if changes:
                connection.execute(statement, changes)


# Built once (SQLAlchemy then reuses their compiled form): they run once a group.
_ENROLLMENT_COLUMNS = (
    "id",
    "status",
    "started_at",
    "next_step",
    "touches_sent",
    "not_before",
    "check_back_on",
)
_ENROLLMENTS = (
    sa.select(*(Enrollment.__table__.c[name] for name in _ENROLLMENT_COLUMNS))  # type: ignore[attr-defined]
    .where(col(Enrollment.id).in_(sa.bindparam("ids", expanding=True)))
    .order_by(col(Enrollment.id))
    .with_for_update()
)
_SENDS = (
    sa.select(col(Send.id), col(Send.status), col(Send.attempts), col(Send.step_id))
    .where(col(Send.id).in_(sa.bindparam("ids", expanding=True)))
    .order_by(col(Send.id))
    .with_for_update()
)
_RETRIED = (
    sa.update(Send)
    .where(col(Send.id) == sa.bindparam("send"), col(Send.status) == SendStatus.SENDING)
    .values(status=SendStatus.RETRY, reason=sa.bindparam("reason"))
)
_DUE = (
    sa.update(Enrollment)
    .where(col(Enrollment.id) == sa.bindparam("enrollment"))
    .values(next_due_at=sa.bindparam("due"))
)
_ADVANCED = _DUE.values(  # `enrollment.advance`, then `schedule_next` of a step that sends
    last_touch_at=sa.bindparam("touched"),
    touches_sent=sa.bindparam("touches"),
    next_step=sa.bindparam("step"),
    status_reason=None,
)
