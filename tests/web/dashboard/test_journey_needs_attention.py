"""Issue #14, item 4, on the web app: Ana (whose only email is at her employer) and Oliver
(who prefers LinkedIn) from examples/candidates.csv in the shipped passive-candidate
sequence, with nobody doing their LinkedIn tasks. The Today page's "Needs attention" says who,
why and since when: Ana, whom nothing reached; not Oliver, whose messages went by email. The
recruiter marks an entry resolved (a POST with the page's CSRF token, audited) and it goes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from helpers.dashboard import SECRET, Recruiter, sign_in
from helpers.unsent_world import START, Journey
from sqlmodel import Session, select

from sequencer.store.models import Attention, AuditEntry

ANA, OLIVER = "ana.souza@globex.example", "oliver.hughes@example.org"
DANA = "dana@northwind.example"


@pytest.fixture
def journey(database_url: str, tmp_path: Path) -> Journey:
    world = Journey(database_url, tmp_path, SECRET)
    world.people(OLIVER, ANA)
    world.enroll("passive-candidate", OLIVER, ANA)
    world.run(START + timedelta(weeks=5))
    return world


def dana(journey: Journey) -> Recruiter:
    return sign_in(journey.settings, journey.engine, lambda: journey.now, DANA)


def open_entries(journey: Journey) -> list[Attention]:
    with Session(journey.engine) as session:
        query = select(Attention).where(Attention.resolved_at == None)  # noqa: E711
        return list(session.exec(query.order_by(Attention.id)))


def test_today_lists_ana_with_why_and_since_when_and_not_oliver(journey) -> None:
    text = dana(journey).get("/?who=everyone").text
    assert "Needs attention" in text and "Ana Souza needs you" in text
    assert "A LinkedIn message of passive-candidate was never sent" in text
    assert "ana.souza@globex.example is at their current employer" in text
    assert "Nothing from passive-candidate reached them" in text
    assert "not moved to nurture-quarterly" in text
    first = open_entries(journey)[0]
    assert f"{first.created_at:%H:%M}" in text  # since when
    assert "Oliver Hughes needs you" not in text
    assert text.count(">Resolved</button>") == len(open_entries(journey))


def test_resolved_takes_the_entry_off_today_and_is_audited(journey) -> None:
    recruiter = dana(journey)
    recruiter.get("/?who=everyone")
    entry = open_entries(journey)[-1]
    answer = recruiter.post(f"/attention/{entry.id}/resolved", htmx=True)
    assert answer.status_code == 200 and "Resolved." in answer.text
    assert entry.id not in {e.id for e in open_entries(journey)}
    assert "Nothing from passive-candidate reached them" not in recruiter.get("/?who=everyone").text
    with Session(journey.engine) as session:
        audit = session.exec(select(AuditEntry).where(AuditEntry.action == "attention resolved"))
        [(actor, candidate)] = [(a.actor, a.candidate_id) for a in audit]
    assert (actor, candidate) == (DANA, entry.candidate_id)
    again = recruiter.post(f"/attention/{entry.id}/resolved", htmx=True)
    assert "resolved already" in again.text and 'class="flash error"' in again.text


def test_resolved_without_the_pages_token_is_refused(journey) -> None:
    recruiter = dana(journey)
    recruiter.get("/?who=everyone")
    entry = open_entries(journey)[0]
    recruiter.token = "not-the-token"
    answer = recruiter.post(f"/attention/{entry.id}/resolved")
    assert answer.status_code == 403
    assert entry.id in {e.id for e in open_entries(journey)}
