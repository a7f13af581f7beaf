"""TwilioTexts: the real twilio client against the fake API in tests/fakes/twilio_server.py."""

from __future__ import annotations

from typing import Any

import pytest
from fakes.twilio_server import FakeTwilio, Reply
from fakes.twilio_server import fake_twilio as fake_twilio  # the fixture
from twilio.base.exceptions import TwilioRestException

from sequencer.channels import (
    AccountRefused,
    Receipt,
    Rejected,
    RetryLater,
    Text,
    parse_retry_after,
)
from sequencer.channels.twilio.texts import TwilioTexts, callback_url

SENDER = "+15005550006"
SERVICE = "MG" + "a" * 32
HOOK = "https://hooks.example.com/twilio/sms?tenant=acme"
TEXT = Text(
    reference="send-42",
    to="+14155550123",
    body="Hi Priya, a Staff Platform role at Northwind — café chat? Reply STOP to opt out.",
)


def texts(api: FakeTwilio, **overrides: Any) -> TwilioTexts:
    settings = {"from_number": SENDER, "api_base": api.url, "status_callback": HOOK}
    return TwilioTexts(api.account_sid, api.auth_token, **(settings | overrides))


def test_a_text_goes_out_as_the_messages_api_expects(fake_twilio: FakeTwilio) -> None:
    receipt = texts(fake_twilio).send_text(TEXT)

    (request,) = fake_twilio.requests
    assert receipt == Receipt("twilio", request.resource["sid"])
    assert receipt.provider_id.startswith("SM")
    assert (request.method, request.path) == (
        "POST",
        f"/2010-04-01/Accounts/{fake_twilio.account_sid}/Messages.json",
    )
    assert request.basic_auth == (fake_twilio.account_sid, fake_twilio.auth_token)
    assert request.headers.get_content_type() == "application/x-www-form-urlencoded"
    assert request.form == {
        "To": [TEXT.to],
        "Body": [TEXT.body],
        "From": [SENDER],
        "StatusCallback": [HOOK + "&ref=send-42"],
    }
    assert request.resource["status"] == "queued"


def test_a_messaging_service_replaces_the_from_number(fake_twilio: FakeTwilio) -> None:
    texts(fake_twilio, from_number=None, messaging_service_sid=SERVICE).send_text(TEXT)

    (request,) = fake_twilio.requests
    assert request.field("MessagingServiceSid") == SERVICE
    assert request.field("From") is None
    assert request.resource["status"] == "accepted"


def test_without_a_status_callback_none_is_sent(fake_twilio: FakeTwilio) -> None:
    texts(fake_twilio, status_callback=None).send_text(TEXT)

    assert "StatusCallback" not in fake_twilio.requests[0].form


def test_the_reference_is_escaped_and_replaces_any_ref_in_the_url() -> None:
    url = callback_url("https://h.example/sms?ref=old&a=1", "enr 7/step&2")

    assert url == "https://h.example/sms?a=1&ref=enr+7%2Fstep%262"


