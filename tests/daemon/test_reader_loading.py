"""The daemon sends and serves before the reply reader has loaded, and a reply that arrives
meanwhile is still read, its effects applied, once the reader is there (a text waits for it;
it is never refused). With SEQUENCER_WEBHOOK_PROCESSES=2 each process loads its own reader,
after the fork.

The reader is held back at will: the daemon runs behind a gate that stops the import of
`sequencer.inbound.intent.reading` until a file exists, so nothing here depends on how long
the load takes."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers.commands import environment
from helpers.processes import wait_for
from helpers.project import Project, one_email_now
from twilio.request_validator import RequestValidator

TOKEN = "twilio-auth-token-for-the-reader-tests"
PUBLIC_URL = "https://sequencer.example.com"
ANA_PHONE = "+12125550147"
READER = "sequencer.inbound.intent.reading"

# `sequencer ARGS` with the reader's module held before it runs until the file GATE exists.
# Held in its loader, under that module's own lock: a finder is asked under the interpreter's
# one import lock, and holding that would stop every import in every thread.
GATED = f"""
import pathlib, sys, time
from importlib.machinery import PathFinder, SourceFileLoader
GATE = pathlib.Path(sys.argv[1])
class Held(SourceFileLoader):
    def exec_module(self, module):
        while not GATE.exists():
            time.sleep(0.01)
        super().exec_module(module)
class Gate:
    def find_spec(self, name, path=None, target=None):
        if name != {READER!r}:
            return None
        spec = PathFinder.find_spec(name, path, target)
        spec.loader = Held(spec.loader.name, spec.loader.path)
        return spec
sys.meta_path.insert(0, Gate())
from sequencer.cli import main
main(sys.argv[2:], prog_name="sequencer")
"""


@contextmanager
def gated_daemon(
    folder: Path, env: dict[str, str], processes: int
) -> Iterator[tuple[subprocess.Popen[str], int, Path]]:
    """`sequencer run` with the reader held back; yields it, its webhook port and the gate."""
    gate = folder / "gate"
    command = [sys.executable, "-c", GATED, str(gate), "run", "--port", "0", "--interval", "60"]
    variables = {k: v for k, v in env.items() if k.startswith("SEQUENCER_")} | {
        "SEQUENCER_DASHBOARD_PORT": "off",
        "SEQUENCER_PUBLIC_URL": PUBLIC_URL,
        "SEQUENCER_WEBHOOK_PROCESSES": str(processes),
        "TWILIO_AUTH_TOKEN": TOKEN,
    }
    daemon = subprocess.Popen(
        command,
        cwd=folder,
        env=environment(**variables),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = first_line(daemon)  # a daemon that waited for the reader would never say it
        found = re.search(r"http://127\.0\.0\.1:(\d+)", banner)
        assert found, banner
        yield daemon, int(found.group(1)), gate
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=60) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()


def first_line(process: subprocess.Popen[str], seconds: float = 120) -> str:
    """The first line the process writes to stderr, or "" if none comes in time."""
    lines: list[str] = []
    assert process.stderr is not None
    reader = threading.Thread(target=lambda: lines.append(process.stderr.readline()), daemon=True)
    reader.start()
    reader.join(seconds)
    return lines[0] if lines else ""


def post_text(port: int, body: str, sid: str) -> tuple[int, str]:
    """A text from Ana, signed as Twilio signs it: the answer's status and body."""
    target = "/webhooks/twilio/sms"
    params = {"MessageSid": sid, "From": ANA_PHONE, "Body": body}
    signature = RequestValidator(TOKEN).compute_signature(PUBLIC_URL + target, params)
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{target}",
        data=urllib.parse.urlencode(params).encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature,
        },
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        return int(response.status), response.read().decode()


def health(port: int) -> dict[str, object]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
        return dict(json.load(response))


def cli_json(folder: Path, env: dict[str, str], *args: str) -> list[dict[str, object]]:
    command = [sys.executable, "-m", "sequencer", *args]
    done = subprocess.run(command, env=env, cwd=folder, capture_output=True, text=True, check=True)
    return list(json.loads(done.stdout))


@pytest.fixture
def enrolled(project: Project, tmp_path: Path) -> dict[str, str]:
    """Ana, with a phone she may be texted at, enrolled in one email due at once."""
    env = one_email_now(project, tmp_path)
    people = (
        f"email,phone,first_name,timezone,sms_consent\nana@example.com,{ANA_PHONE},Ana,UTC,yes\n"
    )
    (tmp_path / "people.csv").write_text(people)
    for arguments in (["import", "people.csv"], ["enroll", "always", "ana@example.com"]):
        command = [sys.executable, "-m", "sequencer", *arguments]
        subprocess.run(command, env=env, cwd=tmp_path, check=True, capture_output=True)
    return env


def test_the_daemon_sends_and_serves_while_the_reader_has_not_loaded(
    enrolled: dict[str, str], tmp_path: Path
) -> None:
    with gated_daemon(tmp_path, enrolled, processes=1) as (_daemon, port, gate):
        wait_for(lambda: (tmp_path / "outbox" / "1-hello.eml").exists())
        assert wait_for(lambda: health(port)["last_pass"])  # the pass ended, reader or not
        assert not gate.exists()  # so the reader never loaded: its import still waits
        gate.touch()
    (ana,) = cli_json(tmp_path, enrolled, "status", "ana@example.com", "--json")
    assert ana["sends"] and ana["sends"][0]["status"] == "sent"  # type: ignore[index]


@pytest.mark.parametrize("processes", [1, 2])
def test_a_text_that_comes_before_the_reader_is_read_once_it_has_loaded(
    enrolled: dict[str, str], tmp_path: Path, processes: int
) -> None:
    answers: list[tuple[int, str]] = []
    with gated_daemon(tmp_path, enrolled, processes) as (_daemon, port, gate):
        texts = [
            threading.Thread(
                target=lambda n=n: answers.append(post_text(port, "Stop texting me", f"SM{n:032}"))
            )
            for n in range(4)  # over several connections: each process gets its share
        ]
        for text in texts:
            text.start()
        assert health(port)["status"] == "ok"  # served meanwhile
        assert answers == []  # the texts wait for the reader; none is refused
        gate.touch()
        for text in texts:
            text.join(timeout=120)
        assert [status for status, _ in answers] == [200] * 4
    replies = cli_json(tmp_path, enrolled, "replies", "--json")
    read = [(r["label"], r["language"], r["decision"]) for r in replies]
    assert read == [("opt_out", "en", "opted-out")] * 4  # read by the reader, and applied
    (ana,) = cli_json(tmp_path, enrolled, "status", "ana@example.com", "--json")
    assert ana["suppressed"] == f"{ANA_PHONE}: texted 'Stop texting me'"
