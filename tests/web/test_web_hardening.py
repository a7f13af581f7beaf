"""The daemon's webhook listener against clients that misbehave on the wire, over real sockets:
stalled, oversized before authentication, lying about their length, smuggling a second
request, or vanishing mid-body. Each gets an answer (or a closed connection) in bounded
time, the server goes on serving others, and nothing logs a traceback."""

from __future__ import annotations

import http.client
import logging
import re
import socket
import struct
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.project import Project
from helpers.sockets import read_to_close
from helpers.worlds import make_world
from test_webhooks import (
    ANA,
    ENV,
    INBOUND_TOKEN,
    SECRET,
    URLENCODED,
    Site,
    sendgrid_event,
    suppressed,
)

from sequencer.channels.forms import MAX_EVENT_BATCH_BYTES, MAX_FORM_BYTES, MAX_INBOUND_MAIL_BYTES
from sequencer.channels.sendgrid.events import SIGNATURE_HEADER, TIMESTAMP_HEADER
from sequencer.engine.links import token

QUICK = 1.0  # the deadline of these servers' requests (head and body), so the tests stay fast
# A signature present, on a form as Twilio posts it: so the body gets read (and checked).
SIGNED = {"X-Twilio-Signature": "c2lnbmF0dXJl", "Content-Type": URLENCODED}
SIGNED_LINE = ("X-Twilio-Signature: c2lnbmF0dXJl",)
ONE_CLICK = b"List-Unsubscribe=One-Click"
EVENTS, INBOUND = "/webhooks/sendgrid/events", "/webhooks/sendgrid/inbound"
STAMPED = {SIGNATURE_HEADER: "c2lnbmF0dXJl", TIMESTAMP_HEADER: "1700000000"}


def without(name: str) -> dict[str, str]:
    return {key: value for key, value in ENV.items() if key != name}


@pytest.fixture
def start(project: Project, database_url: str, tmp_path: Path) -> Iterator[Callable[..., Site]]:
    """Start Sites (see test_webhooks) whose requests have QUICK seconds, head and body."""
    engine, _, _ = make_world(project, database_url, tmp_path)
    started: list[Site] = []

    def start_site(env: dict[str, str] = ENV, with_key: bool = True) -> Site:
        started.append(Site(engine, env, with_key, deadline=QUICK))
        return started[-1]

    yield start_site
    for site in started:
        site.close()


@pytest.fixture
def site(start: Callable[..., Site]) -> Site:
    return start()


@pytest.fixture(autouse=True)
def no_tracebacks(
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """Torn down after the servers have stopped (their requests finished): nothing logged an
    error or a traceback, and nothing printed one."""
    caplog.set_level(logging.WARNING)
    yield
    assert [
        r.getMessage() for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR
    ] == []
    assert "Traceback" not in capfd.readouterr().err


# --- talking to the server ---------------------------------------------------------------------


def connect(site: Site) -> socket.socket:
    return socket.create_connection(("127.0.0.1", site.port), timeout=QUICK + 3)


def exchange(site: Site, data: bytes) -> bytes:
    with connect(site) as sock:
        sock.sendall(data)
        return read_to_close(sock)


def statuses(answer: bytes) -> list[int]:
    return [int(code) for code in re.findall(rb"HTTP/1\.1 (\d{3}) ", answer)]


def request(method: str, target: str, *fields: str, body: bytes = b"") -> bytes:
    head = "".join(f"{field}\r\n" for field in ("Host: 127.0.0.1", *fields))
    return f"{method} {target} HTTP/1.1\r\n{head}\r\n".encode("latin-1") + body


def headers_only(
    site: Site, path: str, headers: dict[str, str], length: int
) -> http.client.HTTPResponse:
    """A POST that declares `length` body bytes and sends none: an answer that depends on
    the body could only come after the request's deadline, as a 408."""
    connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=QUICK + 3)
    connection.putrequest("POST", path)
    for name, value in headers.items():
        connection.putheader(name, value)
    connection.putheader("Content-Length", str(length))
    connection.endheaders()
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


