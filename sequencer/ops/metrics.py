"""What `GET /metrics` shows, in Prometheus' text format: one registry per daemon (never the
library's global one, so several daemons can run in one process).

Counted as things happen (since this process started):

    sequencer_sends_total{channel, outcome}      every call to a provider: channel `email`,
                                                 `sms` or `call` (a voicemail step is one email
                                                 and one call); outcome `sent`, `retry` (429,
                                                 5xx, timeout, reset), `rejected`, `opted_out`
                                                 (the provider says the person opted out),
                                                 `refused` (it refused our account: the channel
                                                 pauses) or `error` (anything else)
    sequencer_send_retries_total{channel}        the provider said "later" (also counted above)
    sequencer_pass_outcomes_total{outcome}       what dispatch passes did, by outcome: sent,
                                                 retry, failed, halted, later, skipped, in_doubt,
                                                 task, moved_on, recruiters_told,
                                                 recruiter_notices_failed (a notice to a
                                                 recruiter that could not go out), ...
    sequencer_passes_total                       dispatch passes finished
    sequencer_pass_errors_total                  dispatch passes that raised
    sequencer_pass_duration_seconds              how long a pass took (histogram)
    sequencer_last_pass_timestamp_seconds        when the last pass ran (Unix time)
    sequencer_http_requests_total{route, code}   requests to the web server, by route (the
                                                 unsubscribe token replaced by `{token}`,
                                                 unknown paths as `other`) and status: 403, 400,
                                                 411, 413 and 408 are the refusals

Read from the database at each scrape (the same on every daemon of a group: take max(), not
sum(), across instances):

    sequencer_queue_lag_seconds     now minus the oldest time a touch was due and is still
                                    waiting; 0 when nothing is overdue
    sequencer_in_doubt_sends        send rows in `sending`: handed over, not known to have
                                    gone out (a crash mid-send), or in flight right now
    sequencer_channel_paused{channel}
                                    1 while the channel (`email`, `sms`, `call`) is paused
                                    because its provider refused our account (a wrong or
                                    revoked key): its sends wait until a test call succeeds
    sequencer_database_up           1 if those queries worked, else 0
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

import sqlalchemy as sa
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from sequencer.channels import (
    AccountRefused,
    Call,
    Email,
    Receipt,
    Rejected,
    RetryLater,
    Senders,
    Text,
)
from sequencer.errors import DatabaseError
from sequencer.store.pauses import paused_channels
from sequencer.store.queue import in_doubt, next_due

# The classic text format, which every Prometheus reads (the names here need no escaping, so
# the library writes exactly this format).
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
CHANNELS = ("email", "sms", "call")
SEND_OUTCOMES = ("sent", "retry", "rejected", "opted_out", "refused", "error")
PASS_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)

log = logging.getLogger(__name__)
M = TypeVar("M", Email, Text, Call)


class Metrics:
    """The daemon's counters and the scrape-time queries, in a registry of its own."""

    def __init__(self, engine: sa.Engine, clock: Callable[[], datetime]) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.sends = Counter(
            "sequencer_sends",
            "Calls to a provider, by channel and what the provider answered.",
            ["channel", "outcome"],
            registry=r,
        )
        self.retries = Counter(
            "sequencer_send_retries",
            "Provider answers that said 'later' (429, 5xx, timeout, reset), by channel.",
            ["channel"],
            registry=r,
        )
        self.pass_outcomes = Counter(
            "sequencer_pass_outcomes",
            "What dispatch passes did, by outcome.",
            ["outcome"],
            registry=r,
        )
        self.passes = Counter("sequencer_passes", "Dispatch passes finished.", registry=r)
        self.pass_errors = Counter(
            "sequencer_pass_errors", "Dispatch passes that failed with an error.", registry=r
        )
        self.pass_duration = Histogram(
            "sequencer_pass_duration_seconds",
            "How long a dispatch pass took.",
            buckets=PASS_BUCKETS,
            registry=r,
        )
        self.last_pass = Gauge(
            "sequencer_last_pass_timestamp_seconds",
            "When the last dispatch pass ran (Unix time; 0 before the first).",
            registry=r,
        )
        self.requests = Counter(
            "sequencer_http_requests",
            "Requests to the daemon's web server, by route and status code.",
            ["route", "code"],
            registry=r,
        )
        for channel in CHANNELS:  # present at 0 from the start, so rate() sees the first one
            self.retries.labels(channel)
            for outcome in SEND_OUTCOMES:
                self.sends.labels(channel, outcome)
        r.register(_DatabaseCollector(engine, clock))

    # --- as things happen ------------------------------------------------------------------

    def counting(self, senders: Senders) -> Senders:
        """`senders` with every provider call counted by channel and answer."""
        counted = _Counted(senders, self)
        return replace(senders, email=counted, text=counted, call=counted)

    def count_send(self, channel: str, send: Callable[[M], Receipt], message: M) -> Receipt:
        try:
            receipt = send(message)
        except RetryLater:
            self.sends.labels(channel, "retry").inc()
            self.retries.labels(channel).inc()
            raise
        except Rejected as exc:
            self.sends.labels(channel, "opted_out" if exc.opted_out else "rejected").inc()
            raise
        except AccountRefused:
            self.sends.labels(channel, "refused").inc()
            raise
        except Exception:
            self.sends.labels(channel, "error").inc()
            raise
        self.sends.labels(channel, "sent").inc()
        return receipt

    def passed(self, when: datetime, outcomes: Mapping[str, int], seconds: float) -> None:
        """A dispatch pass finished at `when` (the daemon's clock) in `seconds`."""
        for outcome, n in outcomes.items():
            self.pass_outcomes.labels(outcome.replace(" ", "_")).inc(n)
        self.passes.inc()
        self.pass_duration.observe(seconds)
        self.last_pass.set(when.timestamp())

    def request(self, route: str, code: int) -> None:
        self.requests.labels(route, str(code)).inc()

    # --- a scrape ---------------------------------------------------------------------------

    def exposition(self) -> str:
        return generate_latest(self.registry).decode()


