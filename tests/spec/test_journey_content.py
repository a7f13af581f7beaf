"""Fresh quarterly content (issue 14, item 7): what is meant to change (the market note, pay
trends, the event, the article) lives in content/*.yaml, read when each message is rendered,
while the sequence and its templates stay pinned to the version each person started on.
`validate` checks the files like sequence files; `preview` says which content a send reads."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.journeys import passes_when_due, received
from helpers.project import ROOT, Project, use_shipped_files

from sequencer.cli import main
from sequencer.config import load_settings
from sequencer.store.database import engine_for

CANDIDATES = str(ROOT / "examples" / "candidates.csv")
NINA = "nina.patel@example.com"
OLD_NOTE = "folding cloud-cost ownership into platform and SRE roles"
NEW_NOTE = "platform teams are being asked to own their AI inference costs"


@pytest.fixture
def content(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The shipped sequences and templates, and a copy of the shipped content to edit."""
    use_shipped_files(monkeypatch, tmp_path)
    folder = tmp_path / "content"
    shutil.copytree(ROOT / "content", folder)
    monkeypatch.setenv("SEQUENCER_CONTENT_DIR", str(folder))
    return folder


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def until(year: int, month: int, day: int) -> None:
    """Passes as the daemon runs them, from the enrollment to that day."""
    start, end = datetime(2026, 11, 23, 13, tzinfo=UTC), datetime(year, month, day, tzinfo=UTC)
    passes_when_due(engine_for("sqlite:///sequencer.db"), load_settings(), start, end)


def test_an_edited_note_reaches_people_already_in_the_pipeline(
    content: Path, tmp_path: Path
) -> None:
    assert run("import", CANDIDATES).exit_code == 0
    assert run("enroll", "nurture-quarterly", NINA, "--start", "2026-11-23T08:00").exit_code == 0
    [enrolled] = json.loads(run("status", NINA, "--json").stdout)
    quarterly = content / "quarterly.yaml"
    quarterly.write_text(quarterly.read_text().replace("more teams are", "teams are"))
    until(2027, 4, 1)
    [first] = received(tmp_path / "outbox")[NINA]
    assert "The clearest pattern: teams are folding cloud-cost ownership" in first[1]

    # This quarter's note, written after she was enrolled and after her first check-in:
    # her next one says it, with no `migrate`, and she stays on the version she started on.
    edited = quarterly.read_text().replace(
        "the biggest differences between offers were not in base pay",
        "the offers that moved fastest were the ones with written on-call pay",
    )
    quarterly.write_text(edited)
    until(2027, 8, 1)
    first_again, second = received(tmp_path / "outbox")[NINA]
    assert first_again == first
    assert "What surprised people more: the offers that moved fastest" in second[1]
    assert "the biggest differences between offers" not in second[1]
    [now] = json.loads(run("status", NINA, "--json").stdout)
    assert now["version"] == enrolled["version"]


def test_a_broken_content_file_holds_the_message_and_says_where(
    content: Path, tmp_path: Path
) -> None:
    run("import", CANDIDATES)
    run("enroll", "nurture-quarterly", NINA, "--start", "2026-11-23T08:00")
    (content / "quarterly.yaml").write_text("market_note: [unclosed\n")
    until(2027, 4, 1)
    assert not (tmp_path / "outbox").exists() or NINA not in received(tmp_path / "outbox")
    shown = run("status", NINA).stdout
    assert "quarterly.yaml:2:1: not valid YAML" in " ".join(shown.split())


def test_preview_says_which_content_each_message_reads(content: Path) -> None:
    args = ["nurture-quarterly", "--candidates", CANDIDATES, "--candidate", NINA]
    shown = run("preview", *args, "--start", "2026-11-23T08:00")
    assert shown.exit_code == 0, shown.output
    assert f"note: content from {content / 'quarterly.yaml'}: market_note" in shown.stdout
    first = json.loads(run("preview", *args, "--format", "json").stdout)["steps"][0]
    assert OLD_NOTE in " ".join(first["body"].split())
    assert first["notes"] == [
        f"content from {content / 'quarterly.yaml'}: market_note (read again when it goes out)"
    ]


TEMPLATE = """\
{% block subject %}News{% endblock %}
{% block body %}
Hi {{ candidate.first_name }}. {{ content.news.headline }}. {{ content.news.hedline }}.
{{ content.events.next }}. No worries if not.
{% endblock %}
"""
SEQUENCE = """\
send_window: ["Daily 00:00-23:59"]
sender: {name: Dana, email: dana@example.com, postal_address: "1 Main St"}
steps:
  - {id: hello, channel: email, template: t/news}
"""


def test_validate_checks_content_files_and_what_templates_read(
    project: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    template = project.template("t/news", TEMPLATE)
    project.sequence("news", SEQUENCE)
    folder = tmp_path / "content"
    folder.mkdir()
    news, broken = folder / "news.yaml", folder / "broken.yaml"
    news.write_text("headline: We shipped it\n")
    broken.write_text("headline: We shipped it\n2fast: no\nempty: ''\nheadline: again\n")
    (folder / "market-notes.yaml").write_text("note: fine\n")
    monkeypatch.chdir(tmp_path)
    for name, path in [("SEQUENCES", project.sequences), ("TEMPLATES", project.templates)]:
        monkeypatch.setenv(f"SEQUENCER_{name}_DIR", str(path))
    monkeypatch.setenv("SEQUENCER_CONTENT_DIR", str(folder))
    checked = run("validate")
    assert checked.exit_code == 1
    assert checked.stdout.splitlines() == [
        f"{template}:3:64: content.news.hedline: no 'hedline' in {news} (did you mean "
        "'headline'?): add it there, or write {{ content.news.hedline | default(\"...\") }}",
        f"{template}:4:4: content.events.next: no file {folder / 'events.yaml'}: create it, or fix "
        "the name in the template",
        f"{broken}:4:1: 'headline' is written twice (first at 1:1)",
        f"{broken}:2:1: '2fast' cannot be read in a template: use letters, digits and _ only, "
        "e.g. market_note",
        f"{broken}:3:8: empty is empty: write this quarter's text, or remove it and the "
        "templates that read it",
        f"{folder / 'market-notes.yaml'}:1:1: templates name this file content.<name>: rename "
        "it market_notes.yaml",
    ]
    assert "1 of 3 content files valid" in checked.stderr


def test_the_shipped_content_and_sequences_validate_clean(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_shipped_files(monkeypatch, tmp_path)
    checked = run("validate")
    assert checked.exit_code == 0, checked.output
    assert checked.stdout == ""  # not even a warning
    assert "2 of 2 content files valid" in checked.stderr
