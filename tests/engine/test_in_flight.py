"""Many sends in flight at once, each still exactly once: a pass posts a group of sends
together (SEQUENCER_SENDS_IN_FLIGHT), and what stops a send, pauses a channel or kills the
process mid-group does to each send what it did when they went one at a time."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers.in_flight import GatedSenders
from helpers.project import Project
from helpers.worlds import everyone_due_at
from sqlmodel import Session, select

from sequencer.channels import AccountRefused
from sequencer.engine.dispatch import tick
from sequencer.engine.flight import Proven
from sequencer.engine.forgetting import forget_person
from sequencer.inbound.effects import Incoming, once, replied
from sequencer.store.leases import BATCH_LEASE
from sequencer.store.models import Enrollment, EventKind, Send

T = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


@pytest.fixture
def database_url(database_url: str, tmp_path: Path) -> str:
    # Provider calls run on threads of their own, and SQLite in memory is one database a
    # thread: a file, so that what happens during a call (a reply) reaches the dispatcher.
    sqlite = database_url.startswith("sqlite")
    return f"sqlite:///{tmp_path / 'sends.db'}" if sqlite else database_url


def rows(engine: sa.Engine) -> dict[str, Send]:
    """Each person's send row, by their reference (`<enrollment>-hello`)."""
    with Session(engine) as session:
        return {f"{s.enrollment_id}-{s.step_id}": s for s in session.exec(select(Send))}


def statuses(engine: sa.Engine) -> Counter[str]:
    return Counter(str(row.status) for row in rows(engine).values())


def test_a_group_goes_out_together_and_each_send_exactly_once(
    project: Project, database_url: str
) -> None:
    engine = everyone_due_at(project, database_url, 7, T)
    provider = GatedSenders(together=3)  # breaks (and fails the pass) unless 3 wait at once
    outcomes = tick(engine, provider.senders, T, in_flight=3)
    assert outcomes["sent"] == 7 and provider.peak == 3
    assert sorted(provider.handed) == sorted(set(provider.handed)) and len(provider.handed) == 7
    assert statuses(engine) == {"sent": 7}
    assert tick(engine, provider.senders, T + timedelta(days=1), in_flight=3)["sent"] == 0
    assert len(provider.handed) == 7


def test_a_reply_between_the_claim_and_the_hand_over_stops_that_send(
    project: Project, database_url: str
) -> None:
    engine = everyone_due_at(project, database_url, 3, T)
    with Session(engine) as session:
        first, second, third = session.exec(select(Enrollment).order_by(Enrollment.id)).all()

    def second_replies(call: int) -> None:
        # While the first email is with the provider, the second person's is claimed and
        # waits for room (one call at a time): their reply comes in now.
        if call == 1:
            reply = Incoming(
                "mail:<r1@example.com>", EventKind.REPLY, T, candidate_id=second.candidate_id
            )
            assert once(engine, reply, T, replied("replied by email")) == "halted"

    provider = GatedSenders(answer=second_replies)
    outcomes = tick(engine, provider.senders, T, in_flight=1)
    assert (outcomes["sent"], outcomes["halted"]) == (2, 1)
    assert provider.handed == [f"{first.id}-hello", f"{third.id}-hello"]
    assert rows(engine)[f"{second.id}-hello"].status == "skipped"


def test_a_refusal_of_our_account_mid_group_holds_back_the_rest_of_that_channel(
    project: Project, database_url: str
) -> None:
    engine = everyone_due_at(project, database_url, 6, T)

    def key_revoked_after_the_first(call: int) -> None:
        if call >= 2:  # the third is under way at the same moment (together=2)
            raise AccountRefused("401: the API key was revoked", "sendgrid")

    provider = GatedSenders(together=2, answer=key_revoked_after_the_first)
    outcomes = tick(engine, provider.senders, T, in_flight=2)
    # One went; the two refused and the three not yet posted wait for the channel, untried.
    # A fourth call may have been posted in the moment before the refusal's thread noted it
    # (it is refused too); the fifth and sixth never are.
    assert 3 <= len(provider.handed) <= 4 and outcomes["sent"] == 1
    assert outcomes["channel paused"] == 5
    held = [row for row in rows(engine).values() if row.status == "retry"]
    assert len(held) == 5 and all(row.reason and "email paused" in row.reason for row in held)
    assert all(row.attempts == 0 for row in held)  # nothing left the machine: no try counted
    assert statuses(engine)["failed"] == 0


