"""What `status`, `tasks` and the long commands show a person: local times in plain sentences,
tables in a terminal and plain text in a pipe, progress on stderr only in a terminal, and the
JSON exactly as scripts know it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.project import ROOT, use_shipped_files

from sequencer.cli import main
from sequencer.reports.terminal import Block, Table, show
from sequencer.reports.wording import pass_summary

CANDIDATES = str(ROOT / "examples" / "candidates.csv")
START = "2026-11-23T08:00"  # New York, the sequence's zone; the recruiter sits in Los Angeles
ISO = re.compile(r"\d{4}-\d\d-\d\dT|\d\d:\d\d:\d\d|\+00:00")
ESCAPE = "\x1b["


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """`sequencer ...` from an empty folder, its output captured (piped, not a terminal)."""
    use_shipped_files(monkeypatch, tmp_path)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich takes the captured output for a terminal (TTY_COMPATIBLE=1), 200 columns wide."""
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def first_day(run) -> None:
    """Ten people enrolled at 08:00 New York time; the daemon's passes until the evening.
    Alex (New York) has had the first email at 15:15 UTC; Ana (Chicago, a work address only)
    has a LinkedIn task since 16:30 UTC; the recruiter records that Alex took another job."""
    run("import", CANDIDATES)
    run("enroll", "passive-candidate", "--all", "--start", START)
    run("tick", "--now", "2026-11-23T13:00Z", "--until", "2026-11-24T00:00Z")
    run("mark", "--now", "2026-11-23T20:00Z", "alex.rivera@example.com", "accepted-elsewhere")


def _section(text: str, who: str) -> str:
    """One person's part of the status text (blocks are separated by a blank line)."""
    [block] = [b for b in text.split("\n\n") if who in b.splitlines()[0]]
    return block


def test_status_shows_the_recruiters_time_and_the_candidates_in_plain_sentences(
    run, first_day
) -> None:
    result = run("status")
    assert result.exit_code == 0
    assert not ISO.search(result.stdout), "no raw UTC ISO times"
    assert "(es)" not in result.stdout and "1 touches" not in result.stdout
    alex = _section(result.stdout, "alex.rivera@example.com")
    assert "Alex Rivera" in alex.splitlines()[0]
    assert "1 touch sent" in alex
    # Sent at 15:15 UTC: 07:15 for the recruiter in Los Angeles, 10:15 for Alex in New York.
    assert "Mon 23 Nov 2026 07:15 PST" in alex and "10:15 EST" in alex
    assert "accepted a role elsewhere" in alex
    assert "halted (" not in alex and "outcome (-)" not in alex
    assert "(recorded by the recruiter))" not in alex
    assert ESCAPE not in result.stdout


def test_status_of_someone_not_yet_touched_says_when_in_both_zones(run, first_day) -> None:
    result = run("status", "oliver.hughes@example.org")
    oliver = result.stdout
    assert "Oliver Hughes" in oliver and "0 touches sent" in oliver
    assert "PST" in oliver and "GMT" in oliver  # London, beside Los Angeles
    assert not ISO.search(oliver)


def test_tasks_name_the_person_and_say_when_each_is_due(run, first_day) -> None:
    result = run("tasks")
    assert result.exit_code == 0
    assert not ISO.search(result.stdout)
    assert "Ana Souza <ana.souza@globex.example>" in result.stdout
    assert "https://www.linkedin.com/in/ana-souza-example-0178" in result.stdout
    # Due since 16:30 UTC: 08:30 in Los Angeles, 10:30 in Chicago; a week to do it.
    assert "Mon 23 Nov 2026 08:30 PST" in result.stdout and "10:30 CST" in result.stdout
    assert "Mon 30 Nov 2026 08:30 PST" in result.stdout
    assert "Hi Ana," in result.stdout  # the message to copy
    assert result.stderr.strip() == "1 open task"


