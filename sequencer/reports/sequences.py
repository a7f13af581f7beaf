"""What the Sequences page reads: each sequence with its stored versions and how many people
are in each state, the people of one sequence (searchable), and the preview of one person.

Counts come from one grouped query over the enrollments, so the page costs the same with
100,000 people as with ten. Searches return a page of people, never everyone.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, or_, select

from sequencer.engine.enrollment import RUNNING
from sequencer.engine.links import Links
from sequencer.reports.preview import preview
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import TemplateLibrary
from sequencer.store.models import CandidateRecord, Enrollment, EnrollmentStatus, SequenceVersion
from sequencer.store.people import candidate_of
from sequencer.store.versions import recall

STATES = tuple(EnrollmentStatus)  # the order the page shows them in
PAGE = 25  # people listed at a time on a sequence's page


@dataclass(frozen=True)
class Version:
    version: str
    stored_at: datetime
    people: int  # enrollments on it, in every state
    running: int  # of which active or paused: those a migration would move


@dataclass
class Overview:
    """One sequence: its versions (newest first) and its people per state."""

    name: str
    versions: list[Version] = field(default_factory=list)
    states: Counter[str] = field(default_factory=Counter)

    @property
    def people(self) -> int:
        return sum(self.states.values())

    @property
    def newest(self) -> str | None:
        return self.versions[0].version if self.versions else None

    def running_other_than(self, version: str) -> int:
        """Active or paused enrollments on another version than `version`: whom moving to
        it concerns (`engine.upgrade`)."""
        return sum(v.running for v in self.versions if v.version != version)


def overviews(
    engine: sa.Engine, on_disk: Iterable[str] = (), owner: str | None = None
) -> list[Overview]:
    """Every sequence that has a stored version or a file on disk, by name; with `owner`, the
    people counted are only that recruiter's."""
    return _overviews(engine, on_disk, owner)


def _overviews(
    engine: sa.Engine, on_disk: Iterable[str], owner: str | None, only: str | None = None
) -> list[Overview]:
    found: dict[str, Overview] = {name: Overview(name) for name in on_disk}
    with Session(engine) as session:
        counts = _counts(session, owner, only)
        query = select(SequenceVersion.name, SequenceVersion.version, SequenceVersion.created_at)
        if only is not None:
            query = query.where(SequenceVersion.name == only)
        for name, version, stored_at in session.exec(query):
            each = found.setdefault(name, Overview(name))
            mine = {s: n for (v, s), n in counts.get(name, Counter()).items() if v == version}
            running = sum(n for s, n in mine.items() if s in RUNNING)
            each.versions.append(Version(version, stored_at, sum(mine.values()), running))
    for name, each in found.items():
        each.versions.sort(key=lambda v: v.stored_at, reverse=True)
        for (_, state), n in counts.get(name, Counter()).items():
            each.states[state] += n
    return [found[name] for name in sorted(found)]


def overview(engine: sa.Engine, name: str, owner: str | None = None) -> Overview:
    """One sequence's overview (empty when nobody was ever enrolled in it)."""
    return _overviews(engine, [name], owner, only=name)[0]


def _counts(
    session: Session, owner: str | None, only: str | None
) -> dict[str, Counter[tuple[str, str]]]:
    """Per sequence: how many enrollments per (version, state)."""
    query = select(
        Enrollment.sequence_name, Enrollment.sequence_version, Enrollment.status, func.count()
    ).group_by(
        col(Enrollment.sequence_name), col(Enrollment.sequence_version), col(Enrollment.status)
    )
    if owner is not None:
        query = query.where(Enrollment.owner == owner)
    if only is not None:
        query = query.where(Enrollment.sequence_name == only)
    counts: dict[str, Counter[tuple[str, str]]] = {}
    for name, version, state, n in session.exec(query):
        counts.setdefault(name, Counter())[(version, str(state))] += n
    return counts


# --- people ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """Someone to preview: a stored candidate, and their enrollment in this sequence if any."""

    candidate_id: int
    key: str
    name: str
    company: str | None
    state: str | None  # of their enrollment in the sequence; None: not enrolled in it
    started_at: datetime | None


