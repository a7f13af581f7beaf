"""`sequencer enroll`: people into a sequence, or a clear reason why not. Never silent.

A person is refused when they opted out anywhere, are already in this sequence, are active
(or paused) in another one (unless asked: the refusal names the `sequencer stop` that ends it),
want only more senior roles than this one, or when no step of the sequence could reach them at
all (only a work address, no consent for the channels it uses).
"""

from __future__ import annotations

from collections.abc import Sequence as Seq
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.enrollment import RUNNING, schedule_next
from sequencer.engine.plan import plan
from sequencer.errors import SequencerError
from sequencer.people.addresses import normal_address
from sequencer.people.candidate import Candidate
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import TemplateLibrary
from sequencer.store.models import CandidateRecord, Enrollment, EnrollmentStatus
from sequencer.store.people import candidate_of
from sequencer.store.suppression import is_suppressed, keys_of
from sequencer.store.versions import remember

# Seniority from junior to executive, for "only contact me about director-level roles".
LEVELS = ("intern", "junior", "mid", "senior", "staff", "principal", "director", "vp", "c-level")


@dataclass
class EnrollReport:
    enrolled: list[tuple[str, datetime | None]] = field(default_factory=list)  # key, first touch
    refused: list[tuple[str, str]] = field(default_factory=list)  # key, reason


def enroll(
    engine: sa.Engine,
    sequence: Sequence,
    library: TemplateLibrary,
    keys: Seq[str] | None,
    start: datetime,
    allow_active: bool = False,
    owner: str | None = None,
) -> EnrollReport:
    """Enroll the people with these keys (emails or phones), or everyone when `keys` is None.
    `owner`: the recruiter who enrolls them (their sign-in email), kept on each enrollment."""
    report = EnrollReport()
    with Session(engine) as session, session.begin():
        version = remember(session, sequence, library, start)
        records = _records(session, keys, report)
        for record in records:
            _enroll_one(session, record, sequence, version, start, allow_active, report, owner)
    return report


def _records(
    session: Session, keys: Seq[str] | None, report: EnrollReport
) -> list[CandidateRecord]:
    if keys is None:
        everyone = list(session.exec(select(CandidateRecord).order_by(col(CandidateRecord.id))))
        if not everyone:
            raise SequencerError("nobody imported yet: run `sequencer import FILE.csv` first")
        return everyone
    wanted = [normal_address(key) for key in keys]
    found = {
        r.key: r
        for r in session.exec(select(CandidateRecord).where(col(CandidateRecord.key).in_(wanted)))
    }
    for key in wanted:
        if key not in found:
            report.refused.append((key, "not imported: run `sequencer import FILE.csv` first"))
    return [found[key] for key in wanted if key in found]


def _enroll_one(
    session: Session,
    record: CandidateRecord,
    sequence: Sequence,
    version: str,
    start: datetime,
    allow_active: bool,
    report: EnrollReport,
    owner: str | None,
) -> None:
    candidate = candidate_of(record)
    reason = refusal(session, record, candidate, sequence, start, allow_active)
    if reason:
        report.refused.append((record.key, reason))
        return
    assert record.id is not None
    enrollment = Enrollment(
        candidate_id=record.id,
        sequence_name=sequence.name,
        sequence_version=version,
        started_at=start,
        owner=owner,
    )
    session.add(enrollment)
    session.flush()
    touch = schedule_next(session, enrollment, sequence, candidate, start)
    report.enrolled.append((record.key, touch.send_at if touch else None))


def refusal(
    session: Session,
    record: CandidateRecord,
    candidate: Candidate,
    sequence: Sequence,
    start: datetime,
    allow_active: bool,
) -> str | None:
    """Why this person must not be enrolled, or None."""
    if is_suppressed(session, keys_of(candidate)):
        return "opted out (on the suppression list): never contacted again"
    running = _running_sequences(session, record)
    if sequence.name in running:
        return f"already enrolled in {sequence.name}"
    if running and not allow_active:
        return _active_elsewhere(record.key, running)
    return _level_refusal(candidate, sequence) or _reach_refusal(candidate, sequence, start)


def _running_sequences(session: Session, record: CandidateRecord) -> dict[str, str]:
    """The sequences this person is active or paused in, and which."""
    query = select(Enrollment.sequence_name, Enrollment.status).where(
        Enrollment.candidate_id == record.id, col(Enrollment.status).in_(RUNNING)
    )
    return {name: str(status) for name, status in session.exec(query)}


def _active_elsewhere(key: str, running: dict[str, str]) -> str:
    """The refusal, with the command that stops the other sequence (or all of them)."""
    names = ", ".join(
        f"{name} (paused)" if status == EnrollmentStatus.PAUSED else name
        for name, status in sorted(running.items())
    )
    only = f" --sequence {next(iter(running))}" if len(running) == 1 else ""
    return (
        f"already active in {names}: stop that first (sequencer stop {key}{only}), "
        "or enroll with --allow-active"
    )


def _level_refusal(candidate: Candidate, sequence: Sequence) -> str | None:
    wanted = str(candidate.extra.get("min_level", "")).strip().lower()
    offered = str(sequence.role.get("level", "")).strip().lower()
    if wanted in LEVELS and offered in LEVELS and LEVELS.index(offered) < LEVELS.index(wanted):
        return f"wants {wanted}-level roles or above; this role is {offered}"
    return None


def _reach_refusal(candidate: Candidate, sequence: Sequence, start: datetime) -> str | None:
    touches = plan(sequence, candidate, start)
    if any(touch.sends for touch in touches):
        return None
    return "no step can reach them: " + "; ".join(
        dict.fromkeys(f"{t.step.id}: {t.skipped}" for t in touches)
    )
