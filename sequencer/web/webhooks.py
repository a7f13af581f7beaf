"""`webhook_app(context)`: what the providers and the people we write to reach from outside.

Every request from outside is hostile until proven otherwise:

    POST /webhooks/sendgrid/events    signed by SendGrid (channels.sendgrid.events), else 403
    POST /webhooks/sendgrid/inbound   ?token=SEQUENCER_INBOUND_TOKEN (sendgrid.inbound_parse)
    POST /webhooks/twilio/sms         signed by Twilio for SEQUENCER_PUBLIC_URL + path + form
    POST /webhooks/twilio/voice       the same (channels.twilio.inbound)
    POST /webhooks/greenhouse|lever|ashby|calendly|calcom   signed by each (web.outside);
                                      a route whose secret is unset does not exist
    GET  /unsubscribe/{token}         a confirmation page; never unsubscribes (scanners GET)
    POST /unsubscribe/{token}         RFC 8058 one-click: unsubscribes, 200
    GET  /healthz                     200, or 503 when the database does not answer
    GET  /metrics                     Prometheus text format (ops.metrics); unauthenticated,
                                      like /healthz: serve it on a private address only

Cheap checks come first, each before the body is read: the size (`limits`: 413), the route
(404, or 405 with Allow), then whatever the headers and query alone can prove (a missing
signature, a wrong token, a Twilio post that is no urlencoded form: 403). A route with no
secret configured accepts nothing. Only then is the body read, checked in full by one
`channels/` function (NotGenuine → 403, BadRequest → 400) and applied by one `inbound/`
call, both in a worker thread so the event loop never waits on the database. An inbound
text's small form is the exception: checked and read (keywords, the reply's reading: CPU,
no database) on the loop, which costs less than two hops between threads; it is applied by
`inbound.grouped.TextWriter` with the other texts waiting, in one transaction, and answered
once that has committed. This listener never serves the recruiters' pages (`web.dashboard`).

The reply reader (`inbound.intent`: its rule modules and models, ~3 s of CPU to load) is not
loaded by `webhook_app`: the daemon serves and sends without it and loads it in the background
(`web.reader`), in each listener process once it has forked. A reply that comes sooner is read
as well, only later: it waits, off the loop, for that load (`reader_ready`), or without one (no
daemon) is read in a worker thread, which loads the reader.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sequencer.channels.facts import SendEvent, TextIn
from sequencer.channels.forms import (
    MAX_EVENT_BATCH_BYTES,
    MAX_FORM_BYTES,
    MAX_INBOUND_MAIL_BYTES,
    URLENCODED,
)
from sequencer.channels.sendgrid import events as sendgrid_events
from sequencer.channels.sendgrid import inbound_parse
from sequencer.channels.sendgrid.events import EventVerifier
from sequencer.channels.twilio import inbound as twilio_inbound
from sequencer.channels.twilio.signature import (
    TWIML_CONTENT_TYPE,
    TwilioVerifier,
    empty_twiml,
    messaging_twiml,
)
from sequencer.config import reveal
from sequencer.engine.links import address_of
from sequencer.errors import BadRequest, DatabaseError, NotGenuine, UnreadableMail
from sequencer.inbound import messages
from sequencer.inbound.grouped import TextWriter
from sequencer.inbound.receive import receive_event, receive_events
from sequencer.inbound.texts import read_text
from sequencer.ops.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from sequencer.ops.metrics import Metrics
from sequencer.web import pages
from sequencer.web.context import WebContext
from sequencer.web.health import DatabaseProbe, Health
from sequencer.web.limits import Limits
from sequencer.web.outside import PATHS as OUTSIDE_PATHS
from sequencer.web.outside import outside_routes
from sequencer.web.reader import reader_ready

log = logging.getLogger(__name__)

EVENTS, INBOUND = "/webhooks/sendgrid/events", "/webhooks/sendgrid/inbound"
SMS, VOICE = "/webhooks/twilio/sms", "/webhooks/twilio/voice"
UNSUBSCRIBE = "/unsubscribe/{token}"
ROUTES = frozenset({"/healthz", "/metrics", EVENTS, INBOUND, SMS, VOICE, *OUTSIDE_PATHS.values()})
LIMITS = {EVENTS: MAX_EVENT_BATCH_BYTES, INBOUND: MAX_INBOUND_MAIL_BYTES}
# Twilio's form for a text of 1,600 characters, each percent-encoded, is under this.
READ_ON_LOOP_BYTES = 32 * 1024


def limit(path: str) -> int:
    """The largest body a path reads: Twilio's forms and unsubscribe posts are small."""
    return LIMITS.get(path, MAX_FORM_BYTES)


