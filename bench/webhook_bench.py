"""Webhook ingest: signed SendGrid event batches, and Twilio-signed inbound texts, end to
end through HTTP into the daemon's webhook listener; then what forged posts cost it in memory.

    .venv/bin/python bench/webhook_bench.py                       # 20,000 events, 2,000 texts
    .venv/bin/python bench/webhook_bench.py --events 50000 --threads 8 --database postgresql
    .venv/bin/python bench/webhook_bench.py --profile             # where the time goes
    .venv/bin/python bench/webhook_bench.py --commit-floor        # a durable SQLite commit's cost

--profile covers the work without HTTP. Where the server process spends its CPU, HTTP included:
py-spy (`pip install --target /tmp/py-spy py-spy`, not a project dependency), sampling only
threads that hold the GIL, from the bench's child processes too:

    /tmp/py-spy/bin/py-spy record --subprocesses --gil --format raw -o /tmp/texts.txt -- \
        .venv/bin/python bench/webhook_bench.py --events 0 --texts 2000 --threads 16 --forged 1

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
import cProfile
import io
import pstats
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric import ec
from pass_bench import PG_SERVER, bench_sequence, database, kinds_available, load
from webhook_world import (
    AUTH_TOKEN,
    FORK,
    PUBLIC_URL,
    Post,
    commit_floor,
    context_for,
    cpu_seconds,
    event_batches,
    forged_posts,
    mis_signed,
    phone,
    post_all,
    postgresql_commit_floor,
    probe_only,
    rss,
    serve_forever,
    site_env,
    text_posts,
)

from sequencer.channels.sendgrid.events import genuine_events as sendgrid_facts
from sequencer.channels.twilio import inbound as twilio_inbound
from sequencer.channels.twilio.signature import TwilioVerifier
from sequencer.inbound.messages import receive_text
from sequencer.inbound.receive import receive_events
from sequencer.store.database import engine_for
from sequencer.web.reader import warm_up
from sequencer.web.webhooks import Hook, Webhooks


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
    warm_up()  # as the daemon has it before the first text (web.reader.warm_up_soon)
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


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=20_000, help="SendGrid events to post")
    parser.add_argument("--batch", type=int, default=100, help="events per signed post")
    parser.add_argument("--texts", type=int, default=2_000, help="inbound texts to post")
    parser.add_argument("--threads", type=int, default=4, help="client threads")
    parser.add_argument("--database", default="sqlite", choices=["sqlite", "postgresql"])
    parser.add_argument("--database-url", default=PG_SERVER, help="the PostgreSQL server")
    parser.add_argument("--forged", type=int, default=40, help="forged 8 MB posts at once")
    parser.add_argument(
        "--listeners", type=int, default=1, help="processes serving the listener's socket"
    )
    parser.add_argument("--profile", action="store_true", help="cProfile the work, no HTTP")
    parser.add_argument(
        "--probe-only",
        action="store_true",
        help="the memory probe alone, twice",
    )
    parser.add_argument(
        "--commit-floor",
        action="store_true",
        help="what a durable SQLite commit costs on this disk, alone",
    )
    args = parser.parse_args(argv)
    if args.probe_only:
        probe_only(args.forged)
        return
    if args.commit_floor:
        commit_floor()
        if kinds_available(["postgresql"], args.database_url):
            with (
                tempfile.TemporaryDirectory() as tmp_name,
                database("postgresql", Path(tmp_name), args.database_url) as url,
            ):
                postgresql_commit_floor(url)
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
            site = FORK.Process(
                target=serve_forever, args=(url, env, ports, args.listeners), daemon=True
            )
            site.start()
            port = ports.get(timeout=60)
            assert site.pid is not None
            try:
                event_seconds, event_statuses = post_all(port, batches, args.threads)
                cpu_before = cpu_seconds(site.pid)
                text_seconds, text_statuses = post_all(port, texts, args.threads)
                text_cpu = cpu_seconds(site.pid) - cpu_before
                cpu_before = cpu_seconds(site.pid)
                wrong_seconds, wrong_statuses = post_all(port, mis_signed(texts), args.threads)
                wrong_cpu = cpu_seconds(site.pid) - cpu_before
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
        f"\nTexts: the server's processes ({args.listeners}) used {text_cpu:.2f} s of CPU,"
        f" {1000 * text_cpu / len(texts):.2f} ms a text;"
        f" wrongly signed, {1000 * wrong_cpu / len(texts):.2f} ms"
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
