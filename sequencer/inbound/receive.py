"""Provider payloads → events → effects. The web routes and the IMAP poller verify where a
request came from; this module decides what it means and whom it is about.

    SendGrid events      delivered/open/click: the funnel, and they settle in-doubt sends;
                         bounce/dropped: undeliverable; spamreport/unsubscribe: opt-out
    an email in          matched by In-Reply-To/References, then the reply address token,
                         then the sender; our own copies are ignored; a person → halt,
                         an out-of-office → the sequence waits for their return, a bounce
                         report → undeliverable, "please remove me" → opt-out
    Twilio SMS           keywords (STOP..., START..., HELP) or a reply; status callbacks
    Twilio voice         how the voicemail call ended
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.links import reference_of_reply_address
from sequencer.inbound.effects import (
    DUPLICATE,
    TEXTED,
    Effect,
    Incoming,
    bounced,
    once,
    opted_in,
    opted_out,
    out_of_office,
    people_at,
    record_only,
    replied,
    settled,
    storable,
)
from sequencer.inbound.mail import IncomingMail, MailKind, read_mail
from sequencer.inbound.text import TextMeaning, meaning_of_text
from sequencer.store.models import (
    Enrollment,
    Event,
    EventKind,
    Send,
    SendStatus,
    SequenceVersion,
    Suppression,
)
from sequencer.store.versions import recall

REFERENCE_ARG = "sequencer_ref"  # the custom arg every email carries (channels.email_sendgrid)
DETAIL_LIMIT = 2000  # characters of a reply kept for the recruiter


# --- finding the send and the person --------------------------------------------------------


def send_by_reference(session: Session, reference: str | None) -> Send | None:
    """The send named by our reference "<enrollment id>-<step id>"."""
    return sends_by_reference(session, [reference or ""]).get(reference or "")


def sends_by_reference(session: Session, references: Iterable[str]) -> dict[str, Send]:
    """The sends these references name, found in one query; unknown ones are left out."""
    wanted = {r: r.partition("-") for r in references}
    ids = {int(e) for e, _, step in wanted.values() if e.isdigit() and step}
    if not ids:
        return {}
    rows = list(session.exec(select(Send).where(col(Send.enrollment_id).in_(ids))))
    exact = {(s.enrollment_id, s.step_id): s for s in rows}
    # Mail systems may lower-case a reply address, and with it the step id.
    lowered = {(s.enrollment_id, s.step_id.lower()): s for s in reversed(rows)}
    found = {}
    for reference, (enrollment, _, step) in wanted.items():
        if enrollment.isdigit() and step:
            key = int(enrollment), step
            send = exact.get(key) or lowered.get((key[0], step.lower()))
            if send is not None:
                found[reference] = send
    return found


def candidate_of_send(session: Session, send: Send | None) -> int | None:
    enrollment = session.get(Enrollment, send.enrollment_id) if send else None
    return enrollment.candidate_id if enrollment else None


def _person_id(session: Session, send: Send | None, address: str) -> int | None:
    found = candidate_of_send(session, send)
    if found is not None:
        return found
    people = people_at(session, [address])
    return people[0].id if people else None


# --- SendGrid event webhook --------------------------------------------------------------------


def sendgrid_events(
    engine: sa.Engine, items: Iterable[Mapping[str, Any]], now: datetime
) -> list[str]:
    """A signed batch (already verified), in one transaction; what each event did.

    SendGrid posts up to thousands of events at a time, nearly all of them delivered/open/
    click about sends long settled: those are only recorded, together. Anything that changes
    more (a bounce, an opt-out, a send still in doubt) runs its effect in the same
    transaction. If a twin delivery of the same batch commits first, this one fails on an
    event key and rolls back whole; it is then taken event by event, so each has one effect.
    """
    items = list(items)
    try:
        with Session(engine) as session, session.begin():
            return _events_together(session, items, now)
    except sa.exc.IntegrityError:
        return [sendgrid_event(engine, item, now) for item in items]


def _events_together(session: Session, items: list[Mapping[str, Any]], now: datetime) -> list[str]:
    keys = ["sendgrid:" + _sendgrid_key(item) for item in items]
    seen = set(session.exec(select(Event.key).where(col(Event.key).in_(keys))))
    sends = sends_by_reference(session, [str(item.get(REFERENCE_ARG) or "") for item in items])
    ids = {send.enrollment_id for send in sends.values()}
    whose = select(Enrollment.id, Enrollment.candidate_id).where(col(Enrollment.id).in_(ids))
    owners = dict(session.exec(whose).all())  # each event names its person through one
    outcomes = []
    counted: list[dict[str, Any]] = []  # events that change nothing: one INSERT at the end
    for key, item in zip(keys, items, strict=True):
        if key in seen:
            outcomes.append(DUPLICATE)
            continue
        seen.add(key)  # the same event twice in one batch
        send = sends.get(str(item.get(REFERENCE_ARG) or "")) or _sendgrid_send(session, item)
        person = owners.get(send.enrollment_id) if send else None
        if person is None:
            person = _person_id(session, send, _address(item))
        incoming = _incoming_event(item, send, person, now)
        outcomes.append(_apply(session, incoming, item, send, now, counted))
    if counted:
        session.execute(sa.insert(Event), counted)
    return outcomes


def _apply(
    session: Session,
    incoming: Incoming,
    item: Mapping[str, Any],
    send: Send | None,
    now: datetime,
    counted: list[dict[str, Any]],
) -> str:
    """Apply one event's effect; an event that changes nothing is added to `counted`."""
    chosen = _sendgrid_effect(item)
    if chosen is None:
        return "ignored"
    event_kind, effect = chosen
    fields = vars(storable(_with_kind(incoming, event_kind))) | {"received_at": now}
    if (
        str(item.get("event", "")) in FUNNEL_ONLY
        and send is not None
        and send.status not in UNSETTLED
    ):
        counted.append(fields)
        return str(event_kind)  # what `settled` says of a send that was settled already
    event = Event(**fields)
    session.add(event)
    session.flush()  # a twin delivery that committed first fails here, before the effect
    return effect(session, event)


