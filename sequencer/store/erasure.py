"""Forgetting a person at their request, and the erasure list that keeps them forgotten.

`forget` deletes, in the caller's transaction, the person's row and every row that names
them. Which rows those are is read from the tables' foreign keys (`SQLModel.metadata`): every
table that points at a person, or at a row that goes with them (an enrollment, a send, an
event), loses those rows too, so a table added later is forgotten with the rest without
anyone remembering to list it here. The audit log is the one exception: an entry says what a
recruiter did and stays, without whom it was about (`SCRUBBED`). Their suppression entries,
which hold their addresses in the clear, go as well.

What stays is the erasure list (`Erasure`): a keyed hash (HMAC-SHA256 with
SEQUENCER_SECRET_KEY) of each of their addresses in normal form, with the date and the
reason. Import, enroll and every send look a person up in it (`erased`), so an old spreadsheet
never brings them back. The key lives outside the database on purpose: hashes of email
addresses and phone numbers can be reversed by anyone who holds the key, simply by hashing a
list of candidates' addresses and comparing; a key kept beside the hashes (in a backup, a
copy of the file) would protect nothing.
"""

from __future__ import annotations

import hmac
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from sequencer.errors import SequencerError
from sequencer.people.addresses import addresses_of, normal_address
from sequencer.store.among import among
from sequencer.store.models import CandidateRecord, Erasure, Suppression

ERASED = "erased at their request"
CHUNK = 500  # ids in one statement: a database takes only so many values at once
_PURPOSE = b"erasure:"  # the secret also keys reply addresses and links: one purpose each

NO_SECRET = (
    "forgetting someone needs SEQUENCER_SECRET_KEY: only a keyed hash of their addresses"
    " is kept, so that they are never imported or contacted again; set it (and keep it: under"
    " another key those hashes no longer match)"
)
# Rows that stay, with these columns emptied: who did what and when is kept, not about whom.
SCRUBBED: dict[str, tuple[str, ...]] = {"auditentry": ("candidate_id", "detail")}
# Text columns that may quote an address (an unsubscribe event's key holds it; a bounce's
# reason or an opt-out added by hand may): searched when someone asks to be forgotten.
QUOTING: dict[str, tuple[str, ...]] = {"event": ("key", "detail"), "auditentry": ("detail",)}
# What `forget` reports, by table (in this order); a table added later by its own name.
KINDS = {
    "candidate": "people",
    "enrollment": "enrollments",
    "send": "messages",
    "task": "tasks",
    "event": "events",
    "replyreading": "reply readings",
    "attention": "attention flags",
    "consentchange": "consent changes",
    "reenrollmentblock": "re-enrollment blocks",
    "suppression": "suppression entries",
    "auditentry": "audit entries (their name removed)",
}
_ONE = {
    "people": "person",
    "audit entries (their name removed)": "audit entry (their name removed)",
}


def digest(address: str, secret: str) -> str:
    """The keyed hash the erasure list keeps of one address (email or phone, any case)."""
    return _digest_of_normal(normal_address(address), secret.encode())


def _digest_of_normal(address: str, key: bytes) -> str:
    # The one-shot form, the digest named: the same HMAC in OpenSSL at half the cost of an
    # hmac object (an import hashes every address it reads).
    return hmac.digest(key, _PURPOSE + address.encode(), "sha256").hex()


def erased(session: Session, addresses: Iterable[str], secret: str | None) -> Erasure | None:
    """The erasure list's entry for one of these addresses, if any. Without the secret,
    nobody can be looked up: a SequencerError when the list holds anyone."""
    return next(iter(erased_among(session, addresses, secret).values()), None)


def erased_among(
    session: Session, addresses: Iterable[str], secret: str | None
) -> dict[str, Erasure]:
    """Those of these addresses that are on the erasure list, with their entry: one read for a
    whole batch (an import's)."""
    wanted = {normal_address(a) for a in addresses if a}
    if not wanted:
        return {}
    if not secret:
        if anyone_erased(session):
            raise SequencerError(
                "people were forgotten at their request, and without SEQUENCER_SECRET_KEY"
                " nobody can be checked against them: set it back to the key used then"
            )
        return {}
    key = secret.encode()  # once, and each address put in normal form once (above)
    by_digest = {_digest_of_normal(address, key): address for address in wanted}
    query = select(Erasure).where(among(session, col(Erasure.digest), by_digest))
    return {by_digest[entry.digest]: entry for entry in session.exec(query)}


def erased_set(session: Session, addresses: Iterable[str], secret: str | None) -> frozenset[str]:
    """Those of these addresses on the erasure list: one read for a chunk of sends. Without
    the secret, none (import refuses erased people, so a send finds one only if an import
    raced their erasure; the dispatcher does not stop for want of a key)."""
    return frozenset(erased_among(session, addresses, secret)) if secret else frozenset()


