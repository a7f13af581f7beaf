"""`migrate`: in-flight enrollments move to an edited sequence only when asked, and the
command shows what would change first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from helpers.project import Project
from helpers.recording import RecordingSenders
from sqlmodel import Session, select

from sequencer.engine.controls import pause_person, resume_person
from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.engine.upgrade import Migrated, Stay, apply_migration, plan_migration
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import Enrollment, EnrollmentStatus
from sequencer.store.people import import_candidates

START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
EMAIL = """{% block subject %}Hello{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}
"""
STEPS = """
sender: {name: Dana, email: dana@example.com}
send_window: ["Daily 00:00-23:59"]
steps:
  - {id: first, channel: email, template: t/email, wait: 0 minutes}
  - {id: second, channel: email, template: t/email, wait: 1 week}
"""


def test_edits_reach_people_in_flight_only_when_migrated(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence("s", STEPS)
    (tmp_path / "p.csv").write_text("email,first_name\nana@example.com,Ana\n")
    engine = engine_for(database_url)
    import_candidates(engine, tmp_path / "p.csv", START)
    old, _ = load_sequence(path, project.library)
    enroll(engine, old, project.library, None, START)
    channel = RecordingSenders()
    tick(engine, channel.senders, START)  # the first email goes
    assert channel.sent == ["1-first"]

    path.write_text(
        path.read_text().replace("1 week", "2 days")
        + ("  - {id: third, channel: email, template: t/email, wait: 1 day}\n")
    )
    project.template("t/email", EMAIL.replace("Hello", "Hello again"))
    library = TemplateLibrary(project.templates)  # a new process reads the edited files
    new, _ = load_sequence(path, library)
    [change] = plan_migration(engine, new, library)
    assert change.old_version == old.version and change.enrollments == 1
    assert change.changes == [
        "step third added",
        "step first: message t/email edited",
        "step second: wait 1 week → 2 days",
        "step second: message t/email edited",
    ]
    assert apply_migration(engine, new, library, START) == Migrated(moved=1, stayed=[])
    with Session(engine) as session:
        moved = session.exec(select(Enrollment)).one()
    assert moved.sequence_version == new.version and moved.next_step == 1
    # the edited wait (2 days, not 1 week) from the first email
    assert moved.next_due_at is not None
    assert moved.next_due_at.date() == (START + timedelta(days=2)).date()
    assert plan_migration(engine, new, library) == []


def test_who_stays_on_the_old_version_is_named_with_the_reason(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    """A touch in flight (here a LinkedIn task the recruiter has not done) keeps its
    enrollment where it is: the plan says so before, and the result after."""
    project.template("t/email", EMAIL)
    path = project.sequence(
        "s", STEPS.replace("wait: 0 minutes}", "wait: 0 minutes, fallback: linkedin}")
    )
    (tmp_path / "p.csv").write_text(
        "email,first_name,linkedin_url,current_company_domain\n"
        "ana@example.com,Ana,,\n"
        "bo@globex.example,Bo,https://www.linkedin.com/in/bo,globex.example\n"
    )
    engine = engine_for(database_url)
    import_candidates(engine, tmp_path / "p.csv", START)
    old, _ = load_sequence(path, project.library)
    enroll(engine, old, project.library, None, START)
    tick(engine, RecordingSenders().senders, START)  # Ana's email goes; Bo's is a task

    path.write_text(path.read_text().replace("1 week", "2 days"))
    new, _ = load_sequence(path, project.library)
    waiting = Stay(
        "bo@globex.example",
        "waiting for task #1 (linkedin): run migrate again once it is done or expired",
    )
    [change] = plan_migration(engine, new, project.library)
    assert change.enrollments == 2 and change.staying == [waiting]
    assert apply_migration(engine, new, project.library, START) == Migrated(1, [waiting])
    with Session(engine) as session:
        versions = [
            e.sequence_version for e in session.exec(select(Enrollment).order_by(Enrollment.id))
        ]
    assert versions == [new.version, old.version]


def test_a_paused_enrollment_moves_and_stays_paused(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence("s", STEPS)
    (tmp_path / "p.csv").write_text("email,first_name\nana@example.com,Ana\n")
    engine = engine_for(database_url)
    import_candidates(engine, tmp_path / "p.csv", START)
    old, _ = load_sequence(path, project.library)
    enroll(engine, old, project.library, None, START)
    tick(engine, RecordingSenders().senders, START)
    pause_person(engine, "ana@example.com", None, None, START)

    path.write_text(path.read_text().replace("1 week", "2 days"))
    new, _ = load_sequence(path, project.library)
    assert apply_migration(engine, new, project.library, START).moved == 1
    with Session(engine) as session:
        paused = session.exec(select(Enrollment)).one()
    assert paused.sequence_version == new.version
    assert paused.status == EnrollmentStatus.PAUSED and paused.next_due_at is None
    resume_person(engine, "ana@example.com", None, START + timedelta(hours=1))
    with Session(engine) as session:
        resumed = session.exec(select(Enrollment)).one()
    assert resumed.next_due_at is not None
    assert resumed.next_due_at.date() == (START + timedelta(days=2)).date()  # the new wait
