"""`sequencer enroll`: people into a sequence, or a clear reason why not. Never silent.

A person is refused when they opted out anywhere, may not be enrolled again yet (they
declined, were rejected or hired: `engine.reenroll`, unless `role_changed` or `rehire` lifts
it), are already in this sequence, are active (or paused) in another one (unless asked: the
refusal names the `sequencer stop` that ends it), want only more senior roles than this one,
when no step of the sequence could reach them at all (only a work address, no consent for the
channels it uses), or when a step cannot be rendered for them (an empty field its template
needs): every step is rendered here as `preview` renders it, so nobody starts a sequence
whose first message would fail and whose follow-up would chase a note never sent.

People are taken in chunks, with one read per chunk for each of opt-outs, running
enrollments and re-enrollment blocks, and one write of the chunk's new enrollments.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Sequence as Seq
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.compose import compose, template_scopes
from sequencer.engine.enrollment import RUNNING, schedule_next
from sequencer.engine.plan import Touch, plan
from sequencer.engine.reenroll import (
    lift_for,
    liftable,
    says_what_changed,
    unsettled_noes,
    unsettled_refusal,
)
from sequencer.engine.reenroll import refusal as block_refusal
from sequencer.errors import RenderError, SequencerError
from sequencer.people.addresses import normal_address
from sequencer.people.candidate import Candidate
from sequencer.spec.channel import Channel
from sequencer.spec.sequence import Sequence, Step
from sequencer.spec.templates import TemplateLibrary
from sequencer.store.blocks import blocked_among
from sequencer.store.erasure import described, erased
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    ReenrollmentBlock,
)
from sequencer.store.people import candidate_of
from sequencer.store.suppression import keys_of, listed
from sequencer.store.versions import remember

# Seniority from junior to executive, for "only contact me about director-level roles".
LEVELS = ("intern", "junior", "mid", "senior", "staff", "principal", "director", "vp", "c-level")
CHUNK = 500  # people per read: well under any database's limit on bound parameters


@dataclass
class EnrollReport:
    enrolled: list[tuple[str, datetime | None]] = field(default_factory=list)  # key, first touch
    refused: list[tuple[str, str]] = field(default_factory=list)  # key, reason


@dataclass(frozen=True)
class _Batch:
    """One `enroll` call: what every person in it is enrolled in, when, and how."""

    sequence: Sequence
    library: TemplateLibrary
    version: str
    start: datetime
    allow_active: bool
    owner: str | None
    lifts: tuple[bool, bool]  # role_changed, rehire
    actor: str


@dataclass
class _Known:
    """What one read per chunk found about its people."""

    suppressed: frozenset[str]
    running: dict[int, dict[str, str]]  # person -> sequence -> status
    blocks: dict[int, ReenrollmentBlock]
    said_no: dict[int, tuple[int, datetime]]  # person -> their unsettled "no" reply, when


def enroll(
    engine: sa.Engine,
    sequence: Sequence,
    library: TemplateLibrary,
    keys: Seq[str] | None,
    start: datetime,
    allow_active: bool = False,
    owner: str | None = None,
    role_changed: bool = False,
    rehire: bool = False,
    actor: str | None = None,
    secret: str | None = None,
) -> EnrollReport:
    """Enroll the people with these keys (emails or phones), or everyone when `keys` is None.
    `owner`: the recruiter who enrolls them (their sign-in email), kept on each enrollment.
    `role_changed` lifts declined and rejected blocks (into a sequence that says what
    changed), `rehire` hired ones; `actor` (default: `owner`, else "cli") is audited."""
    report = EnrollReport()
    with Session(engine) as session, session.begin():
        version = remember(session, sequence, library, start)
        batch = _Batch(
            sequence,
            library,
            version,
            start,
            allow_active,
            owner,
            (role_changed, rehire),
            actor or owner or "cli",
        )
        records = _records(session, keys, report, secret)
        for chunk in _chunks(records):
            known = _known(session, chunk, start)
            taken = [
                (record.key, candidate, enrollment)
                for record, candidate in chunk
                if (enrollment := _enroll_one(session, record, candidate, batch, known, report))
            ]
            _schedule(session, taken, batch, report)
    return report


def _records(
    session: Session, keys: Seq[str] | None, report: EnrollReport, secret: str | None = None
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
        if key not in found:  # `secret`: SEQUENCER_SECRET_KEY, to say who was erased
            erasure = erased(session, [key], secret) if secret else None
            why = "not imported: run `sequencer import FILE.csv` first"
            report.refused.append((key, described(erasure) if erasure else why))
    return [found[key] for key in wanted if key in found]


def _chunks(records: list[CandidateRecord]) -> Iterator[list[tuple[CandidateRecord, Candidate]]]:
    for first in range(0, len(records), CHUNK):
        yield [(record, candidate_of(record)) for record in records[first : first + CHUNK]]


def _known(
    session: Session, chunk: list[tuple[CandidateRecord, Candidate]], now: datetime
) -> _Known:
    ids = [record.id for record, _ in chunk if record.id is not None]
    addresses = [key for _, candidate in chunk for key in keys_of(candidate)]
    query = select(Enrollment.candidate_id, Enrollment.sequence_name, Enrollment.status).where(
        col(Enrollment.candidate_id).in_(ids), col(Enrollment.status).in_(RUNNING)
    )
    running: dict[int, dict[str, str]] = {}
    for person, name, status in session.exec(query):
        running.setdefault(person, {})[name] = str(status)
    blocks = blocked_among(session, ids, now)
    return _Known(listed(session, addresses), running, blocks, unsettled_noes(session, ids))


def _enroll_one(
    session: Session,
    record: CandidateRecord,
    candidate: Candidate,
    batch: _Batch,
    known: _Known,
    report: EnrollReport,
) -> Enrollment | None:
    """Their new enrollment, not yet written nor planned (`_schedule` does both for a whole
    chunk), or None with the refusal in the report."""
    assert record.id is not None
    held = known.blocks.get(record.id)
    reason = _refusal(record, candidate, batch, known, held)
    if reason is None and held is not None:
        reason = lift_for(session, record.id, batch.sequence, batch.lifts, batch.actor, batch.start)
    if reason:
        report.refused.append((record.key, reason))
        return None
    sequence = batch.sequence
    enrollment = Enrollment(
        candidate_id=record.id,
        sequence_name=sequence.name,
        sequence_version=batch.version,
        started_at=batch.start,
        owner=batch.owner,
    )
    session.add(enrollment)
    # The same person twice in `keys` is enrolled once, as if the first were written already.
    known.running.setdefault(record.id, {})[sequence.name] = EnrollmentStatus.ACTIVE
    return enrollment


def _schedule(
    session: Session,
    taken: list[tuple[str, Candidate, Enrollment]],
    batch: _Batch,
    report: EnrollReport,
) -> None:
    """Write a chunk's new enrollments in one flush (one multi-row INSERT, not one round
    trip each), then plan each one's first touch, in the order they were taken."""
    session.flush()
    for key, candidate, enrollment in taken:
        touch = schedule_next(session, enrollment, batch.sequence, candidate, batch.start)
        report.enrolled.append((key, touch.send_at if touch else None))