def anyone_erased(session: Session) -> bool:
    return session.exec(select(Erasure.id).limit(1)).first() is not None


def described(entry: Erasure) -> str:
    """ "erased at their request on 2026-12-06", or "opted out on 2025-03-02" (retention)."""
    return entry.reason if " on " in entry.reason else f"{entry.reason} on {entry.erased_on}"


def require_secret(secret: str | None) -> str:
    if not secret:
        raise SequencerError(NO_SECRET)
    return secret


@dataclass
class Forgotten:
    """What `forget` removed, by kind ("messages": 3), and the addresses it was about (in
    normal form: for removing the files that name them; never to be logged)."""

    removed: Counter[str] = field(default_factory=Counter)
    addresses: set[str] = field(default_factory=set)
    enrollment_ids: set[int] = field(default_factory=set)  # their outbox files' references

    def add(self, other: Forgotten) -> None:
        self.removed.update(other.removed)
        self.addresses |= other.addresses
        self.enrollment_ids |= other.enrollment_ids

    def summary(self) -> str:
        """ "1 person, 2 enrollments, 5 messages, ...": what was removed, by kind."""
        order = {kind: place for place, kind in enumerate(KINDS.values())}
        kinds = sorted((k for k, n in self.removed.items() if n), key=lambda k: order.get(k, 99))
        return ", ".join(_counted(self.removed[kind], kind) for kind in kinds) or "nothing"


def _counted(number: int, kind: str) -> str:
    if number != 1:
        return f"{number} {kind}"
    one = kind[:-3] + "y" if kind.endswith("ies") else kind.removesuffix("s")
    return f"1 {_ONE.get(kind, one)}"


def forget_address(
    session: Session, address: str, reason: str, now: datetime, secret: str
) -> Forgotten:
    """Everyone stored at this email or phone forgotten, and the address (and theirs) on the
    erasure list, even when nobody was stored: a request may come before the import."""
    wanted = normal_address(address)
    done = Forgotten(addresses={wanted})
    for record in _people_at(session, wanted):
        done.add(forget(session, record, reason, now, secret, thorough=True))
    keep_hashed(session, done.addresses, reason, now, secret)
    if not done.removed["people"]:
        done.add(_traces(session, done.addresses))  # what names them without a person row
    return done


def forget(
    session: Session,
    record: CandidateRecord,
    keep: str | None,
    now: datetime,
    secret: str | None,
    thorough: bool = False,
) -> Forgotten:
    """One person and every row that names them, deleted in the caller's transaction.
    `keep`: the reason their addresses go on the erasure list (None: nothing kept).
    `thorough`: also the rows that name them only in their text (events about their address
    that were never matched to them, audit entries that quote it): a scan of those tables,
    right for a request, too slow for retention's many (which purges unmatched events by age)."""
    assert record.id is not None
    addresses = {a for a in (normal_address(record.key), *_addresses(record)) if a}
    done = Forgotten(addresses=addresses)
    doomed = _doomed(session, record.id, addresses if thorough else set())
    done.enrollment_ids = set(doomed.get("enrollment", set()))
    _scrub(session, record.id, addresses if thorough else set(), done)
    for table in reversed(SQLModel.metadata.sorted_tables):
        ids = doomed.get(table.name)
        if ids:
            _delete(session, table, ids)
            done.removed[KINDS.get(table.name, table.name)] += len(ids)
    done.removed[KINDS["suppression"]] += _unsuppress(session, addresses)
    if keep is not None:
        keep_hashed(session, addresses, keep, now, require_secret(secret))
    return done


def _people_at(session: Session, address: str) -> list[CandidateRecord]:
    query = select(CandidateRecord).where(
        sa.or_(
            col(CandidateRecord.key) == address,
            sa.func.lower(col(CandidateRecord.email)) == address,
            col(CandidateRecord.phone) == address,
        )
    )
    return list(session.exec(query.order_by(col(CandidateRecord.id))))


def _addresses(record: CandidateRecord) -> list[str]:
    return addresses_of(record.email, record.phone)


def _doomed(session: Session, candidate_id: int, texts: set[str]) -> dict[str, set[Any]]:
    """The primary keys of every row that goes with the person, by table: the person, then
    (parents before children) each row whose foreign key points at a row already doomed;
    and the unmatched events that quote one of `texts`."""
    doomed: dict[str, set[Any]] = {"candidate": {candidate_id}}
    for table in SQLModel.metadata.sorted_tables:
        if table.name in doomed or table.name in SCRUBBED:
            continue
        pointers = [
            fk.parent.in_(doomed[fk.column.table.name])
            for fk in table.foreign_keys
            if doomed.get(fk.column.table.name)
        ]
        found = _quoting(session, table, texts) if table.name == "event" else set()
        if pointers:
            [key] = table.primary_key.columns
            found |= set(session.execute(sa.select(key).where(sa.or_(*pointers))).scalars())
        if found:
            doomed[table.name] = found
    return doomed


