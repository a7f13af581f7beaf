"""Sending politely at scale: each sending mailbox or number has a daily cap and a minimum
spacing between messages (with jitter), so 2,000 people due at 09:00 don't all get an email
at 09:00:00 from one mailbox, and a Twilio number stays within its rate.

A touch that finds its sender busy is not lost: it reserves the sender's next free slot
(in queue order, so a backlog is worked through once) and waits for it, inside the
candidate's own window. The limits are `config.Pacing` (0 or "off" switches one off):

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

from sequencer import config
from sequencer.people.addresses import normal_email
from sequencer.spec.channel import Channel
from sequencer.spec.sequence import Sequence
from sequencer.spec.timetext import seed_bits
from sequencer.store.models import SenderPace


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
            return f"email:{normal_email(str(sequence.sender.get('email', '')))}"
        if channel in (Channel.SMS, Channel.VOICEMAIL):
            number = self.phone_sender or str(sequence.sender.get("phone", ""))
            return f"{channel}:{number}"
        return None  # a LinkedIn task: the recruiter paces themselves


def pacing_from(paces: config.Pacing, twilio: config.Twilio) -> Pacing:
    """The limits the settings ask for. A channel with both limits off has none: its sends
    reserve nothing."""
    chosen = {
        Channel.EMAIL: _limit(paces.email_daily_cap, paces.email_spacing_seconds),
        Channel.SMS: _limit(paces.sms_daily_cap, paces.sms_spacing_seconds),
        Channel.VOICEMAIL: _limit(paces.call_daily_cap, paces.call_spacing_seconds),
    }
    limits = {channel: limit for channel, limit in chosen.items() if limit.per_day or limit.spacing}
    phone = twilio.from_number or twilio.messaging_service_sid or ""
    return Pacing(limits, phone)


def _limit(per_day: int, seconds: float) -> Limit:
    return Limit(per_day or None, timedelta(seconds=seconds))


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
