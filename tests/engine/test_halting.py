"""A person halted (`engine.halting`, which every reply and opt-out takes): their running
enrollments stop and the open tasks of those enrollments expire, whether one enrollment was
running or several; nobody else's change."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from helpers.project import Project
from helpers.worlds import START, make_world
from sqlmodel import Session, select

from sequencer.engine.halting import halt_person
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    Send,
    SendStatus,
    Task,
    TaskStatus,
)


def with_open_task(session: Session, person: int, version: str, step: str = "nudge") -> int:
    """A new running enrollment of `person` whose LinkedIn task waits for the recruiter."""
    enrollment = Enrollment(
        candidate_id=person, sequence_name="outreach", sequence_version=version, started_at=START
    )
    session.add(enrollment)
    session.flush()
    assert enrollment.id is not None
    send = Send(enrollment_id=enrollment.id, step_id=step, status=SendStatus.SENT, claimed_at=START)
    session.add(send)
    session.flush()
    assert send.id is not None
    session.add(Task(send_id=send.id, kind="linkedin", to="x", body="Hi", created_at=START))
    return enrollment.id


def world(project: Project, database_url: str, tmp_path: Path) -> tuple[sa.Engine, int, int, str]:
    """Ana (enrolled by the world) and Bo, a second person; their ids and the version."""
    engine, _, _ = make_world(project, database_url, tmp_path)
    with Session(engine) as session, session.begin():
        ana = session.exec(select(Enrollment)).one()
        bo = CandidateRecord(key="bo@example.com", email="bo@example.com", updated_at=START)
        session.add(bo)
        session.flush()
        assert bo.id is not None
        return engine, ana.candidate_id, bo.id, ana.sequence_version


def task_states(engine: sa.Engine) -> dict[int, TaskStatus]:
    """Each task's status, by the enrollment its send belongs to."""
    with Session(engine) as session:
        rows = session.exec(select(Send.enrollment_id, Task.status).join(Task))
        return {enrollment: TaskStatus(status) for enrollment, status in rows}


def test_halting_one_running_enrollment_expires_its_open_task_only(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    engine, ana, bo, version = world(project, database_url, tmp_path)
    with Session(engine) as session, session.begin():
        anas = with_open_task(session, ana, version)
        bos = with_open_task(session, bo, version)
        session.execute(  # Ana's first enrollment finished: only the new one is running
            sa.update(Enrollment)
            .where(Enrollment.id != anas, Enrollment.candidate_id == ana)  # type: ignore[arg-type]
            .values(status=EnrollmentStatus.COMPLETED)
        )
    with Session(engine) as session, session.begin():
        halted = halt_person(session, ana, "replied by text")
    assert halted.ids == [anas] and halted.versions == [version]
    assert task_states(engine) == {anas: TaskStatus.EXPIRED, bos: TaskStatus.OPEN}


def test_halting_several_running_enrollments_expires_each_ones_open_task(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    engine, ana, bo, version = world(project, database_url, tmp_path)
    with Session(engine) as session, session.begin():
        first, second = with_open_task(session, ana, version), with_open_task(session, ana, version)
        bos = with_open_task(session, bo, version)
    with Session(engine) as session, session.begin():
        halted = halt_person(session, ana, "opted out: texted 'STOP'")
    assert first in halted.ids and second in halted.ids and len(halted.ids) == 3  # the world's too
    assert halted.ids == sorted(halted.ids)
    assert task_states(engine) == {
        first: TaskStatus.EXPIRED,
        second: TaskStatus.EXPIRED,
        bos: TaskStatus.OPEN,
    }
    with Session(engine) as session:
        statuses = session.exec(select(Enrollment.status).where(Enrollment.candidate_id == ana))
        assert set(statuses) == {EnrollmentStatus.HALTED}
