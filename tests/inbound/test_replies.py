"""Real-looking emails that come back (tests/helpers/fixtures/mail/), through every way in: SendGrid
Inbound Parse over HTTP (raw and parsed mode), `sequencer receive`, and the daemon's IMAP
poll of the recruiter's own mailbox."""

from __future__ import annotations

import email
import email.policy
import json
import urllib.error
import urllib.request
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from fakes.imap_server import ImapServer
from helpers.project import ROOT, Project, settings_for
from sqlmodel import Session, select

from sequencer.channels import Senders
from sequencer.channels.outbox import Outbox
from sequencer.cli import main
from sequencer.config import load_settings
from sequencer.daemon.runner import Daemon
from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.engine.links import Links
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    Event,
    EventKind,
    Send,
    Suppression,
)
from sequencer.store.people import import_candidates
from sequencer.web import serve
from sequencer.web.context import WebContext
from sequencer.web.health import Health
from sequencer.web.webhooks import webhook_app

MAIL = ROOT / "tests" / "helpers" / "fixtures" / "mail"
TOKEN = "inbound-token-5a4b3c"
SECRET = "reply-address-signing-secret"
START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # Mon 09:00 in New York
NOW = datetime(2026, 11, 25, 16, 0, tzinfo=UTC)
PEOPLE = """email,first_name,timezone
priya.raman@example.com,Priya,America/New_York
jonas.becker@example.com,Jonas,Europe/Berlin
sam.ortiz@example.com,Sam,America/Chicago
"""
# The Message-IDs the fixtures answer, as our first emails to these people had them.
OUR_IDS = {
    "priya.raman@example.com": "<12-initial.3f9a1c2b7d4e@northwind.example>",
    "jonas.becker@example.com": "<14-initial.a7c2e91f0b3d@northwind.example>",
    "sam.ortiz@example.com": "<15-initial.c4b1e7a9d2f0@northwind.example>",
}


@pytest.fixture
def engine(project: Project, database_url: str, tmp_path: Path):
    project.template(
        "t/email",
        "{% block subject %}Staff Platform Engineer at Northwind{% endblock %}\n"
        "{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}\n",
    )
    path = project.sequence(
        "outreach",
        """
        send_window: ["Daily 00:00-23:59"]
        sender: {name: Dana Whitfield, email: dana@northwind.example}
        steps:
          - {id: initial, channel: email, template: t/email, wait: 0 minutes}
          - {id: nudge, channel: email, template: t/email, wait: 3 days, thread: initial}
        """,
    )
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, START)
    sequence, _ = load_sequence(path, project.library)
    enroll(engine, sequence, project.library, None, START)
    outbox = Outbox(tmp_path / "outbox", START)
    tick(engine, Senders(outbox, outbox, outbox), START + timedelta(minutes=1))
    with Session(engine) as session, session.begin():
        for send, person in session.exec(
            select(Send, CandidateRecord)
            .join(Enrollment, Enrollment.id == Send.enrollment_id)
            .join(CandidateRecord)
        ):
            send.message_id = OUR_IDS[person.key]
    yield engine
    engine.dispose()


def fixture(name: str) -> bytes:
    return (MAIL / name).read_bytes()


def state(engine: sa.Engine, key: str) -> Enrollment:
    with Session(engine) as session:
        return session.exec(
            select(Enrollment).join(CandidateRecord).where(CandidateRecord.key == key)
        ).one()


def events(engine: sa.Engine) -> list[Event]:
    with Session(engine) as session:
        return list(session.exec(select(Event).order_by(Event.id)))


# --- SendGrid Inbound Parse over HTTP -----------------------------------------------------------


