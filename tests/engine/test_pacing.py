"""A sending mailbox keeps its pace: a daily cap and spacing with jitter; what waits keeps
its order and the candidate's window, and `status` says why it waits."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from helpers.project import Project
from helpers.recording import RecordingSenders
from helpers.worlds import START
from sqlmodel import Session, select

from sequencer.config import load_settings
from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.engine.pacing import Limit, Pacing, pacing_from
from sequencer.errors import SequencerError
from sequencer.reports.status import status
from sequencer.spec.channel import Channel
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import Enrollment, Send, SendStatus
from sequencer.store.people import import_candidates

NEW_YORK = ZoneInfo("America/New_York")
PACE = Pacing({Channel.EMAIL: Limit(per_day=3, spacing=timedelta(seconds=20))}, "")


@pytest.fixture
def five_due(project: Project, database_url: str, tmp_path: Path):
    project.template(
        "t/email",
        "{% block subject %}Hi{% endblock %}\n"
        "{% block body %}Hi. No worries if not.{% endblock %}\n",
    )
    path = project.sequence(
        "burst",
        """
        timezone: America/New_York
        send_window: ["Mon-Fri 09:00-17:00"]
        sender: {name: Dana, email: dana@northwind.example, timezone: America/New_York}
        steps:
          - {id: hello, channel: email, template: t/email, wait: 0 minutes}
        """,
    )
    rows = "".join(f"p{n}@example.com,America/New_York\n" for n in range(5))
    (tmp_path / "people.csv").write_text("email,timezone\n" + rows, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, tmp_path / "people.csv", START)
    sequence, _ = load_sequence(path, project.library)
    enroll(engine, sequence, project.library, None, START)
    channel = RecordingSenders()
    yield engine, channel
    engine.dispose()


def sent(engine: sa.Engine) -> list[Send]:
    with Session(engine) as session:
        query = select(Send).where(Send.status == SendStatus.SENT).order_by(Send.sent_at)
        return list(session.exec(query))


def test_a_burst_is_spaced_capped_and_kept_in_order(five_due) -> None:
    engine, channel = five_due
    senders = channel.senders
    first = tick(engine, senders, START, pacing=PACE)
    assert (first["sent"], first["paced"]) == (1, 4)  # not five at 09:00:00
    now = START
    while now < START + timedelta(hours=4):
        now += timedelta(seconds=10)
        tick(engine, senders, now, pacing=PACE)
    today = sent(engine)
    assert len(today) == 3  # the daily cap
    gaps = [b.sent_at - a.sent_at for a, b in pairwise(today)]  # type: ignore[operator]
    assert all(timedelta(seconds=20) <= gap <= timedelta(seconds=40) for gap in gaps), gaps
    assert [s.enrollment_id for s in today] == [1, 2, 3]  # the queue's order
    assert channel.sent == ["1-hello", "2-hello", "3-hello"]
    # The other two wait for tomorrow, inside their window, and status says why.
    with Session(engine) as session:
        waiting = session.exec(select(Enrollment).where(Enrollment.id > 3)).all()
    for enrollment in waiting:
        assert enrollment.next_due_at is not None
        local = enrollment.next_due_at.astimezone(NEW_YORK)
        assert local.date() == START.astimezone(NEW_YORK).date() + timedelta(days=1)
        assert 9 <= local.hour < 17
    [entry] = [e for e in status(engine) if e["candidate"] == "p4@example.com"]
    assert entry["reason"].startswith("paced: dana@northwind.example sends at most 3 a day")


def test_pacing_settings_are_read_and_checked() -> None:
    env = {"SEQUENCER_EMAIL_DAILY_CAP": "off", "TWILIO_FROM_NUMBER": "+14155550134"}
    settings = load_settings(env, env_file=None)
    pace = pacing_from(settings.pacing, settings.twilio)
    assert pace.limits[Channel.EMAIL].per_day is None
    assert pace.limits[Channel.SMS] == Limit(1000, timedelta(seconds=1))  # a long code: 1/s
    assert pace.phone_sender == "+14155550134"
    with pytest.raises(SequencerError, match="SEQUENCER_SMS_SPACING_SECONDS must be 0 or more"):
        load_settings({"SEQUENCER_SMS_SPACING_SECONDS": "fast"}, env_file=None)


def test_a_backlog_reserves_slots_in_order_and_is_worked_through_once(five_due) -> None:
    engine, channel = five_due
    senders = channel.senders
    spaced = Pacing({Channel.EMAIL: Limit(per_day=None, spacing=timedelta(seconds=20))}, "")
    assert tick(engine, senders, START, pacing=spaced)["paced"] == 4
    with Session(engine) as session:
        slots = [e.next_due_at for e in session.exec(select(Enrollment).order_by(Enrollment.id))]
    waiting = slots[1:]
    assert all(s is not None for s in waiting)
    assert waiting == sorted(waiting)  # one after another, in the queue's order  # type: ignore[type-var]
    for slot in waiting:  # each goes at its own slot, without being paced again
        assert tick(engine, senders, slot, pacing=spaced) == {"sent": 1, "tasks expired": 0}
    assert channel.sent == [f"{n}-hello" for n in range(1, 6)]
