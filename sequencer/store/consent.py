"""Consent to texts and calls: the person's yes or no now (`CandidateRecord.sms_consent`,
`call_consent`) and where each came from, and when (`ConsentChange`, its whole history).

The one writer is `change`, which sets the flag and records why, in the caller's
transaction: from the CSV at import (`imported`), a texted START or STOP (`inbound`), or the
recruiter (`by_recruiter`, `sequencer consent`). `history` reads it back, oldest first.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.errors import SequencerError
from sequencer.people.addresses import addresses_of, normal_address
from sequencer.people.candidate import Candidate
from sequencer.store import audit
from sequencer.store.among import among
from sequencer.store.bulk import insert_rows
from sequencer.store.models import CandidateRecord, ConsentChange
from sequencer.store.suppression import entry_for

SMS, CALL = "sms", "call"
CHANNELS = (SMS, CALL)
_FLAG = {SMS: "sms_consent", CALL: "call_consent"}
NONE_GIVEN = (False, False)  # (sms, call) of someone new: no consent until something gives it


def change(
    session: Session, person: CandidateRecord, channel: str, given: bool, source: str, at: datetime
) -> bool:
    """Set this consent and record where it came from; False (nothing written) when it was
    already so."""
    if getattr(person, _FLAG[channel]) == given:
        return False
    setattr(person, _FLAG[channel], given)
    session.add(person)
    assert person.id is not None
    session.add(
        ConsentChange(candidate_id=person.id, channel=channel, given=given, source=source, at=at)
    )
    return True


def history(session: Session, candidate_id: int) -> list[ConsentChange]:
    """Every change of this person's consent, oldest first."""
    query = (
        select(ConsentChange)
        .where(ConsentChange.candidate_id == candidate_id)
        .order_by(col(ConsentChange.at), col(ConsentChange.id))
    )
    return list(session.exec(query))


# --- import -----------------------------------------------------------------------------------


def imported(
    session: Session,
    people: list[Candidate],
    before: Mapping[str, tuple[bool, bool]],
    file: str,
    at: datetime,
) -> int:
    """After an import wrote `people`: a change for each consent the file gave or changed
    (`before`: by person key, as stored until then). How many were recorded."""
    changes = [
        (person, channel, given)
        for person in people
        for channel, given, was in zip(
            CHANNELS,
            (person.sms_consent, person.call_consent),
            before.get(person.key, NONE_GIVEN),
            strict=True,
        )
        if given != was
    ]
    if not changes:
        return 0
    keys = {person.key for person, _, _ in changes}
    ids = dict(
        session.exec(
            select(CandidateRecord.key, CandidateRecord.id).where(
                among(session, col(CandidateRecord.key), keys)
            )
        ).all()
    )
    rows = [
        {
            "candidate_id": ids[person.key],
            "channel": channel,
            "given": given,
            "source": f"CSV column {_FLAG[channel]} ({file}, row {person.row})",
            "at": at,
        }
        for person, channel, given in changes
        if person.key in ids  # two rows that matched one stored person: the last one's key
    ]
    if not rows:
        return 0
    # The table, not the model: the ORM's bulk insert builds an object per row.
    insert_rows(session, ConsentChange.__table__, rows)  # type: ignore[attr-defined]
    return len(rows)


# --- the recruiter --------------------------------------------------------------------------


def by_recruiter(
    engine: sa.Engine,
    address: str,
    channel: str,
    given: bool,
    how: str,
    actor: str,
    at: datetime,
) -> str:
    """What the recruiter says the person at `address` told them (`how`: on a call, in an
    email...), written with its audit entry."""
    if channel not in CHANNELS:
        raise SequencerError(f"no consent for {channel!r}: use sms or call")
    if not how.strip():
        raise SequencerError("say how they gave or withdrew it, e.g. --how 'said yes on a call'")
    what = "texts" if channel == SMS else "calls"
    with Session(engine) as session, session.begin():
        person = _person_at(session, address)
        assert person.id is not None
        if not change(session, person, channel, given, f"recruiter ({actor}): {how.strip()}", at):
            return f"already {'consented' if given else 'no consent'} to {what}: nothing changed"
        detail = f"{channel} consent {'given' if given else 'withdrawn'}: {how.strip()}"
        audit.record(session, at, actor, "consent", person.id, detail)
        opted_out = entry_for(session, addresses_of(person.email, person.phone))
    said = f"consent to {what} {'given' if given else 'withdrawn'}"
    if given and opted_out is not None:
        said += "; they opted out, so nothing is sent until they opt back in themselves"
    return said


def _person_at(session: Session, address: str) -> CandidateRecord:
    wanted = normal_address(address)
    query = select(CandidateRecord).where(
        sa.or_(col(CandidateRecord.key) == wanted, col(CandidateRecord.phone) == wanted)
    )
    person = session.exec(query).first()
    if person is None:
        raise SequencerError(
            "nobody imported with this address: check its spelling, or "
            "`sequencer import FILE.csv` first"
        )
    return person
