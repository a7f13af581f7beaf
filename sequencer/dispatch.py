"""Send what is due, each touch exactly once.

For each due enrollment:
1. **claim**, in one transaction: re-check what halts sending (opted out, no longer active),
   re-plan the step for *now* (a daemon that was down never texts at night or after a
   deadline), and write the send row, unique per (enrollment, step), as `sending`;
2. **deliver**: call the provider, outside any transaction;
3. **record**, in one transaction: `sent` with the provider's id, and plan the next step from
   the moment this one actually went out.
A crash between 1 and 3 leaves the row `sending`: in doubt, shown by `status`, never re-sent.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from sequencer.candidates import Candidate
from sequencer.channels import (
    CallPlacer,
    ChannelError,
    Email,
    EmailSender,
    Receipt,
    Rejected,
    RetryLater,
    Text,
    TextSender,
)
from sequencer.compose import compose
from sequencer.effects import TEXTED, halt, suppress
from sequencer.enroll import suppressed, suppression_keys
from sequencer.errors import RenderError
from sequencer.leases import BATCH_LEASE, worker_id
from sequencer.logs import send_fields
from sequencer.models import (
    Enrollment,
    EnrollmentStatus,
    Send,
    SendStatus,
    Suppression,
    Task,
    UTCDateTime,
)
from sequencer.outgoing import LinkedInTask, Outgoing, Voicemail, outgoing
from sequencer.pacing import Pacing, reserve_slot
from sequencer.plan import Touch
from sequencer.schedule import advance, candidate_for, schedule_next, send_row
from sequencer.sequence import Sequence
from sequencer.store import reading
from sequencer.tasks import expire_tasks
from sequencer.templates import TemplateLibrary
from sequencer.timetext import seed_bits
from sequencer.unsubscribe import Links
from sequencer.versions import recall

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Senders:
    email: EmailSender
    text: TextSender
    call: CallPlacer


@dataclass(frozen=True)
class Claim:
    send_id: int
    enrollment_id: int
    message: Outgoing
    # What the claim already read, so recording the outcome needn't read it again.
    sequence: Sequence
    candidate: Candidate


def tick(
    engine: sa.Engine,
    senders: Senders,
    now: datetime,
    links: Links | None = None,
    limit: int = 500,
    worker: str | None = None,
    pacing: Pacing | None = None,
) -> Counter[str]:
    """One dispatch pass: every enrollment due by `now` (at most `limit`) that no other
    worker has taken, and expired tasks. With `pacing`, each sender's limits hold."""
    worker = worker or worker_id()
    outcomes: Counter[str] = Counter()
    outcomes["tasks expired"] = expire_tasks(engine, now)
    for enrollment_id in take_due(engine, worker, now, limit):
        outcome = dispatch(engine, enrollment_id, senders, now, links, worker, pacing)
        outcomes[outcome] += 1
    return outcomes


# Active with a time set: everything else waits for something (a task, a reconciliation).
SCHEDULED = (Enrollment.status == EnrollmentStatus.ACTIVE, col(Enrollment.next_due_at).is_not(None))


def take_due(engine: sa.Engine, worker: str, now: datetime, limit: int) -> list[int]:
    """Lease to `worker` up to `limit` due enrollments nobody else holds, oldest due first."""
    free = sa.or_(
        col(Enrollment.lease_until).is_(None),
        col(Enrollment.lease_until) <= now,
        col(Enrollment.lease_owner) == worker,
    )
    query = (
        select(Enrollment.id)
        .where(*SCHEDULED, col(Enrollment.next_due_at) <= now, free)
        .order_by(col(Enrollment.next_due_at), col(Enrollment.id))  # a stable queue order
        .limit(limit)
        .with_for_update(skip_locked=True)  # PostgreSQL; SQLite's transactions take turns
    )
    with Session(engine) as session, session.begin():
        taken = [i for i in session.exec(query) if i is not None]
        if taken:
            session.execute(
                sa.update(Enrollment)
                .where(col(Enrollment.id).in_(taken))
                .values(lease_owner=worker, lease_until=now + BATCH_LEASE)
            )
    return taken


def next_due(engine: sa.Engine) -> datetime | None:
    """When the next touch of anyone is due: the daemon wakes then."""
    query = select(func.min(Enrollment.next_due_at, type_=UTCDateTime)).where(*SCHEDULED)
    with Session(engine) as session:
        return session.exec(query).one()


