"""A fake SendGrid that fails on purpose, for crash tests and benchmarks.

    from fakes.faulty import Faults, FaultySendGrid

    faults = Faults.parse("throttle=0.1,server_error=0.05,drop=0.02,timeout=0.01")
    with FaultySendGrid(seed=7, faults=faults, events_url=daemon + "/webhooks/sendgrid/events")
        as api:
        env = {"SENDGRID_API_KEY": api.api_key, "SENDGRID_API_HOST": api.url,
               "SENDGRID_WEBHOOK_PUBLIC_KEY": api.webhook_public_key}
        ...
        api.accepted          # every message it ACCEPTED: ref, X-Message-Id, time, how
        api.decisions         # every Mail Send request and what the fake made of it

It is `FakeSendGrid` (same checks, routes, scripting and recording) with one change: a
valid Mail Send request gets an answer drawn from a seeded mix (`Faults`) instead of 202:

| outcome          | accepted? | what the client sees                                         |
|------------------|-----------|--------------------------------------------------------------|
| `accept`         | yes       | 202 and an X-Message-Id (the weight left over by the others)  |
| `slow`           | yes       | 202, after `slow_seconds` (less than the client's timeout)    |
| `throttle`       | no        | 429 with Retry-After: `retry_after` seconds                   |
| `server_error`   | no        | 500/502/503, with Retry-After (`None`: without)               |
| `reject`         | no        | 400, a permanent refusal                                      |
| `timeout`        | yes       | nothing for `stall_seconds` (past the client's timeout), then 202 |
| `timeout_lost`   | no        | nothing for `stall_seconds`, then 503                         |
| `drop`           | yes       | the connection closes without an answer                      |
| `drop_lost`      | no        | the connection closes without an answer                      |
| `error_accepted` | yes       | 500, although the message was queued                          |

"Accepted" is the fake's decision, logged before the answer goes out: a message whose answer
stalls or drops was still accepted, the in-doubt case (SendGrid has no idempotency key, so a
client that retries it sends it twice). The draw for a request depends only on the seed, the
message's `sequencer_ref` custom arg and how many times that ref was tried before: the same
message meets the same faults in every run, whatever the timing or the crashes around it.
With `log_path`, each decision is also appended to that file as a JSON line (ref, attempt,
outcome, accepted, message_id, at) the moment it is made.

With `events_url` set, accepted messages come back as SendGrid's Event Webhook would post
them: batches (JSON array + CRLF) of `processed` and `delivered` events, signed with a P-256
key whose public half is `webhook_public_key` (the daemon's SENDGRID_WEBHOOK_PUBLIC_KEY),
posted every `event_interval` seconds, each event `event_delay` seconds after its accept at
the earliest (SendGrid batches its posts, "every 30 seconds or" at 768 KB). A batch that
does not get a 2xx (the daemon is down, or answers 5xx) is posted again, at increasing
intervals, until it does or the fake stops; `events_pending()` says how many are to go.

`on_decision` (called in the server thread after a decision is logged, before the answer
goes out) lets a crash test kill the client at that moment.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any, Self

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from fakes.sendgrid_server import (
    MAIL_SEND,
    STALL_LIMIT_SECONDS,
    FakeSendGrid,
    RecordedRequest,
    Reply,
    new_message_id,
)

SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"
REFERENCE_ARG = "sequencer_ref"


class Outcome(StrEnum):
    ACCEPT = "accept"
    SLOW = "slow"
    THROTTLE = "throttle"
    SERVER_ERROR = "server_error"
    REJECT = "reject"
    TIMEOUT = "timeout"
    TIMEOUT_LOST = "timeout_lost"
    DROP = "drop"
    DROP_LOST = "drop_lost"
    ERROR_ACCEPTED = "error_accepted"


ACCEPTING = frozenset(
    {Outcome.ACCEPT, Outcome.SLOW, Outcome.TIMEOUT, Outcome.DROP, Outcome.ERROR_ACCEPTED}
)


@dataclass(frozen=True)
class Faults:
    """The share of Mail Send requests answered each way; the rest are accepted at once."""

    slow: float = 0.0
    throttle: float = 0.0
    server_error: float = 0.0
    reject: float = 0.0
    timeout: float = 0.0
    timeout_lost: float = 0.0
    drop: float = 0.0
    drop_lost: float = 0.0
    error_accepted: float = 0.0
    retry_after: float | None = 1.0  # seconds, on 429 and 5xx answers (None: no header)
    slow_seconds: tuple[float, float] = (0.05, 0.5)
    stall_seconds: float = 11.0  # the daemon's SendGrid client gives up after 10 s

    def __post_init__(self) -> None:
        shares = [
            getattr(self, outcome.value) for outcome in Outcome if outcome is not Outcome.ACCEPT
        ]
        if any(share < 0 for share in shares) or sum(shares) > 1:
            raise ValueError("fault shares must be non-negative and add up to at most 1")

    @classmethod
    def parse(cls, text: str) -> Faults:
        """`"throttle=0.1,drop=0.02,retry_after=2,stall_seconds=12"`; unknown names fail."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for item in filter(None, (part.strip() for part in text.split(","))):
            name, _, value = item.partition("=")
            name = name.strip()
            if name not in known:
                raise ValueError(f"unknown fault {name!r}: one of {', '.join(known)}")
            if name == "slow_seconds":
                low, _, high = value.partition("-")
                values[name] = (float(low), float(high or low))
            elif name == "retry_after" and value.strip().lower() in ("", "none"):
                values[name] = None
            else:
                values[name] = float(value)
        return cls(**values)

    def describe(self) -> str:
        shares = [
            f"{o.value}={getattr(self, o.value):g}"
            for o in Outcome
            if o is not Outcome.ACCEPT and getattr(self, o.value)
        ]
        return ",".join(shares) or "none"

    def draw(self, rng: random.Random) -> Outcome:
        point, total = rng.random(), 0.0
        for outcome in Outcome:
            if outcome is Outcome.ACCEPT:
                continue
            total += getattr(self, outcome.value)
            if point < total:
                return outcome
        return Outcome.ACCEPT