# Events that only settle a send still in doubt; about any other send they are only counted.
FUNNEL_ONLY = frozenset({"processed", "deferred", "delivered", "open", "click"})
UNSETTLED = (SendStatus.SENDING, SendStatus.RETRY)


def sendgrid_event(engine: sa.Engine, item: Mapping[str, Any], now: datetime) -> str:
    """One event of a signed batch (already verified), in a transaction of its own."""
    with Session(engine) as session:
        send = _sendgrid_send(session, item)
        incoming = _incoming_event(item, send, _person_id(session, send, _address(item)), now)
    chosen = _sendgrid_effect(item)
    if chosen is None:
        return "ignored"
    event_kind, effect = chosen
    return once(engine, _with_kind(incoming, event_kind), now, effect)


def _incoming_event(
    item: Mapping[str, Any], send: Send | None, person: int | None, now: datetime
) -> Incoming:
    return Incoming(
        key="sendgrid:" + _sendgrid_key(item),
        kind=EventKind.DELIVERED,
        occurred_at=_unix(item.get("timestamp"), now),
        channel="email",
        candidate_id=person,
        send_id=send.id if send else None,
        detail=_short(item.get("reason") or item.get("url") or item.get("response")),
    )


def _address(item: Mapping[str, Any]) -> str:
    return str(item.get("email", "")).strip().lower()


def _sendgrid_effect(item: Mapping[str, Any]) -> tuple[EventKind, Effect] | None:
    """What a SendGrid event is, and what it does; None for kinds we take no notice of."""
    kind, address = str(item.get("event", "")), _address(item)
    reason = str(item.get("reason") or kind)
    if kind in ("processed", "deferred"):
        return EventKind.ACCEPTED, settled(True)
    if kind == "delivered":
        return EventKind.DELIVERED, settled(True)
    if kind == "open":
        return EventKind.OPENED, settled(True)
    if kind == "click":
        return EventKind.CLICKED, settled(True)
    if kind == "bounce" and item.get("type") == "blocked":
        return EventKind.FAILED, settled(True)  # a block is temporary: not the address's fault
    if kind == "bounce":
        return EventKind.BOUNCE, both(settled(True), bounced(address, reason))
    if kind == "dropped":
        return _dropped(address, reason)
    if kind in ("spamreport", "unsubscribe", "group_unsubscribe"):
        why = "reported the email as spam" if kind == "spamreport" else f"SendGrid {kind}"
        return EventKind.OPT_OUT, both(settled(True), opted_out([address], why))
    if kind == "group_resubscribe":
        return EventKind.OPT_IN, opted_in(address)
    return None


