"""`status` reads stored times straight into the text it shows (`utc_text`), skipping the
aware datetimes (issue 17): the text must be what `isoformat()` of the UTC time was, from
what either database gives, and two texts must compare as their times do (status compares
them to tell what happened since an enrollment started, and whether a hold is still ahead).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite
from sqlmodel import Session

from sequencer.reports.status_rows import read_rows, utc_text
from sequencer.reports.wording import Clocks
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, Event, UTCDateTime

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
moments = st.datetimes(
    min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30), timezones=offsets
)
T = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


def stored_by_sqlite(moment: datetime) -> str:
    """The text SQLite keeps for this time: what the model's column type hands the driver."""
    dialect = sqlite.dialect()
    write = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    assert write is not None
    text = write(moment)
    assert isinstance(text, str)
    return text


@settings(max_examples=300, deadline=None)
@given(moments)
def test_a_time_reads_as_its_utc_isoformat_from_either_database(moment: datetime) -> None:
    shown = moment.astimezone(UTC).isoformat()
    assert utc_text(stored_by_sqlite(moment)) == shown  # SQLite: its text
    assert utc_text(moment) == shown  # PostgreSQL: an aware datetime, in the session's zone


@settings(max_examples=300, deadline=None)
@given(moments, moments)
def test_two_times_compare_as_their_texts_do(first: datetime, second: datetime) -> None:
    one, other = utc_text(stored_by_sqlite(first)), utc_text(stored_by_sqlite(second))
    assert one is not None and other is not None
    assert (one < other, one == other) == (first < second, first == second)


def test_a_time_stored_in_another_layout_is_read_all_the_same() -> None:
    """Written by hand or by an older version: with a `T`, an offset, or no fraction."""
    assert utc_text("2026-11-24T18:00:00+01:00") == "2026-11-24T17:00:00+00:00"
    assert utc_text("2026-11-24 17:00:00") == "2026-11-24T17:00:00+00:00"
    assert utc_text("2026-11-24 17:00:00.250") == "2026-11-24T17:00:00.250000+00:00"
    assert utc_text(datetime(2026, 11, 24, 17, 0)) == "2026-11-24T17:00:00+00:00"
    assert utc_text(None) is None


def test_sqlalchemy_still_stores_the_layout_read_as_is() -> None:
    """The quick path of `utc_text` is SQLAlchemy's layout for SQLite; were it to change,
    the slower path would still read it right, and this says so."""
    stored = stored_by_sqlite(datetime(2026, 11, 24, 17, 0, 0, 5, tzinfo=UTC))
    assert stored == "2026-11-24 17:00:00.000005"


ZONES = ["America/Los_Angeles", "America/New_York", "Europe/London", "Asia/Kolkata",
         "Australia/Lord_Howe", "Pacific/Kiritimati", "UTC"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    moment=st.datetimes(
        min_value=datetime(1900, 1, 2), max_value=datetime(2200, 12, 30), timezones=offsets
    ),
    ours=st.sampled_from(ZONES),
    theirs=st.sampled_from(ZONES),
)
def test_status_clocks_read_as_strftime_wrote_them(
    moment: datetime, ours: str, theirs: str
) -> None:
    """Plain `status` writes its times without strftime (half its time at 100,000
    enrollments): the same text as `strftime`, in any zone, on either side of a change of
    clocks, the person's day written when it is not the recruiter's."""
    here, there = moment.astimezone(ZoneInfo(ours)), moment.astimezone(ZoneInfo(theirs))
    mine = here.strftime("%a %d %b %Y %H:%M %Z")
    if here.utcoffset() == there.utcoffset():
        theirs_text = ""
    elif here.date() == there.date():
        theirs_text = there.strftime("%H:%M %Z")
    else:
        theirs_text = there.strftime("%a %d %b %H:%M %Z")
    clocks = Clocks(ZoneInfo(ours), ZoneInfo(theirs))
    for when in (moment, utc_text(moment)):
        assert clocks.side_by_side(when) == (mine, theirs_text)
        assert clocks.mine(when) == mine
        assert clocks.theirs_at(when) == theirs_text


STORED = [
    datetime(2026, 11, 24, 17, 0, tzinfo=UTC),
    datetime(2026, 11, 24, 17, 0, 0, 5, tzinfo=UTC),
    datetime(2026, 11, 24, 17, 0, 0, 120000, tzinfo=UTC),
    datetime(2026, 11, 24, 23, 59, 59, 999999, tzinfo=ZoneInfo("America/Los_Angeles")),
    datetime(2027, 3, 14, 2, 30, 0, 500000, tzinfo=timezone(timedelta(hours=5, minutes=30))),
    datetime(1999, 12, 31, 23, 59, 59, tzinfo=ZoneInfo("Pacific/Kiritimati")),
]


def test_times_read_from_either_database_are_the_utc_isoformat(database_url: str) -> None:
    """Through the real database, microseconds or none, on PostgreSQL in a session whose
    zone is not UTC (status has it write the UTC text itself)."""
    if database_url.startswith("postgresql"):
        database_url = database_url.replace("options=", "options=-ctimezone%3DAsia/Kolkata%20")
    engine = engine_for(database_url)
    with Session(engine) as session:
        person = CandidateRecord(key="ana@example.com", email="ana@example.com", updated_at=T)
        session.add(person)
        session.flush()
        for n, moment in enumerate(STORED):
            session.add(Event(key=f"reply-{n}", kind="reply", candidate_id=person.id,
                              occurred_at=moment, received_at=moment))  # fmt: skip
        session.commit()
        read = read_rows(session.connection(), None).events[person.id or 0]
    expected = [moment.astimezone(UTC).isoformat() for moment in sorted(STORED)]
    assert [event.occurred_at for event in read] == expected
