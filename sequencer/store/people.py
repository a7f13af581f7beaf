"""The people table: `sequencer import FILE.csv` upserts candidates by email or phone, and the
one conversion between a stored row and a `Candidate` (`record_values`, `candidate_of`).

Every row is checked in full before anything is written, so a bad row is reported (with its
row number) and never half-written; good rows are written in batches, one transaction each.
A big file's rows are checked in worker processes while the batches before them are written
(`people.checking`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, or_, select

from sequencer.errors import CandidateError
from sequencer.people.addresses import addresses_of, normal_address, normal_email
from sequencer.people.candidate import Candidate
from sequencer.people.checking import checked_in_processes
from sequencer.spec.channel import Channel
from sequencer.store import consent
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
    addresses = {a for person in people for a in addresses_of(person.email, person.phone)}
    found = erased_among(session, addresses, secret)
    kept = []
    for person in people:
        entry = next(
            (found[a] for a in addresses_of(person.email, person.phone) if a in found), None
        )
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


def _upsert(
    session: Session, people: list[Candidate], now: datetime, file: str = ""
) -> tuple[int, int]:
    known = _existing(session, people)
    updates, inserts = [], []
    for person in people:
        record_id = _match(known, person)
        values = record_values(person, now)
        if record_id is None:
            inserts.append(values)
        else:
            updates.append({"id": record_id, **values})
    # Their consent as stored until now: the file's columns are recorded where they change it.
    before = consent.stored(session, [u["id"] for u in updates])
    table = CandidateRecord.__table__  # type: ignore[attr-defined]
    # Core, not the ORM's bulk insert: that leaves out each row's None values, which splits a
    # batch into runs of rows with the same empty cells, one INSERT each (4,171 statements for
    # 5,000 rows); every row here has every key, so this is one executemany.
    if inserts:
        session.execute(sa.insert(table), inserts)
    if updates:
        session.execute(sa.update(CandidateRecord), updates)
    consent.imported(session, people, {u["key"]: before[u["id"]] for u in updates}, file, now)
    return len(inserts), len(updates)


def _existing(session: Session, people: list[Candidate]) -> dict[str, int]:
    """Ids of stored people who share a key, an email or a phone with `people`."""
    keys = {p.key for p in people}
    emails = {normal_email(p.email) for p in people if p.email}
    phones = {p.phone for p in people if p.phone}
    # Only the columns matched on: whole records (their JSON `extra` parsed) cost more.
    query = select(
        CandidateRecord.id, CandidateRecord.key, CandidateRecord.email, CandidateRecord.phone
    ).where(
        or_(
            col(CandidateRecord.key).in_(keys),
            col(CandidateRecord.email).in_(emails),
            col(CandidateRecord.phone).in_(phones),
        )
    )
    known: dict[str, int] = {}
    for record_id, key, email, phone in session.exec(query):
        assert record_id is not None
        for address in (key, *addresses_of(email, phone)):
            if address:
                known.setdefault(address, record_id)
    return known


def _match(known: dict[str, int], person: Candidate) -> int | None:
    for address in (person.key, *addresses_of(person.email, person.phone)):
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
