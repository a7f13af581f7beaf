"""The suppression list: one check, one writer, and only the person lifts it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.store.database import engine_for
from sequencer.store.models import Suppression
from sequencer.store.suppression import (
    TEXTED,
    entry_for,
    is_suppressed,
    lift,
    listed,
    none_listed,
    suppress,
)

NOW = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)


@pytest.fixture
def session():
    engine = engine_for("sqlite://")  # in memory: one database for this thread
    with Session(engine) as session:
        yield session
    engine.dispose()


def test_an_address_goes_on_once_in_its_normal_form(session: Session) -> None:
    suppress(session, " Ana@Example.com ", "unsubscribed", NOW)
    suppress(session, "ana@example.com", "again", NOW)
    session.flush()
    [row] = session.exec(select(Suppression)).all()
    assert (row.address, row.reason) == ("ana@example.com", "unsubscribed")


def test_the_check_reads_one_address_or_a_chunk(session: Session) -> None:
    suppress(session, "+12125550147", f"{TEXTED} 'STOP'", NOW)
    session.flush()
    assert is_suppressed(session, ["ana@example.com", "+12125550147"])
    assert not is_suppressed(session, ["ana@example.com"])
    assert not is_suppressed(session, [])
    found = entry_for(session, ["+12125550147"])
    assert found is not None and found.reason.startswith(TEXTED)
    assert listed(session, {"+12125550147", "bo@example.com"}) == {"+12125550147"}


def test_the_check_inside_a_statement_built_once(session: Session) -> None:
    suppress(session, "ana@example.com", "unsubscribed", NOW)
    session.flush()
    query = sa.select(sa.literal(1)).where(none_listed("keys"))
    assert session.execute(query, {"keys": ["bo@example.com"]}).all() == [(1,)]
    assert session.execute(query, {"keys": ["bo@example.com", "ana@example.com"]}).all() == []


def test_lifting_takes_off_the_address_and_only_texted_opt_outs_of_the_others(
    session: Session,
) -> None:
    suppress(session, "+12125550147", f"{TEXTED} 'STOP'", NOW)
    suppress(session, "ana@example.com", f"{TEXTED} STOP to our number", NOW)
    suppress(session, "ana@work.example", "unsubscribe link", NOW)
    session.flush()
    others = ["ana@example.com", "ana@work.example"]
    assert lift(session, "+12125550147", others)
    session.flush()
    left = session.exec(select(Suppression.address).order_by(col(Suppression.address))).all()
    assert left == ["ana@work.example"]
    assert not lift(session, "+12125550147")  # nothing left to lift
