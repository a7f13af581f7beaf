"""CPU per send of the provider transports: a new connection per send against kept-alive ones.

    .venv/bin/python bench/transport_bench.py                   # 1,000 sends a variant, 3 rounds
    .venv/bin/python bench/transport_bench.py --sends 2000 --rounds 5

The fakes (tests/fakes/sendgrid_server.py, twilio_server.py, no delay) run in a child
process, so `time.process_time` here counts the client's CPU only. Variants, interleaved
round by round so the machine's load hits them alike; each sends the same email or text:

- **sendgrid, before**: what `SendGridSender` did until issue #17: the Mail built by our
  `build_mail`, a new `SendGridAPIClient` per send, posted by python_http_client over urllib
  (a new opener and a new connection per request).
- **sendgrid, pooled**: `SendGridSender.send_email` now: the same Mail and python_http_client
  request building, sent on kept-alive connections (`channels/sendgrid/transport.py`).
- **sendgrid, pooled via `_make_request`**: the same pool plugged at python_http_client's
  `_make_request` seam instead, so the library still builds a urllib opener and Request per
  send: why `PooledClient` sends the verbs itself.
- **sendgrid, bare urllib3**: the floor: the same JSON body (built once) and headers posted
  straight on a urllib3 pool, with no client library around it.
- **twilio, new session + connection per text**: `TwilioTexts` with a new `TwilioHttpClient`
  (its `requests.Session`, so a new connection) for each text, for contrast.
- **twilio, pooled**: one `TwilioTexts`, its thread's session kept alive (`texts.py`).

Printed: median CPU ms per send over the rounds (min-max), wall-clock sends/s, connections
the fake accepted, and the load average before and after (the machine is shared). Then, at
provider latency (the fakes answer after `--delay`), `--threads` threads sending at once
through one `SendGridSender` / `TwilioTexts`: sends/s against the ideal threads / delay, the
most requests the fake saw in flight at once, and the connections it had to open.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import python_http_client
import urllib3
from helpers.project import follow_up_email
from sendgrid import SendGridAPIClient
from twilio.http.http_client import TwilioHttpClient

from sequencer.channels import Text
from sequencer.channels.sendgrid.sender import SendGridSender, build_mail
from sequencer.channels.sendgrid.transport import PooledClient, _Answer, pool_for
from sequencer.channels.twilio.texts import TwilioTexts

EMAIL = follow_up_email("<https://outreach.example.com/u/tok123>")
TEXT = Text(reference="text-1", to="+12125550147", body="Hi Priya, a short follow-up.")
TWILIO_FROM = "+15005550006"


def serve(kind: str) -> None:
    """Child process: run one fake, print its details as JSON, stop when stdin closes."""
    from fakes.sendgrid_server import FakeSendGrid
    from fakes.twilio_server import FakeTwilio

    fake = FakeSendGrid() if kind == "sendgrid" else FakeTwilio()
    with fake:
        details = {"url": fake.url, **_credentials(fake)}
        print(json.dumps(details), flush=True)
        for line in sys.stdin:
            command, _, value = line.strip().partition(" ")
            if command == "delay":
                fake.delay = float(value)
            answer = {"connections": fake.connections, "peak": fake.peak_in_flight}
            print(answer.get(command, ""), flush=True)


def _credentials(fake: object) -> dict[str, str]:
    names = ("api_key", "account_sid", "auth_token")
    return {name: str(getattr(fake, name)) for name in names if hasattr(fake, name)}


class ViaMakeRequest(PooledClient):
    """The pool at the `_make_request` seam: the library's own `http_request` runs."""

    __getattr__ = python_http_client.Client.__getattr__

    def _make_request(self, opener: Any, request: Any, timeout: float | None = None) -> Any:
        response = self._pool.urlopen(
            request.get_method(),
            request.full_url,
            body=request.data,
            headers=dict(request.header_items()),
            redirect=False,
            retries=False,
        )
        assert response.status == 202
        return _Answer(response)


