"""The provider boundary, both ways: the only package that imports a provider's SDK or knows
a payload's field names.

Out: the dispatcher builds provider-neutral messages (`Email`, `Text`, `Call`) with every
header already decided; an adapter (`sendgrid.sender`, `smtp`, `twilio.texts`,
`twilio.calls`, `outbox`; chosen by `wiring` from the settings) only translates one into its
provider's request and the answer into a `Receipt` or one of the errors below.
In: `sendgrid.events`, `sendgrid.inbound_parse` and `twilio.inbound` check a webhook's
signature or token and translate its payload into neutral `facts` (reading forms with
`forms`), as `outside/` does for the ATS and scheduling tools (Greenhouse, Lever, Ashby,
Calendly, Cal.com); `imap` reads the recruiter's mailbox. inbound/ takes it from there.

Imports people, spec, config and errors; nothing of store/ or above.

    ChannelError                 root of what a send can fail with (a SequencerError)
     ├── RetryLater              throttled, 5xx, timeout, reset: try again later
     │                           (`retry_after` seconds when the provider said; `unclear`
     │                           when the message may have gone all the same, and then
     │                           `wait_for_events` holds the retry for the provider's events)
     ├── Rejected                permanent: never retry this message (bad number, bad address);
     │                           `opted_out` when the provider says the person opted out
     └── AccountRefused          the provider refused our account, not this message (a wrong or
                                 revoked key, Twilio 20003, an SMTP login refused): every send
                                 would be refused alike, so the dispatcher pauses the channel,
                                 keeps its sends due, and lifts the pause once `check()` passes

A sender that can tell whether its account works without sending anything (an authenticated
call that changes nothing) is `Checked`: its `check()` returns, or raises AccountRefused (still
refused) or RetryLater (could not tell). The outbox has none: it never pauses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Protocol, runtime_checkable

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
    def __init__(
        self, reason: str, retry_after: float | None = None, unclear: bool = False
    ) -> None:
        self.retry_after = retry_after
        self.unclear = unclear  # the request reached the provider: it may have accepted it
        super().__init__(reason)

    def wait_for_events(self, provider: str, confirm_within: float | None) -> None:
        """Wait at least `confirm_within` seconds before the retry when the message may
        have gone.

        No provider API here takes an idempotency key, so after a timeout or a 5xx only the
        provider's events can say whether the message went; they settle the send (see
        `effects.settled`) if it did. A retry sooner than they can arrive risks sending
        twice; without events (`confirm_within` None) the usual backoff is all there is.
        """
        if not self.unclear or not confirm_within:
            return
        self.retry_after = max(self.retry_after or 0.0, confirm_within)
        self.args = (
            f"{self}; not tried again for {self.retry_after:g}s,"
            f" so {provider}'s events can tell first",
        )


class Rejected(ChannelError):
    def __init__(self, reason: str, code: str = "", opted_out: bool = False) -> None:
        self.code = code
        self.opted_out = opted_out
        super().__init__(reason)


class AccountRefused(ChannelError):
    def __init__(self, reason: str, provider: str, code: str = "") -> None:
        self.provider = provider  # "sendgrid", "smtp", "twilio"
        self.code = code
        super().__init__(reason)


def http_date(value: str | None) -> datetime | None:
    """An HTTP date header ("Tue, 24 Nov 2026 09:01:30 GMT") as an aware time, or None."""
    try:
        when = parsedate_to_datetime((value or "").strip())
    except (TypeError, ValueError):
        return None
    # "-0000" parses naive; HTTP dates are always GMT
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def parse_retry_after(value: str | None, answered_at: str | None) -> float | None:
    """Retry-After in seconds (a number, or an HTTP date); None if absent or unreadable, so
    the dispatcher's own backoff decides. A date is measured from the answer's own `Date`
    header (`answered_at`), as HTTP defines it: no clock of ours is asked, so a skewed or
    simulated clock cannot stretch or cancel the wait."""
    value = (value or "").strip()
    if value.isdigit():
        return float(value)
    when, answered = http_date(value), http_date(answered_at)
    if when is None or answered is None:
        return None
    return max(0.0, (when - answered).total_seconds())


class EmailSender(Protocol):
    def send_email(self, email: Email) -> Receipt: ...


class TextSender(Protocol):
    def send_text(self, text: Text) -> Receipt: ...


class CallPlacer(Protocol):
    def place_call(self, call: Call) -> Receipt: ...


@runtime_checkable
class Checked(Protocol):
    def check(self) -> None:
        """Return if the provider takes our account now; never sends anything."""


@dataclass(frozen=True)
class Senders:
    """The three ways out that a dispatch pass hands its messages to."""

    email: EmailSender
    text: TextSender
    call: CallPlacer
