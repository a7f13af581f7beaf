"""The probes that beat the old hand-written server, against the uvicorn listener on loopback:
a burst of connections, clients that trickle their bytes, wrong methods, version headers, a
database that is down, a slow database under the event loop, and the two listeners apart."""

from __future__ import annotations

import http.client
import json
import logging
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers.project import Project
from helpers.worlds import make_world
from test_webhooks import ENV, NOW, Site, inbound_text

from sequencer.config import load_settings
from sequencer.errors import SequencerError
from sequencer.store.database import engine_for
from sequencer.web import serve
from sequencer.web.context import WebContext
from sequencer.web.webhooks import webhook_app

DEADLINE = 1.0


@pytest.fixture
def site(project: Project, database_url: str, tmp_path: Path) -> Iterator[Site]:
    engine, _, _ = make_world(project, database_url, tmp_path)
    running = Site(engine, ENV, deadline=DEADLINE)
    yield running
    running.close()


def answer_to(site: Site, data: bytes, wait: float = 10) -> bytes:
    with socket.create_connection(("127.0.0.1", site.port), timeout=wait) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except ConnectionResetError:
            pass
        return b"".join(chunks)


# --- a burst: the listen queue holds it ----------------------------------------------------------


def test_200_simultaneous_health_checks_are_all_answered(site: Site) -> None:
    """The old server's listen queue of 5 left 7-83 of these unanswered after 30 s."""
    start = threading.Barrier(200)

    def check(_: int) -> bytes:
        start.wait()
        return answer_to(site, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")

    with ThreadPoolExecutor(200) as pool:
        answers = list(pool.map(check, range(200)))
    assert [answer.split(b"\r\n", 1)[0] for answer in answers] == [b"HTTP/1.1 200 OK"] * 200


# --- one deadline for head and body, however the client spaces its bytes -------------------------


def trickle(site: Site, head: bytes, then: bytes, every: float = 0.1) -> tuple[float, bytes]:
    """Send `head`, then `then` a byte at a time, `every` seconds apart, until the server
    answers or closes; how long that took, and what it said."""
    with socket.create_connection(("127.0.0.1", site.port), timeout=10) as sock:
        sock.sendall(head)
        began, answer = time.monotonic(), b""
        sock.settimeout(every)
        for byte in then:
            try:
                sock.sendall(bytes([byte]))
                if chunk := sock.recv(65536):
                    answer += chunk
                else:
                    break  # closed
            except TimeoutError:
                continue  # nothing yet: the next byte
            except (BrokenPipeError, ConnectionResetError):
                break
        sock.settimeout(5)
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except (TimeoutError, ConnectionResetError):
            pass
        return time.monotonic() - began, answer


def test_a_client_trickling_its_head_is_cut_off_at_the_deadline(site: Site) -> None:
    """A byte every 0.1 s keeps a per-read timeout happy for ever (the old server held such
    clients 45-50 s); the deadline counts from the request's first byte."""
    endless = b"X-Padding: " + b"a" * 100
    seconds, answer = trickle(site, b"GET /healthz HTTP/1.1\r\n", endless)
    assert answer == b"" and seconds < DEADLINE + 0.5
    assert site.get("/healthz")[0] == 200


def test_a_client_trickling_its_body_gets_408_at_the_deadline(site: Site) -> None:
    head = (
        b"POST /webhooks/twilio/sms HTTP/1.1\r\nHost: x\r\nX-Twilio-Signature: c2ln\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n"
    )
    seconds, answer = trickle(site, head, b"a" * 100)
    assert answer.startswith(b"HTTP/1.1 408 ") and seconds < DEADLINE + 0.5


def test_the_deadline_counts_from_the_first_byte_of_the_head_not_of_the_body(site: Site) -> None:
    """Head and body share one deadline: a head sent slowly leaves less time for the body."""
    head = (
        b"POST /webhooks/twilio/sms HTTP/1.1\r\nHost: x\r\nX-Twilio-Signature: c2ln\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", site.port), timeout=10) as sock:
        began = time.monotonic()
        sock.sendall(head[:20])
        time.sleep(0.7)  # the client dawdles; the server's clock for this request runs
        sock.sendall(head[20:])
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert time.monotonic() - began < DEADLINE + 0.3  # not 0.7 s + a fresh deadline


