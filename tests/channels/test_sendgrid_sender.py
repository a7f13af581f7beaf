"""SendGridSender: the real `sendgrid` client against the fake Mail Send API on loopback."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
import urllib3.util.connection
from fakes.sendgrid_server import FakeSendGrid, Reply
from helpers.project import follow_up_email
from python_http_client.exceptions import BadRequestsError
from sendgrid import SendGridAPIClient

from sequencer.channels import AccountRefused, Email, Rejected, RetryLater
from sequencer.channels.outbox import Outbox
from sequencer.channels.sendgrid.sender import (
    SendGridSender,
    provider_message,
    retry_after_seconds,
)
from sequencer.channels.wiring import email_sender
from sequencer.config import load_settings
from sequencer.errors import SequencerError

OUTBOX_DATE = datetime(2026, 11, 23, 9, tzinfo=UTC)  # unused: these senders are SendGrid's
UNSUBSCRIBE = "<https://outreach.example.com/u/tok123>, <mailto:unsub+tok123@example.com>"


def make_email(**changes: Any) -> Email:
    return follow_up_email(UNSUBSCRIBE, **changes)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy, and any connection that is not to loopback fails the test."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    for module in (socket, urllib3.util.connection):  # urllib, then the pooled transport
        monkeypatch.setattr(module, "create_connection", _loopback_only(module.create_connection))


def _loopback_only(connect: Any) -> Any:
    def guarded(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        assert address[0] in ("127.0.0.1", "localhost"), f"real network: {address}"
        return connect(address, *args, **kwargs)

    return guarded


@pytest.fixture
def api() -> Iterator[FakeSendGrid]:
    with FakeSendGrid() as fake:
        yield fake


@pytest.fixture
def sender(api: FakeSendGrid) -> SendGridSender:
    return SendGridSender(api.api_key, api_host=api.url, timeout=2)


def test_the_request_carries_our_headers_reference_and_content(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    receipt = sender.send_email(make_email())

    [request] = api.requests
    assert (request.method, request.path) == ("POST", "/v3/mail/send")
    assert request.headers["Authorization"] == f"Bearer {api.api_key}"
    assert request.headers["User-Agent"].startswith("sendgrid/")
    body = request.json
    assert body["from"] == {"email": "alex@northwind.example", "name": "Alex Kim"}
    assert body["personalizations"] == [{"to": [{"email": "priya.raman@example.com"}]}]
    assert body["subject"] == "Re: Staff Platform Engineer at Northwind Labs"
    assert body["content"] == [
        {"type": "text/plain", "value": "Hi Priya,\n\nA short follow-up.\n"},
        {"type": "text/html", "value": "<p>Hi Priya,</p><p>A short follow-up.</p>"},
    ]
    assert body["headers"] == {
        "Message-ID": "<send-42@northwind.example>",
        "In-Reply-To": "<send-41@northwind.example>",
        "References": "<send-41@northwind.example>",
        "List-Unsubscribe": UNSUBSCRIBE,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    assert body["custom_args"] == {"sequencer_ref": "send-42"}
    assert body["reply_to"] == {"email": "alex+replies@northwind.example"}
    # Our List-Unsubscribe is the only one: SendGrid must not add its own.
    assert body["tracking_settings"] == {"subscription_tracking": {"enable": False}}
    assert (receipt.provider, receipt.provider_id) == ("sendgrid", request.message_id)
    assert receipt.provider_id


def test_a_plain_text_email_has_one_content_block_and_no_optional_fields(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    email = make_email(html=None, reply_to=None, from_name=None, message_id="", headers={})
    sender.send_email(email)

    body = api.requests[0].json
    assert body["content"] == [{"type": "text/plain", "value": "Hi Priya,\n\nA short follow-up.\n"}]
    assert body["from"] == {"email": "alex@northwind.example"}
    assert "headers" not in body
    assert "reply_to" not in body


def test_events_built_by_the_fake_find_our_message(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    receipt = sender.send_email(make_email())

    event = api.event(api.requests[0], "delivered")
    assert event["sg_message_id"].startswith(receipt.provider_id)
    assert event["sequencer_ref"] == "send-42"
    assert event["smtp-id"] == "<send-42@northwind.example>"
    assert event["email"] == "priya.raman@example.com"


def test_an_accepted_answer_without_x_message_id_is_still_a_receipt(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    api.script(Reply(202))

    assert sender.send_email(make_email()).provider_id == ""


def test_429_is_retried_after_the_seconds_sendgrid_asked_for(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    api.script(Reply.error(429, "too many requests", headers={"Retry-After": "30"}))

    with pytest.raises(RetryLater, match="too many requests") as caught:
        sender.send_email(make_email())
    assert caught.value.retry_after == 30


def test_429_with_an_http_date_reaches_the_dispatcher(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    # The date arithmetic is tested with a fixed clock below; here a date already past shows
    # the header goes through the real client to the error: wait 0 seconds, not "no hint".
    past = format_datetime(datetime(2020, 1, 1, tzinfo=UTC), usegmt=True)
    api.script(Reply.error(429, "too many requests", headers={"Retry-After": past}))

    with pytest.raises(RetryLater) as caught:
        sender.send_email(make_email())
    assert caught.value.retry_after == 0.0


def test_429_without_a_hint_leaves_the_backoff_to_the_dispatcher(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    api.script(Reply.error(429, "too many requests"))

    with pytest.raises(RetryLater) as caught:
        sender.send_email(make_email())
    assert caught.value.retry_after is None


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_retried_and_flagged_as_possibly_accepted(
    api: FakeSendGrid, sender: SendGridSender, status: int
) -> None:
    api.script(Reply.error(status, "internal error"))

    with pytest.raises(RetryLater, match="may have accepted"):
        sender.send_email(make_email())


@pytest.mark.parametrize(
    "reply",
    [Reply.error(503, "busy"), Reply.error(500, "x", headers={"Retry-After": "30"}), Reply.drop()],
)
def test_with_events_an_unclear_failure_waits_for_them_before_a_retry(
    api: FakeSendGrid, reply: Reply
) -> None:
    api.script(reply)
    sender = SendGridSender(api.api_key, api_host=api.url, timeout=2, confirm_within=900)

    with pytest.raises(RetryLater, match="SendGrid's events can tell first") as caught:
        sender.send_email(make_email())
    assert caught.value.retry_after == 900
    assert caught.value.unclear


def test_a_throttled_or_unreached_send_is_not_held_for_events(api: FakeSendGrid) -> None:
    api.script(Reply.error(429, "slow down", headers={"Retry-After": "30"}))
    sender = SendGridSender(api.api_key, api_host=api.url, timeout=2, confirm_within=900)

    with pytest.raises(RetryLater) as caught:
        sender.send_email(make_email())
    assert caught.value.retry_after == 30  # a 429 means SendGrid took nothing: no doubt

    with socket.socket() as probe:  # nothing listens here: the request never left
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    unreached = SendGridSender("SG.k", api_host=f"http://127.0.0.1:{port}", confirm_within=900)
    with pytest.raises(RetryLater) as caught:
        unreached.send_email(make_email())
    assert caught.value.retry_after is None and not caught.value.unclear


@pytest.mark.parametrize(
    ("settings", "wait"),
    [
        ({}, None),  # no Event Webhook: nothing could tell, so the plain backoff
        ({"SENDGRID_WEBHOOK_PUBLIC_KEY": "MFkw..."}, 900),
        ({"SENDGRID_WEBHOOK_PUBLIC_KEY": "MFkw...", "SEQUENCER_UNCLEAR_RETRY_SECONDS": "60"}, 60),
    ],
)
def test_the_settings_decide_how_long_an_unclear_send_waits(
    api: FakeSendGrid, tmp_path: Path, settings: dict[str, str], wait: float | None
) -> None:
    api.script(Reply.error(503, "busy"))
    env = {"SENDGRID_API_KEY": api.api_key, "SENDGRID_API_HOST": api.url} | settings
    settings = load_settings(env, env_file=tmp_path / "none.env")
    sender = email_sender(settings, Outbox(tmp_path, OUTBOX_DATE))

    with pytest.raises(RetryLater) as caught:
        sender.send_email(make_email())
    assert caught.value.retry_after == wait


def test_a_bad_unclear_wait_names_the_setting() -> None:
    env = {"SENDGRID_API_KEY": "SG.k", "SENDGRID_WEBHOOK_PUBLIC_KEY": "MFkw..."}
    with pytest.raises(SequencerError, match="SEQUENCER_UNCLEAR_RETRY_SECONDS must be 0 or more"):
        load_settings(env | {"SEQUENCER_UNCLEAR_RETRY_SECONDS": "soon"}, env_file=None)


def test_a_bad_request_is_rejected_with_sendgrids_reason(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    api.script(Reply.error(400, "Does not contain a valid address.", "personalizations.0.to"))

    with pytest.raises(Rejected) as caught:
        sender.send_email(make_email())
    assert caught.value.code == "400"
    assert "personalizations.0.to: Does not contain a valid address." in str(caught.value)
    assert not caught.value.opted_out


def test_too_large_is_rejected(api: FakeSendGrid, sender: SendGridSender) -> None:
    api.script(Reply.error(413, "content too large"))

    with pytest.raises(Rejected, match="content too large") as caught:
        sender.send_email(make_email())
    assert caught.value.code == "413"


@pytest.mark.parametrize("status", [401, 403])
def test_a_refused_key_is_about_the_account_not_the_message(
    api: FakeSendGrid, sender: SendGridSender, status: int
) -> None:
    api.script(Reply.error(status, "access forbidden"))

    with pytest.raises(AccountRefused, match="check SENDGRID_API_KEY") as caught:
        sender.send_email(make_email())
    assert (caught.value.code, caught.value.provider) == (str(status), "sendgrid")


def test_a_wrong_key_is_refused_by_the_fake_like_the_real_api(api: FakeSendGrid) -> None:
    sender = SendGridSender("SG.wrong.key", api_host=api.url)

    with pytest.raises(AccountRefused, match=r"SendGrid refused the API key .*grant is invalid"):
        sender.send_email(make_email())


def test_the_check_asks_for_the_keys_scopes_and_sends_nothing(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    sender.check()

    [request] = api.requests
    assert (request.method, request.path) == ("GET", "/v3/scopes")
    assert request.headers["Authorization"] == f"Bearer {api.api_key}"


def test_the_check_refuses_a_wrong_key_and_one_that_may_not_send(api: FakeSendGrid) -> None:
    with pytest.raises(AccountRefused, match="401"):
        SendGridSender("SG.wrong.key", api_host=api.url).check()
    api.scopes = ["alerts.read"]
    with pytest.raises(AccountRefused, match="Mail Send permission"):
        SendGridSender(api.api_key, api_host=api.url).check()


def test_a_wrong_api_host_says_which_setting_to_fix(api: FakeSendGrid) -> None:
    sender = SendGridSender(api.api_key, api_host=f"{api.url}/not-sendgrid")

    with pytest.raises(Rejected, match="check SENDGRID_API_HOST"):
        sender.send_email(make_email())
    assert api.requests[0].path == "/not-sendgrid/v3/mail/send"


def test_no_answer_within_the_timeout_is_retried_later(api: FakeSendGrid) -> None:
    sender = SendGridSender(api.api_key, api_host=api.url, timeout=0.2)
    api.script(Reply.stall())

    with pytest.raises(RetryLater, match=r"did not answer within 0\.2s.*may have accepted"):
        sender.send_email(make_email())
    # The request did reach SendGrid: this is the case the dispatcher must reconcile.
    assert api.requests[0].json["custom_args"] == {"sequencer_ref": "send-42"}


def test_a_dropped_connection_is_retried_later(api: FakeSendGrid, sender: SendGridSender) -> None:
    api.script(Reply.drop())

    with pytest.raises(RetryLater, match="connection to SendGrid broke") as caught:
        sender.send_email(make_email())
    # The request went out before the drop: SendGrid may have it, never post it blindly again.
    assert caught.value.unclear
    assert len(api.requests) == 1


def test_a_refused_connection_is_retried_later() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sender = SendGridSender("SG.key", api_host=f"http://127.0.0.1:{port}")

    with pytest.raises(RetryLater, match="could not reach SendGrid") as caught:
        sender.send_email(make_email())
    assert not caught.value.unclear  # nothing reached SendGrid: safe to send again


def test_the_script_runs_out_and_normal_answers_resume(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    api.script(Reply.error(503, "busy"))

    with pytest.raises(RetryLater):
        sender.send_email(make_email())
    assert sender.send_email(make_email()).provider_id == api.requests[1].message_id


def test_reserved_headers_are_refused_before_anything_is_sent(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    email = make_email(headers={"Reply-To": "someone@example.com", "X-Campaign": "q3"})

    with pytest.raises(Rejected, match="Reply-To") as caught:
        sender.send_email(email)
    assert caught.value.code == "reserved-header"
    assert api.requests == []


def test_a_body_that_looks_like_an_api_key_is_refused_by_the_client(
    api: FakeSendGrid, sender: SendGridSender
) -> None:
    with pytest.raises(Rejected, match="looks like a SendGrid API key"):
        sender.send_email(make_email(text="SG.abc123.def456 leaked"))
    assert api.requests == []


@pytest.mark.parametrize(
    ("api_host", "timeout"),
    [("api.sendgrid.com", 10.0), ("https://api.sendgrid.com", 0.0)],
)
def test_bad_settings_fail_at_construction(api_host: str, timeout: float) -> None:
    with pytest.raises(ValueError):
        SendGridSender("SG.key", api_host=api_host, timeout=timeout)


# The fake's own checks, which later tests rely on.


def test_the_fake_lists_every_problem_of_an_empty_body(api: FakeSendGrid) -> None:
    client = SendGridAPIClient(api_key=api.api_key, host=api.url)

    with pytest.raises(BadRequestsError) as caught:
        client.send({})
    fields = {error["field"] for error in caught.value.to_dict["errors"]}
    assert fields == {"personalizations", "from.email", "subject", "content"}


def test_the_fake_refuses_reserved_headers_and_misordered_content(api: FakeSendGrid) -> None:
    body = make_body(
        headers={"To": "x@example.com"},
        content=[{"type": "text/html", "value": "<p>x</p>"}, {"type": "text/plain", "value": "x"}],
    )
    response = post_raw(api, body)

    assert response["status"] == 400
    messages = " ".join(error["message"] for error in response["errors"])
    assert "header To is reserved" in messages
    assert "text/plain content must be first" in messages


def test_the_fake_refuses_a_missing_key_and_a_non_json_body(api: FakeSendGrid) -> None:
    assert post_raw(api, make_body(), headers={"Authorization": ""})["status"] == 401
    assert post_raw(api, make_body(), content_type="text/plain")["status"] == 400


def test_the_fake_answers_unknown_paths_with_404_and_accepts_custom_routes(
    api: FakeSendGrid,
) -> None:
    assert post_raw(api, {}, path="/v3/nothing")["status"] == 404
    api.add_route("POST", "/v3/nothing", lambda request: Reply.json(200, {"ok": True}))
    assert post_raw(api, {}, path="/v3/nothing")["status"] == 200


def test_retry_after_reads_seconds_dates_and_the_rate_limit_reset() -> None:
    answered = {"Date": "Tue, 24 Nov 2026 12:00:00 GMT"}
    reset = int(datetime(2026, 11, 24, 12, 0, tzinfo=UTC).timestamp()) + 20

    assert retry_after_seconds({"Retry-After": "45"}) == 45
    assert retry_after_seconds(answered | {"Retry-After": "Tue, 24 Nov 2026 12:01:30 GMT"}) == 90
    assert retry_after_seconds(answered | {"Retry-After": "Tue, 24 Nov 2026 11:00:00 GMT"}) == 0
    assert retry_after_seconds(answered | {"X-RateLimit-Reset": str(reset)}) == 20
    assert retry_after_seconds(answered | {"Retry-After": "soon"}) is None
    assert retry_after_seconds({}) is None


def test_a_retry_date_without_the_answers_own_date_leaves_the_wait_to_our_backoff() -> None:
    # Measured against our clock, a skewed or simulated one would stretch or cancel the wait.
    assert retry_after_seconds({"Retry-After": "Tue, 24 Nov 2026 12:01:30 GMT"}) is None
    assert retry_after_seconds({"X-RateLimit-Reset": "1795003220"}) is None


def test_provider_message_copes_with_any_body() -> None:
    two = b'{"errors": [{"field": "from", "message": "bad"}, {"field": null, "message": "also"}]}'

    assert provider_message(two) == "from: bad; also"
    assert provider_message(b"<html>Bad gateway</html>") == "<html>Bad gateway</html>"
    assert provider_message(None) == "no details"


def make_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "personalizations": [{"to": [{"email": "priya.raman@example.com"}]}],
        "from": {"email": "alex@northwind.example"},
        "subject": "Hello",
        "content": [{"type": "text/plain", "value": "Hi"}],
    }
    return {**body, **changes}


def post_raw(
    api: FakeSendGrid,
    body: dict[str, Any],
    path: str = "/v3/mail/send",
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """POST with stdlib http.client, to reach the fake with requests the client won't make."""
    host, port = api.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=2)
    all_headers = {"Authorization": f"Bearer {api.api_key}", "Content-Type": content_type}
    connection.request("POST", path, json.dumps(body), {**all_headers, **(headers or {})})
    response = connection.getresponse()
    payload = json.loads(response.read() or b"{}")
    connection.close()
    return {"status": response.status, **payload}
