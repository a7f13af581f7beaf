"""A provider's batch of events locks people in the order everyone else does: their turns
first, then their enrollments in id order, as a dispatcher's claim and a group of texts lock
them. Otherwise two transactions each hold a row the other waits for, PostgreSQL breaks the
cycle with an error, and the provider's whole batch is answered 500 and posted again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from helpers.lock_waits import postgresql_only, waiting_behind
from helpers.project import Project
from helpers.worlds import enrolled_in_emails
from sqlmodel import Session, select

from sequencer.channels.facts import Bounced, OptedOut, Progress, SendEvent, SendRef, Stage
from sequencer.inbound.matching import lock_people
from sequencer.inbound.receive import receive_events
from sequencer.store.models import Enrollment, EnrollmentStatus, Send, SendStatus
from sequencer.store.suppression import is_suppressed

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
SECRET = "a-long-random-secret-for-the-tests-0123456789"
PEOPLE = ("Ana@Example.com", "ben@example.com", "cy@example.com")
HOUSEHOLD = "+14155550101"


@pytest.fixture
def engine(project: Project, database_url: str):
    """Three people, each in a sequence that stops on a bounce, each with an email sent."""
    # Ana and Ben share a (household) phone; Cy has none.
    rows = [f"{PEOPLE[0]},{HOUSEHOLD},A", f"{PEOPLE[1]},{HOUSEHOLD},B", f"{PEOPLE[2]},,C"]
    engine = enrolled_in_emails(
        project, database_url, rows, NOW, stop_on="reply, bounce", second_step=True
    )
    with Session(engine) as session, session.begin():
        for enrollment in enrollments(session):
            assert enrollment.id is not None
            session.add(
                Send(
                    enrollment_id=enrollment.id,
                    step_id="first",
                    channel="email",
                    to="-",
                    status=SendStatus.SENT,
                    claimed_at=NOW,
                )
            )
    yield engine
    engine.dispose()


def enrollments(session: Session) -> list[Enrollment]:
    return list(session.exec(select(Enrollment).order_by(Enrollment.id)))


def bounce(enrollment: Enrollment, address: str) -> Bounced:
    return Bounced(
        key=f"sg:bounce:{enrollment.id}",
        channel="email",
        detail="bounce",
        send=SendRef(reference=f"{enrollment.id}-first"),
        address=address,
        reason="550 no such user",
        went=True,
    )


def progress(enrollment: int | None, stage: Stage) -> Progress:
    """SendGrid's word that the enrollment's first email reached `stage`."""
    return Progress(
        key=f"sg:{stage}:{enrollment}",
        channel="email",
        detail=str(stage),
        send=SendRef(reference=f"{enrollment}-first"),
        stage=stage,
        went=True,
    )


def claim_locks(session: Session, ids: list[int | None]) -> None:
    """What a dispatcher's claim takes first: its enrollments, in id order."""
    query = select(Enrollment.id).where(Enrollment.id.in_(ids))  # type: ignore[union-attr]
    session.exec(query.order_by(Enrollment.id).with_for_update()).all()


def test_two_bounces_in_one_batch_wait_for_a_claim_in_id_order(engine: sa.Engine) -> None:
    """SendGrid reports the later enrollment's bounce first. A claim holds the earlier one
    and goes on to the later: had the batch locked the later person as it read their
    event, each would wait for the other."""
    postgresql_only(engine)
    with Session(engine) as session:
        first, second, _ = enrollments(session)
    batch: list[SendEvent | None] = [
        bounce(second, "ben@example.com"),
        bounce(first, "ana@example.com"),
    ]
    with Session(engine) as claim, claim.begin():
        claim_locks(claim, [first.id])
        posted = waiting_behind(engine, claim, lambda: receive_events(engine, batch, NOW, SECRET))
        claim_locks(claim, [first.id, second.id])  # the rest of its chunk
    assert posted() == [["undeliverable", "undeliverable"]]  # answered, not an error
    with Session(engine) as session:
        halted = [e.status for e in enrollments(session)]
    assert halted == [EnrollmentStatus.HALTED, EnrollmentStatus.HALTED, EnrollmentStatus.ACTIVE]


