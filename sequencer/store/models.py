"""The database tables (SQLModel) and their status values. No logic lives here.

Status values are `str` enums stored as their text, so a new status needs no migration.

Times are stored in UTC and always come back timezone-aware (`UTCDateTime`), on SQLite (which
keeps no time zone) as on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime in, an aware UTC datetime out, whatever the database keeps."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"{value.isoformat()} has no time zone: store aware datetimes only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _utc_column(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kwargs)


class EnrollmentStatus(StrEnum):
    ACTIVE = "active"  # steps still to go
    COMPLETED = "completed"  # every step sent or skipped, no answer
    HALTED = "halted"  # stopped by a reply, an opt-out, a bounce, an outcome
    PAUSED = "paused"  # by the recruiter (`sequencer pause`): nothing due until resumed


class SendStatus(StrEnum):
    CLAIMED = "claimed"  # written and rendered, not yet handed over: a crash leaves it to redo
    SENDING = "sending"  # handed to the provider; left so by a crash = in doubt
    RETRY = "retry"  # the provider said "later" (throttled, down): tried again at next_due_at
    SENT = "sent"
    WAITING = "waiting"  # a task for the recruiter (LinkedIn): the sequence waits for it
    SKIPPED = "skipped"  # not sent, with the reason (deadline passed, no channel, ...)
    FAILED = "failed"  # the provider refused it for good, with the reason


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    EXPIRED = "expired"
    SKIPPED = "skipped"  # the recruiter chose not to do it: the sequence goes on without it


class CandidateRecord(SQLModel, table=True):
    """A person as stored (`candidates.Candidate` is the same person as read from a CSV)."""

    __tablename__ = "candidate"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, index=True)  # lower-cased email, else E.164 phone
    email: str | None = Field(default=None, index=True)
    phone: str | None = Field(default=None, index=True)
    first_name: str | None = None
    last_name: str | None = None
    timezone: str | None = None
    linkedin_url: str | None = None
    company: str | None = None
    current_company_domain: str | None = None
    title: str | None = None
    preferred_channel: str | None = None
    sms_consent: bool = False
    call_consent: bool = False
    country: str | None = None
    state: str | None = None
    extra: dict[str, str] = Field(default_factory=dict, sa_type=sa.JSON)
    updated_at: datetime = _utc_column()
    # Why email cannot reach them (a hard bounce): email steps fall back or are skipped.
    email_undeliverable: str | None = None


class Suppression(SQLModel, table=True):
    """Someone who opted out: never contacted again, on any channel, by any sequence."""

    id: int | None = Field(default=None, primary_key=True)
    address: str = Field(unique=True, index=True)  # lower-cased email or E.164 phone
    reason: str
    created_at: datetime = _utc_column()


class SequenceVersion(SQLModel, table=True):
    """The exact files an enrollment runs: editing the YAML later never changes it."""

    version: str = Field(primary_key=True)  # content hash of the file and its templates
    name: str = Field(index=True)
    source: str  # the YAML text
    templates: dict[str, str] = Field(default_factory=dict, sa_type=sa.JSON)  # name → source
    created_at: datetime = _utc_column()


class Enrollment(SQLModel, table=True):
    __table_args__ = (
        # What is due, in due order, without reading every active enrollment (queue.take_due).
        sa.Index("ix_enrollment_status_next_due_at", "status", "next_due_at"),
        # People per sequence, version and state, for everyone or one recruiter (the
        # Sequences pages), counted from the index alone.
        sa.Index(
            "ix_enrollment_sequence_version_status",
            "sequence_name",
            "sequence_version",
            "status",
        ),
        sa.Index(
            "ix_enrollment_owner_sequence_version_status",
            "owner",
            "sequence_name",
            "sequence_version",
            "status",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(foreign_key="candidate.id", index=True)
    sequence_name: str = Field(index=True)
    sequence_version: str = Field(foreign_key="sequenceversion.version")
    status: EnrollmentStatus = Field(default=EnrollmentStatus.ACTIVE, index=True, sa_type=sa.String)
    status_reason: str | None = None
    started_at: datetime = _utc_column()
    next_step: int = 0  # index of the next step to plan
    next_due_at: datetime | None = _utc_column(default=None, index=True)
    last_touch_at: datetime | None = _utc_column(default=None)
    touches_sent: int = 0
    # No touch before this moment: "not now, try me in March", or an out-of-office return.
    not_before: datetime | None = _utc_column(default=None)
    # Where the person goes when this enrollment ends (an outcome's move_to), and from when;
    # the next dispatch pass enrolls them there and clears it.
    follow_on: str | None = None
    follow_on_at: datetime | None = _utc_column(default=None, index=True)
    # Which worker took it into its batch, and until when (its heartbeat renews it): another
    # may take it after that (the worker died). Cleared at the hand-over.
    lease_owner: str | None = None
    lease_until: datetime | None = _utc_column(default=None)
    # A slot of its sender's pace reserved for this enrollment's next send (pacing.py).
    slot_at: datetime | None = _utc_column(default=None)
    # The recruiter who enrolled them (their sign-in email); None from the CLI without --owner.
    owner: str | None = Field(default=None, index=True)
    # "Not now, check back in March": the day they named (the check-back goes then, instead of
    # the step they were at) and when they said it. Cleared once the check-back is settled.
    check_back_on: date | None = None
    check_back_asked_at: datetime | None = _utc_column(default=None)


class Send(SQLModel, table=True):
    """One step for one enrollment. The unique (enrollment, step) is what makes it once."""

    __table_args__ = (
        sa.UniqueConstraint("enrollment_id", "step_id"),
        # The funnel counts the sends sent per block of ids from the index alone.
        sa.Index("ix_send_status_id", "status", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    enrollment_id: int = Field(foreign_key="enrollment.id", index=True)
    step_id: str
    channel: str | None = None
    to: str | None = None
    status: SendStatus = Field(index=True, sa_type=sa.String)
    reason: str | None = None  # why skipped or failed
    provider: str | None = None
    provider_id: str | None = Field(default=None, index=True)
    message_id: str | None = Field(default=None, index=True)  # our email Message-ID
    subject: str | None = None
    # The text as rendered (an email's plain text, a text message, a task's message) and a
    # voicemail's script: what the person was sent, for their export. Erased with the row.
    body: str | None = None
    script: str | None = None
    attempts: int = 0
    claimed_at: datetime = _utc_column()
    sent_at: datetime | None = _utc_column(default=None)


class Task(SQLModel, table=True):
    """Work for the recruiter: a LinkedIn message to send by hand, a call to make."""

    id: int | None = Field(default=None, primary_key=True)
    send_id: int = Field(foreign_key="send.id", unique=True)
    kind: str  # "linkedin" or "call"
    to: str
    body: str
    status: TaskStatus = Field(default=TaskStatus.OPEN, index=True, sa_type=sa.String)
    created_at: datetime = _utc_column()
    expires_at: datetime | None = _utc_column(default=None)
    done_at: datetime | None = _utc_column(default=None)


class EventKind(StrEnum):
    REPLY = "reply"  # a person answered: every active enrollment halts
    AUTO_REPLY = "auto_reply"  # out of office: the sequence goes on, maybe later
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"  # only ever from the person (SMS START, a resubscribe)
    BOUNCE = "bounce"  # the address does not exist: email steps fall back or are skipped
    ACCEPTED = "accepted"  # the provider took it (processed, deferred): it is on its way
    DELIVERED = "delivered"
    OPENED = "opened"
    CLICKED = "clicked"
    FAILED = "failed"  # the provider could not deliver this one message
    CALL = "call"  # how a voicemail call ended
    OUTCOME = "outcome"  # what a recruiter recorded with `sequencer mark`
    HELP = "help"
    # From the world outside the thread (an ATS, a scheduling tool), signed by its sender.
    APPLIED = "applied"
    REJECTED = "rejected"  # rejected or archived in the ATS
    HIRED = "hired"
    STAGE_CHANGED = "stage_changed"
    MEETING_BOOKED = "meeting_booked"
    MEETING_CANCELED = "meeting_canceled"


class Event(SQLModel, table=True):
    """Something that came back: a reply, an opt-out, a bounce, a delivery. The unique `key`
    (the provider's event id, the message's Message-ID, ...) is what makes a duplicate
    delivery of the same event have one effect."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    kind: EventKind = Field(index=True, sa_type=sa.String)
    channel: str | None = None
    candidate_id: int | None = Field(default=None, foreign_key="candidate.id", index=True)
    send_id: int | None = Field(default=None, foreign_key="send.id", index=True)
    detail: str | None = None  # what the recruiter should read: a reply's first lines, a reason
    occurred_at: datetime = _utc_column()
    received_at: datetime = _utc_column()
    # Replies and opt-outs are told to the recruiter by the next pass; None until then.
    notified_at: datetime | None = _utc_column(default=None, index=True)


