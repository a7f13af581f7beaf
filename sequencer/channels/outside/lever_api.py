"""Who a Lever event is about, asked of Lever's API (hire.lever.co/developer/documentation,
"Retrieve a single opportunity").

Lever's webhooks carry ids only, never an email or a phone, so with LEVER_API_KEY set the
webhook's opportunity is fetched, after its signature is verified:

    GET {LEVER_API_BASE}/opportunities/{opportunityId}
    Authorization: Basic base64("<API key>:")       the key as user name, no password
    200 {"data": {"emails": ["..."], "phones": [{"type": "mobile", "value": "..."}], ...}}

The key needs the `opportunities:read:admin` scope. Lever answers within a few seconds or
not at all for us: past TIMEOUT_SECONDS the lookup has failed. A failure is a `LookupFailed`
whose words say why, for the recruiter (the fact stays unmatched, with them) and for the
log; they name no person. Redirects are not followed, so the key goes to LEVER_API_BASE only.
"""

from __future__ import annotations

import base64
import http.client
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sequencer.channels.outside.signing import at, unique, values
from sequencer.errors import SequencerError

DEFAULT_BASE = "https://api.lever.co/v1"  # Lever's EU accounts: https://api.eu.lever.co/v1
TIMEOUT_SECONDS = 5.0
_READ_LIMIT = 1_000_000  # an opportunity is a few kilobytes
_REFUSED = {
    401: "Lever refused the API key (HTTP 401): check LEVER_API_KEY",
    403: "the API key may not read opportunities (HTTP 403): give it opportunities:read:admin",
    404: "Lever has no such opportunity (HTTP 404)",
    429: "Lever asked us to slow down (HTTP 429)",
}


class LookupFailed(SequencerError):
    """Lever did not say who an opportunity is; the message says why (no personal data)."""


@dataclass(frozen=True)
class Contact:
    """How an opportunity's person is reached, as Lever wrote it."""

    emails: tuple[str, ...]
    phones: tuple[str, ...]


@dataclass(frozen=True)
class LeverApi:
    """Lever's API with one account's key; `base` is LEVER_API_BASE (None: Lever's)."""

    key: str
    base: str | None = None
    timeout: float = TIMEOUT_SECONDS

    def contact(self, opportunity_id: str) -> Contact:
        """The emails and phones of the opportunity; LookupFailed when Lever does not say."""
        base = (self.base or DEFAULT_BASE).rstrip("/")
        request = urllib.request.Request(
            f"{base}/opportunities/{quote(opportunity_id, safe='')}",
            headers={"Authorization": _basic(self.key), "Accept": "application/json"},
        )
        return _contact(_fetch(request, self.timeout))


def _basic(key: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:".encode()).decode("ascii")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the 3xx is then an HTTPError: the key is never sent elsewhere


_OPENER = urllib.request.build_opener(_NoRedirect)


def _fetch(request: urllib.request.Request, timeout: float) -> Any:
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            body = response.read(_READ_LIMIT)
    except urllib.error.HTTPError as error:
        error.close()
        default = f"Lever answered HTTP {error.code}"
        raise LookupFailed(_REFUSED.get(error.code, default)) from None
    except urllib.error.URLError as error:
        raise LookupFailed(_unreachable(error.reason, timeout)) from None
    except (OSError, http.client.HTTPException) as error:
        raise LookupFailed(_unreachable(error, timeout)) from None
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise LookupFailed("Lever's answer was not JSON") from None


def _unreachable(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"Lever did not answer within {timeout:g} seconds"
    return f"Lever could not be reached ({type(reason).__name__}: {reason})"


def _contact(answer: Any) -> Contact:
    opportunity = at(answer, "data")
    if not isinstance(opportunity, dict):
        raise LookupFailed("Lever's answer held no opportunity")
    emails = opportunity.get("emails")
    found = (e.strip() for e in emails if isinstance(e, str)) if isinstance(emails, list) else ()
    return Contact(unique(found), values(opportunity.get("phones")))