@dataclass(frozen=True)
class FaultyReply(Reply):
    """A Reply that may wait `delay` seconds before going out (or being dropped)."""

    delay: float = 0.0


@dataclass(frozen=True)
class Decision:
    """What the fake made of one Mail Send request (logged before the answer goes out)."""

    index: int  # among Mail Send requests, from 0
    ref: str  # the `sequencer_ref` custom arg ("" if missing)
    attempt: int  # 1 for the first request with this ref
    outcome: Outcome | str  # "invalid": FakeSendGrid's checks refused it (400/401/...)
    message_id: str | None  # the X-Message-Id of an accepted message
    at: float  # unix time

    @property
    def accepted(self) -> bool:
        return self.message_id is not None


class FaultySendGrid(FakeSendGrid):
    """FakeSendGrid whose Mail Send answers come from `faults`; scripted replies (`script`)
    still come first and are not decisions."""

    def __init__(
        self,
        seed: int = 0,
        faults: Faults | None = None,
        events_url: str | None = None,
        api_key: str | None = "SG.fake-key.for-tests",
        event_kinds: tuple[str, ...] = ("processed", "delivered"),
        event_interval: float = 0.1,
        event_batch: int = 500,
        event_delay: float = 0.0,
        log_path: str | None = None,
    ) -> None:
        super().__init__(api_key)
        self.log_path = log_path
        self.seed = seed
        self.faults = faults or Faults()
        self.events_url = events_url
        self.event_kinds = event_kinds
        self.on_decision: Callable[[Decision], None] | None = None
        self._decisions: list[Decision] = []
        self._tries: Counter[str] = Counter()
        self._key = ec.generate_private_key(ec.SECP256R1())
        self._events = _EventPoster(self, event_interval, event_batch, event_delay)
        self.add_route("POST", MAIL_SEND, self.faulty_mail_send)

    # --- what it saw ------------------------------------------------------------------------

    @property
    def decisions(self) -> list[Decision]:
        with self._lock:
            return list(self._decisions)

    @property
    def accepted(self) -> list[Decision]:
        """Every message the fake accepted, in order: the log a crash test checks."""
        return [d for d in self.decisions if d.accepted]

    def outcomes(self) -> Counter[str]:
        return Counter(str(d.outcome) for d in self.decisions)

    @property
    def webhook_public_key(self) -> str:
        """The base64 DER public key, as SendGrid shows it ("MFkw..."): for the daemon."""
        der = self._key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return base64.b64encode(der).decode()

    # --- events -----------------------------------------------------------------------------

    def events_pending(self) -> int:
        """Events accepted messages still owe the daemon (0 without `events_url`)."""
        return self._events.pending()

    @property
    def event_stats(self) -> Counter[str]:
        return self._events.stats

    def sign(self, body: bytes, timestamp: str) -> str:
        signature = self._key.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
        return base64.b64encode(signature).decode()

    def start(self) -> Self:
        super().start()
        if self.events_url:
            self._events.start()
        return self

    def stop(self) -> None:
        self._events.stop()
        super().stop()

    # --- Mail Send --------------------------------------------------------------------------

    def faulty_mail_send(self, request: RecordedRequest) -> Reply:
        refusal = self.mail_send(request)  # auth, JSON and shape, as FakeSendGrid checks them
        ref = str(((request.json or {}).get("custom_args") or {}).get(REFERENCE_ARG, ""))
        if refusal.status != 202:
            self._decide(request, ref, "invalid", None)
            return refusal
        with self._lock:
            self._tries[ref] += 1
            attempt = self._tries[ref]
        rng = random.Random(_seed_of(self.seed, ref, attempt))
        outcome = self.faults.draw(rng)
        message_id = new_message_id() if outcome in ACCEPTING else None
        reply = self._reply(outcome, message_id, rng)
        self._decide(request, ref, outcome, message_id, attempt)
        return reply

    def handle(self, request: RecordedRequest) -> Reply:
        """As LoopbackFake.handle, plus the delay of a slow or stalled answer; `release()`
        and `stop()` end every delay at once."""
        reply = self._choose_reply(request)
        delay = reply.delay if isinstance(reply, FaultyReply) else 0.0
        if delay:
            self._release.wait(delay)
        if reply.held:
            self._release.wait(STALL_LIMIT_SECONDS)
        request.reply = None if reply.dropped else reply
        return reply

    def _reply(self, outcome: Outcome, message_id: str | None, rng: random.Random) -> Reply:
        faults = self.faults
        wait = {"Retry-After": f"{faults.retry_after:g}"} if faults.retry_after else {}
        accepted = {"X-Message-Id": message_id} if message_id else {}
        match outcome:
            case Outcome.ACCEPT:
                return FaultyReply(202, headers=accepted)
            case Outcome.SLOW:
                return FaultyReply(202, headers=accepted, delay=rng.uniform(*faults.slow_seconds))
            case Outcome.THROTTLE:
                return _error(429, "too many requests", wait)
            case Outcome.SERVER_ERROR:
                status = rng.choice((500, 502, 503))
                return _error(status, "the service is unavailable, try again later", wait)
            case Outcome.REJECT:
                return _error(400, "the from address does not match a verified Sender Identity")
            case Outcome.TIMEOUT:
                return FaultyReply(202, headers=accepted, delay=faults.stall_seconds)
            case Outcome.TIMEOUT_LOST:
                return _error(503, "upstream timed out", wait, delay=faults.stall_seconds)
            case Outcome.DROP | Outcome.DROP_LOST:
                return FaultyReply(0, dropped=True)
            case Outcome.ERROR_ACCEPTED:
                return _error(500, "internal error", wait)
        raise AssertionError(outcome)

    def _decide(
        self,
        request: RecordedRequest,
        ref: str,
        outcome: Outcome | str,
        message_id: str | None,
        attempt: int = 0,
    ) -> None:
        with self._lock:
            decision = Decision(
                len(self._decisions), ref, attempt, outcome, message_id, time.time()
            )
            self._decisions.append(decision)
            if self.log_path:
                with open(self.log_path, "a", encoding="utf-8") as log:
                    log.write(json.dumps(_log_line(decision)) + "\n")
        if message_id is not None and self.events_url:
            self._events.add([self._event(request, kind, decision) for kind in self.event_kinds])
        if self.on_decision is not None:
            self.on_decision(decision)

    def _event(self, request: RecordedRequest, kind: str, decision: Decision) -> dict[str, Any]:
        assert decision.message_id is not None
        headers = (request.json or {}).get("headers") or {}
        overrides = {
            "timestamp": int(decision.at),
            "sg_message_id": f"{decision.message_id}.filter0001.16648.5515E0B88.0",
            "smtp-id": headers.get("Message-ID", f"<{decision.message_id}@fake>"),
        }
        return self.event(request, kind, **overrides)


