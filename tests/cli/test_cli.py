"""The command line: thin commands, clear errors, exit codes a script can rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.project import ROOT, use_shipped_files

from sequencer.cli import main

CANDIDATES = str(ROOT / "examples" / "candidates.csv")
START = "2026-11-23T08:00"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Runs `sequencer ...` from an empty directory, pointed at the shipped files."""
    use_shipped_files(monkeypatch, tmp_path)

    def invoke(*args: str):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return invoke


def test_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sequencer", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=os.environ.copy(),
    )
    assert result.returncode == 0 and "validate" in result.stdout and "preview" in result.stdout


def test_validate_passes_on_what_ships(run) -> None:
    result = run("validate")
    assert result.exit_code == 0, result.output
    shipped = len(list((ROOT / "sequences").glob("*.yaml")))
    assert f"{shipped} of {shipped} sequence files valid" in result.output
    content = len(list((ROOT / "content").glob("*.yaml")))
    assert f"{content} of {content} content files valid" in result.output


def test_validate_fails_with_one_line_per_problem(run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("steps:\n  - id: a\n    channel: fax\n    template: passive-candidate/initial\n")
    result = run("validate", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:3:14: channel: unknown channel 'fax'" in result.output


def test_preview_json_for_one_candidate(run, tmp_path: Path) -> None:
    result = run(
        "preview",
        "passive-candidate",
        "--candidates",
        CANDIDATES,
        "--candidate",
        "Jordan.Lee@example.net",
        "--start",
        START,
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    view = json.loads(result.stdout)
    assert view["candidate"]["email"] == "jordan.lee@example.net"
    assert [s["id"] for s in view["steps"]] == [
        "initial",
        "follow-up-1",
        "follow-up-2",
        "final-notice",
    ]
    assert list(tmp_path.iterdir()) == []  # a preview writes nothing


def test_preview_html_page(run, tmp_path: Path) -> None:
    out = tmp_path / "out" / "page.html"
    result = run(
        "preview",
        "phone-and-text",
        "--candidates",
        CANDIDATES,
        "--start",
        START,
        "--format",
        "html",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Priya" in page and "Liam" in page


def test_preview_reports_bad_rows_by_number_and_previews_the_rest(run, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "email,first_name,timezone,recent_project\n"
        "ok@example.com,Ok,Europe/Berlin,the data platform\n"
        "bad@example.com,Bad,Mars/Olympus,the data platform\n"
        "missing@example.com,Missing,Europe/Berlin,\n",
        encoding="utf-8",
    )
    result = run("preview", "passive-candidate", "--candidates", str(people), "--start", START)
    assert result.exit_code == 1
    assert "for Ok <ok@example.com>" in result.stdout
    assert f"{people}: row 3: " in result.stderr and "Mars/Olympus" in result.stderr
    assert f"{people}: row 4: " in result.stderr and "candidate.recent_project" in result.stderr


def test_a_big_file_previews_on_every_core_in_file_order_with_its_bad_rows(
    run, tmp_path: Path
) -> None:
    rows = [
        f"p{n}@example.com,P{n},Europe/Berlin,{'the data platform' if n % 97 else ''}"
        for n in range(450)  # more than two batches of 200: shared out between processes
    ]
    people = tmp_path / "people.csv"
    people.write_text("email,first_name,timezone,recent_project\n" + "\n".join(rows) + "\n")

    result = run("preview", "passive-candidate", "--candidates", str(people), "--start", START,
                 "--format", "json")  # fmt: skip

    assert result.exit_code == 1
    views = json.loads(result.stdout)
    expected = [f"p{n}@example.com" for n in range(450) if n % 97]
    assert [v["candidate"]["email"] for v in views] == expected
    bad = [line for line in result.stderr.splitlines() if "candidate.recent_project" in line]
    assert [line.split(": ")[1] for line in bad] == [f"row {n + 2}" for n in range(0, 450, 97)]


def test_preview_of_an_unknown_sequence_names_the_known_ones(run) -> None:
    result = run("preview", "pasive", "--candidates", CANDIDATES)
    assert result.exit_code == 1
    assert "no sequence 'pasive'" in result.stderr and "passive-candidate" in result.stderr


def test_a_bad_start_time_is_a_usage_error(run) -> None:
    result = run("preview", "passive-candidate", "--candidates", CANDIDATES, "--start", "monday")
    assert result.exit_code == 2 and "ISO-8601" in result.stderr


def test_schema_command_prints_the_published_schema(run) -> None:
    result = run("schema")
    published = (ROOT / "schema" / "sequence.schema.json").read_text(encoding="utf-8")
    assert json.loads(result.stdout) == json.loads(published)


def test_import_then_enroll_from_the_command_line(run, tmp_path: Path) -> None:
    imported = run("import", CANDIDATES)
    assert imported.exit_code == 0 and "10 new, 0 updated, 0 rejected" in imported.stdout
    assert (tmp_path / "sequencer.db").exists()  # the default database, in the working folder
    enrolled = run("enroll", "passive-candidate", "--all", "--start", START)
    assert enrolled.exit_code == 0
    assert enrolled.stdout.count("enrolled ") == 10
    again = run("enroll", "passive-candidate", "alex.rivera@example.com", "--start", START)
    assert "refused alex.rivera@example.com: already enrolled in passive-candidate" in again.stdout


def test_import_reports_bad_rows_by_number(run, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("email,timezone\nok@example.com,UTC\nbad,UTC\n", encoding="utf-8")
    result = run("import", str(people))
    assert result.exit_code == 1
    assert "1 new, 0 updated, 1 rejected" in result.stdout
    assert f"{people}: row 3: " in result.stderr


def test_simulated_weeks_send_to_the_outbox_and_status_explains(run, tmp_path: Path) -> None:
    run("import", CANDIDATES)
    run("enroll", "passive-candidate", "--all", "--start", START)
    result = run("tick", "--now", "2026-11-23T13:00Z", "--until", "2026-12-12T00:00Z")
    assert result.exit_code == 0 and "sent" in result.stdout
    outbox = sorted(p.name for p in (tmp_path / "outbox").iterdir())
    assert "1-initial.eml" in outbox and "1-follow-up-1.eml" in outbox
    entries = json.loads(run("status", "alex.rivera@example.com", "--json").stdout)
    [alex] = entries
    assert [s["status"] for s in alex["sends"]] == ["sent", "sent", "waiting"]
    assert alex["waiting"].startswith("waiting for the recruiter")
    assert "2 touches sent" in run("status", "alex.rivera@example.com").stdout
    assert "1 tasks expired" not in result.stdout and "1 task expired" in result.stdout
    tasks = run("tasks").stdout.splitlines()
    [line] = [t for t in tasks if t.startswith("#") and "to Alex Rivera <alex.rivera@" in t]
    assert "Send it at https://www.linkedin.com/in/alex-rivera" in tasks[tasks.index(line) + 1]
    task_id = line.split()[0].lstrip("#")
    assert run("tasks", "done", task_id).exit_code == 0
    [alex] = json.loads(run("status", "alex.rivera@example.com", "--json").stdout)
    assert alex["sends"][2]["status"] == "sent" and alex["next_step"] == "final-notice"