def _dropped(address: str, reason: str) -> tuple[EventKind, Effect]:
    """SendGrid did not send it: its own lists say why."""
    lowered = reason.lower()
    if "unsubscribed" in lowered or "spam reporting" in lowered:
        return EventKind.OPT_OUT, both(settled(False), opted_out([address], f"dropped: {reason}"))
    if "bounced" in lowered or "invalid" in lowered:
        return EventKind.BOUNCE, both(settled(False), bounced(address, f"dropped: {reason}"))
    return EventKind.FAILED, settled(False)


def _sendgrid_send(session: Session, item: Mapping[str, Any]) -> Send | None:
    send = send_by_reference(session, str(item.get(REFERENCE_ARG) or ""))
    if send is not None:
        return send
    # Asynchronous bounces may lack our custom arg: the provider's id, then our Message-ID.
    provider_id = str(item.get("sg_message_id") or "").partition(".")[0]
    if provider_id:
        found = session.exec(select(Send).where(Send.provider_id == provider_id)).first()
        if found is not None:
            return found
    smtp_id = str(item.get("smtp-id") or "")
    return session.exec(select(Send).where(Send.message_id == smtp_id)).first() if smtp_id else None


def _sendgrid_key(item: Mapping[str, Any]) -> str:
    """What identifies the event across SendGrid's retries. Not sg_event_id alone: it has
    been seen to change on retried posts (providers.md §1.4)."""
    fields = ("sg_message_id", "event", "timestamp", "email", "url", "type")
    parts = tuple(str(item.get(name, "")) for name in fields)
    return hashlib.sha256(repr(parts).encode()).hexdigest()


# --- an email that came in (Inbound Parse or the IMAP poller) ---------------------------------


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
        send = _replied_to(session, mail, secret)
        person = _person_id(session, send, mail.sender)
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


def raw_mail(
    engine: sa.Engine,
    raw: bytes,
    now: datetime,
    secret: str | None,
    own_addresses: Iterable[str] = (),
) -> str:
    """A whole RFC 5322 message (the IMAP poller's, or Inbound Parse's raw mode)."""
    digest = hashlib.sha256(raw).hexdigest()
    return incoming_mail(engine, read_mail(raw, now.date()), digest, now, secret, own_addresses)


def _replied_to(session: Session, mail: IncomingMail, secret: str | None) -> Send | None:
    """The send this answers: by the Message-IDs it quotes, then by our reply address."""
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


def _bounce_report(engine: sa.Engine, mail: IncomingMail, incoming: Incoming, now: datetime) -> str:
    with Session(engine) as session:
        query = select(Send).where(col(Send.message_id).in_(mail.original_ids))
        original = session.exec(query).first() if mail.original_ids else None
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


def our_addresses(session: Session) -> set[str]:
    """Every address our sequences send from: mail from them is a copy, never a reply."""
    versions = session.exec(select(SequenceVersion.version))
    senders = (recall(session, version)[0].sender.get("email") for version in versions)
    return {str(address).lower() for address in senders if address}


# --- Twilio -------------------------------------------------------------------------------------

SMS_STATUS_DONE = {"sent": True, "delivered": True, "undelivered": False, "failed": False}