class _Counted:
    """An email sender, text sender and call placer in one: each call counted, then passed on."""

    def __init__(self, senders: Senders, metrics: Metrics) -> None:
        self.senders, self.metrics = senders, metrics

    def send_email(self, email: Email) -> Receipt:
        return self.metrics.count_send("email", self.senders.email.send_email, email)

    def send_text(self, text: Text) -> Receipt:
        return self.metrics.count_send("sms", self.senders.text.send_text, text)

    def place_call(self, call: Call) -> Receipt:
        return self.metrics.count_send("call", self.senders.call.place_call, call)


class _DatabaseCollector(Collector):
    """The gauges read at scrape time: two indexed queries of the queue (enrollment.next_due_at,
    send.status), the ones the daemon and the dispatcher use (`store.queue`), and the paused
    channels (`store.pauses`, a table of at most three rows)."""

    def __init__(self, engine: sa.Engine, clock: Callable[[], datetime]) -> None:
        self.engine, self.clock = engine, clock

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "sequencer_database_up", "1 if the scrape-time queries worked, else 0."
        )
        try:
            lag, in_doubt, paused = self._read()
        except (sa.exc.SQLAlchemyError, DatabaseError) as exc:  # locked, unreachable
            log.warning("metrics: the database did not answer: %s", exc.__class__.__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield GaugeMetricFamily(
            "sequencer_queue_lag_seconds",
            "Now minus the oldest due time of a touch still waiting; 0 if none is overdue.",
            value=lag,
        )
        yield GaugeMetricFamily(
            "sequencer_in_doubt_sends",
            "Sends claimed and not known to have gone out (status 'sending').",
            value=in_doubt,
        )
        yield _paused_gauge(paused)

    def _read(self) -> tuple[float, int, set[str]]:
        now = self.clock()
        due = next_due(self.engine)
        lag = max(0.0, (now - due).total_seconds()) if due is not None else 0.0
        return lag, in_doubt(self.engine), set(paused_channels(self.engine))


def _paused_gauge(paused: set[str]) -> GaugeMetricFamily:
    gauge = GaugeMetricFamily(
        "sequencer_channel_paused",
        "1 while the channel is paused because its provider refused our account, else 0.",
        labels=["channel"],
    )
    for channel in CHANNELS:
        gauge.add_metric([channel], 1 if channel in paused else 0)
    return gauge
