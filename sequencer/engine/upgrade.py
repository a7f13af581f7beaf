"""`sequencer migrate SEQUENCE`: move in-flight enrollments to the sequence as it is now.

Enrollments run the version they started with, so editing YAML never surprises anyone in
flight. This command is the explicit way forward: it shows, per old version, which steps and
templates changed, and with `apply` moves each enrollment on to the first step of the new
version it has not had yet, planned again from its last touch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from sequencer.engine.enrollment import candidate_for, schedule_next
from sequencer.spec.sequence import Sequence, Step
from sequencer.spec.templates import TemplateLibrary
from sequencer.store.models import Enrollment, EnrollmentStatus, Send, SendStatus
from sequencer.store.suppression import is_suppressed, keys_of
from sequencer.store.versions import recall, remember


@dataclass(frozen=True)
class VersionChange:
    old_version: str
    enrollments: int
    changes: list[str]


def plan_migration(
    engine: sa.Engine, sequence: Sequence, library: TemplateLibrary
) -> list[VersionChange]:
    """What moving every active enrollment of this sequence to its current version changes."""
    with Session(engine) as session:
        by_version: dict[str, int] = {}
        for enrollment in _in_flight(session, sequence):
            by_version[enrollment.sequence_version] = (
                by_version.get(enrollment.sequence_version, 0) + 1
            )
        return [
            VersionChange(old, count, differences(recall(session, old), (sequence, library)))
            for old, count in sorted(by_version.items())
        ]


def apply_migration(
    engine: sa.Engine, sequence: Sequence, library: TemplateLibrary, now: datetime
) -> int:
    """Moves every active enrollment to the current version; returns how many moved. One with
    a touch in flight (being sent, or a task the recruiter has not done) stays until it lands."""
    with Session(engine) as session, session.begin():
        version = remember(session, sequence, library, now)
        moved = 0
        for enrollment in _in_flight(session, sequence):
            moved += _move(session, enrollment, sequence, version, now)
    return moved


def _in_flight(session: Session, sequence: Sequence) -> list[Enrollment]:
    query = select(Enrollment).where(
        Enrollment.sequence_name == sequence.name,
        Enrollment.status == EnrollmentStatus.ACTIVE,
        Enrollment.sequence_version != sequence.version,
    )
    return list(session.exec(query))


def _move(
    session: Session, enrollment: Enrollment, sequence: Sequence, version: str, now: datetime
) -> bool:
    sends = list(session.exec(select(Send).where(Send.enrollment_id == enrollment.id)))
    in_flight = (SendStatus.CLAIMED, SendStatus.SENDING, SendStatus.WAITING)
    if any(s.status in in_flight for s in sends):
        return False
    done = {s.step_id for s in sends}
    enrollment.sequence_version = version
    enrollment.next_step = next(
        (i for i, step in enumerate(sequence.steps) if step.id not in done), len(sequence.steps)
    )
    candidate = candidate_for(session, enrollment)
    if not is_suppressed(session, keys_of(candidate)):
        schedule_next(session, enrollment, sequence, candidate, now)
    return True


def differences(
    old: tuple[Sequence, TemplateLibrary], new: tuple[Sequence, TemplateLibrary]
) -> list[str]:
    """Readable differences between two versions: steps added, removed, changed."""
    old_steps = {step.id: step for step in old[0].steps}
    new_steps = {step.id: step for step in new[0].steps}
    changes = [f"step {i} added" for i in new_steps if i not in old_steps]
    changes += [f"step {i} removed" for i in old_steps if i not in new_steps]
    for step_id in (i for i in new_steps if i in old_steps):
        changes += _step_changes(old_steps[step_id], new_steps[step_id], old[1], new[1])
    return changes or ["settings changed (windows, role, sender or outcomes); steps are the same"]


def _step_changes(a: Step, b: Step, old: TemplateLibrary, new: TemplateLibrary) -> list[str]:
    changes = [
        f"step {b.id}: {name} {getattr(a, name)} → {getattr(b, name)}"
        for name in ("channel", "wait", "fallback", "thread", "send_window", "deadline")
        if getattr(a, name) != getattr(b, name)
    ]
    if old.get(a.template).source != new.get(b.template).source:
        changes.append(f"step {b.id}: message {b.template} edited")
    return changes
