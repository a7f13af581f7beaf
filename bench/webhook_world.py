"""The webhook benchmark's world (`webhook_bench.py`): the daemon's listener in a process of its
own, what the providers post (signed SendGrid batches, Twilio-signed texts), the clients that
post them, the memory probe, and the floor a durable SQLite commit sets on this disk.
"""

from __future__ import annotations

import base64
import http.client
import json
import multiprocessing
import os
import sqlite3
import statistics
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
from pass_bench import person
from twilio.request_validator import RequestValidator

from sequencer.channels.forms import MAX_EVENT_BATCH_BYTES
from sequencer.channels.sendgrid.events import SIGNATURE_HEADER, TIMESTAMP_HEADER
from sequencer.config import load_settings
from sequencer.store.database import engine_for
from sequencer.web import serve
from sequencer.web.context import WebContext
from sequencer.web.reader import warm_up
from sequencer.web.webhooks import webhook_app

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


def serve_forever(url: str, env: dict[str, str], ports: Any, processes: int = 1) -> None:
    """The daemon's webhook listener, in this (child) process and `processes - 1` copies
    forked from it, until it is terminated."""
    context = context_for(url, env)
    app = webhook_app(context)
    # The reader loaded before the first text, as the daemon has it by then (it loads it in
    # the background, in each process); here before the fork, with no other thread running.
    warm_up()
    # Named only when asked for, so this runs against a tree from before them (before/after).
    forks: dict[str, Any] = {}
    if processes > 1:
        forks = {"processes": processes, "after_fork": lambda: context.engine.dispose(close=False)}
    listener = serve.Listener(app, "127.0.0.1", 0, **forks)
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


# --- the memory probe -------------------------------------------------------------------------


def rss(pid: int) -> dict[str, int]:
    """The process's resident memory now (VmRSS) and at its peak (VmHWM), in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return {name: int(fields[name].split()[0]) // 1024 for name in ("VmRSS", "VmHWM")}


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and the processes it forked, so far: what the
    server spent, whatever else shares the machine."""
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").iterdir():
        pids += [int(child) for child in (task / "children").read_text().split()]
    ticks = 0
    for each in pids:
        fields = Path(f"/proc/{each}/stat").read_text().rpartition(")")[2].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return ticks / os.sysconf("SC_CLK_TCK")


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


# --- what a durable commit costs on this disk ---------------------------------------------------


def commit_floor(commits: int = 1000, rounds: int = 2) -> None:
    """One writer committing one small row at a time, as the webhook's transactions do on
    SQLite (WAL, BEGIN IMMEDIATE; INSERT; COMMIT), with synchronous=FULL (what an inbound
    text gets: its commit waits for the disk) and NORMAL. SQLite holds its write lock through
    the commit's flush, so FULL's rate is a ceiling for texts/s, however many threads."""
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder:
        for round in range(1, rounds + 1):
            for sync in ("FULL", "NORMAL"):
                times = _commits(Path(folder) / f"floor-{sync}-{round}.db", sync, commits)
                rate = commits / sum(times) * 1000
                print(
                    f"round {round}, synchronous={sync}: {commits} commits,"
                    f" {rate:,.0f}/s; median {statistics.median(times):.2f} ms,"
                    f" 90th percentile {times[int(commits * 0.9)]:.2f} ms,"
                    f" 99th {times[int(commits * 0.99)]:.2f} ms"
                )


def _commits(path: Path, sync: str, commits: int) -> list[float]:
    """Each commit's time in ms, sorted."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"PRAGMA synchronous={sync}")
    connection.execute("CREATE TABLE text (id INTEGER PRIMARY KEY, body TEXT)")
    times = []
    for _ in range(commits):
        began = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO text (body) VALUES (?)", ("x" * 200,))
        connection.execute("COMMIT")
        times.append((time.perf_counter() - began) * 1000)
    connection.close()
    os.sync()
    return sorted(times)


def postgresql_commit_floor(
    url: str, commits: int = 2000, threads: Sequence[int] = (1, 4, 16)
) -> None:
    """The same on PostgreSQL (synchronous_commit on, its default): one transaction a row,
    from 1, 4 and 16 threads. Its commits wait for the disk too, but the server flushes the
    commits that wait at once together (group commit), so threads add up."""
    engine = sa.create_engine(url, pool_size=max(threads))
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE text (id SERIAL PRIMARY KEY, body TEXT)")
    insert = sa.text("INSERT INTO text (body) VALUES (:body)")

    def commit(share: int) -> None:
        for _ in range(share):
            with engine.begin() as connection:
                connection.execute(insert, {"body": "x" * 200})

    for count in threads:
        workers = [threading.Thread(target=commit, args=(commits // count,)) for _ in range(count)]
        began = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        seconds = time.perf_counter() - began
        print(f"PostgreSQL, {count} threads: {commits} commits, {commits / seconds:,.0f}/s")
    engine.dispose()
