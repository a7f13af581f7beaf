"""What ATS and scheduling-tool events do to people (issue 16): each stops what it should and
nothing more goes to that person, while a control person still gets their next touch; a
duplicate has one effect; an event about nobody we know is kept and listed."""

from __future__ import annotations

import email
import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from helpers.commands import sequencer
from helpers.dashboard import SECRET as SECRET_ENV
from helpers.dashboard import sign_in
from helpers.project import Project, settings_for
from sqlmodel import Session, select

from sequencer.channels import Senders
from sequencer.channels.facts import Happening, Outside
from sequencer.channels.outbox import Outbox
from sequencer.cli import main
from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.engine.links import booking_token
from sequencer.inbound.notify import notify_recruiters
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.inbound.outside import take_outside
from sequencer.reports.funnel import format_funnel, funnel
from sequencer.reports.status import status, status_blocks
from sequencer.reports.terminal import plain
from sequencer.spec.validate import load_sequence
from sequencer.store import blocks
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, Enrollment, Event, ReenrollmentBlock
from sequencer.store.people import import_candidates

START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
LATER = START + timedelta(hours=2)  # the event arrives after the first touches went out
NUDGES = START + timedelta(days=3)  # when the second touches are due
SECRET = "test-secret-key-for-booking-tokens"
EMAIL = """{% block subject %}Staff role{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}
"""
STEPS = """
send_window: ["Daily 00:00-23:59"]
sender: {name: Dana, email: dana@northwind.example, postal_address: "1 Main St"}
steps:
  - {id: first, channel: email, template: t/email, wait: 0 minutes}
  - {id: nudge, channel: email, template: t/email, wait: 2 days}
"""
OUTREACH = STEPS + 'exit_on: {stage: ["Phone  screen"]}\nsame_company: pause\n'
APPLICANTS = STEPS + "audience: applicants\n"
PEOPLE = """email,phone,first_name,company
ana@gmail.com,+12125550147,Ana,
ben@outlook.com,,Ben,
cho@acme.example,,Cho,Acme Corp
dev@gmail.com,,Dev,ACME corp
eve@acme.example,,Eve,
fay@gmail.com,,Fay,
"""


class World:
    """Everyone in `outreach`; Ana also in `applicants`. Everyone's first email went out."""

    def __init__(self, project: Project, database_url: str, tmp_path: Path) -> None:
        project.template("t/email", EMAIL)
        csv = tmp_path / "people.csv"
        csv.write_text(PEOPLE, encoding="utf-8")
        self.engine = engine_for(database_url)
        import_candidates(self.engine, csv, START)
        for name, text in (("outreach", OUTREACH), ("applicants", APPLICANTS)):
            sequence, _ = load_sequence(project.sequence(name, text), project.library)
            keys = ["ana@gmail.com"] if name == "applicants" else None
            enroll(self.engine, sequence, project.library, keys, START, allow_active=True)
        self.outbox = tmp_path / "outbox"
        outbox = Outbox(self.outbox, START)
        self.senders = Senders(outbox, outbox, outbox)
        tick(self.engine, self.senders, START + timedelta(minutes=1))

    def tell(
        self, happening: Happening, source: str = "greenhouse", key: str = "1", **named: object
    ) -> str:
        fact = Outside(key=f"{happening}-{key}", channel=source, happening=happening, **named)  # type: ignore[arg-type]
        [line] = take_outside(self.engine, [fact], LATER, SECRET)
        return line

    def received(self) -> Counter[str]:
        """Emails in the outbox, per recipient."""
        counts: Counter[str] = Counter()
        for path in self.outbox.glob("*.eml"):
            counts[email.message_from_bytes(path.read_bytes())["To"]] += 1
        return counts

    def nudges_go(self) -> Counter[str]:
        tick(self.engine, self.senders, NUDGES)
        return self.received()

    def status_text(self, key: str) -> str:
        return plain(status_blocks(self.engine, key))

    def person_id(self, key: str) -> int:
        with Session(self.engine) as session:
            query = select(CandidateRecord.id).where(CandidateRecord.key == key)
            found = session.exec(query).one()
            assert found is not None
            return found

    def block_of(self, key: str) -> ReenrollmentBlock | None:
        with Session(self.engine) as session:
            return blocks.blocking(session, self.person_id(key), NUDGES)

    def enrollment_id(self, key: str, sequence: str = "outreach") -> int:
        with Session(self.engine) as session:
            query = select(Enrollment.id).where(
                Enrollment.candidate_id == self.person_id(key), Enrollment.sequence_name == sequence
            )
            found = session.exec(query).one()
            assert found is not None
            return found


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path) -> World:
    return World(project, database_url, tmp_path)


def states(engine: sa.Engine, key: str) -> dict[str, str]:
    return {e["sequence"]: e["status"] for e in status(engine, key)}


