"""Operations: what an operator sees at /metrics (scraped over a real socket and read with
Prometheus' own parser) and in the daemon's JSON logs (masked addresses, no message text)."""

from __future__ import annotations

import io
import json
import logging
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers.processes import wait_for
from helpers.project import Project, one_email_now
from helpers.worlds import make_world
from prometheus_client.parser import text_string_to_metric_families

import sequencer.daemon.runner
from sequencer.channels import AccountRefused, Email, Receipt, RetryLater
from sequencer.channels.outbox import Outbox
from sequencer.config import Settings, load_settings
from sequencer.daemon.runner import Daemon
from sequencer.ops.logs import OURS, configure_logging, mask, mask_email, mask_phone
from sequencer.store.models import Send, SendStatus
from sequencer.store.queue import next_due
from sequencer.web import serve

INBOUND_TOKEN = "inbound-token-for-metrics"
REPLY = b"""From: Someone Else <someone@elsewhere.example>
To: dana@northwind.example
Subject: hello
Message-ID: <unrelated-1@elsewhere.example>

Just saying hello.
"""


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Running:
    """A Daemon (its passes run by hand, on a clock the test moves) and its web server on a
    real loopback socket."""

    def __init__(self, engine: sa.Engine, settings: Settings, clock: Clock) -> None:
        self.daemon = Daemon(engine, settings, clock=clock)
        listener = serve.Listener(self.daemon.webhooks, "127.0.0.1", 0)
        self.serving = serve.start([listener], deadline=2)
        self.port = self.serving.ports[0]

    def get(self, path: str) -> tuple[int, str, str]:
        url = f"http://127.0.0.1:{self.port}{path}"
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = response.read().decode()
                return response.status, response.headers["Content-Type"], body
        except urllib.error.HTTPError as error:
            return error.code, error.headers["Content-Type"], error.read().decode()

    def post(self, path: str, body: bytes, content_type: str) -> int:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            data=body,
            headers={"Content-Type": content_type},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return error.code

    def raw(self, data: bytes) -> int:
        """Send bytes as they are; the status code of the answer."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            sock.sendall(data)
            answer = sock.recv(65536)
        return int(answer.split(b" ", 2)[1])

    def scrape(self) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
        status, content_type, text = self.get("/metrics")
        assert status == 200
        assert content_type.startswith("text/plain; version=0.0.4")
        return {
            (sample.name, frozenset(sample.labels.items())): sample.value
            for family in text_string_to_metric_families(text)
            for sample in family.samples
        }

    def close(self) -> None:
        self.serving.stop()


def value(samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str):
    return samples.get((name, frozenset(labels.items())))


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path):
    engine, _, settings = make_world(project, database_url, tmp_path)
    web = load_settings({"SEQUENCER_INBOUND_TOKEN": INBOUND_TOKEN}, env_file=None).web
    settings = settings.model_copy(update={"web": web})
    due = next_due(engine)
    assert due is not None
    return engine, settings, due


@pytest.fixture
def running(world) -> Iterator[tuple[Running, Clock]]:
    engine, settings, due = world
    clock = Clock(due)
    site = Running(engine, settings, clock)
    yield site, clock
    site.close()


# --- /metrics ------------------------------------------------------------------------------------


def test_a_pass_that_sends_shows_in_metrics(running: tuple[Running, Clock]) -> None:
    site, clock = running
    clock.now += timedelta(minutes=5)  # Ana's first email has waited five minutes
    before = site.scrape()
    assert value(before, "sequencer_queue_lag_seconds") == 300
    assert value(before, "sequencer_sends_total", channel="email", outcome="sent") == 0
    assert value(before, "sequencer_last_pass_timestamp_seconds") == 0
    assert value(before, "sequencer_database_up") == 1

    site.daemon.dispatch_pass()

    after = site.scrape()
    assert value(after, "sequencer_sends_total", channel="email", outcome="sent") == 1
    assert value(after, "sequencer_sends_total", channel="sms", outcome="sent") == 0
    assert value(after, "sequencer_pass_outcomes_total", outcome="sent") == 1
    assert value(after, "sequencer_passes_total") == 1
    assert value(after, "sequencer_pass_errors_total") == 0
    assert value(after, "sequencer_pass_duration_seconds_count") == 1
    assert value(after, "sequencer_last_pass_timestamp_seconds") == clock.now.timestamp()
    assert value(after, "sequencer_queue_lag_seconds") == 0  # the next email is days away
    assert value(after, "sequencer_in_doubt_sends") == 0
    assert value(after, "sequencer_http_requests_total", route="/metrics", code="200") == 1


class Flaky:
    """An email provider that says "later" first, then accepts (into the outbox)."""

    def __init__(self, outbox: Outbox) -> None:
        self.outbox, self.calls = outbox, 0

    def send_email(self, email: Email) -> Receipt:
        self.calls += 1
        if self.calls == 1:
            raise RetryLater("429 Too Many Requests", retry_after=1)
        return self.outbox.send_email(email)


class Lost:
    """An email provider whose connection breaks mid-send: nobody knows if it went."""

    def send_email(self, email: Email) -> Receipt:
        raise ConnectionAbortedError("the connection to the provider dropped mid-request")


def test_retries_and_a_send_left_in_doubt_show_in_metrics(
    running: tuple[Running, Clock], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, clock = running
    outbox = Outbox(tmp_path / "outbox", clock.now)
    flaky = Flaky(outbox)
    monkeypatch.setattr("sequencer.daemon.passes.providers", lambda *_: (flaky, outbox, outbox))
    site.daemon.dispatch_pass()  # 429: tried again a second later (or at the sender's pace)
    while flaky.calls < 2:
        due = next_due(site.daemon.engine)
        assert due is not None and due < clock.now + timedelta(minutes=5)
        clock.now = due
        site.daemon.dispatch_pass()
    passes = value(site.scrape(), "sequencer_passes_total")
    assert passes is not None and passes >= 2
    samples = site.scrape()
    assert value(samples, "sequencer_sends_total", channel="email", outcome="retry") == 1
    assert value(samples, "sequencer_send_retries_total", channel="email") == 1
    assert value(samples, "sequencer_sends_total", channel="email", outcome="sent") == 1
    assert value(samples, "sequencer_pass_outcomes_total", outcome="retry") == 1
    assert value(samples, "sequencer_pass_outcomes_total", outcome="sent") == 1
    assert value(samples, "sequencer_passes_total") == passes

    # The next email, days later, is lost mid-send: the pass fails and the send is in doubt.
    due = next_due(site.daemon.engine)
    assert due is not None
    clock.now = due
    monkeypatch.setattr("sequencer.daemon.passes.providers", lambda *_: (Lost(), outbox, outbox))
    with pytest.raises(ConnectionAbortedError):
        site.daemon.dispatch_pass()
    samples = site.scrape()
    assert value(samples, "sequencer_sends_total", channel="email", outcome="error") == 1
    assert value(samples, "sequencer_pass_errors_total") == 1
    assert value(samples, "sequencer_passes_total") == passes
    assert value(samples, "sequencer_in_doubt_sends") == 1
    with sa.orm.Session(site.daemon.engine) as session:
        statuses = session.scalars(sa.select(Send.status)).all()
    assert sorted(statuses) == [SendStatus.SENDING, SendStatus.SENT]


class Revoked:
    """An email provider that refuses our API key until it is `fixed`; its check too."""

    def __init__(self, outbox: Outbox) -> None:
        self.outbox, self.fixed, self.checks = outbox, False, 0

    def send_email(self, email: Email) -> Receipt:
        self._refuse_unless_fixed()
        return self.outbox.send_email(email)

    def check(self) -> None:
        self.checks += 1
        self._refuse_unless_fixed()

    def _refuse_unless_fixed(self) -> None:
        if not self.fixed:
            raise AccountRefused(
                "SendGrid refused the API key (401: revoked): check SENDGRID_API_KEY", "sendgrid"
            )


def test_a_channel_paused_by_a_refused_key_shows_in_metrics_until_a_check_lifts_it(
    running: tuple[Running, Clock], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, clock = running
    outbox = Outbox(tmp_path / "outbox", clock.now)
    revoked = Revoked(outbox)
    monkeypatch.setattr("sequencer.daemon.passes.providers", lambda *_: (revoked, outbox, outbox))
    assert value(site.scrape(), "sequencer_channel_paused", channel="email") == 0

    site.daemon.dispatch_pass()

    samples = site.scrape()
    assert value(samples, "sequencer_channel_paused", channel="email") == 1
    assert value(samples, "sequencer_channel_paused", channel="sms") == 0
    assert value(samples, "sequencer_channel_paused", channel="call") == 0
    assert value(samples, "sequencer_sends_total", channel="email", outcome="refused") == 1
    assert value(samples, "sequencer_pass_outcomes_total", outcome="channel_paused") == 1
    assert value(samples, "sequencer_pass_outcomes_total", outcome="failed") is None
    assert value(samples, "sequencer_in_doubt_sends") == 0

    revoked.fixed = True  # the key works again; the test call a minute later finds out
    clock.now += timedelta(minutes=1)
    site.daemon.dispatch_pass()

    samples = site.scrape()
    assert revoked.checks == 1
    assert value(samples, "sequencer_channel_paused", channel="email") == 0
    assert value(samples, "sequencer_sends_total", channel="email", outcome="sent") == 1
    assert value(samples, "sequencer_pass_outcomes_total", outcome="channels_resumed") == 1


def test_webhook_requests_and_refusals_are_counted_by_route_and_code(
    running: tuple[Running, Clock],
) -> None:
    site, _ = running
    urlencoded = "application/x-www-form-urlencoded"
    events, inbound = "/webhooks/sendgrid/events", "/webhooks/sendgrid/inbound"
    # Unsigned (no key configured): 403, twice.
    assert site.post(events, b"[]", "application/json") == 403
    assert site.post(events, b"[]", "application/json") == 403
    # Too large for the route: 413, before a byte of the body is read.
    big = f"POST {events} HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n"
    assert site.raw(big.encode()) == 413
    # The right token, but not an Inbound Parse post: 400.
    assert site.post(f"{inbound}?token={INBOUND_TOKEN}", b"x=1", urlencoded) == 400
    # The wrong token: 403. The right one with a real email: 200.
    assert site.post(f"{inbound}?token=guess", b"x=1", urlencoded) == 403
    form = urllib.parse.urlencode({"email": REPLY.decode()}).encode()
    assert site.post(f"{inbound}?token={INBOUND_TOKEN}", form, urlencoded) == 200
    # A forged unsubscribe link, a scanner, health.
    assert site.get("/unsubscribe/not-a-token")[0] == 403
    assert site.get("/wp-login.php")[0] == 404
    assert site.get("/.env")[0] == 404
    assert site.get("/healthz")[0] == 200

    samples = site.scrape()

    def requests(route: str, code: int) -> float | None:
        return value(samples, "sequencer_http_requests_total", route=route, code=str(code))

    assert requests(events, 403) == 2
    assert requests(events, 413) == 1
    assert requests(inbound, 400) == 1
    assert requests(inbound, 403) == 1
    assert requests(inbound, 200) == 1
    assert requests("/unsubscribe/{token}", 403) == 1
    assert requests("other", 404) == 2  # one series for every unknown path
    assert requests("/healthz", 200) == 1
    routes = {dict(labels)["route"] for name, labels in samples if "http_requests" in name}
    assert routes <= {events, inbound, "/unsubscribe/{token}", "other", "/healthz"}


def test_each_daemon_has_its_own_registry(world) -> None:
    engine, settings, due = world
    one, two = (
        Daemon(engine, settings, clock=Clock(due)),
        Daemon(engine, settings, clock=Clock(due)),
    )
    one.dispatch_pass()
    assert one.metrics.registry is not two.metrics.registry
    assert "sequencer_passes_total 1.0" in one.metrics.exposition()
    assert "sequencer_passes_total 0.0" in two.metrics.exposition()


# --- logs ---------------------------------------------------------------------------------------


@pytest.fixture
def json_logs() -> Iterator[io.StringIO]:
    """The daemon's logging, as `sequencer run` configures it, into a buffer; put back after."""
    root = logging.getLogger()
    saved = root.level, list(root.handlers)
    ours = {name: logging.getLogger(name).level for name in OURS}
    stream = io.StringIO()
    configure_logging("INFO", stream)
    yield stream
    root.handlers[:] = saved[1]
    root.setLevel(saved[0])
    for name, level in ours.items():
        logging.getLogger(name).setLevel(level)