def _refusal(
    record: CandidateRecord,
    candidate: Candidate,
    batch: _Batch,
    known: _Known,
    held: ReenrollmentBlock | None,
) -> str | None:
    """Why this person must not be enrolled, or None."""
    sequence = batch.sequence
    if known.suppressed.intersection(keys_of(candidate)):
        return "opted out (on the suppression list): never contacted again"
    if held is not None and not liftable(held, sequence, *batch.lifts):
        return block_refusal(held, sequence)
    assert record.id is not None
    said_no = known.said_no.get(record.id)
    if said_no and not (batch.lifts[0] and says_what_changed(sequence)):
        return unsettled_refusal(*said_no)
    running = known.running.get(record.id, {})
    if sequence.name in running:
        return f"already enrolled in {sequence.name}"
    if running and not batch.allow_active:
        return _active_elsewhere(record.key, running)
    return _level_refusal(candidate, sequence) or _timeline_refusal(candidate, batch)


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


def _timeline_refusal(candidate: Candidate, batch: _Batch) -> str | None:
    """No step can reach them, or one of the steps that will cannot be rendered for them."""
    touches = plan(batch.sequence, candidate, batch.start)
    if not any(touch.sends for touch in touches):
        return "no step can reach them: " + "; ".join(
            dict.fromkeys(f"{t.step.id}: {t.skipped}" for t in touches)
        )
    return _render_refusal(candidate, batch, touches)


def _render_refusal(candidate: Candidate, batch: _Batch, touches: list[Touch]) -> str | None:
    """Render every step that will send, as `preview` does (once per step; the subjects of
    the emails before it, for the threaded ones): the first that fails, in words."""
    sequence, subjects = batch.sequence, dict[str, str]()
    scopes = template_scopes(sequence, candidate)
    for touch in touches:
        if not touch.sends:
            continue
        try:
            message = compose(sequence, candidate, touch, batch.library, subjects, None, scopes)
        except RenderError as failed:
            return _cannot_render(touch.step, failed)
        if touch.channel is Channel.EMAIL and message.subject:
            subjects[touch.step.id] = message.subject
    return None


def _cannot_render(step: Step, failed: RenderError) -> str:
    """ "passive-candidate/initial needs recent_project, which is empty in their row" """
    scope, _, name = (failed.missing or "").partition(".")
    if scope == "candidate":
        return (
            f"{step.template} needs {name}, which is empty in their row: "
            "fill it in and import them again"
        )
    return f"{step.template} cannot be rendered for them: {failed}"
