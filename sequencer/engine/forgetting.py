"""Forgetting people: at their request (`sequencer forget`, the web app's button) and after
the retention period (`sequencer retention`, the daemon's housekeeping).

The rows go in one transaction (`store.erasure.forget`); then what lives beside the database:
SQLite's write-ahead log emptied (the rows as they were stay there until a checkpoint), and the
outbox files that name them. Log lines and audit entries say what was removed, never whom.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from sequencer.channels import outbox
from sequencer.store import audit
from sequencer.store.erasure import (
    ERASED,
    Forgotten,
    forget,
    forget_address,
    require_secret,
    scrub_files,
)
from sequencer.store.retention import (
    Idle,
    idle_people,
    months_before,
    turn_has_come,
    unmatched_events_before,
)

log = logging.getLogger(__name__)
OUTBOX_FILES = "outbox files"
# People forgotten by one housekeeping run, each in a transaction of its own; the rest wait
# for the next pass, so a first run over years of data never holds the pass for long.
RETENTION_BATCH = 100
RETENTION_EVERY = timedelta(hours=1)  # idle for months: an hour more changes nothing


def forget_person(
    engine: sa.Engine,
    address: str,
    now: datetime,
    secret: str | None,
    outbox_dir: Path,
    actor: str,
) -> Forgotten:
    """Everyone at this email or phone forgotten at their request, their addresses kept only
    as keyed hashes; audited by `actor` without personal data. SequencerError without the
    secret (nothing is deleted then)."""
    key = require_secret(secret)
    with Session(engine) as session, session.begin():
        done = forget_address(session, address, ERASED, now, key)
        audit.record(session, now, actor, "forget", None, f"removed {done.summary()}")
    _beside_the_database(engine, done, outbox_dir)
    return done


def _beside_the_database(engine: sa.Engine, done: Forgotten, outbox_dir: Path) -> None:
    scrub_files(engine)
    references = [f"{enrollment}-" for enrollment in sorted(done.enrollment_ids)]
    done.removed[OUTBOX_FILES] += outbox.forget(outbox_dir, done.addresses, references)


@dataclass(frozen=True)
class Due:
    """Who retention forgets now: the cutoff, and the people idle since before it."""

    cutoff: datetime
    people: list[Idle]


def retention_due(engine: sa.Engine, months: int, now: datetime, limit: int) -> Due:
    """The people idle for `months` (up to `limit`), for `sequencer retention --dry-run`."""
    cutoff = months_before(now, months)
    with Session(engine) as session:
        return Due(cutoff, idle_people(session, cutoff, now, limit))


def apply_retention(
    engine: sa.Engine,
    months: int,
    now: datetime,
    secret: str | None,
    outbox_dir: Path,
    limit: int = RETENTION_BATCH,
    told: Callable[[Idle, str], None] | None = None,
) -> Forgotten:
    """Forget up to `limit` people idle for `months`, each in a transaction of its own, and
    the unmatched events older than that. Someone who opted out keeps a hashed suppression
    ("opted out on DATE"); without the secret they are left as they are (a hash cannot be
    made, and forgetting them would let an old spreadsheet bring them back)."""
    due, done = retention_due(engine, months, now, limit), Forgotten()
    for idle in due.people:
        if idle.keep is not None and not secret:
            _told(told, idle, "kept: opted out, and SEQUENCER_SECRET_KEY is not set to keep it")
            continue
        with Session(engine) as session, session.begin():
            done.add(forget(session, idle.record, idle.keep, now, secret))
        _told(told, idle, f"forgotten: no activity since {due.cutoff:%Y-%m-%d}")
    with Session(engine) as session, session.begin():
        done.removed["unmatched events"] += unmatched_events_before(session, due.cutoff)
    if done.removed["people"]:  # audited as a whole, like a request: what, never whom
        audit.write(engine, now, "retention", "forget", None, f"removed {done.summary()}")
    if done.removed:
        _beside_the_database(engine, done, outbox_dir)
    return done


def retention_pass(
    engine: sa.Engine, months: int, now: datetime, secret: str | None, outbox_dir: Path
) -> int:
    """The daemon's housekeeping: `apply_retention` once an hour across all the workers
    (`months` 0: never); how many people it forgot."""
    if months <= 0:
        return 0
    with Session(engine) as session, session.begin():
        if not turn_has_come(session, now, RETENTION_EVERY):
            return 0
    return apply_retention(engine, months, now, secret, outbox_dir).removed["people"]


def _told(told: Callable[[Idle, str], None] | None, idle: Idle, what: str) -> None:
    # The person by their number only: the line outlives them in the logs.
    log.info("retention: person #%s %s", idle.record.id, what)
    if told is not None:
        told(idle, what)
