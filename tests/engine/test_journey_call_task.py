"""Issue #14, item 9: the recruiter's call task. Jordan (no consent to calls) and Alex (whose
call the carrier refuses) from examples/candidates.csv in the shipped phone-and-text
sequence: each voicemail step leaves the recruiter a call task that shows the number and
what to say on the phone (the call script), never the paired email with its footer, which
went to the person by email."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from helpers.unsent_world import START, Journey

from sequencer.channels import Call, Receipt, Rejected, Senders
from sequencer.reports.status import open_tasks_of_people
from sequencer.reports.terminal import plain
from sequencer.reports.wording import task_blocks

JORDAN, JORDAN_PHONE = "jordan.lee@example.net", "+12065550123"
ALEX, ALEX_PHONE = "alex.rivera@example.com", "+12125550147"
SIX_WEEKS = START + timedelta(weeks=6)
EMAIL_ONLY = ("Not interested?", "If you got a voicemail", "Northwind Labs, 500 Howard Street")


def call_task_text(journey: Journey, name: str) -> str:
    """What `sequencer tasks` shows of this person's call task."""
    [task] = [t for t in open_tasks_of_people(journey.engine) if t.who.named.startswith(name)]
    assert task.task["kind"] == "call"
    return plain(task_blocks([task])[1:])


def test_no_call_consent_gives_a_task_with_the_number_and_the_call_script(
    database_url: str, tmp_path: Path
) -> None:
    journey = Journey(database_url, tmp_path)
    journey.people(JORDAN)
    journey.enroll("phone-and-text", JORDAN)
    journey.run(SIX_WEEKS)

    shown = call_task_text(journey, "Jordan")
    assert f"Call {JORDAN_PHONE}" in shown
    assert "this is Dana Whitfield" in shown and "my number is" in shown  # the script
    for words in EMAIL_ONLY:
        assert words not in shown
    [voicemail_email] = [r for r in journey.received(JORDAN) if "voicemail" in r.file]
    assert "Not interested?" in voicemail_email.body  # the email went, with its footer


class _RefusedCalls:
    def place_call(self, call: Call) -> Receipt:
        raise Rejected("21215: the carrier refused the call (a landline)")


def test_a_call_the_carrier_refuses_gives_the_same_task(database_url: str, tmp_path: Path) -> None:
    journey = Journey(database_url, tmp_path)
    journey.watch = lambda senders: Senders(senders.email, senders.text, _RefusedCalls())
    journey.people(ALEX)
    journey.enroll("phone-and-text", ALEX)
    journey.run(SIX_WEEKS)

    shown = call_task_text(journey, "Alex")
    assert f"Call {ALEX_PHONE}" in shown
    assert "this is Dana Whitfield" in shown
    for words in EMAIL_ONLY:
        assert words not in shown
