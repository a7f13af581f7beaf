"""Wrong input gets one line that says what is wrong and what to do, and a non-zero exit
code; never a silent success (issue 15, items 13, 14, 16 and 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.project import ROOT, Project, use_shipped_files

from sequencer.cli import main

CANDIDATES = str(ROOT / "examples" / "candidates.csv")
START = "2026-11-23T08:00"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Runs `sequencer ...` from an empty directory, pointed at the shipped files."""
    use_shipped_files(monkeypatch, tmp_path)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture
def enrolled(run):
    """Everyone of the example file in passive-candidate."""
    run("import", CANDIDATES)
    run("enroll", "passive-candidate", "--all", "--start", START)
    return run


def one_error_line(result: Result) -> str:
    assert "Traceback" not in result.output
    [line] = result.stderr.splitlines()
    return line


# --- item 13: silent success on wrong input ---------------------------------------------------


def test_the_funnel_of_a_sequence_nobody_was_enrolled_in_says_so_and_names_the_known(
    enrolled,
) -> None:
    result = enrolled("funnel", "no-such-seq")
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "'no-such-seq'" in line and "passive-candidate" in line
    assert result.stdout == ""
    assert enrolled("funnel", "passive-candidate").exit_code == 0


def test_the_status_of_someone_never_imported_says_so(enrolled) -> None:
    result = enrolled("status", "unknown@example.com")
    assert result.exit_code == 1
    assert "nobody imported with this address" in one_error_line(result)
    assert enrolled("status", "unknown@example.com", "--json").exit_code == 1
    assert enrolled("status", "alex.rivera@example.com").exit_code == 0


def test_tick_until_before_now_is_refused(run) -> None:
    result = run("tick", "--now", "2026-11-25T10:00Z", "--until", "2026-11-24T10:00Z")
    assert result.exit_code == 2
    assert "--until" in result.stderr and "after --now" in result.stderr
    assert "nothing due" not in result.stdout


def test_an_enroll_that_refuses_everyone_exits_1(enrolled) -> None:
    again = enrolled("enroll", "passive-candidate", "--all", "--start", START)
    assert again.exit_code == 1
    assert again.stdout.count("refused ") == 10
    assert "0 enrolled, 10 refused" in again.stderr


def test_an_enroll_that_refuses_some_lists_them_and_exits_0(run) -> None:
    run("import", CANDIDATES)
    run("enroll", "passive-candidate", "alex.rivera@example.com", "--start", START)
    some = run(
        "enroll", "passive-candidate", "alex.rivera@example.com", "nina.patel@example.com",
        "--start", START,
    )  # fmt: skip
    assert some.exit_code == 0
    assert "enrolled nina.patel@example.com" in some.stdout
    assert "refused alex.rivera@example.com: already enrolled in passive-candidate" in some.stdout
    assert "1 enrolled, 1 refused" in some.stderr


def test_an_enroll_with_nobody_imported_says_to_import_first(run) -> None:
    result = run("enroll", "passive-candidate", "--all", "--start", START)
    assert result.exit_code == 1
    assert "sequencer import" in one_error_line(result)


# --- item 14: outcomes and tasks -------------------------------------------------------------


def test_not_now_until_a_past_day_is_refused(enrolled) -> None:
    result = enrolled(
        "mark", "alex.rivera@example.com", "not-now", "--until", "2025-01-01",
        "--now", "2026-11-24T10:00Z",
    )  # fmt: skip
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "2025-01-01 is in the past" in line and "2026-11-24" in line
    [alex] = json.loads(enrolled("status", "alex.rivera@example.com", "--json").stdout)
    assert alex["status"] == "active" and alex["held_until"] is None


def test_until_with_an_outcome_that_has_no_date_is_refused(enrolled) -> None:
    result = enrolled("mark", "alex.rivera@example.com", "hired", "--until", "2027-03-01")
    assert result.exit_code == 1
    assert "--until is only for not-now" in one_error_line(result)
    [alex] = json.loads(enrolled("status", "alex.rivera@example.com", "--json").stdout)
    assert alex["status"] == "active"


