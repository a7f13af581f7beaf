"""The web app as a recruiter meets it in tests: `dashboard_app` on a real database, through
Starlette's TestClient, signed in through the real /login form (web.auth)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from helpers.project import Project, settings_for
from helpers.recording import RecordingSenders
from starlette.testclient import TestClient

from sequencer.channels import Senders
from sequencer.channels.outbox import Outbox
from sequencer.config import Settings
from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.inbound.messages import raw_mail
from sequencer.inbound.receive import SendEvent, receive_event
from sequencer.spec.validate import load_sequence
from sequencer.store import recruiters
from sequencer.store.database import engine_for
from sequencer.store.people import import_candidates
from sequencer.web.context import WebContext
from sequencer.web.dashboard.app import dashboard_app

PASSWORD = "correct horse battery staple"
SECRET = {"SEQUENCER_SECRET_KEY": "a-test-secret-that-is-long-enough-0123456789"}
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class Recruiter:
    """A signed-in browser: `get`, and `post` that carries the page's CSRF token."""

    def __init__(self, client: TestClient, email: str) -> None:
        self.client, self.email = client, email
        self.token = ""

    def get(self, path: str, **kwargs: object) -> object:
        answer = self.client.get(path, **kwargs)  # type: ignore[arg-type]
        found = _TOKEN.search(answer.text)
        self.token = found.group(1) if found else self.token
        return answer

    def post(self, path: str, data: dict[str, str] | None = None, htmx: bool = False):
        headers = {"HX-Request": "true"} if htmx else {}
        form = {"csrf_token": self.token, **(data or {})}
        return self.client.post(path, data=form, headers=headers, follow_redirects=False)


def sign_in(
    settings: Settings,
    engine: sa.Engine,
    clock: Callable[[], datetime],
    email: str = "dana@northwind.example",
) -> Recruiter:
    """A new account `email`, signed in; the client keeps the session cookie."""
    recruiters.add(engine, email, PASSWORD, False, clock())
    client = TestClient(dashboard_app(WebContext(engine, settings, clock)))
    recruiter = Recruiter(client, email)
    recruiter.get("/login")
    answer = recruiter.post("/login", {"email": email, "password": PASSWORD})
    assert answer.status_code == 303, answer.text
    return recruiter


# --- a recruiting desk: two recruiters' people, a LinkedIn task each, mail to reply to --------

START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # Mon 09:00 in New York
DANA, LEE = "dana@northwind.example", "lee@northwind.example"
NOTE = """{% block body %}Hi {{ candidate.first_name }}, I saw your work on Kafka at scale.
Open to a chat about a staff role? No worries if not.{% endblock %}
"""
EMAIL = """{% block subject %}Staff role{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}
"""
OUTREACH = """
timezone: America/New_York
send_window: ["Mon-Fri 09:00-17:00"]
sender: {name: Dana, email: dana@northwind.example, postal_address: "1 Main St"}
steps:
  - {id: hello, channel: email, template: t/email}
  - {id: note, channel: linkedin, template: t/note, wait: 1 day}
  - {id: last, channel: email, template: t/email, wait: 1 week}
"""
PEOPLE = """email,first_name,last_name,company,timezone,linkedin_url
ana@example.com,Ana,Rivera,Globex,America/Los_Angeles,https://www.linkedin.com/in/ana
ben@example.com,Ben,Okafor,Initech,Europe/London,https://www.linkedin.com/in/ben
"""


@dataclass
class Desk:
    engine: sa.Engine
    settings: Settings
    senders: RecordingSenders  # push an error on `.errors` to have a provider refuse
    now: datetime

    def clock(self) -> datetime:
        return self.now

    def tick(self, until: datetime) -> None:
        """The daemon's passes, hourly, up to `until` (which becomes now)."""
        while self.now <= until:
            tick(self.engine, self.senders.senders, self.now)
            self.now += timedelta(hours=1)
        self.now = until

    def reply(self, sender: str, text: str) -> None:
        """`sender` answers our email (a real RFC 5322 message through inbound)."""
        raw = (
            f"From: {sender}\r\nTo: dana@northwind.example\r\nSubject: Re: Staff role\r\n"
            f"Message-ID: <{sender}-{self.now.timestamp()}@mail.example>\r\n"
            f"Date: {self.now:%a, %d %b %Y %H:%M:%S +0000}\r\n\r\n{text}"
        ).encode()
        raw_mail(self.engine, raw, self.now, None)

    def event(self, fact: SendEvent) -> None:
        """A provider's event about one of our sends (delivered, opened, bounced...)."""
        receive_event(self.engine, fact, self.now)

    def sign_in(self, email: str = DANA) -> Recruiter:
        return sign_in(self.settings, self.engine, self.clock, email)


def desk(
    project: Project, database_url: str, tmp_path: Path, env: dict[str, str] | None = None
) -> Desk:
    """Ana (Dana's) and Ben (Lee's) in `outreach`; after the first pass each has had the
    hello email, and their LinkedIn notes are due on Tuesday."""
    project.template("t/email", EMAIL)
    project.template("t/note", NOTE)
    path = project.sequence("outreach", OUTREACH)
    project.sequence("pipeline", OUTREACH)
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, START)
    sequence, _ = load_sequence(path, project.library)
    enroll(engine, sequence, project.library, ["ana@example.com"], START, owner=DANA)
    enroll(engine, sequence, project.library, ["ben@example.com"], START, owner=LEE)
    outbox = Outbox(tmp_path / "outbox", START)
    settings = settings_for(project, database_url, tmp_path / "outbox", SECRET | (env or {}))
    return Desk(engine, settings, RecordingSenders(through=Senders(outbox, outbox, outbox)), START)
