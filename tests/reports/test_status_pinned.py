"""`sequencer status` pinned byte for byte on a rich world: several people and sequences, sends
with delivery events, replies, opt-outs, suppressions, held, paused and waiting enrollments,
a follow-on, tasks, things needing attention and consent histories, as `--json` and as text.

Written before `status` was made to read everything in a handful of statements (issue 17), and
run against the per-enrollment code first, so the speed work cannot change a character. A
deliberate change to what status says regenerates the file:
`.venv/bin/python tests/reports/test_status_pinned.py --write`, and the diff is reviewed.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from sqlmodel import Session

from sequencer.cli import main
from sequencer.reports.status import status, status_blocks, status_json
from sequencer.reports.terminal import plain
from sequencer.spec.content import Content
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import (
    Attention,
    CandidateRecord,
    ConsentChange,
    Enrollment,
    Event,
    Send,
    Suppression,
    Task,
)
from sequencer.store.versions import remember

ROOT = Path(__file__).resolve().parents[2]
PINNED = Path(__file__).with_name("status_pinned.txt")
T0 = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)  # Monday; everyone below started around then
ONE_PERSON = ("ana.souza@globex.example", "+13125550999", "ALEX.RIVERA@example.com ")


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def test_status_json_and_text_are_as_pinned(database_url: str) -> None:
    engine = engine_for(database_url)
    build_world(engine)
    assert pinned_output(engine) == PINNED.read_text(encoding="utf-8")


def test_status_json_command_prints_the_pinned_json(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`status --json` writes its text in pieces as it makes them, with its own encoder
    (issue 17): the bytes printed are `json.dumps(status(...), indent=2)`, for everyone and
    for one person, and `[]` for someone never enrolled."""
    engine = engine_for(database_url)
    build_world(engine)
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", database_url)
    for key in (None, *ONE_PERSON, "never.enrolled@example.com"):
        asked = ["status", "--json", *([key] if key else [])]
        printed = CliRunner().invoke(main, asked, catch_exceptions=False).stdout_bytes
        expected = json.dumps(status(engine, key), indent=2) + "\n"
        assert printed == expected.encode()
        assert b"".join(status_json(engine, key)) == expected[:-1].encode()
    assert json.loads(printed) == []


def test_status_reads_the_same_few_statements_however_many_are_enrolled(
    database_url: str,
) -> None:
    """Issue 17: 30,001 statements at 10,000 enrollments was 11.7 s. Forty more people, each
    with sends, delivery events, a task, a reply, a flag, a consent change and an opt-out,
    must not add a single statement, for everyone or for one person, as JSON or as text."""
    engine = engine_for(database_url)
    build_world(engine)
    before = statements_of(engine)
    with Session(engine) as session:
        more_people(session, 40)
        session.commit()
    after = statements_of(engine)
    assert after == before
    assert before["everyone, json"] <= 10
    assert len(status(engine)) == 9 + 40


def test_someone_listed_by_both_addresses_is_shown_by_the_same_one_on_both_databases(
    database_url: str,
) -> None:
    """The email went on the list first, the phone later: status names the first address in
    the list's order, as SQLite always did (PostgreSQL named whichever row it read first)."""
    engine = engine_for(database_url)
    build_world(engine)
    with Session(engine) as session:
        email = Suppression(
            address="alex.rivera@example.com", reason="unsubscribed", created_at=at(90)
        )
        session.add(email)
        session.add(Suppression(address="+12125550147", reason="texted STOP", created_at=at(91)))
        session.commit()
    shown = {entry["suppressed"] for entry in status(engine, "alex.rivera@example.com")}
    assert shown == {"+12125550147: texted STOP"}


def statements_of(engine: sa.Engine) -> dict[str, int]:
    """How many statements each way of asking for status sends to the database."""
    ways = {
        "everyone, json": lambda: status(engine),
        "everyone, text": lambda: status_blocks(engine),
        "one person, json": lambda: status(engine, "alex.rivera@example.com"),
        "one person, text": lambda: status_blocks(engine, "alex.rivera@example.com"),
    }
    counted = {}
    for name, ask in ways.items():
        ask()  # sequence versions are parsed once per process: not what is counted
        seen: list[str] = []

        def count(*args: Any, seen: list[str] = seen) -> None:
            seen.append(args[2])

        sa.event.listen(engine, "before_cursor_execute", count)
        try:
            ask()
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
        counted[name] = len(seen)
    return counted


