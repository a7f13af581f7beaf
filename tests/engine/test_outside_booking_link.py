"""`{{ booking_link }}`: the sequence's scheduling link, carrying a token that names the
enrollment (never an address) where Calendly or Cal.com hands it back to our webhook."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from helpers.project import Project
from helpers.recording import RecordingSenders
from sqlmodel import Session, select

from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.engine.links import (
    Links,
    booking_link,
    booking_token,
    enrollment_of_booking_token,
    token,
)
from sequencer.errors import SequenceError
from sequencer.reports.preview import preview
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, Enrollment
from sequencer.store.people import candidate_of, import_candidates

SECRET = "s3cret-for-booking-links"
START = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # Mon 09:00 in New York
CALENDLY = "https://calendly.com/dana-northwind/intro"
EMAIL = """{% block subject %}Staff role{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. Pick a time: {{ booking_link }}
No worries if not.{% endblock %}
"""
SEQUENCE = """
timezone: America/New_York
send_window: ["Mon-Fri 09:00-17:00"]
sender: {{name: Dana, email: dana@northwind.example{booking}}}
steps:
  - {{id: first, channel: email, template: t/email}}
"""
PEOPLE = "email,first_name,timezone\nana@example.com,Ana,America/New_York\n"


def due(engine) -> datetime:
    with Session(engine) as session:
        when = session.exec(select(Enrollment)).one().next_due_at
    assert when is not None
    return when


def query(link: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(link).query)


# --- the token -------------------------------------------------------------------------------


@pytest.mark.parametrize("enrollment_id", [1, 42, 987654321])
def test_a_booking_token_names_its_enrollment_and_only_with_our_secret(enrollment_id: int) -> None:
    value = booking_token(enrollment_id, SECRET)
    assert value.startswith("b1.") and value == booking_token(enrollment_id, SECRET)
    assert enrollment_of_booking_token(value, SECRET) == enrollment_id
    assert enrollment_of_booking_token(value, "another-secret") is None


@pytest.mark.parametrize(
    "made_up",
    ["", "b1.", "b1.AAAA", "v2.AAAA", "b1.!!!!", "1", "b1." + "A" * 3000],
)
def test_made_up_booking_tokens_name_nobody(made_up: str) -> None:
    assert enrollment_of_booking_token(made_up, SECRET) is None


def test_a_tampered_booking_token_or_an_unsubscribe_token_names_nobody() -> None:
    value = booking_token(7, SECRET)
    sealed = bytearray(base64.urlsafe_b64decode(value[3:] + "=" * (-len(value[3:]) % 4)))
    sealed[-1] ^= 1
    tampered = "b1." + base64.urlsafe_b64encode(bytes(sealed)).decode().rstrip("=")
    assert enrollment_of_booking_token(tampered, SECRET) is None
    assert enrollment_of_booking_token(token("ana@example.com", SECRET), SECRET) is None


# --- where the link carries it ----------------------------------------------------------------


def test_calendly_links_carry_it_as_utm_content_and_cal_com_links_as_metadata() -> None:
    calendly = booking_link(CALENDLY + "?month=2026-12", 5, SECRET)
    assert query(calendly) == {"month": ["2026-12"], "utm_content": [booking_token(5, SECRET)]}
    cal = booking_link("https://cal.com/dana/intro", 5, SECRET)
    assert cal.startswith("https://cal.com/dana/intro?metadata[sequencer]=b1.")
    assert query(cal) == {"metadata[sequencer]": [booking_token(5, SECRET)]}
    assert "utm_content" in booking_link("https://www.calendly.com/dana/intro", 5, SECRET)
    assert "utm_content" not in booking_link("https://notcalendly.com/dana", 5, SECRET)


def test_without_an_enrollment_the_link_is_the_plain_scheduling_page() -> None:
    assert Links("https://sequencer.example", SECRET).booking(CALENDLY, None) == CALENDLY


# --- in what is sent ------------------------------------------------------------------------------


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path):
    project.template("t/email", EMAIL)
    path = project.sequence("outreach", SEQUENCE.format(booking=f", booking_url: {CALENDLY}"))
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, START)
    sequence, _ = load_sequence(path, project.library)
    enroll(engine, sequence, project.library, None, START)
    return engine, sequence, project


def test_the_email_carries_a_link_that_names_the_persons_enrollment(world) -> None:
    engine, _, _ = world
    channel = RecordingSenders()
    tick(engine, channel.senders, due(engine), Links("https://sequencer.example", SECRET))
    text = channel.email("1-first").text
    link = text.split("Pick a time: ", 1)[1].split()[0]
    assert link.startswith(CALENDLY + "?utm_content=b1.")
    assert "example.com" not in link.split("?")[1]  # no address in it
    with Session(engine) as session:
        enrollment = session.exec(select(Enrollment)).one()
    assert enrollment_of_booking_token(query(link)["utm_content"][0], SECRET) == enrollment.id


def test_with_no_signing_secret_the_email_links_the_plain_scheduling_page(world) -> None:
    engine, _, _ = world
    channel = RecordingSenders()
    tick(engine, channel.senders, due(engine), links=None)
    assert f"Pick a time: {CALENDLY}\n" in channel.email("1-first").text


def test_the_preview_shows_the_scheduling_page_before_anyone_is_enrolled(world) -> None:
    engine, sequence, project = world
    with Session(engine) as session:
        ana = candidate_of(session.exec(select(CandidateRecord)).one())
    links = Links("https://sequencer.example", SECRET)
    [step] = preview(sequence, ana, START, project.library, links)["steps"]
    assert f"Pick a time: {CALENDLY}\n" in step["body"]


def test_a_template_using_the_link_needs_a_booking_url_in_the_sequence(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence("outreach", SEQUENCE.format(booking=""))
    with pytest.raises(SequenceError) as caught:
        load_sequence(path, project.library)
    assert "unknown variable 'booking_link'" in str(caught.value)
    assert "add booking_url under sender" in str(caught.value)
