"""Steps 3 and 4 of a send: **deliver** (call the provider, outside any transaction), then
**record** what it answered, in one transaction: `sent` with the provider's id, and the next
step planned from the moment this one actually went out. A provider that says "later" gets
the send back with backoff; a refusal (or giving up after the tries) fails the step and
holds the enrollment for the recruiter (`engine.unsent.hold_failed`: no follow-up about a note
that never went out), and a refusal because the person texted STOP puts them on the
suppression list; a refusal of our account pauses the channel (`engine.pauses`) and gives the
send back, its try not counted: nothing left the machine. A voicemail whose call was not
placed (no consent, refused, calls paused) leaves the recruiter a call task: the number and
the call script, never the paired email.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.channels import (
    AccountRefused,
    ChannelError,
    Email,
    Receipt,
    Rejected,
    RetryLater,
    Senders,
    Text,
)
from sequencer.engine.claim import Claim, locked_rows
from sequencer.engine.enrollment import advance, halt
from sequencer.engine.envelope import Outgoing, Voicemail
from sequencer.engine.pauses import CALL, Pauses
from sequencer.engine.unsent import hold_failed
from sequencer.ops.logs import send_fields, send_log
from sequencer.spec.timetext import seed_bits
from sequencer.store.database import replayable
from sequencer.store.models import Enrollment, Send, SendStatus, Task, TaskStatus
from sequencer.store.pauses import Paused
from sequencer.store.suppression import TEXTED, suppress

log = send_log

MAX_ATTEMPTS = 5


def deliver(senders: Senders, message: Outgoing, pauses: Pauses) -> tuple[Receipt, str | None]:
    """Hand the message to its channel; the note says what did not happen, if anything. It
    runs on a posting thread (`engine.flight`): it reads the pauses and notes a refusal of
    calls, and writes nothing to the database."""
    if isinstance(message, Email):
        return senders.email.send_email(message), None
    if isinstance(message, Text):
        return senders.text.send_text(message), None
    assert isinstance(message, Voicemail)
    # The email goes first: most people never play a voicemail, and once it has gone the
    # touch has happened, so a failed call must not bring it back for a retry.
    receipt = senders.email.send_email(message.email)
    if message.call is None:
        return receipt, "no call consent: call task for the recruiter"
    held = pauses.held(CALL)
    if held is not None:
        return receipt, f"call not placed (calls paused: {held}): call task for the recruiter"
    try:
        return senders.call.place_call(message.call), None
    except ChannelError as exc:
        if isinstance(exc, AccountRefused):
            pauses.note_refused(CALL, exc)
        return receipt, f"call not placed ({exc}): call task for the recruiter"


def record(
    engine: sa.Engine, claim: Claim, receipt: Receipt, note: str | None, now: datetime
) -> None:
    with Session(replayable(engine)) as session, session.begin():
        record_in(session, claim, receipt, note, now)


def record_in(
    session: Session,
    claim: Claim,
    receipt: Receipt,
    note: str | None,
    now: datetime,
    locked: Enrollment | None = None,
) -> None:
    """`sent` with the provider's id and the next step planned, in `session`'s transaction.
    `locked`: the claim's enrollment, when the caller has locked it already."""
    # The enrollment's lock first: a provider event settling this send at the same moment
    # (effects.settled, same order) is seen, not overwritten, since the send becomes `sent`
    # only if it is still `sending`.
    enrollment = locked or session.scalars(_LOCKED, {"enrollment": claim.enrollment_id}).one()
    answer = {"send": claim.send_id, "by": receipt.provider, "ref": receipt.provider_id}
    connection = session.connection()
    went = connection.execute(MARK_SENT, answer | {"now": now, "note": note}).rowcount == 1
    if not went:  # a provider event already recorded it and moved the sequence on
        connection.execute(MARK_ANSWERED, answer)
    log_sent(claim, receipt, note)
    if note and isinstance(claim.message, Voicemail):
        _call_task(session, claim, claim.message, now)
    if went:
        advance(session, enrollment, claim.sequence, claim.candidate, now, touched=True)


def log_sent(claim: Claim, receipt: Receipt, note: str | None) -> None:
    answered = {"provider": receipt.provider, "provider_id": receipt.provider_id, "note": note}
    fields = {**claim.fields, "outcome": "sent"} | {k: v for k, v in answered.items() if v}
    log.info("sent", extra=fields)


# The record's statements, built once as the hand-over's are: they run once a send (once a
# group, with many rows, in `engine.answers`).
_LOCKED = (
    select(Enrollment).where(col(Enrollment.id) == sa.bindparam("enrollment")).with_for_update()
)
MARK_ANSWERED = (
    sa.update(Send)
    .where(col(Send.id) == sa.bindparam("send"))
    .values(provider=sa.bindparam("by"), provider_id=sa.bindparam("ref"))
)
MARK_SENT = MARK_ANSWERED.where(col(Send.status) == SendStatus.SENDING).values(
    status=SendStatus.SENT, sent_at=sa.bindparam("now"), reason=sa.bindparam("note")
)