def twilio_sms(
    engine: sa.Engine, params: Mapping[str, str], reference: str | None, now: datetime
) -> str | None:
    """An inbound text or a status callback; returns the text to answer with, if any."""
    if "Body" not in params and params.get("MessageStatus"):
        _sms_status(engine, params, reference, now)
        return None
    sender, body = params.get("From", "").strip(), params.get("Body", "")
    # "YES" is an opt-in keyword, but from someone who never opted out it answers our
    # question ("open to a call?"): a reply.
    meaning = meaning_of_text(body, params.get("OptOutType"))
    with Session(engine) as session:
        person = _person_id(session, None, sender)
        help_text = _help_text(session, person) if meaning is TextMeaning.HELP else None
    incoming = Incoming(
        key="twilio-sms:" + (params.get("MessageSid") or _digest(params)),
        kind=EventKind.REPLY,
        occurred_at=now,
        channel="sms",
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
        query = select(Suppression.id).where(Suppression.address == address)
        return session.exec(query).first() is not None


def _sms_status(
    engine: sa.Engine, params: Mapping[str, str], reference: str | None, now: datetime
) -> str:
    status = params.get("MessageStatus", "")
    if status not in SMS_STATUS_DONE:
        return "ignored"
    with Session(engine) as session:
        send = send_by_reference(session, reference) or _send_by_provider_id(
            session, params.get("MessageSid")
        )
        incoming = Incoming(
            key=f"twilio-sms:{params.get('MessageSid') or _digest(params)}:{status}",
            kind=EventKind.DELIVERED if SMS_STATUS_DONE[status] else EventKind.FAILED,
            occurred_at=now,
            channel="sms",
            candidate_id=candidate_of_send(session, send),
            send_id=send.id if send else None,
            detail=f"{status} {params.get('ErrorCode', '')}".strip(),
        )
    if params.get("ErrorCode") == "21610":  # they had texted STOP to this number
        to = params.get("To", "")
        effect = both(settled(False), opted_out([to], f"{TEXTED} STOP to our number"))
        return once(engine, _with_kind(incoming, EventKind.OPT_OUT), now, effect)
    return once(engine, incoming, now, settled(SMS_STATUS_DONE[status]))


def twilio_voice(
    engine: sa.Engine, params: Mapping[str, str], reference: str | None, now: datetime
) -> str:
    """A call status or answering-machine callback: how the voicemail step went."""
    status, answered_by = params.get("CallStatus", ""), params.get("AnsweredBy", "")
    with Session(engine) as session:
        send = send_by_reference(session, reference) or _send_by_provider_id(
            session, params.get("CallSid")
        )
        incoming = Incoming(
            key=f"twilio-voice:{params.get('CallSid') or _digest(params)}:{status}:{answered_by}",
            kind=EventKind.CALL,
            occurred_at=now,
            channel="voicemail",
            candidate_id=candidate_of_send(session, send),
            send_id=send.id if send else None,
            detail=call_outcome(status, answered_by),
        )
    return once(engine, incoming, now, record_only)


def call_outcome(status: str, answered_by: str) -> str:
    if answered_by.startswith("machine_end"):
        return "voicemail left"
    if answered_by == "human":
        return "a person answered"
    if status in ("busy", "no-answer", "failed", "canceled"):
        return f"no contact ({status})"
    return status or answered_by or "unknown"


def _send_by_provider_id(session: Session, provider_id: str | None) -> Send | None:
    if not provider_id:
        return None
    return session.exec(select(Send).where(Send.provider_id == provider_id)).first()


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


# --- unsubscribe links --------------------------------------------------------------------------


def unsubscribe(engine: sa.Engine, address: str, now: datetime) -> str:
    """The one-click unsubscribe: idempotent, so repeated clicks are one opt-out."""
    with Session(engine) as session:
        if session.exec(select(Suppression).where(Suppression.address == address)).first():
            return "already unsubscribed"
        person = _person_id(session, None, address)
    incoming = Incoming(
        key=f"unsubscribe:{address}:{now.isoformat()}",
        kind=EventKind.OPT_OUT,
        occurred_at=now,
        channel="email",
        candidate_id=person,
        detail="used the unsubscribe link",
    )
    return once(engine, incoming, now, opted_out([address], "used the unsubscribe link"))


# --- small parts ---------------------------------------------------------------------------------


def both(*effects: Effect) -> Effect:
    def effect(session: Session, event: Event) -> str:
        return [each(session, event) for each in effects][-1]

    return effect


def _with_kind(incoming: Incoming, kind: EventKind, detail: str | None = None) -> Incoming:
    return Incoming(**{**vars(incoming), "kind": kind, "detail": detail or incoming.detail})


def _unix(value: Any, default: datetime) -> datetime:
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return default


def _short(value: Any) -> str | None:
    return str(value)[:500] if value else None


def _digest(params: Mapping[str, str]) -> str:
    return hashlib.sha256(repr(sorted(params.items())).encode()).hexdigest()
