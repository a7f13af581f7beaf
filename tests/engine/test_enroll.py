"""`enroll`: people in, or refused with the reason; each enrollment pinned to its version."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.project import Project
from sqlmodel import Session, select

from sequencer.engine.controls import pause_person, stop_person
from sequencer.engine.enroll import enroll
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import Enrollment, Send, SendStatus, Suppression
from sequencer.store.people import import_candidates
from sequencer.store.versions import recall

START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
EMAIL = """{% block subject %}Staff role{% endblock %}
{% block body %}Hi {{ candidate.first_name | default("there") }}. No worries if not.{% endblock %}
"""
PEOPLE = """email,phone,first_name,timezone,current_company_domain,min_level,sms_consent
ana@example.com,,Ana,America/New_York,,,no
bo@globex.example,,Bo,America/New_York,globex.example,,no
cy@example.com,,Cy,America/New_York,,director,no
"""


@pytest.fixture
def setup(project: Project, database_url: str, tmp_path: Path):
    project.template("t/email", EMAIL)
    path = project.sequence(
        "outreach",
        """
        timezone: America/New_York
        role: {level: senior}
        steps:
          - {id: first, channel: email, template: t/email}
          - {id: text, channel: sms, template: t/email, wait: 2 days}
          - {id: last, channel: email, template: t/email, wait: 1 week}
        """,
    )
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, START)
    sequence, _ = load_sequence(path, project.library)
    return engine, sequence, project, path


def test_people_are_enrolled_or_refused_with_the_reason(setup) -> None:
    engine, sequence, project, _ = setup
    report = enroll(engine, sequence, project.library, None, START)
    assert [key for key, _ in report.enrolled] == ["ana@example.com"]
    refused = dict(report.refused)
    assert "bo@globex.example is at their current employer" in refused["bo@globex.example"]
    assert refused["cy@example.com"] == "wants director-level roles or above; this role is senior"


def test_steps_that_can_never_send_are_recorded_with_the_reason(setup) -> None:
    engine, sequence, project, _ = setup
    [(_, first)] = enroll(engine, sequence, project.library, ["ana@example.com"], START).enrolled
    with Session(engine) as session:
        enrollment = session.exec(select(Enrollment)).one()
        sends = list(session.exec(select(Send)))
    assert enrollment.next_due_at == first and first is not None and first >= START
    assert sends == []  # the text step is skipped only when it comes up, after the first touch


def test_opted_out_people_are_never_enrolled(setup) -> None:
    engine, sequence, project, _ = setup
    with Session(engine) as session:
        session.add(Suppression(address="ana@example.com", reason="unsubscribe", created_at=START))
        session.commit()
    report = enroll(engine, sequence, project.library, ["ana@example.com"], START)
    assert report.refused == [
        ("ana@example.com", "opted out (on the suppression list): never contacted again")
    ]


def test_one_active_sequence_at_a_time_unless_asked(setup) -> None:
    engine, sequence, project, _ = setup
    enroll(engine, sequence, project.library, ["ana@example.com"], START)
    again = enroll(engine, sequence, project.library, ["ana@example.com"], START)
    assert again.refused == [("ana@example.com", "already enrolled in outreach")]
    other = sequence.model_copy(update={"name": "other"}).identified(
        sequence.path, sequence.version, sequence.source
    )
    refused = enroll(engine, other, project.library, ["ana@example.com"], START).refused
    assert "already active in outreach" in refused[0][1]
    allowed = enroll(engine, other, project.library, ["ana@example.com"], START, allow_active=True)
    assert [key for key, _ in allowed.enrolled] == ["ana@example.com"]


def test_unknown_people_are_refused_not_ignored(setup) -> None:
    engine, sequence, project, _ = setup
    report = enroll(engine, sequence, project.library, ["Nobody@Example.com"], START)
    assert report.refused == [
        ("nobody@example.com", "not imported: run `sequencer import FILE.csv` first")
    ]


def test_an_enrollment_keeps_the_version_it_started_with(setup) -> None:
    engine, sequence, project, path = setup
    enroll(engine, sequence, project.library, ["ana@example.com"], START)
    project.template("t/email", EMAIL.replace("Staff role", "Edited later"))
    path.write_text(path.read_text().replace("1 week", "2 weeks"), encoding="utf-8")
    with Session(engine) as session:
        version = session.exec(select(Enrollment)).one().sequence_version
        pinned, library = recall(session, version)
    assert pinned.steps[2].wait.low == 1  # still "1 week"
    assert "Staff role" in library.get("t/email").source
    assert version == sequence.version


def test_skipped_steps_at_enrollment_are_recorded(setup, project: Project) -> None:
    engine, _, _, _ = setup
    path = project.sequence(
        "texts-first",
        """
        timezone: America/New_York
        steps:
          - {id: text, channel: sms, template: t/email}
          - {id: mail, channel: email, template: t/email, wait: 1 day}
        """,
    )
    sequence, _ = load_sequence(path, project.library)
    enroll(engine, sequence, project.library, ["ana@example.com"], START)
    with Session(engine) as session:
        [skipped] = session.exec(select(Send)).all()
    assert skipped.step_id == "text" and skipped.status == SendStatus.SKIPPED
    assert skipped.reason is not None and "no phone number" in skipped.reason


def test_the_refusal_for_someone_active_elsewhere_names_the_stop_command(setup) -> None:
    engine, sequence, project, _ = setup
    enroll(engine, sequence, project.library, ["ana@example.com"], START)
    other = sequence.model_copy(update={"name": "other"}).identified(
        sequence.path, sequence.version, sequence.source
    )
    [(_, reason)] = enroll(engine, other, project.library, ["ana@example.com"], START).refused
    assert reason == (
        "already active in outreach: stop that first "
        "(sequencer stop ana@example.com --sequence outreach), or enroll with --allow-active"
    )
    assert stop_person(engine, "ana@example.com", "outreach", START) == ["outreach: stopped"]
    enrolled = enroll(engine, other, project.library, ["ana@example.com"], START).enrolled
    assert [key for key, _ in enrolled] == ["ana@example.com"]


def test_a_paused_enrollment_still_counts_as_being_in_that_sequence(setup) -> None:
    engine, sequence, project, _ = setup
    enroll(engine, sequence, project.library, ["ana@example.com"], START)
    pause_person(engine, "ana@example.com", None, None, START)
    again = enroll(engine, sequence, project.library, ["ana@example.com"], START)
    assert again.refused == [("ana@example.com", "already enrolled in outreach")]
    other = sequence.model_copy(update={"name": "other"}).identified(
        sequence.path, sequence.version, sequence.source
    )
    [(_, reason)] = enroll(engine, other, project.library, ["ana@example.com"], START).refused
    assert reason.startswith("already active in outreach (paused): stop that first")
