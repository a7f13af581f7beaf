"""Webhook ingest: signed SendGrid event batches, and Twilio-signed inbound texts, end to
end through HTTP into the daemon's webhook listener; then what forged posts cost it in memory.

    .venv/bin/python bench/webhook_bench.py                       # 20,000 events, 2,000 texts
    .venv/bin/python bench/webhook_bench.py --events 50000 --threads 8 --database postgresql
    .venv/bin/python bench/webhook_bench.py --profile             # where the time goes

The server is the daemon's own (`web.webhooks.webhook_app` on `web.serve`: Starlette on
uvicorn) in a process of its own on loopback, over a database holding the sends the events
are about (the pass benchmark's fixture: one sent email for each active enrollment). The
clients are --threads threads in this process, each on one keep-alive connection, posting
batches signed beforehand (ECDSA P-256 over timestamp + body, as SendGrid signs them; the
server verifies each), so the clock measures the server. Events: `delivered` and `open`
for each existing send, --batch per post. Texts: one per person with a phone on file, from
that phone, signed with X-Twilio-Signature: 80% replies (each halts the person's
enrollment), 10% STOP (opt-out everywhere), 10% HELP.

Checks afterwards that every event and text is in the database once.

The memory probe then posts --forged 8 MB event batches at once, all with signature headers
(so each body is read before the signature fails) and reads the server's RSS from
/proc/PID/status: before, at its peak (VmHWM, reset just before) and after.
"""

from __future__ import annotations

import argparse
import base64
import cProfile
import http.client
import io
import json
import multiprocessing
import pstats
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pass_bench import PG_SERVER, bench_sequence, database, kinds_available, load, person
from twilio.request_validator import RequestValidator

from sequencer.channels.forms import MAX_EVENT_BATCH_BYTES
from sequencer.channels.sendgrid.events import SIGNATURE_HEADER, TIMESTAMP_HEADER
from sequencer.channels.sendgrid.events import genuine_events as sendgrid_facts
from sequencer.channels.twilio import inbound as twilio_inbound
from sequencer.channels.twilio.signature import TwilioVerifier
from sequencer.config import load_settings
from sequencer.inbound.messages import receive_text
from sequencer.inbound.receive import receive_events
from sequencer.store.database import engine_for
from sequencer.web import serve
from sequencer.web.context import WebContext
from sequencer.web.webhooks import Hook, Webhooks, warm_up, webhook_app

FORK = multiprocessing.get_context("fork")
PUBLIC_URL = "https://sequencer.northwind.example"
AUTH_TOKEN = "bench-twilio-auth-token-0123456789"
EVENTS_PATH = "/webhooks/sendgrid/events"
SMS_PATH = "/webhooks/twilio/sms"


def phone(n: int) -> str:
    return f"+1{2_120_000_000 + n}"


def site_env(key: ec.EllipticCurvePrivateKey) -> dict[str, str]:
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return {
        "SENDGRID_WEBHOOK_PUBLIC_KEY": base64.b64encode(public).decode(),
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "SEQUENCER_PUBLIC_URL": PUBLIC_URL,
        "SEQUENCER_SECRET_KEY": "bench-secret-key-0123456789abcdef",
    }


def context_for(url: str, env: dict[str, str]) -> WebContext:
    settings = load_settings(env, env_file=None)
    return WebContext(engine_for(url), settings, lambda: datetime.now(UTC))


def serve_forever(url: str, env: dict[str, str], ports: Any) -> None:
    """The daemon's webhook listener, in this (child) process, until it is terminated."""
    listener = serve.Listener(webhook_app(context_for(url, env)), "127.0.0.1", 0)
    ports.put(serve.start([listener]).ports[0])
    threading.Event().wait()


# --- what the providers post ------------------------------------------------------------------

Post = tuple[str, bytes, dict[str, str]]


def event_batches(
    key: ec.EllipticCurvePrivateKey, people: list[int], kinds: Sequence[str], batch: int
) -> list[Post]:
    stamp = int(time.time())
    events = [
        {
            "email": person(n).email,
            "timestamp": stamp,
            "event": kind,
            "sg_event_id": f"ev-{kind}-{n}",
            "sg_message_id": f"sg{n:09d}in.filter0001.16648.5515E0B88.0",
            "smtp-id": f"<{n}.initial@northwind.example>",
            "sequencer_ref": f"{n}-initial",
            **({"url": "https://northwind.example/jobs"} if kind == "click" else {}),
        }
        for kind in kinds
        for n in people
    ]
    posts = []
    for start in range(0, len(events), batch):
        body = json.dumps(events[start : start + batch]).encode() + b"\r\n"
        timestamp = str(stamp)
        signature = key.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: base64.b64encode(signature).decode(),
            TIMESTAMP_HEADER: timestamp,
        }
        posts.append((EVENTS_PATH, body, headers))
    return posts


TEXTS = ["Thanks, tell me more about the role", "STOP", "HELP"]


