"""Webhook requests → neutral facts: what each provider payload says, in our words, and the
keys that make a redelivery one event (they must never change: stored events are matched by
them)."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from twilio.request_validator import RequestValidator

from sequencer.channels.facts import (
    Bounced,
    CallEnded,
    OptedIn,
    OptedOut,
    ParsedMail,
    Progress,
    RawMail,
    SendRef,
    Stage,
    TextIn,
)
from sequencer.channels.sendgrid import events, inbound_parse
from sequencer.channels.sendgrid.events import EventVerifier, fact_of, genuine_events
from sequencer.channels.twilio import inbound as twilio
from sequencer.channels.twilio.signature import TwilioVerifier
from sequencer.errors import BadRequest, NotGenuine

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
SG_ID = "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0"


@dataclass(frozen=True)
class Hook:
    target: str
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, list[str]] = field(default_factory=dict)


def event(kind: str, **fields: object) -> dict[str, object]:
    return {
        "email": "Ana@Example.com ",
        "timestamp": 1795000000,
        "event": kind,
        "sg_event_id": "ev-1",
        "sg_message_id": SG_ID,
        "sequencer_ref": "1-first",
        **fields,
    }


# --- SendGrid events --------------------------------------------------------------------------


def test_the_event_key_is_the_one_stored_events_were_keyed_by() -> None:
    fact = fact_of(event("bounce", type="bounce", reason="550 unknown"))
    assert fact is not None
    assert fact.key == "sendgrid:30c6cf8374119258b5101488cd3135798fd41a2fd0b21aff2363741ce3e50a04"
    retry = event("bounce", type="bounce", reason="550 unknown", sg_event_id="ev-2")
    assert fact_of(retry) == fact  # sg_event_id has been seen to change on a retry


def test_an_event_names_its_send_three_ways_and_its_person() -> None:
    fact = fact_of(event("delivered", **{"smtp-id": "<m1@northwind.example>"}))
    assert fact is not None
    assert fact.send == SendRef("1-first", "14c5d75ce93", "<m1@northwind.example>")
    assert fact.address == "ana@example.com" and fact.channel == "email"
    assert fact.occurred_at == datetime.fromtimestamp(1795000000, UTC)
    bare = fact_of({"event": "open", "timestamp": "soon"})
    assert bare is not None and bare.send == SendRef() and bare.occurred_at is None


@pytest.mark.parametrize(
    ("kind", "stage"),
    [
        ("processed", Stage.ACCEPTED),
        ("deferred", Stage.ACCEPTED),
        ("delivered", Stage.DELIVERED),
        ("open", Stage.OPENED),
        ("click", Stage.CLICKED),
    ],
)
def test_progress(kind: str, stage: Stage) -> None:
    fact = fact_of(event(kind, url="https://northwind.example/careers"))
    assert isinstance(fact, Progress) and fact.stage is stage and fact.went
    if kind == "click":
        assert fact.detail == "https://northwind.example/careers"


def test_bounces_blocks_and_drops() -> None:
    hard = fact_of(event("bounce", type="bounce", reason="550 5.1.1 unknown user"))
    assert isinstance(hard, Bounced) and hard.went and hard.reason == "550 5.1.1 unknown user"
    blocked = fact_of(event("bounce", type="blocked", reason="421 try later"))
    assert isinstance(blocked, Progress) and blocked.stage is Stage.FAILED and blocked.went
    dropped = fact_of(event("dropped", reason="Bounced Address"))
    assert isinstance(dropped, Bounced) and not dropped.went
    assert dropped.reason == "dropped: Bounced Address"
    unsubscribed = fact_of(event("dropped", reason="Unsubscribed Address"))
    assert isinstance(unsubscribed, OptedOut) and not unsubscribed.went
    other = fact_of(event("dropped", reason="Spam Content"))
    assert isinstance(other, Progress) and other.stage is Stage.FAILED and not other.went


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("spamreport", "reported the email as spam"),
        ("unsubscribe", "SendGrid unsubscribe"),
        ("group_unsubscribe", "SendGrid group_unsubscribe"),
    ],
)
def test_opt_outs(kind: str, reason: str) -> None:
    fact = fact_of(event(kind))
    assert isinstance(fact, OptedOut) and fact.reason == reason and fact.went
    assert not fact.texted and fact.address == "ana@example.com"


def test_a_resubscribe_is_an_opt_in_and_other_kinds_are_not_noticed() -> None:
    assert isinstance(fact_of(event("group_resubscribe")), OptedIn)
    assert fact_of(event("machine_opened")) is None


KEY = ec.generate_private_key(ec.SECP256R1())
PUBLIC = base64.b64encode(
    KEY.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
).decode()


def signed_batch(body: bytes, at: datetime = NOW) -> Hook:
    stamp = str(int(at.timestamp()))
    signature = KEY.sign(stamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    headers = {
        events.SIGNATURE_HEADER: base64.b64encode(signature).decode(),
        events.TIMESTAMP_HEADER: stamp,
    }
    return Hook("/webhooks/sendgrid/events", body, headers)


def test_a_signed_batch_gives_one_fact_per_event_in_order() -> None:
    body = json.dumps([event("open"), event("machine_opened"), event("spamreport")]).encode()
    facts = genuine_events(EventVerifier(PUBLIC), signed_batch(body), NOW)
    assert [type(fact) for fact in facts] == [Progress, type(None), OptedOut]


def test_a_batch_is_refused_before_it_is_read() -> None:
    verifier, garbage = EventVerifier(PUBLIC), b"{not json"
    assert events.signed(verifier, signed_batch(garbage))
    assert not events.signed(None, signed_batch(garbage))
    assert not events.signed(verifier, Hook("/webhooks/sendgrid/events", garbage))
    for verifier_or_none in (None, verifier):
        with pytest.raises(NotGenuine):
            genuine_events(verifier_or_none, Hook("/webhooks/sendgrid/events", garbage), NOW)
    with pytest.raises(NotGenuine):  # signed, but a day and more ago
        genuine_events(
            verifier, signed_batch(garbage, datetime(2026, 11, 17, 7, 0, tzinfo=UTC)), NOW
        )
    with pytest.raises(BadRequest, match="not UTF-8 JSON"):
        genuine_events(verifier, signed_batch(garbage), NOW)


# --- SendGrid Inbound Parse ---------------------------------------------------------------------

FORM = "application/x-www-form-urlencoded"


def parse_post(fields: dict[str, str], token: str | None = "t0k3n") -> Hook:
    query = {"token": [token]} if token else {}
    body = urlencode(fields).encode()
    return Hook("/webhooks/sendgrid/inbound", body, {"Content-Type": FORM}, query)


def test_inbound_parse_needs_our_token() -> None:
    assert inbound_parse.token_matches("t0k3n", parse_post({}))
    assert not inbound_parse.token_matches(None, parse_post({}))
    assert not inbound_parse.token_matches("t0k3n", parse_post({}, token="guess"))
    assert not inbound_parse.token_matches("t0k3n", parse_post({}, token=None))
    with pytest.raises(NotGenuine):
        inbound_parse.genuine_mail("t0k3n", parse_post({"email": "x"}, token="tökén"))


def test_inbound_parse_gives_the_mail_whole_or_in_fields() -> None:
    raw = inbound_parse.genuine_mail("t0k3n", parse_post({"email": "From: a@b.c\r\n\r\nhi"}))
    assert raw == RawMail(b"From: a@b.c\r\n\r\nhi")
    post = parse_post({"headers": "From: a@b.c", "text": "hi"})
    parsed = inbound_parse.genuine_mail("t0k3n", post)
    assert isinstance(parsed, ParsedMail) and parsed.fields["text"] == "hi"
    assert len(parsed.digest) == 64
    with pytest.raises(BadRequest, match="not an Inbound Parse post"):
        inbound_parse.genuine_mail("t0k3n", parse_post({"text": "hi"}))


# --- Twilio -------------------------------------------------------------------------------------

TOKEN = "twilio-auth-token"
PUBLIC_URL = "https://sequencer.northwind.example"
VERIFIER = TwilioVerifier(TOKEN)


def twilio_post(target: str, params: dict[str, str], token: str = TOKEN) -> Hook:
    signature = RequestValidator(token).compute_signature(PUBLIC_URL + target, params)
    headers = {"Content-Type": FORM, "X-Twilio-Signature": signature}
    query = target.partition("?")[2]
    refs = {"ref": [query.removeprefix("ref=")]} if query else {}
    return Hook(target, urlencode(params).encode(), headers, refs)


def test_a_text_in() -> None:
    params = {"MessageSid": "SM1", "From": " +12125550147", "Body": "Stop please"}
    fact = twilio.sms_fact(VERIFIER, PUBLIC_URL, twilio_post("/webhooks/twilio/sms", params))
    assert fact == TextIn(
        key="twilio-sms:SM1", channel="sms", sender="+12125550147", body="Stop please"
    )
    post = twilio_post("/webhooks/twilio/sms", {"From": "+12125550147", "Body": "hi"})
    keyless = twilio.sms_fact(VERIFIER, PUBLIC_URL, post)
    assert keyless is not None
    assert keyless.key == (
        "twilio-sms:b7cad72283dec3f6bcbb3edf02c1031ae2d8f4ff2c177131b928149b0dc3b39a"
    )
    advanced = {"MessageSid": "SM2", "Body": "ARRET", "OptOutType": "STOP"}
    told = twilio.sms_fact(VERIFIER, PUBLIC_URL, twilio_post("/webhooks/twilio/sms", advanced))
    assert isinstance(told, TextIn) and told.keyword == "STOP"


def test_status_callbacks() -> None:
    target = "/webhooks/twilio/sms?ref=1-first"
    delivered = {"MessageSid": "SM3", "MessageStatus": "delivered"}
    fact = twilio.sms_fact(VERIFIER, PUBLIC_URL, twilio_post(target, delivered))
    assert isinstance(fact, Progress) and fact.stage is Stage.DELIVERED and fact.went
    assert fact.key == "twilio-sms:SM3:delivered" and fact.send == SendRef("1-first", "SM3")
    stop = {"MessageSid": "SM4", "MessageStatus": "undelivered", "ErrorCode": "21610"}
    stop["To"] = "+12125550147"
    opted = twilio.sms_fact(VERIFIER, PUBLIC_URL, twilio_post(target, stop))
    assert isinstance(opted, OptedOut) and opted.texted and not opted.went
    assert opted.address == "+12125550147" and opted.detail == "undelivered 21610"
    failed = {"MessageSid": "SM5", "MessageStatus": "failed", "ErrorCode": "30003"}
    lost = twilio.sms_fact(VERIFIER, PUBLIC_URL, twilio_post(target, failed))
    assert isinstance(lost, Progress) and lost.stage is Stage.FAILED and not lost.went
    queued = {"MessageSid": "SM6", "MessageStatus": "queued"}
    assert twilio.sms_fact(VERIFIER, PUBLIC_URL, twilio_post(target, queued)) is None


def test_a_call_ended() -> None:
    target = "/webhooks/twilio/voice?ref=1-first"
    params = {"CallSid": "CA1", "CallStatus": "completed", "AnsweredBy": "machine_end_beep"}
    fact = twilio.call_fact(VERIFIER, PUBLIC_URL, twilio_post(target, params))
    assert fact == CallEnded(
        key="twilio-voice:CA1:completed:machine_end_beep",
        channel="voicemail",
        detail="voicemail left",
        send=SendRef("1-first", "CA1"),
    )
    busy = twilio.call_fact(VERIFIER, PUBLIC_URL, twilio_post(target, {"CallStatus": "busy"}))
    assert busy.detail == "no contact (busy)"
    assert busy.key == (
        "twilio-voice:64f7af099316a5e0fddeca6784596b78cb7437ca6155b327d18c75cee4a00e29:busy:"
    )


def test_twilio_refusals() -> None:
    params = {"MessageSid": "SM1", "From": "+12125550147", "Body": "STOP"}
    forged = twilio_post("/webhooks/twilio/sms", params, token="not-our-token")
    assert twilio.signed(VERIFIER, PUBLIC_URL, forged)  # the headers alone look right
    for verifier, url in ((VERIFIER, PUBLIC_URL), (None, PUBLIC_URL), (VERIFIER, "")):
        with pytest.raises(NotGenuine):
            twilio.sms_fact(verifier, url, forged)
    assert not twilio.signed(None, PUBLIC_URL, forged)
    assert not twilio.signed(VERIFIER, "", forged)
    unsigned = Hook("/webhooks/twilio/sms", b"Body=STOP", {"Content-Type": FORM})
    assert not twilio.signed(VERIFIER, PUBLIC_URL, unsigned)
    garbage = twilio_post("/webhooks/twilio/sms", {})
    with pytest.raises(BadRequest):
        twilio.sms_fact(VERIFIER, PUBLIC_URL, Hook(garbage.target, b"\xff=\xfe", garbage.headers))
