"""What people send us → events → effects.

an email in     matched by In-Reply-To/References, then the reply address token, then
                the sender; our own copies are ignored; a person → halt, an
                out-of-office → the sequence waits for their return, a bounce report →
                undeliverable, "please remove me" → opt-out
a text in       STOP... → opt-out, START... → opt-in, HELP → our help text, else a reply
the unsubscribe link

Each email and text a person sends is also read (`inbound.intent`): its reading is kept with
its event, and an opt-out it finds is honoured at once, whatever the confidence (any doubt
between opting out and anything else is an opt-out). What the rest says is applied, or left
for the recruiter, by `inbound.decisions`.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.channels.facts import ParsedMail, RawMail, SendEvent, TextIn
from sequencer.inbound import intent
from sequencer.inbound.decisions import answered
from sequencer.inbound.effects import (
    DUPLICATE,
    Effect,
    Incoming,
    SentFrom,
    bounced,
    once,
    opted_in,
    opted_out,
    out_of_office,
    read_as,
    record_only,
    texted_consent,
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
from sequencer.inbound.receive import FORGOTTEN, both, receive_event
from sequencer.inbound.text import TextMeaning, meaning_of_text
from sequencer.ops.logs import where
from sequencer.people.addresses import normal_address
from sequencer.store.models import Enrollment, Event, EventKind
from sequencer.store.suppression import TEXTED, is_suppressed
from sequencer.store.versions import recall

DETAIL_LIMIT = 2000  # characters of a reply kept for the recruiter
# An out-of-office found only in the words (no automatic-reply header) must be this sure to
# keep the sequence going: a person's reply misread as one would be sent to again.
SURE_OUT_OF_OFFICE = 0.9

log = logging.getLogger(__name__)


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
    return incoming_mail(engine, mail, digest, now, secret, own_addresses, raw=raw)


def incoming_mail(
    engine: sa.Engine,
    mail: IncomingMail,
    raw_digest: str,
    now: datetime,
    secret: str | None,
    own_addresses: Iterable[str] = (),
    raw: bytes | None = None,
) -> str:
    """Match `mail` to a person and apply what it means. `raw_digest` keys a message that
    has no Message-ID of its own; `raw`, when there is one, is what the reading reads."""
    with Session(engine) as session:
        if mail.sender in {*our_addresses(session), *own_addresses}:
            return "our own copy"
        send = replied_to(session, mail, secret)
        person = person_id(session, send, mail.sender)
        if forgotten(session, send, person, mail.sender, secret):
            return _dropped("an email")
    incoming = Incoming(
        key="mail:" + (mail.message_id or raw_digest),
        kind=EventKind.REPLY,
        occurred_at=now,  # when it arrived: a Date header can be anything
        channel="email",
        candidate_id=person,
        send_id=send.id if send else None,
        detail=mail.text[:DETAIL_LIMIT] or mail.subject,
    )
    if raw is not None:
        reading = _understood(intent.read_mail, raw, now.date())
    else:
        reading = _understood(intent.read_reply, mail.text, now.date(), subject=mail.subject)
    if mail.kind is MailKind.BOUNCE:
        return _bounce_report(engine, mail, incoming, now, reading)
    if mail.kind is MailKind.AUTO_REPLY:
        return _out_of_office(engine, mail, incoming, now, reading)
    if mail.asks_to_stop or (reading and reading.label is Label.OPT_OUT):
        reason = "asked by email to be removed"
        stop = opted_out([mail.sender], reason)  # matched or not: that address is closed
        keep = _keep(reading, Label.OPT_OUT, "opted-out")
        return once(engine, _with_kind(incoming, EventKind.OPT_OUT), now, both(keep, stop))
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
    auto = _with_kind(incoming, EventKind.AUTO_REPLY, said)
    keep = _keep(reading, Label.OUT_OF_OFFICE, f"held until {back}" if back else "held")
    return once(engine, auto, now, both(keep, out_of_office(back)))


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
        delayed = _with_kind(incoming, EventKind.FAILED, f"delivery delayed: {reason}")
        return once(
            engine, delayed, now, both(_keep(reading, Label.BOUNCE, "delayed"), record_only)
        )
    effects = [_keep(reading, Label.BOUNCE, "undeliverable")]
    effects += [bounced(address, reason) for address in addresses]
    bounce = Incoming(
        **{**vars(incoming), "kind": EventKind.BOUNCE, "detail": reason},
    )
    if original is not None:
        bounce = Incoming(**{**vars(bounce), "send_id": original.id})
    return once(engine, bounce, now, both(*effects))


# --- a text in ------------------------------------------------------------------------------------


def receive_text(
    engine: sa.Engine, fact: TextIn | SendEvent | None, now: datetime, secret: str | None = None
) -> str | None:
    """A text someone sent us, or what the provider says of one of ours (None: nothing to
    act on); returns the text to answer with, if any. `secret`: to drop what comes from
    someone erased at their request (`matching.forgotten`)."""
    if isinstance(fact, TextIn):
        try:
            return _text_in(engine, fact, now, secret)
        except _Forgotten:  # raised in the transaction, which rolled back: nothing stored
            _dropped("a text")
            return None
    receive_event(engine, fact, now, secret)
    return None


class _Forgotten(Exception):
    """The sender of a text was erased at their request."""


def _dropped(what: str) -> str:
    log.info("dropped %s from someone erased at their request", what)
    return FORGOTTEN


def _text_in(engine: sa.Engine, fact: TextIn, now: datetime, secret: str | None) -> str | None:
    sender, body = fact.sender, fact.body
    meaning = meaning_of_text(body, fact.keyword)
    if meaning is TextMeaning.OPT_IN and not suppressed_address(engine, sender):
        # "YES" is an opt-in keyword, but from someone who never opted out it answers our
        # question ("open to a call?"): a reply.
        meaning = TextMeaning.REPLY
    reading = None
    if meaning in (TextMeaning.OPT_OUT, TextMeaning.REPLY):
        day = (fact.occurred_at or now).date()
        reading = _understood(intent.read_reply, body, day, channel="sms")
    if meaning is TextMeaning.REPLY and reading and reading.label is Label.OPT_OUT:
        meaning = TextMeaning.OPT_OUT  # any doubt between stopping and anything else: stop
    incoming = Incoming(
        key=fact.key,
        kind=EventKind.REPLY,
        occurred_at=fact.occurred_at or now,
        channel=fact.channel,
        detail=body[:DETAIL_LIMIT],
    )

    def refuse_the_erased(session: Session, person: int | None) -> None:
        if forgotten(session, None, person, sender, secret):
            raise _Forgotten

    sender_of = SentFrom(normal_address(sender) if sender else "", refuse_the_erased)

    if meaning is TextMeaning.OPT_OUT:
        reason = f"{TEXTED} {body.strip()[:40]!r}"
        stop = both(
            _keep(reading, Label.OPT_OUT, "opted-out"),
            texted_consent(sender, False, reason),
            opted_out([sender], reason),
        )
        once(engine, _with_kind(incoming, EventKind.OPT_OUT), now, stop, sender_of)
    elif meaning is TextMeaning.OPT_IN:
        said = f"{TEXTED} {body.strip()[:40]!r}"
        opt_in = both(texted_consent(sender, True, said), opted_in(sender, texted=True))
        once(engine, _with_kind(incoming, EventKind.OPT_IN), now, opt_in, sender_of)
    elif meaning is TextMeaning.HELP:
        return _help(engine, _with_kind(incoming, EventKind.HELP), now, sender_of)
    else:
        once(engine, incoming, now, answered(reading, "replied by text", now), sender_of)
    return None


def _help(engine: sa.Engine, incoming: Incoming, now: datetime, who: SentFrom) -> str:
    """Our help text, written in the transaction that records the HELP (a redelivered HELP
    is answered again, from a transaction of its own)."""
    answers: list[str] = []

    def answer(session: Session, event: Event) -> str:
        answers.append(_help_text(session, event.candidate_id))
        return record_only(session, event)

    if once(engine, incoming, now, answer, who) == DUPLICATE:
        with Session(engine) as session:
            return _help_text(session, person_id(session, None, who.address))
    return answers[0]


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


def unsubscribe(engine: sa.Engine, address: str, now: datetime, secret: str | None = None) -> str:
    """The one-click unsubscribe: idempotent, so repeated clicks are one opt-out. Someone
    erased at their request is never contacted again already: nothing is stored."""
    with Session(engine) as session:
        if is_suppressed(session, [address]):
            return "already unsubscribed"
        person = person_id(session, None, address)
        if forgotten(session, None, person, address, secret):
            _dropped("an unsubscribe")
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


def _understood(read: Callable[..., Reading], *args: Any, **kwargs: Any) -> Reading | None:
    """What a reply says; None when it cannot be read, and the reply still halts them."""
    try:
        return read(*args, **kwargs)
    except (
        Exception
    ) as exc:  # a fault in the reader must not lose a reply (the provider would retry)
        log.error(
            "could not read what a reply says (%s): it waits for the recruiter, unread",
            type(exc).__name__,
            extra={"traceback": where(exc)},  # not its message: it may quote the reply
        )
        return None


def _sure_out_of_office(reading: Reading | None) -> bool:
    """An out-of-office found in the words alone (no automatic-reply header)."""
    if reading is None or reading.label is not Label.OUT_OF_OFFICE:
        return False
    return reading.confidence >= SURE_OUT_OF_OFFICE


def _keep(reading: Reading | None, label: Label, decision: str) -> Effect:
    """Keep the reading of a reply that was acted on at once, under the label its effect
    followed: headers and the stop rules are sure, whatever the words suggested."""
    if reading is None:
        return record_only
    if reading.label is not label:
        reading = replace(reading, label=label, confidence=1.0)
    return read_as(reading, decision)


def _with_kind(incoming: Incoming, kind: EventKind, detail: str | None = None) -> Incoming:
    return Incoming(**{**vars(incoming), "kind": kind, "detail": detail or incoming.detail})