def test_the_json_is_what_scripts_already_read(run, first_day) -> None:
    [alex] = json.loads(run("status", "alex.rivera@example.com", "--json").stdout)
    read = [
        "candidate", "sequence", "version", "status", "reason", "touches_sent", "next_step",
        "next_due_at", "waiting", "held_until", "follow_on", "suppressed",
        "email_undeliverable", "events", "sends",
    ]  # fmt: skip
    assert [key for key in alex if key in read] == read  # keys may be added, none goes
    assert alex["needs_attention"] == []
    assert alex["status"] == "halted"
    assert alex["reason"] == "accepted-elsewhere (recorded by the recruiter)"
    assert alex["follow_on"] == {
        "sequence": "nurture-quarterly",
        "from": "2027-11-23T20:00:00+00:00",
    }
    assert alex["events"] == [
        {"kind": "outcome", "channel": None, "at": "2026-11-23T20:00:00+00:00",
         "detail": "accepted-elsewhere"}
    ]  # fmt: skip
    first = alex["sends"][0]
    assert list(first) == [
        "step", "channel", "to", "status", "reason", "subject", "provider", "provider_id",
        "attempts", "sent_at", "delivery", "task",
    ]  # fmt: skip
    assert first["sent_at"] == "2026-11-23T15:15:00+00:00" and first["status"] == "sent"


def _uncoloured(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def test_a_terminal_gets_tables(run, first_day, terminal) -> None:
    drawn = run("status").stdout
    assert ESCAPE in drawn
    status = _uncoloured(drawn)
    assert re.search(r"step +channel +status +when +their time", status)
    assert "─" in status  # a table's rule
    tasks = _uncoloured(run("tasks").stdout)
    assert re.search(r"# +task +person", tasks) and "─" in tasks
    assert "Ana Souza" in tasks and "Hi Ana," in tasks
    [alex] = json.loads(run("status", "alex.rivera@example.com", "--json").stdout)
    assert alex["sends"][0]["sent_at"] == "2026-11-23T15:15:00+00:00"  # JSON stays plain JSON


@pytest.mark.parametrize("tty_compatible", [None, "0", "1", "yes"])
@pytest.mark.parametrize("force_color", [None, "", "1"])
def test_reports_are_drawn_exactly_where_rich_finds_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tty_compatible: str | None,
    force_color: str | None,
) -> None:
    """Standard output captured (no TTY): `show` writes plain text without asking Rich unless
    a variable says it is a terminal, and draws then as Rich decides, by the same rules."""
    for name, value in (("TTY_COMPATIBLE", tty_compatible), ("FORCE_COLOR", force_color)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    from rich.console import Console

    show([Block("Alex Rivera", tables=[Table(("step", "status"), [("intro", "sent")])])])
    drawn = "─" in capsys.readouterr().out  # a table's rule: plain text has none
    assert drawn == Console().is_terminal


def test_pass_summaries_count_in_words() -> None:
    assert pass_summary({"tasks expired": 1, "sent": 2}) == "2 sent, 1 task expired"
    assert pass_summary({"tasks expired": 3, "task": 1}) == "1 task, 3 tasks expired"
    assert pass_summary({"recruiters told": 1, "moved on": 2}) == "2 moved on, 1 recruiter told"
    assert pass_summary({}) == "nothing due"


# --- progress -------------------------------------------------------------------------------

LONG_WORK = {
    "tick": ["tick", "--now", "2026-11-23T13:00Z", "--until", "2026-11-26T13:00Z"],
    "preview": ["preview", "passive-candidate", "--candidates", CANDIDATES, "--start", START],
    "import": ["import", CANDIDATES],
}
SHOWS = {"tick": "day 3 of 3", "preview": "10 people previewed", "import": "10 rows read"}


def _ready(run, work: str) -> None:
    if work == "tick":
        run("import", CANDIDATES)
        run("enroll", "passive-candidate", "--all", "--start", START)


@pytest.mark.parametrize("work", LONG_WORK)
def test_long_work_shows_progress_on_stderr_in_a_terminal(run, terminal, work: str) -> None:
    _ready(run, work)
    result = run(*LONG_WORK[work])
    assert result.exit_code == 0, result.output
    assert SHOWS[work] in result.stderr


@pytest.mark.parametrize("work", LONG_WORK)
def test_long_work_piped_leaves_stderr_empty(run, work: str) -> None:
    _ready(run, work)
    result = run(*LONG_WORK[work])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
