"""What people send us → events → effects.

an email in     matched by In-Reply-To/References, then the reply address token, then
                the sender; our own copies are ignored; a person → halt, an
                out-of-office → the sequence waits for their return, a bounce report →
                undeliverable, "please remove me" → opt-out
a text in       STOP... → opt-out, START... → opt-in, HELP → our help text, else a reply
the unsubscribe link
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.channels.facts import ParsedMail, RawMail, SendEvent, TextIn
from sequencer.inbound.effects import (
    Incoming,
    bounced,
    once,
    opted_in,
    opted_out,
    out_of_office,
    record_only,
    replied,
)
from sequencer.inbound.mail import IncomingMail, MailKind, read_mail, read_parse_fields
from sequencer.inbound.matching import our_addresses, person_id, replied_to, returned_send
from sequencer.inbound.receive import both, receive_event
from sequencer.inbound.text import TextMeaning, meaning_of_text
from sequencer.store.models import Enrollment, EventKind
from sequencer.store.suppression import TEXTED, is_suppressed
from sequencer.store.versions import recall

DETAIL_LIMIT = 2000  # characters of a reply kept for the recruiter


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
    return incoming_mail(engine, read_mail(raw, now.date()), digest, now, secret, own_addresses)


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
    incoming = Incoming(
        key="mail:" + (mail.message_id or raw_digest),
        kind=EventKind.REPLY,
        occurred_at=now,  # when it arrived: a Date header can be anything
        channel="email",
        candidate_id=person,
        send_id=send.id if send else None,
        detail=mail.text[:DETAIL_LIMIT] or mail.subject,
    )
    if mail.kind is MailKind.BOUNCE:
        return _bounce_report(engine, mail, incoming, now)
    if mail.kind is MailKind.AUTO_REPLY:
        back = f"out of office, back {mail.return_date}" if mail.return_date else "out of office"
        auto = _with_kind(incoming, EventKind.AUTO_REPLY, back)
        return once(engine, auto, now, out_of_office(mail.return_date))
    if mail.asks_to_stop:
        reason = "asked by email to be removed"
        stop = opted_out([mail.sender], reason)  # matched or not: that address is closed
        return once(engine, _with_kind(incoming, EventKind.OPT_OUT), now, stop)
    return once(engine, incoming, now, replied("replied by email"))


def _bounce_report(engine: sa.Engine, mail: IncomingMail, incoming: Incoming, now: datetime) -> str:
    with Session(engine) as session:
        original = returned_send(session, mail)
    addresses = list(mail.bounced) or ([original.to] if original and original.to else [])
    reason = mail.bounce_reason or "bounced"
    if not mail.bounce_permanent or not addresses:
        delayed = _with_kind(incoming, EventKind.FAILED, f"delivery delayed: {reason}")
        return once(engine, delayed, now, record_only)
    effects = [bounced(address, reason) for address in addresses]
    bounce = Incoming(
        **{**vars(incoming), "kind": EventKind.BOUNCE, "detail": reason},
    )
    if original is not None:
        bounce = Incoming(**{**vars(bounce), "send_id": original.id})
    return once(engine, bounce, now, both(*effects))


# --- a text in ------------------------------------------------------------------------------------


def receive_text(engine: sa.Engine, fact: TextIn | SendEvent | None, now: datetime) -> str | None:
    """A text someone sent us, or what the provider says of one of ours (None: nothing to
    act on); returns the text to answer with, if any."""
    if isinstance(fact, TextIn):
        return _text_in(engine, fact, now)
    receive_event(engine, fact, now)
    return None


def _text_in(engine: sa.Engine, fact: TextIn, now: datetime) -> str | None:
    sender, body = fact.sender, fact.body
    # "YES" is an opt-in keyword, but from someone who never opted out it answers our
    # question ("open to a call?"): a reply.
    meaning = meaning_of_text(body, fact.keyword)
    with Session(engine) as session:
        person = person_id(session, None, sender)
        help_text = _help_text(session, person) if meaning is TextMeaning.HELP else None
    incoming = Incoming(
        key=fact.key,
        kind=EventKind.REPLY,
        occurred_at=fact.occurred_at or now,
        channel=fact.channel,
        candidate_id=person,
        detail=body[:DETAIL_LIMIT],
    )
    if meaning is TextMeaning.OPT_OUT:
        reason = f"{TEXTED} {body.strip()[:40]!r}"
        once(engine, _with_kind(incoming, EventKind.OPT_OUT), now, opted_out([sender], reason))
    elif meaning is TextMeaning.OPT_IN and suppressed_address(engine, sender):
        once(engine, _with_kind(incoming, EventKind.OPT_IN), now, opted_in(sender, texted=True))
    elif meaning is TextMeaning.HELP:
        once(engine, _with_kind(incoming, EventKind.HELP), now, record_only)
    else:
        once(engine, incoming, now, replied("replied by text"))
    return help_text


def suppressed_address(engine: sa.Engine, address: str) -> bool:
    with Session(engine) as session:
        return is_suppressed(session, [address])


def _help_text(session: Session, person: int | None) -> str:
    latest = (
        session.exec(
            select(Enrollment)
            .where(Enrollment.candidate_id == person)
            .order_by(col(Enrollment.id).desc())
        ).first()
        if person is not None
        else None
    )
    sender: Mapping[str, Any] = {}
    if latest is not None:
        sender = recall(session, latest.sequence_version)[0].sender
    who = ", ".join(str(sender[k]) for k in ("name", "company") if sender.get(k)) or "A recruiter"
    contact = sender.get("email") or sender.get("phone_display") or ""
    reach = f" Questions: {contact}." if contact else ""
    return f"{who} (recruiting).{reach} Reply STOP to opt out of texts."


# --- the unsubscribe link ---------------------------------------------------------------------


def unsubscribe(engine: sa.Engine, address: str, now: datetime) -> str:
    """The one-click unsubscribe: idempotent, so repeated clicks are one opt-out."""
    with Session(engine) as session:
        if is_suppressed(session, [address]):
            return "already unsubscribed"
        person = person_id(session, None, address)
    incoming = Incoming(
        key=f"unsubscribe:{address}:{now.isoformat()}",
        kind=EventKind.OPT_OUT,
        occurred_at=now,
        channel="email",
        candidate_id=person,
        detail="used the unsubscribe link",
    )
    return once(engine, incoming, now, opted_out([address], "used the unsubscribe link"))


def _with_kind(incoming: Incoming, kind: EventKind, detail: str | None = None) -> Incoming:
    return Incoming(**{**vars(incoming), "kind": kind, "detail": detail or incoming.detail})