def text_posts(people: list[int]) -> list[Post]:
    validator = RequestValidator(AUTH_TOKEN)
    posts = []
    for i, n in enumerate(people):
        body = TEXTS[0] if i % 10 < 8 else TEXTS[1] if i % 10 == 8 else TEXTS[2]
        params = {
            "MessageSid": f"SM{n:032d}",
            "AccountSid": "AC" + "0" * 32,
            "From": phone(n),
            "To": "+14155550134",
            "Body": body,
            "NumMedia": "0",
        }
        signature = validator.compute_signature(PUBLIC_URL + SMS_PATH, params)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature,
        }
        posts.append((SMS_PATH, urlencode(params).encode(), headers))
    return posts


def mis_signed(posts: list[Post]) -> list[Post]:
    """The same texts with a signature that is not Twilio's: all the listener does for a text
    before the database (read, parse, check), and nothing after."""
    return [
        (path, body, headers | {"X-Twilio-Signature": "bm90IGl0"}) for path, body, headers in posts
    ]


# --- the clients ------------------------------------------------------------------------------


def post_all(port: int, posts: list[Post], threads: int) -> tuple[float, list[int]]:
    """Post everything from `threads` keep-alive connections; seconds and the statuses."""
    statuses: list[int] = []
    lock = threading.Lock()

    def client(share: list[Post]) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine = []
        for path, body, headers in share:
            connection.request("POST", path, body, headers)
            response = connection.getresponse()
            response.read()
            mine.append(response.status)
        connection.close()
        with lock:
            statuses.extend(mine)

    workers = [threading.Thread(target=client, args=(posts[i::threads],)) for i in range(threads)]
    began = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.monotonic() - began, statuses


