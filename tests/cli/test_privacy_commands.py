"""`sequencer forget` as a newcomer meets it: one line without SEQUENCER_SECRET_KEY, a
question before anything is deleted, and what was removed, by kind, with the address masked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers.commands import environment, one_line, sequencer

SECRET = {"SEQUENCER_SECRET_KEY": "a-long-random-secret-for-the-tests-0123456789"}
PEOPLE = "email,first_name,phone,sms_consent\nsam@example.com,Sam,+14155550199,yes\n"


def test_without_the_secret_it_is_one_line_and_nothing_changes(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text(PEOPLE)
    assert sequencer(tmp_path, "import", "people.csv").returncode == 0
    line = one_line(sequencer(tmp_path, "forget", "sam@example.com", "--yes"))
    assert line.startswith("error: forgetting someone needs SEQUENCER_SECRET_KEY")
    assert "Sam · consent" in sequencer(tmp_path, "status", "sam@example.com").stdout


def test_it_asks_first_then_says_what_it_removed(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text(PEOPLE)
    assert sequencer(tmp_path, "import", "people.csv", **SECRET).returncode == 0
    command = [sys.executable, "-m", "sequencer", "forget", "+14155550199"]
    said_no = subprocess.run(
        command, input="n\n", capture_output=True, text=True, cwd=tmp_path,
        env=environment(**SECRET), check=False,
    )  # fmt: skip
    assert "Forget everyone at +1******0199, for good?" in said_no.stdout
    assert said_no.returncode == 1 and "Aborted" in said_no.stderr
    forgot = sequencer(tmp_path, "forget", "+14155550199", "--yes", **SECRET)
    assert forgot.returncode == 0, forgot.stderr
    removed = "forgot +1******0199: removed 1 person, 1 consent change"
    assert forgot.stdout.splitlines()[0] == removed
    again = sequencer(tmp_path, "import", "people.csv", **SECRET)
    assert again.returncode == 1
    assert "people.csv: row 2: erased at their request on " in again.stderr
