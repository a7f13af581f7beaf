"""Fuzzing what comes in from the providers: whatever a webhook body or an email holds, the
parsers answer with facts or with the one error the web turns into 400 or 403 (BadRequest,
NotGenuine, UnreadableMail); never with any other exception, which would be a 500 and make the
provider retry the whole batch."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from hypothesis import given, settings
from hypothesis import strategies as st
from twilio.request_validator import RequestValidator

from sequencer.channels.facts import ParsedMail, RawMail
from sequencer.channels.forms import MULTIPART, URLENCODED, read_form
from sequencer.channels.sendgrid import inbound_parse
from sequencer.channels.sendgrid.events import fact_of, read_events
from sequencer.channels.twilio import inbound as twilio
from sequencer.channels.twilio.signature import SIGNATURE_HEADER, TwilioVerifier
from sequencer.errors import BadRequest, NotGenuine, UnreadableMail
from sequencer.inbound.mail import IncomingMail, read_mail, read_parse_fields

TODAY = date(2026, 11, 18)
TOKEN = "twilio-auth-token"
PUBLIC_URL = "https://sequencer.example.com"


@dataclass(frozen=True)
class Hook:
    target: str
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, list[str]] = field(default_factory=dict)


short_text = st.text(max_size=30)
odd_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("=&%+;\"'\\\r\n\x00 :<>@")), st.characters(codec="utf-8")
    ),
    max_size=30,
)
boundaries = st.sampled_from(["b", "XyZ", "----=_Part_1", "a b", ""]) | short_text


@st.composite
def content_types(draw: st.DrawFn) -> str | None:
    boundary = draw(boundaries)
    return draw(
        st.sampled_from(
            [
                None,
                "",
                URLENCODED,
                f"{URLENCODED}; charset=utf-8",
                f'{MULTIPART}; boundary="{boundary}"',
                f"{MULTIPART}; boundary={boundary}",
                MULTIPART,
                "application/json",
            ]
        )
        | odd_text
    )


@st.composite
def multipart_bodies(draw: st.DrawFn, boundary: str | None = None) -> bytes:
    boundary = draw(boundaries) if boundary is None else boundary
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        name = draw(
            st.sampled_from(["email", "headers", "text", "from", "to", "envelope"]) | odd_text
        )
        disposition = draw(
            st.sampled_from(
                [
                    f'form-data; name="{name}"',
                    f"form-data; name*=utf-8''{name}",
                    f'form-data; name="{name}"; filename="a.txt"',
                    "form-data",
                    "form-data; name*",
                ]
            )
            | odd_text
        )
        charset = draw(st.sampled_from(["", "; charset=utf-8", "; charset=base64", "; charset=x"]))
        value = draw(odd_text)
        parts.append(
            f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
            f"Content-Type: text/plain{charset}\r\n\r\n{value}\r\n"
        )
    ending = draw(st.sampled_from([f"--{boundary}--\r\n", "", f"--{boundary}"]))
    return ("".join(parts) + ending).encode("utf-8", "surrogatepass")


form_bodies = st.one_of(
    st.binary(max_size=100),
    st.lists(st.tuples(odd_text, odd_text), max_size=4).map(
        lambda pairs: urlencode(pairs).encode()
    ),
    odd_text.map(lambda text: text.encode("utf-8", "surrogatepass")),
    multipart_bodies(),
)


@st.composite
def form_posts(draw: st.DrawFn) -> tuple[str | None, bytes]:
    """A Content-Type and a body: that agree (the parsing behind is what is fuzzed), or not."""
    kind = draw(st.sampled_from(["urlencoded", "multipart", "any"]))
    if kind == "urlencoded":
        return URLENCODED, draw(form_bodies)
    if kind == "multipart":
        boundary = draw(st.sampled_from(["b", "----=_Part_1"]))
        return f'{MULTIPART}; boundary="{boundary}"', draw(multipart_bodies(boundary))
    return draw(content_types()), draw(form_bodies)


@settings(max_examples=200)
@given(post=form_posts())
def test_any_form_body_gives_fields_or_bad_request(post: tuple[str | None, bytes]) -> None:
    content_type, body = post
    try:
        fields = read_form(content_type, body)
    except BadRequest as exc:
        assert str(exc)
        return
    assert all(isinstance(name, str) and isinstance(value, str) for name, value in fields)


EVENT_KEYS = [
    "event", "email", "timestamp", "sg_message_id", "sg_event_id", "sequencer_ref", "smtp-id",
    "reason", "type", "url", "response", "status",
]  # fmt: skip
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=False)
    | odd_text
    | st.sampled_from(["bounce", "dropped", "delivered", "open", "blocked", "1-first", "9" * 40]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(odd_text, inner, max_size=3),
    max_leaves=10,
)
EVENT_NAMES = ["processed", "delivered", "open", "click", "bounce", "dropped", "spamreport"]
events = st.fixed_dictionaries(
    {"event": st.sampled_from(EVENT_NAMES) | odd_text},
    optional=dict.fromkeys(EVENT_KEYS[1:], json_values),
)
event_bodies = st.one_of(
    st.binary(max_size=100),
    st.lists(events, max_size=4).map(lambda batch: json.dumps(batch).encode()),
    st.lists(events | json_values, max_size=4).map(lambda batch: json.dumps(batch).encode()),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.integers(0, 3000).map(lambda depth: b"[" * depth + b"]" * depth),
)


@settings(max_examples=200)
@given(body=event_bodies)
def test_any_event_batch_gives_facts_or_bad_request(body: bytes) -> None:
    try:
        batch = read_events(body)
    except BadRequest as exc:
        assert str(exc)
        return
    for event in batch:
        fact_of(event)  # a fact, or None for an event we take no notice of


TWILIO_FIELDS = [
    "From", "To", "Body", "MessageSid", "MessageStatus", "ErrorCode", "OptOutType",
    "CallSid", "CallStatus", "AnsweredBy",
]  # fmt: skip
TWILIO_VALUES = [
    "+14155550134", "delivered", "undelivered", "failed", "sent", "21610", "STOP", "completed",
    "machine_end_beep", "human", "busy", "SM123", "",
]  # fmt: skip


@st.composite
def twilio_requests(draw: st.DrawFn) -> Hook:
    """Posts that Twilio's signature vouches for (the parsing behind the check is what is
    fuzzed), and some that it doesn't."""
    fields = draw(
        st.dictionaries(
            st.sampled_from(TWILIO_FIELDS) | odd_text,
            st.sampled_from(TWILIO_VALUES) | odd_text,
            max_size=6,
        )
    )
    ref = draw(st.sampled_from(["1-first", "9" * 5000, "", "x-"]) | odd_text)
    query = urlencode({"ref": ref})
    path = draw(st.sampled_from(["/webhooks/twilio/sms", "/webhooks/twilio/voice"]))
    body = urlencode(list(fields.items())).encode("utf-8", "surrogatepass")
    url = f"{PUBLIC_URL}{path}?{query}"
    try:
        signature = RequestValidator(TOKEN).compute_signature(url, fields)
    except (UnicodeError, ValueError):
        signature = "not-a-signature"
    headers = {"Content-Type": draw(content_types()) or "", SIGNATURE_HEADER: signature}
    if draw(st.booleans()):
        headers["Content-Type"] = URLENCODED
    return Hook(f"{path}?{query}", body, headers, {"ref": [ref]})


