"""Step 4 of a send, for the answers that came in together: each recorded as `record` does
it (`sent`, a retry, a failure, held back behind a paused channel), all in one transaction.
The enrollments are locked first, in id order (the order every transaction that locks
several of them keeps), then each send is settled under its enrollment's lock as before.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.channels import Rejected, RetryLater
from sequencer.engine.claim import deadlock
from sequencer.engine.flight import Answer
from sequencer.engine.pauses import Pauses, channel_of
from sequencer.engine.record import fail_in, hold_back_in, record_in, retry_in
from sequencer.store.database import replayable
from sequencer.store.models import Enrollment


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
    ids = [answer.claim.enrollment_id for answer in ordered]
    locking = select(Enrollment).where(col(Enrollment.id).in_(ids)).order_by(col(Enrollment.id))
    locked = {e.id: e for e in session.exec(locking.with_for_update())}
    outcomes: Counter[str] = Counter()
    for answer in ordered:
        enrollment = locked.get(answer.claim.enrollment_id)
        if enrollment is None:  # the person was forgotten while the call was under way
            outcomes["forgotten while in flight"] += 1
            continue
        outcomes[_settle(session, answer, enrollment, pauses, now)] += 1
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
        return retry_in(session, claim, RetryLater("held: its channel was paused"), now)
    return hold_back_in(session, claim, held, now, handed=True)
