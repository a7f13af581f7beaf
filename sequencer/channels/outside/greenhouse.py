"""Greenhouse Recruiting's web hooks (developers.greenhouse.io/webhooks.html).

Signed: `Signature: sha256 <hex>` (the algorithm, a space, the digest), the HMAC-SHA256 of the
raw body under the web hook's secret key. Greenhouse escapes Unicode in the JSON before it
signs, so the body is checked exactly as received. There is no timestamp, and the
`Greenhouse-Event-ID` header is not signed: an event is known by the hash of its signed body,
the same for every redelivery (Greenhouse retries a failed one 6 times over about 15 hours).

    action                     fact
    new_candidate_application  applied (not a prospect's: a prospect did not apply)
    candidate_stage_change     stage changed, `stage` = the stage's name
    reject_candidate           rejected
    hire_candidate             hired
    ping, anything else        nothing (Greenhouse pings a new web hook to switch it on)

The person: every `email_addresses[].value` and `phone_numbers[].value` of the candidate.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sequencer.channels.facts import Happening, Outside, WebhookRequest
from sequencer.channels.outside.signing import (
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

SIGNATURE_HEADER = "Signature"
CHANNEL = "greenhouse"

_HAPPENINGS = {
    "new_candidate_application": Happening.APPLIED,
    "candidate_stage_change": Happening.STAGE_CHANGED,
    "reject_candidate": Happening.REJECTED,
    "hire_candidate": Happening.HIRED,
}


def signed(request: WebhookRequest) -> bool:
    return bool(request.headers.get(SIGNATURE_HEADER))


def read(request: WebhookRequest, secret: str, now: datetime) -> list[Outside]:
    """What a web hook Greenhouse signed says. NotGenuine unless signed with `secret`;
    BadRequest for a body that is not Greenhouse's JSON."""
    check(_genuine(request, secret), "Greenhouse")
    hook = json_object(request.body, "Greenhouse web hook")
    happening = _HAPPENINGS.get(str(hook.get("action")))
    if happening is None:
        return []
    application = _application(hook)
    if happening is Happening.APPLIED and application.get("prospect") is True:
        return []
    candidate = application.get("candidate")
    stage = text(application, "current_stage", "name")
    return [
        Outside(
            key=_key(request),
            channel=CHANNEL,
            occurred_at=iso_time(application.get("last_activity_at")),
            detail=short(_detail(hook, application, stage)),
            happening=happening,
            emails=values(_field(candidate, "email_addresses")),
            phones=values(_field(candidate, "phone_numbers")),
            stage=stage if happening is Happening.STAGE_CHANGED else None,
        )
    ]


def _genuine(request: WebhookRequest, secret: str) -> bool:
    algorithm, _, digest = (request.headers.get(SIGNATURE_HEADER) or "").strip().partition(" ")
    return algorithm.lower() == "sha256" and same_digest(hmac_hex(secret, request.body), digest)


def _application(hook: dict[str, Any]) -> dict[str, Any]:
    need(hook, "payload", "application", "id")
    application: dict[str, Any] = hook["payload"]["application"]
    return application


def _field(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, dict) else None


def _key(request: WebhookRequest) -> str:
    # The signature covers the body only: a captured request resent with another
    # Greenhouse-Event-ID would be a new event if that header were the key. A redelivery
    # carries the same body, so the body is the key.
    return hashlib.sha256(request.body).hexdigest()


def _detail(hook: dict[str, Any], application: dict[str, Any], stage: str | None) -> str:
    jobs = application.get("jobs")
    job = text(jobs[0], "name") if isinstance(jobs, list) and jobs else None
    parts = [f"Greenhouse {hook.get('action')}", f"application {text(application, 'id')}"]
    parts += [f"job {job}"] if job else []
    parts += [f"stage {stage}"] if stage else []
    return ", ".join(parts)
