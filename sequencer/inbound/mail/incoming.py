"""An inbound email read into what the sequencer acts on: who wrote, which of our messages it
answers, whether a person or a machine wrote it, and what they said.

The input comes from strangers' mail servers, so whatever the bytes, nothing but
`UnreadableMail` leaves `read_mail` and `read_parse_fields`: a malformed header or part falls
back to what can still be read, and only input that is not an email at all is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.headerregistry import HeaderRegistry
from email.message import Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from typing import Any

from sequencer.errors import UnreadableMail
from sequencer.inbound.mail.automatic import MailKind, kind_of
from sequencer.inbound.mail.body import body_text
from sequencer.inbound.mail.bounces import NO_BOUNCE, bounce_of
from sequencer.inbound.mail.quotes import Answer, answers_in, new_text, new_text_and_answers
from sequencer.inbound.mail.return_date import return_date
from sequencer.inbound.mail.source import (
    Headers,
    Source,
    addresses_in,
    envelope_recipients,
    message_ids_in,
    parse_date,
    parse_field,
    recipients_of,
    source_of_fields,
    source_of_message,
    thread_of,
    unique,
)
from sequencer.inbound.mail.stop_requests import asks_to_stop


@dataclass(frozen=True)
class IncomingMail:
    sender: str
    recipients: tuple[str, ...]
    subject: str
    message_id: str | None
    refers_to: tuple[str, ...]
    sent_at: datetime | None
    text: str
    kind: MailKind
    return_date: date | None
    asks_to_stop: bool
    bounced: tuple[str, ...]
    bounce_permanent: bool
    bounce_reason: str | None
    original_ids: tuple[str, ...]
    # The person's paragraphs written right under a line or two of ours they kept.
    answers: tuple[Answer, ...] = ()


def _message_of(raw: bytes) -> Message:
    """The parsed email; `UnreadableMail` for bytes that are none (empty, or no header field)."""
    if not raw.strip():
        raise UnreadableMail("cannot read an empty email: no header fields and no body")
    message = BytesParser(policy=_FieldsReadOnce(header_factory=_KINDS)).parsebytes(raw)
    if not message.keys():
        raise UnreadableMail("not an email: it has no header fields")
    return message


def read_mail(raw: bytes, today: date) -> IncomingMail:
    """`today` is the day it arrived: it gives a return date written without a year its year."""
    try:
        return _read(source_of_message(_message_of(raw)), today)
    except UnreadableMail:
        raise
    except Exception as error:
        raise _unreadable(error) from error


class _KindsMadeOnce(HeaderRegistry):
    """The default header registry, but it makes the class of each kind of field once: the
    standard one makes a new class (`type(...)`) every time a field is read, 0.1 ms each, a
    fifth of parsing a train email (session 33). Kept by the kind's class, so the few kinds
    bound what is kept, whatever names strangers' fields have."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[type, Any] = {}

    def __getitem__(self, name: str) -> Any:
        kind = self.registry.get(name.lower(), self.default_class)
        made = self._made.get(kind)
        if made is None:
            made = self._made[kind] = super().__getitem__(name)
        return made


_KINDS = _KindsMadeOnce()