@settings(max_examples=200)
@given(request=twilio_requests())
def test_any_twilio_post_gives_a_fact_or_a_refusal(request: Hook) -> None:
    verifier = TwilioVerifier(TOKEN)
    for read in (twilio.sms_fact, twilio.call_fact):
        try:
            read(verifier, PUBLIC_URL, request)
        except (BadRequest, NotGenuine) as exc:
            assert str(exc)


HEADER_NAMES = [
    "From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References", "Date",
    "Content-Type", "Content-Transfer-Encoding", "Auto-Submitted", "X-Autoreply",
    "Return-Path", "Precedence", "X-Failed-Recipients",
]  # fmt: skip
HEADER_VALUES = [
    "Ana <ana@example.com>", "=?utf-8?q?caf=C3=A9?=", "=?x?b?////?=", "<m1@northwind.example>",
    'multipart/mixed; boundary="b"', "multipart/report; report-type=delivery-status; boundary=b",
    "text/html; charset=utf-8", "text/plain; charset=unknown-8bit", "base64",
    "quoted-printable", "auto-replied", "Tue, 17 Nov 2026 10:00:00 +0000", "Tue, 99 Foo 0 99:99",
]  # fmt: skip


@st.composite
def emails(draw: st.DrawFn) -> bytes:
    headers = draw(
        st.lists(
            st.tuples(
                st.sampled_from(HEADER_NAMES) | odd_text, st.sampled_from(HEADER_VALUES) | odd_text
            ),
            max_size=8,
        )
    )
    body_parts = draw(
        st.lists(
            st.sampled_from(
                [
                    "--b\r\nContent-Type: text/plain\r\n\r\nI'm out of the office until Dec 3.\r\n",
                    "--b\r\nContent-Type: text/html\r\n\r\n<p>Remove me<style>x</style></p>\r\n",
                    "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
                    "Final-Recipient: rfc822; ana@example.com\r\nAction: failed\r\n"
                    "Status: 5.1.1\r\n\r\n",
                    "--b\r\nContent-Type: message/rfc822\r\n\r\nMessage-ID: <m1@x>\r\n\r\nhi\r\n",
                    "--b--\r\n",
                    "=C3=A9=\r\n",
                    "////\r\n",
                ]
            )
            | odd_text,
            max_size=5,
        )
    )
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return (head + "\r\n" + "".join(body_parts)).encode("utf-8", "surrogatepass")


