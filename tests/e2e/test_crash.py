"""A real crash: `kill -9` the dispatcher after SendGrid has the message and before the send is
recorded. Started again, it does not send a second time: the touch shows as in doubt."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from fakes.sendgrid_server import FakeSendGrid, Reply
from helpers.project import Project, one_email_now


def test_kill_9_between_the_provider_call_and_the_commit_sends_nothing_twice(
    project: Project, tmp_path: Path
) -> None:
    base = one_email_now(project, tmp_path)
    with FakeSendGrid() as sendgrid:
        assert sendgrid.api_key is not None
        env = base | {
            "SENDGRID_API_KEY": sendgrid.api_key,
            "SENDGRID_API_HOST": sendgrid.url,
        }

        def cli(*args: str) -> subprocess.Popen[str]:
            return subprocess.Popen(
                [sys.executable, "-m", "sequencer", *args],
                env=env,
                cwd=tmp_path,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )

        assert cli("import", "people.csv").wait() == 0
        assert (
            cli("enroll", "always", "ana@example.com", "--start", "2026-11-23T09:00Z").wait() == 0
        )
        sendgrid.script(Reply.stall())  # SendGrid takes the message and answers late
        first = cli("tick", "--now", "2026-11-23T10:00Z")
        deadline = time.monotonic() + 60
        while not sendgrid.requests and time.monotonic() < deadline:
            time.sleep(0.05)  # waiting on another process, bounded
        assert len(sendgrid.requests) == 1
        first.send_signal(signal.SIGKILL)
        first.wait()
        sendgrid.release()

        again = cli("tick", "--now", "2026-11-23T10:05Z")
        assert again.wait() == 0
        assert len(sendgrid.requests) == 1  # not sent a second time
        status = cli("status", "ana@example.com", "--json")
        out, _ = status.communicate()
    [entry] = json.loads(out)
    assert entry["sends"][0]["status"] == "in doubt"
    assert entry["waiting"].startswith("in doubt")
