"""A provider that refuses our account (a wrong or revoked key, Twilio's 20003) refuses every
message alike: that channel pauses for every worker, nobody's step fails, and a test call lifts
the pause once the account is fixed. Through the real clients, against the loopback fakes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from fakes.sendgrid_server import MAIL_SEND, SCOPES, FakeSendGrid
from fakes.twilio_server import FakeTwilio
from helpers.project import Project, settings_for
from sqlmodel import Session, col, select

from sequencer.cli import main
from sequencer.config import Settings
from sequencer.daemon.passes import run_pass
from sequencer.engine.enroll import enroll
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, Enrollment, Send, Task
from sequencer.store.pauses import paused_channels
from sequencer.store.people import import_candidates

START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # Mon 09:00 in New York
GOOD_KEY, OLD_KEY = "SG.good.key", "SG.revoked.key"
OLD_TOKEN, NEW_TOKEN = "old-auth-token", "rotated-auth-token"
ACCOUNT = "/2010-04-01/Accounts/AC" + "f" * 32 + ".json"

PEOPLE = """email,phone,first_name,timezone,sms_consent,call_consent
ana@example.com,+12125550101,Ana,America/New_York,no,no
ben@example.com,+12125550102,Ben,America/New_York,no,no
cai@example.com,+12125550103,Cai,America/New_York,no,no
dev@example.com,+12125550104,Dev,America/New_York,yes,no
eli@example.com,+12125550105,Eli,America/New_York,yes,no
fay@example.com,+12125550106,Fay,America/New_York,yes,yes
"""
ONE_STEP = """
timezone: America/New_York
send_window: ["Daily 00:00-23:59"]
sender: {{name: Dana, email: dana@northwind.example, phone: "+14155550100"}}
steps:
  - {{id: {step}, channel: {channel}, template: t/{step}, wait: 0 minutes}}
"""
TEMPLATES = {
    "hello": "{% block subject %}Hello{% endblock %}\n"
    "{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}\n",
    "ping": "{% block body %}Hi {{ candidate.first_name }}, Dana here. Reply STOP to opt out."
    "{% endblock %}\n",
    "ring": "{% block script %}Hi, this is Dana about a role.{% endblock %}\n"
    "{% block subject %}The short version{% endblock %}\n"
    "{% block body %}Hi {{ candidate.first_name }}, the voicemail in writing.{% endblock %}\n",
}
WHO = {  # sequence -> (its one step, channel, who is enrolled)
    "mail": ("hello", "email", ["ana@example.com", "ben@example.com", "cai@example.com"]),
    "texts": ("ping", "sms", ["dev@example.com", "eli@example.com"]),
    "calls": ("ring", "voicemail", ["fay@example.com"]),
}


@pytest.fixture
def database_url(database_url: str, tmp_path: Path) -> str:
    # `status` opens the database on its own: a SQLite file, not one in memory.
    return (
        f"sqlite:///{tmp_path / 'db.sqlite'}" if database_url.startswith("sqlite") else database_url
    )


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeSendGrid, FakeTwilio]]:
    for name in ("NO_PROXY", "no_proxy"):  # requests honours a proxy from the environment
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    with FakeSendGrid(api_key=GOOD_KEY) as sendgrid, FakeTwilio(auth_token=OLD_TOKEN) as twilio:
        yield sendgrid, twilio


def world(
    project: Project, database_url: str, tmp_path: Path, fakes, key: str, token: str
) -> tuple[sa.Engine, Settings]:
    sendgrid, twilio = fakes
    for step, text in TEMPLATES.items():
        project.template(f"t/{step}", text)
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, START)
    for name, (step, channel, people) in WHO.items():
        path = project.sequence(name, ONE_STEP.format(step=step, channel=channel))
        sequence, _ = load_sequence(path, project.library)
        assert not enroll(engine, sequence, project.library, people, START).refused
    env = {
        "SENDGRID_API_KEY": key,
        "SENDGRID_API_HOST": sendgrid.url,
        "TWILIO_ACCOUNT_SID": twilio.account_sid,
        "TWILIO_AUTH_TOKEN": token,
        "TWILIO_FROM_NUMBER": "+14155550100",
        "TWILIO_API_BASE": twilio.url,
        "SEQUENCER_EMAIL_SPACING_SECONDS": "0",
        "SEQUENCER_SMS_SPACING_SECONDS": "0",
        "SEQUENCER_CALL_SPACING_SECONDS": "0",
    }
    return engine, settings_for(project, database_url, tmp_path / "outbox", env)


@pytest.fixture
def revoked_key(project: Project, database_url: str, tmp_path: Path, fakes):
    """SendGrid refuses the daemon's key; Twilio takes its token."""
    return world(project, database_url, tmp_path, fakes, OLD_KEY, OLD_TOKEN)