@dataclass(frozen=True)
class Hook:
    """A webhook as it reached us, as `channels/` reads it (`facts.WebhookRequest`)."""

    target: str  # path and query, exactly as requested (Twilio signs it)
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]
    body: bytes = b""

    @classmethod
    def of(cls, request: Request, body: bytes = b"") -> Hook:
        raw_query = request.scope["query_string"].decode("latin-1")
        target = request.scope["raw_path"].decode("latin-1")
        query = parse_qs(raw_query)
        return cls(target + "?" + raw_query if raw_query else target, query, request.headers, body)


def text(status: int, body: str, content_type: str = "text/plain; charset=utf-8") -> Response:
    return Response(body, status, headers={"Cache-Control": "no-store"}, media_type=content_type)


FORBIDDEN = text(403, "forbidden\n")


class Webhooks:
    """The routes, with what they need: secrets from the settings, the database, a clock."""

    def __init__(self, context: WebContext) -> None:
        settings = context.settings
        self.engine, self.clock = context.engine, context.clock
        self.health = context.health or Health(started_at=context.clock())
        self.database = DatabaseProbe(context.engine)
        key = settings.sendgrid.webhook_public_key
        self.sendgrid = EventVerifier(key) if key else None  # a bad key stops the start
        token = reveal(settings.twilio.auth_token)
        self.twilio = TwilioVerifier(token) if token else None
        self.public_url = (settings.web.public_url or "").rstrip("/")
        self.secret = reveal(settings.web.secret_key)
        self.inbound_token = reveal(settings.web.inbound_token)
        self.texts = TextWriter(context.engine, self.secret)
        self.wait_seconds = settings.database_wait_seconds

    async def healthz(self, request: Request) -> Response:
        up = await run_in_threadpool(self.database.up)
        status = {"status": "ok" if up else "database down", "database": "up" if up else "down"}
        body = json.dumps(status | self.health.report())
        return text(200 if up else 503, body, "application/json")

    # --- the providers' webhooks: channels/ checks and translates, inbound/ applies ------------

    async def sendgrid_events(self, request: Request) -> Response:
        if not sendgrid_events.signed(self.sendgrid, Hook.of(request)):
            return FORBIDDEN
        hook = Hook.of(request, await request.body())

        def apply() -> int:
            now = self.clock()
            facts = sendgrid_events.genuine_events(self.sendgrid, hook, now)
            return len(receive_events(self.engine, facts, now, self.secret))

        count = await run_in_threadpool(apply)
        return text(200, json.dumps({"events": count}), "application/json")

    async def sendgrid_inbound(self, request: Request) -> Response:
        if not inbound_parse.token_matches(self.inbound_token, Hook.of(request)):
            return FORBIDDEN
        hook = Hook.of(request, await request.body())
        await reader_ready()  # a load under way: waited for here, not loaded twice

        def apply() -> str:
            mail = inbound_parse.genuine_mail(self.inbound_token, hook)
            try:
                return messages.receive_mail(self.engine, mail, self.clock(), self.secret)
            except UnreadableMail as exc:
                raise BadRequest(str(exc)) from exc

        return text(200, f"{await run_in_threadpool(apply)}\n")

    async def twilio_sms(self, request: Request) -> Response:
        hook = await self._twilio_form(request)
        if hook is None:
            return FORBIDDEN

        def check() -> TextIn | SendEvent | None:
            return twilio_inbound.sms_fact(self.twilio, self.public_url, hook)

        # A text's form is small: checking and reading it here, on the loop, costs less than
        # the hand-off to a worker thread and back (CPU either way, no database). A larger
        # form is checked in a worker thread, so a forged megabyte never holds the loop.
        fact = check() if len(hook.body) <= READ_ON_LOOP_BYTES else await run_in_threadpool(check)
        if not isinstance(fact, TextIn):  # what Twilio says of our text
            await run_in_threadpool(
                messages.receive_text, self.engine, fact, self.clock(), self.secret
            )
            return text(200, messaging_twiml(None), TWIML_CONTENT_TYPE)
        if await reader_ready():
            read = read_text(fact, self.clock())
        else:  # never read on the loop before the reader has loaded: it takes seconds
            read = await run_in_threadpool(read_text, fact, self.clock())
        # Applied with the other texts waiting, in one transaction (`inbound.grouped`); the
        # answer comes once that has committed.
        try:
            # No longer than the database itself is waited for: a writer held back that long
            # (another process's, frozen with the turn) gets Twilio to retry later, as a
            # locked database would; the text is still written once the turn comes.
            answer = await asyncio.wait_for(
                asyncio.wrap_future(self.texts.submit(read)), self.wait_seconds
            )
        except TimeoutError:
            log.error("POST %s: the text writer waited over %s s", SMS, self.wait_seconds)
            return text(500, "internal error: try again later\n")
        return text(200, messaging_twiml(answer), TWIML_CONTENT_TYPE)

    async def twilio_voice(self, request: Request) -> Response:
        hook = await self._twilio_form(request)
        if hook is None:
            return FORBIDDEN

        def apply() -> None:
            fact = twilio_inbound.call_fact(self.twilio, self.public_url, hook)
            receive_event(self.engine, fact, self.clock(), self.secret)

        await run_in_threadpool(apply)
        return text(200, empty_twiml(), TWIML_CONTENT_TYPE)

    async def _twilio_form(self, request: Request) -> Hook | None:
        """The request with its body, if its headers could be Twilio's: signed, and a form
        Twilio posts (urlencoded, never multipart, whose parsing costs far more)."""
        if not twilio_inbound.signed(self.twilio, self.public_url, Hook.of(request)):
            return None
        media_type = request.headers.get("content-type", "").partition(";")[0]
        if media_type.strip().lower() != URLENCODED:
            return None
        return Hook.of(request, await request.body())

    # --- unsubscribe ------------------------------------------------------------------------

    async def unsubscribe(self, request: Request) -> Response:
        token = request.path_params["token"]
        address = address_of(token, self.secret) if self.secret else None
        if address is None:
            return text(403, pages.invalid_link(), pages.CONTENT_TYPE)
        if request.method == "GET":
            return text(200, pages.confirm_unsubscribe(address), pages.CONTENT_TYPE)
        await request.body()  # "List-Unsubscribe=One-Click", or a browser's empty form
        await run_in_threadpool(
            messages.unsubscribe, self.engine, address, self.clock(), self.secret
        )
        return text(200, pages.unsubscribed(address), pages.CONTENT_TYPE)


