"""Issue #14, item 4: LinkedIn tasks nobody did. Oliver (who prefers LinkedIn) and Ana (whose
only email is at her employer) from examples/candidates.csv, in the shipped passive-candidate
sequence, with a recruiter who never opens a task: Oliver's messages reach him by email once
each task expires; Ana, whom nothing else reaches, gets nothing and is never moved to the
quarterly pipeline as "no answer"; the recruiter is told (Today and `status`)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from helpers.unsent_world import START, Journey
from sqlmodel import Session, select

from sequencer.engine.tasks import complete_task
from sequencer.errors import SequencerError
from sequencer.reports.status import status, status_blocks
from sequencer.reports.terminal import plain
from sequencer.reports.today import attention
from sequencer.store.models import Send, TaskStatus

OLIVER, ANA = "oliver.hughes@example.org", "ana.souza@globex.example"
TWELVE_WEEKS = START + timedelta(weeks=12)


@pytest.fixture
def journey(database_url: str, tmp_path: Path) -> Journey:
    world = Journey(database_url, tmp_path)
    world.people(OLIVER, ANA)
    world.enroll("passive-candidate", OLIVER, ANA)
    world.run(TWELVE_WEEKS)
    return world


def test_each_linkedin_task_nobody_did_reaches_oliver_by_email_after_it_expired(journey) -> None:
    got = journey.received(OLIVER)
    assert [r.file.split("-", 1)[1] for r in got[:3]] == [
        "initial.eml",
        "follow-up-1.eml",
        "follow-up-2.eml",
    ]
    tasks = journey.tasks(OLIVER)
    assert len(tasks) >= 3 and all(t.status == TaskStatus.EXPIRED for t in tasks)
    for task, email in zip(tasks, got, strict=False):
        assert task.expires_at is not None and task.done_at is not None
        assert email.at >= task.expires_at  # the email went once the task had expired
        assert email.at - task.expires_at < timedelta(days=5)  # at the next allowed time
    assert "A different angle on the Staff Platform Engineer role" in got[2].subject
    assert got[1].subject.startswith("Re: ")  # follow-up 1 answers the initial email
    with Session(journey.engine) as session:  # `status` shows the channel each step used
        rows = session.exec(select(Send).where(Send.to == OLIVER)).all()
    steps = {r.step_id: (r.channel, str(r.status)) for r in rows}
    assert steps["initial"] == steps["follow-up-2"] == ("email", "sent")
    [first, *_] = tasks
    assert first.id is not None  # done too late: the recruiter is told where it went
    with pytest.raises(SequencerError, match=r"expired on .*: its message goes by email"):
        complete_task(journey.engine, first.id, journey.now)


def test_ana_whom_nothing_else_reaches_gets_nothing_and_is_not_moved_to_the_pipeline(
    journey,
) -> None:
    assert journey.received(ANA) == []
    [only] = journey.enrollments(ANA)  # never enrolled in nurture-quarterly
    assert only.sequence_name == "passive-candidate" and only.touches_sent == 0
    assert only.follow_on is None
    assert "nothing reached them" in (only.status_reason or "")
    assert "not moved to nurture-quarterly" in (only.status_reason or "")
    # Oliver, who did get the emails, moves on to the pipeline as usual.
    assert any(e.sequence_name == "nurture-quarterly" for e in journey.enrollments(OLIVER))


def test_needs_attention_lists_ana_on_today_and_in_status(journey) -> None:
    problems = [p for p in attention(journey.engine, None, journey.now) if p.flag_id]
    about_ana = [p for p in problems if p.person and p.person.key == ANA]
    assert len(about_ana) == 2  # four tasks went unsent: said once; and nothing reached her
    said = " ".join(p.what_happened for p in about_ana)
    assert "A LinkedIn message of passive-candidate was never sent" in said
    assert "is at their current employer" in said
    assert "Nothing from passive-candidate reached them" in said
    assert not [p for p in problems if p.person and p.person.key == OLIVER]

    shown = plain(status_blocks(journey.engine, ANA))  # what `sequencer status` prints
    assert "Needs attention: Nothing from passive-candidate reached them" in shown
    [entry] = status(journey.engine, ANA)  # `status --json`
    assert any("was never sent" in why for why in entry["needs_attention"])
