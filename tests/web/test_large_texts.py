"""A text whose form is larger than the listener reads on its event loop
(`webhooks.READ_ON_LOOP_BYTES`: checked in a worker thread instead) is answered exactly as a
small one: applied when Twilio signed it, refused with nothing changed when it did not."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest
from helpers.project import Project
from helpers.worlds import make_world
from test_webhooks import (
    ANA_PHONE,
    ENV,
    PUBLIC_URL,
    Site,
    enrollment,
    events,
    inbound_text,
    suppressed,
)
from twilio.request_validator import RequestValidator

from sequencer.store.models import EnrollmentStatus, EventKind
from sequencer.web.webhooks import READ_ON_LOOP_BYTES

SMS = "/webhooks/twilio/sms"
# A field Twilio may add that we do not read, long enough to push the form past the limit.
PADDING = {"ApiVersion": "x" * READ_ON_LOOP_BYTES}


@pytest.fixture
def site(project: Project, database_url: str, tmp_path: Path):
    engine, _, _ = make_world(project, database_url, tmp_path)
    running = Site(engine, ENV)
    yield running
    running.close()


def test_a_signed_text_with_a_large_form_is_a_reply_that_halts(site: Site) -> None:
    code, _ = site.twilio(SMS, inbound_text("Sure, call me Thursday", **PADDING))
    assert code == 200
    assert enrollment(site.engine).status == EnrollmentStatus.HALTED
    assert [event.kind for event in events(site.engine)] == [EventKind.REPLY]


def test_a_signed_help_with_a_large_form_gets_the_help_text(site: Site) -> None:
    code, answer = site.twilio(SMS, inbound_text("help", **PADDING))
    assert code == 200 and "Reply STOP to opt out" in answer


def test_a_tampered_large_form_gets_403_and_changes_nothing(site: Site) -> None:
    params = inbound_text("STOP", **PADDING)
    signature = RequestValidator("not-our-token").compute_signature(PUBLIC_URL + SMS, params)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
    body = urllib.parse.urlencode(params).encode()
    assert len(body) > READ_ON_LOOP_BYTES
    assert site.post(SMS, body, headers)[0] == 403
    assert events(site.engine) == [] and ANA_PHONE not in suppressed(site.engine)
