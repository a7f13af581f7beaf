"""The funnel a recruiter reads on the Sequences page and from `sequencer funnel`: per step,
what went out and what came of it, as counts and as shares of the touches sent, counted by the
database on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers.project import Project
from helpers.worlds import EMAIL, START
from sqlmodel import Session, select

from sequencer.channels import Senders
from sequencer.channels.outbox import Outbox
from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.errors import SequencerError
from sequencer.inbound.effects import Incoming, once, record_only, replied
from sequencer.reports import funnel as funnel_module
from sequencer.reports.funnel import COLUMNS, Funnel, format_funnel, funnel, percent
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, Enrollment, EventKind, Send
from sequencer.store.people import import_candidates

TWO_STEPS = """
send_window: ["Daily 00:00-23:59"]
sender: {name: Dana, email: dana@northwind.example, postal_address: "1 Main St"}
steps:
  - {id: first, channel: email, template: t/email, wait: 0 minutes}
  - {id: nudge, channel: email, template: t/email, wait: 2 days}
"""
PEOPLE = ["ana", "ben", "cho", "dev"]


class World:
    """Four people in `outreach`, each first email sent at START."""

    def __init__(self, project: Project, database_url: str, tmp_path: Path) -> None:
        project.template("t/email", EMAIL)
        path = project.sequence("outreach", TWO_STEPS)
        csv = tmp_path / "people.csv"
        rows = "".join(f"{name}@example.com,{name.title()}\n" for name in PEOPLE)
        csv.write_text("email,first_name\n" + rows, encoding="utf-8")
        self.engine = engine_for(database_url)
        import_candidates(self.engine, csv, START)
        sequence, _ = load_sequence(path, project.library)
        enroll(self.engine, sequence, project.library, None, START)
        outbox = Outbox(tmp_path / "outbox", START)
        self.senders = Senders(outbox, outbox, outbox)
        tick(self.engine, self.senders, START + timedelta(minutes=1))
        self.event_count = 0

    def send_of(self, name: str, step: str) -> int:
        with Session(self.engine) as session:
            query = (
                select(Send.id)
                .join(Enrollment, Enrollment.id == Send.enrollment_id)  # type: ignore[arg-type]
                .join(CandidateRecord, CandidateRecord.id == Enrollment.candidate_id)  # type: ignore[arg-type]
                .where(CandidateRecord.key == f"{name}@example.com", Send.step_id == step)
            )
            send_id = session.exec(query).one()
        assert send_id is not None
        return send_id

    def person(self, name: str) -> int:
        with Session(self.engine) as session:
            query = select(CandidateRecord.id).where(CandidateRecord.key == f"{name}@example.com")
            person_id = session.exec(query).one()
        assert person_id is not None
        return person_id

    def event(self, kind: EventKind, at: datetime, **about: int) -> None:
        """An event as the webhooks record it (each with its own provider id)."""
        self.event_count += 1
        incoming = Incoming(key=f"ev-{self.event_count}", kind=kind, occurred_at=at, **about)
        effect = replied("they replied") if kind is EventKind.REPLY else record_only
        once(self.engine, incoming, at, effect)

    def delivery(self, kind: EventKind, name: str, step: str = "first") -> None:
        self.event(kind, START + timedelta(hours=1), send_id=self.send_of(name, step))


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path) -> World:
    return World(project, database_url, tmp_path)


def cells(each: Funnel, step: str) -> list[int]:
    return [each.counts[step][column] for column in COLUMNS]


def test_each_step_counts_sends_and_what_came_of_them(world: World) -> None:
    for name in ("ana", "ben", "cho"):
        world.delivery(EventKind.DELIVERED, name)
    world.delivery(EventKind.OPENED, "ana")
    world.delivery(EventKind.OPENED, "ana")  # opened twice: one email opened
    world.delivery(EventKind.CLICKED, "ana")
    world.delivery(EventKind.BOUNCE, "dev")
    world.event(EventKind.REPLY, START + timedelta(hours=2), candidate_id=world.person("ben"))

    [outreach] = funnel(world.engine)

    assert outreach.sequence == "outreach" and outreach.steps == ["first", "nudge"]
    assert cells(outreach, "first") == [4, 3, 1, 1, 1, 0, 0, 1, 0]
    assert outreach.rate("first", "delivered") == 0.75
    assert outreach.rate("first", "replied") == 0.25
    assert outreach.rate("nudge", "delivered") is None  # nothing sent: no rate, not 0%


def test_an_answer_counts_against_the_last_touch_before_it_once_per_person(world: World) -> None:
    tick(world.engine, world.senders, START + timedelta(days=3))  # every nudge goes out
    ana, ben = world.person("ana"), world.person("ben")
    world.event(EventKind.OPT_OUT, START + timedelta(days=1), candidate_id=ana)  # after `first`
    world.event(EventKind.REPLY, START + timedelta(days=4), candidate_id=ben)  # after `nudge`
    world.event(EventKind.REPLY, START + timedelta(days=5), candidate_id=ben)  # ben again
    world.event(EventKind.REPLY, START - timedelta(days=1), candidate_id=world.person("cho"))

    [outreach] = funnel(world.engine, "outreach")

    assert outreach.counts["first"]["opted out"] == 1
    assert outreach.counts["first"]["replied"] == 0  # cho wrote before any touch: not counted
    assert outreach.counts["nudge"]["replied"] == 1
    assert outreach.rate("nudge", "replied") == 1 / outreach.counts["nudge"]["sent"]


def test_a_booking_and_an_application_count_against_the_touch_that_led_to_them(
    world: World,
) -> None:
    """ "booked" and "applied" (a scheduling tool's, an ATS's event) name no send: each is the
    person's, against their last touch before it, once per person; shown as read."""
    [before] = funnel(world.engine, "outreach")
    tick(world.engine, world.senders, START + timedelta(days=3))  # every nudge goes out
    ana, ben = world.person("ana"), world.person("ben")
    world.event(EventKind.MEETING_BOOKED, START + timedelta(days=1), candidate_id=ana)
    world.event(EventKind.MEETING_BOOKED, START + timedelta(days=2), candidate_id=ana)  # again
    world.event(EventKind.APPLIED, START + timedelta(days=4), candidate_id=ben)

    [outreach] = funnel(world.engine, "outreach")

    assert before.counts["first"]["booked"] == 0
    assert cells(outreach, "first")[5:7] == [1, 0]  # booked, applied
    assert cells(outreach, "nudge")[5:7] == [0, 1]
    header, first = format_funnel([outreach]).splitlines()[1:3]
    assert header.split()[5:8] == ["replied", "booked", "applied"]
    assert first.split()[10:14] == ["1", "25%", "0", "0%"]