def test_a_booked_meeting_stops_every_sequence_and_the_recruiter_is_told(world: World) -> None:
    line = world.tell(Happening.MEETING_BOOKED, "calendly", emails=("ANA@Gmail.com",))

    assert line.startswith("calendly meeting_booked-1: ana@gmail.com booked a meeting:")
    assert world.nudges_go()["ana@gmail.com"] == 2  # the two first emails, before it
    assert world.received()["ben@outlook.com"] == 2  # the control person got their nudge
    assert states(world.engine, "ana@gmail.com") == {"outreach": "halted", "applicants": "halted"}
    shown = world.status_text("ana@gmail.com")
    assert "Stopped: meeting-booked (from calendly)" in shown
    assert "booked a meeting (calendly)" in shown
    notify_recruiters(world.engine, world.senders.email, None, NUDGES)
    notices = [p.read_text() for p in world.outbox.glob("notify-*.eml")]
    assert any("Subject: Ana booked a meeting" in n for n in notices)
    [outreach] = [f for f in funnel(world.engine) if f.sequence == "outreach"]
    assert outreach.counts["first"]["booked"] == 1  # the touch that led to it


def test_the_sequence_page_shows_booked_and_applied_per_step(
    world: World, project: Project, tmp_path: Path
) -> None:
    world.tell(Happening.MEETING_BOOKED, "calendly", emails=("ana@gmail.com",))
    world.tell(Happening.APPLIED, "greenhouse", emails=("ben@outlook.com",))
    settings = settings_for(project, str(world.engine.url), world.outbox, SECRET_ENV)
    recruiter = sign_in(settings, world.engine, lambda: NUDGES)

    page = recruiter.get("/sequences/outreach?who=everyone").text  # type: ignore[attr-defined]

    table = page[page.index('id="funnel-table"') :]
    header = table.split("</thead>")[0]
    assert header.index(">Replied<") < header.index(">Booked<") < header.index(">Applied<")
    first = table[table.index('<td class="mono">first</td>') :].split("</tr>")[0]
    cells = re.findall(r'<td class="num">\s*([\d,]+)', first)
    assert cells[5:7] == ["1", "1"]  # one booked, one applied, after the first email


def test_a_cancelled_meeting_needs_attention_and_does_not_restart_outreach(world: World) -> None:
    world.tell(Happening.MEETING_BOOKED, "cal.com", emails=("ana@gmail.com",))
    line = world.tell(Happening.MEETING_CANCELED, "cal.com", emails=("ana@gmail.com",))

    assert "needs attention" in line
    assert world.nudges_go()["ana@gmail.com"] == 2
    assert world.received()["ben@outlook.com"] == 2
    assert "Needs attention: cancelled the meeting booked via cal.com" in world.status_text(
        "ana@gmail.com"
    )


def test_an_application_stops_outreach_but_not_the_applicant_sequence(world: World) -> None:
    line = world.tell(Happening.APPLIED, "lever", emails=("ana@gmail.com",))

    assert "outreach: stopped" in line and "applicants" not in line
    assert states(world.engine, "ana@gmail.com") == {"outreach": "halted", "applicants": "active"}
    nudged = world.nudges_go()
    assert nudged["ana@gmail.com"] == 3  # two firsts, then the applicant nudge only
    assert nudged["ben@outlook.com"] == 2
    [outreach] = [f for f in funnel(world.engine) if f.sequence == "outreach"]
    assert outreach.counts["first"]["applied"] == 1
    assert "applied" in format_funnel([outreach]).splitlines()[1].split()


def test_a_rejection_found_by_phone_stops_and_refuses_enrolling_for_six_months(
    world: World,
) -> None:
    line = world.tell(Happening.REJECTED, "ashby", phones=("(212) 555-0147",))

    assert "not enrolled again before 2027-05-23" in line
    assert world.nudges_go()["ana@gmail.com"] == 2  # the two firsts only
    assert world.received()["ben@outlook.com"] == 2
    held = world.block_of("ana@gmail.com")
    assert held is not None and held.reason == blocks.REJECTED
    # To the day: blocks end at the start of that day in UTC, whoever wrote them.
    assert held.until == LATER.replace(year=2027, month=5, hour=0)


def test_a_hire_found_by_booking_token_stops_everything_for_good(world: World) -> None:
    token = booking_token(world.enrollment_id("ana@gmail.com"), SECRET)
    line = world.tell(Happening.HIRED, "greenhouse", token=token)

    assert line.startswith("greenhouse hired-1: ana@gmail.com hired:")
    assert world.nudges_go()["ana@gmail.com"] == 2
    assert world.received()["ben@outlook.com"] == 2
    held = world.block_of("ana@gmail.com")
    assert held is not None and held.reason == blocks.HIRED and held.until is None


