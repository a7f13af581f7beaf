"""What people send us → events → effects.

an email in     matched by In-Reply-To/References, then the reply address token, then
                the sender; our own copies are ignored; a person → halt, an
                out-of-office → the sequence waits for their return, a bounce report →
                undeliverable, "please remove me" → opt-out
a text in       (`inbound.texts`) STOP... → opt-out, START... → opt-in, HELP → our help
                text, else a reply
the unsubscribe link

Each email and text a person sends is also read (`inbound.intent`): its reading is kept with
its event, and an opt-out it finds is honoured at once, whatever the confidence (any doubt
between opting out and anything else is an opt-out). What the rest says is applied, or left
for the recruiter, by `inbound.decisions`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session

from sequencer.channels.facts import ParsedMail, RawMail
from sequencer.inbound import intent
from sequencer.inbound.decisions import answered
from sequencer.inbound.effects import (
    Incoming,
    bounced,
    once,
    opted_out,
    out_of_office,
    record_only,
)
from sequencer.inbound.intent import Label, Reading
from sequencer.inbound.mail import IncomingMail, MailKind, read_mail, read_parse_fields
from sequencer.inbound.matching import (
    forgotten,
    our_addresses,
    person_id,
    replied_to,
    returned_send,
)
from sequencer.inbound.receive import both
from sequencer.inbound.replying import DETAIL_LIMIT, dropped, keep, understood, with_kind
from sequencer.inbound.texts import receive_text
from sequencer.store.models import EventKind
from sequencer.store.suppression import is_suppressed

__all__ = ["incoming_mail", "raw_mail", "receive_mail", "receive_text", "unsubscribe"]

# An out-of-office found only in the words (no automatic-reply header) must be this sure to
# keep the sequence going: a person's reply misread as one would be sent to again.
SURE_OUT_OF_OFFICE = 0.9


# --- an email in (a webhook, the IMAP poller, `sequencer receive`) -----------------------------


def receive_mail(
    engine: sa.Engine,
    mail: RawMail | ParsedMail,
    now: datetime,
    secret: str | None,
    own_addresses: Iterable[str] = (),
) -> str:
    """An email as a provider handed it over, whole or taken apart. Raises UnreadableMail
    for one that is no email at all."""
    if isinstance(mail, RawMail):
        return raw_mail(engine, mail.raw, now, secret, own_addresses)
    read = read_parse_fields(mail.fields, now.date())
    return incoming_mail(engine, read, mail.digest, now, secret, own_addresses)


def raw_mail(
    engine: sa.Engine,
    raw: bytes,
    now: datetime,
    secret: str | None,
    own_addresses: Iterable[str] = (),
) -> str:
    """A whole RFC 5322 message. Raises UnreadableMail for one that is no email at all."""
    digest = hashlib.sha256(raw).hexdigest()
    mail = read_mail(raw, now.date())
    return incoming_mail(engine, mail, digest, now, secret, own_addresses)


def incoming_mail(
    engine: sa.Engine,
    mail: IncomingMail,
    raw_digest: str,
    now: datetime,
    secret: str | None,
    own_addresses: Iterable[str] = (),
) -> str:
    """Match `mail` to a person and apply what it means. `raw_digest` keys a message that
    has no Message-ID of its own."""
    with Session(engine) as session:
        if mail.sender in {*our_addresses(session), *own_addresses}:
            return "our own copy"
        send = replied_to(session, mail, secret)
        person = person_id(session, send, mail.sender)
        if forgotten(session, send, person, mail.sender, secret):
            return dropped("an email")
    incoming = Incoming(
        key="mail:" + (mail.message_id or raw_digest),
        kind=EventKind.REPLY,
        occurred_at=now,  # when it arrived: a Date header can be anything
        channel="email",
        candidate_id=person,
        send_id=send.id if send else None,
        detail=mail.text[:DETAIL_LIMIT] or mail.subject,
    )
    reading = understood(intent.read_incoming, mail, now.date())
    if mail.kind is MailKind.BOUNCE:
        return _bounce_report(engine, mail, incoming, now, reading)
    if mail.kind is MailKind.AUTO_REPLY:
        return _out_of_office(engine, mail, incoming, now, reading)
    if mail.asks_to_stop or (reading and reading.label is Label.OPT_OUT):
        reason = "asked by email to be removed"
        stop = opted_out([mail.sender], reason)  # matched or not: that address is closed
        kept = keep(reading, Label.OPT_OUT, "opted-out")
        return once(engine, with_kind(incoming, EventKind.OPT_OUT), now, both(kept, stop))
    if _sure_out_of_office(reading):
        return _out_of_office(engine, mail, incoming, now, reading)
    return once(engine, incoming, now, answered(reading, "replied by email", now))


def _out_of_office(
    engine: sa.Engine,
    mail: IncomingMail,
    incoming: Incoming,
    now: datetime,
    reading: Reading | None,
) -> str:
    """Not an answer: the sequence goes on, from the day after the date they name."""
    named = reading.named_date + timedelta(days=1) if reading and reading.named_date else None
    # Two readers of the return date (the reply's and the auto-reply parser's): when they
    # differ, the later day, so nobody is written to while they may still be away.
    back = max((day for day in (named, mail.return_date) if day), default=None)
    said = f"out of office, back {back}" if back else "out of office"
    auto = with_kind(incoming, EventKind.AUTO_REPLY, said)
    kept = keep(reading, Label.OUT_OF_OFFICE, f"held until {back}" if back else "held")
    return once(engine, auto, now, both(kept, out_of_office(back)))


def _bounce_report(
    engine: sa.Engine,
    mail: IncomingMail,
    incoming: Incoming,
    now: datetime,
    reading: Reading | None,
) -> str:
    with Session(engine) as session:
        original = returned_send(session, mail)
    addresses = list(mail.bounced) or ([original.to] if original and original.to else [])
    reason = mail.bounce_reason or "bounced"
    if not mail.bounce_permanent or not addresses:
        delayed = with_kind(incoming, EventKind.FAILED, f"delivery delayed: {reason}")
        return once(engine, delayed, now, both(keep(reading, Label.BOUNCE, "delayed"), record_only))
    effects = [keep(reading, Label.BOUNCE, "undeliverable")]
    effects += [bounced(address, reason) for address in addresses]
    bounce = Incoming(
        **{**vars(incoming), "kind": EventKind.BOUNCE, "detail": reason},
    )
    if original is not None:
        bounce = Incoming(**{**vars(bounce), "send_id": original.id})
    return once(engine, bounce, now, both(*effects))


# --- the unsubscribe link ---------------------------------------------------------------------


def unsubscribe(engine: sa.Engine, address: str, now: datetime, secret: str | None = None) -> str:
    """The one-click unsubscribe: idempotent, so repeated clicks are one opt-out. Someone
    erased at their request is never contacted again already: nothing is stored."""
    with Session(engine) as session:
        if is_suppressed(session, [address]):
            return "already unsubscribed"
        person = person_id(session, None, address)
        if forgotten(session, None, person, address, secret):
            dropped("an unsubscribe")
            return "already unsubscribed"
    incoming = Incoming(
        key=f"unsubscribe:{address}:{now.isoformat()}",
        kind=EventKind.OPT_OUT,
        occurred_at=now,
        channel="email",
        candidate_id=person,
        detail="used the unsubscribe link",
    )
    return once(engine, incoming, now, opted_out([address], "used the unsubscribe link"))


# --- what a reply says --------------------------------------------------------------------------


def _sure_out_of_office(reading: Reading | None) -> bool:
    """An out-of-office found in the words alone (no automatic-reply header)."""
    if reading is None or reading.label is not Label.OUT_OF_OFFICE:
        return False
    return reading.confidence >= SURE_OUT_OF_OFFICE
