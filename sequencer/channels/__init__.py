"""How a message leaves: one module per provider, each a small adapter with one job.

The dispatcher builds provider-neutral messages (`Email`, `Text`, `Call`) with every header
already decided; an adapter only translates one into its provider's request and the answer
into a `Receipt` or one of the errors below. Provider SDKs (sendgrid, twilio, smtplib) are
imported only inside this package.

    ChannelError                 root of what a send can fail with (a SequencerError)
     ├── RetryLater              throttled, 5xx, timeout, reset: try again later
     │                           (`retry_after` seconds when the provider said)
     └── Rejected                permanent: never retry this message (bad number, bad address);
                                 `opted_out` when the provider says the person opted out
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Protocol

from sequencer.errors import SequencerError


@dataclass(frozen=True)
class Email:
    reference: str  # our id for this send; goes out with it so provider events find it
    to: str
    from_email: str
    from_name: str | None
    subject: str
    text: str
    html: str | None = None
    message_id: str = ""  # "<...@domain>", ours, so replies can be matched
    reply_to: str | None = None
    # In-Reply-To, References, List-Unsubscribe, List-Unsubscribe-Post, ...
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Text:
    reference: str
    to: str  # E.164
    body: str


@dataclass(frozen=True)
class Call:
    """A call that leaves `script` after the beep (answering machine detection)."""

    reference: str
    to: str  # E.164
    script: str
    connect_to: str | None = None  # the recruiter's number, if a person answers


@dataclass(frozen=True)
class Receipt:
    provider: str  # "sendgrid", "smtp", "twilio", "outbox"
    provider_id: str  # the provider's id for the accepted message or call


class ChannelError(SequencerError):
    pass


class RetryLater(ChannelError):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(reason)


class Rejected(ChannelError):
    def __init__(self, reason: str, code: str = "", opted_out: bool = False) -> None:
        self.code = code
        self.opted_out = opted_out
        super().__init__(reason)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After in seconds (a number, or an HTTP date); None if absent or unreadable, so
    the dispatcher's own backoff decides."""
    value = (value or "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" parses naive; HTTP dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class EmailSender(Protocol):
    def send_email(self, email: Email) -> Receipt: ...


class TextSender(Protocol):
    def send_text(self, text: Text) -> Receipt: ...


class CallPlacer(Protocol):
    def place_call(self, call: Call) -> Receipt: ...