def webhook_app(context: WebContext) -> Starlette:
    """The listener the providers reach: webhooks, unsubscribe, health and metrics. The reply
    reader loads at the first reply, or sooner (`web.reader`)."""
    hooks = Webhooks(context)
    metrics = context.metrics or Metrics(context.engine, context.clock)

    async def scrape(request: Request) -> Response:
        return text(200, await run_in_threadpool(metrics.exposition), METRICS_CONTENT_TYPE)

    routes = [
        Route("/healthz", hooks.healthz, methods=["GET"]),
        Route("/metrics", scrape, methods=["GET"]),
        Route(EVENTS, hooks.sendgrid_events, methods=["POST"]),
        Route(INBOUND, hooks.sendgrid_inbound, methods=["POST"]),
        Route(SMS, hooks.twilio_sms, methods=["POST"]),
        Route(VOICE, hooks.twilio_voice, methods=["POST"]),
        Route(UNSUBSCRIBE, hooks.unsubscribe, methods=["GET", "POST"]),
        *outside_routes(context),  # Greenhouse, Lever, Ashby, Calendly, Cal.com (web.outside)
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(Counted, metrics=metrics), Middleware(Limits, limit=limit)],
        exception_handlers={
            HTTPException: http_error,
            NotGenuine: forbidden,
            BadRequest: bad_request,
            DatabaseError: database_error,
            sa.exc.SQLAlchemyError: database_error,
        },
    )
    app.state.context = context
    return app


# The handlers are coroutines: Starlette runs a plain function's on a worker thread, a hop
# that a forged request (403) should not cost.
async def forbidden(_request: Request, _exc: Exception) -> Response:
    return FORBIDDEN


async def bad_request(_request: Request, exc: Exception) -> Response:
    return text(400, f"bad request: {exc}\n")


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        body = json.dumps({"error": f"no page at {request.url.path}"})
        return text(404, body, "application/json")
    answer = text(exc.status_code, exc.detail if exc.detail.endswith("\n") else exc.detail + "\n")
    answer.headers.update(exc.headers or {})
    return answer


async def database_error(request: Request, exc: Exception) -> Response:
    # 500, so the provider retries later. One log line: a DatabaseError's message masks the
    # password; SQLAlchemy's may quote a statement and its parameters (addresses), so only its kind.
    reason = exc if isinstance(exc, DatabaseError) else type(exc).__name__
    log.error("%s %s failed: %s", request.method, route_of(request.url.path), reason)
    return text(500, "internal error: try again later\n")


class Counted:
    """Counts each answer in sequencer_http_requests_total, by route and status code."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def counting(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.metrics.request(route_of(scope["path"]), message["status"])
            await send(message)

        await self.app(scope, receive, counting)


def route_of(path: str) -> str:
    """The route a request is counted under: a known path, `/unsubscribe/{token}`, or `other`
    (so a scanner's thousand paths make one series, not a thousand)."""
    if path.startswith("/unsubscribe/"):
        return UNSUBSCRIBE
    return path if path in ROUTES else "other"
