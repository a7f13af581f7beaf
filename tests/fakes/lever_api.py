"""A fake of Lever's API on loopback: the opportunities a test adds, behind Lever's auth.

    from fakes.lever_api import FakeLever, Reply

    with FakeLever() as lever:                      # or the `fake_lever` fixture below
        lever.add_opportunity("opp-1", emails=["ana@example.com"], phones=["+1 212 555 0147"])
        LeverApi(lever.api_key, lever.base).contact("opp-1")
        lever.requests[-1].basic_auth                # (key, "") : every request is recorded
        lever.script(Reply.stall())                  # the next answer waits for release()

What it serves, as hire.lever.co/developer/documentation shows it:
- `GET /v1/opportunities/{id}`: 200 `{"data": {opportunity}}` with `emails` (a list of
  text) and `phones` (a list of `{"type", "value"}`), or 404 for an id it does not hold.
Every request needs HTTP Basic auth with the API key as user name and an empty password
(401 otherwise). Unknown paths answer 404. Errors are `{"code", "message"}`, as Lever's.

Scripting, as for the other fakes: `script(*replies)` answers the next requests instead of
the routes (each still recorded); `Reply.stall()` holds the normal answer until `release()`
or `stop()` (past any client timeout, without sleeping); `Reply.drop_connection()` closes
the connection without an answer.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

import pytest

from fakes.loopback import LoopbackFake, LoopbackReply, LoopbackRequest

POLL_SECONDS = 0.01
OPPORTUNITY = re.compile(r"/v1/opportunities/(?P<id>[^/]+)")


@dataclass(frozen=True)
class Reply(LoopbackReply):
    """One answer, or a fault standing in for one; `status == 0`: what the route would say."""

    stalled: bool = False
    dropped: bool = False

    @classmethod
    def error(cls, status: int, code: str, message: str) -> Reply:
        return cls.json(status, {"code": code, "message": message})

    @classmethod
    def stall(cls) -> Reply:
        return cls(0, stalled=True)

    @classmethod
    def drop_connection(cls) -> Reply:
        return cls(0, dropped=True)

    @property
    def held(self) -> bool:
        return self.stalled


@dataclass
class RecordedRequest(LoopbackRequest[Reply]):
    @property
    def basic_auth(self) -> tuple[str, str] | None:
        scheme, _, encoded = (self.headers.get("Authorization") or "").partition(" ")
        if scheme != "Basic":
            return None
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return user, password


class FakeLever(LoopbackFake[RecordedRequest, Reply]):
    """Lever's API for one account; `base` is the value for LEVER_API_BASE."""

    def __init__(self, api_key: str = "fake-lever-api-key") -> None:
        super().__init__(RecordedRequest, POLL_SECONDS)
        self.api_key = api_key
        self.opportunities: dict[str, dict[str, Any]] = {}

    @property
    def base(self) -> str:
        return f"{self.url}/v1"

    def add_opportunity(
        self, opportunity_id: str, emails: Sequence[str] = (), phones: Sequence[str] = ()
    ) -> None:
        self.opportunities[opportunity_id] = {
            "id": opportunity_id,
            "name": "A candidate",
            "contact": f"contact-of-{opportunity_id}",
            "emails": list(emails),
            "phones": [{"type": "mobile", "value": phone} for phone in phones],
            "stage": "lead-new",
            "archived": None,
        }

    def _choose_reply(self, request: RecordedRequest) -> Reply:
        scripted = self._record(request)
        if scripted is not None and (scripted.status != 0 or scripted.dropped):
            return scripted
        answer = self._answer(request)
        return replace(answer, stalled=True) if scripted is not None else answer

    def _answer(self, request: RecordedRequest) -> Reply:
        if request.basic_auth != (self.api_key, ""):
            return Reply.error(401, "UnauthorizedError", "Invalid API key")
        found = OPPORTUNITY.fullmatch(request.path)
        if request.method != "GET" or found is None:
            return Reply.error(404, "ResourceNotFound", "Not found")
        opportunity = self.opportunities.get(found["id"])
        if opportunity is None:
            return Reply.error(404, "ResourceNotFound", "Opportunity not found")
        return Reply.json(200, {"data": opportunity})


@pytest.fixture
def fake_lever() -> Iterator[FakeLever]:
    with FakeLever() as lever:
        yield lever
