"""The Today page: a recruiter's tasks, the replies waiting for them, and what needs attention,
through the real app (sign-in, CSRF) on a real SQLite database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.dashboard import DANA, START, Desk, desk
from helpers.project import Project
from sqlmodel import Session, select

import sequencer.reports.today
import sequencer.web.dashboard.today
from sequencer.channels import Rejected
from sequencer.channels.facts import Bounced, SendRef
from sequencer.store.models import (
    AuditEntry,
    Enrollment,
    EnrollmentStatus,
    Send,
    SendStatus,
    Task,
    TaskStatus,
)
from sequencer.store.pauses import pause

TUESDAY_EVENING = START + timedelta(days=1, hours=8)  # Tue 17:00 in New York: notes are due
NEW_YORK = {"SEQUENCER_RECRUITER_TIMEZONE": "America/New_York"}
NEW_YORK_ZONE, LOS_ANGELES = ZoneInfo("America/New_York"), ZoneInfo("America/Los_Angeles")


@pytest.fixture
def office(project: Project, tmp_path: Path) -> Desk:
    world = desk(project, f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path, NEW_YORK)
    world.tick(TUESDAY_EVENING)
    return world


def task_of(office: Desk, email: str) -> Task:
    with Session(office.engine) as session:
        tasks = session.exec(select(Task).where(Task.to.contains(email.split("@")[0]))).all()
        [task] = tasks
        return task


def send_of(office: Desk, task: Task) -> Send:
    with Session(office.engine) as session:
        send = session.get(Send, task.send_id)
        assert send is not None
        return send


def audit(office: Desk) -> list[tuple[str, str, int | None]]:
    with Session(office.engine) as session:
        entries = session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
        return [(e.actor, e.action, e.candidate_id) for e in entries]


def test_my_linkedin_task_shows_the_person_the_message_and_their_local_time(office) -> None:
    page = office.sign_in().get("/")
    assert page.status_code == 200
    text = page.text
    assert "Ana Rivera" in text and "Ben Okafor" not in text  # mine: Ben is Lee's
    assert "Hi Ana, I saw your work on Kafka at scale." in text
    assert 'href="https://www.linkedin.com/in/ana"' in text
    due = task_of(office, "ana").created_at
    assert f"{due.astimezone(NEW_YORK_ZONE):%H:%M} EST" in text  # the recruiter's zone
    assert f"their time {due.astimezone(LOS_ANGELES):%H:%M} PST" in text
    assert "Copy message" in text


def test_everyone_shows_the_other_recruiters_tasks_too(office) -> None:
    text = office.sign_in().get("/?who=everyone").text
    assert "Ana Rivera" in text and "Ben Okafor" in text


def test_a_long_list_shows_the_oldest_and_says_there_are_more(
    office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sequencer.reports.today, "SHOWN", 1)
    monkeypatch.setattr(sequencer.web.dashboard.today, "SHOWN", 1)
    text = office.sign_in().get("/?who=everyone").text
    assert "1+ tasks to do" in text and "The 1 tasks waiting longest are shown" in text
    assert text.count('class="chip linkedin"') == 1


def test_done_counts_the_touch_from_now_moves_the_sequence_on_and_is_audited(office) -> None:
    dana = office.sign_in()
    dana.get("/")
    task = task_of(office, "ana")
    answer = dana.post(f"/tasks/{task.id}/done", htmx=True)
    assert answer.status_code == 200 and "Done" in answer.text
    assert send_of(office, task).status == SendStatus.SENT
    assert task_of(office, "ana").status == TaskStatus.DONE
    with Session(office.engine) as session:
        ana = session.exec(select(Enrollment).where(Enrollment.owner == DANA)).one()
        assert ana.last_touch_at == office.now and ana.next_due_at is not None
    assert (DANA, "task done", ana.candidate_id) in audit(office)
    assert "Hi Ana, I saw your work" not in dana.get("/").text  # gone from Today


def test_skip_goes_on_without_the_touch_and_a_second_click_says_so(office) -> None:
    dana = office.sign_in()
    dana.get("/")
    task = task_of(office, "ana")
    dana.post(f"/tasks/{task.id}/skip", htmx=True)
    send = send_of(office, task)
    assert (send.status, send.reason) == (SendStatus.SKIPPED, "skipped by the recruiter")
    assert task_of(office, "ana").status == TaskStatus.SKIPPED
    again = dana.post(f"/tasks/{task.id}/done", htmx=True)
    assert "was skipped" in again.text and 'class="flash error"' in again.text


def test_done_after_they_replied_sends_nothing_and_says_why(office) -> None:
    dana = office.sign_in()
    dana.get("/")
    task = task_of(office, "ana")
    office.reply("ana@example.com", "Thanks, I'm happy where I am.\n")  # the page is stale
    answer = dana.post(f"/tasks/{task.id}/done", htmx=True)
    assert "was closed when its sequence stopped" in answer.text
    assert send_of(office, task).status == SendStatus.WAITING  # never counted as sent
    assert audit(office) == []


def test_a_plain_form_post_comes_back_to_today_with_the_note(office) -> None:
    dana = office.sign_in()
    dana.get("/")
    answer = dana.post(f"/tasks/{task_of(office, 'ana').id}/done")
    assert (answer.status_code, answer.headers["location"]) == (303, "/")
    assert "Done: the sequence goes on from now." in dana.get("/").text


def test_a_forged_done_is_refused_and_changes_nothing(office) -> None:
    dana = office.sign_in()
    dana.get("/")
    dana.token = "forged"
    task = task_of(office, "ana")
    assert dana.post(f"/tasks/{task.id}/done").status_code == 403
    assert task_of(office, "ana").status == TaskStatus.OPEN
    assert audit(office) == []


def test_a_reply_waits_with_its_new_text_only_and_not_now_holds_them(office) -> None:
    office.reply(
        "ana@example.com",
        "Not right now, try me in March.\n\nOn Mon, Dana wrote:\n> Hi Ana. No worries if not.\n",
    )
    dana = office.sign_in()
    text = dana.get("/").text
    assert "Not right now, try me in March." in text
    assert "&gt; Hi Ana" not in text  # the quoted history is left out
    event_id = _reply_id(text)
    answer = dana.post(f"/replies/{event_id}", {"outcome": "not-now", "until": "2027-03-01"}, True)
    assert "Recorded not-now" in answer.text
    with Session(office.engine) as session:
        ana = session.exec(select(Enrollment).where(Enrollment.owner == DANA)).one()
    assert ana.status == EnrollmentStatus.ACTIVE and ana.not_before is not None
    assert ana.not_before.date() >= START.date().replace(year=2027, month=3, day=1)
    assert "try me in March" not in dana.get("/").text  # decided: no longer waiting
    assert next(a for a in audit(office) if a[1].startswith("outcome"))[0] == DANA


def test_not_now_without_a_day_says_what_is_missing_and_the_reply_keeps_waiting(office) -> None:
    office.reply("ana@example.com", "Maybe later.\n")
    dana = office.sign_in()
    event_id = _reply_id(dana.get("/").text)
    answer = dana.post(f"/replies/{event_id}", {"outcome": "not-now", "until": ""}, True)
    assert 'class="flash error"' in answer.text and "until" in answer.text
    assert "Maybe later." in dana.get("/").text


def test_attention_names_a_refused_account_a_failed_send_and_a_bounce_with_what_to_do(
    project: Project, tmp_path: Path
) -> None:
    office = desk(project, f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path)
    office.senders.errors.append(Rejected("550 5.1.1 mailbox unavailable"))
    office.tick(START + timedelta(hours=10))  # Ben's hello (London) fails; Ana's (LA) goes
    office.event(
        Bounced(
            key="bounce-ana",
            channel="email",
            send=SendRef(reference="1-hello"),
            address="ana@example.com",
            reason="550 no such user",
            went=True,
        )
    )
    pause(office.engine, "email", "sendgrid", "401 API key revoked", office.now)  # as dispatch does
    text = office.sign_in().get("/?who=everyone").text
    assert "sendgrid refuses our account: nothing goes out by email" in text
    assert "401 API key revoked" in text
    assert "Ben Okafor needs you" in text  # held: failed for good, see test_journey_failed_step
    assert "Step hello of outreach failed: 550 5.1.1 mailbox unavailable" in text
    assert "ana@example.com does not exist" in text
    assert text.count("What to do:") == 3


def _reply_id(text: str) -> int:
    marker = 'id="reply-'
    start = text.index(marker) + len(marker)
    return int(text[start : text.index('"', start)])