def pinned_output(engine: sa.Engine) -> str:
    """`status --json` and `status` for everyone, then for a few people one by one."""
    parts = ["=== everyone, json", json.dumps(status(engine), indent=2)]
    parts += ["=== everyone, text", plain(status_blocks(engine))]
    for key in ONE_PERSON:
        parts += [f"=== {key.strip()}, json", json.dumps(status(engine, key), indent=2)]
        parts += [f"=== {key.strip()}, text", plain(status_blocks(engine, key))]
    return "\n".join(parts) + "\n"


# --- the world ----------------------------------------------------------------------------------
# Kept compact: the world reads as a list of what each person went through.
# fmt: off


def build_world(engine: sa.Engine) -> None:
    """Rows as the engine and the inbound paths leave them, written directly so the world is
    the same on every run and both databases."""
    library = TemplateLibrary(ROOT / "templates" / "messages", content=Content(ROOT / "content"))
    versions = {}
    with Session(engine) as session:
        for name in ("passive-candidate", "phone-and-text", "nurture-quarterly"):
            sequence, _ = load_sequence(ROOT / "sequences" / f"{name}.yaml", library)
            versions[name] = remember(session, sequence, library, T0)
        session.commit()
        people = _people(session)
        _alex(session, people["alex"], versions)
        _jordan(session, people["jordan"], versions)
        _ana(session, people["ana"], versions)
        _oliver(session, people["oliver"], versions)
        _priya(session, people["priya"], versions)
        _sam(session, people["sam"], versions)
        session.commit()


def _people(session: Session) -> dict[str, int]:
    rows = {
        "alex": dict(email="alex.rivera@example.com", phone="+12125550147", last_name="Rivera",
                     timezone="America/New_York", sms_consent=True, call_consent=True),
        "jordan": dict(email="jordan.lee@example.net", phone="+12065550123", last_name="Lee",
                       timezone="America/Los_Angeles", sms_consent=True),
        "ana": dict(email="ana.souza@globex.example", phone="+13125550178", last_name="Souza",
                    timezone="America/Chicago"),
        "oliver": dict(email="Oliver.Hughes@Example.org", phone="+442079460123",
                       timezone="Europe/London", email_undeliverable="550 no such user"),
        "priya": dict(email="priya.nair@example.com", timezone=None),
        "sam": dict(email=None, phone="+13125550999", timezone="America/Denver"),
        "nobody": dict(email="never.enrolled@example.com"),
    }
    ids = {}
    for first, fields in rows.items():
        key = (fields.get("email") or fields["phone"] or "").lower()
        record = CandidateRecord(key=key, first_name=first.title(), updated_at=T0, **fields)
        session.add(record)
        session.flush()
        assert record.id is not None
        ids[first] = record.id
    return ids


def _enroll(session: Session, person: int, name: str, version: str, **fields: Any) -> int:
    fields.setdefault("started_at", T0)
    enrollment = Enrollment(candidate_id=person, sequence_name=name, sequence_version=version,
                            **fields)
    session.add(enrollment)
    session.flush()
    assert enrollment.id is not None
    return enrollment.id


def _send(session: Session, enrollment: int, step: str, **fields: Any) -> int:
    fields.setdefault("claimed_at", fields.get("sent_at") or T0)
    fields.setdefault("channel", "email")
    send = Send(enrollment_id=enrollment, step_id=step, **fields)
    session.add(send)
    session.flush()
    assert send.id is not None
    return send.id


def _event(session: Session, key: str, kind: str, when: datetime, **fields: Any) -> None:
    session.add(Event(key=key, kind=kind, occurred_at=when, received_at=when, **fields))  # type: ignore[arg-type]


