"""Issue 14, item 5a: `enroll` renders every step for the person, as `preview` does, and
refuses with the reason when one cannot be written for them. Omar's row has no
recent_project, which the first email is built on: he is refused at enroll, with the field
named, receives nothing (no "following up on my note" about a note that never went out),
and once his row is fixed he is enrolled and gets the first email. On SQLite and PostgreSQL,
through the commands, the engine and the web app's candidate page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.dashboard import START as DESK_START
from helpers.dashboard import desk
from helpers.project import Project, use_shipped_files
from sqlmodel import Session, select

from sequencer.cli import main
from sequencer.engine.enroll import enroll
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import Enrollment
from sequencer.store.people import import_candidates

NINA, OMAR = "nina@x.example", "omar@x.example"
HEADER = "email,first_name,last_name,timezone,country,recent_project\n"
NINA_ROW = f"{NINA},Nina,Berg,Europe/Berlin,DE,your talk on zero-downtime schema migrations\n"
OMAR_EMPTY = f"{OMAR},Omar,Haddad,Europe/Berlin,DE,\n"
OMAR_FIXED = f"{OMAR},Omar,Haddad,Europe/Berlin,DE,the build cache you wrote for a monorepo\n"
START = "2026-11-23T08:00Z"  # a Monday morning in Berlin


@pytest.fixture
def folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, database_url: str) -> Path:
    use_shipped_files(monkeypatch, tmp_path)
    if database_url == "sqlite://":  # tests/engine's in-memory database: one per command here
        database_url = f"sqlite:///{tmp_path / 'sequencer.db'}"
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", database_url)
    return tmp_path


def run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def received(folder: Path, person: str) -> list[EmailMessage]:
    files = sorted((folder / "outbox").glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    mails = [message_from_bytes(p.read_bytes(), policy=policy.default) for p in files]
    return [m for m in mails if person in str(m["To"])]


def test_omar_without_the_detail_the_first_email_needs_is_refused_until_his_row_is_fixed(
    folder: Path,
) -> None:
    people = folder / "people.csv"
    people.write_text(HEADER + NINA_ROW + OMAR_EMPTY, encoding="utf-8")
    assert run("import", str(people)).exit_code == 0
    enrolled = run("enroll", "passive-candidate", "--all", "--start", START)
    assert enrolled.exit_code == 0  # Nina is in: a partial success
    assert f"enrolled {NINA}: first touch" in enrolled.output
    assert (
        f"refused {OMAR}: passive-candidate/initial needs recent_project, which is empty in "
        "their row: fill it in and import them again"
    ) in enrolled.output

    run("tick", "--now", START, "--until", "2026-12-05T00:00Z", "--every", "30")
    assert received(folder, NINA)  # her sequence runs
    assert received(folder, OMAR) == []  # no first email, and so no follow-up to it

    people.write_text(HEADER + OMAR_FIXED, encoding="utf-8")
    run("import", str(people))
    again = run("enroll", "passive-candidate", OMAR, "--start", "2026-12-07T08:00Z")
    assert f"enrolled {OMAR}: first touch" in again.output
    run("tick", "--now", "2026-12-07T08:00Z", "--until", "2026-12-08T00:00Z", "--every", "30")
    [first] = received(folder, OMAR)
    part = first.get_body(preferencelist=("plain",))
    assert part is not None
    assert "I came across the build cache you wrote for a monorepo" in part.get_content()


LATER_STEP = """
timezone: Europe/Berlin
send_window: ["Mon-Fri 09:00-17:00"]
sender: {name: Dana, email: dana@northwind.example, postal_address: "1 Main St"}
candidate_fields: [city]
steps:
  - {id: hello, channel: email, template: t/hello}
  - {id: local, channel: email, template: t/city, wait: 3 days}
"""
HELLO = """{% block subject %}A staff role{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}
"""
CITY = """{% block subject %}Coffee?{% endblock %}
{% block body %}Hi {{ candidate.first_name }}, I'm in {{ candidate.city }} next week.
No worries if not.{% endblock %}
"""


def test_a_later_step_that_cannot_be_written_refuses_before_anything_is_sent(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    project.template("t/hello", HELLO)
    project.template("t/city", CITY)
    path = project.sequence("coffee", LATER_STEP)
    csv = tmp_path / "people.csv"
    csv.write_text("email,first_name,city\nana@example.com,Ana,Lisbon\nben@example.com,Ben,\n")
    engine = engine_for(database_url)
    import_candidates(engine, csv, datetime(2026, 11, 23, tzinfo=UTC))
    sequence, _ = load_sequence(path, project.library)
    report = enroll(engine, sequence, project.library, None, datetime(2026, 11, 23, 8, tzinfo=UTC))
    assert [key for key, _ in report.enrolled] == ["ana@example.com"]
    assert report.refused == [
        (
            "ben@example.com",
            "t/city needs city, which is empty in their row: fill it in and import them again",
        )
    ]
    with Session(engine) as session:
        assert len(session.exec(select(Enrollment)).all()) == 1  # Ben never started
    engine.dispose()


NEEDS_CITY = """
timezone: America/New_York
send_window: ["Mon-Fri 09:00-17:00"]
sender: {name: Dana, email: dana@northwind.example, postal_address: "1 Main St"}
candidate_fields: [city]
steps:
  - {id: local, channel: email, template: t/city}
"""


def test_the_web_app_shows_why_a_person_cannot_be_enrolled(
    project: Project, tmp_path: Path
) -> None:
    office = desk(project, f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path)
    office.tick(DESK_START + timedelta(hours=1))
    project.template("t/city", CITY)
    project.sequence("needs-city", NEEDS_CITY)
    dana = office.sign_in()
    dana.get("/candidates/1")
    dana.post("/candidates/1/stop", htmx=True)
    answer = dana.post("/candidates/1/enroll", {"sequence": "needs-city"}, htmx=True)
    assert 'class="flash error"' in answer.text
    assert (
        "not enrolled in needs-city: t/city needs city, which is empty in their row: fill it "
        "in and import them again"
    ) in answer.text
