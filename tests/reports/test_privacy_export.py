"""`sequencer export-person`: everything held on one person, one JSON document a person can
read, valid against the schema shipped in schema/person-export.schema.json."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from helpers.project import ROOT, Project
from sqlmodel import Session, select

from sequencer.channels import Senders
from sequencer.channels.facts import TextIn
from sequencer.channels.outbox import Outbox
from sequencer.cli import main
from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.engine.tasks import complete_task
from sequencer.inbound.messages import receive_text
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.reports.export import export_person
from sequencer.spec.validate import load_sequence
from sequencer.store import audit
from sequencer.store.attention import flag
from sequencer.store.blocks import DECLINED, block
from sequencer.store.database import engine_for, migrate
from sequencer.store.models import CandidateRecord, Task
from sequencer.store.people import import_candidates
from sequencer.store.suppression import suppress

START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # Mon 15:00 in Berlin
ANA, ANA_PHONE = "ana@example.com", "+4915112345678"
PEOPLE = f"""email,phone,first_name,last_name,timezone,linkedin_url,sms_consent,call_consent
{ANA},{ANA_PHONE},Ana,Weber,Europe/Berlin,https://www.linkedin.com/in/ana-weber,yes,yes
"""
SEQUENCE = """
timezone: Europe/Berlin
send_window: ["Mon-Fri 09:00-17:00"]
sender: {name: Dana Reyes, email: dana@northwind.example, phone: "+14155550134"}
steps:
  - {id: first, channel: email, template: t/email}
  - {id: connect, channel: linkedin, template: t/note, wait: 1 day}
  - {id: text, channel: sms, template: t/note, wait: 1 day}
  - {id: call, channel: voicemail, template: t/call, wait: 1 day}
"""
EMAIL = """{% block subject %}Staff Backend Engineer at Northwind{% endblock %}
{% block body %}Hi {{ candidate.first_name }}, the platform team is hiring. No worries if not.
{% endblock %}
"""
NOTE = "{% block body %}Hi {{ candidate.first_name }}, a short note from Dana.{% endblock %}\n"
CALL = (
    "{% block script %}Hi Ana, Dana here, about the platform role.{% endblock %}\n"
    "{% block subject %}The platform role{% endblock %}\n"
    "{% block body %}Hi Ana, I just left you a voicemail about the platform role.{% endblock %}\n"
)
SCHEMA = json.loads((ROOT / "schema" / "person-export.schema.json").read_text())


def validator() -> jsonschema.Draft202012Validator:
    """The schema's validator, checking that every time is ISO 8601 with its zone."""
    formats = jsonschema.FormatChecker()

    @formats.checks("date-time", raises=ValueError)
    def iso_time(value: object) -> bool:
        return not isinstance(value, str) or datetime.fromisoformat(value).tzinfo is not None

    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    return jsonschema.Draft202012Validator(SCHEMA, format_checker=formats)


def text_from_ana(engine: sa.Engine, key: str, body: str, when: datetime) -> None:
    receive_text(engine, TextIn(key=key, channel="sms", sender=ANA_PHONE, body=body), when)


def ana_id(engine: sa.Engine) -> int:
    with Session(engine) as session:
        person = session.exec(select(CandidateRecord)).one()
        assert person.id is not None
        return person.id


@pytest.fixture
def full_history(project: Project, database_url: str, tmp_path: Path) -> sa.Engine:
    """Ana: imported with consent to texts, emailed, a LinkedIn task done, texted; she
    replies, the recruiter marks her interested, then she texts STOP; a block, a note for
    the recruiter and an audit entry about her."""
    project.template("t/email", EMAIL)
    project.template("t/note", NOTE)
    project.template("t/call", CALL)
    path = project.sequence("outreach", SEQUENCE)
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, START)
    sequence, _ = load_sequence(path, project.library)
    enroll(engine, sequence, project.library, None, START, owner="dana@northwind.example")
    outbox = Outbox(tmp_path / "outbox", START)
    senders = Senders(outbox, outbox, outbox)
    day = START
    for _ in range(8):
        tick(engine, senders, day)
        with Session(engine) as session:
            task = session.exec(select(Task).where(Task.status == "open")).first()
        if task is not None and task.id is not None:
            complete_task(engine, task.id, day)
        day += timedelta(days=1)
    text_from_ana(engine, "SM-reply", "Sounds interesting, tell me more", day)
    mark(engine, ANA, Outcome.INTERESTED, day + timedelta(hours=1))
    text_from_ana(engine, "SM-stop", "STOP", day + timedelta(hours=2))
    person = ana_id(engine)
    with Session(engine) as session, session.begin():
        block(session, person, DECLINED, "reply", day, day + timedelta(days=365))
        flag(session, person, "a meeting was cancelled", day)
        audit.record(session, day, "dana@northwind.example", "note", person, "met at a meetup")
    return engine


