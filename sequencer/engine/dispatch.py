"""Send what is due, each touch exactly once.

Due enrollments go in chunks:
1. **claim** a chunk, in one transaction (four reads for the whole chunk): re-check what halts
   sending (opted out, no longer active), re-plan each step for *now* (a daemon that was down
   never texts at night or after a deadline), render it, and write its send row, unique per
   (enrollment, step), as `claimed`;
then for each claimed send, one after another:
2. **hand over**, in one short transaction, the last look: `claimed` becomes `sending` only
   if the person is still active and nobody opted out (a reply that came in since the claim
   stops it here);
3. **deliver**: call the provider, outside any transaction;
4. **record**, in one transaction: `sent` with the provider's id, and plan the next step from
   the moment this one actually went out.
A crash before 2 leaves the row `claimed` and the enrollment due: claimed again once its lease
lapses, since nothing went out. A crash between 2 and 4 leaves it `sending`: in doubt, shown
by `status`, never re-sent, settled by the provider's events.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

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
from sequencer.engine.compose import compose
from sequencer.engine.enroll import suppressed, suppression_keys
from sequencer.engine.enrollment import advance, schedule_next, send_row
from sequencer.engine.envelope import LinkedInTask, Outgoing, Voicemail, outgoing
from sequencer.engine.links import Links
from sequencer.engine.pacing import Pacing, reserve_slot
from sequencer.engine.plan import Touch
from sequencer.engine.tasks import expire_tasks
from sequencer.errors import RenderError
from sequencer.inbound.effects import TEXTED, halt, suppress
from sequencer.ops.logs import send_fields
from sequencer.people.candidates import Candidate
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.timetext import seed_bits
from sequencer.store.database import replayable
from sequencer.store.leases import BATCH_LEASE, worker_id
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    Send,
    SendStatus,
    Suppression,
    Task,
    UTCDateTime,
)
from sequencer.store.people import candidate_of
from sequencer.store.versions import recall

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
# Enrollments claimed in one transaction. Bigger chunks save little more, and hold their
# rows locked (PostgreSQL) longer against a webhook that wants to halt one of them.
CHUNK = 50


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
    fields: Mapping[str, Any]  # of its log lines (logs.send_fields), as the hand-over leaves it


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
    due = take_due(engine, worker, now, limit)
    for start in range(0, len(due), CHUNK):
        for claimed in claim_many(engine, due[start : start + CHUNK], now, links, worker, pacing):
            outcome = (
                claimed if isinstance(claimed, str) else send_claimed(engine, claimed, senders, now)
            )
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


def send_claimed(engine: sa.Engine, claim: Claim, senders: Senders, now: datetime) -> str:
    """Deliver and record a claimed touch, unless the person answered or opted out since."""
    stopped = hand_over(engine, claim, now)
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
    """Step 1 for one enrollment: its send row written as `claimed`, or why not."""
    [claimed] = claim_many(engine, [enrollment_id], now, links, worker, pacing)
    return claimed


def claim_many(
    engine: sa.Engine,
    enrollment_ids: list[int],
    now: datetime,
    links: Links | None,
    worker: str | None = None,
    pacing: Pacing | None = None,
) -> list[Claim | str]:
    """Step 1 for a chunk of enrollments, in one transaction: for each, in order, its claim
    or why there is none."""
    worker = worker or worker_id()
    try:
        with Session(replayable(engine)) as session, session.begin():
            known = _Known.read(session, enrollment_ids)
            results = [
                _claim_in(session, known, i, now, links, worker, pacing) for i in enrollment_ids
            ]
            session.flush()  # the new send rows get their ids
            return [r if isinstance(r, str) else r.claim() for r in results]
    except sa.exc.IntegrityError:
        if len(enrollment_ids) == 1:
            return ["taken"]  # another worker wrote this send row first: it is theirs
        return _one_by_one(engine, enrollment_ids, now, links, worker, pacing)
    except sa.exc.OperationalError as error:
        if len(enrollment_ids) == 1 or not _deadlock(error):
            raise
        return _one_by_one(engine, enrollment_ids, now, links, worker, pacing)


def _one_by_one(
    engine: sa.Engine,
    enrollment_ids: list[int],
    now: datetime,
    links: Links | None,
    worker: str,
    pacing: Pacing | None,
) -> list[Claim | str]:
    """One of the chunk clashed with another worker's send row, or PostgreSQL broke a
    deadlock with a transaction that locked some of these rows in another order: the
    chunk's transaction was undone. Each on its own then."""
    return [c for i in enrollment_ids for c in claim_many(engine, [i], now, links, worker, pacing)]


def _deadlock(error: sa.exc.OperationalError) -> bool:
    return getattr(error.orig, "sqlstate", None) == "40P01"  # PostgreSQL's deadlock_detected


