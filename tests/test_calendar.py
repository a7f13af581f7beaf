"""Time math on real 2026 dates: weekends, holidays, DST changes and far-away time zones."""

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


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def wall(t: datetime | None, zone: ZoneInfo) -> str:
    """What a person in `zone` sees on their clock, e.g. "Tue 2026-12-01 10:15"."""
    assert t is not None and t.tzinfo is UTC
    return t.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")


# --------------------------------------------------------------------------- Wait


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "shown"),
    [
        ("4 hours", 4, 4, Unit.HOURS, "4 hours"),
        ("1 hour", 1, 1, Unit.HOURS, "1 hour"),
        ("3-5 business days", 3, 5, Unit.BUSINESS_DAYS, "3-5 business days"),
        ("  3 – 5 Business Days ", 3, 5, Unit.BUSINESS_DAYS, "3-5 business days"),
        ("1 business day", 1, 1, Unit.BUSINESS_DAYS, "1 business day"),
        ("5 working days", 5, 5, Unit.BUSINESS_DAYS, "5 business days"),
        ("7-10 days", 7, 10, Unit.DAYS, "7-10 days"),
        ("0 days", 0, 0, Unit.DAYS, "0 days"),
        ("2-3 WEEKS", 2, 3, Unit.WEEKS, "2-3 weeks"),
        ("1 week", 1, 1, Unit.WEEKS, "1 week"),
        ("3-4 months", 3, 4, Unit.MONTHS, "3-4 months"),
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
        ("2-3 weeeks", 'did you mean "weeks"?'),
        ("5-3 days", 'the range is backwards; write the smaller number first, e.g. "3-5 days"'),
        ("-2 days", "a wait cannot be negative"),
        ("3-5", "the unit is missing"),
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
    assert {day: picks.count(day) > 120 for day in (3, 4, 5)} == {3: True, 4: True, 5: True}
    assert set(picks) == {3, 4, 5}
    assert {Wait.parse("7-10 days").pick(str(n)) for n in range(200)} == {7, 8, 9, 10}
    assert Wait.parse("4 hours").pick("anyone") == 4


# --------------------------------------------------------------------------- hours and windows


@pytest.mark.parametrize(
    ("text", "shown"),
    [("09:00-11:30", "09:00-11:30"), ("9:00 - 17:00", "09:00-17:00"), ("8:30–9:15", "08:30-09:15")],
)
def test_time_range_parse(text: str, shown: str) -> None:
    assert str(TimeRange.parse(text)) == shown


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("25:00-26:00", "25:00 is not a time of day"),
        ("17:00-09:00", "write the earlier time first"),
        ("10:00-10:00", "ends before it starts"),
        ("9am-5pm", "24-hour clock"),
    ],
)
def test_time_range_parse_errors(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=f'cannot read hours "{text}": .*{says}'):
        TimeRange.parse(text)


def test_time_range_intersect() -> None:
    office = TimeRange.parse("09:00-17:00")
    assert str(office.intersect(TimeRange.parse("07:00-11:30"))) == "09:00-11:30"
    assert office.intersect(TimeRange.parse("17:00-20:00")) is None


def slots(window: SendWindow) -> dict[str, str]:
    return {DAYS[i]: ", ".join(map(str, day)) for i, day in enumerate(window.slots) if day}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Tue-Thu 09:00-11:30", "Mon, Fri 10:00-12:00"],
            {"Mon": "10:00-12:00", "Tue": "09:00-11:30", "Wed": "09:00-11:30"}
            | {"Thu": "09:00-11:30", "Fri": "10:00-12:00"},
        ),
        (
            ["Fri-Mon 10:00-12:00"],
            {
                "Mon": "10:00-12:00",
                "Fri": "10:00-12:00",
                "Sat": "10:00-12:00",
                "Sun": "10:00-12:00",
            },
        ),
        (["monday,WEDNESDAY Fri 9:00-10:00"], {d: "09:00-10:00" for d in ("Mon", "Wed", "Fri")}),
        (
            ["Mon 09:00-11:00", "Mon 10:30-12:00", "Mon 13:00-14:00", "Mon 08:00-09:00"],
            {"Mon": "08:00-12:00, 13:00-14:00"},
        ),
        (
            ["Every day 08:00-09:00"],
            dict.fromkeys(DAYS, "08:00-09:00"),
        ),
    ],
)
def test_send_window_parse(lines: list[str], expected: dict[str, str]) -> None:
    assert slots(SendWindow.parse(lines)) == expected


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("Mon-Fry 09:00-17:00", '"fry" is not a day (did you mean "Fri"?)'),
        ("Mon-Fri", "the hours are missing"),
        ("09:00-17:00", "the days are missing"),
        ("Mon-Fri 9am-5pm", "24-hour clock"),
    ],
)
def test_send_window_parse_errors(line: str, says: str) -> None:
    with pytest.raises(ValueError) as caught:
        SendWindow.parse([line])
    assert says in str(caught.value)
    assert "e.g." in str(caught.value)


