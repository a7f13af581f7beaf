"""The ATS and scheduling-tool webhooks, mounted by `webhooks.webhook_app`:

    POST /webhooks/greenhouse   signed with GREENHOUSE_WEBHOOK_SECRET
    POST /webhooks/lever        signed with LEVER_WEBHOOK_SIGNATURE_TOKEN (stages: LEVER_STAGES;
                                whom it is about: Lever's API with LEVER_API_KEY)
    POST /webhooks/ashby        signed with ASHBY_WEBHOOK_SECRET
    POST /webhooks/calendly     signed with CALENDLY_WEBHOOK_SIGNING_KEY
    POST /webhooks/calcom       signed with CALCOM_WEBHOOK_SECRET

A route whose secret is unset does not exist (404). Otherwise, as for the other webhooks:
the size limit before the body is read (`limits`), a request whose headers carry no
signature refused before it is read (403), then in a worker thread one `channels.outside`
reader checks the signature (NotGenuine → 403: forged, unsigned or stale, nothing recorded)
and only then reads the body (BadRequest → 400) and asks Lever's API whom its event is
about, and `inbound.outside.take_outside` applies the facts, each once by its key (a
provider's retry is answered 200 and changes nothing).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sequencer.channels.facts import Outside, WebhookRequest
from sequencer.channels.outside import ashby, calcom, calendly, greenhouse, lever
from sequencer.channels.outside.lever_api import LeverApi
from sequencer.config import reveal
from sequencer.inbound.outside import take_outside
from sequencer.web.context import WebContext

Reader = Callable[[WebhookRequest, str, datetime], list[Outside]]
PATHS = {
    "greenhouse": "/webhooks/greenhouse",
    "lever": "/webhooks/lever",
    "ashby": "/webhooks/ashby",
    "calendly": "/webhooks/calendly",
    "calcom": "/webhooks/calcom",
}


@dataclass(frozen=True)
class Posted:
    """A webhook as the `channels.outside` readers take it (`facts.WebhookRequest`)."""

    target: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]
    body: bytes = b""

    @classmethod
    def of(cls, request: Request, body: bytes = b"") -> Posted:
        query = request.scope["query_string"].decode("latin-1")
        return cls(request.url.path, parse_qs(query), request.headers, body)


@dataclass(frozen=True)
class Provider:
    path: str
    secret: str
    signed: Callable[[WebhookRequest], bool]
    read: Reader


def providers(context: WebContext) -> list[Provider]:
    """The providers whose secret is set: only they have a route."""
    outside = context.settings.outside
    api_key = reveal(outside.lever_api_key)
    api = LeverApi(api_key, outside.lever_api_base) if api_key else None
    lever_read: Reader = partial(lever.read, stages=outside.lever_stages or {}, api=api)
    candidates = [
        ("greenhouse", outside.greenhouse_secret, greenhouse.signed, greenhouse.read),
        ("lever", outside.lever_token, lever.signed, lever_read),
        ("ashby", outside.ashby_secret, ashby.signed, ashby.read),
        ("calendly", outside.calendly_key, calendly.signed, calendly.read),
        ("calcom", outside.calcom_secret, calcom.signed, calcom.read),
    ]
    return [
        Provider(PATHS[name], secret, signed, read)
        for name, key, signed, read in candidates
        if (secret := reveal(key))
    ]


def outside_routes(context: WebContext) -> list[Route]:
    return [Route(p.path, _endpoint(p, context), methods=["POST"]) for p in providers(context)]


def _endpoint(provider: Provider, context: WebContext) -> Callable[[Request], object]:
    secret_key = reveal(context.settings.web.secret_key)

    async def receive(request: Request) -> Response:
        if not provider.signed(Posted.of(request)):
            return _answer(403, "forbidden\n", "text/plain; charset=utf-8")
        posted = Posted.of(request, await request.body())

        def apply() -> list[str]:
            now = context.clock()
            facts = provider.read(posted, provider.secret, now)
            return take_outside(context.engine, facts, now, secret_key)

        said = await run_in_threadpool(apply)
        return _answer(200, json.dumps({"facts": len(said), "said": said}), "application/json")

    return receive


def _answer(status: int, body: str, media_type: str) -> Response:
    return Response(body, status, headers={"Cache-Control": "no-store"}, media_type=media_type)
