"""A group's plain replies are applied together, set-based (`texts.PlainReplies`: one INSERT
for their events, one halt for their people, one for their readings): the rows a mixed group
leaves are those that applying each of its texts alone, in order, leaves, down to every
column of every table; STOP, START, HELP, a second text of one sender, a stranger, a
redelivery and a reply a sequence applies at once still take the one-by-one path, in their
place in the group."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from helpers.databases import postgres_schema
from helpers.project import Project
from sqlmodel import Session, SQLModel, select

from sequencer.channels.facts import TextIn
from sequencer.engine.enroll import enroll
from sequencer.inbound.effects import seen
from sequencer.inbound.grouped import Lane, _Waiting
from sequencer.inbound.texts import apply_alone, plain_replies, read_text
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, Enrollment, Send, SendStatus, Task
from sequencer.store.people import import_candidates

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
SECRET = "a-long-random-secret-for-the-tests-0123456789"
PEOPLE = 11
TRUSTING = 6  # the one person in a sequence that applies a sure reading at once
IN_NONE = 7  # the one person in no sequence
SEQUENCE = """
timezone: America/New_York
send_window: ["Mon-Fri 09:00-17:00"]
sender: {{name: Dana, email: dana@northwind.example, phone_display: "+1 212 555 0100"}}
steps:
  - {{id: first, channel: email, template: t/email}}
{replies}
"""


def phone(n: int) -> str:
    return f"+1212555{n:04d}"


def text(n: int | str, body: str, sid: str | None = None) -> TextIn:
    sender = phone(n) if isinstance(n, int) else n
    return TextIn(key=sid or f"SM-{n}-{body}", channel="sms", sender=sender, body=body)


# Texts 0, 1, 4, 7 and 11 are plain replies, applied set-based in four runs (0 and 1 together).
GROUP = [
    text(0, "What is the salary range?"),
    text(1, "Is the role remote?"),  # in two sequences, each with an open task
    text(2, "STOP"),
    text(3, "HELP"),
    text(4, "How did you get my number?"),
    text(5, "Sounds good, call me"),  # sure: a stored sequence might apply it at once
    text(TRUSTING, "Sounds good, call me"),  # and theirs does
    text(IN_NONE, "What is the salary range?"),
    text("+14155550123", "Hi, what is this about?"),  # nobody we know
    text(8, "STOP"),
    text(8, "START"),  # one sender twice: in their order
    text(10, "Is the role remote?"),
    # Last: applied alone, a redelivery fails its INSERT, which takes a number from
    # PostgreSQL's sequence of event ids (the group does not: it knows it stored it).
    text(9, "What is the salary range?", sid="SM-stored"),
]
PLAIN = [0, 1, 4, 7, 11]


def world(project: Project, url: str, tmp_path: Path) -> sa.Engine:
    """`PEOPLE` people with phones, in a sequence that applies no reading at once, except
    one in a sequence that does and one in none; one has a second enrollment, and each of
    theirs has a LinkedIn task waiting; one text is stored already."""
    project.template(
        "t/email", "{% block subject %}Hi{% endblock %}{% block body %}Hi{% endblock %}"
    )
    tmp_path.mkdir()
    csv = tmp_path / "people.csv"
    rows = "".join(f"p{n}@example.com,{phone(n)},P{n}\n" for n in range(PEOPLE))
    csv.write_text("email,phone,first_name\n" + rows, encoding="utf-8")
    engine = engine_for(url)
    import_candidates(engine, csv, NOW - timedelta(days=2))
    for name, replies, who in [
        ("cautious", "", [f"p{n}@example.com" for n in range(PEOPLE) if n not in (6, 7)]),
        ("trusting", "replies: {auto_apply: 0.9}", [f"p{TRUSTING}@example.com"]),
    ]:
        path = project.sequence(name, SEQUENCE.format(replies=replies))
        sequence, _ = load_sequence(path, project.library)
        enroll(engine, sequence, project.library, who, NOW - timedelta(days=2), owner=None)
    with Session(engine) as session, session.begin():
        person = session.exec(select(CandidateRecord).where(CandidateRecord.phone == phone(1)))
        first = session.exec(
            select(Enrollment).where(Enrollment.candidate_id == person.one().id)
        ).one()
        again = Enrollment(
            candidate_id=first.candidate_id,
            sequence_name=first.sequence_name,
            sequence_version=first.sequence_version,
            started_at=first.started_at,
        )
        session.add(again)
        session.flush()
        for enrollment in (first, again):
            assert enrollment.id is not None
            sent = SendStatus.SENT
            send = Send(enrollment_id=enrollment.id, step_id="in", status=sent, claimed_at=NOW)
            session.add(send)
            session.flush()
            assert send.id is not None
            session.add(Task(send_id=send.id, kind="linkedin", to="x", body="Hi", created_at=NOW))
    apply_alone(engine, read_text(text(9, "What is the salary range?", "SM-stored"), NOW), SECRET)
    return engine


def every_row(engine: sa.Engine) -> dict[str, list[dict[str, Any]]]:
    """Every column of every row of every table, in key order."""
    with engine.connect() as connection:
        return {
            table.name: [
                dict(row)
                for row in connection.execute(
                    sa.select(table).order_by(*table.primary_key.columns)
                ).mappings()
            ]
            for table in SQLModel.metadata.sorted_tables
        }


@pytest.fixture
def other_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """A second database of the same kind as `database_url`."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'alone.db'}"
        return
    with postgres_schema() as url:
        yield url


def test_a_mixed_group_leaves_the_rows_each_text_alone_leaves(
    project: Project, database_url: str, other_url: str, tmp_path: Path
) -> None:
    together = world(project, database_url, tmp_path / "together")
    alone = world(project, other_url, tmp_path / "alone")
    assert every_row(together) == every_row(alone)
    read = [read_text(fact, NOW) for fact in GROUP]
    with Session(together) as session:
        chosen = plain_replies(session, read, seen(session, [t.key for t in read]))
    assert sorted(chosen.people) == PLAIN  # the set-based path is the one compared

    group = [_Waiting(each) for each in read]
    Lane(together, SECRET).write(group)
    answers = [apply_alone(alone, each, SECRET) for each in read]

    assert [waiting.answer.result(timeout=0) for waiting in group] == answers
    assert every_row(together) == every_row(alone)
    together.dispose()
    alone.dispose()