class _FieldsReadOnce(EmailPolicy):
    """`policy.default`, with each header field of the one message it parses read once: the
    default policy parses a field again each time it is asked for, and the parser and
    `source`/`automatic` ask an email's Content-Type some 14 times (2.8 ms a train email became
    1.1 ms, session 32). A new one for each message, so nothing is kept from one to the next."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        object.__setattr__(self, "_read", {})  # policies take no attributes once made

    def clone(self, **kw: Any) -> _FieldsReadOnce:
        copy = super().clone(**kw)
        object.__setattr__(copy, "_read", {})  # its own: it may read fields otherwise
        return copy

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if hasattr(value, "name"):
            return value  # a field set as a header object, not read from the bytes
        known: dict[tuple[str, str], Any] = self._read  # type: ignore[attr-defined]
        found = known.get((name, value))
        if found is None:  # a failure to read is not kept: it fails again, as by default
            found = super().header_fetch_parse(name, value)
            known[(name, value)] = found
        return found


@dataclass(frozen=True)
class Written:
    """What reading a reply's words needs of an email (`intent.reading`): who wrote it, its
    subject, whether a person wrote it, their new text and their answers in line; as
    `read_mail` reads them, without what only acting on it needs (recipients, the thread, the
    stop phrases of `asks_to_stop`, a bounce's details)."""

    sender: str
    subject: str
    text: str
    kind: MailKind
    answers: tuple[Answer, ...]
    headers: Headers

    @property
    def sent_at(self) -> datetime | None:
        return parse_date(self.headers.raw("date"))


def read_written(raw: bytes) -> Written:
    """`read_mail` for reading the words only: the same sender, subject, kind, text, answers
    and sent_at, for a third less time (session 34); the same `UnreadableMail` for input that
    is not an email."""
    try:
        source = source_of_message(_message_of(raw))
        headers = source.headers
        sender = next(iter(addresses_in(headers.raw("from"))), "")
        subject = headers.text("subject")
        kind = kind_of(source, sender, subject)
        body = body_text(source)
        if kind is MailKind.BOUNCE:
            return Written(sender, subject, new_text(body), kind, (), headers)
        text, answers = new_text_and_answers(body[:READ_LIMIT])
        if len(body) > READ_LIMIT:
            text = new_text(body)  # the history may start past the limit
        return Written(sender, subject, text, kind, answers, headers)
    except UnreadableMail:
        raise
    except Exception as error:
        raise _unreadable(error) from error


def read_parse_fields(fields: Mapping[str, str], today: date) -> IncomingMail:
    """SendGrid Inbound Parse, default (parsed) mode. A raw-mode post (an `email` field and no
    `headers`) is read from its `email` field, as `read_mail` would."""
    try:
        envelope_to = envelope_recipients(parse_field(fields, "envelope"))
        raw = parse_field(fields, "email")
        if raw and not parse_field(fields, "headers"):
            mail = read_mail(raw.encode(), today)
            return replace(mail, recipients=unique((*mail.recipients, *envelope_to)))
        return _read(source_of_fields(fields, envelope_to), today)
    except UnreadableMail:
        raise
    except Exception as error:
        raise _unreadable(error) from error


def _unreadable(error: Exception) -> UnreadableMail:
    # The last line of defence: the email package raises many kinds of errors on hostile input,
    # and callers handle one.
    return UnreadableMail(f"cannot read this email: {type(error).__name__}: {error}")


# What a person writes above the quote fits in this many characters; reading megabytes of
# pasted text for a stop request, a return date or a label would only cost time.
READ_LIMIT = 20_000


def _read(source: Source, today: date) -> IncomingMail:
    headers = source.headers
    sender = next(iter(addresses_in(headers.raw("from"))), "")
    subject = headers.text("subject")
    kind = kind_of(source, sender, subject)
    body = body_text(source)
    text = new_text(body)
    bounce = bounce_of(source, sender, text) if kind is MailKind.BOUNCE else NO_BOUNCE
    return IncomingMail(
        sender=sender,
        recipients=recipients_of(source),
        subject=subject,
        message_id=next(iter(message_ids_in(headers.raw("message-id"))), None),
        refers_to=thread_of(headers),
        sent_at=parse_date(headers.raw("date")),
        text=text,
        kind=kind,
        return_date=(
            return_date(text[:READ_LIMIT], subject, today) if kind is MailKind.AUTO_REPLY else None
        ),
        asks_to_stop=kind is MailKind.HUMAN and asks_to_stop(text[:READ_LIMIT], subject),
        bounced=bounce.recipients,
        bounce_permanent=bounce.permanent,
        bounce_reason=bounce.reason,
        original_ids=bounce.original_ids,
        answers=answers_in(body[:READ_LIMIT]) if kind is not MailKind.BOUNCE else (),
    )
