"""Reading what recruiters write about time: waits, hours and send windows.

Error messages are asserted in the words a recruiter reads: what is wrong, then how to fix it.
"""

from __future__ import annotations

from datetime import time

import pytest

from sequencer.spec.timetext import DEFAULT_WINDOW, SendWindow, TimeRange, Unit, Wait, seed_bits

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


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
        # The longest waits allowed: about 3 years in each unit.
        ("36 months", 36, 36, Unit.MONTHS, "36 months"),
        ("1-156 weeks", 1, 156, Unit.WEEKS, "1-156 weeks"),
        ("1095 days", 1095, 1095, Unit.DAYS, "1095 days"),
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
        ("4000000 days", "4000000 days is longer than 3 years; write at most 1095 days, e.g."),
        ("2-37 months", "37 months is longer than 3 years; write at most 36 months"),
        ("1.5 days", 'a wait is a whole number of its unit; use whole numbers, e.g. "36 hours"'),
        ("2-2,5 weeks", "use whole numbers"),
    ],
)
def test_wait_parse_errors_say_what_and_how(text: str, says: str) -> None:
    with pytest.raises(ValueError) as caught:
        Wait.parse(text)
    assert str(caught.value).startswith(f'cannot read wait "{text}": ')
    assert says in str(caught.value)
    assert "e.g." in str(caught.value)


def test_waits_built_in_code_are_bounded_too() -> None:
    with pytest.raises(
        ValueError, match="a wait of 1-4000000 days is longer than 3 years: at most 1095 days"
    ):
        Wait(1, 4_000_000, Unit.DAYS)
    with pytest.raises(ValueError, match="0 <= low <= high"):
        Wait(5, 3, Unit.DAYS)


def test_wait_pick_is_repeatable_and_uses_the_whole_range() -> None:
    wait = Wait.parse("3-5 business days")
    picks = [wait.pick(f"candidate-{n}:follow-up-1") for n in range(600)]
    assert picks == [wait.pick(f"candidate-{n}:follow-up-1") for n in range(600)]
    assert all(picks.count(days) > 150 for days in (3, 4, 5))
    assert set(picks) == {3, 4, 5}
    assert {Wait.parse("7-10 days").pick(str(n)) for n in range(200)} == {7, 8, 9, 10}


def test_seed_bits_parts_are_unrelated() -> None:
    assert seed_bits("cand-7", 0) != seed_bits("cand-7", 1)
    assert all(0 <= seed_bits(str(n), 1) < 2**64 for n in range(100))


# --------------------------------------------------------------------------- hours


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


# --------------------------------------------------------------------------- send windows


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


def test_send_window_intersect_with_hours() -> None:
    assert slots(DEFAULT_WINDOW.intersect(TimeRange.parse("08:00-10:00")))["Mon"] == "09:00-10:00"
    assert DEFAULT_WINDOW.intersect(TimeRange.parse("18:00-20:00")).is_empty()


def test_send_window_intersect_with_another_window_keeps_every_overlap() -> None:
    office = SendWindow.parse(["Mon-Fri 09:00-12:00", "Mon-Fri 13:00-17:00"])
    rule = SendWindow.parse(["Mon-Wed 11:00-14:00", "Fri 16:30-20:00", "Sat 10:00-12:00"])
    expected = dict.fromkeys(["Mon", "Tue", "Wed"], "11:00-12:00, 13:00-14:00")
    assert slots(office.intersect(rule)) == expected | {"Fri": "16:30-17:00"}
    assert office.intersect(rule) == rule.intersect(office)


def test_send_window_intersect_merges_slots_that_touch() -> None:
    # Built directly (not parsed), so the slots arrive unmerged: the result is still clean.
    split = (TimeRange(time(9), time(10)), TimeRange(time(10), time(11)))
    window = SendWindow((split, (), (), (), (), (), ()))
    assert slots(window.intersect(TimeRange.parse("08:00-20:00"))) == {"Mon": "09:00-11:00"}
    assert str(window.intersect(SendWindow.parse(["Tue 09:00-17:00"]))) == "never"


def test_equal_send_windows_are_one_cache_key() -> None:
    # The hash is computed once, when the window is made: written differently, the same
    # hours are still equal and hash alike; other hours are another key.
    a = SendWindow.parse(["Mon-Fri 09:00-12:00", "Mon-Fri 11:00-17:00"])
    b = SendWindow.parse(["Weekdays 09:00-17:00"])
    c = SendWindow.parse(["Mon-Thu 09:00-17:00"])
    assert a == b and hash(a) == hash(b)
    assert {a: "x"}[b] == "x" and c not in {a: "x"}
    assert hash(a.intersect(TimeRange.parse("10:00-11:00"))) == hash(
        SendWindow.parse(["Mon-Fri 10:00-11:00"])
    )
