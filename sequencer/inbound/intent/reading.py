"""Reading a reply: its new text, language, label and date, from a body or a raw email."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date
from email.message import EmailMessage
from email.policy import default as default_policy
from functools import cache
from typing import Literal

from sequencer.inbound.intent import model as trained
from sequencer.inbound.intent.classify import MEANING_FROM, Decision, decide
from sequencer.inbound.intent.dates import named_date
from sequencer.inbound.intent.labels import Label, Reading
from sequencer.inbound.intent.language import language_of
from sequencer.inbound.intent.meaning import Reader
from sequencer.inbound.intent.rules import referred
from sequencer.inbound.mail import IncomingMail
from sequencer.inbound.mail.automatic import MailKind, subject_kind
from sequencer.inbound.mail.body import body_text
from sequencer.inbound.mail.incoming import READ_LIMIT, read_written
from sequencer.inbound.mail.quotes import Answer, answers_in, new_text
from sequencer.inbound.mail.source import source_of_message


@dataclass(frozen=True)
class Reply:
    """What the classifier reads: the new text and what the mail's machinery said."""

    text: str
    subject: str
    channel: str
    kind: MailKind
    received: date | None  # None: an email without a Date header, whose dates cannot resolve
    sender: str = ""
    # Paragraphs written right under a line or two of ours they kept ("> To stop all messages").
    answers: tuple[Answer, ...] = ()


def read_reply(
    body: str, received: date, *, channel: str = "email", subject: str = "", html: str | None = None
) -> Reading:
    """`body` is the plain text (an SMS's text, or an email's text part; `html` when there is
    only HTML); `received` is the day it arrived, which dates resolve against."""
    return reading_of(reply_of_text(body, received, channel=channel, subject=subject, html=html))


def read_mail(raw: bytes, received: date | None = None) -> Reading:
    """A raw RFC 5322 email; `received` defaults to its Date header's day (UTC). Without
    either, no date is read (there is nothing to resolve "next month" against)."""
    return reading_of(reply_of_mail(raw, received))


def reply_of_text(
    body: str, received: date, *, channel: str = "email", subject: str = "", html: str | None = None
) -> Reply:
    if channel == "sms":
        return Reply(body.strip(), "", "sms", MailKind.HUMAN, received)
    if not body.strip() and html:
        message = EmailMessage(policy=default_policy)
        message.set_content(html, subtype="html")
        body = body_text(source_of_message(message))
    body = body[:READ_LIMIT]
    kind = subject_kind(subject)
    return Reply(new_text(body), subject, "email", kind, received, answers=answers_in(body))


def read_incoming(mail: IncomingMail, received: date | None) -> Reading:
    """An email already taken apart (SendGrid's parsed mode, or raw bytes read once): read as
    `read_mail` reads its bytes, in-line answers included."""
    return reading_of(reply_of_incoming(mail, received))


def reply_of_mail(raw: bytes, received: date | None = None) -> Reply:
    # What `mail.read_mail` reads, but only what a reading needs (session 34: 0.2 ms an email).
    mail = read_written(raw)
    if received is None:
        sent_at = mail.sent_at
        received = sent_at.astimezone(UTC).date() if sent_at is not None else None
    text = mail.text[:READ_LIMIT]
    return Reply(text, mail.subject, "email", mail.kind, received, mail.sender, mail.answers)


def reply_of_incoming(mail: IncomingMail, received: date | None) -> Reply:
    text = mail.text[:READ_LIMIT]
    return Reply(text, mail.subject, "email", mail.kind, received, mail.sender, mail.answers)


def reading_of(reply: Reply) -> Reading:
    model = _shipped_model()
    language = language_of(reply.text or reply.subject)
    decision = decision_of(reply, model, language)
    day = None
    if reply.received is not None and decision.label in (Label.NOT_NOW, Label.OUT_OF_OFFICE):
        away = decision.label is Label.OUT_OF_OFFICE
        day = named_date(reply.text, reply.received, language=language, away=away)
        if day is None and away:
            day = named_date(reply.subject, reply.received, language=language, away=True)
    email, name = (
        referred(reply.text, reply.sender) if decision.label is Label.REFERRAL else (None, None)
    )
    confidence = model.confidence(decision.source, decision.score) if model else 0.5
    return Reading(decision.label, confidence, language, day, reply.text, email, name)


def decision_of(
    reply: Reply,
    model: trained.Model | None,
    language: str,
    meaning: Reader | Literal["shipped"] | None = "shipped",
    meaning_from: float | None = MEANING_FROM,
) -> Decision:
    """`classify.decide` on a reply, unpacked in one place for reading, training and the bench."""
    return decide(
        reply.text,
        reply.subject,
        reply.channel,
        reply.kind,
        model,
        reply.received,
        language,
        meaning,
        meaning_from,
        answers=reply.answers,
    )


@cache
def _shipped_model() -> trained.Model | None:
    """model.json, read once; asking the file system whether it exists on every reply cost 4% of
    reading a text (issue 12). Without it (a checkout before its first training), the rules
    alone read replies, at confidence 0.5."""
    return trained.load() if trained.MODEL_PATH.exists() else None
