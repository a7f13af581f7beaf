"""The people table: `sequencer import FILE.csv` upserts candidates by email or phone, and the
one conversion between a stored row and a `Candidate` (`record_values`, `candidate_of`).

Every row is checked in full before anything is written, so a bad row is reported (with its
row number) and never half-written; good rows are written in batches, one transaction each.
A big file's rows are checked in worker processes while the batches before them are written
(`people.checking`), with Python's cycle collector off (`bulk.no_collection_pauses`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.errors import CandidateError
from sequencer.people.addresses import addresses_of, normal_address, normal_email
from sequencer.people.candidate import Candidate
from sequencer.people.checking import checked_in_processes
from sequencer.spec.channel import Channel
from sequencer.store import consent
from sequencer.store.among import among
from sequencer.store.bulk import BY_ID, insert_rows, no_collection_pauses, update_rows
from sequencer.store.erasure import described, erased_among
from sequencer.store.models import CandidateRecord

BATCH = 2_000


@dataclass
class ImportReport:
    inserted: int = 0
    updated: int = 0
    errors: list[CandidateError] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # the good rows' people, in file order

    @property
    def rows(self) -> int:
        return self.inserted + self.updated + len(self.errors)


def import_candidates(
    engine: sa.Engine,
    path: Path,
    now: datetime,
    progress: Callable[[ImportReport], None] | None = None,
    file: str | None = None,
    secret: str | None = None,
) -> ImportReport:
    """`file`: the name the recruiter knows the file by (default: its own), which consent
    given by the file's columns records as its source. `secret`: SEQUENCER_SECRET_KEY, to
    refuse the rows of people erased at their request (`store.erasure`)."""
    report = ImportReport()
    with no_collection_pauses():  # workers forked in it have it off too
        for batch in _batches(checked_in_processes(path), BATCH):  # checked while written
            people = _last_row_per_person([c for c in batch if isinstance(c, Candidate)])
            report.errors += [c for c in batch if isinstance(c, CandidateError)]
            with Session(engine) as session, session.begin():
                people = _not_erased(session, people, secret, report)
                report.keys += [person.key for person in people]
                inserted, updated = _upsert(session, people, now, file or path.name)
            report.inserted, report.updated = report.inserted + inserted, report.updated + updated
            if progress:
                progress(report)
    return report


def _not_erased(
    session: Session, people: list[Candidate], secret: str | None, report: ImportReport
) -> list[Candidate]:
    """The people of a batch not erased at their request; each erased one's row refused."""
    found = erased_among(session, {a for person in people for a in person.addresses}, secret)
    if not found:
        return people
    kept = []
    for person in people:
        entry = next((found[a] for a in person.addresses if a in found), None)
        if entry is None:
            kept.append(person)
        else:
            report.errors.append(
                CandidateError(person.row or 0, f"{described(entry)}; not imported")
            )
    return kept


def _batches(rows: Iterable[Candidate | CandidateError], size: int) -> Iterator[list[Any]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def _last_row_per_person(people: list[Candidate]) -> list[Candidate]:
    return list({person.key: person for person in people}.values())


class _Stored(NamedTuple):
    """A stored person a row matched: the row updates it; its consent until now."""

    id: int
    consent: tuple[bool, bool]  # (sms, call)


def _upsert(
    session: Session, people: list[Candidate], now: datetime, file: str = ""
) -> tuple[int, int]:
    known = _existing(session, people)
    updates, inserts, before = [], [], {}
    for person in people:
        stored = _match(known, person)
        values = record_values(person, now)
        if stored is None:
            inserts.append(values)
        else:
            updates.append({BY_ID: stored.id, **values})
            before[person.key] = stored.consent
    table = CandidateRecord.__table__  # type: ignore[attr-defined]
    # Core, not the ORM's bulk statements: those leave out each row's None values, which
    # splits a batch into runs of rows with the same empty cells, one statement each (4,171
    # for 5,000 rows), and build an object per row. Every row here has every key.
    insert_rows(session, table, inserts)
    update_rows(session, table, updates)
    consent.imported(session, people, before, file, now)
    return len(inserts), len(updates)


def _existing(session: Session, people: list[Candidate]) -> dict[str, _Stored]:
    """Stored people who share a key, an email or a phone with `people`, by each of these."""
    keys = {p.key for p in people}
    emails = {normal_email(p.email) for p in people if p.email}
    phones = {p.phone for p in people if p.phone}
    # Only the columns matched on and the consent: whole records (their JSON `extra` parsed)
    # cost more.
    table = CandidateRecord.__table__  # type: ignore[attr-defined]
    query = sa.select(
        table.c.id, table.c.key, table.c.email, table.c.phone, table.c.sms_consent,
        table.c.call_consent,
    ).where(
        sa.or_(
            among(session, table.c.key, keys),
            among(session, table.c.email, emails),
            among(session, table.c.phone, phones),
        )
    )  # fmt: skip
    known: dict[str, _Stored] = {}
    for record_id, key, email, phone, sms, call in session.execute(query):
        for address in (key, *addresses_of(email, phone)):
            if address:
                known.setdefault(address, _Stored(record_id, (sms, call)))
    return known


def _match(known: dict[str, _Stored], person: Candidate) -> _Stored | None:
    for address in (person.key, *person.addresses):
        if address and address in known:
            return known[address]
    return None


def record_values(person: Candidate, now: datetime) -> dict[str, Any]:
    """The stored columns of a person; the key keeps identity stable across imports."""
    return {
        "key": person.key,
        "email": person.email,
        "phone": person.phone,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "timezone": person.timezone,
        "linkedin_url": person.linkedin_url,
        "company": person.company,
        "current_company_domain": person.current_company_domain,
        "title": person.title,
        "preferred_channel": person.preferred_channel.value if person.preferred_channel else None,
        "sms_consent": person.sms_consent,
        "call_consent": person.call_consent,
        "country": person.country,
        "state": person.state,
        "extra": dict(person.extra),
        "updated_at": now,
    }


def candidate_of(record: CandidateRecord) -> Candidate:
    """The stored person, as the planner and templates see people: the one place a stored
    row becomes a Candidate (`record_values` is the way back)."""
    return Candidate(
        email=record.email,
        phone=record.phone,
        first_name=record.first_name,
        last_name=record.last_name,
        timezone=record.timezone,
        linkedin_url=record.linkedin_url,
        company=record.company,
        current_company_domain=record.current_company_domain,
        title=record.title,
        preferred_channel=Channel.named(record.preferred_channel),
        sms_consent=record.sms_consent,
        call_consent=record.call_consent,
        country=record.country,
        state=record.state,
        extra=dict(record.extra),
        email_undeliverable=record.email_undeliverable,
    )


def people_at(session: Session, addresses: Iterable[str]) -> list[CandidateRecord]:
    """Everyone stored with one of these emails (any case) or E.164 numbers."""
    wanted = {normal_address(a) for a in addresses if a}
    if not wanted:
        return []
    # The key is the lower-cased email (or the phone when there is none): both indexed.
    query = select(CandidateRecord).where(
        sa.or_(col(CandidateRecord.key).in_(wanted), col(CandidateRecord.phone).in_(wanted))
    )
    return list(session.exec(query))
