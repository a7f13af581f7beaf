"""What providers tell us, in words of our own.

A webhook's payload is the provider's business: its event names, its field names, its error
codes. The modules beside this one (`sendgrid.events`, `sendgrid.inbound_parse`,
`twilio.inbound`) check that a request is genuine and translate what it says into these
facts; `inbound/` acts on them without knowing who sent them.

Every fact has a `key`: the same event delivered again (providers retry for hours) has the
same key, so it has one effect.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol


class WebhookRequest(Protocol):
    """A webhook as it reached us: the channel functions read what their provider signs."""

    @property
    def target(self) -> str: ...  # path and query, as requested

    @property
    def query(self) -> Mapping[str, list[str]]: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def body(self) -> bytes: ...


class Stage(StrEnum):
    """How far a message got, as its provider reports it."""

    ACCEPTED = "accepted"  # the provider took it: it is on its way
    DELIVERED = "delivered"
    OPENED = "opened"
    CLICKED = "clicked"
    FAILED = "failed"  # this one message did not arrive; nothing said against the address


@dataclass(frozen=True)
class SendRef:
    """How a provider's event names our send: by our reference ("<enrollment>-<step>"), by
    the provider's own id for it, or by the Message-ID we gave it. Tried in that order."""

    reference: str | None = None
    provider_id: str | None = None
    message_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class Fact:
    key: str  # the same for every delivery of the same event
    channel: str  # "email", "sms", "voicemail"
    occurred_at: datetime | None = None  # None: when it reached us
    detail: str | None = None  # for the recruiter: a reason, a URL, a status


@dataclass(frozen=True, kw_only=True)
class AboutSend(Fact):
    """An event about one of our sends. `address` is whom the provider says it is about: it
    names the person when the send cannot be found."""

    send: SendRef
    address: str = ""


@dataclass(frozen=True, kw_only=True)
class Progress(AboutSend):
    """A send got this far. `went`: it left us, so a send we were unsure of is settled as
    sent (or, when False, as failed)."""

    stage: Stage
    went: bool


@dataclass(frozen=True, kw_only=True)
class Bounced(AboutSend):
    """The address does not exist. `went` as for Progress."""

    reason: str
    went: bool


@dataclass(frozen=True, kw_only=True)
class OptedOut(AboutSend):
    """The person at `address` wants nothing more from us. `texted`: they said so by text
    message (so a texted START undoes it). `went` as for Progress."""

    reason: str
    went: bool
    texted: bool = False


@dataclass(frozen=True, kw_only=True)
class OptedIn(AboutSend):
    """The person at `address` asked to hear from us again."""


@dataclass(frozen=True, kw_only=True)
class CallEnded(AboutSend):
    """A call is over; `detail` says how it went ("voicemail left")."""


# Every fact about one of our sends.
SendEvent = Progress | Bounced | OptedOut | OptedIn | CallEnded


@dataclass(frozen=True, kw_only=True)
class TextIn(Fact):
    """A text message someone sent us. `keyword`: the provider's own reading of it as STOP,
    START or HELP, when its opt-out handling made one."""

    sender: str
    body: str
    keyword: str | None = None


@dataclass(frozen=True)
class RawMail:
    """An email, whole (RFC 5322 bytes)."""

    raw: bytes


@dataclass(frozen=True)
class ParsedMail:
    """An email a mail service already took apart into named fields (Inbound Parse's default
    mode); `digest` keys it when it has no Message-ID."""

    fields: Mapping[str, str]
    digest: str


class Happening(StrEnum):
    """What an ATS or a scheduling tool says happened to a person, in our words."""

    APPLIED = "applied"
    REJECTED = "rejected"  # rejected, or archived with a reason that ends the process
    HIRED = "hired"
    STAGE_CHANGED = "stage_changed"  # moved to another stage: `stage` names it
    MEETING_BOOKED = "meeting_booked"
    MEETING_CANCELED = "meeting_canceled"


@dataclass(frozen=True, kw_only=True)
class Outside(Fact):
    """A signed event from an ATS (Greenhouse, Lever, Ashby) or a scheduling tool (Calendly,
    Cal.com). `channel` names the source ("greenhouse", "calendly", ...). The person is named
    by any of `emails` or `phones` (as the source wrote them), or by `token`, the signed
    enrollment token our booking link carried."""

    happening: Happening
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    token: str | None = None
    stage: str | None = None  # the stage's name, or its meaning for Lever (`LEVER_STAGES`)