# --- 1. a client that stops sending holds its connection until the deadline, not forever -------


def test_a_body_that_stops_arriving_gets_408_while_others_are_served(site: Site) -> None:
    with connect(site) as stalled:
        inbound = f"/webhooks/sendgrid/inbound?token={INBOUND_TOKEN}"
        stalled.sendall(request("POST", inbound, "Content-Length: 100", body=b"abc"))
        began = time.monotonic()
        assert site.get("/healthz")[0] == 200  # meanwhile, on another connection
        answer = read_to_close(stalled)
    assert statuses(answer) == [408]
    assert time.monotonic() - began < QUICK + 1
    assert site.get("/healthz")[0] == 200


def test_a_body_cut_short_is_never_applied(site: Site) -> None:
    """A client that shuts its side 98 bytes short has left: the connection closes at once
    (uvicorn takes the half-close as the end), with nothing applied and nothing logged."""
    with connect(site) as sock:
        inbound = f"{INBOUND}?token={INBOUND_TOKEN}"
        sock.sendall(request("POST", inbound, "Content-Length: 100", body=b"email=x"))
        sock.shutdown(socket.SHUT_WR)
        # Closed without an answer: a server still waiting for the body would have sent
        # a 408 at the deadline, which this side (open for reading) would have read.
        assert statuses(read_to_close(sock)) == []
    assert site.get("/healthz")[0] == 200


@pytest.mark.parametrize(
    "sent",
    [
        b"POST /webhooks/twilio/sms HTTP/1.1\r\nHost: 127.0.0.1\r\n",  # the headers never end
        b"POST /webhooks/twilio/sms HTTP/1.",  # nor the request line
        request("GET", "/healthz"),  # answered, then idle on a keep-alive connection
    ],
    ids=["mid-headers", "mid-request-line", "idle"],
)
def test_a_silent_connection_is_closed_after_the_deadline(site: Site, sent: bytes) -> None:
    began = time.monotonic()
    answer = exchange(site, sent)
    assert time.monotonic() - began < QUICK + 1
    assert statuses(answer) == ([200] if sent.startswith(b"GET") else [])


# --- 2. no credentials, no body read -------------------------------------------------------------

REFUSED = {
    "inbound, no token": (INBOUND, {}, ENV),
    "inbound, wrong token": (f"{INBOUND}?token=guess", {}, ENV),
    "inbound, non-ASCII token": (f"{INBOUND}?token=%C3%A9t%C3%A9", {}, ENV),
    "inbound, none configured": (f"{INBOUND}?token=", {}, without("SEQUENCER_INBOUND_TOKEN")),
    "events, unsigned": (EVENTS, {}, ENV),
    "events, no timestamp": (EVENTS, {SIGNATURE_HEADER: "c2lnbmF0dXJl"}, ENV),
    "events, no signature": (EVENTS, {TIMESTAMP_HEADER: "1700000000"}, ENV),
    "events, no key": (EVENTS, STAMPED, ENV),  # started with_key=False below
    "sms, unsigned": ("/webhooks/twilio/sms", {}, ENV),
    "voice, unsigned": ("/webhooks/twilio/voice?ref=1-first", {}, ENV),
    "sms, no auth token": ("/webhooks/twilio/sms", SIGNED, without("TWILIO_AUTH_TOKEN")),
    "voice, no public URL": ("/webhooks/twilio/voice", SIGNED, without("SEQUENCER_PUBLIC_URL")),
    # Twilio posts urlencoded forms only; a multipart one would cost far more to parse.
    "sms, multipart": (
        "/webhooks/twilio/sms",
        SIGNED | {"Content-Type": "multipart/form-data; boundary=x"},
        ENV,
    ),
    "unsubscribe, forged": (f"/unsubscribe/{token(ANA, 'a guessed secret')}", {}, ENV),
    "unsubscribe, garbage": ("/unsubscribe/%00%ff..", {}, ENV),
    "unsubscribe, no secret": (
        f"/unsubscribe/{token(ANA, SECRET)}",
        {},
        without("SEQUENCER_SECRET_KEY"),
    ),
}
LIMITS = {EVENTS: MAX_EVENT_BATCH_BYTES, INBOUND: MAX_INBOUND_MAIL_BYTES}


