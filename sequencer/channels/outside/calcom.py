"""Cal.com's webhooks (cal.com/docs: "Webhooks").

Signed: `X-Cal-Signature-256: <hex>`, the HMAC-SHA256 of the raw body under the webhook's
secret (Cal.com signs only when a secret is set, so a webhook without one is refused). No
timestamp. The body is `{triggerEvent, createdAt, payload}`: leave the webhook's custom
payload template empty, or it is no longer a body we can read.

    triggerEvent          fact
    BOOKING_CREATED       meeting booked
    BOOKING_RESCHEDULED   meeting booked (at its new time)
    BOOKING_CANCELLED     meeting canceled
    anything else         nothing (PING, MEETING_ENDED, ...)

The person: each attendee's `email` and `phoneNumber`, and the token our booking link
carried as `metadata[sequencer]` (Cal.com returns it in `payload.metadata`). The key is the
booking's `uid` with the trigger.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sequencer.channels.facts import Happening, Outside, WebhookRequest
from sequencer.channels.outside.signing import (
    at,
    check,
    hmac_hex,
    iso_time,
    json_object,
    need,
    same_digest,
    short,
    text,
    values,
)

SIGNATURE_HEADER = "X-Cal-Signature-256"
CHANNEL = "calcom"
# The metadata key our booking link sets (engine.links): `?metadata[sequencer]=<token>`.
TOKEN_KEY = "sequencer"

_HAPPENINGS = {
    "BOOKING_CREATED": Happening.MEETING_BOOKED,
    "BOOKING_RESCHEDULED": Happening.MEETING_BOOKED,
    "BOOKING_CANCELLED": Happening.MEETING_CANCELED,
}


def signed(request: WebhookRequest) -> bool:
    return bool(request.headers.get(SIGNATURE_HEADER))


def read(request: WebhookRequest, secret: str, now: datetime) -> list[Outside]:
    """What a webhook Cal.com signed says. NotGenuine unless signed with `secret`;
    BadRequest for a body that is not Cal.com's JSON."""
    digest = request.headers.get(SIGNATURE_HEADER)
    check(same_digest(hmac_hex(secret, request.body), digest), "Cal.com")
    hook = json_object(request.body, "Cal.com webhook")
    trigger = str(hook.get("triggerEvent"))
    happening = _HAPPENINGS.get(trigger)
    if happening is None:
        return []
    booking = hook.get("payload")
    attendees = at(booking, "attendees")
    return [
        Outside(
            key=f"{need(hook, 'payload', 'uid')}:{trigger}",
            channel=CHANNEL,
            occurred_at=iso_time(hook.get("createdAt")),
            detail=short(_detail(booking)),
            happening=happening,
            emails=values(attendees, "email"),
            phones=values(attendees, "phoneNumber"),
            token=text(booking, "metadata", TOKEN_KEY),
        )
    ]


def _detail(booking: Any) -> str:
    title, start = text(booking, "title"), text(booking, "startTime")
    return " ".join(["Cal.com", *(part for part in (title, start and f"at {start}") if part)])
