"""Calendly's webhook subscriptions (developer.calendly.com: "Webhook Signatures",
"Webhooks").

Signed: `Calendly-Webhook-Signature: t=<unix seconds>,v1=<hex>`, the HMAC-SHA256 of
`"<t>." + raw body` under the subscription's signing key. Calendly's own example refuses a
stamp more than 3 minutes old; we allow MAX_AGE (5 minutes) for clocks that drift, and a
captured request replayed later is refused. Calendly retries a failed delivery for 24 hours.

    event              fact
    invitee.created    meeting booked
    invitee.canceled   meeting canceled; nothing when `rescheduled` (a reschedule sends
                       invitee.canceled for the old time and invitee.created for the new)
    anything else      nothing

The person: the invitee's `email`, the `text_reminder_number` they gave, and the token our
booking link carried as `utm_content` (Calendly returns it in `tracking.utm_content`). The
key is the invitee's own URI with the event: one per person per booking, even when several
invitees share one scheduled event.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sequencer.channels.facts import Happening, Outside, WebhookRequest
from sequencer.channels.outside.signing import (
    at,
    check,
    fresh,
    hmac_hex,
    iso_time,
    json_object,
    need,
    same_digest,
    short,
    text,
    unique,
    unix,
)
from sequencer.errors import NotGenuine

SIGNATURE_HEADER = "Calendly-Webhook-Signature"
CHANNEL = "calendly"
MAX_AGE = timedelta(minutes=5)
# Where our booking link puts its token (engine.links), and where Calendly hands it back.
TOKEN_PARAMETER = "utm_content"


def signed(request: WebhookRequest) -> bool:
    return bool(request.headers.get(SIGNATURE_HEADER))


def read(request: WebhookRequest, secret: str, now: datetime) -> list[Outside]:
    """What a webhook Calendly signed says. NotGenuine unless signed with `secret` at most
    MAX_AGE before `now`; BadRequest for a body that is not Calendly's JSON."""
    _verify(request, secret, now)
    hook = json_object(request.body, "Calendly webhook")
    name, invitee = hook.get("event"), hook.get("payload")
    if name == "invitee.created":
        happening = Happening.MEETING_BOOKED
    elif name == "invitee.canceled" and at(invitee, "rescheduled") is not True:
        happening = Happening.MEETING_CANCELED
    else:
        return []
    return [
        Outside(
            key=f"{need(hook, 'payload', 'uri')}:{name}",
            channel=CHANNEL,
            occurred_at=iso_time(hook.get("created_at")),
            detail=short(_detail(invitee)),
            happening=happening,
            emails=unique([text(invitee, "email")]),
            phones=unique([text(invitee, "text_reminder_number")]),
            token=text(invitee, "tracking", TOKEN_PARAMETER),
        )
    ]


def _verify(request: WebhookRequest, secret: str, now: datetime) -> None:
    parts = dict(
        part.strip().partition("=")[::2]
        for part in (request.headers.get(SIGNATURE_HEADER) or "").split(",")
    )
    stamp, digest = parts.get("t", ""), parts.get("v1")
    readable = stamp.isascii() and stamp.isdigit() and len(stamp) <= 12
    expected = hmac_hex(secret, stamp.encode() + b"." + request.body)
    check(readable and same_digest(expected, digest), "Calendly")
    when = unix(int(stamp))
    if when is None or not fresh(when, now, MAX_AGE):
        raise NotGenuine("the Calendly signature is too old (or from the future)")


def _detail(invitee: object) -> str:
    event = text(invitee, "scheduled_event", "name")
    start = text(invitee, "scheduled_event", "start_time")
    parts = ["Calendly", *(part for part in (event, start and f"at {start}") if part)]
    return " ".join(parts)