def _settled_meanwhile(row: Send) -> bool:
    """A provider's event (e.g. SendGrid's `processed` while the paired call was placed)
    arrived before the provider's own answer was recorded."""
    return row.status != SendStatus.SENDING


def _call_task(session: Session, claim: Claim, message: Voicemail, now: datetime) -> None:
    """What to say on the phone, and the number: the call script, never the paired email
    (which has already gone, with its footer)."""
    to = str(claim.fields.get("to") or "")
    script = message.script.strip() or "(the template has no script block: see the email)"
    # One task per send: a LinkedIn task of this step that expired (it fell back to this
    # voicemail) becomes the call task.
    task = session.exec(select(Task).where(Task.send_id == claim.send_id)).first()
    task = task or Task(send_id=claim.send_id, kind="call", to=to, body=script, created_at=now)
    task.kind, task.to, task.body, task.status = "call", to, script, TaskStatus.OPEN
    task.created_at, task.expires_at, task.done_at = now, None, None
    session.add(task)


def retry(engine: sa.Engine, claim: Claim, exc: RetryLater, now: datetime) -> str:
    with Session(replayable(engine)) as session, session.begin():
        return retry_in(session, claim, exc, now)


def retry_in(session: Session, claim: Claim, exc: RetryLater, now: datetime) -> str:
    row, enrollment = locked_rows(session, claim)
    if _settled_meanwhile(row):
        return str(row.status)  # the provider said "later", but its events say it went
    if row.attempts >= MAX_ATTEMPTS:
        row.status, row.reason = SendStatus.FAILED, f"gave up after {row.attempts} tries: {exc}"
        hold_failed(session, enrollment, row.step_id, row.reason, now)
        log.info("failed: held for the recruiter", extra=send_fields(row, "failed"))
        return "failed"
    row.status, row.reason = SendStatus.RETRY, str(exc)
    wait = backoff(row.attempts, exc.retry_after, f"{row.enrollment_id}-{row.step_id}")
    enrollment.next_due_at = now + wait
    log.info("retry", extra=send_fields(row, "retry", retry_at=enrollment.next_due_at))
    return "retry"


def backoff(attempts: int, retry_after: float | None, seed: str) -> timedelta:
    """The provider's Retry-After when it gave one; else 1, 2, 4, 8... minutes, each with up
    to half as much again at random, so sends that failed together don't retry together."""
    if retry_after:
        return timedelta(seconds=retry_after)
    jitter = 1 + seed_bits(f"{seed}|{attempts}", 0) % 1000 / 2000
    return timedelta(minutes=2 ** (attempts - 1)) * jitter


def release_in(session: Session, claim: Claim, now: datetime) -> str:
    """Held back from its provider by a pause that was lifted before its answer was
    recorded: due again at once, and its try not counted, since nothing left the machine."""
    row, enrollment = locked_rows(session, claim)
    if row.status != SendStatus.SENDING:
        return str(row.status)  # settled by an event meanwhile
    row.attempts -= 1
    row.status, row.reason = SendStatus.RETRY, "held: its channel was paused"
    enrollment.next_due_at = now
    log.info("retry", extra=send_fields(row, "retry", retry_at=now))
    return "retry"


def fail(engine: sa.Engine, claim: Claim, exc: Rejected, now: datetime) -> str:
    with Session(replayable(engine)) as session, session.begin():
        return fail_in(session, claim, exc, now)


def fail_in(session: Session, claim: Claim, exc: Rejected, now: datetime) -> str:
    row, enrollment = locked_rows(session, claim)
    if _settled_meanwhile(row):
        return str(row.status)
    row.status, row.reason = SendStatus.FAILED, str(exc)
    if exc.opted_out and row.to:
        suppress(session, row.to, f"{TEXTED} STOP to our number: {exc}", now)
        halt(session, enrollment, f"opted out: {exc}")
        log.info("opted out at the provider", extra=send_fields(row, "opted out"))
        return "opted out"
    hold_failed(session, enrollment, row.step_id, str(exc), now)
    log.info("failed: held for the recruiter", extra=send_fields(row, "failed"))
    return "failed"


def hold_back(engine: sa.Engine, claim: Claim, held: Paused, now: datetime, handed: bool) -> str:
    """The send's channel is paused: due again at the pause's next test call. Nothing left
    the machine (or the provider refused it before accepting it, when `handed`), so it is
    neither failed nor in doubt, and its try is not counted."""
    with Session(replayable(engine)) as session, session.begin():
        return hold_back_in(session, claim, held, now, handed)


def hold_back_in(session: Session, claim: Claim, held: Paused, now: datetime, handed: bool) -> str:
    row, enrollment = locked_rows(session, claim)
    if row.status != (SendStatus.SENDING if handed else SendStatus.CLAIMED):
        return str(row.status)  # settled by an event meanwhile, or another worker's now
    if handed:
        row.attempts -= 1
    row.status, row.reason = SendStatus.RETRY, f"held: {held.channel} paused: {held.reason}"
    enrollment.next_due_at = held.held_until(now)
    enrollment.lease_owner = enrollment.lease_until = None
    log.info("held: channel paused", extra=send_fields(row, "channel paused"))
    return "channel paused"
