"""Lever's webhooks (hire.lever.co/developer/documentation, "Webhooks").

Lever signs in the body, not in a header: `signature` is the hex HMAC-SHA256 of `token` +
`triggeredAt` (the webhook's token and the event's time in milliseconds, as written in the
body, no separator) under the webhook's signature token. The signature covers neither the
event nor its data, so the stamp is what limits a captured one: refused once `triggeredAt`
is more than MAX_AGE old, and within that hour the event's key (`token` + `triggeredAt`) is
the signature's own, so a second body under one signature is a duplicate, never a new event.

Lever shows a signature token per event type: LEVER_WEBHOOK_SIGNATURE_TOKEN may list several,
comma-separated, and a signature made with any of them is taken.

Lever names stages and archive reasons by id. `LEVER_STAGES` ("<id>=<meaning>,...") says
what they mean: a meaning of `applied`, `rejected` or `hired` is that happening, anything
else is a stage's name (for a sequence's `exit_on` rules); an unmapped id stays an id.

    event                   fact
    applicationCreated      applied
    candidateStageChange    stage changed to `toStageId`'s meaning (or what it says)
    candidateArchiveChange  archived: rejected (hired when its reason means `hired`);
                            unarchived: nothing
    candidateHired          hired
    anything else           nothing

Lever's webhooks carry ids only (opportunity, contact), never an email or a phone. With
LEVER_API_KEY set (`api`), the opportunity is fetched from Lever's API once the signature is
verified (`lever_api`), and the fact names the person by its emails and phones. Without it,
or when the lookup fails, the fact names nobody: it is listed as unmatched with the ids in
its detail (and why the lookup failed), for the recruiter to find in Lever.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sequencer.channels.facts import Happening, Outside, WebhookRequest
from sequencer.channels.outside.lever_api import LeverApi, LookupFailed
from sequencer.channels.outside.signing import (
    at,
    check,
    fresh,
    hmac_hex,
    json_object,
    same_digest,
    short,
    text,
    unix,
)
from sequencer.errors import BadRequest, NotGenuine

CHANNEL = "lever"
# Lever does not say how long it retries a failed delivery; a retry older than this is
# refused (and the event is then seen in Lever only). Short, because the signature does not
# cover the body.
MAX_AGE = timedelta(hours=1)

_MEANINGS = {happening.value: happening for happening in Happening}
_DIRECT = {"applicationCreated": Happening.APPLIED, "candidateHired": Happening.HIRED}
log = logging.getLogger(__name__)


def signed(request: WebhookRequest) -> bool:
    return True  # the signature is in the body: nothing to see before it is read


def read(
    request: WebhookRequest,
    secret: str,
    now: datetime,
    stages: Mapping[str, str] | None = None,
    api: LeverApi | None = None,
) -> list[Outside]:
    """What a webhook Lever signed says; `stages` is LEVER_STAGES, `api` (LEVER_API_KEY) asks
    Lever whom it is about. NotGenuine unless signed with `secret` (or one of its
    comma-separated tokens) and at most MAX_AGE old; BadRequest for a body that is not
    Lever's event."""
    event = _signed_event(request, secret, now)
    happening, stage = _happening(event, stages or {})
    if happening is None:
        return []
    token, triggered = text(event, "token"), _stamp(event)
    fact = Outside(
        key=f"{token}:{triggered}",
        channel=CHANNEL,
        occurred_at=unix(int(triggered) / 1000),
        detail=short(_detail(event, event.get("data"))),
        happening=happening,
        stage=stage,
    )
    return [_named(fact, text(event, "data", "opportunityId"), api)]


def _named(fact: Outside, opportunity_id: str | None, api: LeverApi | None) -> Outside:
    """The fact with the emails and phones of its opportunity, as Lever's API gives them; as
    it was, with why in its detail, when the API cannot say."""
    if api is None:
        return fact
    if opportunity_id is None:
        return replace(fact, detail=short(f"{fact.detail}; no opportunity to look up in Lever"))
    try:
        contact = api.contact(opportunity_id)
    except LookupFailed as failed:
        log.warning("Lever lookup of opportunity %s failed: %s", opportunity_id, failed)
        return replace(fact, detail=short(f"{fact.detail}; Lever lookup failed: {failed}"))
    return replace(fact, emails=contact.emails, phones=contact.phones)


def _signed_event(request: WebhookRequest, secret: str, now: datetime) -> dict[str, Any]:
    try:  # nothing can be verified in a body that is not Lever's JSON: it is unsigned
        event = json_object(request.body, "Lever webhook")
    except BadRequest:
        raise NotGenuine("the request carries no Lever signature") from None
    token, triggered = text(event, "token"), _stamp(event)
    signature = text(event, "signature")
    signed = f"{token}{triggered}".encode()
    tokens = [one.strip() for one in secret.split(",") if one.strip()]  # Lever: one per event
    genuine = bool(token and triggered) and any(
        same_digest(hmac_hex(one, signed), signature) for one in tokens
    )
    check(genuine, "Lever")
    when = unix(int(triggered) / 1000)
    if when is None or not fresh(when, now, MAX_AGE):
        raise NotGenuine("the Lever signature is too old (or from the future)")
    return event


def _stamp(event: Mapping[str, Any]) -> str:
    """`triggeredAt` as Lever wrote it: whole milliseconds."""
    value = event.get("triggeredAt")
    if isinstance(value, bool) or not isinstance(value, int | str):
        return ""
    stamp = str(value).strip()
    return stamp if stamp.isascii() and stamp.isdigit() and len(stamp) <= 15 else ""


def _happening(
    event: Mapping[str, Any], stages: Mapping[str, str]
) -> tuple[Happening | None, str | None]:
    name = str(event.get("event"))
    if name in _DIRECT:
        return _DIRECT[name], None
    if name == "candidateStageChange":
        return _meaning(_need(event, "toStageId"), stages)
    if name == "candidateArchiveChange":
        archived = at(event, "data", "toArchived")
        if not isinstance(archived, Mapping):
            return None, None  # unarchived: a sequence has nothing to do
        hired = _meaning(text(archived, "reason") or "", stages)[0] is Happening.HIRED
        return (Happening.HIRED if hired else Happening.REJECTED), None
    return None, None


def _meaning(stage_id: str, stages: Mapping[str, str]) -> tuple[Happening, str]:
    meaning = stages.get(stage_id, stage_id)
    happening = _MEANINGS.get(meaning.strip().lower())
    if happening in (Happening.APPLIED, Happening.REJECTED, Happening.HIRED):
        return happening, meaning
    return Happening.STAGE_CHANGED, meaning


def _need(event: Mapping[str, Any], field: str) -> str:
    found = text(event, "data", field)
    if found is None:
        raise BadRequest(f"the Lever {event.get('event')} event has no data.{field}")
    return found


def _detail(event: Mapping[str, Any], data: Any) -> str:
    ids = [
        f"{label} {text(data, field)}"
        for label, field in (("opportunity", "opportunityId"), ("contact", "contactId"))
        if text(data, field)
    ]
    return ", ".join([f"Lever {event.get('event')}", *ids])
