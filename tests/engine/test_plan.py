"""The planner on real dates: when, on which channel, and whether each step reaches a person."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from sequencer.engine.plan import Touch, plan, plan_step
from sequencer.people.candidate import Candidate
from sequencer.spec.channel import Channel
from sequencer.spec.sequence import Sequence

NEW_YORK = ZoneInfo("America/New_York")
ALEX = Candidate(email="alex@example.com", first_name="Alex", timezone="America/New_York")


def sequence(*steps: dict[str, Any], **settings: Any) -> Sequence:
    defaults = {"name": "s", "timezone": "America/New_York", "holidays": ["US"]}
    return Sequence.model_validate(defaults | settings | {"steps": list(steps)})


def email(step_id: str, **extra: Any) -> dict[str, Any]:
    return {"id": step_id, "channel": "email", "template": "t"} | extra


def at(text: str, zone: str = "America/New_York") -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def local(touch: Touch, zone: str | None = None) -> str:
    assert touch.send_at is not None, touch.skipped
    return touch.send_at.astimezone(ZoneInfo(zone) if zone else touch.zone).strftime(
        "%a %Y-%m-%d %H:%M"
    )


# --- calendar ---------------------------------------------------------------------------------


def test_business_days_skip_the_weekend_and_thanksgiving() -> None:
    seq = sequence(email("a"), email("b", wait="3 business days"))
    first, second = plan(seq, ALEX, at("2026-11-23T09:00"))
    assert local(first).startswith("Mon 2026-11-23 ")
    # Tue 24, Wed 25, (Thanksgiving Thu 26), Fri 27
    assert local(second).startswith("Fri 2026-11-27 ")


def test_the_candidates_country_adds_its_own_holidays() -> None:
    seq = sequence(email("a"), email("b", wait="1 business day"))
    start = at("2026-12-24T10:00", "Europe/London")
    london = Candidate(email="o@example.org", timezone="Europe/London", country="GB")
    new_york = Candidate(email="n@example.org", timezone="America/New_York", country="US")
    # Christmas Fri 25 in both; Boxing Day (Sat 26) is observed in England on Mon 28.
    assert local(plan(seq, london, start)[1]).startswith("Tue 2026-12-29 ")
    assert local(plan(seq, new_york, start)[1]).startswith("Mon 2026-12-28 ")


def test_no_send_on_a_public_holiday_even_inside_the_window() -> None:
    seq = sequence(email("a"))
    [touch] = plan(seq, ALEX, at("2026-11-26T10:00"))  # Thanksgiving
    assert local(touch).startswith("Fri 2026-11-27 ")


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("2026-10-30T10:00", "Mon 2026-11-02 10:00"),  # New York falls back on Sun 1 Nov 2026
        ("2026-03-06T10:00", "Mon 2026-03-09 10:00"),  # ...and springs forward on Sun 8 Mar
    ],
)
def test_days_keep_the_local_window_across_daylight_saving(start: str, expected: str) -> None:
    one_minute = ["Daily 10:00-10:01"]  # pins the minute, so the local time is exact
    seq = sequence(email("a"), email("b", wait="3 days"), send_window=one_minute, holidays=[])
    first, second = plan(seq, ALEX, at(start))
    assert local(first)[-5:] == "10:00"
    assert local(second) == expected
    assert second.send_at is not None and first.send_at is not None
    assert second.send_at - first.send_at != timedelta(days=3)  # 3 days ± the hour that moved


@pytest.mark.parametrize(
    ("start", "hours_on_the_clock"),
    [("2026-10-31T23:00", 3), ("2026-03-07T23:00", 5)],  # fall back / spring forward
)
def test_hours_are_elapsed_time_across_daylight_saving(start: str, hours_on_the_clock: int) -> None:
    every_day = ["Mon-Sun 00:00-23:59"]
    seq = sequence(email("a"), email("b", wait="4 hours"), send_window=every_day, holidays=[])
    first, second = plan(seq, ALEX, at(start))
    assert first.send_at is not None and second.send_at is not None
    assert second.send_at - first.send_at == timedelta(hours=4)
    clock = (int(local(second)[-5:-3]) - int(local(first)[-5:-3])) % 24
    assert clock == hours_on_the_clock


def test_window_is_the_candidates_morning_even_when_it_is_the_recruiters_night() -> None:
    seq = sequence(email("a"), send_window=["Tue-Thu 09:00-11:30"], holidays=["IN"])
    priya = Candidate(email="p@example.com", timezone="Asia/Kolkata", country="IN")
    [touch] = plan(seq, priya, at("2026-11-30T12:00", "America/Los_Angeles"))
    assert local(touch).startswith("Tue 2026-12-01 ")
    assert "09:00" <= local(touch)[-5:] < "11:30"
    # For a recruiter in Los Angeles that is Monday evening, 19:30 to 22:00.
    recruiter = local(touch, "America/Los_Angeles")
    assert recruiter.startswith("Mon 2026-11-30 ") and "19:30" <= recruiter[-5:] < "22:00"


def test_candidates_without_a_zone_use_the_sequence_default() -> None:
    seq = sequence(email("a"), timezone="Europe/Berlin", holidays=[])
    [touch] = plan(seq, Candidate(email="x@example.de"), at("2026-11-23T10:00", "Europe/Berlin"))
    assert touch.zone == ZoneInfo("Europe/Berlin") and local(touch).startswith("Mon 2026-11-23 ")
    assert "10:00" <= local(touch)[-5:] < "17:00"


def test_waits_resolve_deterministically_and_spread_across_people() -> None:
    seq = sequence(email("a"), email("b", wait="3-5 business days"))
    start = at("2026-11-23T09:00")
    people = [Candidate(email=f"p{n}@example.com", timezone="America/New_York") for n in range(40)]
    first_run = [local(plan(seq, p, start)[1]) for p in people]
    assert first_run == [local(plan(seq, p, start)[1]) for p in people]
    assert len({when[:14] for when in first_run}) == 3  # three different days used


@pytest.mark.parametrize("start", ["2026-11-23T12:00", "2026-11-24T09:00"])
def test_a_batch_is_spread_inside_the_window_not_all_sent_at_opening(start: str) -> None:
    # Enrolled before the window opens, or right at 09:00 inside it: either way spread out,
    # and so is every later step.
    seq = sequence(
        email("a"),
        email("b", wait="3-5 business days"),
        send_window=["Tue-Thu 09:00-11:30"],
        holidays=[],
    )
    people = [Candidate(email=f"p{n}@example.com", timezone="America/New_York") for n in range(50)]
    for step in (0, 1):
        times = {local(plan(seq, p, at(start))[step])[-5:] for p in people}
        assert len(times) > 20 and min(times) >= "09:00" and max(times) < "11:30"


# --- texts and calls ----------------------------------------------------------------------------


def sms_sequence(**settings: Any) -> Sequence:
    step = {"id": "text", "channel": "sms", "template": "t"}
    return sequence(step, send_window=["Mon-Fri 18:00-23:00"], holidays=[], **settings)


def test_texts_never_leave_the_legal_hours_whatever_the_file_says() -> None:
    person = Candidate(phone="+12065550123", sms_consent=True, timezone="America/Los_Angeles")
    seq = sms_sequence(quiet_hours="07:00-23:00")
    [touch] = plan(seq, person, at("2026-11-23T20:59", "America/Los_Angeles"))
    assert local(touch) == "Mon 2026-11-23 20:59"
    [late] = plan(seq, person, at("2026-11-23T21:00", "America/Los_Angeles"))
    assert local(late).startswith("Tue 2026-11-24 ") and "18:00" <= local(late)[-5:] < "21:00"


def test_stricter_state_hours_apply_to_florida_numbers() -> None:
    # No state column: the 305 area code says Florida, where texts end at 20:00.
    nina = Candidate(phone="+13055550191", sms_consent=True, timezone="America/New_York")
    [touch] = plan(sms_sequence(), nina, at("2026-11-23T20:30"))
    assert local(touch).startswith("Tue 2026-11-24 ") and local(touch)[-5:] < "20:00"


def test_no_texts_on_sunday_to_rhode_island_and_saturday_only_10_to_17() -> None:
    person = Candidate(phone="+14015550123", sms_consent=True, timezone="America/New_York")
    seq = sequence(
        {"id": "t", "channel": "sms", "template": "t"},
        send_window=["Daily 09:00-20:00"],
        holidays=[],
    )
    [saturday] = plan(seq, person, at("2026-06-20T17:30"))
    assert local(saturday).startswith("Mon 2026-06-22 ") and local(saturday)[-5:] < "18:00"
    [morning] = plan(seq, person, at("2026-06-20T08:00"))
    assert local(morning).startswith("Sat 2026-06-20 ")
    assert "10:00" <= local(morning)[-5:] < "17:00"


def test_a_zone_on_file_that_disagrees_with_the_number_never_means_a_night_text() -> None:
    # Exported data says UTC, the number rings in San Francisco: both must be daytime.
    person = Candidate(phone="+14155550142", sms_consent=True, timezone="UTC")
    for start in ("2026-03-02T07:00", "2026-03-02T13:00", "2026-03-02T20:00"):
        [touch] = plan(sms_sequence_daily(), person, at(start, "UTC"))
        pacific = local(touch, "America/Los_Angeles")[-5:]
        utc = local(touch, "UTC")[-5:]
        assert "08:00" <= pacific < "21:00" and "08:00" <= utc < "21:00"


def sms_sequence_daily() -> Sequence:
    step = {"id": "text", "channel": "sms", "template": "t"}
    return sequence(step, send_window=["Daily 00:00-23:59"], holidays=[])


def test_texts_fall_back_when_the_law_leaves_no_hours() -> None:
    person = Candidate(
        email="f@example.com", phone="+13055550191", sms_consent=True, timezone="America/New_York"
    )
    seq = sequence(
        {"id": "t", "channel": "sms", "fallback": "email", "template": "t"},
        quiet_hours="20:15-21:00",
        holidays=[],
    )
    [touch] = plan(seq, person, at("2026-11-23T09:00"))
    assert touch.channel is Channel.EMAIL
    assert "fell back to email: no sms hours" in touch.notes[0] and "FL" in touch.notes[0]


def test_an_unusual_country_code_never_breaks_planning() -> None:
    person = Candidate(email="a@example.com", timezone="Atlantic/St_Helena", country="AC")
    [touch] = plan(sequence(email("a"), holidays=[]), person, at("2026-11-23T09:00"))
    assert touch.sends


def test_a_text_to_a_number_without_a_known_zone_uses_the_numbers_zone() -> None:
    # No timezone column: a 206 (Seattle) number is reached in Pacific time, not New York's.
    person = Candidate(phone="+12065550123", sms_consent=True)
    [touch] = plan(sms_sequence(), person, at("2026-11-23T20:30"))
    assert touch.zone == ZoneInfo("America/Los_Angeles")
    assert "18:00" <= local(touch)[-5:] < "21:00"


# --- channels -----------------------------------------------------------------------------------


def test_linkedin_falls_back_to_email_without_a_profile_and_says_why() -> None:
    seq = sequence({"id": "li", "channel": "linkedin", "fallback": "email", "template": "t"})
    [touch] = plan(seq, ALEX, at("2026-11-23T09:00"))
    assert touch.channel is Channel.EMAIL and touch.to == "alex@example.com"
    assert touch.notes == ("fell back to email: no LinkedIn URL",)


def test_texts_need_consent() -> None:
    seq = sequence({"id": "t", "channel": "sms", "fallback": ["email"], "template": "t"})
    person = Candidate(email="a@example.com", phone="+12125550147", timezone="America/New_York")
    [touch] = plan(seq, person, at("2026-11-23T09:00"))
    assert touch.channel is Channel.EMAIL and "no consent to texts" in touch.notes[0]


def test_a_current_work_address_is_never_used() -> None:
    ana = Candidate(
        email="ana@globex.example",
        current_company_domain="globex.example",
        linkedin_url="https://www.linkedin.com/in/ana",
        timezone="America/Chicago",
    )
    seq = sequence(email("a", fallback="linkedin"), email("b", wait="3 days"))
    first, second = plan(seq, ana, at("2026-11-23T09:00"))
    assert first.channel is Channel.LINKEDIN and "current employer" in first.notes[0]
    assert second.skipped is not None and "ana@globex.example is at their current employer" in (
        second.skipped
    )


def prefers_texts(sms_consent: bool) -> Candidate:
    return Candidate(
        email="j@example.net",
        phone="+12065550123",
        sms_consent=sms_consent,
        timezone="America/Los_Angeles",
        preferred_channel=Channel.SMS,
    )


def test_a_preferred_channel_that_cannot_be_used_is_explained() -> None:
    person = prefers_texts(sms_consent=False)
    [touch] = plan(sequence(email("a", fallback="sms")), person, at("2026-11-23T10:00"))
    assert touch.channel is Channel.EMAIL
    assert touch.notes == ("the candidate prefers sms, but no consent to texts",)


def test_the_candidates_preferred_channel_is_used_when_the_step_allows_it() -> None:
    jordan = prefers_texts(sms_consent=True)
    seq = sequence(email("a", fallback="sms"), email("b", wait="3 days"))
    first, second = plan(seq, jordan, at("2026-11-23T10:00", "America/Los_Angeles"))
    assert first.channel is Channel.SMS and "prefers sms" in first.notes[0]
    assert second.channel is Channel.EMAIL  # sms isn't one of this step's channels


def test_voicemail_without_call_consent_becomes_a_call_task_with_the_email() -> None:
    person = Candidate(email="k@example.net", phone="+493023125142", timezone="Europe/Berlin")
    seq = sequence({"id": "vm", "channel": "voicemail", "template": "t"}, holidays=[])
    [touch] = plan(seq, person, at("2026-11-23T10:00", "Europe/Berlin"))
    assert touch.channel is Channel.VOICEMAIL and "call task" in touch.notes[0]


def test_the_touch_cap_is_never_exceeded() -> None:
    seq = sequence(email("a"), email("b", wait="1 day"), email("c", wait="1 day"), max_touches=2)
    touches = plan(seq, ALEX, at("2026-11-23T09:00"))
    assert [t.sends for t in touches] == [True, True, False]
    assert touches[2].skipped == "touch cap reached (max_touches: 2)"


def test_waits_count_from_the_last_touch_that_went_out() -> None:
    seq = sequence(
        email("a"),
        {"id": "li", "channel": "linkedin", "template": "t", "wait": "1 day"},
        email("c", wait="2 days"),
    )
    _, skipped, third = plan(seq, ALEX, at("2026-11-23T09:00"))
    assert skipped.skipped is not None and "no LinkedIn URL" in skipped.skipped
    assert local(third).startswith("Wed 2026-11-25 ")  # 2 days after Monday's touch


def test_a_timeline_is_the_daemons_steps_one_by_one() -> None:
    # `plan` builds each calendar of a person once and shares it between steps; `plan_step`
    # (the daemon's) builds its own. Same touches, zones and reasons, step by step.
    seq = sequence(
        email("a"),
        {"id": "call", "channel": "voicemail", "fallback": "email", "template": "t",
         "wait": "2-3 business days", "send_window": ["Mon-Thu 12:00-13:30"]},
        {"id": "text", "channel": "sms", "fallback": ["voicemail", "linkedin"], "template": "t",
         "wait": "3-5 days", "send_window": ["Mon-Fri 18:30-20:00"]},
        {"id": "li", "channel": "linkedin", "fallback": "email", "template": "t", "wait": "1 day"},
        {"id": "nudge", "channel": "sms", "fallback": "email", "template": "t", "wait": "1 day"},
        email("e", wait="1 week", thread="a"),
        send_window=["Mon-Fri 09:00-21:00"],  # later than texts may go in Florida
        quiet_hours="09:00-20:30",
    )  # fmt: skip
    people = [
        ALEX,
        Candidate(email="f@example.com", phone="+13055550191", sms_consent=True,
                  call_consent=True, timezone="America/New_York"),  # Florida: texts end at 20:00
        Candidate(email="r@example.com", phone="+14015550123", sms_consent=True,
                  linkedin_url="https://www.linkedin.com/in/r"),  # Rhode Island: no text hours
        Candidate(email="u@example.com", phone="+14155550142", sms_consent=True,
                  timezone="UTC"),  # texts must suit both UTC and the number's Pacific time
        Candidate(email="g@example.com", phone="+442079460123", country="GB",
                  timezone="Europe/London", preferred_channel=Channel.SMS, sms_consent=True),
    ]  # fmt: skip
    start = at("2026-11-23T09:00")
    [_, _, text, *_] = plan(seq, people[2], start)
    # Within a step, too, each channel has its own hours: Rhode Island allows neither.
    assert "no sms hours" in text.notes[0] and "no voicemail hours" in text.notes[0]
    for person in people:
        touches: list[Touch] = []
        previous: datetime | None = None
        for step in seq.steps:
            sent = sum(t.sends for t in touches)
            touch = plan_step(seq, person, step, start, previous, sent)
            touches.append(touch)
            previous = touch.send_at if touch.sends else previous
        planned = plan(seq, person, start)
        assert planned == touches
        assert [t.zone for t in planned] == [t.zone for t in touches]
        assert [t.calendar.window if t.calendar else None for t in planned] == [
            t.calendar.window if t.calendar else None for t in touches
        ]


# --- deadlines ----------------------------------------------------------------------------------


def final_notice(deadline: str, wait: str = "2-3 weeks") -> Sequence:
    spec = {
        "from": "role.decision_deadline",
        "lead": "3 business days",
        "min_gap": "2 business days",
    }
    return sequence(
        email("a"),
        email("final", wait=wait, deadline=spec),
        role={"decision_deadline": deadline},
        send_window=["Mon-Fri 09:00-17:00"],
    )


def test_final_notice_on_its_normal_wait_when_that_is_early_enough() -> None:
    _, final = plan(final_notice("2027-01-29", wait="2 weeks"), ALEX, at("2026-12-01T09:00"))
    assert local(final).startswith("Tue 2026-12-15 ") and final.notes == ()
    assert str(final.deadline) == "2027-01-29"


def test_final_notice_is_pulled_earlier_to_arrive_before_the_deadline() -> None:
    _, final = plan(final_notice("2026-12-16"), ALEX, at("2026-12-01T09:00"))
    # 3 business days before Wed 16 Dec is Fri 11 Dec; 2-3 weeks would have been too late.
    assert local(final).startswith("Fri 2026-12-11 ")
    assert "pulled earlier" in final.notes[0] and "Wed 16 Dec 2026" in final.notes[0]


def test_final_notice_is_skipped_when_the_deadline_is_too_close() -> None:
    _, final = plan(final_notice("2026-12-04"), ALEX, at("2026-12-01T09:00"))
    assert final.send_at is None
    assert final.skipped is not None and "is too close" in final.skipped


def test_a_notice_with_a_past_deadline_is_never_sent() -> None:
    _, final = plan(final_notice("2026-11-30"), ALEX, at("2026-12-01T09:00"))
    assert final.send_at is None
    assert final.skipped is not None and "Mon 30 Nov 2026 has passed" in final.skipped


def candidate_deadline_first() -> Sequence:
    """A final notice that takes the candidate's own deadline, else the role's (2027-03-01)."""
    spec = {"from": ["candidate.decision_deadline", "role.decision_deadline"]}
    return sequence(
        email("a"),
        email("final", wait="2 weeks", deadline=spec),
        role={"decision_deadline": "2027-03-01"},
        candidate_fields=["decision_deadline"],
    )


def test_a_candidates_own_deadline_wins_over_the_roles() -> None:
    seq = candidate_deadline_first()
    own = Candidate(
        email="z@example.com",
        timezone="America/New_York",
        extra={"decision_deadline": "2026-12-10"},
    )
    _, final = plan(seq, own, at("2026-12-01T09:00"))
    assert str(final.deadline) == "2026-12-10" and local(final).startswith("Mon 2026-12-07 ")


def test_a_deadline_written_as_a_timestamp_counts_by_its_date() -> None:
    seq = sequence(
        email("a"),
        email("final", wait="2 weeks", deadline={"from": "role.decision_deadline"}),
        role={"decision_deadline": datetime(2026, 12, 16, 17, 0)},
    )
    _, final = plan(seq, ALEX, at("2026-12-01T09:00"))
    assert str(final.deadline) == "2026-12-16" and local(final).startswith("Fri 2026-12-11 ")


def test_a_candidates_unusable_deadline_falls_back_to_the_roles() -> None:
    seq = candidate_deadline_first()
    person = Candidate(email="z@example.com", extra={"decision_deadline": "TBD"})
    _, final = plan(seq, person, at("2026-12-01T09:00"))
    assert str(final.deadline) == "2027-03-01" and final.sends


def test_a_deadline_that_is_not_a_date_skips_the_notice_with_the_reason() -> None:
    seq = sequence(
        email("a"),
        email("final", deadline={"from": "candidate.decision_deadline"}),
        candidate_fields=["decision_deadline"],
    )
    person = Candidate(email="z@example.com", extra={"decision_deadline": "next Friday"})
    _, final = plan(seq, person, at("2026-12-01T09:00"))
    assert final.skipped is not None and "is not a date" in final.skipped