def _alex(session: Session, alex: int, versions: dict[str, str]) -> None:
    """Halted by a reply after two emails (delivered, opened, clicked), then moved on to the
    nurture sequence; consent given by the CSV, texts withdrawn by a texted STOP."""
    first = _enroll(
        session, alex, "passive-candidate", versions["passive-candidate"], status="halted",
        status_reason="replied", next_step=2, touches_sent=2, last_touch_at=at(50),
        follow_on="nurture-quarterly", follow_on_at=at(24 * 365), owner="dana@northwind.example",
    )
    initial = _send(
        session, first, "initial", to="alex.rivera@example.com", status="sent", provider="sendgrid",
        provider_id="sg-1", subject="Staff Platform Engineer at Northwind", attempts=1,
        sent_at=at(2),
    )
    later = _send(
        session, first, "follow-up-1", to="alex.rivera@example.com", status="sent",
        provider="sendgrid", provider_id="sg-2", subject="Re: Staff Platform Engineer",
        attempts=2, sent_at=at(50),
    )
    for n, kind in enumerate(("accepted", "delivered", "opened", "clicked", "opened")):
        _event(session, f"a-{n}", kind, at(3 + n), candidate_id=alex, send_id=initial)
    _event(session, "a-acc", "accepted", at(51), candidate_id=alex, send_id=later)
    _event(session, "a-before", "reply", at(-30), candidate_id=alex, detail="an older thread")
    _event(session, "a-help", "help", at(60), candidate_id=alex, channel="sms")
    _event(session, "a-reply", "reply", at(70), candidate_id=alex, channel="email",
           detail="Happy to talk next week.", send_id=later)
    _event(session, "a-ats", "applied", at(80), candidate_id=alex, detail="Greenhouse: applied")
    _event(session, "a-out", "outcome", at(80), candidate_id=alex, detail="interested")
    _enroll(session, alex, "nurture-quarterly", versions["nurture-quarterly"], started_at=at(75),
            next_due_at=at(24 * 90))
    csv = "CSV column {} (candidates.csv, row 2)"
    session.add(ConsentChange(candidate_id=alex, channel="sms", given=True, at=T0,
                              source=csv.format("sms_consent")))
    session.add(ConsentChange(candidate_id=alex, channel="call", given=True, at=T0,
                              source=csv.format("call_consent")))
    session.add(ConsentChange(candidate_id=alex, channel="sms", given=False, at=at(65),
                              source="texted STOP"))


def _jordan(session: Session, jordan: int, versions: dict[str, str]) -> None:
    """Texts and a voicemail; waiting for the recruiter to make a call (an open task)."""
    enrollment = _enroll(session, jordan, "phone-and-text", versions["phone-and-text"],
                         next_step=2, touches_sent=2, last_touch_at=at(30))
    text = _send(session, enrollment, "initial", channel="sms", to="+12065550123",
                 status="sent", provider="twilio", provider_id="SM1", attempts=1,
                 sent_at=at(4))
    call = _send(session, enrollment, "voicemail", channel="call", to="+12065550123",
                 status="sent", provider="twilio", provider_id="CA1", attempts=1,
                 sent_at=at(30))
    _event(session, "j-d", "delivered", at(4.1), candidate_id=jordan, send_id=text, channel="sms")
    _event(session, "j-c1", "call", at(30.1), candidate_id=jordan, send_id=call, detail="no-answer")
    _event(session, "j-c2", "call", at(30.2), candidate_id=jordan, send_id=call,
           detail="voicemail left")
    final = _send(session, enrollment, "final", channel="call", to="+12065550123",
                  status="waiting", attempts=0)
    session.add(Task(send_id=final, kind="call", to="+12065550123", body="Call Jordan",
                     created_at=at(31), expires_at=at(31 + 24 * 7)))
    _event(session, "j-auto", "auto_reply", at(12), candidate_id=jordan, channel="email",
           detail="Out until Monday")


def _ana(session: Session, ana: int, versions: dict[str, str]) -> None:
    """A send in doubt (handed over, never confirmed), a LinkedIn task done, and what needs the
    recruiter: about this enrollment, about her, and about her older enrollment."""
    older = _enroll(
        session, ana, "phone-and-text", versions["phone-and-text"], status="completed",
        status_reason="every step was sent or skipped", next_step=3, touches_sent=1,
        started_at=at(-24 * 40), last_touch_at=at(-24 * 30),
    )
    _send(session, older, "initial", channel="sms", status="skipped",
          reason="no consent to texts", claimed_at=at(-24 * 40))
    current = _enroll(session, ana, "passive-candidate", versions["passive-candidate"],
                      next_step=1, touches_sent=0, owner="sam@northwind.example")
    _send(session, current, "initial", to="ana.souza@globex.example", status="sending",
          provider="sendgrid", attempts=1, claimed_at=at(5))
    linkedin = "https://www.linkedin.com/in/ana"
    task_send = _send(session, current, "linkedin-hello", channel="linkedin", to=linkedin,
                      status="sent", sent_at=at(6))
    session.add(Task(send_id=task_send, kind="linkedin", to=linkedin, body="Hi Ana",
                     status="done", created_at=at(5), done_at=at(6)))
    _send(session, current, "check-back-2027-01-11", status="skipped", reason="superseded",
          claimed_at=at(7))
    flags = [
        (current, "The follow-up failed: the template is missing a field.", at(8), None),
        (None, "A meeting with Ana was cancelled.", at(9), None),
        (older, "A call task expired with no other channel.", at(-24 * 31), None),
        (current, "Resolved already.", at(7), at(8)),
    ]
    for enrollment, reason, created, resolved in flags:
        session.add(Attention(candidate_id=ana, enrollment_id=enrollment, reason=reason,
                              created_at=created, resolved_at=resolved))
    _event(session, "an-bounce", "bounce", at(10), candidate_id=ana, channel="email",
           detail="mailbox full")


