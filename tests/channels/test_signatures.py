"""Webhook signatures: SendGrid's signed Event Webhook and X-Twilio-Signature.

The fixed vectors are copied verbatim from the providers' own SDK tests (see
/work/shared/reference/providers.md §2.5 and §5.2); the fresh ones are signed here, the way
the providers sign, so a change in our wrappers can't hide behind the SDKs' own vectors.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from sequencer.channels.sendgrid import events as sendgrid_webhook
from sequencer.channels.sendgrid.events import DEFAULT_MAX_AGE, EventVerifier, read_events
from sequencer.channels.twilio import signature as twilio_webhook
from sequencer.channels.twilio.signature import TwilioVerifier, empty_twiml, messaging_twiml
from sequencer.errors import BadRequest, SettingsError

# --- SendGrid: sendgrid-python test/unit/test_eventwebhook.py, verbatim -------------------

SG_PUBLIC_KEY = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSmpqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaINXvVpiglSI8eNEc6wEA3F+g=="  # noqa: E501
SG_SIGNATURE = "MEUCIGHQVtGj+Y3LkG9fLcxf3qfI10QysgDWmMOVmxG0u6ZUAiEAyBiXDWzM+uOe5W0JuG+luQAbPIqHh89M15TluLtEZtM="  # noqa: E501
SG_TIMESTAMP = "1600112502"
SG_PAYLOAD = (
    json.dumps(
        [
            {
                "email": "hello@world.com",
                "event": "dropped",
                "reason": "Bounced Address",
                "sg_event_id": "ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA",
                "sg_message_id": "LRzXl_NHStOGhQ4kofSm_A.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0",  # noqa: E501
                "smtp-id": "<LRzXl_NHStOGhQ4kofSm_A@ismtpd0039p1iad1.sendgrid.net>",
                "timestamp": 1600112492,
            }
        ],
        sort_keys=True,
        separators=(",", ":"),
    )
    + "\r\n"  # Be sure to include the trailing carriage return and newline!
).encode("utf-8")
SG_OTHER_KEY = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqTxd43gyp8IOEto2LdIfjRQrIbsd4SXZkLW6jDutdhXSJCWHw8REntlo7aNDthvj+y7GjUuFDb/R1NGe1OPzpA=="  # noqa: E501
SG_BAD_SIGNATURE = "MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH3j/0="  # noqa: E501
SG_SIGNED_AT = datetime.fromtimestamp(1600112502, UTC)


def test_the_signed_bytes_are_the_ones_in_the_reference() -> None:
    assert SG_PAYLOAD.endswith(b'"timestamp":1600112492}]\r\n')
    assert SG_PAYLOAD.startswith(b'[{"email":"hello@world.com","event":"dropped",')


def test_sendgrid_vector_verifies() -> None:
    verifier = EventVerifier(SG_PUBLIC_KEY)
    assert verifier.verify(SG_PAYLOAD, SG_SIGNATURE, SG_TIMESTAMP, now=SG_SIGNED_AT)
    assert verifier.verify(
        SG_PAYLOAD, SG_SIGNATURE, SG_TIMESTAMP, max_age=DEFAULT_MAX_AGE, now=SG_SIGNED_AT
    )
    two_days_later = SG_SIGNED_AT + timedelta(days=2)
    assert not verifier.verify(
        SG_PAYLOAD, SG_SIGNATURE, SG_TIMESTAMP, max_age=DEFAULT_MAX_AGE, now=two_days_later
    )


@pytest.mark.parametrize(
    ("key", "body", "signature", "timestamp"),
    [
        pytest.param(SG_PUBLIC_KEY, SG_PAYLOAD[:-2], SG_SIGNATURE, SG_TIMESTAMP, id="no-crlf"),
        pytest.param(SG_OTHER_KEY, SG_PAYLOAD, SG_SIGNATURE, SG_TIMESTAMP, id="bad-key"),
        pytest.param(SG_PUBLIC_KEY, SG_PAYLOAD, SG_BAD_SIGNATURE, SG_TIMESTAMP, id="bad-sig"),
        pytest.param(SG_PUBLIC_KEY, b"payload", SG_SIGNATURE, SG_TIMESTAMP, id="bad-payload"),
        pytest.param(SG_PUBLIC_KEY, SG_PAYLOAD, SG_SIGNATURE, "timestamp", id="bad-timestamp"),
    ],
)
def test_sendgrid_vector_refuses(key: str, body: bytes, signature: str, timestamp: str) -> None:
    assert not EventVerifier(key).verify(body, signature, timestamp, now=SG_SIGNED_AT)


def test_sendgrid_header_names() -> None:
    assert sendgrid_webhook.SIGNATURE_HEADER == "X-Twilio-Email-Event-Webhook-Signature"
    assert sendgrid_webhook.TIMESTAMP_HEADER == "X-Twilio-Email-Event-Webhook-Timestamp"


# --- SendGrid: a key of our own (providers.md §2.6) ----------------------------------------


def public_key_b64(private: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> str:
    der = private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(der).decode("ascii")


def sign(private: ec.EllipticCurvePrivateKey, timestamp: str, body: bytes) -> str:
    signature = private.sign(timestamp.encode("ascii") + body, ec.ECDSA(hashes.SHA256()))
    return base64.b64encode(signature).decode("ascii")


KEY = ec.generate_private_key(ec.SECP256R1())
FORGER = ec.generate_private_key(ec.SECP256R1())
EVENTS = [
    {"email": "priya@example.com", "event": "delivered", "sg_event_id": "e1", "ref": "send-1"},
    {"email": "priya@example.com", "event": "open", "sg_event_id": "e2", "ref": "send-1"},
]
BODY = (json.dumps(EVENTS) + "\r\n").encode("utf-8")
NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
TS = str(int(NOW.timestamp()))
SIG = sign(KEY, TS, BODY)


@pytest.fixture
def verifier() -> EventVerifier:
    return EventVerifier(public_key_b64(KEY))


def test_our_own_signature_verifies(verifier: EventVerifier) -> None:
    assert verifier.verify(BODY, SIG, TS, now=NOW)
    assert verifier.verify(BODY, SIG, TS, max_age=DEFAULT_MAX_AGE, now=NOW)


def test_a_key_with_whitespace_around_or_inside_it_is_fine() -> None:
    key = public_key_b64(KEY)
    assert EventVerifier(f"  {key[:40]}\n{key[40:]}\n").verify(BODY, SIG, TS, now=NOW)


@pytest.mark.parametrize(
    ("body", "signature", "timestamp"),
    [
        pytest.param(BODY, sign(FORGER, TS, BODY), TS, id="other-key"),
        pytest.param(BODY.replace(b"open", b"click"), SIG, TS, id="tampered-body"),
        pytest.param(BODY + b" ", SIG, TS, id="extra-byte"),
        pytest.param(BODY, SIG, str(int(TS) + 1), id="tampered-timestamp"),
        pytest.param(BODY, None, TS, id="no-signature"),
        pytest.param(BODY, "", TS, id="empty-signature"),
        pytest.param(BODY, SIG, None, id="no-timestamp"),
        pytest.param(BODY, SIG, "", id="empty-timestamp"),
        pytest.param(BODY, "not base64!", TS, id="garbage-base64"),
        pytest.param(BODY, "QUJD", TS, id="base64-not-der"),
        pytest.param(BODY, SIG[:-8], TS, id="truncated-signature"),
        pytest.param(BODY, "é" + SIG, TS, id="non-ascii-signature"),
        pytest.param(BODY, SIG, "\udcff", id="unencodable-timestamp"),
        pytest.param(b"\xff" + BODY, sign(KEY, TS, b"\xff" + BODY), TS, id="body-not-utf8"),
    ],
)
def test_anything_else_is_refused(
    verifier: EventVerifier, body: bytes, signature: str | None, timestamp: str | None
) -> None:
    assert verifier.verify(body, signature, timestamp, now=NOW) is False


@pytest.mark.parametrize(
    ("age", "fresh"),
    [
        (timedelta(0), True),
        (timedelta(hours=24, minutes=59), True),
        (timedelta(hours=25, seconds=1), False),
        (timedelta(minutes=-5), True),  # our clock a little behind SendGrid's
        (timedelta(minutes=-5, seconds=-1), False),
    ],
)
def test_the_replay_window(verifier: EventVerifier, age: timedelta, fresh: bool) -> None:
    assert verifier.verify(BODY, SIG, TS, max_age=DEFAULT_MAX_AGE, now=NOW + age) is fresh
    assert verifier.verify(BODY, SIG, TS, now=NOW + timedelta(days=400))  # no window asked for


def test_the_replay_window_needs_whole_seconds(verifier: EventVerifier) -> None:
    timestamp = TS + ".5"
    signature = sign(KEY, timestamp, BODY)
    assert verifier.verify(BODY, signature, timestamp, now=NOW)
    assert not verifier.verify(BODY, signature, timestamp, max_age=DEFAULT_MAX_AGE, now=NOW)


@pytest.mark.parametrize(
    "key",
    [
        pytest.param("", id="empty"),
        pytest.param("not base64 at all!", id="not-base64"),
        pytest.param(base64.b64encode(b"hello").decode(), id="not-der"),
        pytest.param(SG_PUBLIC_KEY[:-10] + "==", id="truncated"),
        pytest.param(
            f"-----BEGIN PUBLIC KEY-----\n{SG_PUBLIC_KEY}\n-----END PUBLIC KEY-----", id="pem"
        ),
        pytest.param(public_key_b64(ec.generate_private_key(ec.SECP384R1())), id="p384"),
        pytest.param(
            public_key_b64(rsa.generate_private_key(public_exponent=65537, key_size=2048)),
            id="rsa",
        ),
    ],
)
def test_a_bad_public_key_is_refused_at_construction(key: str) -> None:
    with pytest.raises(SettingsError, match="SENDGRID_WEBHOOK_PUBLIC_KEY must be"):
        EventVerifier(key)


def test_read_events_gives_the_batch() -> None:
    assert read_events(BODY) == EVENTS
    assert read_events(SG_PAYLOAD)[0]["event"] == "dropped"
    assert read_events(b"[]") == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "not UTF-8 JSON"),
        (b"not json", "not UTF-8 JSON"),
        (b'[{"event": "open"}', "not UTF-8 JSON"),
        (b'\xff[{"event": "open"}]', "not UTF-8 JSON"),
        (b"[" * 100_000, "not UTF-8 JSON"),
        (b'{"event": "open"}', "a JSON object, not an array"),
        (b'"open"', "a JSON string, not an array"),
        (b'[{"event": "open"}, 3]', "event 1 is a JSON number, not an object"),
        (b'[{"event": "open"}, []]', "event 1 is a JSON array, not an object"),
        (b'[{"email": "a@example.com"}]', 'event 0 has no "event" name'),
        (b'[{"event": 7}]', 'event 0 has no "event" name'),
        (b'[{"event": ""}]', 'event 0 has no "event" name'),
    ],
)
def test_read_events_refuses_anything_else(body: bytes, message: str) -> None:
    with pytest.raises(BadRequest, match=message):
        read_events(body)


# --- Twilio: twilio-python tests/unit/test_request_validator.py, verbatim -----------------

TW_TOKEN = "12345"
TW_URI = "https://mycompany.com/myapp.php?foo=1&bar=2"
TW_PARAMS = [
    ("CallSid", "CA1234567890ABCDE"),
    ("Digits", "1234"),
    ("From", "+14158675309"),
    ("To", "+18005551212"),
    ("Caller", "+14158675309"),
]
TW_EXPECTED = "RSOYDt4T1cUTdK1PDd93/VVr8B8="


@pytest.mark.parametrize(
    ("uri", "params", "signature"),
    [
        pytest.param(TW_URI, TW_PARAMS, TW_EXPECTED, id="main"),
        pytest.param(
            TW_URI.replace(".com", ".com:1234"), TW_PARAMS, TW_EXPECTED, id="removes-port-https"
        ),
        pytest.param(
            TW_URI.replace(".com", ".com:1234").replace("https", "http"),
            TW_PARAMS,
            "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=",  # hash of http uri with port 1234
            id="removes-port-http",
        ),
        pytest.param(
            TW_URI,
            TW_PARAMS,
            "kvajT1Ptam85bY51eRf/AJRuM3w=",  # hash of uri with port 443
            id="adds-port-https",
        ),
        pytest.param(
            TW_URI.replace("https", "http"),
            TW_PARAMS,
            "0ZXoZLH/DfblKGATFgpif+LLRf4=",  # hash of uri with port 80
            id="adds-port-http",
        ),
        pytest.param(
            TW_URI,
            [
                ("Sid", "CA123"),
                ("SidAccount", "AC123"),
                ("Digits", "5678"),  # Ensure keys are sorted.
                ("Digits", "1234"),  # Ensure values are sorted.
                ("Digits", "1234"),  # Ensure duplicates are removed.
            ],
            "IK+Dwps556ElfBT0I3Rgjkr1wJU=",
            id="duplicate-multi-dict",
        ),
    ],
)
def test_twilio_vectors_verify(uri: str, params: list[tuple[str, str]], signature: str) -> None:
    assert TwilioVerifier(TW_TOKEN).verify(uri, params, signature)


def test_twilio_vector_needs_every_repeated_value() -> None:
    params = [("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", "5678")]
    assert not TwilioVerifier(TW_TOKEN).verify(TW_URI, params, "IK+Dwps556ElfBT0I3Rgjkr1wJU=")


def test_twilio_header_name() -> None:
    assert twilio_webhook.SIGNATURE_HEADER == "X-Twilio-Signature"


# --- Twilio: a token and an inbound text of our own ----------------------------------------

TOKEN = "test-auth-token-0123456789abcdef"
HOOK = "https://hooks.example.com/twilio/sms?tenant=acme"
INBOUND = [
    ("ToCountry", "US"),
    ("SmsMessageSid", "SM" + "1" * 32),
    ("NumMedia", "2"),
    ("Body", "Sounds good — call me at 3?"),
    ("From", "+14155550123"),
    ("To", "+15005550006"),
    ("MediaUrl0", "https://api.twilio.com/media/b"),
    ("MediaUrl1", "https://api.twilio.com/media/a"),
    ("AccountSid", "AC" + "0" * 32),
    ("Tag", "b"),
    ("Tag", "a"),
]


def twilio_signature(token: str, url: str, params: Sequence[tuple[str, str]]) -> str:
    """Twilio's algorithm, written out (providers.md §5.1), independent of the SDK."""
    text = url
    for name in sorted({name for name, _ in params}):
        for value in sorted({value for n, value in params if n == name}):
            text += name + value
    digest = hmac.new(token.encode(), text.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


SIGNATURE = twilio_signature(TOKEN, HOOK, INBOUND)


def test_our_own_twilio_signature_verifies() -> None:
    assert TwilioVerifier(TOKEN).verify(HOOK, INBOUND, SIGNATURE)
    assert TwilioVerifier(TOKEN).verify(HOOK, list(reversed(INBOUND)), SIGNATURE)


def test_a_get_webhook_signs_the_url_alone() -> None:
    url = HOOK + "&From=%2B14155550123"
    assert TwilioVerifier(TOKEN).verify(url, [], twilio_signature(TOKEN, url, []))


@pytest.mark.parametrize(
    ("token", "url", "params", "signature"),
    [
        pytest.param("another-token", HOOK, INBOUND, SIGNATURE, id="wrong-token"),
        pytest.param(
            TOKEN, HOOK, [*INBOUND[:3], ("Body", "STOP"), *INBOUND[4:]], SIGNATURE, id="tampered"
        ),
        pytest.param(TOKEN, HOOK, [*INBOUND, ("OptOutType", "STOP")], SIGNATURE, id="extra"),
        pytest.param(TOKEN, HOOK, INBOUND[:-1], SIGNATURE, id="missing-repeat"),
        pytest.param(TOKEN, HOOK.replace("/sms", "/voice"), INBOUND, SIGNATURE, id="path"),
        pytest.param(TOKEN, HOOK.replace("hooks.", "evil."), INBOUND, SIGNATURE, id="host"),
        pytest.param(TOKEN, HOOK.replace("acme", "other"), INBOUND, SIGNATURE, id="query"),
        pytest.param(TOKEN, HOOK.replace("https", "http"), INBOUND, SIGNATURE, id="scheme"),
        pytest.param(TOKEN, HOOK, INBOUND, None, id="no-header"),
        pytest.param(TOKEN, HOOK, INBOUND, "", id="empty-header"),
        pytest.param(TOKEN, HOOK, INBOUND, SIGNATURE[:-1], id="truncated"),
        pytest.param(TOKEN, "https://hooks.example.com:port/x", INBOUND, SIGNATURE, id="bad-port"),
        pytest.param(TOKEN, "https://[::1/x", INBOUND, SIGNATURE, id="bad-url"),
        pytest.param(TOKEN, HOOK, [("Body", "\udcff")], SIGNATURE, id="unencodable"),
    ],
)
def test_twilio_refuses_anything_else(
    token: str, url: str, params: list[tuple[str, str]], signature: str | None
) -> None:
    assert TwilioVerifier(token).verify(url, params, signature) is False


def test_a_json_body_webhook_is_refused() -> None:
    # Its signature covers only the URL; the body hash in it can't be checked from a form.
    url = HOOK + "&bodySHA256=" + "0" * 64
    assert not TwilioVerifier(TOKEN).verify(url, INBOUND, twilio_signature(TOKEN, url, []))
    assert not TwilioVerifier(TOKEN).verify(url, [], twilio_signature(TOKEN, url, []))


def test_an_empty_auth_token_is_refused() -> None:
    with pytest.raises(SettingsError, match="TWILIO_AUTH_TOKEN"):
        TwilioVerifier("")


# --- TwiML -------------------------------------------------------------------------------


def test_no_reply_is_an_empty_response() -> None:
    for twiml in (messaging_twiml(), messaging_twiml(None), messaging_twiml(""), empty_twiml()):
        root = ElementTree.fromstring(twiml)
        assert root.tag == "Response"
        assert list(root) == []
        assert twiml.startswith('<?xml version="1.0" encoding="UTF-8"?>')


def test_a_reply_is_one_message() -> None:
    reply = "You're unsubscribed & won't hear from us <again>. \"Bye\" — Northwind"
    root = ElementTree.fromstring(messaging_twiml(reply))
    assert root.tag == "Response"
    (message,) = list(root)
    assert message.tag == "Message"
    assert message.text == reply
    assert message.attrib == {}
