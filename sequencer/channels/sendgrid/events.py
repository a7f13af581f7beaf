"""SendGrid's signed Event Webhook: is a POST really from SendGrid, and which events it carries.

SendGrid signs the bytes `timestamp + raw body` (timestamp from its own header, no separator)
with ECDSA on P-256 and SHA-256, and sends the base64 DER signature in another header. The
account's public key is the base64 DER SubjectPublicKeyInfo shown under Mail Settings →
Signed Event Webhook ("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE...").

The body must be checked exactly as received: SendGrid's batches end with "\\r\\n" and the
signature covers it, so parsing and re-serialising the JSON would break every signature.
Verification is the sendgrid package's own helper (`EventWebhook.verify_signature`), which
takes the body as text; a body that is not UTF-8 can't be one SendGrid signed, and decoding
it lossily could make different bytes verify, so it fails instead.

What the events say leaves here as neutral facts (`channels.facts`): delivered/open/click
are a send's progress, bounce and dropped a bounce or a failure, spamreport and the
unsubscribes an opt-out.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_public_key
from sendgrid.helpers.eventwebhook import EventWebhook

from sequencer.channels.facts import (
    Bounced,
    OptedIn,
    OptedOut,
    Progress,
    SendEvent,
    SendRef,
    Stage,
    WebhookRequest,
)
from sequencer.channels.sendgrid.sender import REFERENCE_ARG
from sequencer.errors import BadRequest, NotGenuine, SettingsError
from sequencer.people.addresses import normal_email

SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"

# A replay window for callers that want one. SendGrid retries a batch "at increasing
# intervals for up to 24 hours after the event occurs", and doesn't say whether a retry is
# signed again with a new timestamp; a shorter window could refuse a genuine retry, and
# then the event (a bounce, an unsubscribe) would be lost. Dedupe by the event's key instead.
DEFAULT_MAX_AGE = timedelta(hours=25)
# Timestamps from the future: our clock or SendGrid's may be off by a little, not by more.
MAX_CLOCK_SKEW = timedelta(minutes=5)

_KEY_HELP = (
    "SENDGRID_WEBHOOK_PUBLIC_KEY must be the verification key shown under Mail Settings → "
    "Signed Event Webhook: the base64 of a P-256 public key, starting 'MFkw', "
    "without PEM lines"
)


class EventVerifier:
    """Checks the signature on Event Webhook POSTs against one account's public key."""

    def __init__(self, public_key_b64: str) -> None:
        """Raises SettingsError (saying what SendGrid's key looks like) if `public_key_b64` is
        not a base64 DER P-256 public key, so the daemon refuses to start with a bad one
        rather than failing every webhook later."""
        self._key = _load_public_key(public_key_b64)
        # No key given here: each call passes ours, already checked to be P-256.
        self._helper = EventWebhook()

    def verify(
        self,
        body: bytes,
        signature: str | None,
        timestamp: str | None,
        *,
        now: datetime,
        max_age: timedelta | None = None,
    ) -> bool:
        """True if `signature` (the SIGNATURE_HEADER value) is SendGrid's over `timestamp`
        (the TIMESTAMP_HEADER value) and `body` (the raw request body). False for anything
        else, including missing headers and garbage; never raises.

        With `max_age` (e.g. DEFAULT_MAX_AGE), a timestamp older than that before `now`, or
        more than MAX_CLOCK_SKEW ahead of it (pass an aware datetime: a naive one is read as
        local time), also fails."""
        if not signature or not timestamp:
            return False
        if max_age is not None and not _is_fresh(timestamp, max_age, now):
            return False
        try:
            payload = body.decode("utf-8")
            # The helper decodes leniently (skipping non-base64 characters) and lets
            # binascii.Error escape; check strictly here so garbage is just "not valid".
            base64.b64decode(signature, validate=True)
            return bool(self._helper.verify_signature(payload, signature, timestamp, self._key))
        except (ValueError, TypeError):
            # UnicodeDecodeError/UnicodeEncodeError and binascii.Error are ValueErrors; the
            # helper itself already turns a wrong or malformed signature into False.
            return False


def _load_public_key(public_key_b64: str) -> ec.EllipticCurvePublicKey:
    compact = "".join(public_key_b64.split())  # pasted keys often carry a newline
    if not compact:
        raise SettingsError(f"{_KEY_HELP} (it is empty)")
    try:
        der = base64.b64decode(compact, validate=True)
    except ValueError:  # binascii.Error
        raise SettingsError(f"{_KEY_HELP} (this is not base64)") from None
    try:
        key = load_der_public_key(der)
    except (ValueError, TypeError):
        raise SettingsError(f"{_KEY_HELP} (this is not a DER public key)") from None
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP256R1):
        raise SettingsError(f"{_KEY_HELP} (this is another kind of public key)")
    return key


def _is_fresh(timestamp: str, max_age: timedelta, now: datetime) -> bool:
    # SendGrid sends whole unix seconds; anything else can't be judged, so it isn't fresh.
    if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > 12:
        return False
    age = now.timestamp() - int(timestamp)
    return -MAX_CLOCK_SKEW.total_seconds() <= age <= max_age.total_seconds()