def lines_of(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_a_pass_logs_one_json_line_per_send_with_the_address_masked_and_no_text(
    running: tuple[Running, Clock], json_logs: io.StringIO, tmp_path: Path
) -> None:
    site, _ = running
    site.daemon.dispatch_pass()
    text = json_logs.getvalue()
    sends = [line for line in lines_of(json_logs) if line["logger"] == "sequencer.engine.dispatch"]
    assert len(sends) == 1
    (sent,) = sends
    assert sent["level"] == "INFO"
    assert sent["message"] == "sent"
    assert sent["outcome"] == "sent"
    assert sent["channel"] == "email"
    assert sent["step"] == "first"
    assert sent["to"] == "a***@example.com"
    assert isinstance(sent["enrollment_id"], int)
    assert isinstance(sent["provider_id"], str)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", str(sent["time"]))
    summary = [line for line in lines_of(json_logs) if line["logger"] == "sequencer.daemon.runner"]
    assert summary[-1]["outcomes"] == {"sent": 1}
    # What went out is in the outbox, and none of it is in the logs.
    (eml,) = (tmp_path / "outbox").glob("*.eml")
    assert "Hi Ana. No worries if not." in eml.read_text()
    assert "ana@example.com" not in text
    assert "+12125550147" not in text
    assert "No worries" not in text and "Hi Ana" not in text
    assert "Staff role" not in text  # the subject


def test_fields_and_messages_are_masked_and_text_fields_withheld(json_logs: io.StringIO) -> None:
    log = logging.getLogger("sequencer.example")
    log.info(
        "texted %s from %s",
        "+12125550147",
        "priya.raman@example.com",
        extra={"to": "+447700900123", "body": "Hi Priya, secret words", "subject": "Offer"},
    )
    try:
        raise ValueError("no such address: priya.raman@example.com")
    except ValueError:
        log.exception("it failed")
    log.debug("not at INFO")
    logging.getLogger("sqlalchemy.engine.Engine").info("INSERT ... ('Hi Priya, secret words')")
    first, second = lines_of(json_logs)
    assert first["message"] == "texted +1******0147 from p***@example.com"
    assert first["to"] == "+4*******0123"
    assert first["body"] == first["subject"] == "[withheld]"
    assert second["level"] == "ERROR"
    assert "p***@example.com" in str(second["exception"])
    assert "priya.raman" not in json_logs.getvalue()


def test_at_debug_ours_go_down_and_libraries_that_log_contents_stay_quiet(
    json_logs: io.StringIO,
) -> None:
    configure_logging("debug", json_logs)
    logging.getLogger("sequencer.example").debug("a detail")
    logging.getLogger("python_http_client.client").debug("PAYLOAD: {'content': 'Hi Priya'}")
    logging.getLogger("sqlalchemy.engine.Engine").info("INSERT ... ('Hi Priya')")
    logging.getLogger("apscheduler.executors.default").info('Running job "dispatch"')
    logging.getLogger("python_http_client.client").warning("a library's warning")
    assert [line["message"] for line in lines_of(json_logs)] == ["a detail", "a library's warning"]


def test_masking() -> None:
    assert mask_email("priya.raman@example.com") == "p***@example.com"
    assert mask_phone("+15550100147") == "+1******0147"
    assert (
        mask("write to a@b.example or +15550100147.") == "write to a***@b.example or +1******0147."
    )
    assert mask("<send-42@northwind.example>") == "<s***@northwind.example>"
    assert mask("no address @ all, 2026-11-23 14:00") == "no address @ all, 2026-11-23 14:00"


# --- the real command ---------------------------------------------------------------------------


def test_sequencer_run_logs_json_and_serves_metrics(project: Project, tmp_path: Path) -> None:
    env = one_email_now(project, tmp_path)
    for args in (("import", "people.csv"), ("enroll", "always", "ana@example.com")):
        command = [sys.executable, "-m", "sequencer", *args]
        assert subprocess.run(command, env=env, cwd=tmp_path, capture_output=True).returncode == 0
    log_file = (tmp_path / "daemon.log").open("w")
    daemon = subprocess.Popen(
        [sys.executable, "-m", "sequencer", "run", "--port", "0", "--interval", "1"],
        env=env | {"SEQUENCER_LOG_LEVEL": "info"},
        cwd=tmp_path,
        stdout=log_file,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = daemon.stderr.readline() if daemon.stderr else ""
        port = int(re.search(r":(\d+) ", banner).group(1))  # type: ignore[union-attr]

        def sent() -> bool:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as r:
                text = r.read().decode()
            return 'sequencer_sends_total{channel="email",outcome="sent"} 1.0' in text

        wait_for(sent)
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=60) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
        log_file.close()
    lines = [json.loads(line) for line in (tmp_path / "daemon.log").read_text().splitlines()]
    messages = [line["message"] for line in lines]
    assert any(str(m).startswith("listening on 127.0.0.1:") for m in messages)
    (send,) = [line for line in lines if line["logger"] == "sequencer.engine.dispatch"]
    assert send["outcome"] == "sent" and send["to"] == "a***@example.com"
    assert messages[-1] == "stopped"
    assert "ana@example.com" not in (tmp_path / "daemon.log").read_text()


def test_a_stop_during_a_pass_waits_for_it_and_does_not_hang(
    world, monkeypatch: pytest.MonkeyPatch
) -> None:
    """APScheduler's shutdown holds its job store lock while it waits for the running pass,
    and the pass ends by rescheduling itself: the stop must not deadlock on that."""
    engine, settings, _ = world
    daemon = Daemon(engine, settings, interval_seconds=3600)  # the real clock: runs at once
    in_pass, release = threading.Event(), threading.Event()
    real_run_pass = sequencer.daemon.runner.run_pass

    def slow_pass(*args: object, **kwargs: object) -> dict[str, int]:
        in_pass.set()
        release.wait(10)
        return real_run_pass(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sequencer.daemon.runner, "run_pass", slow_pass)
    daemon.scheduler.start()
    assert in_pass.wait(10)
    stopper = threading.Thread(target=daemon.stop_passes)
    stopper.start()
    time.sleep(0.2)  # the shutdown is waiting for the pass, holding its lock
    release.set()
    stopper.join(20)
    assert not stopper.is_alive(), "the stop hung"
    assert daemon.health.report()["last_pass"] is not None  # it finished, then the stop did
