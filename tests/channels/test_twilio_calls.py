"""TwilioCalls: the real twilio client against the fake API in tests/fakes/twilio_server.py."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from typing import Any

import pytest
from fakes.twilio_server import FakeTwilio, RecordedRequest, Reply
from fakes.twilio_server import fake_twilio as fake_twilio  # the fixture

from sequencer.channels import AccountRefused, Call, Receipt, Rejected, RetryLater
from sequencer.channels.twilio.calls import EMAIL_LINE, TwilioCalls

SENDER = "+15005550006"
RECRUITER = "+12065550188"
STATUS_HOOK = "https://hooks.example.com/twilio/voice/status"
AMD_HOOK = "https://hooks.example.com/twilio/voice/amd"
SCRIPT = (
    "Hi Priya, this is Alex Kim from Northwind Labs, calling about our Staff Platform"
    " Engineer role. R&D <platform> team, 3 < 4 days in office. Call me back on 206 555 0188."
)
CALL = Call(reference="send-7", to="+14155550123", script=SCRIPT, connect_to=RECRUITER)


def calls(api: FakeTwilio, **overrides: Any) -> TwilioCalls:
    settings = {"api_base": api.url, "status_callback": STATUS_HOOK} | overrides
    return TwilioCalls(api.account_sid, api.auth_token, SENDER, **settings)


def verbs(twiml: str | None) -> list[tuple[str, str, dict[str, str]]]:
    """The <Response>'s verbs as (tag, text, attributes), in order."""
    assert twiml is not None
    root = ElementTree.fromstring(twiml)
    assert root.tag == "Response"
    return [(verb.tag, (verb.text or "").strip(), verb.attrib) for verb in root]


def tags(twiml: str | None) -> list[str]:
    return [tag for tag, _, _ in verbs(twiml)]


def place(api: FakeTwilio, call: Call = CALL, **overrides: Any) -> RecordedRequest:
    receipt = calls(api, **overrides).place_call(call)
    request = api.requests[-1]
    assert receipt == Receipt("twilio", request.resource["sid"])
    return request


def test_without_an_amd_callback_the_voicemail_waits_for_the_beep(
    fake_twilio: FakeTwilio,
) -> None:
    request = place(fake_twilio)

    assert request.path == f"/2010-04-01/Accounts/{fake_twilio.account_sid}/Calls.json"
    assert request.basic_auth == (fake_twilio.account_sid, fake_twilio.auth_token)
    assert request.resource["sid"].startswith("CA")
    assert {name: request.field(name) for name in request.form} == {
        "To": CALL.to,
        "From": SENDER,
        "MachineDetection": "DetectMessageEnd",
        "MachineDetectionTimeout": "30",
        "AsyncAmd": "false",  # Twilio holds the TwiML until the greeting has ended
        "StatusCallback": STATUS_HOOK + "?ref=send-7",
        "Twiml": request.field("Twiml"),
    }
    assert verbs(request.field("Twiml")) == [
        ("Say", SCRIPT, {"voice": "Polly.Joanna", "language": "en-US"}),
        ("Hangup", "", {}),
    ]


def test_the_script_is_escaped_into_the_twiml(fake_twilio: FakeTwilio) -> None:
    twiml = place(fake_twilio).field("Twiml") or ""

    assert "R&amp;D &lt;platform&gt; team, 3 &lt; 4 days" in twiml


def test_with_an_amd_callback_the_call_waits_for_the_verdict(fake_twilio: FakeTwilio) -> None:
    request = place(fake_twilio, amd_callback=AMD_HOOK + "?x=1")

    assert request.field("AsyncAmd") == "true"
    assert request.field("AsyncAmdStatusCallback") == AMD_HOOK + "?x=1&ref=send-7"
    assert request.field("MachineDetection") == "DetectMessageEnd"
    # A pause longer than detection may take; the script only if no verdict ever comes.
    assert verbs(request.field("Twiml")) == [
        ("Pause", "", {"length": "40"}),
        ("Say", SCRIPT, {"voice": "Polly.Joanna", "language": "en-US"}),
        ("Hangup", "", {}),
    ]


def test_without_callbacks_none_are_sent(fake_twilio: FakeTwilio) -> None:
    request = place(fake_twilio, status_callback=None)

    assert not {"StatusCallback", "AsyncAmdStatusCallback"} & request.form.keys()


