"""`sequencer migrate SEQUENCE`: move in-flight enrollments to the sequence as it is now.

Enrollments run the version they started with, so editing YAML never surprises anyone in
flight. This command is the explicit way forward: it shows, per old version, which steps and
templates changed and who stays behind for now (a touch of theirs is under way), and with
`apply` moves each other enrollment, active or paused, on to the first step of the new version
it has not had yet, planned again from its last touch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.enrollment import RUNNING, candidate_for, in_flight, schedule_next
from sequencer.spec.sequence import Sequence, Step
from sequencer.spec.templates import TemplateLibrary
from sequencer.store.models import Enrollment, EnrollmentStatus, Send, SendStatus
from sequencer.store.suppression import is_suppressed, keys_of
from sequencer.store.versions import recall, remember


@dataclass(frozen=True)
class Stay:
    """Someone who stays on their version for now, and why."""

    key: str
    reason: str


@dataclass(frozen=True)
class VersionChange:
    old_version: str
    enrollments: int
    changes: list[str]
    staying: list[Stay] = field(default_factory=list)


@dataclass(frozen=True)
class Migrated:
    moved: int
    stayed: list[Stay]


# What to do about a touch under way: it has to land before its enrollment can move.
_AGAIN = {
    SendStatus.CLAIMED: "run migrate again in a minute",
    SendStatus.SENDING: "run migrate again once the provider's events settle it",
    SendStatus.WAITING: "run migrate again once it is done or expired",
}


def plan_migration(
    engine: sa.Engine, sequence: Sequence, library: TemplateLibrary
) -> list[VersionChange]:
    """What moving every running enrollment of this sequence to its current version changes,
    and who would stay behind for now."""
    with Session(engine) as session:
        by_version: dict[str, list[Enrollment]] = {}
        for enrollment in _running(session, sequence):
            by_version.setdefault(enrollment.sequence_version, []).append(enrollment)
        return [
            VersionChange(
                old,
                len(enrollments),
                differences(recall(session, old), (sequence, library)),
                _staying(session, enrollments),
            )
            for old, enrollments in sorted(by_version.items())
        ]


def apply_migration(
    engine: sa.Engine, sequence: Sequence, library: TemplateLibrary, now: datetime
) -> Migrated:
    """Moves every running enrollment to the current version: how many moved, and who stayed
    (one with a touch under way stays until it lands) and why."""
    with Session(engine) as session, session.begin():
        version = remember(session, sequence, library, now)
        moved, stayed = 0, []
        for enrollment in _running(session, sequence):
            stay = _stay(session, enrollment)
            if stay is None:
                _move(session, enrollment, sequence, version, now)
                moved += 1
            else:
                stayed.append(stay)
    return Migrated(moved, stayed)


def _running(session: Session, sequence: Sequence) -> list[Enrollment]:
    query = select(Enrollment).where(
        Enrollment.sequence_name == sequence.name,
        col(Enrollment.status).in_(RUNNING),
        Enrollment.sequence_version != sequence.version,
    )
    return list(session.exec(query.order_by(col(Enrollment.id))))


def _staying(session: Session, enrollments: list[Enrollment]) -> list[Stay]:
    return [stay for e in enrollments if (stay := _stay(session, e)) is not None]


def _stay(session: Session, enrollment: Enrollment) -> Stay | None:
    """Why this enrollment stays on its version for now: a touch of it is under way."""
    under_way = in_flight(session, enrollment)
    if under_way is None:
        return None
    status, what = under_way
    return Stay(candidate_for(session, enrollment).key, f"{what}: {_AGAIN[status]}")


def _move(
    session: Session, enrollment: Enrollment, sequence: Sequence, version: str, now: datetime
) -> None:
    old, _ = recall(session, enrollment.sequence_version)
    # The step it is at is not done, even with a row: a retry, or a send let go at the
    # hand-over during a pause, is claimed again.
    current = old.steps[enrollment.next_step].id if enrollment.next_step < len(old.steps) else None
    sends = session.exec(select(Send.step_id).where(Send.enrollment_id == enrollment.id))
    done = {step for step in sends if step != current}
    enrollment.sequence_version = version
    enrollment.next_step = next(
        (i for i, step in enumerate(sequence.steps) if step.id not in done), len(sequence.steps)
    )
    candidate = candidate_for(session, enrollment)
    active = enrollment.status == EnrollmentStatus.ACTIVE  # a paused one is planned on resume
    if active and not is_suppressed(session, keys_of(candidate)):
        schedule_next(session, enrollment, sequence, candidate, now)


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