def test_a_hire_also_cancels_a_finished_sequence_s_move_to_the_pipeline(
    world: World, project: Project
) -> None:
    world.nudges_go()  # Ben's outreach is over: he moves to the pipeline in two weeks
    assert status(world.engine, "ben@outlook.com")[0]["follow_on"] is not None
    applicants, _ = load_sequence(project.sequences / "applicants.yaml", project.library)
    enroll(world.engine, applicants, project.library, ["ben@outlook.com"], NUDGES)

    line = world.tell(Happening.HIRED, emails=("ben@outlook.com",))

    assert "applicants: stopped" in line
    assert "outreach: no longer moves to nurture-quarterly" in line
    assert [e["follow_on"] for e in status(world.engine, "ben@outlook.com")] == [None, None]


def test_a_stage_named_in_exit_on_stops_that_sequence_and_others_stages_do_not(
    world: World,
) -> None:
    offer = world.tell(Happening.STAGE_CHANGED, emails=("ben@outlook.com",), stage="Offer")
    screen = world.tell(
        Happening.STAGE_CHANGED, key="2", emails=("ana@gmail.com",), stage="phone screen"
    )

    assert offer.endswith("no sequence ends at stage Offer")
    assert screen.endswith("outreach: stopped")  # applicants names no stage: goes on
    nudged = world.nudges_go()
    assert nudged["ana@gmail.com"] == 3 and nudged["ben@outlook.com"] == 2


def test_the_same_event_twice_has_one_effect(world: World) -> None:
    fact = Outside(
        key="ev-1", channel="greenhouse", happening=Happening.HIRED, emails=("ben@outlook.com",)
    )
    first, again = take_outside(world.engine, [fact, fact], LATER, SECRET)

    assert "ben@outlook.com hired" in first
    assert again == "greenhouse ev-1: seen before, nothing changed"
    with Session(world.engine) as session:
        assert len(session.exec(select(Event).where(Event.key == "greenhouse:ev-1")).all()) == 1
    assert world.nudges_go()["ben@outlook.com"] == 1


def test_an_event_about_nobody_is_kept_and_listed(world: World, tmp_path: Path) -> None:
    line = world.tell(Happening.MEETING_BOOKED, "calendly", emails=("zoe@elsewhere.example",))

    assert "nobody imported is zoe@elsewhere.example" in line
    assert world.nudges_go()["ben@outlook.com"] == 2  # nobody else was touched
    url = world.engine.url.render_as_string(hide_password=False)
    shown = sequencer(tmp_path, "events", "--unmatched", SEQUENCER_DATABASE_URL=url)
    assert shown.returncode == 0, shown.stderr
    assert "1 event about nobody imported" in shown.stdout
    assert "calendly" in shown.stdout and "zoe@elsewhere.example" in shown.stdout


def test_events_lists_what_the_tools_said_and_about_whom(world: World) -> None:
    world.tell(Happening.APPLIED, "greenhouse", emails=("ana@gmail.com",))
    world.tell(Happening.MEETING_BOOKED, "calendly", emails=("zoe@elsewhere.example",))
    url = world.engine.url.render_as_string(hide_password=False)

    shown = CliRunner().invoke(main, ["events", "--json"], env={"SEQUENCER_DATABASE_URL": url})

    assert shown.exit_code == 0, shown.output
    rows = [(r["source"], r["what"], r["person"]) for r in json.loads(shown.output)]
    assert rows == [
        ("calendly", "meeting booked", None),
        ("greenhouse", "applied", "ana@gmail.com"),
    ]


def test_a_colleague_booking_pauses_the_others_at_that_company(world: World) -> None:
    line = world.tell(Happening.MEETING_BOOKED, "calendly", emails=("cho@acme.example",))

    # Dev by the company's name (any case), Eve by the domain; Fay at gmail.com and Ben at
    # outlook.com are strangers to Acme.
    assert "dev@gmail.com: outreach: paused (Cho at Acme Corp booked a meeting)" in line
    assert "eve@acme.example: outreach: paused" in line
    nudged = world.nudges_go()
    assert nudged["dev@gmail.com"] == 1 and nudged["eve@acme.example"] == 1
    assert nudged["fay@gmail.com"] == 2 and nudged["ben@outlook.com"] == 2
    assert "Needs attention: outreach paused: Cho at Acme Corp" in world.status_text(
        "dev@gmail.com"
    )


def test_interest_marked_by_the_recruiter_pauses_colleagues_too(world: World) -> None:
    said = mark(world.engine, "cho@acme.example", Outcome.INTERESTED, LATER)

    assert "dev@gmail.com: outreach: paused (Cho at Acme Corp replied with interest)" in said
    assert world.nudges_go()["eve@acme.example"] == 1