def test_the_steps_follow_the_newest_version(
    world: World, project: Project, tmp_path: Path
) -> None:
    project.sequence("outreach", TWO_STEPS.replace("id: nudge", "id: reminder"))
    sequence, _ = load_sequence(project.sequences / "outreach.yaml", project.library)
    later = START + timedelta(days=1)
    (tmp_path / "eve.csv").write_text("email,first_name\neve@example.com,Eve\n")
    import_candidates(world.engine, tmp_path / "eve.csv", later)
    enroll(world.engine, sequence, project.library, ["eve@example.com"], later)

    [outreach] = funnel(world.engine)

    assert outreach.steps == ["first", "reminder"]
    assert outreach.rows() == ["first", "reminder"]  # the old nudge sent nothing: no row


def test_the_text_shows_each_count_with_its_share_of_the_touches_sent(world: World) -> None:
    for name in ("ana", "ben", "cho"):
        world.delivery(EventKind.DELIVERED, name)

    text = format_funnel(funnel(world.engine))

    header, first, nudge = text.splitlines()[1:4]
    columns = "step sent delivered opened clicked replied booked applied bounced opted out"
    assert header.split() == columns.split()
    assert first.split()[:4] == ["first", "4", "3", "75%"]
    assert nudge.split()[:4] == ["nudge", "0", "0", "–"]


def test_a_name_nobody_was_enrolled_in_is_an_error_naming_the_known(world: World) -> None:
    with pytest.raises(SequencerError, match=r"nobody was ever enrolled in 'outreech'.*outreach"):
        funnel(world.engine, "outreech")


def test_rates_read_as_people_say_them() -> None:
    assert [percent(r) for r in (None, 0.0, 0.001, 0.125, 1.0)] == ["–", "0%", "<1%", "13%", "100%"]


def test_nothing_sent_says_so(tmp_path: Path) -> None:
    engine = engine_for(f"sqlite:///{tmp_path / 'empty.db'}")
    assert funnel(engine) == []
    assert format_funnel([]) == "nothing sent yet\n"
    assert isinstance(engine, sa.Engine)


def test_every_send_and_event_shows_at_once_however_often_it_is_read(world: World) -> None:
    """Counting is remembered between reads, never past a change it would show."""
    [before] = funnel(world.engine)
    world.delivery(EventKind.DELIVERED, "ana")
    [delivered] = funnel(world.engine)
    tick(world.engine, world.senders, START + timedelta(days=3))  # the nudges go out
    [nudged] = funnel(world.engine)

    assert before.counts["first"]["delivered"] == 0
    assert delivered.counts["first"]["delivered"] == 1
    assert nudged.counts["nudge"]["sent"] == 4
    assert funnel(world.engine, "outreach")[0].counts == nudged.counts


def test_counts_remembered_in_blocks_match_a_count_from_scratch(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each block of sends is counted again only when it changed: whatever changed where, the
    funnel reads as if everything had been counted afresh."""
    monkeypatch.setattr(funnel_module, "BLOCK", 2)  # four sends now span several blocks
    monkeypatch.setattr(funnel_module, "UNITED", 2)  # checked in several statements
    funnel(world.engine)  # remembered before any change
    world.delivery(EventKind.DELIVERED, "ana")  # an early block
    world.delivery(EventKind.OPENED, "dev")  # a later one
    tick(world.engine, world.senders, START + timedelta(days=3))  # new sends, new blocks
    world.delivery(EventKind.CLICKED, "cho", step="nudge")
    world.event(EventKind.REPLY, START + timedelta(days=4), candidate_id=world.person("ben"))

    [remembered] = funnel(world.engine)
    funnel_module._remembered.clear()
    [afresh] = funnel(world.engine)

    assert remembered.counts == afresh.counts
    assert cells(remembered, "first")[:3] == [4, 1, 1]
    assert cells(remembered, "nudge") == [4, 0, 0, 1, 1, 0, 0, 0, 0]
