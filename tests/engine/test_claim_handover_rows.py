"""A chunk's new send rows are written in one statement and a group is handed over
set-based, without the ORM: the rows they leave are those that claiming and handing over
each send on its own leaves, down to every column; a reply or an opt-out between the claim
and the hand-over still stops that send, and only that one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from helpers.project import Project
from helpers.worlds import everyone_due_at
from sqlmodel import Session, select

from sequencer.channels import Email
from sequencer.engine.claim import Claim, claim, claim_many
from sequencer.engine.handover import hand_over, hand_over_group
from sequencer.inbound.effects import Incoming, once, replied
from sequencer.ops.logs import send_fields
from sequencer.store.leases import BATCH_LEASE
from sequencer.store.models import Enrollment, EventKind, Send, SendStatus, Task
from sequencer.store.suppression import suppress

T = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
PEOPLE = 6


def two_worlds(project: Project, tmp_path: Path) -> tuple[sa.Engine, sa.Engine, list[int]]:
    """The same `PEOPLE` people, all due at T, in two databases; their enrollment ids."""
    together = everyone_due_at(project, f"sqlite:///{tmp_path / 'together.db'}", PEOPLE, T)
    alone = everyone_due_at(project, f"sqlite:///{tmp_path / 'alone.db'}", PEOPLE, T)
    with Session(together) as session:
        ids = [e.id for e in session.exec(select(Enrollment).order_by(Enrollment.id))]
    assert rows(together) == rows(alone)
    return together, alone, [i for i in ids if i is not None]


def rows(engine: sa.Engine) -> list[dict[str, Any]]:
    """Every column of every enrollment, send and task row, in id order."""
    tables = (Enrollment.__table__, Send.__table__, Task.__table__)  # type: ignore[attr-defined]
    with engine.connect() as connection:
        return [
            dict(row)
            for table in tables
            for row in connection.execute(sa.select(table).order_by(table.c.id)).mappings()
        ]


def claims(results: list[Claim | str]) -> list[Claim]:
    return [c for c in results if isinstance(c, Claim)]


def seen(claim: Claim) -> tuple[Any, ...]:
    """What the rest of the send gets from its claim."""
    return claim.send_id, claim.enrollment_id, claim.message, claim.fields


def test_a_chunk_claimed_at_once_leaves_what_each_claimed_alone_leaves(
    project: Project, tmp_path: Path
) -> None:
    together, alone, ids = two_worlds(project, tmp_path)
    for engine in (together, alone):  # a worker that died after its claim: the row is left
        assert isinstance(claim(engine, ids[2], T, None, "dead"), Claim)
    later = T + BATCH_LEASE + timedelta(minutes=1)  # its lease lapsed: claimed again, as it is
    chunk = claim_many(together, ids, later, None, "w")
    each = [claim(alone, i, later, None, "w") for i in ids]
    assert len(claims(chunk)) == PEOPLE
    assert [seen(c) for c in claims(chunk)] == [seen(c) for c in claims(each)]
    assert rows(together) == rows(alone)


def test_a_new_send_row_holds_the_message_and_the_moment_it_was_claimed(
    project: Project, tmp_path: Path
) -> None:
    engine = everyone_due_at(project, f"sqlite:///{tmp_path / 'a.db'}", 3, T)
    with Session(engine) as session:
        ids = [e.id for e in session.exec(select(Enrollment)) if e.id is not None]
    made = claims(claim_many(engine, ids, T, None, "w"))
    assert [c.enrollment_id for c in made] == ids
    with Session(engine) as session:
        for c in made:
            row = session.get(Send, c.send_id)
            email = c.message
            assert row is not None and isinstance(email, Email)
            assert (row.enrollment_id, row.step_id, row.channel, row.to) == (
                c.enrollment_id,
                "hello",
                "email",
                email.to,
            )
            assert (row.status, row.claimed_at, row.attempts) == (SendStatus.CLAIMED, T, 0)
            assert (row.subject, row.message_id) == (email.subject, email.message_id)
            assert row.body is not None and row.body.startswith("Hi P")
            assert (row.reason, row.provider, row.provider_id, row.sent_at) == (None,) * 4
            assert c.fields == send_fields(row, "") | {"attempts": 1}
            enrollment = session.get(Enrollment, c.enrollment_id)
            assert enrollment is not None and enrollment.lease_owner == "w"


def stop_two(engine: sa.Engine, ids: list[int]) -> None:
    """Between the claim and the hand-over: the second person replies, the fourth opts out."""
    with Session(engine) as session:
        second, fourth = (session.get(Enrollment, ids[n]) for n in (1, 3))
        assert second is not None and fourth is not None
    reply = Incoming("mail:<r1@example.com>", EventKind.REPLY, T, candidate_id=second.candidate_id)
    assert once(engine, reply, T, replied("replied by email")) == "halted"
    with Session(engine) as session, session.begin():
        suppress(session, "person3@example.com", "unsubscribed", T)


def test_a_group_handed_over_at_once_leaves_what_each_handed_over_alone_leaves(
    project: Project, tmp_path: Path
) -> None:
    together, alone, ids = two_worlds(project, tmp_path)
    group = claims(claim_many(together, ids, T, None, "w"))
    each = claims(claim_many(alone, ids, T, None, "w"))
    for engine in (together, alone):
        stop_two(engine, ids)
    at = T + timedelta(seconds=1)
    outcomes = hand_over_group(together, group, at)
    assert outcomes == [hand_over(alone, c, at) for c in each]
    assert outcomes == [None, "halted", None, "halted", None, None]
    assert rows(together) == rows(alone)
    with Session(together) as session:
        statuses = [session.get(Send, c.send_id) for c in group]
        assert [s.status for s in statuses if s] == ["sending", "skipped"] * 2 + ["sending"] * 2
        assert [s.attempts for s in statuses if s] == [1, 0, 1, 0, 1, 1]


def test_a_send_another_worker_handed_over_is_theirs_and_the_rest_of_the_group_goes(
    project: Project, tmp_path: Path
) -> None:
    engine = everyone_due_at(project, f"sqlite:///{tmp_path / 'a.db'}", 3, T)
    with Session(engine) as session:
        ids = [e.id for e in session.exec(select(Enrollment)) if e.id is not None]
    group = claims(claim_many(engine, ids, T, None, "w"))
    assert hand_over(engine, group[1], T) is None  # the other worker, whose lease this outlived
    assert hand_over_group(engine, group, T) == [None, "taken", None]
    with Session(engine) as session:
        sends = [session.get(Send, c.send_id) for c in group]
        assert [(s.status, s.attempts) for s in sends if s] == [("sending", 1)] * 3