def _error(
    status: int, message: str, headers: Mapping[str, str] | None = None, delay: float = 0.0
) -> FaultyReply:
    body = json.dumps({"errors": [{"field": None, "message": message, "help": None}]}).encode()
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    return FaultyReply(status, body, all_headers, delay=delay)


def _log_line(decision: Decision) -> dict[str, Any]:
    return {
        "ref": decision.ref,
        "attempt": decision.attempt,
        "outcome": str(decision.outcome),
        "accepted": decision.accepted,
        "message_id": decision.message_id,
        "at": decision.at,
    }


def _seed_of(seed: int, ref: str, attempt: int) -> int:
    digest = hashlib.sha256(f"{seed}\0{ref}\0{attempt}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


@dataclass
class _Batch:
    events: list[dict[str, Any]]
    due: float
    tries: int = 0


class _EventPoster:
    """Posts signed event batches to the daemon, again and again until each gets a 2xx."""

    def __init__(self, fake: FaultySendGrid, interval: float, batch: int, delay: float) -> None:
        self._fake, self._interval, self._batch, self._delay = fake, interval, batch, delay
        self._lock = threading.Lock()
        self._fresh: list[tuple[float, dict[str, Any]]] = []  # (when it may go, event)
        self._retries: list[_Batch] = []
        self._in_flight = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sendgrid-events", daemon=True)
        self.stats: Counter[str] = Counter()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def add(self, events: list[dict[str, Any]]) -> None:
        with self._lock:
            due = time.monotonic() + self._delay
            self._fresh.extend((due, event) for event in events)

    def pending(self) -> int:
        with self._lock:
            waiting = sum(len(b.events) for b in self._retries)
            return len(self._fresh) + waiting + self._in_flight

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            for batch in self._take():
                ok = self._post(batch.events)
                with self._lock:
                    self._in_flight -= len(batch.events)
                    if not ok:
                        batch.tries += 1
                        batch.due = time.monotonic() + min(0.25 * 2**batch.tries, 5.0)
                        self._retries.append(batch)

    def _take(self) -> list[_Batch]:
        now = time.monotonic()
        with self._lock:
            ready = [b for b in self._retries if b.due <= now]
            self._retries = [b for b in self._retries if b.due > now]
            fresh = [event for due, event in self._fresh if due <= now]
            self._fresh = [(due, event) for due, event in self._fresh if due > now]
            for start in range(0, len(fresh), self._batch):
                ready.append(_Batch(fresh[start : start + self._batch], now))
            self._in_flight += sum(len(b.events) for b in ready)
            return ready

    def _post(self, events: list[dict[str, Any]]) -> bool:
        url = self._fake.events_url
        assert url is not None
        body = (json.dumps(events) + "\r\n").encode()
        timestamp = str(int(time.time()))
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                SIGNATURE_HEADER: self._fake.sign(body, timestamp),
                TIMESTAMP_HEADER: timestamp,
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                ok = 200 <= response.status < 300
        except urllib.error.HTTPError as error:
            self.stats[f"batches answered {error.code}"] += 1
            return False
        except (OSError, ValueError):
            self.stats["batches not delivered (daemon down)"] += 1
            return False
        self.stats["batches delivered" if ok else "batches refused"] += 1
        if ok:
            self.stats["events delivered"] += len(events)
        return ok
