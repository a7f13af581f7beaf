"""Channels paused because their provider refused our account (`AccountRefused`: a wrong or
revoked key, Twilio 20003, an SMTP login refused), not one message. Failing the step would
fail every due step, for everyone, within a second; instead the channel pauses for every
worker (`store.pauses`), its sends stay due and nobody's try is counted, and it resumes by
itself once a test call that sends nothing succeeds.

- `Pauses`: a pass's view. The claim holds back the touches of a paused channel (they are
  due again at its next test call); `refused` pauses a channel, logged at ERROR once, by the
  worker that paused it. The threads that call providers (`engine.flight`) only note a
  refusal (`note_refused`): from that moment no send of that channel is posted by this pass,
  and the dispatcher's own thread stores the pause (`store_refusals`).
- `resume`: at the start of each pass, for each paused channel whose test call is due (1, 2,
  4 … 30 minutes apart, taken by one worker), the sender's `check()`; on success the pause is
  lifted and the held sends go out in that pass.

Channels here are the senders' (`email`, `sms`, `call`). A voicemail step holds back while
email is paused (its email goes first); while calls are paused its email goes on its own, and
the call becomes a task for the recruiter, as any failed call does.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import datetime

import sqlalchemy as sa

from sequencer.channels import AccountRefused, ChannelError, Checked, Email, Senders, Text
from sequencer.engine.envelope import Outgoing, Voicemail
from sequencer.ops.logs import send_log
from sequencer.spec.channel import Channel
from sequencer.store.pauses import Paused, lift, pause, paused_channels, still_refused, take_check

log = send_log

# The sender each step's channel goes out through first.
SENDER_CHANNEL = {Channel.EMAIL: "email", Channel.SMS: "sms", Channel.VOICEMAIL: "email"}
CALL = "call"


def channel_of(message: Outgoing) -> str | None:
    """The sender a message goes out through first: None for a LinkedIn task."""
    if isinstance(message, Email | Voicemail):
        return "email"
    return "sms" if isinstance(message, Text) else None


class Pauses:
    """The paused channels as a pass sees them: read again for each chunk it claims (so a
    pause by another worker counts at once), and added to as this pass pauses one."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.paused: dict[str, Paused] = {}
        # Refusals the posting threads met, not stored yet: their channel is held meanwhile.
        self._refusals: dict[str, AccountRefused] = {}
        self._lock = threading.Lock()

    def read(self) -> Mapping[str, Paused]:
        self.paused = paused_channels(self.engine)
        return self.paused

    def get(self, channel: str | None) -> Paused | None:
        return self.paused.get(channel) if channel else None

    def held(self, channel: str | None) -> str | None:
        """Why nothing of `channel` may be posted now (safe from any thread), or None."""
        # The refusals first: `store_refusals` drops one only after its pause is in `paused`.
        refused = self._refusals.get(channel) if channel else None
        if refused is not None:
            return str(refused)
        paused = self.get(channel)
        return paused.reason if paused is not None else None

    def note_refused(self, channel: str, exc: AccountRefused) -> None:
        """A posting thread met `exc`: `channel` is held at once, stored by `store_refusals`."""
        with self._lock:
            self._refusals.setdefault(channel, exc)

    def store_refusals(self, now: datetime) -> None:
        """The refusals the posting threads noted, stored as pauses (the dispatcher's thread:
        it alone writes to the database). Each stays held until its pause is in `paused`."""
        with self._lock:
            noted = dict(self._refusals)
        for channel, exc in noted.items():
            self.refused(channel, exc, now)
            with self._lock:
                self._refusals.pop(channel, None)

    def refused(self, channel: str, exc: AccountRefused, now: datetime) -> Paused:
        """`channel`'s provider refused our account: paused for every worker."""
        paused, fresh = pause(self.engine, channel, exc.provider, str(exc), now)
        self.paused[channel] = paused
        if fresh:  # logged by the one worker that paused it, once
            log.error(
                "%s paused: %s; nothing goes out by %s until a test call succeeds (next at %s)",
                channel,
                exc,
                channel,
                f"{paused.next_check_at:%Y-%m-%d %H:%M} UTC",
                extra={"channel": channel, "provider": exc.provider, "outcome": "paused"},
            )
        return paused


def resume(engine: sa.Engine, senders: Senders, now: datetime) -> int:
    """The test call of each paused channel whose turn it is; how many were lifted."""
    by_channel = {"email": senders.email, "sms": senders.text, CALL: senders.call}
    lifted = 0
    for channel in paused_channels(engine):
        taken = take_check(engine, channel, now)
        if taken is not None and _passes(engine, taken, by_channel.get(channel), now):
            lifted += 1
    return lifted


def _passes(engine: sa.Engine, paused: Paused, sender: object, now: datetime) -> bool:
    try:
        if isinstance(sender, Checked):  # a sender with nothing to check (the outbox) passes
            sender.check()
    except ChannelError as exc:
        if isinstance(exc, AccountRefused):
            still_refused(engine, paused.channel, str(exc))
        log.warning(
            "%s still paused: %s; next test call at %s",
            paused.channel,
            exc,
            f"{paused.next_check_at:%Y-%m-%d %H:%M} UTC",
            extra={"channel": paused.channel, "outcome": "paused"},
        )
        return False
    if lift(engine, paused.channel, now):
        log.info(
            "%s resumed: the test call succeeded; its held sends go out now",
            paused.channel,
            extra={"channel": paused.channel, "outcome": "resumed"},
        )
    return True
