"""Pacing (issue 14, item 8), as the articles put it: three touches over 4-6 weeks with a
decision deadline on the last (the shipped phone-and-text sequence), and for the exceptional
few, a touch every 4-6 weeks (the shipped exceptional-candidate sequence). Planned for every
example candidate, and lived end to end by real people: what each received, and when."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.journeys import passes_when_due, received
from helpers.project import ROOT, use_shipped_files

from sequencer.cli import main
from sequencer.config import load_settings
from sequencer.engine.plan import plan
from sequencer.people.candidate import Candidate
from sequencer.people.candidates import read_candidates
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for

CANDIDATES = ROOT / "examples" / "candidates.csv"
START = datetime(2026, 11, 23, 13, tzinfo=UTC)
DECISION = date(2027, 1, 29)  # phone-and-text's role.decision_deadline
# Waits count days, and the touch then takes its time in the send window, earlier or later
# in the day; a holiday may push it a few days on.
FOUR_WEEKS, SIX_WEEKS = timedelta(weeks=4, days=-1), timedelta(weeks=6, days=4)


def people() -> list[Candidate]:
    found = [p for p in read_candidates(CANDIDATES) if isinstance(p, Candidate)]
    assert len(found) >= 10
    return found


def sending_times(name: str, person: Candidate, library: TemplateLibrary) -> list[datetime]:
    sequence, _ = load_sequence(ROOT / "sequences" / f"{name}.yaml", library)
    return [t.send_at for t in plan(sequence, person, START) if t.sends and t.send_at]


def test_phone_and_text_is_three_touches_over_four_to_six_weeks(
    shipped_library: TemplateLibrary,
) -> None:
    for person in people():
        if person.has_work_email():
            continue  # its email steps go to LinkedIn: not this sequence's people
        times = sending_times("phone-and-text", person, shipped_library)
        assert len(times) == 3, person.key
        span = times[-1] - times[0]
        assert timedelta(weeks=4) <= span <= timedelta(weeks=6), (person.key, span)
        assert times[-1].date() <= DECISION - timedelta(days=3), person.key


def test_exceptional_candidates_hear_something_every_four_to_six_weeks(
    shipped_library: TemplateLibrary,
) -> None:
    for person in people():
        times = sending_times("exceptional-candidate", person, shipped_library)
        assert len(times) == 5, person.key
        for before, after in itertools.pairwise(times):
            assert FOUR_WEEKS <= after - before <= SIX_WEEKS, person.key


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    use_shipped_files(monkeypatch, tmp_path)

    def invoke(*args: str) -> Result:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result

    invoke("import", str(CANDIDATES))
    return invoke


def sent(run, email: str, sequence: str) -> list[tuple[str, str, datetime]]:
    """(step, channel, when) of each touch of `sequence` that went out to them."""
    entries = json.loads(run("status", email, "--json").stdout)
    [entry] = [e for e in entries if e["sequence"] == sequence]
    return [
        (s["step"], s["channel"], datetime.fromisoformat(s["sent_at"]))
        for s in entry["sends"]
        if s["status"] == "sent"
    ]


def test_jordan_gets_three_touches_the_last_a_text_with_the_decision_date(
    run, tmp_path: Path
) -> None:
    run("enroll", "phone-and-text", "jordan.lee@example.net", "--start", "2026-11-23T08:00")
    end = datetime(2027, 2, 1, tzinfo=UTC)
    passes_when_due(engine_for("sqlite:///sequencer.db"), load_settings(), START, end)
    touches = sent(run, "jordan.lee@example.net", "phone-and-text")
    assert [(step, channel) for step, channel, _ in touches] == [
        ("initial", "email"),
        ("voicemail", "voicemail"),  # no call consent: its email, and a call task
        ("final", "sms"),
    ]
    first, last = touches[0][2], touches[-1][2]
    assert timedelta(weeks=4) <= last - first <= timedelta(weeks=6)
    [(kind, text)] = received(tmp_path / "outbox")["+12065550123"]
    assert kind == "text" and "we decide by Jan 29" in text and "Reply STOP" in text


def test_an_exceptional_candidate_hears_something_new_every_four_to_six_weeks(
    run, tmp_path: Path
) -> None:
    katharina = "katharina.brandt@example.net"  # no LinkedIn on file: every touch by email
    run("enroll", "exceptional-candidate", katharina, "--start", "2026-11-23T08:00")
    end = datetime(2027, 7, 1, tzinfo=UTC)
    passes_when_due(engine_for("sqlite:///sequencer.db"), load_settings(), START, end)
    touches = sent(run, katharina, "exceptional-candidate")
    assert [step for step, _, _ in touches] == [
        "initial", "role-update", "team-story", "industry-news", "keep-in-touch",
    ]  # fmt: skip
    for (_, _, before), (_, _, after) in itertools.pairwise(touches):
        assert FOUR_WEEKS <= after - before <= SIX_WEEKS
    texts = [text for _, text in received(tmp_path / "outbox")[katharina]]
    assert "the role has moved on: the team has agreed to own multi-region failover" in texts[1]
    assert "they cut the median deploy time" in texts[2]
    assert "The clearest pattern this quarter:" in texts[3]
    assert "This is the last note in this series" in texts[4]