def _open_task(run) -> str:
    """The id of Ana's first LinkedIn task (her only email is at her employer)."""
    run("tick", "--now", "2026-11-23T13:00Z", "--until", "2026-11-24T00:00Z")
    [ana] = json.loads(run("status", "ana.souza@globex.example", "--json").stdout)
    return str(ana["sends"][0]["task"]["id"])


def test_tasks_done_takes_now_and_the_touch_counts_from_then(enrolled) -> None:
    task = _open_task(enrolled)
    done = enrolled("tasks", "done", task, "--now", "2026-11-24T15:00Z")
    assert done.exit_code == 0, done.output
    [ana] = json.loads(enrolled("status", "ana.souza@globex.example", "--json").stdout)
    assert ana["sends"][0]["sent_at"] == "2026-11-24T15:00:00+00:00"


def test_a_task_done_twice_says_when_it_was_done(enrolled) -> None:
    task = _open_task(enrolled)
    enrolled("tasks", "done", task, "--now", "2026-11-24T15:00Z")
    twice = enrolled("tasks", "done", task, "--now", "2026-11-25T09:00Z")
    assert twice.exit_code == 1
    assert f"task #{task} was already done on 2026-11-24" in one_error_line(twice)


# --- item 16: migrate says who stays ---------------------------------------------------------


def test_migrate_apply_names_who_stayed_and_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_shipped_files(monkeypatch, tmp_path)
    (tmp_path / "project").mkdir()
    project = Project(tmp_path / "project")
    monkeypatch.setenv("SEQUENCER_SEQUENCES_DIR", str(project.sequences))
    monkeypatch.setenv("SEQUENCER_TEMPLATES_DIR", str(project.templates))
    project.template(
        "t/email",
        "{% block subject %}Hello{% endblock %}\n"
        "{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}\n",
    )
    steps = """
        timezone: America/New_York
        send_window: ["Daily 00:00-23:59"]
        sender: {name: Dana, email: dana@example.com}
        steps:
          - {id: first, channel: email, fallback: linkedin, template: t/email, wait: 0 minutes}
          - {id: second, channel: email, template: t/email, wait: 1 week}
        """
    path = project.sequence("s", steps)
    people = tmp_path / "people.csv"
    people.write_text(
        "email,first_name,linkedin_url,current_company_domain\n"
        "ana@example.com,Ana,,\n"
        "bo@globex.example,Bo,https://www.linkedin.com/in/bo,globex.example\n"
    )
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(main, list(args), catch_exceptions=False)

    run("import", str(people))
    run("enroll", "s", "--all", "--start", "2026-11-23T14:00Z")
    run("tick", "--now", "2026-11-23T14:00Z")  # Ana's email goes; Bo's becomes a task
    path.write_text(path.read_text().replace("1 week", "2 days"))

    shown = run("migrate", "s")
    assert "2 enrollment(s)" in shown.stdout
    assert "stays: bo@globex.example: waiting for task #1" in shown.stdout
    applied = run("migrate", "s", "--apply")
    assert applied.exit_code == 0
    assert "moved 1 enrollment(s)" in applied.stdout
    assert "stayed: bo@globex.example: waiting for task #1" in applied.stdout


# --- item 18: validate outside a project -----------------------------------------------------


def test_validate_outside_a_project_says_where_to_run_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SEQUENCER_SEQUENCES_DIR", raising=False)
    result = CliRunner().invoke(main, ["validate"], catch_exceptions=False)
    assert result.exit_code == 1
    assert one_error_line(result) == (
        "error: no sequences/ folder here; run it in your project or set SEQUENCER_SEQUENCES_DIR"
    )


def test_validate_with_a_missing_sequences_dir_names_the_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SEQUENCER_SEQUENCES_DIR", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(main, ["validate"], catch_exceptions=False)
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "nowhere" in line and "SEQUENCER_SEQUENCES_DIR" in line