# --- the wire: methods, headers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("HEAD", "/webhooks/sendgrid/events", "POST"),
        ("OPTIONS", "/webhooks/twilio/sms", "POST"),
        ("PUT", "/webhooks/twilio/voice", "POST"),
        ("OPTIONS", "/healthz", "GET, HEAD"),
        ("POST", "/metrics", "GET, HEAD"),
        ("DELETE", "/unsubscribe/anything", "GET, HEAD, POST"),
    ],
)
def test_a_wrong_method_gets_405_with_allow(
    site: Site, method: str, path: str, allowed: str
) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=10)
    connection.request(method, path)
    response = connection.getresponse()
    response.read()
    assert response.status == 405
    assert set(response.getheader("Allow", "").split(", ")) == set(allowed.split(", "))


def test_no_answer_names_the_server_or_its_version(site: Site) -> None:
    for request in (b"GET /healthz", b"GET /nothing", b"PUT /healthz", b"POST /metrics"):
        answer = answer_to(site, request + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        head = answer.partition(b"\r\n\r\n")[0].lower()
        assert b"\r\nserver:" not in head and b"uvicorn" not in answer.lower()


def test_the_webhook_listener_serves_no_pages(site: Site) -> None:
    for path in ("/", "/login", "/candidates", "/static/htmx/htmx.min.js"):
        assert site.get(path)[0] == 404


# --- the database --------------------------------------------------------------------------------


def test_health_says_503_and_webhooks_500_when_the_database_does_not_answer(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The old /healthz said "ok" while /metrics said sequencer_database_up 0. A genuine
    webhook gets 500 (so the provider retries), and the log one line, no traceback."""
    nowhere = sa.create_engine("postgresql+psycopg://nobody@127.0.0.1:9/nothing")
    site = Site(nowhere, ENV, deadline=DEADLINE)
    try:
        code, body = site.get("/healthz")
        assert code == 503
        assert json.loads(body)["status"] == "database down"
        assert "sequencer_database_up 0.0" in site.get("/metrics")[1]
        with caplog.at_level(logging.ERROR, logger="sequencer.web.webhooks"):
            assert site.twilio("/webhooks/twilio/sms", inbound_text("Hi"))[0] == 500
    finally:
        site.close()
    [line] = [record for record in caplog.records if record.name == "sequencer.web.webhooks"]
    assert line.getMessage() == "POST /webhooks/twilio/sms failed: OperationalError"
    assert line.exc_info is None


def test_a_slow_database_does_not_hold_up_the_other_requests(
    project: Project, tmp_path: Path
) -> None:
    """A text waits for a write lock another process holds; meanwhile the event loop goes on
    answering (the database work runs in worker threads)."""
    url = f"sqlite:///{tmp_path / 'sequencer.db'}"
    make_world(project, url, tmp_path)
    site = Site(engine_for(url, wait_seconds=5), ENV, deadline=10)
    holder = sqlite3.connect(tmp_path / "sequencer.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        texted: list[int] = []
        text = threading.Thread(
            target=lambda: texted.append(site.twilio("/webhooks/twilio/sms", inbound_text("Hi"))[0])
        )
        text.start()
        time.sleep(0.3)  # the text is waiting for the lock
        began = time.monotonic()
        assert site.get("/healthz")[0] == 200
        assert time.monotonic() - began < 1
        assert texted == []  # still waiting
        holder.execute("COMMIT")
        text.join(10)
        assert texted == [200]
    finally:
        holder.close()
        site.close()


# --- two listeners --------------------------------------------------------------------------------


def test_two_listeners_on_one_address_are_refused_with_what_to_change(tmp_path: Path) -> None:
    engine = engine_for(f"sqlite:///{tmp_path / 'sequencer.db'}")
    context = WebContext(engine, load_settings(ENV, env_file=None), lambda: NOW)
    app = webhook_app(context)
    both = [
        serve.Listener(app, "127.0.0.1", 8026),
        serve.Listener(app, "127.0.0.1", 8026, "--dashboard-host", "--dashboard-port"),
    ]
    with pytest.raises(SequencerError) as refused:
        serve.start(both)
    assert str(refused.value) == (
        "--port and --dashboard-port both name 127.0.0.1:8026: give each its own port"
    )
