"""What Today and Candidates read from the database, on SQLite and PostgreSQL alike: whose
tasks, which replies still wait, who a search finds; and how times read on a page."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers.dashboard import DANA, LEE, START, Desk, desk
from helpers.project import Project
from sqlmodel import Session

from sequencer.inbound.decisions import decide
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.reports import people
from sequencer.reports.people import Search, find, person_page
from sequencer.reports.times import day, in_zone, relative, their_time
from sequencer.reports.today import replies_waiting, tasks_due
from sequencer.store.models import ReplyReading

TUESDAY_EVENING = START + timedelta(days=1, hours=8)


@pytest.fixture
def office(project: Project, database_url: str, tmp_path: Path) -> Desk:
    world = desk(project, database_url, tmp_path)
    world.tick(TUESDAY_EVENING)
    return world


def test_tasks_are_each_recruiters_own_or_everyones(office) -> None:
    assert [t.person.name for t in tasks_due(office.engine, DANA)] == ["Ana Rivera"]
    assert [t.person.name for t in tasks_due(office.engine, LEE)] == ["Ben Okafor"]
    both = tasks_due(office.engine, None)
    assert {t.person.name for t in both} == {"Ana Rivera", "Ben Okafor"}
    assert all(t.kind == "linkedin" and t.step == "note" for t in both)


def test_a_reply_waits_until_someone_decides_it(office) -> None:
    office.reply("ana@example.com", "Happy to talk, call me Thursday.\n")
    [waiting] = replies_waiting(office.engine, DANA)
    assert waiting.text.startswith("Happy to talk") and waiting.person.name == "Ana Rivera"
    assert replies_waiting(office.engine, LEE) == []
    decide(office.engine, waiting.event_id, Outcome.INTERESTED, None, DANA, office.now)
    assert replies_waiting(office.engine, None) == []


def test_a_reply_with_no_reading_waits_until_an_outcome_is_marked(office) -> None:
    office.reply("ben@example.com", "Not for me.\n")
    with Session(office.engine) as session, session.begin():  # as one from before readings
        session.execute(sa.delete(ReplyReading))
    assert [r.label for r in replies_waiting(office.engine, None)] == [None]
    office.now += timedelta(minutes=5)
    mark(office.engine, "ben@example.com", Outcome.REPLIED, office.now)
    assert replies_waiting(office.engine, None) == []


def test_search_counts_everything_it_matches_and_pages_it(office) -> None:
    found = find(office.engine, Search(text="EXAMPLE.COM"))
    assert found.total == 2 and found.pages == 1
    assert [r.person.name for r in found.rows] == ["Ben Okafor", "Ana Rivera"]
    assert find(office.engine, Search(owner=LEE, state="active")).total == 1
    assert find(office.engine, Search(text="Rivera", owner=LEE)).rows == []


def test_a_common_search_reads_the_same_as_a_rare_one_and_counts_stop(
    office, monkeypatch: pytest.MonkeyPatch
) -> None:
    rare = find(office.engine, Search(text="example.com"))
    monkeypatch.setattr(people, "FEW", 1)  # two people match: "common"
    common = find(office.engine, Search(text="example.com"))
    assert [r.enrollment_id for r in common.rows] == [r.enrollment_id for r in rare.rows]
    assert common.total == 2 and common.counted_all
    monkeypatch.setattr(people, "COUNTED", 1)
    capped = find(office.engine, Search(text="example.com"))
    assert (capped.total, capped.counted_all, capped.pages) == (2, False, None)
    assert len(capped.rows) == 2 and not capped.more


def test_a_persons_page_has_each_enrollment_with_its_touches(office) -> None:
    page = person_page(office.engine, 1)
    assert page is not None and page.person.name == "Ana Rivera"
    [outreach] = page.enrollments
    assert [t.step for t in outreach["touches"]] == ["hello", "note"]
    assert [t.status for t in outreach["touches"]] == ["sent", "waiting"]
    assert person_page(office.engine, 999) is None


NOON = datetime(2026, 12, 7, 17, 5, tzinfo=UTC)  # Mon 7 Dec, 12:05 in New York


@pytest.mark.parametrize(
    ("moment", "phrase"),
    [
        (NOON, "now"),
        (NOON + timedelta(seconds=59), "now"),
        (NOON + timedelta(minutes=5), "in 5 min"),
        (NOON - timedelta(hours=3, minutes=20), "3 h overdue"),
        (NOON + timedelta(days=2, hours=5), "in 2 d"),
        (None, ""),
    ],
)
def test_relative_phrases(moment: datetime | None, phrase: str) -> None:
    assert relative(moment, NOON, "overdue") == phrase


def test_times_read_in_the_recruiters_zone_with_the_persons_beside() -> None:
    assert in_zone(NOON, "America/New_York") == "Mon 7 Dec, 12:05 EST"
    assert in_zone(NOON.isoformat(), "Europe/Berlin") == "Mon 7 Dec, 18:05 CET"
    assert their_time(NOON, "America/New_York", "America/Los_Angeles") == "09:05 PST"
    assert their_time(NOON, "America/New_York", "America/Detroit") == ""  # same clock
    assert their_time(NOON, "America/New_York", "Asia/Tokyo") == "Tue 08 Dec 02:05 JST"
    assert day(date(2027, 3, 1)) == "1 March 2027"