@settings(max_examples=200)
@given(raw=st.one_of(st.binary(max_size=200), emails()))
def test_any_email_is_read_or_unreadable(raw: bytes) -> None:
    try:
        mail = read_mail(raw, TODAY)
    except UnreadableMail as exc:
        assert str(exc)
        return
    assert isinstance(mail, IncomingMail)


PARSE_FIELDS = ["headers", "text", "html", "from", "to", "subject", "envelope", "email", "charsets"]


@settings(max_examples=200)
@given(
    fields=st.dictionaries(
        st.sampled_from(PARSE_FIELDS) | odd_text,
        st.sampled_from([*HEADER_VALUES, '{"to": ["a@x"], "from": "b@y"}', "{", "[1]"])
        | odd_text
        | emails().map(lambda raw: raw.decode("utf-8", "surrogateescape")),
        max_size=6,
    ),
    posted=st.one_of(st.none(), multipart_bodies("b")),
)
def test_any_inbound_parse_post_is_read_or_refused(
    fields: dict[str, str], posted: bytes | None
) -> None:
    # Both ways in: the fields as the form gave them, and a whole (fuzzed) post.
    try:
        read_parse_fields(fields, TODAY)
    except UnreadableMail as exc:
        assert str(exc)
    if posted is None:
        return
    hook = Hook(
        "/webhooks/sendgrid/inbound?token=t",
        posted,
        {"Content-Type": f"{MULTIPART}; boundary=b"},
        {"token": ["t"]},
    )
    try:
        mail = inbound_parse.genuine_mail("t", hook)
        if isinstance(mail, RawMail):
            read_mail(mail.raw, TODAY)
        else:
            assert isinstance(mail, ParsedMail)
            read_parse_fields(mail.fields, TODAY)
    except (BadRequest, UnreadableMail) as exc:
        assert str(exc)
