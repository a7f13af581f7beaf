"""Fakes that sign like Greenhouse, Lever, Ashby, Calendly and Cal.com, each with a secret the
test generates, and write the payloads they send (as their docs show them, trimmed to what
we read). Each `signed_*` returns (path, body, headers) ready to POST.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

Posted = tuple[str, bytes, dict[str, str]]


def _hex(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


@dataclass
class Secrets:
    """One fresh secret per provider, as the environment variables the daemon reads."""

    greenhouse: str = field(default_factory=lambda: secrets.token_hex(20))
    lever: str = field(default_factory=lambda: secrets.token_hex(16))
    ashby: str = field(default_factory=lambda: secrets.token_hex(20))
    calendly: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    calcom: str = field(default_factory=lambda: secrets.token_hex(16))

    def env(self) -> dict[str, str]:
        return {
            "GREENHOUSE_WEBHOOK_SECRET": self.greenhouse,
            "LEVER_WEBHOOK_SIGNATURE_TOKEN": self.lever,
            "ASHBY_WEBHOOK_SECRET": self.ashby,
            "CALENDLY_WEBHOOK_SIGNING_KEY": self.calendly,
            "CALCOM_WEBHOOK_SECRET": self.calcom,
        }


# --- Greenhouse: `Signature: sha256 <hex>` over the body ---------------------------------------


def greenhouse_body(
    action: str, email: str, stage: str = "Phone Screen", **application: Any
) -> bytes:
    return _json(
        {
            "action": action,
            "payload": {
                "application": {
                    "id": 265277,
                    "prospect": False,
                    "status": "active",
                    "last_activity_at": "2026-11-24T15:00:00Z",
                    "current_stage": {"id": 71416, "name": stage},
                    "candidate": {
                        "id": 265772,
                        "email_addresses": [{"value": email, "type": "personal"}],
                        "phone_numbers": [{"value": "212-555-0147", "type": "mobile"}],
                    },
                    "jobs": [{"id": 3485, "name": "Staff Engineer"}],
                    **application,
                }
            },
        }
    )


def signed_greenhouse(secret: str, body: bytes, event_id: str = "gh-event-1") -> Posted:
    headers = {
        "Content-Type": "application/json",
        "Signature": f"sha256 {_hex(secret, body)}",
        "Greenhouse-Event-ID": event_id,
    }
    return "/webhooks/greenhouse", body, headers


# --- Lever: `signature` = HMAC(token + triggeredAt), in the body ---------------------------------


def signed_lever(
    secret: str, event: str, at: datetime, data: dict[str, Any], token: str = "lever-hook-1"
) -> Posted:
    triggered = int(at.timestamp() * 1000)
    signature = _hex(secret, f"{token}{triggered}".encode())
    body = {
        "event": event,
        "triggeredAt": triggered,
        "token": token,
        "signature": signature,
        "data": {"opportunityId": "opp-1", "contactId": "contact-1", **data},
    }
    return "/webhooks/lever", _json(body), {"Content-Type": "application/json"}


# --- Ashby: `Ashby-Signature: sha256=<hex>` over the body ----------------------------------------


def ashby_body(action: str, action_id: str, email: str, status: str = "Active") -> bytes:
    application = {
        "id": "app-1",
        "status": status,
        "updatedAt": "2026-11-24T15:00:00.000Z",
        "candidate": {
            "id": "cand-1",
            "name": "Ana",
            "primaryEmailAddress": {"value": email, "type": "Personal", "isPrimary": True},
            "primaryPhoneNumber": {"value": "+12125550147", "type": "Mobile", "isPrimary": True},
        },
        "currentInterviewStage": {"id": "stage-1", "title": "Technical Screen"},
        "job": {"id": "job-1", "title": "Staff Engineer"},
    }
    return _json(
        {"webhookActionId": action_id, "action": action, "data": {"application": application}}
    )


def signed_ashby(secret: str, body: bytes) -> Posted:
    headers = {
        "Content-Type": "application/json",
        "Ashby-Signature": f"sha256={_hex(secret, body)}",
    }
    return "/webhooks/ashby", body, headers


# --- Calendly: `Calendly-Webhook-Signature: t=<unix>,v1=<hex>` over "<t>." + body -------------


def calendly_body(
    event: str,
    email: str,
    token: str | None = None,
    rescheduled: bool = False,
    invitee: str = "inv-1",
) -> bytes:
    payload = {
        "uri": f"https://api.calendly.com/scheduled_events/ev-1/invitees/{invitee}",
        "email": email,
        "name": "Ana",
        "event": "https://api.calendly.com/scheduled_events/ev-1",
        "rescheduled": rescheduled,
        "text_reminder_number": None,
        "tracking": {"utm_content": token, "utm_source": None},
        "scheduled_event": {"name": "Intro call", "start_time": "2026-11-30T16:00:00.000000Z"},
    }
    return _json({"event": event, "created_at": "2026-11-24T15:00:00.000000Z", "payload": payload})


def signed_calendly(secret: str, body: bytes, at: datetime) -> Posted:
    stamp = str(int(at.timestamp()))
    signature = _hex(secret, stamp.encode() + b"." + body)
    headers = {
        "Content-Type": "application/json",
        "Calendly-Webhook-Signature": f"t={stamp},v1={signature}",
    }
    return "/webhooks/calendly", body, headers


# --- Cal.com: `X-Cal-Signature-256: <hex>` over the body ----------------------------------------


def calcom_body(trigger: str, email: str, token: str | None = None, uid: str = "bk-1") -> bytes:
    payload = {
        "uid": uid,
        "title": "Intro call between Dana and Ana",
        "startTime": "2026-11-30T16:00:00.000Z",
        "attendees": [{"email": email, "name": "Ana", "timeZone": "America/New_York"}],
        "metadata": {"sequencer": token} if token else {},
    }
    return _json(
        {"triggerEvent": trigger, "createdAt": "2026-11-24T15:00:00.000Z", "payload": payload}
    )


def signed_calcom(secret: str, body: bytes) -> Posted:
    headers = {"Content-Type": "application/json", "X-Cal-Signature-256": _hex(secret, body)}
    return "/webhooks/calcom", body, headers