def read_events(body: bytes) -> list[dict[str, Any]]:
    """The event objects of one Event Webhook batch (a JSON array of objects, each with an
    "event" name). Raises BadRequest, with a message safe to log or answer, for anything
    else; a batch is checked as a whole so a bad one is refused rather than half-applied."""
    try:
        batch = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError) as error:
        # ValueError covers bad UTF-8 and bad JSON; RecursionError absurdly deep nesting.
        raise BadRequest(f"the event batch is not UTF-8 JSON ({type(error).__name__})") from None
    if not isinstance(batch, list):
        raise BadRequest(f"the event batch is a JSON {_json_type(batch)}, not an array")
    for index, item in enumerate(batch):
        _check_event(index, item)
    return batch


def _check_event(index: int, item: object) -> None:
    if not isinstance(item, dict):
        raise BadRequest(f"event {index} is a JSON {_json_type(item)}, not an object")
    name = item.get("event")
    if not isinstance(name, str) or not name:
        raise BadRequest(f'event {index} has no "event" name')


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


# --- the webhook route: a request in, facts out ------------------------------------------------


def signed(verifier: EventVerifier | None, request: WebhookRequest) -> bool:
    """Whether the headers alone could be SendGrid's: both signature headers, and a key to
    check them with. Asked before a byte of the body is read."""
    headers = request.headers
    return verifier is not None and bool(
        headers.get(SIGNATURE_HEADER) and headers.get(TIMESTAMP_HEADER)
    )


def genuine_events(
    verifier: EventVerifier | None, request: WebhookRequest, now: datetime
) -> list[SendEvent | None]:
    """What a batch SendGrid signed says, one fact per event in order (None for an event we
    take no notice of). Raises NotGenuine unless the signature holds and is at most
    DEFAULT_MAX_AGE old at `now`; then BadRequest for a body that is no event batch."""
    headers = request.headers
    signature, timestamp = headers.get(SIGNATURE_HEADER), headers.get(TIMESTAMP_HEADER)
    if verifier is None or not verifier.verify(
        request.body, signature, timestamp, max_age=DEFAULT_MAX_AGE, now=now
    ):
        raise NotGenuine("the event batch is not signed with our SendGrid key")
    return [fact_of(event) for event in read_events(request.body)]


# Events that only tell how far a message got.
_STAGES = {
    "processed": Stage.ACCEPTED,
    "deferred": Stage.ACCEPTED,
    "delivered": Stage.DELIVERED,
    "open": Stage.OPENED,
    "click": Stage.CLICKED,
}
_OPT_OUTS = ("spamreport", "unsubscribe", "group_unsubscribe")


def fact_of(event: Mapping[str, Any]) -> SendEvent | None:
    """What one event says; None for kinds we take no notice of."""
    kind, common = str(event.get("event", "")), _common(event)
    reason = str(event.get("reason") or kind)
    if kind in _STAGES:
        return Progress(**common, stage=_STAGES[kind], went=True)
    if kind == "bounce" and event.get("type") == "blocked":
        # A block is temporary, the receiving server's policy: not the address's fault.
        return Progress(**common, stage=Stage.FAILED, went=True)
    if kind == "bounce":
        return Bounced(**common, reason=reason, went=True)
    if kind == "dropped":
        return _dropped(common, reason)
    if kind in _OPT_OUTS:
        why = "reported the email as spam" if kind == "spamreport" else f"SendGrid {kind}"
        return OptedOut(**common, reason=why, went=True)
    if kind == "group_resubscribe":
        return OptedIn(**common)
    return None


def _dropped(common: dict[str, Any], reason: str) -> SendEvent:
    """SendGrid did not send it: its own lists say why."""
    lowered, why = reason.lower(), f"dropped: {reason}"
    if "unsubscribed" in lowered or "spam reporting" in lowered:
        return OptedOut(**common, reason=why, went=False)
    if "bounced" in lowered or "invalid" in lowered:
        return Bounced(**common, reason=why, went=False)
    return Progress(**common, stage=Stage.FAILED, went=False)


def _common(event: Mapping[str, Any]) -> dict[str, Any]:
    """The fields every fact about a send has."""
    return {
        "key": "sendgrid:" + _key(event),
        "channel": "email",
        "occurred_at": _unix(event.get("timestamp")),
        "detail": _short(event.get("reason") or event.get("url") or event.get("response")),
        "send": _send_ref(event),
        "address": normal_email(str(event.get("email", ""))),
    }


def _send_ref(event: Mapping[str, Any]) -> SendRef:
    # Asynchronous bounces may lack our custom arg: SendGrid's id, then our Message-ID.
    provider_id = str(event.get("sg_message_id") or "").partition(".")[0]
    return SendRef(
        reference=str(event.get(REFERENCE_ARG) or "") or None,
        provider_id=provider_id or None,
        message_id=str(event.get("smtp-id") or "") or None,
    )


def _key(event: Mapping[str, Any]) -> str:
    """What identifies the event across SendGrid's retries. Not sg_event_id alone: it has
    been seen to change on retried posts (providers.md §1.4)."""
    fields = ("sg_message_id", "event", "timestamp", "email", "url", "type")
    parts = tuple(str(event.get(name, "")) for name in fields)
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _unix(value: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _short(value: Any) -> str | None:
    return str(value)[:500] if value else None