def dispatch(
    engine: sa.Engine,
    enrollment_id: int,
    senders: Senders,
    now: datetime,
    links: Links | None = None,
    worker: str | None = None,
    pacing: Pacing | None = None,
) -> str:
    """Claim, deliver, record one enrollment's due touch; returns what happened."""
    claimed = claim(engine, enrollment_id, now, links, worker, pacing)
    if not isinstance(claimed, Claim):
        return claimed
    return send_claimed(engine, claimed, senders, now)


def send_claimed(engine: sa.Engine, claim: Claim, senders: Senders, now: datetime) -> str:
    """Deliver and record a claimed touch, unless the person answered or opted out since."""
    stopped = _stopped_since_claim(engine, claim, now)
    if stopped:
        return stopped
    try:
        receipt, note = deliver(senders, claim.message)
    except RetryLater as exc:
        return _retry(engine, claim, exc, now)
    except Rejected as exc:
        return _fail(engine, claim, exc, now)
    _record(engine, claim, receipt, note, now)
    return "sent"


# --- 1. claim -----------------------------------------------------------------------------------


def claim(
    engine: sa.Engine,
    enrollment_id: int,
    now: datetime,
    links: Links | None,
    worker: str | None = None,
    pacing: Pacing | None = None,
) -> Claim | str:
    """Step 1 for one enrollment: its send row written as `sending`, or why not."""
    try:
        with Session(engine) as session, session.begin():
            return _claim_in(session, enrollment_id, now, links, worker, pacing)
    except sa.exc.IntegrityError:
        return "taken"  # another worker wrote this send row first: it is theirs


def _claim_in(
    session: Session,
    enrollment_id: int,
    now: datetime,
    links: Links | None,
    worker: str | None,
    pacing: Pacing | None,
) -> Claim | str:
    enrollment = session.get(Enrollment, enrollment_id, with_for_update=True)
    if enrollment is None or not _is_due(enrollment, now):
        return "not due"
    if _leased_to_another(enrollment, worker, now):
        return "taken"
    enrollment.lease_owner = enrollment.lease_until = None
    candidate = candidate_for(session, enrollment)
    if suppressed(session, candidate):
        halt(session, enrollment, "opted out")
        log.info("halted: opted out", extra={"enrollment_id": enrollment.id, "outcome": "halted"})
        return "halted"
    sequence, library = recall(session, enrollment.sequence_version)
    touch = schedule_next(session, enrollment, sequence, candidate, now)
    if touch is None:
        return "completed"
    assert touch.calendar is not None and touch.send_at is not None
    slot = touch.calendar.next_slot(now)
    if slot is None:
        reason = "no allowed time in the next year: check send_window and holidays"
        return _pass_over(
            session, enrollment, touch, sequence, candidate, SendStatus.SKIPPED, reason, now
        )
    if touch.send_at > now or slot[0] > now:
        enrollment.next_due_at = _when_allowed(touch, now)
        return "later"
    if touch.deadline is not None and _local_date(touch, now) >= touch.deadline:
        reason = f"the deadline {touch.deadline} passed before this could go out"
        return _pass_over(
            session, enrollment, touch, sequence, candidate, SendStatus.SKIPPED, reason, now
        )
    if pacing is not None and _sender_busy(session, pacing, enrollment, sequence, touch, now):
        return "paced"
    return _write_send(session, enrollment, sequence, library, candidate, touch, now, links)


def _sender_busy(
    session: Session,
    pacing: Pacing,
    enrollment: Enrollment,
    sequence: Sequence,
    touch: Touch,
    now: datetime,
) -> bool:
    """The sending mailbox or number is at its limit: reserve its next slot and wait for it,
    inside the candidate's window. False when this send may go now."""
    assert touch.channel is not None and touch.calendar is not None
    reserved, enrollment.slot_at = enrollment.slot_at, None
    if reserved is not None and reserved <= now:
        return False  # its slot has come
    sender, limit = pacing.sender(touch.channel, sequence), pacing.limits.get(touch.channel)
    if sender is None or limit is None:
        return False
    zone = ZoneInfo(str(sequence.sender.get("timezone") or "UTC"))
    slot = reserve_slot(session, sender, limit, zone, now)
    if slot <= now:
        enrollment.status_reason = None
        return False
    placed = touch.calendar.place(slot, f"{touch.to}|{touch.step.id}|paced") or slot
    # Outside the candidate's window the slot is given up, and one is taken again then.
    enrollment.next_due_at, enrollment.slot_at = placed, slot if placed == slot else None
    cap = f"{limit.per_day} a day, " if limit.per_day else ""
    enrollment.status_reason = (
        f"paced: {sender.partition(':')[2]} sends at most {cap}one every "
        f"{limit.spacing.total_seconds():g} s; next at {placed:%Y-%m-%d %H:%M} UTC"
    )
    return True


