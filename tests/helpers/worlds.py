"""A small outreach world for tests of what comes back: one person, a three-email sequence
(the second falls back to LinkedIn), and a pipeline sequence to move people to."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from helpers.project import Project, settings_for

from sequencer.channels import Senders
from sequencer.channels.outbox import Outbox
from sequencer.engine.enroll import enroll
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.people import import_candidates

NEW_YORK = ZoneInfo("America/New_York")
START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # Mon 09:00 in New York
EMAIL = """{% block subject %}Staff role{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}
"""
PEOPLE = """email,phone,first_name,timezone,linkedin_url
ana@example.com,+12125550147,Ana,America/New_York,https://www.linkedin.com/in/ana
"""
OUTREACH = """
timezone: America/New_York
send_window: ["Mon-Fri 09:00-17:00"]
sender: {{name: Dana, email: dana@northwind.example}}
stop_on: [{stop_on}]
steps:
  - {{id: first, channel: email, template: t/email}}
  - {{id: nudge, channel: email, template: t/email, wait: 3 days, fallback: linkedin}}
  - {{id: last, channel: email, template: t/email, wait: 1 week}}
outcomes:
  no_answer: {{move_to: pipeline, after: 2 weeks}}
  accepted_elsewhere: {{move_to: pipeline, after: {accepted_after}}}
"""
PIPELINE = """
timezone: America/New_York
send_window: ["Tue-Thu 10:00-12:00"]
sender: {name: Dana, email: dana@northwind.example}
steps:
  - {id: check-in, channel: email, template: t/email, wait: 1 day}
"""


def make_world(
    project: Project,
    database_url: str,
    tmp_path: Path,
    stop_on: str = "reply, opt_out",
    accepted_after: str = "12 months",
):
    project.template("t/email", EMAIL)
    path = project.sequence(
        "outreach", OUTREACH.format(stop_on=stop_on, accepted_after=accepted_after)
    )
    project.sequence("pipeline", PIPELINE)
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, START)
    sequence, _ = load_sequence(path, project.library)
    enroll(engine, sequence, project.library, None, START)
    outbox = Outbox(tmp_path / "outbox", START)
    settings = settings_for(project, database_url, tmp_path / "outbox")
    return engine, Senders(outbox, outbox, outbox), settings


def everyone_due_at(project: Project, database_url: str, people: int, at: datetime) -> sa.Engine:
    """`people` people enrolled in `now`, one email that may go at any hour: all due at `at`."""
    project.template(
        "t/email",
        "{% block subject %}Hello{% endblock %}\n"
        "{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}\n",
    )
    path = project.sequence(
        "now",
        """
        send_window: ["Daily 00:00-23:59"]
        sender: {name: Dana, email: dana@northwind.example, postal_address: "1 Main St"}
        steps:
          - {id: hello, channel: email, template: t/email, wait: 0 minutes}
        """,
    )
    csv = project.sequences.parent / "people.csv"
    rows = "".join(f"person{n}@example.com,P{n}\n" for n in range(people))
    csv.write_text("email,first_name\n" + rows, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, at)
    sequence, _ = load_sequence(path, project.library)
    assert len(enroll(engine, sequence, project.library, None, at).enrolled) == people
    return engine


def enrolled_in_emails(
    project: Project,
    database_url: str,
    rows: list[str],
    now: datetime,
    sender_phone: str = "",
    stop_on: str | None = None,
    second_step: bool = False,
) -> sa.Engine:
    """People from `rows` ("email,phone,first_name") enrolled at `now` in an email sequence
    of one step (two with `second_step`, three business days later), stopping on the
    default events or on `stop_on` ("reply, bounce")."""
    project.template(
        "t/email", "{% block subject %}Hi{% endblock %}{% block body %}Hi{% endblock %}"
    )
    phone = f', phone_display: "{sender_phone}"' if sender_phone else ""
    stops = f"stop_on: [{stop_on}]" if stop_on else ""
    second = "\n  - {id: second, channel: email, template: t/email, wait: 3 business days}"
    path = project.sequence(
        "outreach",
        f"""
timezone: America/New_York
send_window: ["Mon-Fri 09:00-17:00"]
sender: {{name: Dana, email: dana@northwind.example{phone}}}
{stops}
steps:
  - {{id: first, channel: email, template: t/email}}{second if second_step else ""}
""",
    )
    csv = project.sequences.parent / "people.csv"
    csv.write_text("email,phone,first_name\n" + "".join(f"{r}\n" for r in rows), "utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, now)
    sequence, _ = load_sequence(path, project.library)
    enroll(engine, sequence, project.library, None, now)
    return engine