@pytest.fixture
def rotated_token(project: Project, database_url: str, tmp_path: Path, fakes):
    """SendGrid takes the daemon's key; Twilio's token was rotated under it (20003)."""
    fakes[1].auth_token = NEW_TOKEN
    return world(project, database_url, tmp_path, fakes, GOOD_KEY, OLD_TOKEN)


def rows(engine: sa.Engine) -> dict[str, tuple[str, int]]:
    """Each send row by recipient's email: (status, attempts)."""
    with Session(engine) as session:
        query = (
            select(Send, CandidateRecord)
            .join(Enrollment, col(Send.enrollment_id) == col(Enrollment.id))
            .join(CandidateRecord, col(Enrollment.candidate_id) == col(CandidateRecord.id))
        )
        return {person.key: (str(s.status), s.attempts) for s, person in session.exec(query)}


def enrollments(engine: sa.Engine) -> dict[str, Enrollment]:
    with Session(engine) as session:
        query = select(Enrollment, CandidateRecord).join(CandidateRecord)
        return {person.key: e for e, person in session.exec(query)}


def calls_to(fake: FakeSendGrid | FakeTwilio, method: str, path: str) -> int:
    return sum(1 for r in fake.requests if (r.method, r.path) == (method, path))


def accepted_emails(sendgrid: FakeSendGrid) -> list[str]:
    return sorted(
        r.json["personalizations"][0]["to"][0]["email"]
        for r in sendgrid.requests
        if r.path == MAIL_SEND and r.reply is not None and r.reply.status == 202
    )


def test_a_refused_sendgrid_key_pauses_email_for_everyone_and_fails_no_step(
    revoked_key, fakes, caplog: pytest.LogCaptureFixture
) -> None:
    engine, settings = revoked_key
    sendgrid, twilio = fakes
    caplog.set_level(logging.INFO, logger="sequencer")

    run_pass(engine, settings, START, worker="worker-one")
    run_pass(engine, settings, START + timedelta(seconds=30), worker="worker-two")

    # One request found out; nobody else's email was tried, by either worker.
    assert calls_to(sendgrid, "POST", MAIL_SEND) == 1
    assert set(paused_channels(engine)) == {"email"}
    # Not failed, not in doubt, the try not counted: every email is still to go.
    sends = rows(engine)
    emails = [*WHO["mail"][2], "fay@example.com"]  # fay's voicemail goes with an email
    assert [sends[key] for key in emails] == [("retry", 0)] * 4
    assert not any(status in ("failed", "sending") for status, _ in sends.values())
    people = enrollments(engine)
    for key in WHO["mail"][2]:
        assert people[key].status == "active" and people[key].next_due_at is not None
    # The texts went; calls too (the voicemail's own email is held with the others).
    assert sorted(m["to"] for m in twilio.messages.values()) == ["+12125550104", "+12125550105"]
    assert twilio.calls == {}
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1  # once when it paused, not once per send or per worker
    assert "email paused" in errors[0].getMessage()
    assert "SENDGRID_API_KEY" in errors[0].getMessage()


def test_the_pause_is_at_the_top_of_status(
    revoked_key, database_url: str, project: Project, tmp_path: Path
) -> None:
    engine, settings = revoked_key
    run_pass(engine, settings, START)
    env = {
        "SEQUENCER_DATABASE_URL": database_url,
        "SEQUENCER_SEQUENCES_DIR": str(project.sequences),
        "SEQUENCER_TEMPLATES_DIR": str(project.templates),
    }

    result = CliRunner().invoke(main, ["status"], env=env, catch_exceptions=False)

    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.startswith("email paused since 2026-11-23 14:00 UTC: SendGrid refused the API key")
    assert "check SENDGRID_API_KEY" in first
    assert "next 2026-11-23 14:01 UTC" in first
    assert not any(line.startswith(("sms", "call")) for line in result.output.splitlines())