def test_edge_and_region_settings_cannot_send_test_traffic_to_twilio(
    fake_twilio: FakeTwilio, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_EDGE", "sydney")
    monkeypatch.setenv("TWILIO_REGION", "au1")

    texts(fake_twilio).send_text(TEXT)

    assert len(fake_twilio.messages) == 1


@pytest.mark.parametrize(
    ("settings", "names"),
    [
        ({"from_number": None}, ["TWILIO_FROM_NUMBER", "TWILIO_MESSAGING_SERVICE_SID"]),
        ({"from_number": ""}, ["TWILIO_FROM_NUMBER", "TWILIO_MESSAGING_SERVICE_SID"]),
        ({"messaging_service_sid": SERVICE}, ["only one of TWILIO_FROM_NUMBER"]),
        ({"from_number": None, "messaging_service_sid": "PN123"}, ["TWILIO_MESSAGING_SERVICE_SID"]),
        ({"account_sid": "SK123"}, ["TWILIO_ACCOUNT_SID"]),
        ({"auth_token": ""}, ["TWILIO_AUTH_TOKEN"]),
        ({"api_base": "api.twilio.com"}, ["TWILIO_API_BASE"]),
        ({"timeout": 0}, ["timeout"]),
    ],
)
def test_bad_settings_are_refused_naming_the_setting(
    settings: dict[str, Any], names: list[str]
) -> None:
    values = {"account_sid": "AC" + "1" * 32, "auth_token": "token", "from_number": SENDER}
    with pytest.raises(ValueError) as raised:
        TwilioTexts(**(values | settings))
    assert all(name in str(raised.value) for name in names)


def test_a_stop_reply_means_opted_out(fake_twilio: FakeTwilio) -> None:
    fake_twilio.script(Reply.twilio_error(400, 21610, "Attempt to send to unsubscribed recipient"))

    with pytest.raises(Rejected) as raised:
        texts(fake_twilio).send_text(TEXT)

    assert (raised.value.code, raised.value.opted_out) == ("21610", True)
    assert isinstance(raised.value.__cause__, TwilioRestException)


def test_twilios_magic_unsubscribed_number_is_an_opt_out_too(fake_twilio: FakeTwilio) -> None:
    # No scripting: the fake answers +15005550004 the way Twilio's test credentials do.
    with pytest.raises(Rejected) as raised:
        texts(fake_twilio).send_text(Text("send-1", "+15005550004", "hello"))

    assert raised.value.opted_out


def test_an_rfc9457_error_body_is_translated_the_same_way(fake_twilio: FakeTwilio) -> None:
    body = {"type": "https://www.twilio.com/docs/errors/21610", "title": "Unsubscribed"}
    fake_twilio.script(Reply.json(400, body | {"status": 400, "code": 21610, "detail": "STOP"}))

    with pytest.raises(Rejected) as raised:
        texts(fake_twilio).send_text(TEXT)

    assert raised.value.opted_out


@pytest.mark.parametrize(
    ("code", "hint"),
    [
        (21211, "check the candidate's number"),
        (21614, "not a mobile number"),
        (21408, "Geo Permissions"),
        (30003, ""),
        (30005, ""),
        (30006, ""),
    ],
)
def test_bad_or_unreachable_numbers_are_rejected_with_their_code(
    fake_twilio: FakeTwilio, code: int, hint: str
) -> None:
    fake_twilio.script(Reply.twilio_error(400, code, "refused"))

    with pytest.raises(Rejected) as raised:
        texts(fake_twilio).send_text(TEXT)

    assert (raised.value.code, raised.value.opted_out) == (str(code), False)
    assert hint in str(raised.value)


def test_wrong_credentials_say_which_settings_to_check(fake_twilio: FakeTwilio) -> None:
    sender = TwilioTexts(
        fake_twilio.account_sid, "wrong", from_number=SENDER, api_base=fake_twilio.url
    )

    with pytest.raises(AccountRefused) as raised:
        sender.send_text(TEXT)

    assert (raised.value.code, raised.value.provider) == ("20003", "twilio")
    assert "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN" in str(raised.value)


def test_the_check_fetches_our_account_with_our_credentials(fake_twilio: FakeTwilio) -> None:
    texts(fake_twilio).check()

    [request] = fake_twilio.requests
    assert (request.method, request.path) == (
        "GET",
        f"/2010-04-01/Accounts/{fake_twilio.account_sid}.json",
    )
    assert request.basic_auth == (fake_twilio.account_sid, fake_twilio.auth_token)
    assert fake_twilio.messages == {}


def test_the_check_refuses_wrong_credentials_and_a_suspended_account(
    fake_twilio: FakeTwilio,
) -> None:
    wrong = TwilioTexts(
        fake_twilio.account_sid, "wrong", from_number=SENDER, api_base=fake_twilio.url
    )
    with pytest.raises(AccountRefused, match="20003"):
        wrong.check()
    fake_twilio.account_status = "suspended"
    with pytest.raises(AccountRefused, match="suspended"):
        texts(fake_twilio).check()


@pytest.mark.parametrize(
    ("reply", "retry_after", "words"),
    [
        (Reply.twilio_error(429, 20429, "Too Many Requests", {"Retry-After": "30"}), 30.0, "rate"),
        (Reply.twilio_error(429, 20429, "Too Many Requests"), None, "rate limiting"),
        (Reply.twilio_error(500, 20500, "Internal Server Error"), None, "may have accepted"),
        (Reply.twilio_error(503, 20503, "Unavailable", {"Retry-After": "120"}), 120.0, "503"),
        (Reply(502, b"<html>Bad Gateway</html>"), None, "502"),
        (Reply.twilio_error(400, 30001, "Queue overflow"), None, "30001"),
    ],
)
def test_throttling_and_server_errors_are_retried_later(
    fake_twilio: FakeTwilio, reply: Reply, retry_after: float | None, words: str
) -> None:
    fake_twilio.script(reply)

    with pytest.raises(RetryLater) as raised:
        texts(fake_twilio).send_text(TEXT)

    assert raised.value.retry_after == retry_after
    assert words in str(raised.value)


def test_a_dropped_connection_is_retried_later_but_may_have_been_sent(
    fake_twilio: FakeTwilio,
) -> None:
    fake_twilio.script(Reply.drop_connection())

    with pytest.raises(RetryLater, match="may have accepted the text"):
        texts(fake_twilio).send_text(TEXT)


def test_a_timeout_is_retried_later_although_twilio_accepted_it(fake_twilio: FakeTwilio) -> None:
    fake_twilio.script(Reply.stall())  # held until the fixture stops the fake

    with pytest.raises(RetryLater, match="did not answer in time"):
        texts(fake_twilio, timeout=0.05).send_text(TEXT)

    assert len(fake_twilio.messages) == 1  # in doubt: the status callback will tell


def test_with_a_status_callback_an_unclear_failure_waits_for_it(fake_twilio: FakeTwilio) -> None:
    fake_twilio.script(
        Reply.twilio_error(500, 20500, "Internal Server Error"), Reply.drop_connection()
    )

    for _ in range(2):
        with pytest.raises(RetryLater, match="Twilio's events can tell first") as raised:
            texts(fake_twilio, confirm_within=600).send_text(TEXT)
        assert raised.value.retry_after == 600


def test_without_a_status_callback_nothing_can_tell_so_there_is_no_wait(
    fake_twilio: FakeTwilio,
) -> None:
    fake_twilio.script(Reply.twilio_error(500, 20500, "Internal Server Error"))

    with pytest.raises(RetryLater) as raised:
        texts(fake_twilio, status_callback=None, confirm_within=600).send_text(TEXT)

    assert raised.value.retry_after is None


def test_an_unreachable_api_is_retried_later_as_never_sent() -> None:
    with FakeTwilio() as stopped:
        url = stopped.url  # nothing listens there once the fake has stopped

    with pytest.raises(RetryLater, match="could not reach Twilio") as raised:
        TwilioTexts("AC" + "1" * 32, "token", from_number=SENDER, api_base=url).send_text(TEXT)

    assert "may have accepted" not in str(raised.value)


@pytest.mark.parametrize(
    ("value", "answered_at", "seconds"),
    [
        ("45", None, 45.0),
        (" 7 ", None, 7.0),
        ("Tue, 24 Nov 2026 09:01:30 GMT", "Tue, 24 Nov 2026 09:00:00 GMT", 90.0),
        ("Tue, 24 Nov 2026 08:00:00 GMT", "Tue, 24 Nov 2026 09:00:00 GMT", 0.0),  # already past
        ("Tue, 24 Nov 2026 09:01:30 GMT", None, None),  # no Date of the answer to measure from
        ("soon", "Tue, 24 Nov 2026 09:00:00 GMT", None),
        (None, None, None),
    ],
)
def test_retry_after_is_read_as_seconds_or_an_http_date_after_the_answers_date(
    value: str | None, answered_at: str | None, seconds: float | None
) -> None:
    assert parse_retry_after(value, answered_at) == seconds