def answer(api: FakeTwilio, call: Call, answered_by: str) -> RecordedRequest:
    """Place `call` in async mode, then do what the AMD webhook does with Twilio's verdict."""
    placer = calls(api, amd_callback=AMD_HOOK)
    sid = placer.place_call(call).provider_id
    url, form = api.amd_callback(sid, answered_by)
    assert url == AMD_HOOK + "?ref=" + call.reference
    placer.answer(form["CallSid"], call, form["AnsweredBy"])
    return api.requests[-1]


def test_a_person_is_connected_to_the_recruiter(fake_twilio: FakeTwilio) -> None:
    update = answer(fake_twilio, CALL, "human")

    sid = fake_twilio.requests[0].resource["sid"]
    assert update.path == f"/2010-04-01/Accounts/{fake_twilio.account_sid}/Calls/{sid}.json"
    assert set(update.form) == {"Twiml"}
    said, dialled, hangup = verbs(update.field("Twiml"))
    assert said[0] == "Say" and "connect you" in said[1]
    assert dialled[:2] == ("Dial", RECRUITER)
    assert hangup[0] == "Hangup"


def test_without_a_recruiter_number_a_person_hears_the_script_and_the_email_line(
    fake_twilio: FakeTwilio,
) -> None:
    update = answer(fake_twilio, Call("send-8", "+14155550123", SCRIPT), "human")

    assert [(tag, text) for tag, text, _ in verbs(update.field("Twiml"))] == [
        ("Say", SCRIPT),
        ("Say", EMAIL_LINE),
        ("Hangup", ""),
    ]


@pytest.mark.parametrize(
    "answered_by", ["machine_end_beep", "machine_end_silence", "machine_end_other", "unknown"]
)
def test_a_machine_gets_the_script_after_the_beep(
    fake_twilio: FakeTwilio, answered_by: str
) -> None:
    update = answer(fake_twilio, CALL, answered_by)

    assert [(tag, text) for tag, text, _ in verbs(update.field("Twiml"))] == [
        ("Say", SCRIPT),
        ("Hangup", ""),
    ]


def test_a_fax_is_hung_up_on(fake_twilio: FakeTwilio) -> None:
    assert tags(answer(fake_twilio, CALL, "fax").field("Twiml")) == ["Hangup"]


def test_answering_a_call_that_already_ended_is_rejected(fake_twilio: FakeTwilio) -> None:
    placer = calls(fake_twilio, amd_callback=AMD_HOOK)
    sid = placer.place_call(CALL).provider_id
    fake_twilio.status_callback(sid, "completed")

    with pytest.raises(Rejected) as raised:
        placer.answer(sid, CALL, "human")

    assert raised.value.code == "21220"


@pytest.mark.parametrize(
    ("to", "code"), [("+15005550001", "21217"), ("+15005550003", "21215"), ("4155550123", "21211")]
)
def test_bad_numbers_are_rejected_with_their_code(
    fake_twilio: FakeTwilio, to: str, code: str
) -> None:
    with pytest.raises(Rejected) as raised:
        calls(fake_twilio).place_call(Call("send-9", to, SCRIPT))

    assert (raised.value.code, raised.value.opted_out) == (code, False)


def test_wrong_credentials_say_which_settings_to_check(fake_twilio: FakeTwilio) -> None:
    placer = TwilioCalls(fake_twilio.account_sid, "wrong", SENDER, api_base=fake_twilio.url)

    with pytest.raises(AccountRefused, match="TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"):
        placer.place_call(CALL)
    with pytest.raises(AccountRefused, match="20003"):
        placer.check()


@pytest.mark.parametrize(
    ("reply", "retry_after"),
    [
        (Reply.twilio_error(429, 20429, "Too Many Requests", {"Retry-After": "5"}), 5.0),
        (Reply.twilio_error(503, 20503, "Service Unavailable"), None),
        (Reply.drop_connection(), None),
    ],
)
def test_throttling_and_outages_are_retried_later(
    fake_twilio: FakeTwilio, reply: Reply, retry_after: float | None
) -> None:
    fake_twilio.script(reply)

    with pytest.raises(RetryLater) as raised:
        calls(fake_twilio).place_call(CALL)

    assert raised.value.retry_after == retry_after


def test_a_from_number_is_required() -> None:
    with pytest.raises(ValueError, match="TWILIO_FROM_NUMBER"):
        TwilioCalls("AC" + "1" * 32, "token", "")