def test_a_crash_mid_group_leaves_only_that_call_in_doubt_and_sends_the_rest_once(
    project: Project, database_url: str
) -> None:
    engine = everyone_due_at(project, database_url, 6, T)

    def killed_during_the_third(call: int) -> None:
        if call == 3:  # the provider took it; the process dies before hearing so
            raise KeyboardInterrupt

    provider = GatedSenders(together=2, answer=killed_during_the_third)
    with pytest.raises(KeyboardInterrupt):
        tick(engine, provider.senders, T, in_flight=2)
    # The calls that answered are recorded; the one struck is in doubt; the claimed ones
    # that were waiting for room went nowhere.
    assert statuses(engine) == {"sent": 2, "sending": 1, "claimed": 3}
    in_doubt = next(ref for ref, row in rows(engine).items() if row.status == "sending")
    provider.answer = None
    later = T + BATCH_LEASE + timedelta(seconds=1)  # another worker, once the lease lapsed
    assert tick(engine, provider.senders, later, worker="another", in_flight=2)["sent"] == 3
    assert statuses(engine) == {"sent": 5, "sending": 1}  # in doubt, never sent again
    assert provider.handed.count(in_doubt) == 1 and len(set(provider.handed)) == 6


def test_a_person_forgotten_while_their_email_is_with_the_provider_costs_the_others_nothing(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    # Their erasure deletes their send row while the call is under way; the answers that come
    # back with theirs must still be recorded, not lost with the group's transaction.
    engine = everyone_due_at(project, database_url, 3, T)

    def second_asks_to_be_forgotten(call: int) -> None:
        if call == 2:  # the third is under way at the same moment (together=2)
            forget_person(engine, "person1@example.com", T, "s" * 32, tmp_path, "test")

    provider = GatedSenders(together=2, answer=second_asks_to_be_forgotten)
    outcomes = tick(engine, provider.senders, T, in_flight=2)
    assert len(provider.handed) == 3
    assert (outcomes["sent"], outcomes["forgotten while in flight"]) == (2, 1)
    assert statuses(engine) == {"sent": 2}
    assert tick(engine, provider.senders, T + timedelta(days=1), in_flight=2)["sent"] == 0


def test_a_database_failure_on_the_dispatchers_thread_still_records_the_calls_in_flight(
    project: Project, database_url: str
) -> None:
    # The database goes away for a moment while two calls are with the provider: the pass
    # fails, but what those calls answered is recorded, not left in doubt.
    engine = everyone_due_at(project, database_url, 6, T)
    dispatcher, gone = threading.current_thread(), threading.Event()

    @sa.event.listens_for(engine, "before_cursor_execute")
    def away_for_one_statement(*_: object) -> None:
        if gone.is_set() and threading.current_thread() is dispatcher:
            gone.clear()
            raise sa.exc.OperationalError("(a statement)", None, ConnectionError("server gone"))

    def the_database_goes_away_during_the_second(call: int) -> None:
        if call == 2:  # the third is under way at the same moment (together=2)
            gone.set()

    provider = GatedSenders(together=2, answer=the_database_goes_away_during_the_second)
    with pytest.raises(sa.exc.OperationalError, match="server gone"):
        tick(engine, provider.senders, T, in_flight=2)
    assert len(provider.handed) == 3
    # Nothing is in doubt; the claims that waited for room went nowhere.
    assert statuses(engine) == {"sent": 3, "claimed": 3}


def test_a_channel_whose_provider_answered_lately_sends_its_next_pass_together(
    project: Project, database_url: str
) -> None:
    # The daemon keeps a `Proven` for its life: its first pass sends a channel's first call
    # alone; the next pass, a moment later, need not wait for one call before the others.
    engine = everyone_due_at(project, database_url, 3, T)
    proven = Proven()
    provider = GatedSenders(together=2)  # calls 2 and 3 each wait until both are under way
    assert tick(engine, provider.senders, T, limit=1, proven=proven)["sent"] == 1
    # Were call 2 sent alone, it would wait for call 3 in vain and the pass would fail.
    assert tick(engine, provider.senders, T, proven=proven)["sent"] == 2
    assert provider.peak == 2 and statuses(engine) == {"sent": 3}


def test_a_provider_that_answered_vouches_for_its_channel_for_a_minute_unless_it_refused() -> None:
    seconds = [0.0]
    proven = Proven(clock=lambda: seconds[0])
    assert "email" not in proven
    proven.add("email")
    seconds[0] = Proven.LASTING - 1
    assert "email" in proven and "sms" not in proven
    seconds[0] = Proven.LASTING
    assert "email" not in proven  # a minute on, a pass proves it afresh
    proven.add("email")
    proven.discard("email")  # our account was refused: the next pass proves it again
    assert "email" not in proven
