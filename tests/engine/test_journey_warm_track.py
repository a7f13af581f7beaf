"""Issue #14, item 2: "Interested" then quiet. Alex, from examples/candidates.csv, answers
the first email of the shipped passive-candidate sequence with "tell me more", the recruiter
marks it, and Alex goes quiet. What Alex then receives, read from the outbox the daemon's
passes write to: the warm track (passive-candidate-warm), each note bringing something new
about the team, the work or the company, the last arriving before the decision deadline;
never the generic pipeline letter with "no role attached"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.unsent_world import START, Journey

from sequencer.inbound.outcomes import Outcome, mark
from sequencer.spec.outcomes import Outcomes
from sequencer.store.models import EnrollmentStatus

ALEX = "alex.rivera@example.com"
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def journey(database_url: str, tmp_path: Path) -> Journey:
    world = Journey(database_url, tmp_path)
    world.people(ALEX)
    world.enroll("passive-candidate", ALEX)
    world.run(START + timedelta(days=3))
    assert len(world.received(ALEX)) == 1
    return world


def test_interested_then_quiet_gets_the_warm_track_about_the_role(journey: Journey) -> None:
    marked = journey.now
    said = mark(journey.engine, ALEX, Outcome.INTERESTED, marked)
    assert said.startswith("passive-candidate: stopped; moves to passive-candidate-warm on ")

    journey.run(datetime(2027, 2, 15, tzinfo=UTC))

    _initial, *warm = journey.received(ALEX)
    assert [r.subject for r in warm] == [
        "The people you'd work with on Developer Platform",
        "What the first months as Staff Platform Engineer look like",
        "Before we decide on the Staff Platform Engineer role",
    ]
    team, work, decision = warm
    assert "You told me you'd like to hear more about the Staff Platform Engineer role" in (
        team.body
    )
    assert "eight engineers in New York, London and Singapore" in team.body
    assert "https://northwind.example/blog/progressive-delivery" in work.body
    assert "by Friday, January 22" in decision.body
    for note in warm:
        assert "no role attached" not in note.body and "Nothing to reply to" not in note.body
    # About a week after the mark, then spaced out; the last well before the decision.
    assert timedelta(days=6) <= team.at - marked <= timedelta(days=11)
    assert work.at - team.at >= timedelta(days=13)  # two weeks, at its own minute of the day
    assert decision.at - work.at >= timedelta(days=5)
    assert decision.at.astimezone(NEW_YORK).date() <= date(2027, 1, 19)
    # Silence after the warm track: the quarterly pipeline, months later, not more of it.
    *_, warm_done, pipeline = journey.enrollments(ALEX)
    assert warm_done.sequence_name == "passive-candidate-warm"
    assert warm_done.status == EnrollmentStatus.COMPLETED
    assert pipeline.sequence_name == "nurture-quarterly"


def test_a_reply_to_a_warm_note_hands_the_conversation_back(journey: Journey) -> None:
    mark(journey.engine, ALEX, Outcome.INTERESTED, journey.now)
    journey.run(datetime(2026, 12, 10, tzinfo=UTC))
    assert len(journey.received(ALEX)) == 2  # the initial, then the-team
    mark(journey.engine, ALEX, Outcome.INTERESTED, journey.now)  # talking again

    journey.run(datetime(2027, 2, 15, tzinfo=UTC))

    assert len(journey.received(ALEX)) == 2  # nothing more: the recruiter has it now
    assert journey.enrollments(ALEX)[-1].status == EnrollmentStatus.HALTED


def test_a_sequence_that_names_no_warm_track_stops_at_interested() -> None:
    # A warm track is about one role, so no default can name one for every sequence.
    assert Outcomes().interested == "stop"
