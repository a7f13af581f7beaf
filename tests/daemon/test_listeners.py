"""`sequencer run` serves two listeners: the webhooks where the providers reach them, and the
recruiters' pages on an address of their own (never the other's routes); one port for both is
refused in one line, and without SEQUENCER_SECRET_KEY the pages stay off, saying so."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from helpers.commands import environment, one_line, sequencer
from helpers.processes import wait_for

SECRET = {"SEQUENCER_SECRET_KEY": "a-long-random-secret-for-the-listener-tests"}


@contextmanager
def daemon(
    folder: Path, *args: str, lines: int = 1, **env: str
) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`sequencer run ARGS` until SIGTERM (which must end it cleanly); yields the process and
    its banner (the first `lines` it writes to stderr, once listening)."""
    command = [sys.executable, "-m", "sequencer", "run", "--interval", "60", *args]
    process = subprocess.Popen(
        command,
        cwd=folder,
        env=environment(SEQUENCER_DATABASE_URL=f"sqlite:///{folder / 'db.sqlite'}", **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        banner = "".join(process.stderr.readline() for _ in range(lines))
        yield process, banner
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def test_the_pages_and_the_webhooks_listen_apart(tmp_path: Path) -> None:
    listeners = ("--port", "0", "--dashboard-port", "0")
    with daemon(tmp_path, *listeners, lines=2, **SECRET) as (_, banner):
        webhooks, pages = re.findall(r"http://127\.0\.0\.1:\d+", banner)
        assert status(f"{webhooks}/healthz") == 200
        assert status(f"{pages}/login") == 200  # the sign-in page
        assert status(f"{webhooks}/login") == 404  # a webhook listener serves no pages
        assert status(f"{webhooks}/static/htmx/htmx.min.js") == 404


def test_without_a_secret_key_the_pages_stay_off_and_the_log_says_why(tmp_path: Path) -> None:
    with daemon(tmp_path, "--port", "0") as (process, banner):
        assert banner.startswith("sequencer running on http://127.0.0.1:")
    assert process.stdout is not None
    assert "the recruiters' pages are off: set SEQUENCER_SECRET_KEY" in process.stdout.read()


def test_one_port_for_both_listeners_is_one_line(tmp_path: Path) -> None:
    result = sequencer(
        tmp_path, "run", "--port", "8071", "--dashboard-port", "8071", timeout=30, **SECRET
    )
    assert one_line(result) == (
        "error: --port and --dashboard-port both name 127.0.0.1:8071: give each its own port"
    )


def test_a_dashboard_port_that_is_no_port_is_refused(tmp_path: Path) -> None:
    result = sequencer(tmp_path, "run", "--dashboard-port", "eighty", timeout=30)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "eighty is not a port number (1-65535, 0, or off)" in result.stderr


def children_of(pid: int) -> list[int]:
    """The processes whose parent is `pid`, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status_text = (entry / "status").read_text()
        except OSError:  # it ended while we looked
            continue
        if re.search(rf"^PPid:\s+{pid}$", status_text, re.MULTILINE):
            found.append(int(entry.name))
    return found


def test_webhook_processes_serve_the_webhooks_port_and_end_with_the_daemon(
    tmp_path: Path,
) -> None:
    with daemon(tmp_path, "--port", "0", SEQUENCER_WEBHOOK_PROCESSES="2") as (process, banner):
        (webhooks,) = re.findall(r"http://127\.0\.0\.1:\d+", banner)
        copies = children_of(process.pid)
        assert len(copies) == 1  # the daemon and one forked copy share the port
        assert all(status(f"{webhooks}/healthz") == 200 for _ in range(20))
    wait_for(lambda: ended(copies[0]), seconds=10)  # stopped with the daemon, port freed


def ended(pid: int) -> bool:
    """Whether process `pid` is gone (or a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return True
    return state == "Z"


def test_webhook_processes_must_be_a_whole_number_of_at_least_one(tmp_path: Path) -> None:
    result = sequencer(tmp_path, "run", "--port", "0", SEQUENCER_WEBHOOK_PROCESSES="0")
    assert result.returncode != 0
    assert one_line(result).startswith("error: SEQUENCER_WEBHOOK_PROCESSES")
