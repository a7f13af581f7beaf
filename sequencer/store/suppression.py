"""The suppression list: everyone who opted out, by address, never contacted again.

The one place that reads it (`is_suppressed`, `entry_for`; `listed` for a chunk of people at
once; `none_listed` inside the dispatcher's hand-over statement), writes it (`suppress`) and
lifts from it (`lift`). It names a person by their addresses in normal form (`keys_of`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.people.addresses import addresses_of, normal_address
from sequencer.people.candidate import Candidate
from sequencer.store.models import Suppression

TEXTED = "texted"  # how the reason of an opt-out made by text message begins


def keys_of(candidate: Candidate) -> list[str]:
    """How the suppression list names this person: lower-cased email, E.164 phone."""
    return addresses_of(candidate.email, candidate.phone)


def is_suppressed(session: Session, addresses: Iterable[str]) -> bool:
    """Whether any of these addresses (in `people.addresses` normal form) opted out."""
    return entry_for(session, addresses) is not None


def entry_for(session: Session, addresses: Iterable[str]) -> Suppression | None:
    """The list's entry (address, reason, when) of one of these addresses, if any."""
    query = select(Suppression).where(col(Suppression.address).in_(list(addresses)))
    return session.exec(query).first()


def listed(session: Session, addresses: Iterable[str]) -> frozenset[str]:
    """Those of these addresses that opted out: one read for a whole chunk of people."""
    query = select(Suppression.address).where(col(Suppression.address).in_(list(addresses)))
    return frozenset(session.exec(query))


def none_listed(keys: str) -> sa.ColumnElement[bool]:
    """`is_suppressed` as a clause of a statement built once: none of the addresses bound
    to the parameter named `keys` (a list) opted out."""
    return ~sa.exists().where(col(Suppression.address).in_(sa.bindparam(keys, expanding=True)))


def suppress(session: Session, address: str, reason: str, now: datetime) -> None:
    """On the list for good (only the person can lift it); a second opt-out changes nothing."""
    address = normal_address(address)
    if entry_for(session, [address]) is None:
        session.add(Suppression(address=address, reason=reason, created_at=now))


def suppress_all(session: Session, addresses: Iterable[str], reason: str, now: datetime) -> None:
    """`suppress` for each of these addresses, in two statements whatever their number (an
    opt-out closes every address of everyone at the one it came from)."""
    wanted = {normal_address(address) for address in addresses} - {""}
    new = sorted(wanted - listed(session, wanted))
    if new:
        rows = [{"address": address, "reason": reason, "created_at": now} for address in new]
        session.execute(_SUPPRESS, rows)


_SUPPRESS = sa.insert(Suppression.__table__)  # type: ignore[attr-defined]


def lift(session: Session, address: str, texted_too: Iterable[str] = ()) -> bool:
    """The person asked to hear from us again: `address` comes off the list, and so do those
    of `texted_too` that a texted opt-out had put on it. Whether anything came off."""
    addresses = {address, *texted_too}
    rows = session.exec(select(Suppression).where(col(Suppression.address).in_(addresses)))
    undone = [r for r in rows if r.address == address or r.reason.startswith(TEXTED)]
    for row in undone:
        session.delete(row)
    return bool(undone)
