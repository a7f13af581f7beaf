"""Recording a group's answers together (set-based, `engine.answers`) leaves the database
exactly as recording each answer on its own through the state machine (`engine.record`):
the same send rows, the next step planned for the same moment, the same retries, the same
completions; and a held send whose pause was lifted meanwhile is not counted as a try."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from helpers.project import Project
from sqlmodel import Session, select

from sequencer.channels import Receipt, RetryLater
from sequencer.engine.answers import record_answers
from sequencer.engine.claim import Claim, claim_many
from sequencer.engine.enroll import enroll
from sequencer.engine.enrollment import hold_until
from sequencer.engine.flight import Answer
from sequencer.engine.handover import hand_over_group
from sequencer.engine.pauses import Pauses
from sequencer.engine.record import record, retry
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import Enrollment, Send
from sequencer.store.people import import_candidates

T = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # a Tuesday, 10:00 in New York
PEOPLE = 8
SEQUENCE = """
timezone: America/New_York
send_window: ["Daily 00:00-23:59"]
sender: {name: Dana, email: dana@northwind.example, postal_address: "1 Main St"}
steps:
  - {id: hello, channel: email, template: t/email, wait: 0 minutes}
  - {id: nudge, channel: email, template: t/email, wait: 3 business days}
  - {id: last, channel: email, template: t/email, wait: 10 days}
"""
ZONES = ["America/New_York", "Europe/Berlin", "Asia/Tokyo", "America/Los_Angeles"]


def world(project: Project, path: Path) -> sa.Engine:
    """`PEOPLE` people in four zones, enrolled at T minus a week: all due now."""
    project.template(
        "t/email",
        "{% block subject %}Hello{% endblock %}\n{% block body %}Hi {{ candidate.first_name }}."
        " No worries if not.{% endblock %}\n",
    )
    sequence_path = project.sequence("three", SEQUENCE)
    csv = path.with_suffix(".csv")
    rows = "".join(f"p{n}@example.com,P{n},{ZONES[n % 4]}\n" for n in range(PEOPLE))
    csv.write_text("email,first_name,timezone\n" + rows, encoding="utf-8")
    engine = engine_for(f"sqlite:///{path}")
    import_candidates(engine, csv, T - timedelta(days=7))
    sequence, _ = load_sequence(sequence_path, project.library)
    enrolled = enroll(engine, sequence, project.library, None, T - timedelta(days=7))
    assert len(enrolled.enrolled) == PEOPLE
    return engine


def away_until_next_week(engine: sa.Engine) -> None:
    """The second person's out-of-office, while their first email is with the provider:
    their next step waits for their return."""
    with Session(engine) as session, session.begin():
        away = session.exec(select(Enrollment).order_by(Enrollment.id)).all()[1]
        hold_until(session, away, (T + timedelta(days=6)).date())


def handed_over(engine: sa.Engine, now: datetime) -> list[Claim]:
    with Session(engine) as session:
        ids = [e.id for e in session.exec(select(Enrollment).order_by(Enrollment.id))]
    claims = [c for c in claim_many(engine, ids, now, None, "w") if isinstance(c, Claim)]
    assert len(claims) == PEOPLE and not any(hand_over_group(engine, claims, now))
    return claims


def answer(claim: Claim, n: int) -> Answer:
    if n % 3 == 2:  # every third provider says "later"
        return Answer(claim, error=RetryLater("429 too many requests", retry_after=None))
    return Answer(claim, Receipt("sendgrid", f"sg-{claim.send_id}"))


def rows(engine: sa.Engine) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        tables = (Enrollment.__table__, Send.__table__)  # type: ignore[attr-defined]
        return [dict(row) for t in tables for row in connection.execute(sa.select(t)).mappings()]


def test_a_group_recorded_together_leaves_what_each_recorded_alone_leaves(
    project: Project, tmp_path: Path
) -> None:
    together, alone = world(project, tmp_path / "a.db"), world(project, tmp_path / "b.db")
    assert rows(together) == rows(alone)
    for step in range(3):  # every step: an answer each time, down to the completions
        now = T + timedelta(days=14 * step)
        at = now + timedelta(seconds=1)  # when the answers land
        group = [answer(c, n) for n, c in enumerate(handed_over(together, now))]
        claims = handed_over(alone, now)
        if step == 0:
            away_until_next_week(together)
            away_until_next_week(alone)
        outcomes = record_answers(together, group, Pauses(together), at)
        for n, claim in enumerate(claims):
            one = answer(claim, n)
            if one.receipt is not None:
                record(alone, claim, one.receipt, None, at)
            else:
                assert isinstance(one.error, RetryLater)
                retry(alone, claim, one.error, at)
        assert outcomes == {"sent": 6, "retry": 2}
        assert rows(together) == rows(alone)


def test_a_held_send_whose_pause_was_lifted_meanwhile_is_not_counted_as_a_try(
    project: Project, tmp_path: Path
) -> None:
    # Handed over, then not posted since its channel was paused; by the time its answer is
    # recorded, another worker's test call has lifted the pause: nothing left the machine.
    engine = world(project, tmp_path / "a.db")
    claims = handed_over(engine, T)
    outcomes = record_answers(engine, [Answer(claims[0], held=True)], Pauses(engine), T)
    assert outcomes == {"retry": 1}
    with Session(engine) as session:
        send = session.get(Send, claims[0].send_id)
        assert send is not None and send.status == "retry" and send.attempts == 0
        enrollment = session.get(Enrollment, claims[0].enrollment_id)
        assert enrollment is not None and enrollment.next_due_at == T  # due again at once