class ParseWebhook:
    def __init__(self, engine: sa.Engine) -> None:
        env = {"SEQUENCER_INBOUND_TOKEN": TOKEN, "SEQUENCER_SECRET_KEY": SECRET}
        context = WebContext(
            engine, load_settings(env, env_file=None), lambda: NOW, None, Health(NOW)
        )
        self.serving = serve.start([serve.Listener(webhook_app(context), "127.0.0.1", 0)])
        self.url = f"http://127.0.0.1:{self.serving.ports[0]}/webhooks/sendgrid/inbound"

    def post(self, fields: dict[str, str], token: str = TOKEN) -> tuple[int, str]:
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
            for name, value in fields.items()
        ]
        body = ("".join(parts) + f"--{boundary}--\r\n").encode()
        request = urllib.request.Request(
            f"{self.url}?token={token}",
            data=body,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


@pytest.fixture
def webhook(engine: sa.Engine):
    running = ParseWebhook(engine)
    yield running
    running.serving.stop()


def raw_mode(name: str) -> dict[str, str]:
    """What SendGrid posts with "Send Raw" on: the whole message in `email`."""
    text = fixture(name).decode("utf-8", errors="replace")
    return {"email": text, "envelope": json.dumps({"to": ["dana@northwind.example"]})}


def parsed_mode(name: str) -> dict[str, str]:
    """What SendGrid posts by default: the headers as one string, the text part apart."""
    message = email.message_from_bytes(fixture(name), policy=email.policy.default)
    body = message.get_body(("plain",))
    assert body is not None
    header_text = "".join(f"{k}: {v}\n" for k, v in message.items())
    return {
        "headers": header_text,
        "text": body.get_content(),
        "from": str(message["From"]),
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "envelope": json.dumps({"to": ["dana@northwind.example"], "from": "x@example.com"}),
        "charsets": json.dumps({"text": "UTF-8"}),
        "SPF": "pass",
    }


def test_a_gmail_reply_halts_the_person_and_keeps_only_what_they_wrote(engine, webhook) -> None:
    code, _ = webhook.post(raw_mode("gmail_reply.eml"))
    assert code == 200
    assert state(engine, "priya.raman@example.com").status == EnrollmentStatus.HALTED
    assert state(engine, "jonas.becker@example.com").status == EnrollmentStatus.ACTIVE
    [reply] = events(engine)
    assert reply.kind == EventKind.REPLY and reply.send_id is not None
    assert reply.detail and "wrote:" not in reply.detail and ">" not in reply.detail


def test_an_outlook_reply_in_parsed_mode_matches_by_references(engine, webhook) -> None:
    assert webhook.post(parsed_mode("outlook_reply.eml"))[0] == 200
    assert state(engine, "priya.raman@example.com").status == EnrollmentStatus.HALTED
    [reply] = events(engine)
    assert reply.kind == EventKind.REPLY
    assert reply.detail and "From: Dana Whitfield" not in reply.detail


def test_the_same_email_twice_is_one_reply(engine, webhook) -> None:
    webhook.post(raw_mode("gmail_reply.eml"))
    webhook.post(raw_mode("gmail_reply.eml"))
    assert len(events(engine)) == 1


def test_an_outlook_out_of_office_holds_the_next_touch_until_they_are_back(engine, webhook) -> None:
    assert webhook.post(raw_mode("outlook_ooo.eml"))[0] == 200
    priya = state(engine, "priya.raman@example.com")
    assert priya.status == EnrollmentStatus.ACTIVE  # not a reply from a person
    [auto] = events(engine)
    assert auto.kind == EventKind.AUTO_REPLY
    assert priya.next_due_at is not None
    assert priya.next_due_at.astimezone(ZoneInfo("America/New_York")).date() > date(2026, 12, 4)


def test_a_german_abwesenheitsnotiz_is_an_out_of_office(engine, webhook) -> None:
    assert webhook.post(raw_mode("abwesenheitsnotiz.eml"))[0] == 200
    jonas = state(engine, "jonas.becker@example.com")
    assert jonas.status == EnrollmentStatus.ACTIVE
    assert events(engine)[0].kind == EventKind.AUTO_REPLY
    assert jonas.next_due_at is not None
    assert jonas.next_due_at.astimezone(ZoneInfo("Europe/Berlin")).date() >= date(2026, 12, 5)


def test_a_bounce_report_marks_the_address_undeliverable(engine, webhook) -> None:
    assert webhook.post(raw_mode("bounce.eml"))[0] == 200
    with Session(engine) as session:
        priya = session.exec(
            select(CandidateRecord).where(CandidateRecord.key == "priya.raman@example.com")
        ).one()
    assert priya.email_undeliverable and "5.1.1" in priya.email_undeliverable
    # No other channel in this sequence: the remaining email step is skipped, with the reason.
    assert state(engine, "priya.raman@example.com").status == EnrollmentStatus.COMPLETED


def test_our_own_sent_copy_is_never_a_reply(engine, webhook) -> None:
    code, answer = webhook.post(raw_mode("own_copy.eml"))
    assert code == 200 and "our own copy" in answer
    assert events(engine) == []
    assert state(engine, "priya.raman@example.com").status == EnrollmentStatus.ACTIVE


def test_a_reply_asking_to_be_removed_is_an_opt_out(engine, webhook) -> None:
    webhook.post(raw_mode("unsubscribe_reply.eml"))
    with Session(engine) as session:
        suppressed = {s.address for s in session.exec(select(Suppression))}
    [opt_out] = events(engine)
    assert opt_out.kind == EventKind.OPT_OUT
    person = session_key(engine, opt_out.candidate_id)
    assert person in suppressed


@pytest.mark.parametrize("mode", [raw_mode, parsed_mode], ids=["raw", "parsed"])
def test_an_assent_under_our_unsubscribe_line_is_an_opt_out(engine, webhook, mode) -> None:
    """ "This." written under the footer's line they kept: in either mode SendGrid posts."""
    assert webhook.post(mode("inline_stop_answer.eml"))[0] == 200
    [opt_out] = events(engine)
    assert opt_out.kind == EventKind.OPT_OUT


def session_key(engine: sa.Engine, candidate_id: int | None) -> str:
    with Session(engine) as session:
        person = session.get(CandidateRecord, candidate_id)
        assert person is not None
        return person.key


def test_a_body_that_is_not_a_form_gets_400(engine, webhook) -> None:
    request = urllib.request.Request(
        f"{webhook.url}?token={TOKEN}",
        data=b"--x\r\nnot a part\r\n",
        headers={"Content-Type": "multipart/form-data; boundary=zzz"},
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 400
    assert events(engine) == []


# --- sequencer receive ---------------------------------------------------------------------------


def test_receive_feeds_a_saved_email_through_the_same_matching(
    engine, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", database_url)
    result = CliRunner().invoke(
        main, ["receive", str(MAIL / "gmail_reply.eml"), "--now", NOW.isoformat()]
    )
    assert result.exit_code == 0, result.output
    assert "halted" in result.output
    assert state(engine, "priya.raman@example.com").status == EnrollmentStatus.HALTED


# --- the recruiter's own mailbox over IMAP -------------------------------------------------------


def test_the_daemon_reads_replies_from_the_recruiters_mailbox(
    engine, database_url: str, project: Project, tmp_path: Path
) -> None:
    with ImapServer() as imap:
        imap.deliver(fixture("gmail_reply.eml"), arrived=NOW - timedelta(hours=1))
        imap.deliver(fixture("own_copy.eml"), arrived=NOW - timedelta(hours=2))
        env = {
            "IMAP_HOST": imap.host,
            "IMAP_PORT": str(imap.port),
            "IMAP_USERNAME": imap.username,
            "IMAP_PASSWORD": imap.password,
            "IMAP_SSL": "no",
        }
        settings = settings_for(project, database_url, tmp_path, env)
        daemon = Daemon(engine, settings, clock=lambda: NOW)
        daemon.mailbox_poll()
        daemon.mailbox_poll()  # nothing new: nothing fed twice
    assert state(engine, "priya.raman@example.com").status == EnrollmentStatus.HALTED
    assert [e.kind for e in events(engine)] == [EventKind.REPLY]


def test_a_reply_to_our_per_message_address_matches_without_any_headers(engine, webhook) -> None:
    """From another address of theirs, with In-Reply-To dropped: the signed reply address
    still names the send."""
    with Session(engine) as session:
        send = session.exec(
            select(Send)
            .join(Enrollment, Enrollment.id == Send.enrollment_id)
            .join(CandidateRecord)
            .where(CandidateRecord.key == "sam.ortiz@example.com")
        ).one()
    reference = f"{send.enrollment_id}-{send.step_id}"
    address = Links("https://x.example", SECRET, "parse.northwind.example").reply_to(reference)
    assert address is not None and address.startswith(f"reply+{reference}.")
    message = (
        "From: Sam O <sam.personal@example.org>\r\n"
        f"To: {address.upper()}\r\n"  # some mail systems shout
        "Subject: Re: the role\r\nMessage-ID: <tok-1@example.org>\r\n\r\n"
        "Happy to chat next week.\r\n"
    )
    forged = message.replace(address.upper(), address[:-30].upper() + "x" * 30)
    assert webhook.post({"email": forged})[0] == 200
    assert state(engine, "sam.ortiz@example.com").status == EnrollmentStatus.ACTIVE
    assert webhook.post({"email": message.replace("tok-1", "tok-2")})[0] == 200
    assert state(engine, "sam.ortiz@example.com").status == EnrollmentStatus.HALTED


def test_an_unreadable_message_in_the_mailbox_blocks_nothing_after_it(
    engine, database_url: str, project: Project, tmp_path: Path
) -> None:
    with ImapServer() as imap:
        imap.deliver(b"\r\n\r\nno headers at all\r\n", arrived=NOW - timedelta(hours=3))
        nul = fixture("gmail_reply.eml").replace(b"Hi Dana", b"Hi\x00 Dana")
        imap.deliver(nul, arrived=NOW - timedelta(hours=2))
        env = {
            "IMAP_HOST": imap.host,
            "IMAP_PORT": str(imap.port),
            "IMAP_USERNAME": imap.username,
            "IMAP_PASSWORD": imap.password,
            "IMAP_SSL": "no",
        }
        settings = settings_for(project, database_url, tmp_path, env)
        Daemon(engine, settings, clock=lambda: NOW).mailbox_poll()
    # The reply after the junk was read, NUL character and all (PostgreSQL refuses NULs).
    assert state(engine, "priya.raman@example.com").status == EnrollmentStatus.HALTED


def test_a_reply_from_an_unknown_address_is_listed_as_unmatched(
    engine, webhook, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    stranger = (
        "From: Someone <someone@elsewhere.example>\r\nTo: dana@northwind.example\r\n"
        "Subject: Re: your note\r\nMessage-ID: <stranger-1@elsewhere.example>\r\n\r\n"
        "Who is this about?\r\n"
    )
    webhook.post({"email": stranger})
    webhook.post(raw_mode("gmail_reply.eml"))
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", database_url)
    shown = CliRunner().invoke(main, ["replies"]).output
    assert "unmatched" in shown and "Who is this about?" in shown
    assert "priya.raman@example.com" in shown
    assert shown.index("priya.raman") < shown.index("unmatched")  # newest first