def test_once_the_key_is_fixed_the_next_check_lifts_the_pause_and_each_email_goes_once(
    revoked_key, fakes, caplog: pytest.LogCaptureFixture
) -> None:
    engine, settings = revoked_key
    sendgrid, _ = fakes
    caplog.set_level(logging.INFO, logger="sequencer")
    run_pass(engine, settings, START)
    sendgrid.accept_key(OLD_KEY)  # the operator restored the key in SendGrid

    run_pass(engine, settings, START + timedelta(seconds=30))
    assert len(sendgrid.requests) == 1  # no check before a minute has passed
    run_pass(engine, settings, START + timedelta(minutes=1))

    assert calls_to(sendgrid, "GET", SCOPES) == 1
    assert paused_channels(engine) == {}
    assert accepted_emails(sendgrid) == sorted([*WHO["mail"][2], "fay@example.com"])
    assert {key: status for key, (status, _) in rows(engine).items()} == dict.fromkeys(
        [p for _, _, people in WHO.values() for p in people], "sent"
    )
    assert any(
        "email resumed" in r.getMessage() for r in caplog.records if r.levelno == logging.INFO
    )
    for minutes in (2, 3, 10, 60):
        run_pass(engine, settings, START + timedelta(minutes=minutes))
    assert len(accepted_emails(sendgrid)) == 4  # each went once


def test_the_check_backs_off_from_one_minute_to_thirty(revoked_key, fakes) -> None:
    engine, settings = revoked_key
    sendgrid, _ = fakes
    run_pass(engine, settings, START)

    checked_at = []
    for minute in range(1, 95):
        before = calls_to(sendgrid, "GET", SCOPES)
        run_pass(engine, settings, START + timedelta(minutes=minute))
        if calls_to(sendgrid, "GET", SCOPES) > before:
            checked_at.append(minute)

    assert checked_at == [1, 3, 7, 15, 31, 61, 91]  # waits of 1, 2, 4, 8, 16, 30, 30 minutes
    assert calls_to(sendgrid, "POST", MAIL_SEND) == 1  # nobody's email was tried meanwhile
    assert set(paused_channels(engine)) == {"email"}


def test_a_key_without_the_mail_send_permission_stays_paused(revoked_key, fakes) -> None:
    engine, settings = revoked_key
    sendgrid, _ = fakes
    run_pass(engine, settings, START)
    sendgrid.accept_key(OLD_KEY)
    sendgrid.scopes = ["alerts.read"]  # a valid key, but one that may not send

    run_pass(engine, settings, START + timedelta(minutes=1))

    assert calls_to(sendgrid, "GET", SCOPES) == 1
    assert "Mail Send" in paused_channels(engine)["email"].reason
    assert calls_to(sendgrid, "POST", MAIL_SEND) == 1


def test_a_rotated_twilio_token_pauses_texts_and_calls_while_emails_go(
    rotated_token, fakes, caplog: pytest.LogCaptureFixture
) -> None:
    engine, settings = rotated_token
    sendgrid, twilio = fakes
    caplog.set_level(logging.INFO, logger="sequencer")

    run_pass(engine, settings, START)

    assert set(paused_channels(engine)) == {"sms", "call"}
    assert "TWILIO_AUTH_TOKEN" in paused_channels(engine)["sms"].reason
    refused = [r for r in twilio.requests if r.method == "POST"]
    assert len(refused) == 2  # one text and one call found out; the other text was held
    assert twilio.messages == {} and twilio.calls == {}
    # Every email went, the voicemail's own too; its call, refused, is a task for the recruiter.
    assert accepted_emails(sendgrid) == sorted([*WHO["mail"][2], "fay@example.com"])
    sends = rows(engine)
    assert [sends[key] for key in WHO["texts"][2]] == [("retry", 0)] * 2
    assert not any(status in ("failed", "sending") for status, _ in sends.values())
    with Session(engine) as session:
        assert [t.kind for t in session.exec(select(Task))] == ["call"]
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 2 and {e.split(" ")[0] for e in errors} == {"sms", "call"}

    twilio.auth_token = OLD_TOKEN  # the daemon's token works again
    run_pass(engine, settings, START + timedelta(minutes=1))

    assert calls_to(twilio, "GET", ACCOUNT) == 2  # one check for texts, one for calls
    assert paused_channels(engine) == {}
    assert sorted(m["to"] for m in twilio.messages.values()) == ["+12125550104", "+12125550105"]
    run_pass(engine, settings, START + timedelta(minutes=5))
    assert len(twilio.messages) == 2  # each text once
