"""Ashby's webhooks (developers.ashbyhq.com: "Authenticating Webhooks", "Common Payload
Data", "Related Webhooks").

Signed: `Ashby-Signature: sha256=<hex>`, the HMAC-SHA256 of the raw body under the
webhook's secret token. No timestamp. Every payload is `{webhookActionId, action, data}`;
`webhookActionId` is the same across retries, and across the webhooks one action fires
together: a hire sends candidateHire, candidateStageChange and applicationUpdate with one id.
So the id is the key, and each of those reads as the same fact (whichever arrives first
counts; the others are duplicates):

    action                 fact
    applicationSubmit      applied
    candidateHire          hired
    candidateStageChange   by the application's status: Hired → hired, Archived → rejected,
                           otherwise stage changed to `currentInterviewStage.title`
    applicationUpdate      nothing: it only ever echoes one of the above, or an edit
    anything else          nothing

The person: the candidate's `primaryEmailAddress`, `primaryPhoneNumber` (and any
`emailAddresses` / `phoneNumbers` the payload lists).
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
    unique,
    values,
)

SIGNATURE_HEADER = "Ashby-Signature"
CHANNEL = "ashby"
_BY_STATUS = {"Hired": Happening.HIRED, "Archived": Happening.REJECTED}


def signed(request: WebhookRequest) -> bool:
    return bool(request.headers.get(SIGNATURE_HEADER))


def read(request: WebhookRequest, secret: str, now: datetime) -> list[Outside]:
    """What a webhook Ashby signed says. NotGenuine unless signed with `secret`; BadRequest
    for a body that is not Ashby's JSON."""
    header = (request.headers.get(SIGNATURE_HEADER) or "").strip()
    algorithm, _, digest = header.partition("=")
    check(
        algorithm.lower() == "sha256" and same_digest(hmac_hex(secret, request.body), digest),
        "Ashby",
    )
    hook = json_object(request.body, "Ashby webhook")
    application = at(hook, "data", "application")
    happening = _happening(str(hook.get("action")), application)
    if happening is None:
        return []
    candidate = at(application, "candidate")
    stage = text(application, "currentInterviewStage", "title")
    return [
        Outside(
            key=need(hook, "webhookActionId"),
            channel=CHANNEL,
            occurred_at=iso_time(at(application, "updatedAt")),
            detail=short(_detail(application, stage)),
            happening=happening,
            emails=_contacts(candidate, "primaryEmailAddress", "emailAddresses"),
            phones=_contacts(candidate, "primaryPhoneNumber", "phoneNumbers"),
            stage=stage if happening is Happening.STAGE_CHANGED else None,
        )
    ]


def _happening(action: str, application: Any) -> Happening | None:
    if action not in ("applicationSubmit", "candidateHire", "candidateStageChange"):
        return None
    need(application, "id")  # the three all carry the application
    if action == "applicationSubmit":
        return Happening.APPLIED
    if action == "candidateHire":
        return Happening.HIRED
    return _BY_STATUS.get(str(application.get("status")), Happening.STAGE_CHANGED)


def _contacts(candidate: Any, primary: str, others: str) -> tuple[str, ...]:
    listed = values(at(candidate, others)) if isinstance(candidate, dict) else ()
    return unique([text(candidate, primary, "value"), *listed])


def _detail(application: Any, stage: str | None) -> str:
    job = text(application, "job", "title")
    parts = [f"Ashby application {text(application, 'id')}"]
    parts += [f"job {job}"] if job else []
    parts += [f"stage {stage}"] if stage else []
    return ", ".join(parts)
