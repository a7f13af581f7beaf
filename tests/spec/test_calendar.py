"""Time math on real dates: the law for texts and calls, weekends, holidays, DST changes and
far-away time zones.

Every assertion is about a clock someone would read: the candidate's, or the recruiter's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from sequencer.spec.calendar import (
    STATE_RULES,
    TCPA_HOURS,
    TCPA_WINDOW,
    LocalCalendar,
    check_holiday_code,
    holiday_calendar,
    phone_window,
    state_rule_text,
    supports_holidays,
)
from sequencer.spec.timetext import SendWindow, TimeRange, Unit, Wait

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
CHICAGO = ZoneInfo("America/Chicago")
LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
KOLKATA = ZoneInfo("Asia/Kolkata")
SYDNEY = ZoneInfo("Australia/Sydney")
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ALWAYS = ("Daily 00:00-23:59",)


def calendar(
    *zones: ZoneInfo,
    window: Sequence[str] = ("Mon-Fri 09:00-17:00",),
    holidays: tuple[str, ...] = (),
    quiet: TimeRange | None = None,
    states: tuple[str, ...] = (),
) -> LocalCalendar:
    """A calendar for email, or for texts and calls when `quiet` hours are given."""
    send_window = SendWindow.parse(window)
    if quiet is not None:
        send_window = phone_window(send_window, quiet, states)
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


# --------------------------------------------------------------------------- texts and calls

WIDE_OPEN = TimeRange.parse("07:00-22:00")  # configured quiet hours wider than any law


@pytest.mark.parametrize(
    ("states", "allowed"),
    [
        ((), dict.fromkeys(DAYS, "08:00-21:00")),  # federal law (TCPA) only
        (("TX", None, "", "ZZ"), dict.fromkeys(DAYS, "08:00-21:00")),  # no stricter rule known
        (("FL",), dict.fromkeys(DAYS, "08:00-20:00")),
        ((" ma ",), dict.fromkeys(DAYS, "08:00-20:00")),
        (("CT",), dict.fromkeys(DAYS, "09:00-20:00")),
        (("AL",), dict.fromkeys(DAYS[:6], "08:00-20:00")),  # and never on a Sunday
        (("la",), dict.fromkeys(DAYS[:6], "08:00-20:00")),
        (("MS",), dict.fromkeys(DAYS[:6], "08:00-21:00")),
        (("ri",), dict.fromkeys(DAYS[:5], "09:00-18:00") | {"Sat": "10:00-17:00"}),
        # Unsure which state: every state's rule applies.
        (("CT", "AL"), dict.fromkeys(DAYS[:6], "09:00-20:00")),
        (("FL", "RI"), dict.fromkeys(DAYS[:5], "09:00-18:00") | {"Sat": "10:00-17:00"}),
        ("RI", dict.fromkeys(DAYS[:5], "09:00-18:00") | {"Sat": "10:00-17:00"}),  # not "R", "I"
    ],
)
def test_phone_window_is_never_wider_than_the_law(
    states: tuple[str | None, ...], allowed: dict[str, str]
) -> None:
    assert slots(phone_window(SendWindow.parse(ALWAYS), WIDE_OPEN, states)) == allowed


def test_phone_window_keeps_the_step_window_and_the_configured_quiet_hours() -> None:
    step = SendWindow.parse(["Mon-Fri 17:00-19:30", "Sat-Sun 09:30-12:00"])
    allowed = phone_window(step, TimeRange.parse("09:00-19:00"), ["RI"])
    assert slots(allowed) == dict.fromkeys(DAYS[:5], "17:00-18:00") | {"Sat": "10:00-12:00"}


def test_phone_window_may_leave_no_time_at_all() -> None:
    late = TimeRange.parse("21:30-22:00")
    assert phone_window(SendWindow.parse(ALWAYS), late, []).is_empty()
    evenings = SendWindow.parse(["Mon-Fri 18:30-20:00"])
    assert phone_window(evenings, WIDE_OPEN, ["RI"]).is_empty()
    assert not phone_window(evenings, WIDE_OPEN, ["FL"]).is_empty()


def test_phone_windows_are_computed_once_and_never_mixed_up() -> None:
    # Cached by the window, the quiet hours and the states: asking again gives the same
    # window, and a different state, window or quiet hours gives its own.
    step = SendWindow.parse(["Mon-Sat 09:00-20:30"])
    rhode_island = phone_window(step, WIDE_OPEN, ["RI"])
    assert phone_window(SendWindow.parse(["Mon-Sat 09:00-20:30"]), WIDE_OPEN, [" ri"]) is (
        rhode_island
    )
    assert slots(phone_window(step, WIDE_OPEN, ["FL"]))["Sat"] == "09:00-20:00"
    assert slots(rhode_island)["Sat"] == "10:00-17:00"
    assert slots(phone_window(step, TimeRange.parse("09:00-12:00"), ["FL"]))["Sat"] == "09:00-12:00"
    assert slots(phone_window(SendWindow.parse(["Sat 13:00-14:00"]), WIDE_OPEN, ["RI"])) == {
        "Sat": "13:00-14:00"
    }


def test_legal_hours_read_as_written_in_the_compliance_notes() -> None:
    assert slots(TCPA_WINDOW) == dict.fromkeys(DAYS, "08:00-21:00")
    assert str(TCPA_HOURS) == "08:00-21:00"
    assert sorted(STATE_RULES) == ["AL", "CT", "FL", "LA", "MA", "MD", "MS", "OK", "RI"]
    assert state_rule_text("ri") == "RI: Mon-Fri 09:00-18:00; Sat 10:00-17:00"
    assert state_rule_text("AL") == "AL: Mon-Sat 08:00-20:00"
    assert state_rule_text("TX") is None and state_rule_text(None) is None


@pytest.mark.parametrize(
    ("zone", "state", "now", "opens", "closes"),
    [
        (NY, "FL", "2026-06-15 20:15", "Tue 2026-06-16 08:00", "20:00"),  # Monday evening
        (NY, "RI", "2026-06-20 09:30", "Sat 2026-06-20 10:00", "17:00"),  # Saturday morning
        (NY, "RI", "2026-06-20 17:30", "Mon 2026-06-22 09:00", "18:00"),  # nothing on Sunday
        (NY, "RI", "2026-06-21 12:00", "Mon 2026-06-22 09:00", "18:00"),  # Sunday noon
        (CHICAGO, "AL", "2026-06-21 10:00", "Mon 2026-06-22 08:00", "20:00"),
        (CHICAGO, "MS", "2026-06-20 20:30", "Sat 2026-06-20 20:30", "21:00"),
        (CHICAGO, "TX", "2026-06-21 10:00", "Sun 2026-06-21 10:00", "21:00"),
    ],
)
def test_texts_wait_for_the_states_legal_hours_and_days(
    zone: ZoneInfo, state: str, now: str, opens: str, closes: str
) -> None:
    cal = calendar(zone, window=ALWAYS, quiet=WIDE_OPEN, states=(state,))
    slot = cal.next_slot(at(zone, now))
    assert slot is not None
    assert (wall(slot[0], zone), wall(slot[1], zone)[-5:]) == (opens, closes)


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


def test_every_country_the_holidays_package_lists_is_a_calendar() -> None:
    # A code without a region is checked against the package's registry, which needs none of
    # its 250 calendars imported (`validate` of the shipped sequences then imports none): the
    # same codes, aliases too, as the full listing gives.
    import holidays

    listed = holidays.list_supported_countries()
    for country in listed:
        check_holiday_code(country)
    for unknown in ("XX", "U", "USAX", "EU"):
        assert (unknown in listed) == supports_holidays(unknown)


@pytest.mark.parametrize("code", ["US", "us-ca", " GB ", "DE-BY", "IN"])
def test_supports_holidays_for_known_calendars(code: str) -> None:
    assert supports_holidays(code)


# Ascension Island and Tristan da Cunha: real ISO codes phone numbers give, with no calendar.
@pytest.mark.parametrize("code", ["AC", "TA", "XX", "US-ZZ", ""])
def test_supports_holidays_is_false_rather_than_raising(code: str) -> None:
    assert not supports_holidays(code)


@dataclass  # mutable with __eq__, so unhashable
class _DaysOff:
    days: set[date]

    def __call__(self, day: date) -> bool:
        return day in self.days


def test_a_calendar_needs_a_hashable_holiday_test() -> None:
    # Allowed times are cached per holiday test: refuse one that can't be a cache key now,
    # rather than at the first lookup deep in the planner.
    with pytest.raises(TypeError, match="is_holiday must be hashable"):
        LocalCalendar((NY,), SendWindow.parse(ALWAYS), _DaysOff({date(2026, 12, 25)}))


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


def test_business_days_are_counted_with_each_calendars_own_holidays() -> None:
    # Counted business days are cached per holiday calendar: the same day and wait in another
    # country, or with no holidays, is counted on its own.
    start = at(NY, "2026-11-25 10:15")  # the day before Thanksgiving
    us = calendar(NY, holidays=("US",)).add(start, 1, Unit.BUSINESS_DAYS)
    none = calendar(NY).add(start, 1, Unit.BUSINESS_DAYS)
    gb = calendar(NY, holidays=("GB",)).add(start, 1, Unit.BUSINESS_DAYS)
    assert (wall(us, NY), wall(none, NY), wall(gb, NY)) == (
        "Fri 2026-11-27 10:15",
        "Thu 2026-11-26 10:15",
        "Thu 2026-11-26 10:15",
    )
    assert wall(calendar(NY, holidays=("US",)).add(start, 1, Unit.BUSINESS_DAYS), NY) == (
        "Fri 2026-11-27 10:15"
    )


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


@pytest.mark.parametrize("unit", list(Unit))
@pytest.mark.parametrize(
    "start",
    [
        "2026-11-01T01:30-04:00",  # New York falls back: the first 01:30 (EDT)
        "2026-11-01T01:30-05:00",  # ...and the second (EST), which fold=0 alone would lose
        "2026-03-08T03:30-04:00",  # just after springing forward
        "2026-06-13T10:17:42-04:00",  # a Saturday, with seconds
    ],
)
def test_adding_nothing_keeps_the_time(start: str, unit: Unit) -> None:
    t = datetime.fromisoformat(start)
    assert calendar(NY, holidays=("US",)).add(t, 0, unit) == t


def test_a_wait_never_goes_backwards_across_a_repeated_hour() -> None:
    second_0130 = datetime.fromisoformat("2026-11-01T01:30-05:00")
    cal = calendar(NY)
    assert wall(cal.add(second_0130, 1, Unit.DAYS), NY) == "Mon 2026-11-02 01:30"
    assert cal.add(datetime.fromisoformat("2026-10-31T01:30-04:00"), 1, Unit.DAYS) < second_0130
    assert cal.add(second_0130, -1, Unit.DAYS) < second_0130


@pytest.mark.parametrize("text", ["36 months", "156 weeks", "750 business days", "1095 days"])
def test_the_longest_waits_stay_within_the_calendar(text: str) -> None:
    wait = Wait.parse(text)
    later = calendar(NY, holidays=("US",)).add(at(NY, "2026-11-25 10:15"), wait.high, wait.unit)
    assert wall(later, NY)[4:8] == "2029"


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
    "now",
    [
        datetime(2026, 6, 16, 9, 0, tzinfo=NY),  # a batch enrolled as the window opens
        datetime(2026, 6, 16, 10, 17, 42, tzinfo=NY),  # ...or while it is open
        datetime(2026, 6, 15, 18, 0, tzinfo=NY),  # ...or before it opens
    ],
)
def test_spread_from_spreads_a_batch_over_the_rest_of_the_window(now: datetime) -> None:
    tue_thu = calendar(NY, window=["Tue-Thu 09:00-11:30"])
    closes = datetime(2026, 6, 16, 11, 30, tzinfo=NY)
    opens = max(now, datetime(2026, 6, 16, 9, 0, tzinfo=NY))
    sent = [tue_thu.spread_from(now, f"cand-{n}:initial") for n in range(50)]
    times = sorted(t for t in sent if t is not None)
    assert len(times) == 50 and all(opens <= t < closes for t in times)
    assert all(t.second == 0 and t.microsecond == 0 for t in times)
    assert len(set(times)) > 30  # not everyone at `now`
    assert times[0] - opens < timedelta(minutes=15) and closes - times[-1] < timedelta(minutes=15)
    assert sent == [tue_thu.spread_from(now, f"cand-{n}:initial") for n in range(50)]


def test_spread_from_keeps_the_time_when_no_whole_minute_is_left() -> None:
    almost_closed = datetime(2026, 6, 16, 11, 29, 30, tzinfo=NY)
    assert calendar(NY, window=["Tue-Thu 09:00-11:30"]).spread_from(almost_closed, "x") == (
        almost_closed
    )


def test_spread_from_gives_none_when_nothing_is_ever_allowed() -> None:
    never = calendar(NY, window=["Mon-Fri 06:00-07:30"], quiet=TCPA_HOURS)
    assert never.spread_from(datetime(2026, 6, 15, 12, 0, tzinfo=NY), "x") is None


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
