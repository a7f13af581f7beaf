"""What arrives after someone was forgotten at their request (a text, an email, a provider's
event, a click on an old unsubscribe link) is dropped whole: no event, no suppression in the
clear, nothing personal stored, and a log line without their address."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from sequencer.channels.facts import Happening, OptedOut, Outside, SendRef, TextIn
from sequencer.inbound.messages import raw_mail, receive_text, unsubscribe
from sequencer.inbound.outside import take_outside
from sequencer.inbound.receive import FORGOTTEN, receive_events
from sequencer.store.database import engine_for
from sequencer.store.erasure import ERASED, forget_address
from sequencer.store.models import Erasure, Event, Suppression

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
SECRET = "a-long-random-secret-for-the-tests-0123456789"
EMAIL, PHONE = "Sam.Okafor@example.com", "+14155550199"


@pytest.fixture
def engine():
    engine = engine_for("sqlite://")
    with Session(engine) as session, session.begin():  # asked before they were ever imported
        forget_address(session, EMAIL, ERASED, NOW, SECRET)
        forget_address(session, PHONE, ERASED, NOW, SECRET)
    yield engine
    engine.dispose()


def _stored(engine: sa.Engine) -> tuple[int, int, int]:
    with Session(engine) as session:
        return (
            len(session.exec(select(Event)).all()),
            len(session.exec(select(Suppression)).all()),
            len(session.exec(select(Erasure)).all()),
        )


def test_texts_emails_events_and_clicks_from_them_are_dropped(
    engine: sa.Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for body in ("STOP", "Is the role still open?", "HELP"):
        text = TextIn(key=f"SM-{body}", channel="sms", sender=PHONE, body=body)
        assert receive_text(engine, text, NOW, SECRET) is None  # no answer, not even HELP's
    mail = f"From: {EMAIL}\nTo: dana@northwind.example\nSubject: hi\nMessage-ID: <m1@x>\n\nhi\n"
    assert raw_mail(engine, mail.encode(), NOW, SECRET) == FORGOTTEN
    opt_out = OptedOut(
        key="sg-1",
        channel="email",
        send=SendRef(reference="9-initial"),
        address=EMAIL.lower(),
        reason="unsubscribed",
        went=True,
    )
    assert receive_events(engine, [opt_out], NOW, SECRET) == [FORGOTTEN]
    assert unsubscribe(engine, EMAIL.lower(), NOW, SECRET) == "already unsubscribed"
    assert _stored(engine) == (0, 0, 2)  # their two hashes, and nothing else
    assert "erased at their request" in caplog.text
    assert "okafor" not in caplog.text.lower() and "5550199" not in caplog.text


def test_a_stranger_is_still_heard(engine: sa.Engine) -> None:
    text = TextIn(key="SM-2", channel="sms", sender="+14155550100", body="STOP")
    receive_text(engine, text, NOW, SECRET)
    assert _stored(engine) == (1, 1, 2)  # their opt-out, on the list


def test_an_ats_or_booking_event_about_them_is_dropped_not_kept_as_unmatched(
    engine: sa.Engine,
) -> None:
    booked = Outside(
        key="inv-1",
        channel="calendly",
        happening=Happening.MEETING_BOOKED,
        emails=(EMAIL,),
        detail="booked a call",
    )
    hired = Outside(
        key="gh-2", channel="greenhouse", happening=Happening.HIRED, phones=("(415) 555-0199",)
    )
    said = take_outside(engine, [booked, hired], NOW, SECRET)
    assert all("erased at their request" in line for line in said)
    assert _stored(engine) == (0, 0, 2)  # no event, not even an unmatched one
    someone_else = Outside(
        key="gh-3", channel="greenhouse", happening=Happening.APPLIED, emails=("x@example.org",)
    )
    take_outside(engine, [someone_else], NOW, SECRET)
    assert _stored(engine) == (1, 0, 2)  # a stranger is still kept, to be listed


def test_forget_removes_an_unmatched_ats_event_that_named_them_in_any_case_or_format(
    database_url: str,
) -> None:
    engine = engine_for(database_url)
    hired = Outside(
        key="gh-9",
        channel="greenhouse",
        happening=Happening.HIRED,
        emails=("Jo.Park@Example.com",),
        phones=("(415) 555-0188",),
    )
    take_outside(engine, [hired], NOW, SECRET)  # nobody imported: kept, to be listed
    assert _stored(engine)[0] == 1
    for address in ("jo.park@example.com", "+14155550188"):
        with Session(engine) as session, session.begin():
            forget_address(session, address, ERASED, NOW, SECRET)
        if address.startswith("jo"):
            assert _stored(engine)[0] == 0  # the email in another case found it
    with Session(engine) as session:
        assert session.exec(select(Event)).all() == []
    engine.dispose()