@dataclass(frozen=True)
class _Known:
    """What the claims of a chunk read, read for the whole chunk at once."""

    enrollments: dict[int, Enrollment]
    people: dict[int, Candidate]  # by candidate id
    sends: dict[int, dict[str, Send]]  # enrollment id → step id → its send row
    suppressed: frozenset[str]  # those of the chunk's addresses that are suppressed

    @classmethod
    def read(cls, session: Session, enrollment_ids: list[int]) -> _Known:
        # Locked in id order, as every other transaction that locks several of them does.
        enrollments = session.exec(
            select(Enrollment)
            .where(col(Enrollment.id).in_(enrollment_ids))
            .order_by(col(Enrollment.id))
            .with_for_update()
        ).all()
        wanted = {e.candidate_id for e in enrollments}
        records = session.exec(select(CandidateRecord).where(col(CandidateRecord.id).in_(wanted)))
        people = {r.id: candidate_of(r) for r in records if r.id is not None}
        keys = {key for person in people.values() for key in suppression_keys(person)}
        sends: dict[int, dict[str, Send]] = {e.id: {} for e in enrollments if e.id is not None}
        for row in session.exec(select(Send).where(col(Send.enrollment_id).in_(sends))):
            sends[row.enrollment_id][row.step_id] = row
        opted_out = select(Suppression.address).where(col(Suppression.address).in_(keys))
        return cls(
            {e.id: e for e in enrollments if e.id is not None},
            people,
            sends,
            frozenset(session.exec(opted_out)),
        )

    def opted_out(self, candidate: Candidate) -> bool:
        return any(key in self.suppressed for key in suppression_keys(candidate))


@dataclass(frozen=True)
class _Written:
    """A claim whose send row gets its id when the chunk's rows are written."""

    row: Send
    enrollment_id: int
    message: Outgoing
    sequence: Sequence
    candidate: Candidate

    def claim(self) -> Claim:
        row = self.row
        assert row.id is not None
        fields = send_fields(row, "") | {"attempts": row.attempts + 1}  # the hand-over's count
        return Claim(
            row.id, self.enrollment_id, self.message, self.sequence, self.candidate, fields
        )


def _claim_in(
    session: Session,
    known: _Known,
    enrollment_id: int,
    now: datetime,
    links: Links | None,
    worker: str,
    pacing: Pacing | None,
) -> _Written | str:
    enrollment = known.enrollments.get(enrollment_id)
    if enrollment is None or not _is_due(enrollment, now):
        return "not due"
    if _leased_to_another(enrollment, worker, now):
        return "taken"
    enrollment.lease_owner = enrollment.lease_until = None
    candidate = known.people[enrollment.candidate_id]
    if known.opted_out(candidate):
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
    sends = known.sends[enrollment_id]
    written = _write_send(
        session, enrollment, sends, sequence, library, candidate, touch, now, links
    )
    if isinstance(written, _Written):
        # Due still, and this worker's until it hands the send over: if it dies first,
        # another worker claims it again when the lease lapses.
        enrollment.lease_owner, enrollment.lease_until = worker, now + BATCH_LEASE
    return written


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
    sends: dict[str, Send],
    sequence: Sequence,
    library: TemplateLibrary,
    candidate: Candidate,
    touch: Touch,
    now: datetime,
    links: Links | None,
) -> _Written | str:
    assert enrollment.id is not None
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
    # A row left `claimed` by a crash, or waiting to retry, is claimed again as it is.
    row = existing or send_row(enrollment.id, touch, SendStatus.CLAIMED, now)
    row.status, row.claimed_at = SendStatus.CLAIMED, now
    row.subject = message.subject
    row.message_id = _message_id_of(out)
    session.add(row)
    if isinstance(out, LinkedInTask):
        session.flush()
        return _wait_for_recruiter(session, enrollment, row, out, now, _expiry(touch, now))
    return _Written(row, enrollment.id, out, sequence, candidate)


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


# --- 2. hand over ------------------------------------------------------------------------------


def hand_over(engine: sa.Engine, claim: Claim, now: datetime) -> str | None:
    """The last look before the provider is called, and the point after which a crash leaves
    the send in doubt: `claimed` becomes `sending` only while the person is still active and
    nobody opted out. None when it may go; else why not. (A reply arriving during the
    provider call cannot stop it; it stops the next one.)"""
    keys = suppression_keys(claim.candidate)
    with engine.connect() as connection:
        transaction = connection.begin()  # durable: on disk before the provider is called
        # The enrollment first, then its send, the order every transaction locks them in.
        if (
            connection.execute(_STILL_WANTED, {"enrollment": claim.enrollment_id, "keys": keys})
        ).rowcount == 1 and connection.execute(
            _HANDED, {"send": claim.send_id, "now": now}
        ).rowcount == 1:
            transaction.commit()
            return None
        transaction.rollback()
    return _not_handed(engine, claim, now)


