"""Issue #14, item 5: a step that fails at send time holds the enrollment for the recruiter.
Before, the first email failed (a template value left empty since enrolling, or the provider
refused it), `tick` said "1 failed", and a week later the person got "following up on my
note…" about a note that never went out. Now nothing more goes to them, the recruiter is
told why ("Needs attention"), and `sequencer resume`, once the cause is fixed, sends the step
that failed: the first email, not a follow-up."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from helpers.recording import RecordingSenders
from helpers.unsent_world import START, Journey

from sequencer.channels import Rejected, Senders
from sequencer.engine.controls import resume_person
from sequencer.reports.status import status_blocks
from sequencer.reports.terminal import plain
from sequencer.reports.today import attention
from sequencer.store.models import EnrollmentStatus

ALEX, RACHEL = "alex.rivera@example.com", "rachel.kim@example.com"
PROJECT = "your write-up on moving Acme Freight's dispatch service to event sourcing"


def needs(journey: Journey, address: str) -> str:
    flags = attention(journey.engine, None, journey.now)
    return " ".join(
        p.what_happened for p in flags if p.flag_id and p.person and p.person.key == address
    )


def test_a_first_email_that_cannot_be_rendered_holds_alex_until_the_recruiter_resumes(
    database_url: str, tmp_path: Path
) -> None:
    journey = Journey(database_url, tmp_path)
    journey.people(ALEX)
    journey.enroll("passive-candidate", ALEX)
    journey.people(ALEX, change={ALEX: {"recent_project": ""}})  # emptied by a re-import
    journey.run(START + timedelta(weeks=3))

    assert journey.received(ALEX) == []  # no "following up on my note" about nothing
    [held] = journey.enrollments(ALEX)
    assert held.status == EnrollmentStatus.PAUSED and held.touches_sent == 0
    assert (held.status_reason or "").startswith("held for you: step initial failed")
    said = needs(journey, ALEX)
    assert "Step initial of passive-candidate failed" in said and "recent_project" in said
    assert "sequencer resume" in said
    shown = plain(status_blocks(journey.engine, ALEX))  # what `sequencer status` prints
    assert "Needs attention: Step initial of passive-candidate failed" in shown

    journey.people(ALEX)  # the row fixed: its project back
    [line] = resume_person(journey.engine, ALEX, None, journey.now)
    assert "next: initial" in line
    journey.run(journey.now + timedelta(days=2))
    [first] = journey.received(ALEX)
    assert first.subject == "Staff Platform Engineer at Northwind Labs"  # not "Re: ..."
    assert PROJECT in " ".join(first.body.split())


def test_an_email_the_provider_refuses_holds_rachel_and_resume_sends_it_again(
    database_url: str, tmp_path: Path
) -> None:
    journey = Journey(database_url, tmp_path)
    refusing = RecordingSenders(errors=[Rejected("550 5.7.1 message refused as spam")])

    def through_a_refusing_provider(senders: Senders) -> Senders:
        refusing.through = senders
        return refusing.senders

    journey.watch = through_a_refusing_provider
    journey.people(RACHEL)
    journey.enroll("passive-candidate", RACHEL)
    journey.run(START + timedelta(weeks=3))

    assert len(refusing.handed) == 1 and journey.received(RACHEL) == []
    [held] = journey.enrollments(RACHEL)
    assert held.status == EnrollmentStatus.PAUSED
    assert "550 5.7.1 message refused as spam" in needs(journey, RACHEL)

    resume_person(journey.engine, RACHEL, None, journey.now)
    journey.run(journey.now + timedelta(days=2))
    [first] = journey.received(RACHEL)
    assert first.subject == "Staff Platform Engineer at Northwind Labs"
