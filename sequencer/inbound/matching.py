"""Whom something that came back is about: the send it names, and the person.

A provider's event names a send by our reference, its own id or our Message-ID; an email
names one by the Message-IDs it quotes, or by the reply address we gave it; failing all of
those, the address it came from or is about names the person.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.channels.facts import SendRef
from sequencer.engine.links import reference_of_reply_address
from sequencer.inbound.mail import IncomingMail
from sequencer.people.addresses import normal_address, normal_email
from sequencer.store.erasure import erased
from sequencer.store.models import CandidateRecord, Enrollment, Send, SequenceVersion
from sequencer.store.versions import recall


def send_by_reference(session: Session, reference: str | None) -> Send | None:
    """The send named by our reference "<enrollment id>-<step id>"."""
    return sends_by_reference(session, [reference or ""]).get(reference or "")


def sends_by_reference(session: Session, references: Iterable[str]) -> dict[str, Send]:
    """The sends these references name, found in one query; unknown ones are left out, and
    so is anything that is no reference we could have written."""
    wanted = {r: key for r in references if (key := _enrollment_and_step(r)) is not None}
    if not wanted:
        return {}
    ids = {enrollment for enrollment, _ in wanted.values()}
    rows = list(session.exec(select(Send).where(col(Send.enrollment_id).in_(ids))))
    exact = {(s.enrollment_id, s.step_id): s for s in rows}
    # Mail systems may lower-case a reply address, and with it the step id.
    lowered = {(s.enrollment_id, s.step_id.lower()): s for s in reversed(rows)}
    found = {}
    for reference, (enrollment, step) in wanted.items():
        send = exact.get((enrollment, step)) or lowered.get((enrollment, step.lower()))
        if send is not None:
            found[reference] = send
    return found


# Enrollment ids are INTEGER columns: 32 bits on PostgreSQL, which fails the whole query
# (and with it a provider's whole batch) on a larger number, as SQLite does past 64 bits.
MAX_ID = 2**31 - 1


def _enrollment_and_step(reference: str) -> tuple[int, str] | None:
    """(enrollment id, step id) of a reference as we write them, "<enrollment>-<step>";
    None for anything else, however it got into a signed webhook."""
    enrollment, _, step = reference.partition("-")
    # ASCII digits only: str.isdigit() also takes "²", which int() refuses, and "١", which
    # int() reads as 1. Ten digits at most, so int() never parses thousands of them.
    if not (step and enrollment.isascii() and enrollment.isdigit() and len(enrollment) <= 10):
        return None
    number = int(enrollment)
    return (number, step) if number <= MAX_ID else None


def send_of(session: Session, ref: SendRef) -> Send | None:
    """The send an event names: by our reference, then the provider's id, then our
    Message-ID (an asynchronous bounce may carry only one of them)."""
    send = send_by_reference(session, ref.reference)
    if send is not None:
        return send
    if ref.provider_id:
        query = select(Send).where(Send.provider_id == ref.provider_id)
        found = session.exec(query).first()
        if found is not None:
            return found
    if not ref.message_id:
        return None
    return session.exec(select(Send).where(Send.message_id == ref.message_id)).first()


def candidate_of_send(session: Session, send: Send | None) -> int | None:
    enrollment = session.get(Enrollment, send.enrollment_id) if send else None
    return enrollment.candidate_id if enrollment else None


def person_id(session: Session, send: Send | None, address: str) -> int | None:
    """Whose send it is; without one, who is stored at `address` (as `people_at` finds them;
    the first stored, when several are)."""
    found = candidate_of_send(session, send)
    if found is not None:
        return found
    wanted = normal_address(address) if address else ""
    if not wanted:
        return None
    return session.execute(PERSON_AT, {"address": wanted}).scalar()


def forgotten(
    session: Session, send: Send | None, person: int | None, address: str, secret: str | None
) -> bool:
    """Whether this comes from (or is about) someone erased at their request: no send and
    nobody matched, and the address is on the erasure list. It is dropped whole, since
    storing it would store them again. (Only the unmatched pay for the look-up.)"""
    if send is not None or person is not None or not address or not secret:
        return False
    return erased(session, [address], secret) is not None


# Every inbound text asks this: one statement built once, an id and no ORM object (the ORM
# query cost ~1.5 ms a text; this, a tenth of that).
_WANTED: sa.BindParameter[str] = sa.bindparam("address", type_=sa.String)
PERSON_AT = (
    sa.select(col(CandidateRecord.id))
    .where(sa.or_(col(CandidateRecord.key) == _WANTED, col(CandidateRecord.phone) == _WANTED))
    .order_by(col(CandidateRecord.id))
    .limit(1)
)


def person_at_each(session: Session, addresses: Iterable[str]) -> dict[str, int]:
    """`person_id` of each of these addresses (in normal form) that has one, in one query:
    the first stored at it, as `PERSON_AT` finds them."""
    wanted = {address for address in addresses if address}
    if not wanted:
        return {}
    found: dict[str, int] = {}
    for id, key, phone in session.execute(_PEOPLE_AT, {"addresses": list(wanted)}):
        for address in {key, phone} & wanted:
            found[address] = min(id, found.get(address, id))
    return found


def lock_people(session: Session, addresses: Iterable[str]) -> None:
    """Take these senders' turn, on PostgreSQL, before any row of theirs is locked.

    First each address's own lock, in sorted order: a sender we store no enrollment for (an
    unknown number) still has a turn, so two texts of theirs at two listener processes never
    each hold a row the other waits for (a STOP's suppression, a MessageSid). Then every
    enrollment of the people stored at these addresses, in id order (the order a
    dispatcher's claim locks them in): a transaction that halts several people then takes no
    lock out of that order, and deadlocks with no claim. Claims take no address lock, so the
    two kinds of lock make no cycle."""
    lock_enrollments_at(session, take_turns(session, addresses))


def take_turns(session: Session, addresses: Iterable[str]) -> list[str]:
    """The first half of `lock_people`: each address's own lock, in sorted order; the
    addresses, compared as stored (none on SQLite, which has one writer at a time)."""
    wanted = sorted({normal_address(address) for address in addresses if address})
    if not wanted or session.get_bind().dialect.name != "postgresql":
        return []
    for address in wanted:
        session.execute(_ADDRESS_TURN, {"address": address})
    return wanted


def lock_enrollments_at(session: Session, addresses: Iterable[str]) -> None:
    """The second half of `lock_people`: every enrollment of the people stored at these
    addresses, in id order, in one statement (PostgreSQL)."""
    wanted = sorted({normal_address(address) for address in addresses if address})
    if wanted and session.get_bind().dialect.name == "postgresql":
        session.execute(_THEIR_ENROLLMENTS, {"addresses": wanted}).all()


# A lock named by the address's 64-bit hash, held until the transaction ends. Two addresses
# sharing a hash only wait for each other now and then: no harm.
_ADDRESS_TURN = sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:address, 0))")


_AT: sa.BindParameter[list[str]] = sa.bindparam("addresses", expanding=True)
_THEIR_ENROLLMENTS = (
    sa.select(col(Enrollment.id))
    .where(
        col(Enrollment.candidate_id).in_(
            sa.select(col(CandidateRecord.id)).where(
                sa.or_(col(CandidateRecord.key).in_(_AT), col(CandidateRecord.phone).in_(_AT))
            )
        )
    )
    .order_by(col(Enrollment.id))
    .with_for_update()
)


_PEOPLE_AT = sa.select(
    col(CandidateRecord.id), col(CandidateRecord.key), col(CandidateRecord.phone)
).where(sa.or_(col(CandidateRecord.key).in_(_AT), col(CandidateRecord.phone).in_(_AT)))


def replied_to(session: Session, mail: IncomingMail, secret: str | None) -> Send | None:
    """The send an email answers: by the Message-IDs it quotes, then by our reply address."""
    if mail.refers_to:
        query = select(Send).where(col(Send.message_id).in_(mail.refers_to))
        sends = {s.message_id: s for s in session.exec(query)}
        for message_id in mail.refers_to:  # the closest ancestor first
            if message_id in sends:
                return sends[message_id]
    for recipient in mail.recipients if secret else ():
        assert secret is not None
        reference = reference_of_reply_address(recipient, secret)
        if reference:
            return send_by_reference(session, reference)
    return None


def returned_send(session: Session, mail: IncomingMail) -> Send | None:
    """The send a bounce report returns, by the Message-ID of the copy it quotes."""
    if not mail.original_ids:
        return None
    return session.exec(select(Send).where(col(Send.message_id).in_(mail.original_ids))).first()


def our_addresses(session: Session) -> set[str]:
    """Every address our sequences send from: mail from them is a copy, never a reply."""
    versions = session.exec(select(SequenceVersion.version))
    senders = (recall(session, version)[0].sender.get("email") for version in versions)
    return {normal_email(str(address)) for address in senders if address}