def _expiry(touch: Touch, now: datetime) -> datetime:
    assert touch.calendar is not None
    wait = touch.step.task_expiry
    return touch.calendar.add(now, wait.high, wait.unit)


def _leased_to_another(enrollment: Enrollment, worker: str | None, now: datetime) -> bool:
    until = enrollment.lease_until
    return enrollment.lease_owner not in (None, worker) and until is not None and until > now


def _is_due(enrollment: Enrollment, now: datetime) -> bool:
    due_at = enrollment.next_due_at
    return enrollment.status == EnrollmentStatus.ACTIVE and due_at is not None and due_at <= now


def _when_allowed(touch: Touch, now: datetime) -> datetime | None:
    """Its planned time while that is ahead; if that moment passed while nothing ran and now
    is outside the window, the person's own minute of the next opening."""
    assert touch.send_at is not None and touch.calendar is not None
    if touch.send_at > now:
        return touch.send_at
    return touch.calendar.place(now, f"{touch.to}|{touch.step.id}|late")


def _local_date(touch: Touch, now: datetime) -> date:
    assert touch.calendar is not None
    return touch.calendar.local(now).date()


def _pass_over(
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


def _write_send(
    session: Session,
    enrollment: Enrollment,
    sequence: Sequence,
    library: TemplateLibrary,
    candidate: Candidate,
    touch: Touch,
    now: datetime,
    links: Links | None,
) -> Claim | str:
    assert enrollment.id is not None
    sends = _sends(session, enrollment.id)
    existing = sends.get(touch.step.id)
    if existing is not None and existing.status == SendStatus.SENDING:
        enrollment.next_due_at = None  # in doubt: reconciled from provider events, not re-sent
        log.warning("in doubt: not sent again", extra=send_fields(existing, "in doubt"))
        return "in doubt"
    sent = _sent_emails(sends)
    subjects = {step: subject for step, (_, subject) in sent.items()}
    try:
        message = compose(sequence, candidate, touch, library, subjects, links)
    except RenderError as exc:
        return _pass_over(
            session, enrollment, touch, sequence, candidate, SendStatus.FAILED, str(exc), now
        )
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
    row = existing or send_row(enrollment.id, touch, SendStatus.SENDING, now)
    row.status, row.claimed_at, row.attempts = SendStatus.SENDING, now, row.attempts + 1
    row.subject = message.subject
    row.message_id = _message_id_of(out)
    session.add(row)
    session.flush()
    assert row.id is not None
    if isinstance(out, LinkedInTask):
        return _wait_for_recruiter(session, enrollment, row, out, now, _expiry(touch, now))
    enrollment.next_due_at = None  # in flight; the record step plans what comes next
    return Claim(row.id, enrollment.id, out, sequence, candidate)


def _sends(session: Session, enrollment_id: int) -> dict[str, Send]:
    """Every step this enrollment has a record of, by step id (one query per claim)."""
    return {
        s.step_id: s for s in session.exec(select(Send).where(Send.enrollment_id == enrollment_id))
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


def _stopped_since_claim(engine: sa.Engine, claim: Claim, now: datetime) -> str | None:
    """The last look before the provider is called: a reply or an opt-out that arrived
    after the claim still stops this send. (One arriving during the provider call cannot;
    it stops the next one.)"""
    if _still_wanted(engine, claim):
        return None
    with Session(engine) as session, session.begin():  # look again, under the lock
        row, enrollment = _rows(session, claim)
        if enrollment.status == EnrollmentStatus.ACTIVE and not suppressed(
            session, claim.candidate
        ):
            return None
        if enrollment.status == EnrollmentStatus.ACTIVE:
            halt(session, enrollment, "opted out")
        row.status = SendStatus.SKIPPED
        row.reason = f"not sent: {enrollment.status_reason} before it went out"
        log.info("halted before it went out", extra=send_fields(row, "halted"))
        return "halted"


def _still_wanted(engine: sa.Engine, claim: Claim) -> bool:
    """Still active, and nobody opted out: one read, no lock (the common case)."""
    keys = suppression_keys(claim.candidate)
    opted_out = sa.exists().where(col(Suppression.address).in_(keys))
    query = sa.select(col(Enrollment.status), opted_out).where(
        col(Enrollment.id) == claim.enrollment_id
    )
    with reading(engine) as connection:
        status, suppressed_now = connection.execute(query).one()
    return bool(status == EnrollmentStatus.ACTIVE and not suppressed_now)


# --- 2. deliver -----------------------------------------------------------------------------


def deliver(senders: Senders, message: Outgoing) -> tuple[Receipt, str | None]:
    """Hand the message to its channel; the note says what did not happen, if anything."""
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
    try:
        return senders.call.place_call(message.call), None
    except ChannelError as exc:
        return receipt, f"call not placed ({exc}): call task for the recruiter"


# --- 3. record ------------------------------------------------------------------------------


def _record(
    engine: sa.Engine, claim: Claim, receipt: Receipt, note: str | None, now: datetime
) -> None:
    with Session(engine) as session, session.begin():
        row, enrollment = _rows(session, claim)
        row.provider, row.provider_id = receipt.provider, receipt.provider_id
        log.info("sent", extra=send_fields(row, "sent", provider=receipt.provider, note=note))
        if note and isinstance(claim.message, Voicemail):
            _call_task(session, row, claim.message, now)
        if _settled_meanwhile(row):
            return  # a provider event already recorded it and moved the sequence on
        row.status, row.sent_at, row.reason = SendStatus.SENT, now, note
        advance(session, enrollment, claim.sequence, claim.candidate, now, touched=True)


def _settled_meanwhile(row: Send) -> bool:
    """A provider's event (e.g. SendGrid's `processed` while the paired call was placed)
    arrived before the provider's own answer was recorded."""
    return row.status != SendStatus.SENDING


def _call_task(session: Session, row: Send, message: Voicemail, now: datetime) -> None:
    assert row.id is not None
    script = message.call.script if message.call else message.email.text
    session.add(Task(send_id=row.id, kind="call", to=row.to or "", body=script, created_at=now))


def _retry(engine: sa.Engine, claim: Claim, exc: RetryLater, now: datetime) -> str:
    with Session(engine) as session, session.begin():
        row, enrollment = _rows(session, claim)
        if _settled_meanwhile(row):
            return str(row.status)  # the provider said "later", but its events say it went
        if row.attempts >= MAX_ATTEMPTS:
            row.status, row.reason = SendStatus.FAILED, f"gave up after {row.attempts} tries: {exc}"
            advance(session, enrollment, claim.sequence, claim.candidate, now, touched=False)
            log.info("failed", extra=send_fields(row, "failed"))
            return "failed"
        row.status, row.reason = SendStatus.RETRY, str(exc)
        wait = _backoff(row.attempts, exc.retry_after, f"{row.enrollment_id}-{row.step_id}")
        enrollment.next_due_at = now + wait
        log.info("retry", extra=send_fields(row, "retry", retry_at=enrollment.next_due_at))
    return "retry"


def _backoff(attempts: int, retry_after: float | None, seed: str) -> timedelta:
    """The provider's Retry-After when it gave one; else 1, 2, 4, 8... minutes, each with up
    to half as much again at random, so sends that failed together don't retry together."""
    if retry_after:
        return timedelta(seconds=retry_after)
    jitter = 1 + seed_bits(f"{seed}|{attempts}", 0) % 1000 / 2000
    return timedelta(minutes=2 ** (attempts - 1)) * jitter


def _fail(engine: sa.Engine, claim: Claim, exc: Rejected, now: datetime) -> str:
    with Session(engine) as session, session.begin():
        row, enrollment = _rows(session, claim)
        if _settled_meanwhile(row):
            return str(row.status)
        row.status, row.reason = SendStatus.FAILED, str(exc)
        if exc.opted_out and row.to:
            suppress(session, row.to, f"{TEXTED} STOP to our number: {exc}", now)
            halt(session, enrollment, f"opted out: {exc}")
            log.info("opted out at the provider", extra=send_fields(row, "opted out"))
            return "opted out"
        advance(session, enrollment, claim.sequence, claim.candidate, now, touched=False)
        log.info("failed", extra=send_fields(row, "failed"))
    return "failed"


def _rows(session: Session, claim: Claim) -> tuple[Send, Enrollment]:
    # The enrollment's lock first, then the send read under it: a provider event settling
    # this send at the same moment (effects.settled, same order) is seen, not overwritten.
    enrollment = session.get(Enrollment, claim.enrollment_id, with_for_update=True)
    row = session.get(Send, claim.send_id, with_for_update=True)
    assert row is not None and enrollment is not None
    return row, enrollment
