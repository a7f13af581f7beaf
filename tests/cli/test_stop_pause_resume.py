"""`sequencer stop`, `pause` and `resume` from the command line: each says what it changed,
`status` shows it, and wrong input is one line and exit code 1 (issue 15, item 15)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.project import ROOT, use_shipped_files

from sequencer.cli import main

CANDIDATES = str(ROOT / "examples" / "candidates.csv")
START = "2026-11-23T08:00"
ALEX = "alex.rivera@example.com"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Everyone of the example file enrolled in passive-candidate, the first touches sent."""
    use_shipped_files(monkeypatch, tmp_path)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    invoke("import", CANDIDATES)
    invoke("enroll", "passive-candidate", "--all", "--start", START)
    invoke("tick", "--now", "2026-11-23T13:00Z", "--until", "2026-11-26T00:00Z", "--every", "60")
    return invoke


def status_of(run, email: str) -> dict:
    [entry] = json.loads(run("status", email, "--json").stdout)
    return entry


def test_stop_shows_in_status_and_cannot_be_resumed(run) -> None:
    stopped = run("stop", ALEX, "--sequence", "passive-candidate", "--now", "2026-11-26T12:00Z")
    assert stopped.exit_code == 0 and stopped.stdout == "passive-candidate: stopped\n"
    entry = status_of(run, ALEX)
    assert (entry["status"], entry["reason"]) == ("halted", "stopped by the recruiter")
    assert "stopped by the recruiter" in run("status", ALEX).stdout
    again = run("resume", ALEX, "--now", "2026-11-27T12:00Z")
    assert again.exit_code == 1
    [line] = again.stderr.splitlines()
    assert "cannot be resumed" in line


def test_pause_then_resume_shows_in_status(run) -> None:
    paused = run("pause", ALEX, "--now", "2026-11-26T12:00Z")
    assert paused.exit_code == 0
    assert paused.stdout == "passive-candidate: paused until you resume it (sequencer resume)\n"
    assert status_of(run, ALEX)["status"] == "paused"
    assert "paused by the recruiter" in run("status", ALEX).stdout
    resumed = run("resume", ALEX, "--now", "2026-12-08T15:00Z")
    assert resumed.exit_code == 0 and resumed.stdout.startswith("passive-candidate: resumed; next")
    entry = status_of(run, ALEX)
    assert entry["status"] == "active" and entry["next_due_at"] >= "2026-12-08T15:00"


def test_pause_until_a_day_shows_when_it_resumes(run) -> None:
    paused = run("pause", ALEX, "--until", "2027-01-11", "--now", "2026-11-26T12:00Z")
    assert paused.stdout == "passive-candidate: paused; resumes 2027-01-11 in the send window\n"
    entry = status_of(run, ALEX)
    assert entry["reason"] == "paused by the recruiter until 2027-01-11"
    assert entry["next_due_at"].startswith("2027-01-1")


def test_wrong_input_to_stop_pause_and_resume_is_one_line_and_exit_1(run) -> None:
    cases = [
        (("stop", "nobody@example.com"), "nobody imported with this address"),
        (("stop", ALEX, "--sequence", "nurture-quarterly"), "not in nurture-quarterly"),
        (("pause", ALEX, "--until", "2026-01-01", "--now", "2026-11-26T12:00Z"), "in the past"),
        (("resume", ALEX), "nothing to resume: not paused in passive-candidate"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.exit_code == 1, args
        [line] = result.stderr.splitlines()
        assert line.startswith("error: ") and message in line, line
    bad_day = run("pause", ALEX, "--until", "March")
    assert bad_day.exit_code == 2 and "not a date like 2027-03-01" in bad_day.stderr


def test_the_enroll_refusal_names_a_command_that_exists_and_works(run) -> None:
    refused = run("enroll", "applicant-went-quiet", ALEX, "--start", START)
    [line] = [out for out in refused.stdout.splitlines() if out.startswith(f"refused {ALEX}")]
    command = line.split("(", 1)[1].split(")", 1)[0]
    assert command == f"sequencer stop {ALEX} --sequence passive-candidate"
    assert run(*shlex.split(command)[1:]).exit_code == 0
    enrolled = run("enroll", "applicant-went-quiet", ALEX, "--start", START)
    assert enrolled.exit_code == 0 and f"enrolled {ALEX}" in enrolled.stdout
