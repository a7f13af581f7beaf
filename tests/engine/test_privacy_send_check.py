"""Every send looks at the erasure list: someone whose address was erased at their request
while they were still stored (an import racing the erasure on PostgreSQL) is halted at the
claim and receives nothing."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from helpers.project import Project
from helpers.worlds import START, make_world
from sqlmodel import Session, select

from sequencer.channels import Senders
from sequencer.engine.dispatch import tick
from sequencer.store.erasure import ERASED, keep_hashed
from sequencer.store.models import Enrollment, EnrollmentStatus

SECRET = "a-long-random-secret-for-the-tests-0123456789"


def test_a_person_on_the_erasure_list_is_halted_not_written_to(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    engine, senders, _ = make_world(project, database_url, tmp_path)  # Ana, due at START
    with Session(engine) as session, session.begin():  # the race: the hash, but not the row
        keep_hashed(session, {"+12125550147"}, ERASED, START, SECRET)
    assert _day_of_passes(engine, senders)["halted"] == 1
    assert not (tmp_path / "outbox").exists()  # nothing was written to her
    with Session(engine) as session:
        [enrollment] = session.exec(select(Enrollment)).all()
    assert enrollment.status == EnrollmentStatus.HALTED


def test_without_it_the_same_person_is_written_to(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    engine, senders, _ = make_world(project, database_url, tmp_path)
    assert _day_of_passes(engine, senders)["sent"] == 1


def _day_of_passes(engine: sa.Engine, senders: Senders) -> Counter[str]:
    """Hourly passes through her first day's window: her first email is due in it."""
    outcomes: Counter[str] = Counter()
    for hour in range(10):
        outcomes += tick(engine, senders, START + timedelta(hours=hour), secret=SECRET)
    return outcomes