# Built once (SQLAlchemy then reuses their compiled form): the hand-over runs once a send.
_IN_FLIGHT = (  # nothing is due until the record step plans what comes next; no lease needed
    sa.update(Enrollment)
    .where(col(Enrollment.id) == sa.bindparam("enrollment"))
    .values(next_due_at=None, lease_owner=None, lease_until=None)
)
_STILL_WANTED = _IN_FLIGHT.where(
    col(Enrollment.status) == EnrollmentStatus.ACTIVE,
    ~sa.exists().where(col(Suppression.address).in_(sa.bindparam("keys", expanding=True))),
)
_HANDED = (
    sa.update(Send)
    .where(col(Send.id) == sa.bindparam("send"), col(Send.status) == SendStatus.CLAIMED)
    .values(
        status=SendStatus.SENDING, claimed_at=sa.bindparam("now"), attempts=col(Send.attempts) + 1
    )
)


def _not_handed(engine: sa.Engine, claim: Claim, now: datetime) -> str | None:
    """Why the hand-over did not happen, looked at under the lock (the uncommon case)."""
    with Session(engine) as session, session.begin():
        row, enrollment = _rows(session, claim)
        if row.status != SendStatus.CLAIMED:
            return "taken"  # another worker, whose lease this one outlived, handed it over
        if enrollment.status == EnrollmentStatus.ACTIVE and not suppressed(
            session, claim.candidate
        ):  # it changed back between the two looks: hand it over now
            connection = session.connection()
            connection.execute(_HANDED, {"send": claim.send_id, "now": now})
            connection.execute(_IN_FLIGHT, {"enrollment": claim.enrollment_id})
            return None
        if enrollment.status == EnrollmentStatus.ACTIVE:
            halt(session, enrollment, "opted out")
        enrollment.lease_owner = enrollment.lease_until = None
        row.status = SendStatus.SKIPPED
        row.reason = f"not sent: {enrollment.status_reason} before it went out"
        log.info("halted before it went out", extra=send_fields(row, "halted"))
        return "halted"


# --- 3. deliver -----------------------------------------------------------------------------


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


# --- 4. record ------------------------------------------------------------------------------


def _record(
    engine: sa.Engine, claim: Claim, receipt: Receipt, note: str | None, now: datetime
) -> None:
    with Session(replayable(engine)) as session, session.begin():
        # The enrollment's lock first: a provider event settling this send at the same
        # moment (effects.settled, same order) is seen, not overwritten, since the send
        # becomes `sent` only if it is still `sending`.
        enrollment = session.scalars(_LOCKED, {"enrollment": claim.enrollment_id}).one()
        answer = {"send": claim.send_id, "by": receipt.provider, "ref": receipt.provider_id}
        connection = session.connection()
        went = connection.execute(_SENT, answer | {"now": now, "note": note}).rowcount == 1
        if not went:  # a provider event already recorded it and moved the sequence on
            connection.execute(_ANSWERED, answer)
        answered = {"provider": receipt.provider, "provider_id": receipt.provider_id, "note": note}
        fields = {**claim.fields, "outcome": "sent"} | {k: v for k, v in answered.items() if v}
        log.info("sent", extra=fields)
        if note and isinstance(claim.message, Voicemail):
            _call_task(session, claim, claim.message, now)
        if went:
            advance(session, enrollment, claim.sequence, claim.candidate, now, touched=True)


# The record's statements, built once as the hand-over's are: it too runs once a send.
_LOCKED = (
    select(Enrollment).where(col(Enrollment.id) == sa.bindparam("enrollment")).with_for_update()
)
_ANSWERED = (
    sa.update(Send)
    .where(col(Send.id) == sa.bindparam("send"))
    .values(provider=sa.bindparam("by"), provider_id=sa.bindparam("ref"))
)
_SENT = _ANSWERED.where(col(Send.status) == SendStatus.SENDING).values(
    status=SendStatus.SENT, sent_at=sa.bindparam("now"), reason=sa.bindparam("note")
)


def _settled_meanwhile(row: Send) -> bool:
    """A provider's event (e.g. SendGrid's `processed` while the paired call was placed)
    arrived before the provider's own answer was recorded."""
    return row.status != SendStatus.SENDING


def _call_task(session: Session, claim: Claim, message: Voicemail, now: datetime) -> None:
    script = message.call.script if message.call else message.email.text
    to = str(claim.fields.get("to") or "")
    session.add(Task(send_id=claim.send_id, kind="call", to=to, body=script, created_at=now))


def _retry(engine: sa.Engine, claim: Claim, exc: RetryLater, now: datetime) -> str:
    with Session(replayable(engine)) as session, session.begin():
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
    with Session(replayable(engine)) as session, session.begin():
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
