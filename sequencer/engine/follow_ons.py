"""Follow-ons: people whose sequence ended (or who were moved by an outcome) are enrolled in
the next one, named on their finished enrollment (`follow_on`, from `follow_on_at`), with the
sequence files as they are then. So the person is not "active" anywhere while they wait, and
can be enrolled for a new role meanwhile. One worker at a time does it (the daemon's
housekeeping lease).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.enroll import enroll
from sequencer.engine.enrollment import candidate_for
from sequencer.errors import SequencerError
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import TemplateLibrary
from sequencer.store.models import Enrollment, EnrollmentStatus

SequenceLoader = Callable[[str], tuple[Sequence, TemplateLibrary]]


def start_follow_ons(engine: sa.Engine, load: SequenceLoader, now: datetime) -> int:
    """Enroll everyone whose finished enrollment names a next sequence from now on; how
    many moved."""
    with Session(engine) as session:
        query = select(Enrollment.id).where(
            col(Enrollment.follow_on).is_not(None),
            col(Enrollment.follow_on_at) <= now,
            Enrollment.status != EnrollmentStatus.ACTIVE,
        )
        pending = [i for i in session.exec(query) if i is not None]
    return sum(_follow_on(engine, enrollment_id, load, now) for enrollment_id in pending)


def _follow_on(engine: sa.Engine, enrollment_id: int, load: SequenceLoader, now: datetime) -> int:
    with Session(engine) as session:
        enrollment = session.get(Enrollment, enrollment_id)
        if enrollment is None or enrollment.follow_on is None:
            return 0  # another worker took it
        name, start = enrollment.follow_on, enrollment.follow_on_at or now
        key, owner = candidate_for(session, enrollment).key, enrollment.owner
    try:
        sequence, library = load(name)
        report = enroll(engine, sequence, library, [key], start, owner=owner)
    except SequencerError as exc:
        note = f"not moved to {name}: {exc}"
    else:
        refused = [reason for _, reason in report.refused]
        note = f"moved to {name}" if not refused else f"not moved to {name}: {refused[0]}"
    with Session(engine) as session, session.begin():
        enrollment = session.get(Enrollment, enrollment_id, with_for_update=True)
        assert enrollment is not None
        enrollment.follow_on = enrollment.follow_on_at = None
        enrollment.status_reason = f"{enrollment.status_reason}; {note}"
    return 1 if note.startswith("moved") else 0