def people(
    engine: sa.Engine,
    sequence_name: str,
    search: str = "",
    enrolled_only: bool = True,
    owner: str | None = None,
    limit: int = PAGE,
) -> list[Person]:
    """The sequence's people, the latest enrolled first. With `search`, those whose email,
    phone, name or company contains each of its words, the latest imported first; without
    `enrolled_only`, anyone imported (a preview of someone not enrolled yet shows what
    enrolling them now would do)."""
    words = search.split()
    with Session(engine) as session:
        if not words and enrolled_only:
            query = _enrolled(sequence_name, owner).order_by(col(Enrollment.id).desc())
            return [_person(record, e) for record, e in session.exec(query.limit(limit))]
        found: list[Person] = []
        for batch in _matching_people(session, words):
            if enrolled_only:
                ids = [record.id for record in batch]
                query = _enrolled(sequence_name, owner).where(col(CandidateRecord.id).in_(ids))
                rows = session.exec(query.order_by(col(CandidateRecord.id).desc()))
                found += [_person(record, e) for record, e in rows]
            else:
                found += _with_enrollments(session, batch, sequence_name)
            if len(found) >= limit:
                break
        return found[:limit]


def _enrolled(sequence_name: str, owner: str | None) -> Any:
    return select(CandidateRecord, Enrollment).where(
        col(Enrollment.candidate_id) == col(CandidateRecord.id),
        Enrollment.sequence_name == sequence_name,
        *([Enrollment.owner == owner] if owner is not None else []),
    )


# People whose text matches are read this many at a time, latest imported first, until a
# page is found: a database reads the people table far faster on its own than joined to
# the enrollments, which is how it would otherwise go about it.
BATCH = 500


def _matching_people(session: Session, words: list[str]) -> Iterator[list[CandidateRecord]]:
    conditions = [_contains(session, word) for word in words]
    before: int | None = None
    while True:
        query = select(CandidateRecord).where(*conditions)
        if before is not None:
            query = query.where(col(CandidateRecord.id) < before)
        batch = list(session.exec(query.order_by(col(CandidateRecord.id).desc()).limit(BATCH)))
        if batch:
            yield batch
        if len(batch) < BATCH:  # the table is read to its start
            return
        before = batch[-1].id


def _contains(session: Session, word: str) -> Any:
    """The person's email (their key), phone, first or last name or company contains `word`,
    in any case. SQLite's LIKE ignores case already, and is four times faster without
    lower() around every column; PostgreSQL's ILIKE is its own."""
    pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    columns = [
        CandidateRecord.key,
        CandidateRecord.phone,
        CandidateRecord.first_name,
        CandidateRecord.last_name,
        CandidateRecord.company,
    ]
    sqlite = session.get_bind().dialect.name == "sqlite"
    return or_(
        *(
            col(c).like(pattern, escape="\\") if sqlite else col(c).ilike(pattern, escape="\\")
            for c in columns
        )
    )


def _with_enrollments(
    session: Session, batch: list[CandidateRecord], sequence_name: str
) -> list[Person]:
    """These people, each with their latest enrollment in the sequence, if any."""
    theirs = select(Enrollment).where(
        col(Enrollment.candidate_id).in_([record.id for record in batch]),
        Enrollment.sequence_name == sequence_name,
    )
    latest = {e.candidate_id: e for e in session.exec(theirs.order_by(col(Enrollment.id)))}
    return [_person(record, latest.get(record.id or 0)) for record in batch]


def _person(record: CandidateRecord, enrollment: Enrollment | None) -> Person:
    assert record.id is not None
    full = " ".join(filter(None, [record.first_name, record.last_name]))
    return Person(
        candidate_id=record.id,
        key=record.key,
        name=full or record.key,
        company=record.company,
        state=str(enrollment.status) if enrollment else None,
        started_at=enrollment.started_at if enrollment else None,
    )


# --- one person's preview -------------------------------------------------------------------


@dataclass(frozen=True)
class PersonPreview:
    """What `preview` shows for one person, and which plan it is: the version they were
    enrolled on from their start, or the file as it is now from `now`."""

    view: dict[str, Any]
    enrolled: bool


def preview_person(
    engine: sa.Engine,
    current: tuple[Sequence, TemplateLibrary],
    candidate_id: int,
    now: datetime,
    links: Links | None = None,
) -> PersonPreview | None:
    """The plan for this person (None: nobody with that id). Raises RenderError when a
    template cannot be rendered for them, as `sequencer preview` does."""
    sequence, library = current
    with Session(engine) as session:
        record = session.get(CandidateRecord, candidate_id)
        if record is None:
            return None
        query = select(Enrollment).where(
            Enrollment.candidate_id == candidate_id, Enrollment.sequence_name == sequence.name
        )
        enrollment = session.exec(query.order_by(col(Enrollment.started_at).desc())).first()
        if enrollment is not None:
            content = library.content  # the files as they are now, never a version's
            sequence, library = recall(session, enrollment.sequence_version)
            library = copy.copy(library)
            library.content = content
        start = enrollment.started_at if enrollment else now
        candidate = candidate_of(record)
    return PersonPreview(
        preview(sequence, candidate, start, library, links), enrollment is not None
    )
