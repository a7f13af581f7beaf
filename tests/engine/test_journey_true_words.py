"""Words that are true for the person (issue 14, item 6): the shipped phone-and-text sequence
thanks people for consent only when they gave it, and the voicemail's paired email mentions a
voicemail only when one is being left; a follow-up reached on LinkedIn never talks about the
top of an inbox. `validate` and `preview` warn about a template that claims either without
checking. Real people from examples/candidates.csv, real passes, what each received."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.journeys import passes_when_due, received
from helpers.project import ROOT, Project, use_shipped_files
from sqlmodel import Session, col, select

from sequencer.cli import main
from sequencer.config import load_settings
from sequencer.store.database import engine_for
from sequencer.store.models import Task

CANDIDATES = str(ROOT / "examples" / "candidates.csv")
PRIYA = "priya.raman@example.com"  # no phone, no consent to calls or texts
LIAM = "liam.oconnor@example.com"  # consent to both
JORDAN = "jordan.lee@example.net"  # texts only
ANA = "ana.souza@globex.example"  # her only email is at her employer: LinkedIn

THANKS = "thanks for saying I could"
VOICEMAIL = "If you got a voicemail from me today"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    use_shipped_files(monkeypatch, tmp_path)

    def invoke(*args: str) -> Result:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result

    invoke("import", CANDIDATES)
    return invoke


def test_phone_and_text_says_only_what_happened_for_each_person(run, tmp_path: Path) -> None:
    run("enroll", "phone-and-text", PRIYA, LIAM, JORDAN, "--start", "2026-11-23T08:00")
    start, until = datetime(2026, 11, 22, 20, tzinfo=UTC), datetime(2027, 1, 12, tzinfo=UTC)
    passes_when_due(engine_for("sqlite:///sequencer.db"), load_settings(), start, until)
    people = received(tmp_path / "outbox")

    priya = [text for _, text in people[PRIYA]]
    assert len(priya) == 3  # no phone: every touch by email
    assert not any(THANKS.lower() in text.lower() or VOICEMAIL in text for text in priya)
    assert "in case it got buried" in priya[1]
    assert "decision by Friday, January 29" in priya[2]

    liam_email, liam_phone = people[LIAM], people["+61491570156"]
    assert f"{THANKS} follow up by phone or text" in liam_email[0][1]
    assert VOICEMAIL in liam_email[1][1]
    assert [kind for kind, _ in liam_phone] == ["call", "text"]
    assert "we decide by Jan 29" in liam_phone[1][1]

    # Jordan said yes to texts only: no thanks for calls, and no voicemail (a call task for
    # the recruiter instead), so the paired email says nothing about one.
    jordan_email, jordan_phone = people[JORDAN], people["+12065550123"]
    assert f"{THANKS} follow up by text as well as email" in jordan_email[0][1]
    assert "phone or text" not in jordan_email[0][1]
    assert VOICEMAIL not in jordan_email[1][1]
    assert "in case it got buried" in jordan_email[1][1]
    assert [kind for kind, _ in jordan_phone] == ["text"]


def test_a_follow_up_on_linkedin_never_mentions_an_inbox(run, tmp_path: Path) -> None:
    run("enroll", "passive-candidate", ANA, "--start", "2026-11-23T08:00")
    run("tick", "--now", "2026-11-23T13:00Z", "--until", "2026-11-24T00:00Z", "--every", "60")
    database = engine_for("sqlite:///sequencer.db")
    run("tasks", "done", str(_open_task(database)), "--now", "2026-11-24T15:00Z")
    run("tick", "--now", "2026-11-24T16:00Z", "--until", "2026-12-04T00:00Z", "--every", "60")
    with Session(database) as session:
        tasks = session.exec(select(Task).order_by(col(Task.id))).all()
    follow_up = tasks[-1].body
    assert tasks[-1].to.startswith("https://www.linkedin.com/in/ana-souza")
    assert "here's a short follow-up on my note" in follow_up
    assert "inbox" not in follow_up and "by email" not in follow_up


def _open_task(database) -> int:
    with Session(database) as session:
        [task] = session.exec(select(Task)).all()
    assert task.id is not None
    return task.id


CLAIMS = """
{% block subject %}Hello{% endblock %}
{% block body %}
Hi {{ candidate.first_name }},
Thanks for saying I could text you.
If you got a voicemail from me today, here it is in writing.
{% if consent.sms %}Thanks for saying I could text you.{% endif %}
{% if voicemail_left %}If you got a voicemail from me today, good.{% endif %}
No worries if not.
{% endblock %}
"""
ONE_STEP = """
send_window: ["Daily 00:00-23:59"]
sender: {name: Dana, email: dana@example.com, postal_address: "1 Main St"}
steps:
  - {id: hello, channel: email, template: t/claims}
"""


def test_validate_and_preview_warn_about_a_claim_nobody_checked(
    project: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    template = project.template("t/claims", CLAIMS)
    project.sequence("claims", ONE_STEP)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SEQUENCER_SEQUENCES_DIR", str(project.sequences))
    monkeypatch.setenv("SEQUENCER_TEMPLATES_DIR", str(project.templates))
    checked = CliRunner().invoke(main, ["validate"])
    assert checked.exit_code == 0, checked.output  # a warning, not an error
    warnings = [line for line in checked.stdout.splitlines() if "warning:" in line]
    assert warnings == [
        f'{template}:4:1: warning: "Thanks for saying I could" claims consent this person may '
        "not have given: say it only under {% if consent.call %} (or consent.sms)",
        f'{template}:5:14: warning: "voicemail from me" claims a voicemail that may not have '
        "been left: say it only under {% if voicemail_left %}",
    ]
    (tmp_path / "people.csv").write_text("email,first_name\nana@example.com,Ana\n")
    shown = CliRunner().invoke(main, ["preview", "claims", "--candidates", "people.csv"])
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.count("   warning: ") == 2
    assert 'warning: "Thanks for saying I could" claims consent' in shown.stdout
