"""A person who got our first email and answers it, for the tests of what a reply's reading
changes (tests/inbound/test_reading_effects.py, test_decisions.py): Ana in Berlin, with an
email and a phone, in a three-email sequence whose `replies:` block the test chooses."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from helpers.project import Project
from sqlmodel import Session, select
from twilio.request_validator import RequestValidator

from sequencer.channels import Senders
from sequencer.channels.outbox import Outbox
from sequencer.channels.twilio.inbound import sms_fact
from sequencer.channels.twilio.signature import TwilioVerifier
from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.inbound.messages import receive_text
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    Event,
    ReplyReading,
    Send,
    Suppression,
)
from sequencer.store.people import import_candidates

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # Mon 15:00 in Berlin
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # a Tuesday; the reply arrives
ANA, ANA_PHONE = "ana@example.com", "+4915112345678"
PEOPLE = f"""email,phone,first_name,last_name,timezone
{ANA},{ANA_PHONE},Ana,Weber,Europe/Berlin
"""
SEQUENCE = """
timezone: Europe/Berlin
send_window: ["Mon-Fri 09:00-17:00"]
sender: {{name: Dana Reyes, email: dana@northwind.example}}
steps:
  - {{id: first, channel: email, template: t/email}}
  - {{id: nudge, channel: email, template: t/email, wait: 3 days}}
  - {{id: last, channel: email, template: t/email, wait: 1 week}}
outcomes: {{no_answer: stop, interested: stop, accepted_elsewhere: stop}}
{replies}
"""
EMAIL = """{% block subject %}Staff Backend Engineer at Northwind{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}
"""
FOOTER = """
On Mon, Nov 23, 2026 at 3:00 PM Dana Reyes <dana@northwind.example> wrote:
> Hi Ana. No worries if not.
>
> Not interested? Reply and say so, and you won't hear from me again.
> To stop all messages: https://jobs.northwind.example/unsubscribe/k3j4h5
"""
TWILIO_TOKEN = "twilio-auth-token-for-tests"
PUBLIC_URL = "https://sequencer.northwind.example"


class World:
    def __init__(self, project: Project, database_url: str, tmp_path: Path, replies: str):
        project.template("t/email", EMAIL)
        path = project.sequence("outreach", SEQUENCE.format(replies=replies))
        csv = tmp_path / "people.csv"
        csv.write_text(PEOPLE, encoding="utf-8")
        self.database_url = database_url
        self.engine = engine_for(database_url)
        import_candidates(self.engine, csv, START)
        sequence, _ = load_sequence(path, project.library)
        enroll(self.engine, sequence, project.library, None, START)
        outbox = Outbox(tmp_path / "outbox", START)
        self.senders = Senders(outbox, outbox, outbox)
        first = self.enrollment().next_due_at
        assert first is not None and first < NOW
        tick(self.engine, self.senders, first)
        assert self.sent() == 1  # the first email went out; the reply answers it

    def sent(self) -> int:
        with Session(self.engine) as session:
            return len(session.exec(select(Send).where(Send.sent_at != None)).all())  # noqa: E711

    def enrollment(self) -> Enrollment:
        with Session(self.engine) as session:
            return session.exec(select(Enrollment)).one()

    def reading(self) -> ReplyReading:
        with Session(self.engine) as session:
            return session.exec(select(ReplyReading)).one()

    def suppressed(self) -> set[str]:
        with Session(self.engine) as session:
            return set(session.exec(select(Suppression.address)))

    def people(self) -> set[str]:
        with Session(self.engine) as session:
            return set(session.exec(select(CandidateRecord.key)))

    def events(self) -> list[Event]:
        with Session(self.engine) as session:
            return list(session.exec(select(Event).order_by(Event.id)))


def email(
    body: str,
    *,
    subject: str = "Re: Staff Backend Engineer at Northwind",
    sent: datetime = NOW,
    headers: dict[str, str] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = f"Ana Weber <{ANA}>"
    message["To"] = "Dana Reyes <dana@northwind.example>"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = make_msgid(domain="example.com")
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()


def text_in(engine: sa.Engine, body: str, now: datetime) -> str | None:
    """A text as Twilio posts it, through the webhook's own signature check and reading."""
    target = "/webhooks/twilio/sms"
    params = {"MessageSid": "SM" + "7" * 32, "From": ANA_PHONE, "Body": body}
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(PUBLIC_URL + target, params)
    request = _Posted(target, urlencode(params).encode(), signature)
    fact = sms_fact(TwilioVerifier(TWILIO_TOKEN), PUBLIC_URL, request)
    return receive_text(engine, fact, now)


class _Posted:
    def __init__(self, target: str, body: bytes, signature: str) -> None:
        self.target, self.body = target, body
        self.headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature,
        }
        self.query: dict[str, list[str]] = {}
