"""How a pass groups its hand-overs (`engine.dispatch`): the answers already in make room
for the next group before it is handed over, so a chunk whose calls came back while it was
claimed (a provider that answers at once) is handed over in one transaction, one wait for the
disk, not split in two."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from queue import SimpleQueue
from typing import Any

import pytest
import sqlalchemy as sa
from helpers.in_flight import PATIENCE, GatedSenders
from helpers.project import Project
from helpers.worlds import everyone_due_at
from sqlmodel import Session, select

from sequencer.engine import dispatch, flight
from sequencer.engine.claim import Claim
from sequencer.engine.dispatch import tick
from sequencer.engine.flight import Proven
from sequencer.engine.handover import hand_over_group
from sequencer.store.models import Send

T = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


@pytest.fixture
def database_url(database_url: str, tmp_path: Path) -> str:
    # Provider calls run on threads of their own, and SQLite in memory is one database a
    # thread: a file, so that what the threads and the dispatcher see is one database.
    sqlite = database_url.startswith("sqlite")
    return f"sqlite:///{tmp_path / 'sends.db'}" if sqlite else database_url


def test_a_chunk_whose_room_the_answers_already_in_make_goes_in_one_hand_over(
    project: Project, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = everyone_due_at(project, database_url, 9, T)
    monkeypatch.setattr(dispatch, "CHUNK", 4)
    answers_in = _counting_answers(monkeypatch)
    groups: list[int] = []

    def counted(engine: sa.Engine, claims: list[Claim], now: Any) -> list[str | None]:
        stopped = hand_over_group(engine, claims, now)
        if claims:
            groups.append(len(claims))
        return stopped

    def claimed_once_the_calls_answered(*args: Any, **kwargs: Any) -> Any:
        # As on loopback: every call posted has answered before the next chunk is claimed.
        answers_in.wait_for(sum(groups))
        return real_claim_many(*args, **kwargs)

    real_claim_many = dispatch.claim_many
    monkeypatch.setattr(dispatch, "hand_over_group", counted)
    monkeypatch.setattr(dispatch, "claim_many", claimed_once_the_calls_answered)
    proven = Proven()
    proven.add("email")  # the provider answered lately: no first call alone
    provider = GatedSenders()
    outcomes = tick(engine, provider.senders, T, in_flight=4, proven=proven)
    assert outcomes["sent"] == 9 and len(provider.handed) == 9
    # Room for 5 (4 in flight, 1 ready): each chunk of 4 in one hand-over, not 1 and then 3.
    assert groups == [4, 4, 1]


class _Answers:
    """How many answers the posting threads have handed back, to wait for a number of them."""

    def __init__(self) -> None:
        self.count = 0
        self.changed = threading.Condition()

    def wait_for(self, count: int) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: self.count >= count, PATIENCE)


def _counting_answers(monkeypatch: pytest.MonkeyPatch) -> _Answers:
    answers = _Answers()

    class Counted(SimpleQueue[Any]):
        def put(self, item: Any, block: bool = True, timeout: float | None = None) -> None:
            super().put(item, block, timeout)
            with answers.changed:
                answers.count += 1
                answers.changed.notify_all()

    monkeypatch.setattr(flight, "SimpleQueue", Counted)
    return answers


def test_answers_taken_in_before_a_wait_that_fails_are_still_recorded(
    project: Project, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dispatcher takes in the answers already back, nothing can take their places, and
    # its wait for more fails (a posting thread that could not be started): what it took
    # in is recorded all the same, not left `sending`, in doubt, though the provider answered.
    engine = everyone_due_at(project, database_url, 6, T)
    real_landed, real_fitting = flight.Flight.landed, flight.Flight.fitting
    took_in: list[int] = []

    def landed(self: flight.Flight, block: bool, have: int = 0) -> list[Any]:
        if block and took_in:
            raise RuntimeError("can't start new thread")
        answers = real_landed(self, True) if len(self) else []  # as if it had just come
        took_in.extend(answer.claim.send_id for answer in answers)
        return answers

    def fitting(self: flight.Flight, waiting: list[Claim]) -> Any:
        return ([], waiting) if took_in else real_fitting(self, waiting)

    monkeypatch.setattr(flight.Flight, "landed", landed)
    monkeypatch.setattr(flight.Flight, "fitting", fitting)
    provider = GatedSenders()
    with pytest.raises(RuntimeError, match="can't start new thread"):
        tick(engine, provider.senders, T, in_flight=2)
    assert len(provider.handed) == 1 and len(took_in) == 1
    with Session(engine) as session:
        sent = session.exec(select(Send).where(Send.id == took_in[0])).one()
    assert sent.status == "sent"
