"""The tables `status` reads, as SQLAlchemy Core names them (`sa.table`), and the kinds and
states it looks for, as stored: no `store.models`. Importing the models (SQLModel, its
pydantic models, SQLAlchemy's ORM) was a fifth of plain status's whole run at 10,000
enrollments (0.2 s of CPU), for names and types alone.

Only the columns status reads, each with its model's type where that changes what is read
(times, days, yes/no). `tests/reports/test_status_tables.py` checks each against its model
(name, table, the Python type it reads as) and each kind against `EventKind`, `SendStatus`
and `event_kinds.OUTSIDE`, so a model that changes cannot leave these behind.
"""

from __future__ import annotations

import sqlalchemy as sa

TIME = sa.DateTime(timezone=True)  # a stored UTC time (`models.UTCDateTime`)


def _numbers(names: str) -> list[sa.ColumnClause[int]]:
    return [sa.column(name, sa.Integer()) for name in names.split()]


def _texts(names: str) -> list[sa.ColumnClause[str]]:
    return [sa.column(name, sa.String()) for name in names.split()]


def _times(names: str) -> list[sa.ColumnClause[object]]:
    return [sa.column(name, TIME) for name in names.split()]


def _yes_no(names: str) -> list[sa.ColumnClause[bool]]:
    return [sa.column(name, sa.Boolean()) for name in names.split()]


ENROLLMENT = sa.table(
    "enrollment",
    *_numbers("id candidate_id touches_sent next_step"),
    *_texts("sequence_name sequence_version status status_reason follow_on"),
    *_times("next_due_at not_before last_touch_at started_at follow_on_at"),
    sa.column("check_back_on", sa.Date()),
)
CANDIDATE = sa.table(
    "candidate",
    *_numbers("id"),
    *_texts("key email phone first_name last_name timezone email_undeliverable"),
    *_yes_no("sms_consent call_consent"),
)
SEND = sa.table(
    "send",
    *_numbers("id enrollment_id attempts"),
    *_texts("step_id channel to status reason subject provider provider_id"),
    *_times("sent_at"),
)
TASK = sa.table("task", *_numbers("id send_id"), *_texts("kind status"))
EVENT = sa.table(
    "event",
    *_numbers("id candidate_id send_id"),
    *_texts("kind channel detail"),
    *_times("occurred_at"),
)
ATTENTION = sa.table(
    "attention",
    *_numbers("id candidate_id enrollment_id"),
    *_texts("reason"),
    *_times("created_at resolved_at"),
)
CONSENT_CHANGE = sa.table(
    "consentchange",
    *_numbers("id candidate_id"),
    *_texts("channel source"),
    *_yes_no("given"),
    *_times("at"),
)
SUPPRESSION = sa.table("suppression", *_texts("address reason"))
SEQUENCE_VERSION = sa.table("sequenceversion", *_texts("version source"))

# Kinds of events as stored (`EventKind`'s values).
# What the person did, shown with each enrollment that was running when they did it.
CAME_BACK = ("reply", "auto_reply", "opt_out", "opt_in", "bounce")
# What an ATS or a scheduling tool told us (`event_kinds.OUTSIDE`).
OUTSIDE = ("applied", "rejected", "hired", "stage_changed", "meeting_booked", "meeting_canceled")
SHOWN = (*CAME_BACK, "outcome", *OUTSIDE)
# How a send fared, latest first in importance; a call's event says how it ended.
CALL = "call"
DELIVERY = ("clicked", "opened", "delivered", CALL, "bounce", "failed", "accepted")

# States of a send as stored (`SendStatus`'s values).
SENDING = "sending"  # handed to the provider, never confirmed: in doubt
WAITING = "waiting"  # a task for the recruiter


# What plain status looks for before it names anything that needs fixing first: a channel
# paused (`store.pauses`) and notices failing (`store.notices`'s backoff leases). Both are
# rare; only when one is there does status import those modules (and the ORM they use).
CHANNEL_PAUSE = sa.table("channelpause", *_texts("channel"), *_times("lifted_at"))
LEASE = sa.table("lease", *_texts("name"))
NOTICE_BACKOFF = "notice-backoff:"  # `store.notices.PREFIX`: a lease per failing recipient

TABLES = (
    ENROLLMENT,
    CANDIDATE,
    SEND,
    TASK,
    EVENT,
    ATTENTION,
    CONSENT_CHANGE,
    SUPPRESSION,
    SEQUENCE_VERSION,
    CHANNEL_PAUSE,
    LEASE,
)
