"""A signed webhook whose reference to our send is absurd (far too many digits for any id,
digits that are not ASCII) is about no send we know: the server answers 200 and applies the
rest of the batch. A 500 would make the provider retry the whole batch, the bounces and
opt-outs in it with it, for hours."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from sqlmodel import Session, select
from test_webhooks import (
    ANA,
    ANA_PHONE,
    Site,
    events,
    first_send,
    sendgrid_event,
    site,  # noqa: F401  (the fixture)
    suppressed,
)

from sequencer.store.models import CandidateRecord, EventKind

BAD_REFERENCES = {
    "30 digits": "1" * 30 + "-first",
    "past INTEGER": str(2**31) + "-first",  # ids are 32-bit on PostgreSQL
    "past BIGINT": str(2**63) + "-first",
    "5,000 digits": "7" * 5000 + "-first",
    "superscript digit": "\u00b2-first",  # str.isdigit() says yes, int() says no
    "Arabic-Indic digit": "\u0661-first",  # int() reads it as 1: not a reference we wrote
}


@pytest.mark.parametrize("reference", BAD_REFERENCES.values(), ids=BAD_REFERENCES.keys())
def test_an_event_with_an_absurd_reference_does_not_stop_the_bounce_beside_it(
    site: Site,  # noqa: F811
    reference: str,
) -> None:
    stray = sendgrid_event("open", "ev-stray", sequencer_ref=reference, sg_message_id="x.y")
    bounce = sendgrid_event("bounce", "ev-b-9", type="bounce", reason="550 5.1.1 no such user")
    body, headers = site.signed_events([stray, bounce])

    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 200

    with Session(site.engine) as session:
        person = session.exec(select(CandidateRecord)).one()
    assert person.email_undeliverable == "550 5.1.1 no such user"
    kinds = {event.kind: event for event in events(site.engine)}
    opened, bounced = kinds[EventKind.OPENED], kinds[EventKind.BOUNCE]
    assert opened.kind == EventKind.OPENED and opened.send_id is None  # about no known send
    assert bounced.kind == EventKind.BOUNCE and bounced.send_id == first_send(site.engine).id


@pytest.mark.parametrize("reference", BAD_REFERENCES.values(), ids=BAD_REFERENCES.keys())
def test_a_text_status_with_an_absurd_ref_still_opts_the_person_out(
    site: Site,  # noqa: F811
    reference: str,
) -> None:
    callback = {
        "MessageSid": "SM" + "e" * 32,
        "MessageStatus": "undelivered",
        "ErrorCode": "21610",
        "To": ANA_PHONE,
        "From": "+14155550134",
    }
    # The 5,000-digit ref makes a URL past some servers' limits; ours reads up to 64 KB.
    path = f"/webhooks/twilio/sms?ref={quote(reference)}"  # as Twilio would request it
    assert site.twilio(path, callback)[0] == 200
    assert ANA_PHONE in suppressed(site.engine)
    [opt_out] = events(site.engine)
    assert opt_out.kind == EventKind.OPT_OUT and opt_out.send_id is None


def test_a_call_result_with_an_absurd_ref_is_recorded_about_no_send(site: Site) -> None:  # noqa: F811
    callback = {"CallSid": "CA" + "f" * 32, "CallStatus": "completed", "To": ANA_PHONE}
    path = "/webhooks/twilio/voice?ref=" + BAD_REFERENCES["30 digits"]
    assert site.twilio(path, callback)[0] == 200
    [call] = events(site.engine)
    assert call.kind == EventKind.CALL and call.send_id is None
    assert ANA not in suppressed(site.engine)
