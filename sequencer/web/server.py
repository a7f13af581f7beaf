"""The daemon's HTTP server: provider webhooks, unsubscribe pages, health.

Every request from outside is hostile until proven otherwise:

    POST /webhooks/sendgrid/events    signed by SendGrid (channels.sendgrid.events), else 403
    POST /webhooks/sendgrid/inbound   ?token=SEQUENCER_INBOUND_TOKEN (sendgrid.inbound_parse)
    POST /webhooks/twilio/sms         signed by Twilio for SEQUENCER_PUBLIC_URL + path + form
    POST /webhooks/twilio/voice       the same (channels.twilio.inbound)
    GET  /unsubscribe/{token}         a confirmation page; never unsubscribes (scanners GET)
    POST /unsubscribe/{token}         RFC 8058 one-click: unsubscribes, 200
    GET  /healthz
    GET  /metrics                     Prometheus text format (metrics.py); unauthenticated,
                                      like /healthz: serve it on a private address only

A route with no secret configured accepts nothing (403). A body is read only after the
headers pass: its framing (one plain Content-Length; Transfer-Encoding gets 411), its size
(413), its route (404) and whatever the headers alone can prove (a missing signature, a
wrong inbound token or unsubscribe token: 403); "Expect: 100-continue" is answered only
then. A refused body is never read, so the connection closes after the answer, as it does
after a GET that declares a body. Every read waits at most `timeout` seconds (408
mid-body). A malformed body gets 400; nothing answers with a traceback. Standard library
only: a threaded server, small enough to read in one sitting.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import sqlalchemy as sa

from sequencer.channels.forms import (
    MAX_EVENT_BATCH_BYTES,
    MAX_FORM_BYTES,
    MAX_INBOUND_MAIL_BYTES,
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
from sequencer.config import Settings, reveal
from sequencer.engine.links import address_of
from sequencer.errors import BadRequest, NotGenuine, UnreadableMail
from sequencer.inbound import messages
from sequencer.inbound.receive import receive_event, receive_events
from sequencer.ops.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from sequencer.ops.metrics import Metrics
from sequencer.web import pages
from sequencer.web.health import Health

log = logging.getLogger(__name__)

# How long one read from a client may wait. A stalled client (headers or body never
# finished) holds a thread this long, not forever; idle keep-alive connections close too.
TIMEOUT_SECONDS = 15.0

# 12 digits is 999 GB, far past any limit here; longer is garbage (and int() refuses
# 4,300 digits and up).
MAX_LENGTH_DIGITS = 12


class Headers(Mapping[str, str]):
    """Header fields by name in any case: HTTP names are case-insensitive, and proxies that
    speak HTTP/2 pass them on in lower case. A repeated field keeps its last value."""

    def __init__(self, fields: Iterable[tuple[str, str]]) -> None:
        self._fields = {name.lower(): value for name, value in fields}

    def __getitem__(self, name: str) -> str:
        return self._fields[name.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # without the query
    target: str  # path and query, as requested
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]
    body: bytes


@dataclass(frozen=True)
class Response:
    status: int
    body: str
    content_type: str = "text/plain; charset=utf-8"


def _json(status: int, body: Mapping[str, Any]) -> Response:
    return Response(status, json.dumps(body), "application/json")


FORBIDDEN = Response(403, "forbidden\n")


class Inbox:
    """The routes, with what they need: secrets from the settings, the database, a clock."""

    def __init__(
        self,
        engine: sa.Engine,
        settings: Settings,
        health: Health,
        clock: Callable[[], datetime],
        metrics: Metrics | None = None,
    ) -> None:
        self.engine, self.health, self.clock = engine, health, clock
        self.metrics = metrics or Metrics(engine, clock)
        key = settings.sendgrid.webhook_public_key
        self.sendgrid = EventVerifier(key) if key else None  # a bad key stops the daemon
        token = reveal(settings.twilio.auth_token)
        self.twilio = TwilioVerifier(token) if token else None
        self.public_url = (settings.web.public_url or "").rstrip("/")
        self.secret = reveal(settings.web.secret_key)
        self.inbound_token = reveal(settings.web.inbound_token)

    def limit(self, method: str, path: str) -> int:
        """The largest body this route reads."""
        if path == "/webhooks/sendgrid/events":
            return MAX_EVENT_BATCH_BYTES
        if path == "/webhooks/sendgrid/inbound":
            return MAX_INBOUND_MAIL_BYTES
        return MAX_FORM_BYTES

    def screen(self, head: Request) -> Response | None:
        """The answer from the method, target and headers alone (404, 403), or None if the
        body is worth reading. The server calls this before reading a byte of it, so a
        stranger cannot make it read 30 MB only to refuse them; the routes check again,
        in full, with the body."""
        if self._route(head) is None:
            return _json(404, {"error": f"no page at {head.path}"})
        if head.path.startswith("/unsubscribe/") and self._unsubscriber(head.path) is None:
            return Response(403, pages.invalid_link(), pages.CONTENT_TYPE)
        return None if self._credentials_present(head) else FORBIDDEN

    def _credentials_present(self, head: Request) -> bool:
        """What a genuine sender always has, known from the headers and query alone."""
        if head.path == "/webhooks/sendgrid/events":
            return sendgrid_events.signed(self.sendgrid, head)
        if head.path == "/webhooks/sendgrid/inbound":
            return inbound_parse.token_matches(self.inbound_token, head)
        if head.path.startswith("/webhooks/twilio/"):
            return twilio_inbound.signed(self.twilio, self.public_url, head)
        return True

    def handle(self, request: Request) -> Response:
        refused = self.screen(request)
        if refused is not None:
            return refused
        route = self._route(request)
        assert route is not None  # screen() answers 404 otherwise
        try:
            return route(request)
        except NotGenuine:
            return FORBIDDEN
        except BadRequest as exc:
            return Response(400, f"bad request: {exc}\n")

    def _route(self, request: Request) -> Callable[[Request], Response] | None:
        if request.path.startswith("/unsubscribe/") and request.method in ("GET", "POST"):
            return self.unsubscribe
        routes: dict[tuple[str, str], Callable[[Request], Response]] = {
            ("GET", "/healthz"): lambda _: _json(200, self.health.report()),
            ("GET", "/metrics"): self.scrape,
            ("POST", "/webhooks/sendgrid/events"): self.sendgrid_events,
            ("POST", "/webhooks/sendgrid/inbound"): self.sendgrid_inbound,
            ("POST", "/webhooks/twilio/sms"): self.twilio_sms,
            ("POST", "/webhooks/twilio/voice"): self.twilio_voice,
        }
        return routes.get((request.method, request.path))

    def scrape(self, request: Request) -> Response:
        return Response(200, self.metrics.exposition(), METRICS_CONTENT_TYPE)

    # --- the providers' webhooks: channels/ checks and translates, inbound/ applies ------------

    def sendgrid_events(self, request: Request) -> Response:
        now = self.clock()
        facts = sendgrid_events.genuine_events(self.sendgrid, request, now)
        return _json(200, {"events": len(receive_events(self.engine, facts, now))})

    def sendgrid_inbound(self, request: Request) -> Response:
        mail = inbound_parse.genuine_mail(self.inbound_token, request)
        try:
            outcome = messages.receive_mail(self.engine, mail, self.clock(), self.secret)
        except UnreadableMail as exc:
            raise BadRequest(str(exc)) from exc
        return Response(200, f"{outcome}\n")

    def twilio_sms(self, request: Request) -> Response:
        fact = twilio_inbound.sms_fact(self.twilio, self.public_url, request)
        answer = messages.receive_text(self.engine, fact, self.clock())
        return Response(200, messaging_twiml(answer), TWIML_CONTENT_TYPE)

    def twilio_voice(self, request: Request) -> Response:
        fact = twilio_inbound.call_fact(self.twilio, self.public_url, request)
        receive_event(self.engine, fact, self.clock())
        return Response(200, empty_twiml(), TWIML_CONTENT_TYPE)

    # --- unsubscribe ------------------------------------------------------------------------

    def _unsubscriber(self, path: str) -> str | None:
        """The address an unsubscribe path's token names, if we made it."""
        token = path.removeprefix("/unsubscribe/")
        return address_of(token, self.secret) if self.secret else None

    def unsubscribe(self, request: Request) -> Response:
        address = self._unsubscriber(request.path)
        if address is None:
            return Response(403, pages.invalid_link(), pages.CONTENT_TYPE)
        if request.method == "GET":
            return Response(200, pages.confirm_unsubscribe(address), pages.CONTENT_TYPE)
        messages.unsubscribe(self.engine, address, self.clock())
        return Response(200, pages.unsubscribed(address), pages.CONTENT_TYPE)


