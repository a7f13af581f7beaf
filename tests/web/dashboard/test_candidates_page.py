"""Candidates: search and filters over everyone's enrollments, one person's page, and the
recruiter's actions on it, through the real app on a real SQLite database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from helpers.dashboard import DANA, LEE, START, Desk, desk
from helpers.project import Project
from sqlmodel import Session, select

from sequencer.channels.facts import Progress, SendRef, Stage
from sequencer.engine.enroll import enroll
from sequencer.spec.validate import load_sequence
from sequencer.store.models import (
    AuditEntry,
    Enrollment,
    EnrollmentStatus,
    ReplyReading,
    Suppression,
)
from sequencer.store.people import import_candidates

ANA, BEN = 1, 2  # candidate ids, in the order of the CSV


@pytest.fixture
def office(project: Project, tmp_path: Path) -> Desk:
    world = desk(project, f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path)
    world.tick(START + timedelta(hours=10))  # both have had the hello email
    return world


def enrollments(office: Desk, candidate_id: int) -> list[Enrollment]:
    with Session(office.engine) as session:
        query = select(Enrollment).where(Enrollment.candidate_id == candidate_id)
        return list(session.exec(query.order_by(Enrollment.id)))


def actions(office: Desk, candidate_id: int) -> list[tuple[str, str]]:
    with Session(office.engine) as session:
        query = select(AuditEntry).where(AuditEntry.candidate_id == candidate_id)
        return [(e.actor, e.action) for e in session.exec(query.order_by(AuditEntry.id))]


def rows(text: str) -> list[str]:
    """The people the results table lists, in order."""
    names = []
    for part in text.split('class="person" href="/candidates/')[1:]:
        names.append(part.split(">", 1)[1].split("<", 1)[0])
    return names


def test_mine_by_default_everyone_one_click_away(office) -> None:
    dana = office.sign_in()
    assert rows(dana.get("/candidates").text) == ["Ana Rivera"]
    assert rows(dana.get("/candidates?who=everyone").text) == ["Ben Okafor", "Ana Rivera"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("q=rivera", ["Ana Rivera"]),  # a last name, any case
        ("q=Ana+Riv", ["Ana Rivera"]),  # first and last name together
        ("q=ben%40example", ["Ben Okafor"]),  # part of an email
        ("q=initech", ["Ben Okafor"]),  # a company
        ("q=%25", []),  # a LIKE wildcard is a character like any other
        ("state=active", ["Ben Okafor", "Ana Rivera"]),
        ("state=halted", []),
        ("sequence=pipeline", []),
        ("sequence=outreach&q=globex", ["Ana Rivera"]),
    ],
)
def test_search_and_filters(office, query: str, found: list[str]) -> None:
    assert rows(office.sign_in().get(f"/candidates?who=everyone&{query}").text) == found


def test_htmx_search_answers_with_the_results_alone(office) -> None:
    dana = office.sign_in()
    answer = dana.client.get("/candidates?q=ana", headers={"HX-Request": "true"})
    assert rows(answer.text) == ["Ana Rivera"] and "<html" not in answer.text


def test_pages_of_fifty_newest_first(office, project: Project, tmp_path: Path) -> None:
    csv = tmp_path / "more.csv"
    csv.write_text(
        "email,first_name\n" + "".join(f"p{n:03}@example.com,P{n:03}\n" for n in range(60)),
        encoding="utf-8",
    )
    import_candidates(office.engine, csv, START)
    sequence, _ = load_sequence(project.sequences / "outreach.yaml", project.library)
    keys = [f"p{n:03}@example.com" for n in range(60)]
    enroll(office.engine, sequence, project.library, keys, START, owner=DANA)
    dana = office.sign_in()
    first = dana.get("/candidates")
    assert len(rows(first.text)) == 50 and rows(first.text)[0] == "P059"
    assert "61 enrollments · page 1 of 2" in first.text
    second = rows(dana.get("/candidates?page=2").text)
    assert second[-1] == "Ana Rivera" and len(second) == 11
    assert rows(dana.get("/candidates?page=3").text) == []


def test_a_persons_page_shows_details_consent_timeline_and_the_next_touch(office) -> None:
    office.event(
        Progress(
            key="open-ana",
            channel="email",
            send=SendRef(reference="1-hello"),
            stage=Stage.OPENED,
            went=True,
        )
    )
    text = office.sign_in().get(f"/candidates/{ANA}").text
    assert "Ana Rivera" in text and "Globex" in text and "America/Los_Angeles" in text
    assert "no consent: never texted" in text and "no consent: never called" in text
    assert "<strong>hello</strong>" in text and "opened" in text  # the touch and its events
    assert "Next: <strong>note</strong>" in text and "(their time" in text


def test_an_unknown_person_is_a_404(office) -> None:
    assert office.sign_in().get("/candidates/999").status_code == 404


def test_pause_resume_and_stop_each_change_the_enrollment_and_are_audited(office) -> None:
    dana = office.sign_in()
    dana.get(f"/candidates/{ANA}")
    paused = dana.post(f"/candidates/{ANA}/pause", htmx=True)
    assert 'class="flash ok"' in paused.text and "paused" in paused.text
    assert enrollments(office, ANA)[0].status == EnrollmentStatus.PAUSED
    dana.post(f"/candidates/{ANA}/resume", htmx=True)
    assert enrollments(office, ANA)[0].status == EnrollmentStatus.ACTIVE
    dana.post(f"/candidates/{ANA}/stop", htmx=True)
    assert enrollments(office, ANA)[0].status == EnrollmentStatus.HALTED
    refused = dana.post(f"/candidates/{ANA}/resume", htmx=True)
    assert 'class="flash error"' in refused.text
    assert actions(office, ANA) == [(DANA, "pause"), (DANA, "resume"), (DANA, "stop")]
    page = dana.get(f"/candidates/{ANA}").text  # the audit log is on their page
    assert page.count(f"by {DANA}") == 3


def test_enrolling_someone_already_running_shows_the_refusal_with_its_reason(office) -> None:
    dana = office.sign_in()
    dana.get(f"/candidates/{BEN}")
    answer = dana.post(f"/candidates/{BEN}/enroll", {"sequence": "pipeline"}, htmx=True)
    assert 'class="flash error"' in answer.text and "not enrolled in pipeline" in answer.text
    assert len(enrollments(office, BEN)) == 1 and actions(office, BEN) == []


def test_enrolling_after_a_stop_makes_the_recruiter_the_owner(office) -> None:
    dana = office.sign_in()
    dana.get(f"/candidates/{BEN}")
    dana.post(f"/candidates/{BEN}/stop", htmx=True)
    answer = dana.post(f"/candidates/{BEN}/enroll", {"sequence": "pipeline"}, htmx=True)
    assert "enrolled in pipeline" in answer.text
    latest = enrollments(office, BEN)[-1]
    assert (latest.sequence_name, latest.owner) == ("pipeline", DANA)
    assert enrollments(office, BEN)[0].owner == LEE


def test_a_sequence_is_chosen_from_the_list_never_a_path(office) -> None:
    dana = office.sign_in()
    dana.get(f"/candidates/{BEN}")
    answer = dana.post(f"/candidates/{BEN}/enroll", {"sequence": "/etc/passwd"}, htmx=True)
    assert "choose a sequence from the list" in answer.text


def test_an_outcome_is_recorded_and_not_now_needs_a_day(office) -> None:
    dana = office.sign_in()
    dana.get(f"/candidates/{ANA}")
    missing = dana.post(f"/candidates/{ANA}/outcome", {"outcome": "not-now"}, htmx=True)
    assert "pick the day" in missing.text
    answer = dana.post(
        f"/candidates/{ANA}/outcome", {"outcome": "not-now", "until": "2027-03-01"}, htmx=True
    )
    assert 'class="flash ok"' in answer.text
    held = enrollments(office, ANA)[0]
    assert held.not_before is not None and held.not_before.date() >= START.date().replace(
        year=2027, month=3, day=1
    )
    assert actions(office, ANA) == [(DANA, "outcome")]


def test_an_outcome_on_their_page_settles_their_reply_in_the_recruiters_name(office) -> None:
    office.reply("ana@example.com", "Not right now, try me again in March.")
    dana = office.sign_in()
    dana.get(f"/candidates/{ANA}")
    dana.post(f"/candidates/{ANA}/outcome", {"outcome": "not-now", "until": "2027-03-01"})
    with Session(office.engine) as session:
        reading = session.exec(select(ReplyReading)).one()
    assert (reading.decided_by, reading.decision) == (DANA, "not-now until 2027-03-01")


def test_opt_out_suppresses_every_address_and_stops_them(office) -> None:
    dana = office.sign_in()
    dana.get(f"/candidates/{ANA}")
    dana.post(f"/candidates/{ANA}/opt-out", htmx=True)
    with Session(office.engine) as session:
        assert [s.address for s in session.exec(select(Suppression))] == ["ana@example.com"]
    assert enrollments(office, ANA)[0].status == EnrollmentStatus.HALTED
    assert (
        'Opted out</dt><dd><span class="state halted">yes</span>'
        in dana.get(f"/candidates/{ANA}").text
    )


def test_without_htmx_an_action_goes_back_to_the_page_with_the_note(office) -> None:
    dana = office.sign_in()
    dana.get(f"/candidates/{ANA}")
    answer = dana.post(f"/candidates/{ANA}/pause")
    assert (answer.status_code, answer.headers["location"]) == (303, f"/candidates/{ANA}")
    assert 'class="flash ok"' in dana.get(f"/candidates/{ANA}").text


def test_a_forged_action_is_refused_and_changes_nothing(office) -> None:
    dana = office.sign_in()
    dana.get(f"/candidates/{ANA}")
    dana.token = "forged"
    assert dana.post(f"/candidates/{ANA}/stop").status_code == 403
    assert enrollments(office, ANA)[0].status == EnrollmentStatus.ACTIVE
