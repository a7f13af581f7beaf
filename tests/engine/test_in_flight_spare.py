"""The spare: a quarter of SEQUENCER_SENDS_IN_FLIGHT handed over ahead, ready behind the calls
under way (`engine.flight`). A pass that stops on a failure claims again those it never
posted; one whose person replied meanwhile is skipped instead; a kill leaves them in doubt."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from helpers.in_flight import PATIENCE, GatedSenders
from helpers.project import Project
from helpers.worlds import everyone_due_at
from sqlmodel import Session, select

from sequencer.engine import dispatch, flight
from sequencer.engine.claim import Claim, claim_many
from sequencer.engine.dispatch import tick
from sequencer.engine.handover import hand_over_group, take_back
from sequencer.inbound.effects import Incoming, once, replied
from sequencer.store.leases import BATCH_LEASE
from sequencer.store.models import Enrollment, EventKind, Send

T = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def rows(engine: sa.Engine) -> dict[str, Send]:
    """Each person's send row, by their reference (`<enrollment>-hello`)."""
    with Session(engine) as session:
        return {f"{s.enrollment_id}-{s.step_id}": s for s in session.exec(select(Send))}


def statuses(engine: sa.Engine) -> Counter[str]:
    return Counter(str(row.status) for row in rows(engine).values())


@pytest.fixture
def database_url(database_url: str, tmp_path: Path) -> str:
    # Provider calls run on threads of their own, and SQLite in memory is one database a
    # thread: a file, so that what the threads and the dispatcher see is one database.
    sqlite = database_url.startswith("sqlite")
    return f"sqlite:///{tmp_path / 'sends.db'}" if sqlite else database_url


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


def test_sends_ready_behind_calls_struck_by_a_crash_were_never_posted_and_go_once_later(
    project: Project, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = everyone_due_at(project, database_url, 8, T)
    # The first call alone, then four at once (in_flight=4) and one ready behind them.
    spare_handed_over = _counting_hand_overs(monkeypatch, 1 + 4 + 1)

    def killed_once_the_spare_is_ready(call: int) -> None:
        if call > 1:  # the provider took them; the process dies before hearing so
            assert spare_handed_over.wait(PATIENCE), "no send was handed over ready"
            raise KeyboardInterrupt

    provider = GatedSenders(together=4, answer=killed_once_the_spare_is_ready)
    with pytest.raises(KeyboardInterrupt):
        tick(engine, provider.senders, T, in_flight=4)
    # The call that answered is recorded; the four struck are in doubt; the one ready behind
    # them was never posted: claimed again, untried, with the two never handed over.
    assert len(provider.handed) == 5 and provider.peak == 4  # never more calls than allowed
    assert statuses(engine) == {"sent": 1, "sending": 4, "claimed": 3}
    assert all(row.attempts == 0 for row in rows(engine).values() if row.status == "claimed")
    in_doubt = {ref for ref, row in rows(engine).items() if row.status == "sending"}
    provider.answer = None
    later = T + BATCH_LEASE + timedelta(seconds=1)  # another worker, once the lease lapsed
    assert tick(engine, provider.senders, later, worker="another", in_flight=4)["sent"] == 3
    assert statuses(engine) == {"sent": 4, "sending": 4}  # in doubt, never sent again
    assert len(provider.handed) == 8 and set(provider.handed) >= in_doubt


class _ThreadsRunOut(ThreadPoolExecutor):
    """A pool that can start two threads and no more, as under a limit on processes."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.started = getattr(self, "started", 0) + 1
        if self.started > 2:
            raise RuntimeError("can't start new thread")
        return super().submit(fn, *args, **kwargs)


def test_a_pass_that_cannot_start_a_thread_stops_and_claims_again_what_it_never_posted(
    project: Project, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = everyone_due_at(project, database_url, 8, T)
    monkeypatch.setattr(flight, "ThreadPoolExecutor", _ThreadsRunOut)
    provider = GatedSenders()
    with pytest.raises(RuntimeError, match="can't start new thread"):
        tick(engine, provider.senders, T, in_flight=4)  # it ends: it does not wait forever
    # The two calls that were made are recorded; every other send, handed over or not, is
    # claimed again, untried; nothing is in doubt.
    assert len(provider.handed) == 2
    assert statuses(engine) == {"sent": 2, "claimed": 6}
    assert all(row.attempts == 0 for row in rows(engine).values() if row.status == "claimed")


def test_a_send_taken_back_after_its_person_replied_is_skipped_not_claimed_again(
    project: Project, database_url: str
) -> None:
    engine = everyone_due_at(project, database_url, 2, T)
    with Session(engine) as session:
        ids = [e.id for e in session.exec(select(Enrollment).order_by(Enrollment.id))]
        replier = session.get(Enrollment, ids[0])
        assert replier is not None
    claims = [c for c in claim_many(engine, ids, T, None, "w") if isinstance(c, Claim)]
    assert hand_over_group(engine, claims, T) == [None, None]
    # Handed over, ready, never posted: the first person replies before the pass stops.
    reply = Incoming("mail:<r1@example.com>", EventKind.REPLY, T, candidate_id=replier.candidate_id)
    assert once(engine, reply, T, replied("replied by email")) == "halted"
    assert take_back(engine, claims, T) == 1
    with Session(engine) as session:
        sends = {s.enrollment_id: s for s in session.exec(select(Send))}
    skipped, again = sends[ids[0]], sends[ids[1]]
    assert (skipped.status, again.status) == ("skipped", "claimed")
    assert skipped.reason == "not sent: replied by email before it went out"
    assert skipped.attempts == again.attempts == 0