def count_rows(url: str, sql: str, **params: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        value = connection.execute(sa.text(sql), params).scalar_one()
    engine.dispose()
    return int(value)


def profile_work(url: str, env: dict[str, str], batches: list[Post], texts: list[Post]) -> str:
    """What the routes do after reading the body, without HTTP, under cProfile: the
    signature checks and the database work of `batches` and `texts`."""
    hooks = Webhooks(context_for(url, env))
    verifier = TwilioVerifier(AUTH_TOKEN)
    warm_up()  # as the listener does when it starts
    profiler = cProfile.Profile()
    profiler.enable()
    for path, body, headers in batches:
        now = datetime.now(UTC)
        hook = Hook(path, {}, headers, body)
        receive_events(hooks.engine, sendgrid_facts(hooks.sendgrid, hook, now), now)
    for path, body, headers in texts:
        hook = Hook(path, {}, headers, body)
        fact = twilio_inbound.sms_fact(verifier, PUBLIC_URL, hook)
        receive_text(hooks.engine, fact, datetime.now(UTC))
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(15)
    return out.getvalue()


def rss(pid: int) -> dict[str, int]:
    """The process's resident memory now (VmRSS) and at its peak (VmHWM), in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return {name: int(fields[name].split()[0]) // 1024 for name in ("VmRSS", "VmHWM")}


def forged_posts(port: int, count: int) -> list[int]:
    """`count` event batches of 8 MB at once, signed with nonsense: each body is read (the
    headers look signed), then refused. Their statuses."""
    body = b"[" + b" " * (MAX_EVENT_BATCH_BYTES - 2) + b"]"
    headers = {SIGNATURE_HEADER: "c2lnbmF0dXJl", TIMESTAMP_HEADER: str(int(time.time()))}
    start = threading.Barrier(count)
    statuses: list[int] = []

    def post() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        start.wait()
        try:
            connection.request("POST", EVENTS_PATH, body, headers)
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
        except OSError:
            statuses.append(0)  # refused before the client finished sending
        connection.close()

    posters = [threading.Thread(target=post) for _ in range(count)]
    for poster in posters:
        poster.start()
    for poster in posters:
        poster.join()
    return statuses


def probe_only(count: int, rounds: int = 2) -> None:
    """The memory probe alone, `rounds` times, against a fresh server on an empty database."""
    with tempfile.TemporaryDirectory() as tmp_name:
        url = f"sqlite:///{Path(tmp_name) / 'probe.db'}"
        engine_for(url).dispose()
        ports = FORK.Queue()
        env = site_env(ec.generate_private_key(ec.SECP256R1()))
        site = FORK.Process(target=serve_forever, args=(url, env, ports), daemon=True)
        site.start()
        port = ports.get(timeout=60)
        assert site.pid is not None
        try:
            for round in range(1, rounds + 1):
                Path(f"/proc/{site.pid}/clear_refs").write_text("5")
                before = rss(site.pid)
                statuses = forged_posts(port, count)
                after = rss(site.pid)
                print(
                    f"round {round}: {count} forged 8 MB posts, statuses {sorted(set(statuses))};"
                    f" RSS {before['VmRSS']} MB before, {after['VmHWM']} MB at the peak,"
                    f" {after['VmRSS']} MB after"
                )
        finally:
            site.terminate()
            site.join()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=20_000, help="SendGrid events to post")
    parser.add_argument("--batch", type=int, default=100, help="events per signed post")
    parser.add_argument("--texts", type=int, default=2_000, help="inbound texts to post")
    parser.add_argument("--threads", type=int, default=4, help="client threads")
    parser.add_argument("--database", default="sqlite", choices=["sqlite", "postgresql"])
    parser.add_argument("--database-url", default=PG_SERVER, help="the PostgreSQL server")
    parser.add_argument("--forged", type=int, default=40, help="forged 8 MB posts at once")
    parser.add_argument("--profile", action="store_true", help="cProfile the work, no HTTP")
    parser.add_argument(
        "--probe-only",
        action="store_true",
        help="the memory probe alone, twice",
    )
    args = parser.parse_args(argv)
    if args.probe_only:
        probe_only(args.forged)
        return
    if not kinds_available([args.database], args.database_url):
        sys.exit(f"no PostgreSQL at {args.database_url}")
    kinds = ("delivered", "open")
    active = args.events // len(kinds)  # people with a sent email, two events each
    stored = 2 * max(active, args.texts)  # half the fixture's enrollments are active
    key = ec.generate_private_key(ec.SECP256R1())
    env = site_env(key)
    print(
        f"{datetime.now(UTC):%Y-%m-%d}: {args.database}, {stored:,} enrollments stored,"
        f" {args.threads} client threads",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sequence, library, _ = bench_sequence(tmp)
        with database(args.database, tmp, args.database_url) as url:
            engine = engine_for(url)
            load(engine, sequence, library, stored, 0)
            people = [n for n in range(1, stored + 1) if n % 2][:active]
            texters = [n for n in range(1, stored + 1) if n % 2][: args.texts]
            # The profile's texts: from other people in a sequence, whom each reply halts.
            profiled = [n for n in range(1, stored + 1) if n % 2][args.texts :][:500]
            with engine.begin() as connection:
                connection.execute(
                    sa.text("UPDATE candidate SET phone = :phone WHERE id = :id"),
                    [{"phone": phone(n), "id": n} for n in texters + profiled],
                )
            engine.dispose()
            batches = event_batches(key, people, kinds, args.batch)
            texts = text_posts(texters)
            ports = FORK.Queue()
            site = FORK.Process(target=serve_forever, args=(url, env, ports), daemon=True)
            site.start()
            port = ports.get(timeout=60)
            assert site.pid is not None
            try:
                event_seconds, event_statuses = post_all(port, batches, args.threads)
                text_seconds, text_statuses = post_all(port, texts, args.threads)
                wrong_seconds, wrong_statuses = post_all(port, mis_signed(texts), args.threads)
                Path(f"/proc/{site.pid}/clear_refs").write_text("5")  # the peak, from now
                before = rss(site.pid)
                forged = forged_posts(port, args.forged)
                after = rss(site.pid)
            finally:
                site.terminate()
                site.join()
            sendgrid = "SELECT count(*) FROM event WHERE key LIKE :prefix"
            stored_events = count_rows(url, sendgrid, prefix="sendgrid:%")
            stored_texts = count_rows(url, "SELECT count(*) FROM event WHERE channel = 'sms'")
            profile = None
            if args.profile:
                extra = event_batches(key, people[: 20 * args.batch], ("click",), args.batch)
                more = text_posts(profiled)
                profile = profile_work(url, env, extra[:20], more)
    assert set(wrong_statuses) == {403}, sorted(set(wrong_statuses))
    bad = [s for s in event_statuses + text_statuses if s != 200]
    assert not bad, f"{len(bad)} posts were refused: {sorted(set(bad))}"
    assert stored_events == len(people) * len(kinds), (stored_events, len(people))
    assert stored_texts == len(texters), (stored_texts, len(texters))
    events = len(people) * len(kinds)
    print()
    print("| what | requests | items | client threads | seconds | requests/s | items/s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print(
        f"| SendGrid event batches ({args.batch} delivered/open each) | {len(batches):,} |"
        f" {events:,} events | {args.threads} | {event_seconds:.2f} |"
        f" {len(batches) / event_seconds:,.1f} | {events / event_seconds:,.0f} |"
    )
    print(
        f"| Twilio inbound SMS (80% replies, 10% STOP, 10% HELP) | {len(texts):,} |"
        f" {len(texts):,} texts | {args.threads} | {text_seconds:.2f} |"
        f" {len(texts) / text_seconds:,.0f} | {len(texts) / text_seconds:,.0f} |"
    )
    print(
        f"| Twilio SMS, wrongly signed: HTTP, form, HMAC, no database (403) | {len(texts):,} |"
        f" {len(texts):,} texts | {args.threads} | {wrong_seconds:.2f} |"
        f" {len(texts) / wrong_seconds:,.0f} | {len(texts) / wrong_seconds:,.0f} |"
    )
    print(
        f"\n{args.forged} forged 8 MB event batches at once: statuses {sorted(set(forged))};"
        f" server RSS {before['VmRSS']} MB before, {after['VmHWM']} MB at the peak,"
        f" {after['VmRSS']} MB after"
    )
    if profile:
        print(f"\n--- profile: 20 batches of {args.batch} click events, 500 texts, no HTTP ---")
        print(profile)


if __name__ == "__main__":
    main()