def test_a_batch_of_only_funnel_events_about_settled_sends_locks_no_one(
    engine: sa.Engine,
) -> None:
    """Thousands of opens and clicks about sends long settled are only counted: they must not
    wait for a claim that holds those people."""
    postgresql_only(engine)
    with Session(engine) as session:
        ids = [e.id for e in enrollments(session)]
    opens: list[SendEvent | None] = [progress(each, Stage.OPENED) for each in ids]
    with Session(engine) as claim, claim.begin():
        claim_locks(claim, ids)
        assert receive_events(engine, opens, NOW, SECRET) == ["opened"] * len(ids)


def test_an_address_written_in_capitals_is_the_same_persons_turn(engine: sa.Engine) -> None:
    """An event names "ANA@example.COM", the store keeps her key in lower case: her turn and
    her enrollments are taken all the same."""
    postgresql_only(engine)
    with Session(engine) as session, session.begin():
        lock_people(session, ["ANA@example.COM"])
        with Session(engine) as other, other.begin():
            other.execute(sa.text("SET LOCAL lock_timeout = '100ms'"))
            with pytest.raises(sa.exc.OperationalError, match="lock timeout"):
                claim_locks(other, [enrollments(other)[0].id])


def test_a_batch_settling_many_sends_locks_them_in_one_statement(engine: sa.Engine) -> None:
    """Deliveries about sends still in doubt each settle a send: the batch locks their people
    up front, in id order, without a round trip to the database for each of them (a batch
    is one transaction, and every person in it waits for the whole of it)."""
    postgresql_only(engine)
    with Session(engine) as session, session.begin():
        ids = [e.id for e in enrollments(session)]
        for row in session.exec(select(Send)):
            row.status = SendStatus.SENDING
    delivered: list[SendEvent | None] = [progress(each, Stage.DELIVERED) for each in ids]
    locking: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        if "FOR UPDATE" in statement or "pg_advisory" in statement:
            locking.append(statement)

    sa.event.listen(engine, "before_cursor_execute", seen)
    try:
        assert receive_events(engine, delivered, NOW, SECRET) == ["settled"] * len(ids)
    finally:
        sa.event.remove(engine, "before_cursor_execute", seen)
    # One up front for everyone; then each settling re-reads its own rows under its lock.
    assert len([s for s in locking if "pg_advisory" in s]) == 0
    assert len(locking) == 1 + 2 * len(ids)


def test_an_opt_out_locks_a_household_up_front(engine: sa.Engine) -> None:
    """Ana unsubscribes; Ben shares her phone, which her opt-out closes, so her opt-out takes
    his turn too. The batch locks Ben with the rest before its first effect: locked when her
    opt-out ran, after Cy's delivery had locked Cy, Ben's row came out of id order and
    deadlocked a claim holding Ben and going on to Cy."""
    postgresql_only(engine)
    with Session(engine) as session, session.begin():
        ana, ben, cy = (e.id for e in enrollments(session))
        for row in session.exec(select(Send).where(Send.enrollment_id == cy)):
            row.status = SendStatus.SENDING
    batch: list[SendEvent | None] = [
        progress(cy, Stage.DELIVERED),
        OptedOut(
            key="sg:unsubscribe",
            channel="email",
            detail="unsubscribe",
            send=SendRef(reference=f"{ana}-first"),
            address="ana@example.com",
            reason="SendGrid unsubscribe",
            went=True,
        ),
    ]
    with Session(engine) as claim, claim.begin():
        claim_locks(claim, [ben])
        posted = waiting_behind(engine, claim, lambda: receive_events(engine, batch, NOW, SECRET))
        claim_locks(claim, [ben, cy])  # the rest of its chunk
    assert posted() == [["settled", "opted out"]]  # answered, not an error
    with Session(engine) as session:
        halted = [e.status for e in enrollments(session)]
    assert halted[0] == EnrollmentStatus.HALTED
    with Session(engine) as session:
        assert is_suppressed(session, [HOUSEHOLD])
