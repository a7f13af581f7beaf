"""Forgetting a person at their request, end to end (issue #18): imported, enrolled, written
to (emails in the outbox, texts and a voicemail through the real twilio client to the fake
Twilio), replied; then `sequencer forget`. Afterwards the same spreadsheet cannot bring them
back, nothing more reaches the fake providers for them, a late reply is dropped, and no
trace of their address, number or name is left in the database files, the outbox or the
logs. On PostgreSQL the rows are read instead of the files."""

from __future__ import annotations

import logging
from email import message_from_bytes
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner, Result
from fakes.sendgrid_server import FakeSendGrid
from fakes.twilio_server import FakeTwilio
from helpers.project import ROOT, use_shipped_files
from sqlmodel import SQLModel

from sequencer.cli import main

EMAIL, PHONE, NAME = "alex.rivera@example.com", "+12125550147", "Rivera"
OTHER = "jordan.lee@example.net"
WEEKS_LATER = ("2026-12-07T00:00Z", "2026-12-19T00:00Z")
TRACES = (EMAIL, PHONE, NAME, "alex.rivera", "2125550147")


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, database_url: str):
    """Texts and calls through the real twilio client to the fake Twilio; emails into the
    outbox (no SendGrid yet: it is switched on later, to see that nothing reaches it)."""
    use_shipped_files(monkeypatch, tmp_path)
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", database_url)
    monkeypatch.setenv("SEQUENCER_SECRET_KEY", "a-long-random-secret-for-the-tests-0123456789")
    monkeypatch.setenv("SEQUENCER_LOG_LEVEL", "DEBUG")
    with FakeSendGrid() as sendgrid, FakeTwilio() as twilio:
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", twilio.account_sid)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", twilio.auth_token)
        monkeypatch.setenv("TWILIO_FROM_NUMBER", "+14155550134")
        monkeypatch.setenv("TWILIO_API_BASE", twilio.url)
        yield sendgrid, twilio


class Said:
    """What the daemon-like commands (tick, receive, forget) printed: searched for traces at
    the end with the log records. (Import and enroll echo the addresses the recruiter gave.)"""

    def __init__(self) -> None:
        self.text: list[str] = []

    def run(self, *args: str) -> Result:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
        if args[0] in ("tick", "receive", "forget"):
            self.text.append(result.output)
        return result


def test_a_forgotten_person_leaves_no_trace_and_never_comes_back(
    world, tmp_path: Path, database_url: str, caplog: pytest.LogCaptureFixture, monkeypatch
) -> None:
    sendgrid, twilio = world
    caplog.set_level(logging.DEBUG)
    said, candidates = Said(), _candidates(tmp_path)
    assert said.run("import", str(candidates)).exit_code == 0
    enrolled = said.run("enroll", "phone-and-text", EMAIL, OTHER, "--start", "2026-11-23T08:00")
    assert enrolled.exit_code == 0, enrolled.output
    # The first email, then (from the 7th, the voicemail's earliest day) the voicemail.
    ticks = [
        said.run("tick", "--now", start, "--until", end, "--every", "60").output
        for start, end in (("2026-11-22T20:00Z", "2026-11-25T00:00Z"), WEEKS_LATER)
    ]
    outbox = tmp_path / "outbox"
    assert any(EMAIL in p.read_text() for p in outbox.iterdir())  # they were written to
    assert PHONE in {call["to"] for call in twilio.calls.values()}, ticks  # and called
    reply = _reply_to(outbox, tmp_path)
    assert "halted" in said.run("receive", str(reply), "--now", "2026-12-19T15:00Z").output

    forgot = said.run("forget", EMAIL, "--yes", "--now", "2026-12-21T10:00Z")
    assert forgot.exit_code == 0, forgot.output
    assert "forgot a***@example.com: removed 1 person, 1 enrollment, 2 messages," in forgot.output
    assert "1 event, 1 reply reading" in forgot.output  # their reply, and what it said
    assert "2 outbox files" in forgot.output  # the two emails

    again = said.run("import", str(candidates))
    assert again.exit_code == 1
    assert "row 2: erased at their request on 2026-12-21; not imported" in again.output
    assert "0 new, 1 updated, 1 rejected" in again.output
    refused = said.run("enroll", "phone-and-text", EMAIL, "--start", "2026-12-22T08:00")
    assert f"refused {EMAIL}: erased at their request on 2026-12-21" in refused.output

    # SendGrid on now: weeks of passes, and nothing reaches either provider for them.
    monkeypatch.setenv("SENDGRID_API_KEY", sendgrid.api_key or "")
    monkeypatch.setenv("SENDGRID_API_HOST", sendgrid.url)
    before = {m["to"] for m in twilio.messages.values()} | {c["to"] for c in twilio.calls.values()}
    texts_before, calls_before = len(twilio.messages), len(twilio.calls)
    said.run("tick", "--now", "2026-12-21T11:00Z", "--until", "2027-01-10T00:00Z", "--every", "240")
    assert all(EMAIL not in str(r.json) for r in sendgrid.requests)
    new_texts = list(twilio.messages.values())[texts_before:]
    new_calls = list(twilio.calls.values())[calls_before:]
    assert PHONE not in {m["to"] for m in new_texts} | {c["to"] for c in new_calls}
    assert before  # the other person's messages went on meanwhile
    assert "dropped" in said.run("receive", str(_late_mail(tmp_path))).output

    for trace in TRACES:
        assert not any(trace in text for text in said.text), trace
        assert trace not in caplog.text, trace
        assert not _in_outbox(outbox, trace), trace
        assert not _in_rows(database_url, trace), trace
        assert not _in_files(database_url, trace), trace


def _candidates(folder: Path) -> Path:
    rows = (ROOT / "examples" / "candidates.csv").read_text().splitlines()
    chosen = [rows[0], *(row for row in rows if row.startswith((EMAIL, OTHER)))]
    path = folder / "people.csv"
    path.write_text("\n".join(chosen) + "\n")
    return path


def _reply_to(outbox: Path, folder: Path) -> Path:
    [first] = [p for p in outbox.glob("*.eml") if EMAIL in p.read_text()][:1]
    sent = message_from_bytes(first.read_bytes())
    reply = folder / "reply.eml"
    reply.write_text(
        f"From: Alex Rivera <{EMAIL}>\nTo: dana@northwind.example\n"
        f"Subject: Re: {sent['Subject']}\nMessage-ID: <reply-1@example.com>\n"
        f"In-Reply-To: {sent['Message-ID']}\n\nThanks, not for me. Call me at {PHONE}.\n"
    )
    return reply


def _late_mail(folder: Path) -> Path:
    late = folder / "late.eml"
    late.write_text(
        f"From: Alex Rivera <{EMAIL}>\nTo: dana@northwind.example\nSubject: one more thing\n"
        "Message-ID: <late-1@example.com>\n\nPlease remove me from your lists.\n"
    )
    return late


def _in_outbox(outbox: Path, trace: str) -> bool:
    return any(trace.encode() in p.read_bytes() for p in outbox.iterdir() if p.is_file())


def _in_rows(url: str, trace: str) -> bool:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            for table in SQLModel.metadata.sorted_tables:
                for row in connection.execute(sa.select(table)):
                    if trace in repr(tuple(row)):
                        return True
    finally:
        engine.dispose()
    return False


def _in_files(url: str, trace: str) -> bool:
    """The SQLite database and whatever SQLite keeps beside it (-wal, -shm): their bytes."""
    if not url.startswith("sqlite"):
        return False
    database = Path(sa.make_url(url).database or "")
    files = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
    assert files
    return any(trace.encode() in p.read_bytes() for p in files)
