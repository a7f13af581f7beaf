"""A pass's first call on a channel goes alone (`engine.flight`): a revoked key costs one
refused request. What waits for it is kept short: that call leaves once its own send is
claimed, and the others are claimed and handed over while it is under way, ready to go the
moment it is answered."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from helpers.in_flight import PATIENCE, GatedSenders
from helpers.project import Project
from helpers.worlds import everyone_due_at
from sqlmodel import Session, select

from sequencer.channels import AccountRefused
from sequencer.engine import dispatch
from sequencer.engine.claim import Claim
from sequencer.engine.dispatch import tick
from sequencer.engine.handover import hand_over_group
from sequencer.store.models import Send

T = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


@pytest.fixture
def database_url(database_url: str, tmp_path: Path) -> str:
    # Provider calls run on threads of their own, and SQLite in memory is one database a
    # thread: a file, so that what the threads and the dispatcher see is one database.
    sqlite = database_url.startswith("sqlite")
    return f"sqlite:///{tmp_path / 'sends.db'}" if sqlite else database_url


def statuses(engine: sa.Engine) -> Counter[str]:
    with Session(engine) as session:
        return Counter(str(row.status) for row in session.exec(select(Send)))


def _counting_hand_overs(monkeypatch: pytest.MonkeyPatch, enough: int) -> threading.Event:
    """An event set once the dispatcher has handed over `enough` sends in all."""
    handed, reached = [0], threading.Event()

    def counted(engine: sa.Engine, claims: list[Claim], now: Any) -> list[str | None]:
        stopped = hand_over_group(engine, claims, now)
        handed[0] += stopped.count(None)
        if handed[0] >= enough:
            reached.set()
        return stopped

    monkeypatch.setattr(dispatch, "hand_over_group", counted)
    return reached


def test_the_others_are_ready_while_the_first_call_is_under_way_and_go_once_it_answers(
    project: Project, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = everyone_due_at(project, database_url, 8, T)
    # 4 in flight and 1 spare: at most 5 handed over, the first call's send among them.
    all_ready = _counting_hand_overs(monkeypatch, 5)
    seen: list[Counter[str]] = []

    def first_call_held_until_the_others_are_ready(call: int) -> None:
        if call == 1:
            assert all_ready.wait(PATIENCE), "nothing was handed over during the first call"
            seen.append(statuses(engine))

    # Calls 2 to 5 each wait until all four are under way: they left together.
    provider = GatedSenders(together=4, answer=first_call_held_until_the_others_are_ready)
    outcomes = tick(engine, provider.senders, T, in_flight=4)
    # During the first call: it alone was posted; four more were handed over, not posted.
    assert seen == [Counter({"sending": 5, "claimed": 3})]
    assert outcomes["sent"] == 8 and provider.peak == 4
    assert len(provider.handed) == len(set(provider.handed)) == 8
    assert statuses(engine) == {"sent": 8}


def test_the_sends_ready_behind_a_refused_first_call_are_held_back_without_a_request(
    project: Project, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = everyone_due_at(project, database_url, 8, T)
    all_ready = _counting_hand_overs(monkeypatch, 5)

    def refused_once_the_others_are_ready(call: int) -> None:
        assert all_ready.wait(PATIENCE), "nothing was handed over during the first call"
        raise AccountRefused("401: the API key was revoked", "sendgrid")

    provider = GatedSenders(answer=refused_once_the_others_are_ready)
    outcomes = tick(engine, provider.senders, T, in_flight=4)
    assert len(provider.handed) == 1  # one refused request, however many were ready
    assert outcomes["channel paused"] == 8 and statuses(engine) == {"retry": 8}
    with Session(engine) as session:
        held = session.exec(select(Send)).all()
    assert all(row.attempts == 0 for row in held)  # nothing left the machine: no try counted


def test_the_first_call_leaves_before_the_rest_of_its_chunk_is_claimed(
    project: Project, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = everyone_due_at(project, database_url, 6, T)
    real_claim_many, claimed = dispatch.claim_many, [0]
    first_call = threading.Event()

    def claim_many(engine: sa.Engine, due: list[int], *args: Any, **kwargs: Any) -> Any:
        if claimed[0]:  # the claims after the first: held until the first call has left
            assert first_call.wait(PATIENCE), "the first call waited for the whole chunk"
        claimed[0] += len(due)
        return real_claim_many(engine, due, *args, **kwargs)

    claimed_by_the_first_call: list[int] = []

    def first(call: int) -> None:
        if call == 1:
            claimed_by_the_first_call.append(claimed[0])
            first_call.set()

    monkeypatch.setattr(dispatch, "claim_many", claim_many)
    provider = GatedSenders(answer=first)
    assert tick(engine, provider.senders, T, in_flight=4)["sent"] == 6
    assert claimed_by_the_first_call == [1]  # its own send claimed (and rendered), no more
    assert statuses(engine) == {"sent": 6}