def test_send_window_intersect_with_quiet_hours() -> None:
    assert slots(DEFAULT_WINDOW.intersect(TimeRange.parse("08:00-10:00")))["Mon"] == "09:00-10:00"
    assert DEFAULT_WINDOW.intersect(TimeRange.parse("18:00-20:00")).is_empty()
    assert not DEFAULT_WINDOW.is_empty()


# --------------------------------------------------------------------------- quiet hours


@pytest.mark.parametrize(
    ("configured", "state", "allowed"),
    [
        ("07:00-22:00", None, "08:00-21:00"),
        ("07:00-22:00", "FL", "08:00-20:00"),
        ("07:00-22:00", "ri", "09:00-18:00"),
        ("07:00-22:00", "CT", "09:00-20:00"),
        ("12:00-23:00", "OK", "12:00-20:00"),
        ("10:00-19:00", "TX", "10:00-19:00"),
    ],
)
def test_quiet_hours_never_wider_than_the_law(
    configured: str, state: str | None, allowed: str
) -> None:
    assert str(quiet_hours_for(TimeRange.parse(configured), state)) == allowed


def test_quiet_hours_that_leave_no_time_are_an_error() -> None:
    with pytest.raises(
        ValueError, match=r"18:30-20:00 .* RI, where the law allows only 09:00-18:00"
    ):
        quiet_hours_for(TimeRange.parse("18:30-20:00"), "RI")


def test_florida_text_after_8pm_waits_for_next_morning() -> None:
    fl = calendar(NY, window=["Daily 07:00-22:00"], quiet=quiet_hours_for(TCPA_HOURS, "FL"))
    slot = fl.next_slot(datetime(2026, 6, 15, 20, 15, tzinfo=NY))
    assert slot is not None
    assert (wall(slot[0], NY), wall(slot[1], NY)) == (
        "Tue 2026-06-16 08:00",
        "Tue 2026-06-16 20:00",
    )


# --------------------------------------------------------------------------- holidays


@pytest.mark.parametrize(
    ("codes", "day", "is_holiday"),
    [
        (("US",), date(2026, 11, 26), True),  # Thanksgiving
        (("US",), date(2026, 11, 27), False),
        (("US-CA",), date(2026, 11, 27), True),  # California's day after Thanksgiving
        (("GB",), date(2026, 12, 28), True),  # Boxing Day, observed on Monday
        (("GB",), date(2026, 11, 26), False),
        (("GB-ENG",), date(2026, 8, 31), True),  # Summer bank holiday in England only
        (("DE-BY",), date(2026, 1, 6), True),  # Epiphany in Bavaria
        (("us", "GB"), date(2026, 11, 26), True),
        (("us", "GB"), date(2026, 12, 28), True),
    ],
)
def test_holiday_calendar(codes: tuple[str, ...], day: date, is_holiday: bool) -> None:
    assert holiday_calendar(codes)(day) is is_holiday


def test_holiday_calendar_is_built_once() -> None:
    assert holiday_calendar(("US-CA", "GB")) is holiday_calendar(("gb", "us-ca"))


