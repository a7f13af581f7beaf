"""What a reply's reading changes, end to end through the real ways in: a saved email through
`sequencer receive`, a whole email as the IMAP poller and Inbound Parse hand it over
(`raw_mail`), and a text through the Twilio inbound webhook's own functions (signature
checked, then `receive_text`). The reading itself is `inbound.intent`'s; these tests assert
what the person and the recruiter notice: who is contacted when, who is suppressed, and what
waits for the recruiter."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.project import Project
from helpers.reply_world import ANA, ANA_PHONE, BERLIN, FOOTER, NOW, World, email, text_in
from sqlmodel import Session, select

from sequencer.cli import main
from sequencer.engine.dispatch import tick
from sequencer.inbound.messages import raw_mail
from sequencer.store.attention import open_flags
from sequencer.store.models import Enrollment, EnrollmentStatus, EventKind


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path):
    built = World(project, database_url, tmp_path, "replies: {auto_apply: 0.9}")
    yield built
    built.engine.dispose()


@pytest.fixture
def cautious(project: Project, database_url: str, tmp_path: Path):
    """The default: no `auto_apply`, so every reading waits for the recruiter."""
    built = World(project, database_url, tmp_path, "")
    yield built
    built.engine.dispose()


# --- always applied: out of office, opt-outs ----------------------------------------------------


def test_a_german_out_of_office_holds_them_until_the_day_after_their_return(world) -> None:
    arrived = datetime(2026, 12, 28, 9, 0, tzinfo=UTC)
    ooo = email(
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 4. Januar 2027 nicht im "
        "Büro und habe keinen Zugriff auf meine E-Mails.\n\nMit freundlichen Grüßen\nAna Weber\n",
        subject="Abwesenheitsnotiz: Staff Backend Engineer at Northwind",
        sent=arrived,
        headers={"Auto-Submitted": "auto-replied"},
    )
    raw_mail(world.engine, ooo, arrived, None)
    held = world.enrollment()
    assert held.status == EnrollmentStatus.ACTIVE  # not an answer: the sequence goes on
    assert held.not_before == datetime(2027, 1, 5, tzinfo=BERLIN)
    assert held.next_due_at is not None and held.next_due_at >= held.not_before
    tick(world.engine, world.senders, datetime(2027, 1, 4, 16, 0, tzinfo=UTC))
    assert world.sent() == 1  # nothing on the day they are still away
    reading = world.reading()
    assert (reading.label, reading.named_date) == ("out_of_office", date(2027, 1, 4))
    assert reading.decided_by == "auto"


def test_stopp_by_text_suppresses_every_channel(world) -> None:
    assert text_in(world.engine, "STOPP", NOW) is None
    assert world.suppressed() == {ANA, ANA_PHONE}
    assert world.enrollment().status == EnrollmentStatus.HALTED
    assert [e.kind for e in world.events()] == [EventKind.OPT_OUT]
    assert world.reading().label == "opt_out"


def test_yes_by_text_from_someone_who_never_opted_out_is_read_as_a_reply(world) -> None:
    text_in(world.engine, "Yes", NOW)
    assert world.suppressed() == set()
    assert [e.kind for e in world.events()] == [EventKind.REPLY]
    assert world.reading().label == "interested"
    assert world.enrollment().status == EnrollmentStatus.HALTED


def test_unsubscribe_in_our_quoted_footer_is_no_opt_out(world) -> None:
    reply = email(
        "Sounds great, I'd love to hear more. Thursday afternoon works for me.\n" + FOOTER
    )
    raw_mail(world.engine, reply, NOW, None)
    assert world.suppressed() == set()
    assert [e.kind for e in world.events()] == [EventKind.REPLY]
    reading = world.reading()
    assert reading.label != "opt_out"
    assert "unsubscribe" not in reading.text


# --- applied above the sequence's threshold, else waiting for the recruiter ----------------------


def test_not_now_after_q1_above_the_threshold_holds_them_until_1_april(world) -> None:
    reply = email("Thanks Dana, not right now. Please check back after Q1.\n" + FOOTER)
    raw_mail(world.engine, reply, NOW, None)
    reading = world.reading()
    assert reading.label == "not_now" and reading.named_date == date(2027, 4, 1)
    assert (reading.decided_by, reading.decision) == ("auto", "not-now until 2027-04-01")
    held = world.enrollment()
    assert held.status == EnrollmentStatus.ACTIVE
    assert held.not_before == datetime(2027, 4, 1, tzinfo=BERLIN)
    assert held.next_due_at is not None
    for day in (NOW + timedelta(days=7), datetime(2027, 3, 31, 15, 0, tzinfo=UTC)):
        tick(world.engine, world.senders, day)
    assert world.sent() == 1  # nothing before 1 April
    tick(world.engine, world.senders, held.next_due_at)
    # On the day: never the chase they answered; with no check_back, the recruiter is told.
    assert world.sent() == 1
    with Session(world.engine) as session:
        [flagged] = open_flags(session)
    assert "asked to hear back on 2027-04-01" in flagged.reason


def test_below_the_threshold_the_reply_waits_with_its_suggestion(
    cautious, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    saved = tmp_path / "reply.eml"
    saved.write_bytes(email("Thanks Dana, not right now. Please check back after Q1.\n" + FOOTER))
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", cautious.database_url)
    runner = CliRunner()
    received = runner.invoke(main, ["receive", "--now", NOW.isoformat(), str(saved)])
    assert received.exit_code == 0, received.output
    assert cautious.enrollment().status == EnrollmentStatus.HALTED  # a reply stops them
    assert cautious.reading().decided_at is None

    listed = runner.invoke(main, ["replies", "--pending"])
    assert listed.exit_code == 0, listed.output
    assert "not now, until 2027-04-01" in listed.output and ANA in listed.output
    [row] = json.loads(runner.invoke(main, ["replies", "--pending", "--json"]).output)
    assert (row["label"], row["date"], row["pending"]) == ("not_now", "2027-04-01", True)
    assert "after Q1" in row["text"] and "unsubscribe" not in row["text"]

    # The recruiter agrees: the date the reply named is the one used.
    later = (NOW + timedelta(hours=2)).isoformat()
    decided = runner.invoke(main, ["replies", "decide", str(row["id"]), "not-now", "--now", later])
    assert decided.exit_code == 0, decided.output
    assert "resumes 2027-04-01" in decided.output
    assert cautious.enrollment().not_before == datetime(2027, 4, 1, tzinfo=BERLIN)
    assert json.loads(runner.invoke(main, ["replies", "--pending", "--json"]).output) == []


def test_a_referral_is_offered_and_never_enrolled(world) -> None:
    reply = email(
        "Not for me, but my colleague Jordan Park would be a great fit: "
        "jordan.park@example.org\n" + FOOTER
    )
    raw_mail(world.engine, reply, NOW, None)
    reading = world.reading()
    assert reading.label == "referral"
    assert reading.referred_email == "jordan.park@example.org"
    assert reading.decided_at is None  # offered to the recruiter, whatever the confidence
    assert world.people() == {ANA}  # nobody added, nobody enrolled
    with Session(world.engine) as session:
        assert len(session.exec(select(Enrollment)).all()) == 1
