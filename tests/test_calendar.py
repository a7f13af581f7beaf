"""Time math on real 2026 dates: weekends, holidays, DST changes and far-away time zones.

Every assertion is about a clock someone would read: the candidate's, or the recruiter's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from sequencer.calendar import (
    DEFAULT_WINDOW,
    TCPA_HOURS,
    LocalCalendar,
    SendWindow,
    TimeRange,
    Unit,
    Wait,
    check_holiday_code,
    holiday_calendar,
    quiet_hours_for,
)

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
KOLKATA = ZoneInfo("Asia/Kolkata")
SYDNEY = ZoneInfo("Australia/Sydney")
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def calendar(
    *zones: ZoneInfo,
    window: Sequence[str] = ("Mon-Fri 09:00-17:00",),
    holidays: tuple[str, ...] = (),
    quiet: TimeRange | None = None,
) -> LocalCalendar:
    send_window = SendWindow.parse(window)
    if quiet is not None:
        send_window = send_window.intersect(quiet)
    return LocalCalendar(zones or (NY,), send_window, holiday_calendar(holidays))


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def at(zone: ZoneInfo, local: str) -> datetime:
    """The instant a clock in `zone` shows `local` ("2026-03-06 09:30")."""
    return datetime.fromisoformat(local).replace(tzinfo=zone)


def wall(t: datetime | None, zone: ZoneInfo) -> str:
    """What a person in `zone` sees on their clock, e.g. "Tue 2026-12-01 10:15"."""
    assert t is not None and t.tzinfo is UTC
    return t.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")


def slots(window: SendWindow) -> dict[str, str]:
    return {DAYS[i]: ", ".join(map(str, day)) for i, day in enumerate(window.slots) if day}


# --------------------------------------------------------------------------- Wait


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "shown"),
    [
        ("4 hours", 4, 4, Unit.HOURS, "4 hours"),
        ("  3 – 5 Business Days ", 3, 5, Unit.BUSINESS_DAYS, "3-5 business days"),
        ("1 business day", 1, 1, Unit.BUSINESS_DAYS, "1 business day"),
        ("5 working days", 5, 5, Unit.BUSINESS_DAYS, "5 business days"),
        ("2-3 WEEKS", 2, 3, Unit.WEEKS, "2-3 weeks"),
        ("0 days", 0, 0, Unit.DAYS, "0 days"),
    ],
)
def test_wait_parse_reads_what_recruiters_write(
    text: str, low: int, high: int, unit: Unit, shown: str
) -> None:
    wait = Wait.parse(text)
    assert (wait.low, wait.high, wait.unit) == (low, high, unit)
    assert str(wait) == shown


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("3-5 buisness days", 'unknown unit "buisness days" (did you mean "business days"?)'),
        ("5-3 days", 'the range is backwards; write the smaller number first, e.g. "3-5 days"'),
        ("-2 days", "a wait cannot be negative"),
        ("a few days", 'write a number or range and a unit, e.g. "3-5 business days"'),
    ],
)
def test_wait_parse_errors_say_what_and_how(text: str, says: str) -> None:
    with pytest.raises(ValueError) as caught:
        Wait.parse(text)
    assert str(caught.value).startswith(f'cannot read wait "{text}": ')
    assert says in str(caught.value)
    assert "e.g." in str(caught.value)


def test_wait_pick_is_repeatable_and_uses_the_whole_range() -> None:
    wait = Wait.parse("3-5 business days")
    picks = [wait.pick(f"candidate-{n}:follow-up-1") for n in range(600)]
    assert picks == [wait.pick(f"candidate-{n}:follow-up-1") for n in range(600)]
    assert all(picks.count(days) > 150 for days in (3, 4, 5))
    assert set(picks) == {3, 4, 5}
    assert {Wait.parse("7-10 days").pick(str(n)) for n in range(200)} == {7, 8, 9, 10}


# --------------------------------------------------------------------------- hours and windows


def test_time_range_parse_and_intersect() -> None:
    assert str(TimeRange.parse("9:00 - 17:00")) == "09:00-17:00"
    office = TimeRange.parse("09:00-17:00")
    assert str(office.intersect(TimeRange.parse("07:00-11:30"))) == "09:00-11:30"
    assert office.intersect(TimeRange.parse("17:00-20:00")) is None


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("25:00-26:00", "25:00 is not a time of day"),
        ("17:00-09:00", "write the earlier time first"),
    ],
)
def test_time_range_parse_errors(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=f'cannot read hours "{text}": .*{says}'):
        TimeRange.parse(text)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "Tue-thursday 09:00-11:30",
                "Mon, FRI 10:00-12:00",
                "tue 11:00-12:00",
                "Thu 13:00-14:00",
            ],
            {"Mon": "10:00-12:00", "Tue": "09:00-12:00", "Wed": "09:00-11:30"}
            | {"Thu": "09:00-11:30, 13:00-14:00", "Fri": "10:00-12:00"},
        ),
        (["Fri-Mon 10:00-12:00"], dict.fromkeys(["Mon", "Fri", "Sat", "Sun"], "10:00-12:00")),
        (["Every day 08:00-09:00"], dict.fromkeys(DAYS, "08:00-09:00")),
    ],
)
def test_send_window_parse(lines: list[str], expected: dict[str, str]) -> None:
    assert slots(SendWindow.parse(lines)) == expected


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("Mon-Fry 09:00-17:00", '"fry" is not a day (did you mean "Fri"?)'),
        ("Mon-Fri", "the hours are missing"),
        ("Mon-Fri 9am-5pm", "24-hour clock"),
    ],
)
def test_send_window_parse_errors(line: str, says: str) -> None:
    with pytest.raises(ValueError) as caught:
        SendWindow.parse([line])
    assert says in str(caught.value)
    assert 'e.g. "' in str(caught.value)


def test_send_window_intersect_with_quiet_hours() -> None:
    assert slots(DEFAULT_WINDOW.intersect(TimeRange.parse("08:00-10:00")))["Mon"] == "09:00-10:00"
    assert DEFAULT_WINDOW.intersect(TimeRange.parse("18:00-20:00")).is_empty()


# --------------------------------------------------------------------------- quiet hours


@pytest.mark.parametrize(
    ("configured", "state", "allowed"),
    [
        ("07:00-22:00", None, "08:00-21:00"),
        ("07:00-22:00", "FL", "08:00-20:00"),
        ("07:00-22:00", "ri", "09:00-18:00"),
        ("10:00-19:00", "TX", "10:00-19:00"),
    ],
)
def test_quiet_hours_never_wider_than_the_law(
    configured: str, state: str | None, allowed: str
) -> None:
    assert str(quiet_hours_for(TimeRange.parse(configured), state)) == allowed


def test_quiet_hours_that_leave_no_time_are_an_error() -> None:
    with pytest.raises(
        ValueError,
        match="18:30-20:00 leave no time for texts and calls: RI law allows only 09:00-18:00",
    ):
        quiet_hours_for(TimeRange.parse("18:30-20:00"), "RI")


def test_florida_text_after_8pm_waits_for_next_morning() -> None:
    fl = calendar(NY, window=["Daily 07:00-22:00"], quiet=quiet_hours_for(TCPA_HOURS, "FL"))
    slot = fl.next_slot(at(NY, "2026-06-15 20:15"))  # Monday evening
    assert slot is not None
    assert wall(slot[0], NY) == "Tue 2026-06-16 08:00"
    assert wall(slot[1], NY) == "Tue 2026-06-16 20:00"


# --------------------------------------------------------------------------- holidays


@pytest.mark.parametrize(
    ("codes", "holidays", "working_days"),
    [
        (("US",), [date(2026, 11, 26)], [date(2026, 11, 27), date(2026, 12, 28)]),  # Thanksgiving
        (("GB",), [date(2026, 12, 28)], [date(2026, 11, 26)]),  # Boxing Day, observed Monday
        (("GB-ENG",), [date(2026, 8, 31)], [date(2026, 8, 3)]),  # England's summer bank holiday
        (  # California's day after Thanksgiving, and Epiphany in Bavaria
            ("us-ca", "DE-BY"),
            [date(2026, 11, 26), date(2026, 11, 27), date(2026, 1, 6)],
            [date(2026, 12, 28)],
        ),
    ],
)
def test_holiday_calendar(
    codes: tuple[str, ...], holidays: list[date], working_days: list[date]
) -> None:
    is_holiday = holiday_calendar(codes)
    assert all(is_holiday(d) for d in holidays)
    assert not any(is_holiday(d) for d in working_days)
    assert holiday_calendar(tuple(reversed(codes))) is is_holiday  # built once, then shared


def test_unknown_holiday_codes_explain_the_fix() -> None:
    with pytest.raises(ValueError, match='unknown country "XX"; use a two-letter country code'):
        check_holiday_code("XX")
    with pytest.raises(ValueError, match=r'unknown region "ZZ"; use one of .*US-CA'):
        holiday_calendar(("US-ZZ",))


# --------------------------------------------------------------------------- add


@pytest.mark.parametrize(
    ("zone", "codes", "start", "amount", "expected"),
    [
        (NY, ("US",), "2026-11-25 10:15", 3, "Tue 2026-12-01 10:15"),  # over Thanksgiving
        (LONDON, ("GB",), "2026-12-24 09:30", 1, "Tue 2026-12-29 09:30"),  # Christmas, Boxing Day
        (LONDON, ("GB-ENG",), "2026-08-28 09:30", 1, "Tue 2026-09-01 09:30"),  # bank holiday
    ],
)
def test_business_days_skip_weekends_and_holidays(
    zone: ZoneInfo, codes: tuple[str, ...], start: str, amount: int, expected: str
) -> None:
    later = calendar(zone, holidays=codes).add(at(zone, start), amount, Unit.BUSINESS_DAYS)
    assert wall(later, zone) == expected


@pytest.mark.parametrize(
    ("zone", "start", "wait", "expected_local", "expected_utc"),
    [
        # "3 days" keeps the local 09:30 although the clocks changed in between.
        (NY, "2026-03-06 09:30", "3 days", "Mon 2026-03-09 09:30", "13:30"),
        (NY, "2026-10-30 09:30", "3 days", "Mon 2026-11-02 09:30", "14:30"),
        (BERLIN, "2026-03-26 09:30", "3 days", "Sun 2026-03-29 09:30", "07:30"),
        (BERLIN, "2026-10-22 09:30", "3 days", "Sun 2026-10-25 09:30", "08:30"),
        # "4 hours" is 4 real hours: the wall clock moves 5 (spring) or 3 (autumn).
        (NY, "2026-03-08 00:30", "4 hours", "Sun 2026-03-08 05:30", "09:30"),
        (NY, "2026-11-01 00:30", "4 hours", "Sun 2026-11-01 03:30", "08:30"),
        (BERLIN, "2026-03-29 00:30", "4 hours", "Sun 2026-03-29 05:30", "03:30"),
        (BERLIN, "2026-10-25 00:30", "4 hours", "Sun 2026-10-25 03:30", "02:30"),
        # 02:30 does not exist on Mar 8 in New York: it moves forward by the gap.
        (NY, "2026-03-07 02:30", "1 day", "Sun 2026-03-08 03:30", "07:30"),
        # 01:30 happens twice on Nov 1: the first one (EDT, 05:30 UTC) is used.
        (NY, "2026-10-31 01:30", "1 day", "Sun 2026-11-01 01:30", "05:30"),
        # Months clamp to the end of a shorter month, here a leap-year February.
        (NY, "2028-01-31 09:00", "1 month", "Tue 2028-02-29 09:00", "14:00"),
    ],
)
def test_add_across_dst_and_month_ends(
    zone: ZoneInfo, start: str, wait: str, expected_local: str, expected_utc: str
) -> None:
    amount = Wait.parse(wait)
    later = calendar(zone).add(at(zone, start), amount.low, amount.unit)
    assert wall(later, zone) == expected_local
    assert later.strftime("%Y-%m-%d %H:%M") == f"{expected_local[4:14]} {expected_utc}"


# --------------------------------------------------------------------------- next_slot and place


@pytest.mark.parametrize(
    ("zone", "window", "codes", "now", "opens", "closes"),
    [
        (NY, "Mon-Fri 09:00-17:00", (), "2026-06-12 17:30", "Mon 2026-06-15 09:00", "17:00"),
        (NY, "Mon-Fri 09:00-17:00", ("US",), "2026-11-25 17:30", "Fri 2026-11-27 09:00", "17:00"),
        # Windows that open inside the spring-forward gap open when the clock jumps.
        (NY, "Sun 02:00-04:00", (), "2026-03-07 12:00", "Sun 2026-03-08 03:00", "04:00"),
        (BERLIN, "Sun 02:30-05:00", (), "2026-03-28 12:00", "Sun 2026-03-29 03:30", "05:00"),
    ],
)
def test_next_slot_skips_weekends_holidays_and_dst_gaps(
    zone: ZoneInfo, window: str, codes: tuple[str, ...], now: str, opens: str, closes: str
) -> None:
    slot = calendar(zone, window=[window], holidays=codes).next_slot(at(zone, now))
    assert slot is not None
    assert (wall(slot[0], zone), wall(slot[1], zone)[-5:]) == (opens, closes)


@pytest.mark.parametrize(
    ("zone", "opens_utc", "closes_utc", "recruiter_sees"),
    [
        # Tue 09:00-11:30 in Kolkata is Monday night, 20:30-23:00, in Los Angeles.
        (KOLKATA, utc(2026, 6, 16, 3, 30), utc(2026, 6, 16, 6, 0), ("20:30", "23:00")),
        # Tue 09:00-11:30 in Sydney (AEST) is Monday 16:00-18:30 in Los Angeles.
        (SYDNEY, utc(2026, 6, 15, 23, 0), utc(2026, 6, 16, 1, 30), ("16:00", "18:30")),
    ],
)
def test_far_away_candidate_is_reached_in_their_morning(
    zone: ZoneInfo, opens_utc: datetime, closes_utc: datetime, recruiter_sees: tuple[str, str]
) -> None:
    recruiter_now = datetime(2026, 6, 15, 10, 0, tzinfo=LA)  # Monday morning in LA
    sent = calendar(zone, window=["Mon-Fri 09:00-11:30"]).place(recruiter_now, "cand-7:initial")
    assert sent is not None and opens_utc <= sent < closes_utc
    candidate_clock, recruiter_clock = wall(sent, zone), wall(sent, LA)
    assert candidate_clock[:14] == "Tue 2026-06-16" and "09:00" <= candidate_clock[-5:] < "11:30"
    assert recruiter_clock[:14] == "Mon 2026-06-15"
    assert recruiter_sees[0] <= recruiter_clock[-5:] < recruiter_sees[1]


def test_place_keeps_a_time_that_is_already_allowed() -> None:
    now = datetime(2026, 6, 16, 10, 17, 42, tzinfo=NY)
    assert calendar(NY).place(now, "anyone") == now


def test_place_spreads_a_batch_over_the_window() -> None:
    tue_thu = calendar(NY, window=["Tue-Thu 09:00-11:30"])
    friday_evening = datetime(2026, 6, 12, 18, 0, tzinfo=NY)
    sent = [tue_thu.place(friday_evening, f"cand-{n}:initial") for n in range(500)]
    local = sorted(wall(t, NY) for t in sent)
    assert all(s.startswith("Tue 2026-06-16 ") and "09:00" <= s[-5:] < "11:30" for s in local)
    assert local[0][-5:] < "09:10" and local[-1][-5:] >= "11:20"
    assert len(set(local)) > 120  # not everyone at 09:00
    assert all(t is not None and t.second == 0 and t.microsecond == 0 for t in sent)
    assert sent == [tue_thu.place(friday_evening, f"cand-{n}:initial") for n in range(500)]


@pytest.mark.parametrize(
    ("now_ny", "opens_ny"),
    [
        (datetime(2026, 6, 15, 8, 30), "Mon 2026-06-15 11:00"),  # 05:30 in LA: too early there
        (datetime(2026, 6, 15, 20, 30), "Mon 2026-06-15 20:30"),  # 17:30 in LA: fine in both
        (datetime(2026, 6, 15, 21, 30), "Tue 2026-06-16 11:00"),  # too late in New York
    ],
)
def test_uncertain_zone_allows_only_the_overlap(now_ny: datetime, opens_ny: str) -> None:
    either = calendar(NY, LA, window=["Daily 00:00-23:59"], quiet=TCPA_HOURS)
    slot = either.next_slot(now_ny.replace(tzinfo=NY))
    assert slot is not None
    assert (wall(slot[0], NY), wall(slot[1], NY)[-5:]) == (opens_ny, "21:00")
    assert wall(slot[0], LA)[-5:] >= "08:00"


def test_no_allowed_time_at_all_gives_none() -> None:
    dawn_only = calendar(NY, window=["Mon-Fri 06:00-07:30"], quiet=TCPA_HOURS)
    now = datetime(2026, 6, 15, 12, 0, tzinfo=NY)
    assert dawn_only.next_slot(now) is None
    assert dawn_only.place(now, "anyone") is None


# --------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("window", "codes", "deadline", "expected_day"),
    [
        ("Tue-Thu 09:00-11:30", (), date(2026, 12, 18), "Thu 2026-12-17"),  # Friday deadline
        ("Mon-Fri 09:00-17:00", ("US",), date(2026, 11, 26), "Wed 2026-11-25"),  # Thanksgiving
    ],
)
def test_latest_on_or_before_picks_the_last_working_day(
    window: str, codes: tuple[str, ...], deadline: date, expected_day: str
) -> None:
    cal = calendar(NY, window=[window], holidays=codes)
    not_before = datetime(2026, 11, 2, 9, 0, tzinfo=NY)
    sent = cal.latest_on_or_before(deadline, not_before, "cand-7:final-notice")
    assert wall(sent, NY)[:14] == expected_day
    day_start = datetime.combine(date.fromisoformat(expected_day[4:]), time(), NY)
    slot = cal.next_slot(day_start)
    assert slot is not None and sent is not None and slot[0] <= sent < slot[1]


def test_latest_on_or_before_respects_not_before() -> None:
    cal = calendar(NY, window=["Tue-Thu 09:00-11:30"])
    thursday_10 = datetime(2026, 12, 17, 10, 0, tzinfo=NY)
    assert cal.latest_on_or_before(date(2026, 12, 18), thursday_10, "x") == thursday_10
    thursday_noon = datetime(2026, 12, 17, 12, 0, tzinfo=NY)
    assert cal.latest_on_or_before(date(2026, 12, 18), thursday_noon, "x") is None
    assert cal.latest_on_or_before(date(2026, 12, 16), thursday_10, "x") is None
