"""`enroll` of many people at once: each chunk's enrollments are written together, then
planned; every person still gets their own enrollment, first touch and skipped steps."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.project import Project
from sqlmodel import Session, col, select

from sequencer.engine.enroll import CHUNK, enroll
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, Enrollment, Send, SendStatus, Suppression
from sequencer.store.people import import_candidates

START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
EMAIL = """{% block subject %}Staff role{% endblock %}
{% block body %}Hi {{ candidate.first_name | default("there") }}.{% endblock %}
"""
PEOPLE = CHUNK + 30  # more than one chunk


@pytest.fixture
def setup(project: Project, database_url: str, tmp_path: Path):
    project.template("t/email", EMAIL)
    path = project.sequence(
        "texts-first",
        """
        timezone: America/New_York
        steps:
          - {id: text, channel: sms, template: t/email}
          - {id: mail, channel: email, template: t/email, wait: 1 day}
        """,
    )
    # Every third person can be texted: their text is the first touch; the others' text step
    # is skipped (no phone) and their email comes first.
    rows = [
        f"p{n}@example.com,+1212555{n:04d},P{n},yes" if n % 3 == 0 else f"p{n}@example.com,,P{n},no"
        for n in range(PEOPLE)
    ]
    csv = tmp_path / "people.csv"
    csv.write_text("email,phone,first_name,sms_consent\n" + "\n".join(rows) + "\n", "utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, START)
    sequence, _ = load_sequence(path, project.library)
    return engine, sequence, project


def test_everyone_of_several_chunks_gets_their_own_first_touch(setup) -> None:
    engine, sequence, project = setup
    with Session(engine) as session:  # two opted out, one in each chunk
        for n in (5, CHUNK + 7):
            session.add(Suppression(address=f"p{n}@example.com", reason="stop", created_at=START))
        session.commit()
    report = enroll(engine, sequence, project.library, None, START)
    opted_out = "opted out (on the suppression list): never contacted again"
    assert report.refused == [
        ("p5@example.com", opted_out),
        (f"p{CHUNK + 7}@example.com", opted_out),
    ]
    assert len(report.enrolled) == PEOPLE - 2
    with Session(engine) as session:
        keys = dict(session.exec(select(CandidateRecord.id, CandidateRecord.key)).all())
        enrollments = {
            keys[e.candidate_id]: e
            for e in session.exec(select(Enrollment).order_by(col(Enrollment.id)))
        }
        skipped = {
            s.enrollment_id: s.step_id
            for s in session.exec(select(Send).where(Send.status == SendStatus.SKIPPED))
        }
    assert len(enrollments) == PEOPLE - 2
    for key, first in report.enrolled:  # what the report says is what is stored, person by person
        enrollment = enrollments[key]
        assert enrollment.next_due_at == first and first is not None
        n = int(key[1:].split("@")[0])
        texted = n % 3 == 0
        assert enrollment.next_step == (0 if texted else 1), key
        assert skipped.get(enrollment.id) == (None if texted else "text"), key
    assert len(skipped) == len([k for k, _ in report.enrolled if int(k[1:].split("@")[0]) % 3])


def test_the_same_person_named_twice_is_enrolled_once(setup) -> None:
    engine, sequence, project = setup
    report = enroll(engine, sequence, project.library, ["p1@example.com", "P1@Example.com"], START)
    assert [key for key, _ in report.enrolled] == ["p1@example.com"]
    assert report.refused == [("p1@example.com", "already enrolled in texts-first")]
    with Session(engine) as session:
        assert len(session.exec(select(Enrollment)).all()) == 1