ROUTES = frozenset(
    {
        "/healthz",
        "/metrics",
        "/webhooks/sendgrid/events",
        "/webhooks/sendgrid/inbound",
        "/webhooks/twilio/sms",
        "/webhooks/twilio/voice",
    }
)


def route_of(target: str) -> str:
    """The route a request target is counted under: a known path, `/unsubscribe/{token}`, or
    `other` (so a scanner's thousand paths make one series, not a thousand)."""
    try:
        path = urlsplit(target).path
    except ValueError:
        return "other"
    if path.startswith("/unsubscribe/"):
        return "/unsubscribe/{token}"
    return path if path in ROUTES else "other"


def server(
    host: str, port: int, inbox: Inbox, timeout: float = TIMEOUT_SECONDS
) -> ThreadingHTTPServer:
    """A threaded server for `inbox` on (host, port); `timeout` bounds each read from a
    client, in seconds. Call serve_forever() on it, in a thread of its own."""

    class Handler(_Handler):
        pass

    Handler.inbox, Handler.timeout = inbox, timeout
    httpd = ThreadingHTTPServer((host, port), Handler)
    httpd.daemon_threads = True
    return httpd


class _Handler(BaseHTTPRequestHandler):
    """One connection, one request after another: the framing and the early refusals here,
    the routes in Inbox. Anything not GET or POST gets the base class's 501."""

    protocol_version = "HTTP/1.1"
    # The head and the body of an answer go out as two writes; with Nagle's algorithm the
    # body waits for the client's delayed ACK of the head: 40 ms per request on a
    # keep-alive connection (SendGrid's and Twilio's are).
    disable_nagle_algorithm = True
    inbox: Inbox  # set per server, by server()

    def handle(self) -> None:
        try:
            super().handle()
        except OSError:  # reset or gone, between requests or mid-answer: no one to tell
            log.debug("a connection from %s broke off", self.client_address[0])
        except Exception:  # a bug; the base class would print it to stderr and carry on
            log.exception("a connection from %s failed", self.client_address[0])

    def handle_expect_100(self) -> bool:
        # "100 Continue" waits until the headers pass (_admit): a refused client gets its
        # final answer instead, and never sends the body.
        return True

    def do_GET(self) -> None:
        self._answer(self._respond("GET"))

    def do_POST(self) -> None:
        self._answer(self._respond("POST"))

    def _respond(self, method: str) -> Response:
        admitted = self._admit(method)
        if isinstance(admitted, Response):
            # Whatever body came is unread: close, or it would be parsed as the next request.
            self.close_connection = True
            return admitted
        head, length = admitted
        if method == "GET":  # a GET's body means nothing here: never read it, then close
            self.close_connection = self.close_connection or length > 0
            return self._handled(head)
        body = self._read_body(length)
        if isinstance(body, Response):
            self.close_connection = True
            return body
        return self._handled(replace(head, body=body))

    def _admit(self, method: str) -> tuple[Request, int] | Response:
        """The request without its body and the body's length, or the answer that refuses
        it from the request line and headers alone."""
        length = _body_length(method, self.headers)
        if isinstance(length, Response):
            return length
        try:
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
        except ValueError:
            return Response(400, "the request target is not a URL\n")
        head = Request(method, parts.path, self.path, query, Headers(self.headers.items()), b"")
        limit = self.inbox.limit(method, parts.path)
        if method == "POST" and length > limit:
            return Response(413, f"the body is larger than {limit} bytes\n")
        refused = self.inbox.screen(head)
        if refused is None and length and self._expects_continue():
            self.send_response_only(100)
            self.end_headers()
        return (head, length) if refused is None else refused

    def _expects_continue(self) -> bool:
        expect = self.headers.get("Expect", "")
        return expect.lower() == "100-continue" and self.request_version >= "HTTP/1.1"

    def _read_body(self, length: int) -> bytes | Response:
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            return Response(408, f"no body bytes arrived for {self.timeout} seconds\n")
        if len(body) < length:  # the client shut its side early
            return Response(400, "the body ended before its Content-Length\n")
        return body

    def _handled(self, request: Request) -> Response:
        try:
            return self.inbox.handle(request)
        except Exception:  # a bug or the database: 500 so providers retry; no traceback
            log.exception("%s %s failed", request.method, request.path)
            return Response(500, "internal error: try again later\n")

    def _answer(self, response: Response) -> None:
        self.inbox.metrics.request(route_of(self.path), response.status)
        data = response.body.encode()
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # no request lines on stderr: the daemon logs what matters itself


def _body_length(method: str, fields: Message) -> int | Response:
    """The body's length from its one plain Content-Length, or the answer that refuses a
    request whose end cannot be known for sure. A GET without one has none."""
    if fields.get_all("Transfer-Encoding"):
        # Chunked bodies are not supported here; and a proxy that disagrees with us on where
        # the body ends could smuggle a second request inside it.
        return Response(411, "send the body with a Content-Length, not a Transfer-Encoding\n")
    values = fields.get_all("Content-Length") or []
    if len(values) > 1:
        return Response(400, "more than one Content-Length\n")
    if not values:
        return 0 if method == "GET" else Response(411, "a Content-Length is required\n")
    text = values[0].strip(" \t")
    # isdigit() alone takes "²" and other Unicode digits, which int() then refuses.
    if not (text.isascii() and text.isdigit()) or len(text) > MAX_LENGTH_DIGITS:
        return Response(400, "the Content-Length is not a number of bytes\n")
    return int(text)