class Fake:
    """A fake running in a child process."""

    def __init__(self, kind: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve", kind],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdin and self.process.stdout
        self.details: dict[str, str] = json.loads(self.process.stdout.readline())

    def ask(self, command: str) -> str:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def connections(self) -> int:
        return int(self.ask("connections"))

    def stop(self) -> None:
        assert self.process.stdin
        self.process.stdin.close()
        self.process.wait(timeout=30)


def variants(sendgrid: dict[str, str], twilio: dict[str, str]) -> dict[str, Callable[[], object]]:
    pooled = SendGridSender(sendgrid["api_key"], api_host=sendgrid["url"])
    texts = TwilioTexts(
        twilio["account_sid"], twilio["auth_token"], TWILIO_FROM, api_base=twilio["url"]
    )
    pool = urllib3.PoolManager(maxsize=1, retries=False)
    seam_pool = pool_for(sendgrid["url"], 10)
    body = json.dumps(build_mail(EMAIL).get()).encode()
    headers = {"Authorization": f"Bearer {sendgrid['api_key']}", "Content-Type": "application/json"}

    def sendgrid_before() -> None:
        client = SendGridAPIClient(api_key=sendgrid["api_key"], host=sendgrid["url"])
        client.client.timeout = 10
        client.send(build_mail(EMAIL))

    def via_make_request() -> None:
        client = SendGridAPIClient(api_key=sendgrid["api_key"], host=sendgrid["url"])
        library = client.client
        client.client = ViaMakeRequest(
            seam_pool, host=library.host, request_headers=library.request_headers, version=3
        )
        client.send(build_mail(EMAIL))

    def bare_urllib3() -> None:
        url = sendgrid["url"] + "/v3/mail/send"
        response = pool.request("POST", url, body=body, headers=headers)
        assert response.status == 202

    fresh = TwilioTexts(
        twilio["account_sid"], twilio["auth_token"], TWILIO_FROM, api_base=twilio["url"]
    )
    # Its transport gets a new TwilioHttpClient (session, connection) for every text.
    fresh._client.http_client._http = lambda: TwilioHttpClient(timeout=15)

    return {
        "sendgrid, before (new client + connection per send)": sendgrid_before,
        "sendgrid, pooled (SendGridSender now)": lambda: pooled.send_email(EMAIL),
        "sendgrid, pooled via _make_request (opener per send)": via_make_request,
        "sendgrid, bare urllib3 pool (floor)": bare_urllib3,
        "twilio, new session + connection per text": lambda: fresh.send_text(TEXT),
        "twilio, pooled (TwilioTexts now)": lambda: texts.send_text(TEXT),
    }


def measure(send: Callable[[], object], sends: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) for `sends` sends."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(sends):
        send()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sends", type=int, default=1000, help="sends per variant and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=32, help="for the run at latency")
    parser.add_argument("--delay", type=float, default=0.15, help="the fakes' latency, seconds")
    parser.add_argument("--serve", choices=["sendgrid", "twilio"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve)
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"
    load_before = os.getloadavg()
    sendgrid, twilio = Fake("sendgrid"), Fake("twilio")
    try:
        run(variants(sendgrid.details, twilio.details), args.sends, args.rounds)
        accepted = f"sendgrid {sendgrid.connections()}, twilio {twilio.connections()}"
        print(f"\nconnections accepted: {accepted}")
        at_latency(sendgrid, twilio, args.threads, args.delay)
    finally:
        sendgrid.stop()
        twilio.stop()
    print(f"load average before: {_load(load_before)}, after: {_load(os.getloadavg())}")


def at_latency(sendgrid: Fake, twilio: Fake, threads: int, delay: float) -> None:
    """Sends from `threads` threads at once through one sender, to fakes that answer after
    `delay`: throughput, and the most requests the fake saw in flight at once."""
    sends = threads * 10
    email_sender = SendGridSender(sendgrid.details["api_key"], api_host=sendgrid.details["url"])
    texts = TwilioTexts(
        twilio.details["account_sid"],
        twilio.details["auth_token"],
        TWILIO_FROM,
        api_base=twilio.details["url"],
    )
    print(f"\n{sends} sends from {threads} threads, one sender, the fake answering after {delay}s")
    for name, fake, send in (
        ("sendgrid (SendGridSender)", sendgrid, lambda _: email_sender.send_email(EMAIL)),
        ("twilio (TwilioTexts)", twilio, lambda _: texts.send_text(TEXT)),
    ):
        fake.ask(f"delay {delay}")
        started, connections = time.perf_counter(), fake.connections()
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(send, range(sends)))
        rate = sends / (time.perf_counter() - started)
        opened = fake.connections() - connections
        ideal = threads / delay
        print(
            f"{name:<28} {rate:6.0f} sends/s (ideal {ideal:.0f}), peak in flight"
            f" {fake.ask('peak')}, new connections {opened}"
        )
        fake.ask("delay 0")


def run(sends_by_name: dict[str, Callable[[], object]], sends: int, rounds: int) -> None:
    for send in sends_by_name.values():
        measure(send, 50)  # warm-up: imports, first connections
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in sends_by_name}
    for _ in range(rounds):
        for name, send in sends_by_name.items():
            results[name].append(measure(send, sends))
    print(f"{sends} sends per variant and round, {rounds} rounds, fakes with no delay\n")
    print(f"{'variant':<54} {'CPU ms/send (median, min-max)':>31} {'sends/s':>9}")
    medians = {}
    for name, runs in results.items():
        cpu = [c / sends * 1000 for c, _ in runs]
        rate = statistics.median(sends / w for _, w in runs)
        medians[name] = statistics.median(cpu)
        spread = f"{medians[name]:.3f} ({min(cpu):.3f}-{max(cpu):.3f})"
        print(f"{name:<54} {spread:>31} {rate:>9.0f}")
    names = list(medians)
    print(f"\nsendgrid CPU per send, pooled / before: {medians[names[1]] / medians[names[0]]:.2f}×")


def _load(load: tuple[float, float, float]) -> str:
    return " ".join(f"{value:.2f}" for value in load)


if __name__ == "__main__":
    main()