class MailboxCursor(SQLModel, table=True):
    """How far the IMAP poller has read a mailbox, so each message is fed in only once."""

    mailbox: str = Field(primary_key=True)  # user@host/folder
    # IMAP numbers are unsigned 32-bit: past a signed INTEGER's range.
    uidvalidity: int = Field(sa_type=sa.BigInteger)
    last_uid: int = Field(sa_type=sa.BigInteger)
    polled_at: datetime = _utc_column()


class Lease(SQLModel, table=True):
    """A job that must run once across all the daemons sharing the database (housekeeping,
    the mailbox poll): whoever holds the lease runs it; it lapses if they die."""

    name: str = Field(primary_key=True)
    owner: str
    until: datetime = _utc_column()


class SenderPace(SQLModel, table=True):
    """How much a sending mailbox or number has sent today, and when it may send next."""

    sender: str = Field(primary_key=True)  # "email:dana@northwind.example", "sms:+1415..."
    day: str  # ISO date of the slots counted in `sent`, in the sender's time zone
    sent: int  # slots taken or reserved that day
    next_at: datetime | None = _utc_column(default=None)  # the next slot not yet reserved


class ChannelPause(SQLModel, table=True):
    """A channel whose provider refused our account (a wrong or revoked key): nothing is sent
    on it, by any worker, until a test call succeeds (`store.pauses`). The row stays once
    lifted, so a refusal soon after goes on with the same backoff."""

    channel: str = Field(primary_key=True)  # "email", "sms" or "call"
    provider: str  # who refused: "sendgrid", "smtp", "twilio"
    reason: str  # what the provider said, and which setting to check
    since: datetime = _utc_column()
    next_check_at: datetime = _utc_column()
    checks: int = 0  # test calls made since it paused: the next waits 2**checks minutes (to 30)
    lifted_at: datetime | None = _utc_column(default=None)  # None while paused


