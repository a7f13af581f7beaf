"""Twilio's webhooks in: a request Twilio signed, translated into neutral facts.

    /webhooks/twilio/sms     a text someone sent us (From, Body, OptOutType), or a status
                             callback about one of ours (MessageStatus, ErrorCode)
    /webhooks/twilio/voice   how a call ended (CallStatus, AnsweredBy)

Our status callback URLs carry `?ref=<reference>` (`texts.callback_url`), so a callback names
our send; Twilio's own MessageSid or CallSid is the fallback. The keys below are what makes a
retried callback one event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from sequencer.channels.facts import (
    CallEnded,
    OptedOut,
    Progress,
    SendRef,
    Stage,
    TextIn,
    WebhookRequest,
)
from sequencer.channels.forms import read_form
from sequencer.channels.twilio.signature import SIGNATURE_HEADER, TwilioVerifier
from sequencer.channels.twilio.texts import OPTED_OUT, REFERENCE_PARAM
from sequencer.errors import NotGenuine
from sequencer.people.addresses import normal_phone

# Final message statuses, and whether the text went; the others are on the way.
SMS_STATUS_DONE = {"sent": True, "delivered": True, "undelivered": False, "failed": False}


def signed(verifier: TwilioVerifier | None, public_url: str, request: WebhookRequest) -> bool:
    """Whether the headers alone could be Twilio's: a signature, and our token and public URL
    to check it with. Asked before a byte of the body is read."""
    return verifier is not None and bool(public_url) and bool(request.headers.get(SIGNATURE_HEADER))


def genuine_form(
    verifier: TwilioVerifier | None, public_url: str, request: WebhookRequest
) -> dict[str, str]:
    """The form, if Twilio signed exactly this URL (`public_url` + the request's target) and
    these parameters. Raises NotGenuine otherwise, BadRequest for a body that is no form."""
    signature = request.headers.get(SIGNATURE_HEADER)
    if verifier is None or not public_url or not signature:
        raise NotGenuine("the request carries no Twilio signature we can check")
    pairs = read_form(request.headers.get("Content-Type"), request.body)
    if not verifier.verify(public_url + request.target, pairs, signature):
        raise NotGenuine("the Twilio signature does not match this URL and form")
    return dict(pairs)


def sms_fact(
    verifier: TwilioVerifier | None, public_url: str, request: WebhookRequest
) -> TextIn | Progress | OptedOut | None:
    """A text that came in, or what a status callback says of our text (None: not final)."""
    params = genuine_form(verifier, public_url, request)
    if "Body" not in params and params.get("MessageStatus"):
        return _sms_status(params, _reference(request))
    return TextIn(
        key="twilio-sms:" + (params.get("MessageSid") or _digest(params)),
        channel="sms",
        sender=normal_phone(params.get("From", "")),
        body=params.get("Body", ""),
        keyword=params.get("OptOutType"),  # sent only with Advanced Opt-Out
    )


def _sms_status(params: Mapping[str, str], reference: str | None) -> Progress | OptedOut | None:
    status = params.get("MessageStatus", "")
    if status not in SMS_STATUS_DONE:
        return None
    went = SMS_STATUS_DONE[status]
    common: dict[str, Any] = {
        "key": f"twilio-sms:{params.get('MessageSid') or _digest(params)}:{status}",
        "channel": "sms",
        "detail": f"{status} {params.get('ErrorCode', '')}".strip(),
        "send": SendRef(reference=reference, provider_id=params.get("MessageSid") or None),
    }
    if params.get("ErrorCode") == str(OPTED_OUT):  # they had texted STOP to this number
        to = params.get("To", "")
        return OptedOut(**common, address=to, reason="STOP to our number", texted=True, went=False)
    stage = Stage.DELIVERED if went else Stage.FAILED
    return Progress(**common, stage=stage, went=went)


def call_fact(
    verifier: TwilioVerifier | None, public_url: str, request: WebhookRequest
) -> CallEnded:
    """A call status or answering-machine callback: how the voicemail step went."""
    params = genuine_form(verifier, public_url, request)
    status, answered_by = params.get("CallStatus", ""), params.get("AnsweredBy", "")
    call = params.get("CallSid") or None
    return CallEnded(
        key=f"twilio-voice:{call or _digest(params)}:{status}:{answered_by}",
        channel="voicemail",
        detail=call_outcome(status, answered_by),
        send=SendRef(reference=_reference(request), provider_id=call),
    )


def call_outcome(status: str, answered_by: str) -> str:
    if answered_by.startswith("machine_end"):
        return "voicemail left"
    if answered_by == "human":
        return "a person answered"
    if status in ("busy", "no-answer", "failed", "canceled"):
        return f"no contact ({status})"
    return status or answered_by or "unknown"


def _reference(request: WebhookRequest) -> str | None:
    values = request.query.get(REFERENCE_PARAM)
    return values[0] if values else None


def _digest(params: Mapping[str, str]) -> str:
    return hashlib.sha256(repr(sorted(params.items())).encode()).hexdigest()