@pytest.mark.parametrize("case", REFUSED)
def test_a_request_without_credentials_is_refused_before_its_body_is_read(
    start: Callable[..., Site], case: str
) -> None:
    path, headers, env = REFUSED[case]
    site = start(env, with_key=case != "events, no key")
    largest = LIMITS.get(path.partition("?")[0], MAX_FORM_BYTES)  # passes the 413 check
    response = headers_only(site, path, headers, largest)
    # No body comes: a server that waited for it would answer 408 at the deadline (the test
    # below), so a 403 was answered from the head alone.
    assert response.status == 403
    assert response.will_close  # the unread body must not become the next request
    assert suppressed(site.engine) == set()


ADMITTED = {
    "inbound": (f"{INBOUND}?token={INBOUND_TOKEN}", {}),
    "events": (EVENTS, STAMPED),
    "sms": ("/webhooks/twilio/sms", SIGNED),
    "voice": ("/webhooks/twilio/voice", SIGNED),
    "unsubscribe": (f"/unsubscribe/{token(ANA, SECRET)}", {}),
}


@pytest.mark.parametrize("case", ADMITTED)
def test_with_credentials_in_the_headers_the_body_is_awaited(site: Site, case: str) -> None:
    """The counterpart of the test above: the same kind of request, with what a genuine
    sender has, waits for its body (until the deadline, since none comes)."""
    path, headers = ADMITTED[case]
    assert headers_only(site, path, headers, 10).status == 408


def test_an_unknown_path_gets_404_without_its_body_being_read(site: Site) -> None:
    response = headers_only(site, "/webhooks/nothing", {}, MAX_FORM_BYTES)
    assert response.status == 404 and response.will_close


# --- 3. Content-Length: ASCII digits (llhttp checks them), within the route's limit ---------------


@pytest.mark.parametrize(
    "length",
    ["²", "1³", "¹0", "5" * 5000, "-1", "+5", "0x10", "1_0", "1 0", "", "3, 30"],
    ids=lambda length: repr(length[:8]),
)
def test_a_content_length_that_is_not_ascii_digits_gets_400(site: Site, length: str) -> None:
    # Header bytes are Latin-1 on the wire: b"\xb2" is "²", which str.isdigit() calls a digit.
    sent = request("POST", "/webhooks/twilio/sms", *SIGNED_LINE, "Content-Length: " + length)
    answer = exchange(site, sent + b"abc")
    assert statuses(answer) == [400]
    assert site.get("/healthz")[0] == 200


def test_a_length_of_thirteen_digits_is_too_large_before_a_byte_is_read(site: Site) -> None:
    sent = request("POST", "/webhooks/twilio/sms", *SIGNED_LINE, "Content-Length: " + "9" * 13)
    assert statuses(exchange(site, sent + b"abc")) == [413]


def test_two_different_content_lengths_get_400(site: Site) -> None:
    sent = request(
        "POST", "/webhooks/twilio/sms", *SIGNED_LINE, "Content-Length: 3", "Content-Length: 30"
    )
    assert statuses(exchange(site, sent + b"abc")) == [400]


def test_leading_zeros_within_a_dozen_digits_are_a_length(site: Site) -> None:
    fields = (f"{name}: {value}" for name, value in STAMPED.items())
    sent = request("POST", EVENTS, *fields, "Content-Length: 000000000003", "Connection: close")
    assert statuses(exchange(site, sent + b"abc")) == [403]  # read, and the signature checked


# --- 4. no chunked bodies, no bodies on GET: nothing smuggled past the framing -------------------

SMUGGLED = request("GET", "/webhooks/smuggled")