# What quotes an address: the text around it cannot continue it ("an@x.com" is not quoted by
# "jan@x.com", nor "+1415555019" by "+14155550199").
_AROUND = r"(?<![\w.+%-]){}(?![\w-]|\.\w)"


def _quoting(session: Session, table: sa.Table, texts: set[str]) -> set[Any]:
    """The ids of rows of `table` that quote one of `texts` in their text columns (`QUOTING`):
    for events, only those never matched to anyone (the rest go by their foreign keys)."""
    columns = QUOTING.get(table.name, ())
    if not texts or not columns:
        return set()
    patterns = [re.compile(_AROUND.format(re.escape(t)), re.IGNORECASE) for t in texts]
    # Any case: LIKE is case-sensitive on PostgreSQL, and a source may write Jane@X.com.
    likes = [
        sa.func.lower(table.c[name]).contains(t.lower(), autoescape=True)
        for name in columns
        for t in texts
    ]
    query = sa.select(table.c.id, *(table.c[name] for name in columns)).where(sa.or_(*likes))
    if table.name == "event":
        query = query.where(table.c.candidate_id.is_(None), table.c.send_id.is_(None))
    return {
        row[0]
        for row in session.execute(query)
        if any(p.search(text) for p in patterns for text in row[1:] if text)
    }


def _delete(session: Session, table: sa.Table, ids: set[Any]) -> None:
    [key] = table.primary_key.columns
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        session.execute(sa.delete(table).where(key.in_(ordered[start : start + CHUNK])))


def _scrub(session: Session, candidate_id: int, texts: set[str], done: Forgotten) -> None:
    """Entries that stay (the audit log), emptied of whom they were about: those pointing at
    them, and those quoting their address (an opt-out added by hand)."""
    for name, columns in SCRUBBED.items():
        table = SQLModel.metadata.tables[name]
        pointers: list[sa.ColumnElement[bool]] = [
            fk.parent == candidate_id
            for fk in table.foreign_keys
            if fk.column.table.name == "candidate"
        ]
        quoting = _quoting(session, table, texts)
        if quoting:
            pointers.append(table.c.id.in_(quoting))
        emptied = dict.fromkeys(columns)
        changed = session.connection().execute(
            sa.update(table).where(sa.or_(*pointers)).values(emptied)
        )
        done.removed[KINDS.get(name, name)] += changed.rowcount


def _unsuppress(session: Session, addresses: set[str]) -> int:
    """Their suppression entries (addresses in the clear) go: the erasure list replaces them."""
    query = sa.delete(Suppression).where(col(Suppression.address).in_(addresses))
    return session.connection().execute(query).rowcount


def _traces(session: Session, addresses: set[str]) -> Forgotten:
    """Rows naming an address nobody is stored at: unmatched events, an old opt-out, audit
    entries quoting it."""
    done = Forgotten()
    ids = _quoting(session, SQLModel.metadata.tables["event"], addresses)
    done.removed[KINDS["event"]] += delete_events(session, ids)
    _scrub(session, 0, addresses, done)  # no person has the id 0
    done.removed[KINDS["suppression"]] += _unsuppress(session, addresses)
    return done


def delete_events(session: Session, ids: set[int]) -> int:
    """These events deleted, with the rows that point at them (their readings); how many."""
    if not ids:
        return 0
    events, ordered = SQLModel.metadata.tables["event"], sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        for table in reversed(SQLModel.metadata.sorted_tables):
            pointing = [
                fk.parent.in_(chunk) for fk in table.foreign_keys if fk.column.table is events
            ]
            if pointing:
                session.execute(sa.delete(table).where(sa.or_(*pointing)))
        session.execute(sa.delete(events).where(events.c.id.in_(chunk)))
    return len(ids)


def keep_hashed(
    session: Session, addresses: Iterable[str], reason: str, now: datetime, secret: str
) -> None:
    """These addresses on the erasure list (once each), dated `now`, with `reason`."""
    digests = {digest(address, secret) for address in addresses if address}
    known = set(session.exec(select(Erasure.digest).where(col(Erasure.digest).in_(digests))))
    for value in sorted(digests - known):
        session.add(Erasure(digest=value, erased_on=now.date(), reason=reason))
    session.flush()


def scrub_files(engine: sa.Engine) -> None:
    """Deleted means gone from the files too. SQLite overwrites what is deleted with zeros
    (`secure_delete`, set on every connection by `store.database`), but the pages as they
    were stay in the write-ahead log until a checkpoint copies the new ones over and empties
    it. PostgreSQL's own VACUUM reclaims its dead rows; nothing to do there."""
    if engine.dialect.name != "sqlite":
        return
    connection = engine.raw_connection()
    try:
        connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        connection.close()
