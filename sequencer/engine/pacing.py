"""Sending politely at scale: each sending mailbox or number has a daily cap and a minimum
spacing between messages (with jitter), so 2,000 people due at 09:00 don't all get an email
at 09:00:00 from one mailbox, and a Twilio number stays within its rate.

A touch that finds its sender busy is not lost: it reserves the sender's next free slot
(in queue order, so a backlog is worked through once) and waits for it, inside the
candidate's own window. Settings (0 or "off" switches one off):

    SEQUENCER_EMAIL_DAILY_CAP=500   SEQUENCER_EMAIL_SPACING_SECONDS=20
    SEQUENCER_SMS_DAILY_CAP=1000    SEQUENCER_SMS_SPACING_SECONDS=1    (a long code: 1/s)
    SEQUENCER_CALL_DAILY_CAP=200    SEQUENCER_CALL_SPACING_SECONDS=30
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from sequencer.config import number_setting
from sequencer.spec.channel import Channel
from sequencer.spec.sequence import Sequence
from sequencer.spec.timetext import seed_bits
from sequencer.store.models import SenderPace

DEFAULTS = {
    Channel.EMAIL: (500, 20.0),
    Channel.SMS: (1000, 1.0),
    Channel.VOICEMAIL: (200, 30.0),
}
ENV_NAMES = {Channel.EMAIL: "EMAIL", Channel.SMS: "SMS", Channel.VOICEMAIL: "CALL"}


@dataclass(frozen=True)
class Limit:
    per_day: int | None
    spacing: timedelta


@dataclass(frozen=True)
class Pacing:
    limits: Mapping[Channel, Limit]
    phone_sender: str  # the Twilio number (or Messaging Service) texts and calls come from

    def sender(self, channel: Channel, sequence: Sequence) -> str | None:
        """The mailbox or number a touch on `channel` goes out from."""
        if channel is Channel.EMAIL:
            return f"email:{str(sequence.sender.get('email', '')).lower()}"
        if channel in (Channel.SMS, Channel.VOICEMAIL):
            number = self.phone_sender or str(sequence.sender.get("phone", ""))
            return f"{channel}:{number}"
        return None  # a LinkedIn task: the recruiter paces themselves


def pacing_from(env: Mapping[str, str]) -> Pacing:
    """The limits the settings ask for; an error naming the variable when one is bad. A
    channel with both limits off has none: its sends reserve nothing."""
    chosen = {channel: _limit(env, channel) for channel in DEFAULTS}
    limits = {channel: limit for channel, limit in chosen.items() if limit.per_day or limit.spacing}
    phone = env.get("TWILIO_FROM_NUMBER") or env.get("TWILIO_MESSAGING_SERVICE_SID") or ""
    return Pacing(limits, phone)


def _limit(env: Mapping[str, str], channel: Channel) -> Limit:
    cap, spacing = DEFAULTS[channel]
    prefix = f"SEQUENCER_{ENV_NAMES[channel]}"
    per_day = number_setting(env, f"{prefix}_DAILY_CAP", cap)
    seconds = number_setting(env, f"{prefix}_SPACING_SECONDS", spacing)
    return Limit(int(per_day) or None, timedelta(seconds=seconds))


def reserve_slot(
    session: Session, sender: str, limit: Limit, zone: ZoneInfo, now: datetime
) -> datetime:
    """Reserve the sender's next slot and return it: `now` when it may send at once. Each
    waiting send reserves its own slot, in queue order, so a backlog is worked through once
    rather than re-queued at every pass. The sender's row is locked: workers sharing a
    sender reserve one at a time."""
    state = session.get(SenderPace, sender, with_for_update=True)
    if state is None:
        state = SenderPace(sender=sender, day="", sent=0)
        session.add(state)
    slot = max(now, state.next_at or now)
    day = slot.astimezone(zone).date()
    if state.day != day.isoformat():
        state.day, state.sent = day.isoformat(), 0
    if limit.per_day is not None and state.sent >= limit.per_day:
        day += timedelta(days=1)
        slot = datetime.combine(day, time(), tzinfo=zone)
        state.day, state.sent = day.isoformat(), 0
    state.sent += 1
    # Up to half a spacing more, so a queue of sends doesn't tick like a metronome.
    jitter = seed_bits(f"{sender}|{state.day}|{state.sent}", 0) % 1000 / 2000
    state.next_at = slot + limit.spacing * (1 + jitter)
    return slot