@pytest.mark.parametrize(
    "encoding",
    [
        ("Transfer-Encoding: chunked",),
        ("Transfer-Encoding: gzip, chunked",),
        ("Transfer-Encoding: identity",),
        ("Content-Length: 4", "Transfer-Encoding: chunked"),
    ],
    ids=["chunked", "gzip-chunked", "identity", "with-length"],
)
def test_a_transfer_encoding_is_refused_and_the_connection_closes(
    site: Site, encoding: tuple[str, ...]
) -> None:
    """Chunked gets 411 (send a Content-Length); the encodings llhttp cannot frame at all, 400.
    Either way nothing after the head is read: no 404 for the smuggled request."""
    chunked = b"4\r\nSTOP\r\n0\r\n\r\n" + SMUGGLED
    sent = request("POST", "/webhooks/twilio/sms", *SIGNED_LINE, *encoding, body=chunked)
    assert statuses(exchange(site, sent)) in ([411], [400])


@pytest.mark.parametrize("path", ["/healthz", "/webhooks/nothing"])
def test_a_get_with_a_body_is_answered_and_its_body_never_parsed(site: Site, path: str) -> None:
    sent = request("GET", path, f"Content-Length: {len(SMUGGLED)}", body=SMUGGLED)
    answer = exchange(site, sent)
    assert statuses(answer) == [200 if path == "/healthz" else 404]
    assert b"smuggled" not in answer


def test_pipelined_requests_without_bodies_are_all_answered(site: Site) -> None:
    sent = request("GET", "/healthz") + request("GET", "/webhooks/nothing", "Connection: close")
    assert statuses(exchange(site, sent)) == [200, 404]


# --- the rest of the wire ------------------------------------------------------------------------


def test_a_refused_expect_100_continue_gets_its_answer_instead(site: Site) -> None:
    fields = ("Expect: 100-continue", f"Content-Length: {MAX_INBOUND_MAIL_BYTES}")
    assert statuses(exchange(site, request("POST", INBOUND, *fields))) == [403]


def test_an_admitted_expect_100_continue_gets_continue_then_the_answer(site: Site) -> None:
    path = f"/unsubscribe/{token(ANA, SECRET)}"
    fields = ("Expect: 100-continue", f"Content-Length: {len(ONE_CLICK)}", "Connection: close")
    with connect(site) as sock:
        sock.sendall(request("POST", path, *fields))
        assert sock.recv(1024) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(ONE_CLICK)
        assert statuses(read_to_close(sock)) == [200]
    assert ANA in suppressed(site.engine)


def test_header_names_match_in_any_case(site: Site) -> None:
    """Proxies that speak HTTP/2 pass header names on in lower case."""
    body, headers = site.signed_events([sendgrid_event("delivered", "ev-case-1")])
    connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=5)
    connection.request(
        "POST", EVENTS, body, {name.lower(): value for name, value in headers.items()}
    )
    assert connection.getresponse().status == 200
    connection.close()


def test_a_target_that_is_not_a_url_gets_400(site: Site) -> None:
    """The parser (llhttp) refuses it, as the first hand-written server did."""
    sent = request("GET", "http://[::1/healthz", "Connection: close")
    assert statuses(exchange(site, sent)) == [400]


def test_a_client_that_resets_mid_body_leaves_no_traceback(site: Site) -> None:
    sock = connect(site)
    sock.sendall(
        request("POST", f"{INBOUND}?token={INBOUND_TOKEN}", "Content-Length: 100", body=b"ab")
    )
    time.sleep(0.05)  # the server is in the body read
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()  # with linger 0: a reset, not a clean close
    assert site.get("/healthz")[0] == 200  # no_tracebacks checks stderr after the test


def test_a_reset_between_requests_leaves_no_traceback(site: Site) -> None:
    sock = connect(site)
    sock.sendall(request("GET", "/healthz"))
    assert sock.recv(65536).startswith(b"HTTP/1.1 200")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()
    assert site.get("/healthz")[0] == 200
