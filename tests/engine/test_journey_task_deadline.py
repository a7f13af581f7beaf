"""Issue #14, item 4, found in `make demo`: Oliver (who prefers LinkedIn) in the shipped
passive-candidate sequence, with a recruiter who never opens a task. His final notice must
arrive 3 business days before the role's decision deadline (Fri 22 Jan 2027), so its LinkedIn
task, made on Tue 19 Jan (the last day that respects that lead), gives way to the email that
same morning inside his send window, not a week later when the deadline has passed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.project import ROOT
from helpers.unsent_world import START, Journey

from sequencer.engine.plan import plan_step
from sequencer.engine.unsent import task_expiry
from sequencer.people.candidate import Candidate
from sequencer.reports.status import open_tasks_of_people
from sequencer.reports.terminal import plain
from sequencer.reports.wording import task_blocks
from sequencer.spec.channel import Channel
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence
from sequencer.store.models import Enrollment

OLIVER = "oliver.hughes@example.org"
LONDON = ZoneInfo("Europe/London")
# Tue 19 Jan 2027: 3 business days before the deadline; his Tuesday window is 09:00-11:30.
LAST_DAY_OPENS = datetime(2027, 1, 19, 9, 0, tzinfo=LONDON)
LAST_DAY_CLOSES = datetime(2027, 1, 19, 11, 30, tzinfo=LONDON)


@pytest.fixture
def journey(database_url: str, tmp_path: Path) -> Journey:
    world = Journey(database_url, tmp_path)
    world.people(OLIVER)
    world.enroll("passive-candidate", OLIVER)
    return world


def test_the_final_notice_nobody_sent_on_linkedin_reaches_oliver_by_email_in_time(
    journey: Journey,
) -> None:
    journey.run(START + timedelta(weeks=12))
    got = journey.received(OLIVER)
    [final] = [r for r in got if r.file.endswith("final-notice.eml")]
    assert final.subject == "Closing the loop on Staff Platform Engineer at Northwind Labs"
    assert "We plan to make a hiring decision by" in final.body
    # The latest moment that still respects `lead: 3 business days` and his send window.
    assert LAST_DAY_OPENS <= final.at < LAST_DAY_CLOSES
    *_, last_task = journey.tasks(OLIVER)  # it went once the task had expired
    assert last_task.expires_at is not None
    assert last_task.created_at <= last_task.expires_at <= final.at


def test_tasks_without_a_deadline_keep_their_week(journey: Journey) -> None:
    journey.run(START + timedelta(weeks=12))
    for task in journey.tasks(OLIVER)[:3]:
        assert task.expires_at is not None
        assert task.expires_at - task.created_at == timedelta(days=7)


def test_the_recruiter_is_shown_the_earlier_expiry(journey: Journey) -> None:
    journey.run(datetime(2027, 1, 19, 11, 0, tzinfo=LONDON))
    [task] = open_tasks_of_people(journey.engine)
    shown = plain(task_blocks([task])[1:])  # what `sequencer tasks` prints
    assert "step final-notice of passive-candidate" in shown
    # Made at 10:53 his time, it gives way 15 minutes before his window closes at 11:30.
    assert "Not done by Tue 19 Jan 2027 03:15 PST, it expires" in shown


# The same final notice, its task made at other moments (no database: the expiry alone).
OLIVER_ROW = Candidate(
    email=OLIVER,
    first_name="Oliver",
    timezone="Europe/London",
    country="GB",
    linkedin_url="https://www.linkedin.com/in/oliver-hughes-example-0123",
    preferred_channel=Channel.LINKEDIN,
)
FOLLOW_UP_2_WENT = datetime(2026, 12, 29, 10, 44, tzinfo=LONDON)


def _expiry_of_task_made(now: datetime, candidate: Candidate = OLIVER_ROW) -> datetime:
    sequence, _ = load_sequence(
        ROOT / "sequences" / "passive-candidate.yaml",
        TemplateLibrary(ROOT / "templates" / "messages"),
    )
    enrollment = Enrollment(
        candidate_id=1,
        sequence_name=sequence.name,
        sequence_version="v",
        started_at=START,
        last_touch_at=FOLLOW_UP_2_WENT,
        touches_sent=3,
    )
    step = sequence.step("final-notice")
    touch = plan_step(sequence, candidate, step, START, FOLLOW_UP_2_WENT, 3)
    assert touch.channel is Channel.LINKEDIN
    return task_expiry(sequence, candidate, enrollment, touch, now)


def test_a_task_made_in_the_last_minutes_of_the_last_day_gives_way_at_once() -> None:
    made = datetime(2027, 1, 19, 11, 20, tzinfo=LONDON)  # 10 minutes before his window closes
    assert _expiry_of_task_made(made) == made


def test_a_task_made_well_before_the_deadline_keeps_its_week() -> None:
    made = datetime(2027, 1, 5, 10, 0, tzinfo=LONDON)  # its week ends before Tue 19 Jan
    assert _expiry_of_task_made(made) == made + timedelta(days=7)


def test_a_task_whose_step_reaches_them_no_other_way_keeps_its_week() -> None:
    made = datetime(2027, 1, 19, 10, 53, tzinfo=LONDON)
    linkedin_only = replace(OLIVER_ROW, email=None)
    assert _expiry_of_task_made(made, linkedin_only) == made + timedelta(days=7)
