"""`sequencer run`: a real process that sends what is due, answers /healthz, and stops
cleanly on SIGTERM."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from helpers.processes import wait_for
from helpers.project import Project, one_email_now


def test_the_daemon_sends_what_is_due_serves_health_and_stops_on_sigterm(
    project: Project, tmp_path: Path
) -> None:
    env = one_email_now(project, tmp_path)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "sequencer", *args]
        return subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True)

    assert cli("import", "people.csv").returncode == 0
    assert cli("enroll", "always", "ana@example.com").returncode == 0
    daemon = subprocess.Popen(
        [sys.executable, "-m", "sequencer", "run", "--port", "0", "--interval", "1"],
        env=env,
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = daemon.stderr.readline() if daemon.stderr else ""
        port = int(re.search(r":(\d+) ", banner).group(1))  # type: ignore[union-attr]
        health = f"http://127.0.0.1:{port}/healthz"

        def passed() -> dict[str, object] | None:
            report = json.load(urllib.request.urlopen(health, timeout=5))
            return report if report["last_pass"] else None

        assert wait_for(passed)["status"] == "ok"
        wait_for(lambda: (tmp_path / "outbox" / "1-hello.eml").exists())
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=60) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
    status = json.loads(cli("status", "ana@example.com", "--json").stdout)
    assert status[0]["sends"][0]["status"] == "sent"