def _oliver(session: Session, oliver: int, versions: dict[str, str]) -> None:
    """Opted out (both addresses on the list), his email undeliverable; a failed send."""
    enrollment = _enroll(session, oliver, "passive-candidate", versions["passive-candidate"],
                         status="halted", status_reason="opted out", next_step=1, touches_sent=0)
    failed = _send(session, enrollment, "initial", to="Oliver.Hughes@Example.org",
                   status="failed", reason="550 no such user", provider="sendgrid",
                   provider_id="sg-9", attempts=1, claimed_at=at(3))
    _event(session, "o-f", "failed", at(3.5), candidate_id=oliver, send_id=failed,
           detail="550 no such user")
    _event(session, "o-b", "bounce", at(3.5), candidate_id=oliver, send_id=failed,
           channel="email", detail="550 no such user")
    _event(session, "o-out", "opt_out", at(4), candidate_id=oliver, channel="sms", detail="STOP")
    session.add(Suppression(address="+442079460123", reason="texted STOP", created_at=at(4)))
    session.add(Suppression(address="oliver.hughes@example.org", reason="unsubscribed",
                            created_at=at(4)))


def _priya(session: Session, priya: int, versions: dict[str, str]) -> None:
    """"Not now, check back in January": held, and a paused enrollment beside it."""
    _enroll(
        session, priya, "passive-candidate", versions["passive-candidate"], next_step=1,
        touches_sent=1, last_touch_at=at(2), not_before=at(24 * 49),
        next_due_at=at(24 * 49 + 2), check_back_on=date(2027, 1, 11), check_back_asked_at=at(20),
    )
    _enroll(
        session, priya, "nurture-quarterly", versions["nurture-quarterly"], status="paused",
        status_reason="paused by the recruiter", started_at=at(1), not_before=at(24 * 3),
    )
    _event(session, "p-optin", "opt_in", at(21), candidate_id=priya, channel="sms")


def _sam(session: Session, sam: int, versions: dict[str, str]) -> None:
    """Known by phone only, on the suppression list, every step done."""
    enrollment = _enroll(
        session, sam, "phone-and-text", versions["phone-and-text"], status="completed",
        status_reason="every step was sent or skipped", next_step=3, touches_sent=2,
        last_touch_at=at(40),
    )
    for step, hours in (("final", 40.0), ("initial", 2.0), ("voicemail", 20.0)):
        _send(session, enrollment, step, channel="sms", to="+13125550999", status="sent",
              provider="twilio", attempts=1, sent_at=at(hours))
    session.add(Suppression(address="+13125550999", reason="texted STOP", created_at=at(41)))


def more_people(session: Session, count: int) -> None:
    """`count` people more in passive-candidate, each with a bit of everything status shows."""
    version = session.exec(sa.select(Enrollment.sequence_version).limit(1)).one()[0]
    for n in range(count):
        phone = f"+1312555{n:04d}"
        person = CandidateRecord(key=f"more{n}@example.com", email=f"more{n}@example.com",
                                 phone=phone, updated_at=T0, sms_consent=True)
        session.add(person)
        session.flush()
        assert person.id is not None
        enrollment = _enroll(session, person.id, "passive-candidate", version, touches_sent=2)
        for step, hours in (("initial", 2), ("follow-up-1", 50)):
            send = _send(session, enrollment, step, to=person.email, status="sent",
                         sent_at=at(hours))
            _event(session, f"m{n}-{step}", "delivered", at(hours + 1), candidate_id=person.id,
                   send_id=send)
        task_send = _send(session, enrollment, "linkedin", channel="linkedin", status="waiting")
        session.add(Task(send_id=task_send, kind="linkedin", to="in/x", body="Hi",
                         created_at=T0))
        _event(session, f"m{n}-reply", "reply", at(60), candidate_id=person.id, detail="Yes")
        session.add(Attention(candidate_id=person.id, enrollment_id=enrollment, reason="Look",
                              created_at=at(61)))
        session.add(ConsentChange(candidate_id=person.id, channel="sms", given=True, at=T0,
                                  source="CSV"))
        session.add(Suppression(address=phone, reason="texted STOP", created_at=at(62)))


# fmt: on


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    with tempfile.TemporaryDirectory() as directory:
        world = engine_for(f"sqlite:///{directory}/pinned.db")
        build_world(world)
        PINNED.write_text(pinned_output(world), encoding="utf-8")
    print(f"wrote {PINNED}")