class Recruiter(SQLModel, table=True):
    """Someone who signs in to the web app (`sequencer user add`). Not "user": PostgreSQL
    reserves that word. The password is kept only as an argon2id hash."""

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(unique=True, index=True)  # lower-cased
    password_hash: str
    admin: bool = False
    created_at: datetime = _utc_column()


class LoginFailure(SQLModel, table=True):
    """Failed sign-ins counted per account and per client address ("account:dana@…",
    "address:203.0.113.9"), shared by every daemon, so guessing is slow everywhere."""

    key: str = Field(primary_key=True)
    failures: int = 0
    first_at: datetime = _utc_column()
    locked_until: datetime | None = _utc_column(default=None)


class AuditEntry(SQLModel, table=True):
    """Who did what, when: every action a recruiter takes in the web app or the CLI."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _utc_column(index=True)
    actor: str  # the recruiter's email, or "cli"
    action: str  # "task done", "outcome not-now", "pause", "enroll", "opt-out", "import", ...
    candidate_id: int | None = Field(default=None, foreign_key="candidate.id", index=True)
    detail: str | None = None


class ReplyReading(SQLModel, table=True):
    """What the reply understanding (`inbound.intent`) made of one reply event: its label,
    how sure it is, the date it names, and the new text with quotes and signature removed.
    `decided_*` says who settled it: "auto" above the sequence's threshold, else a recruiter."""

    event_id: int = Field(primary_key=True, foreign_key="event.id")
    label: str = Field(index=True)  # interested, question, not_now, ..., bounce
    confidence: float
    language: str | None = None  # ISO 639-1: en, de, fr, es, nl, pt
    named_date: date | None = None  # not now until / back on
    text: str = ""  # the new text only
    decided_at: datetime | None = _utc_column(default=None, index=True)  # None: pending
    decided_by: str | None = None  # "auto", a recruiter's email, or "cli"
    decision: str | None = None  # the outcome applied, e.g. "not-now"
    # A referral names someone else: offered to the recruiter as a new candidate, never enrolled.
    referred_email: str | None = None
    referred_name: str | None = None


class ReenrollmentBlock(SQLModel, table=True):
    """A person who may not be enrolled again, in any sequence, until `until` (None: until a
    recruiter says otherwise): they declined, were rejected, or were hired (`store.blocks`)."""

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(foreign_key="candidate.id", index=True)
    reason: str  # "declined", "rejected" or "hired"
    source: str  # who said so: "reply", "recruiter", "greenhouse", "lever", ...
    created_at: datetime = _utc_column()
    until: datetime | None = _utc_column(default=None)
    lifted_at: datetime | None = _utc_column(default=None)  # by `enroll --role-changed`
    lifted_by: str | None = None


class Attention(SQLModel, table=True):
    """Something only the recruiter can settle ("Needs attention"): a step that failed, a
    task nobody sent with no other channel, a cancelled meeting (`store.attention`)."""

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(foreign_key="candidate.id", index=True)
    enrollment_id: int | None = Field(default=None, foreign_key="enrollment.id", index=True)
    reason: str  # one sentence the recruiter reads
    created_at: datetime = _utc_column()
    resolved_at: datetime | None = _utc_column(default=None, index=True)  # None: open
    resolved_by: str | None = None


class Erasure(SQLModel, table=True):
    """A person erased at their request: not them, only a keyed hash (HMAC with the
    installation's secret) of each of their addresses, so an old spreadsheet never brings
    them back. No personal data in the clear."""

    id: int | None = Field(default=None, primary_key=True)
    digest: str = Field(unique=True, index=True)  # hex HMAC-SHA256 of a normal-form address
    erased_on: date
    reason: str  # "erased at their request", "retention: no activity since ..."


class ConsentChange(SQLModel, table=True):
    """Where a person's consent to texts or calls came from, and when: its whole history."""

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(foreign_key="candidate.id", index=True)
    channel: str  # "sms" or "call"
    given: bool  # True: consent given; False: withdrawn
    source: str  # "CSV column sms_consent (candidates.csv, row 4)", "texted START", ...
    at: datetime = _utc_column()