def person_of(document: dict[str, Any]) -> dict[str, Any]:
    [person] = document["people"]
    return person


def test_the_export_of_a_person_with_a_full_history_is_valid_and_holds_it_all(
    full_history: sa.Engine,
) -> None:
    now = START + timedelta(days=30)
    document = export_person(full_history, "ANA@example.com", now)

    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(document)]
    assert errors == []
    assert document["about"]["address"] == ANA
    assert "All times are in UTC" in document["about"]["summary"]
    ana = person_of(document)
    assert ana["profile"]["phone"] == ANA_PHONE
    # Every message sent, with the words she read.
    sent = {m["step"]: m for m in ana["messages"]}
    assert sent["first"]["text"].startswith("Hi Ana, the platform team is hiring.")
    assert sent["first"]["subject"] == "Staff Backend Engineer at Northwind"
    assert sent["text"]["text"] == "Hi Ana, a short note from Dana."
    assert sent["text"]["status"] == "sent"
    assert sent["call"]["voicemail_script"] == "Hi Ana, Dana here, about the platform role."
    assert sent["call"]["text"].startswith("Hi Ana, I just left you a voicemail about the")
    [task] = ana["tasks"]
    assert (task["kind"], task["status"]) == ("linkedin", "done")
    assert task["text"] == "Hi Ana, a short note from Dana."
    # What came back, what was understood, what the recruiter recorded.
    kinds = [e["kind"] for e in ana["events"]]
    assert "reply" in kinds and "opt_out" in kinds
    replies = {r["kind"]: r for r in ana["replies"]}
    assert replies["reply"]["text"] == "Sounds interesting, tell me more"
    assert replies["opt_out"]["understood_as"] == "opt_out"
    assert [o["detail"] for o in ana["outcomes"]] == ["interested"]
    # Consent: from the CSV, withdrawn by her STOP.
    history = [(c["channel"], c["given"], c["source"]) for c in ana["consent"]["history"]]
    assert history[0] == ("sms", True, "CSV column sms_consent (people.csv, row 2)")
    assert [change[:2] for change in history[-2:]] == [("sms", False), ("call", False)]
    assert all("STOP" in source for _, _, source in history[-2:])
    assert ana["consent"]["texts"] is ana["consent"]["calls"] is False
    assert [b["reason"] for b in ana["reenrollment_blocks"]] == ["declined"]
    assert [a["reason"] for a in ana["needs_attention"]] == ["a meeting was cancelled"]
    assert {"action": "note", "detail": "met at a meetup"}.items() <= ana["audit"][-1].items()
    assert {s["address"] for s in document["suppression"]} == {ANA, ANA_PHONE}


def test_export_person_writes_a_file_only_its_owner_reads(
    full_history: sa.Engine, database_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "exports" / "ana.json"
    runner = CliRunner(env={"SEQUENCER_DATABASE_URL": database_url})
    result = runner.invoke(main, ["export-person", ANA_PHONE, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    document = json.loads(target.read_text(encoding="utf-8"))
    assert person_of(document)["profile"]["email"] == ANA


def test_someone_known_only_by_their_opt_out_gets_that_entry(database_url: str) -> None:
    engine = engine_for(database_url)
    migrate(engine)
    with Session(engine) as session, session.begin():
        suppress(session, "lee@example.org", "used the unsubscribe link", START)
    document = export_person(engine, "lee@example.org", START)
    assert validator().is_valid(document)
    assert document["people"] == []
    assert document["suppression"][0]["reason"] == "used the unsubscribe link"


def test_nothing_held_is_one_line_that_says_so(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'db.sqlite'}"
    runner = CliRunner(env={"SEQUENCER_DATABASE_URL": database})
    runner.invoke(main, ["import", str(ROOT / "examples" / "candidates.csv")])
    result = runner.invoke(main, ["export-person", "nobody@example.com"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: nothing is held on nobody@example.com: no person and no opt-out with this "
        "address (check its spelling; an erased person leaves only a keyed hash)"
    ]