@pytest.mark.parametrize(
    ("code", "says"),
    [("XX", 'unknown country "XX"; use a two-letter country code'), ("US-ZZ", "US-CA")],
)
def test_unknown_holiday_codes(code: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        check_holiday_code(code)
    with pytest.raises(ValueError, match=says):
        holiday_calendar((code,))


# --------------------------------------------------------------------------- add


@pytest.mark.parametrize(
    ("zone", "codes", "start", "amount", "expected"),
    [
        (NY, (), datetime(2026, 6, 12, 10, 0), 1, "Mon 2026-06-15 10:00"),  # Friday -> Monday
        (NY, (), datetime(2026, 11, 25, 10, 15), 3, "Mon 2026-11-30 10:15"),
        (NY, ("US",), datetime(2026, 11, 25, 10, 15), 3, "Tue 2026-12-01 10:15"),  # Thanksgiving
        (LONDON, ("GB",), datetime(2026, 12, 24, 9, 30), 1, "Tue 2026-12-29 09:30"),
        (LONDON, ("GB-ENG",), datetime(2026, 8, 28, 9, 30), 1, "Tue 2026-09-01 09:30"),
    ],
)
def test_business_days_skip_weekends_and_holidays(
    zone: ZoneInfo, codes: tuple[str, ...], start: datetime, amount: int, expected: str
) -> None:
    later = calendar(zone, holidays=codes).add(
        start.replace(tzinfo=zone), amount, Unit.BUSINESS_DAYS
    )
    assert wall(later, zone) == expected


@pytest.mark.parametrize(
    ("zone", "start", "expected_local", "expected_utc"),
    [
        (NY, datetime(2026, 3, 6, 9, 30), "Mon 2026-03-09 09:30", utc(2026, 3, 9, 13, 30)),
        (NY, datetime(2026, 10, 30, 9, 30), "Mon 2026-11-02 09:30", utc(2026, 11, 2, 14, 30)),
        (BERLIN, datetime(2026, 3, 26, 9, 30), "Sun 2026-03-29 09:30", utc(2026, 3, 29, 7, 30)),
        (BERLIN, datetime(2026, 10, 22, 9, 30), "Sun 2026-10-25 09:30", utc(2026, 10, 25, 8, 30)),
    ],
)
def test_three_days_across_dst_keeps_the_local_time(
    zone: ZoneInfo, start: datetime, expected_local: str, expected_utc: datetime
) -> None:
    later = calendar(zone).add(start.replace(tzinfo=zone), 3, Unit.DAYS)
    assert (wall(later, zone), later) == (expected_local, expected_utc)


@pytest.mark.parametrize(
    ("zone", "start", "expected_local"),
    [
        (NY, datetime(2026, 3, 8, 0, 30), "Sun 2026-03-08 05:30"),  # clocks jump 02:00 -> 03:00
        (NY, datetime(2026, 11, 1, 0, 30), "Sun 2026-11-01 03:30"),  # 01:00-02:00 happens twice
        (BERLIN, datetime(2026, 3, 29, 0, 30), "Sun 2026-03-29 05:30"),
        (BERLIN, datetime(2026, 10, 25, 0, 30), "Sun 2026-10-25 03:30"),
    ],
)
def test_four_hours_across_dst_is_four_real_hours(
    zone: ZoneInfo, start: datetime, expected_local: str
) -> None:
    begin = start.replace(tzinfo=zone)
    later = calendar(zone).add(begin, 4, Unit.HOURS)
    assert wall(later, zone) == expected_local
    assert (later - begin).total_seconds() == 4 * 3600


@pytest.mark.parametrize(
    ("start", "amount", "unit", "expected_local"),
    [
        (datetime(2026, 3, 7, 2, 30), 1, Unit.DAYS, "Sun 2026-03-08 03:30"),  # 02:30 doesn't exist
        (datetime(2026, 10, 31, 1, 30), 1, Unit.DAYS, "Sun 2026-11-01 01:30"),
        (datetime(2026, 1, 31, 9, 0), 1, Unit.MONTHS, "Sat 2026-02-28 09:00"),
        (datetime(2026, 10, 31, 9, 0), 1, Unit.MONTHS, "Mon 2026-11-30 09:00"),
        (datetime(2026, 12, 1, 9, 0), 2, Unit.WEEKS, "Tue 2026-12-15 09:00"),
    ],
)
def test_add_calendar_units(start: datetime, amount: int, unit: Unit, expected_local: str) -> None:
    assert wall(calendar(NY).add(start.replace(tzinfo=NY), amount, unit), NY) == expected_local


def test_repeated_hour_takes_the_first_occurrence() -> None:
    later = calendar(NY).add(datetime(2026, 10, 31, 1, 30, tzinfo=NY), 1, Unit.DAYS)
    assert later == utc(2026, 11, 1, 5, 30)  # 01:30 EDT, not the 01:30 EST an hour later


def test_months_clamp_to_leap_day() -> None:
    later = calendar(NY).add(datetime(2028, 1, 31, 9, 0, tzinfo=NY), 1, Unit.MONTHS)
    assert wall(later, NY) == "Tue 2028-02-29 09:00"


# --------------------------------------------------------------------------- next_slot and place


@pytest.mark.parametrize(
    ("zone", "window", "now", "opens", "closes"),
    [
        (NY, "Mon-Fri 09:00-17:00", datetime(2026, 6, 12, 17, 30), "Mon 2026-06-15 09:00", "17:00"),
        (NY, "Sun 02:00-04:00", datetime(2026, 3, 7, 12, 0), "Sun 2026-03-08 03:00", "04:00"),
        (BERLIN, "Sun 02:30-05:00", datetime(2026, 3, 28, 12, 0), "Sun 2026-03-29 03:30", "05:00"),
    ],
)
def test_next_slot_skips_weekends_and_opens_after_a_dst_gap(
    zone: ZoneInfo, window: str, now: datetime, opens: str, closes: str
) -> None:
    slot = calendar(zone, window=[window]).next_slot(now.replace(tzinfo=zone))
    assert slot is not None
    assert (wall(slot[0], zone), wall(slot[1], zone)[-5:]) == (opens, closes)


def test_next_slot_skips_thanksgiving() -> None:
    us = calendar(NY, holidays=("US",))
    slot = us.next_slot(datetime(2026, 11, 25, 17, 30, tzinfo=NY))
    assert slot is not None and wall(slot[0], NY) == "Fri 2026-11-27 09:00"


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
    assert len(set(local)) > 120
    assert all(t is not None and t.second == 0 and t.microsecond == 0 for t in sent)
    assert sent == [tue_thu.place(friday_evening, f"cand-{n}:initial") for n in range(500)]


@pytest.mark.parametrize(
    ("now_ny", "opens_ny"),
    [
        (datetime(2026, 6, 15, 8, 30), "Mon 2026-06-15 11:00"),  # 05:30 in LA: too early there
        (datetime(2026, 6, 15, 20, 30), "Mon 2026-06-15 20:30"),  # 17:30 in LA: fine in both
        (datetime(2026, 6, 15, 21, 30), "Tue 2026-06-16 11:00"),  # after 21:00 in New York
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
    ("window", "codes", "deadline", "not_before", "expected_day"),
    [
        ("Tue-Thu 09:00-11:30", (), date(2026, 12, 18), datetime(2026, 12, 1), "Thu 2026-12-17"),
        (
            "Mon-Fri 09:00-17:00",
            ("US",),
            date(2026, 11, 26),
            datetime(2026, 11, 2),
            "Wed 2026-11-25",
        ),
    ],
)
def test_latest_on_or_before_picks_the_last_working_day(
    window: str, codes: tuple[str, ...], deadline: date, not_before: datetime, expected_day: str
) -> None:
    cal = calendar(NY, window=[window], holidays=codes)
    sent = cal.latest_on_or_before(deadline, not_before.replace(tzinfo=NY), "cand-7:final")
    assert wall(sent, NY)[:14] == expected_day
    slot = cal.next_slot(datetime.combine(date.fromisoformat(expected_day[4:]), time(), NY))
    assert slot is not None and sent is not None and slot[0] <= sent < slot[1]


def test_latest_on_or_before_respects_not_before() -> None:
    cal = calendar(NY, window=["Tue-Thu 09:00-11:30"])
    thursday_10 = datetime(2026, 12, 17, 10, 0, tzinfo=NY)
    assert cal.latest_on_or_before(date(2026, 12, 18), thursday_10, "x") == thursday_10
    thursday_noon = datetime(2026, 12, 17, 12, 0, tzinfo=NY)
    assert cal.latest_on_or_before(date(2026, 12, 18), thursday_noon, "x") is None
    assert cal.latest_on_or_before(date(2026, 12, 16), thursday_10, "x") is None
