"""Reading inbound email posted by SendGrid Inbound Parse in parsed mode, and whatever bytes
arrive: `UnreadableMail` or a sane answer, never a crash."""

from __future__ import annotations

import contextlib
import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser

import pytest
from helpers.mail_reading import FIXTURES, TODAY, fixture, mail, read

from sequencer.errors import UnreadableMail
from sequencer.inbound.mail import IncomingMail, MailKind, read_mail, read_parse_fields

# --- SendGrid Inbound Parse, parsed mode -------------------------------------------------------


def parse_fields(
    name: str, envelope_to: str = "reply+t0k3n@parse.northwind.example"
) -> dict[str, str]:
    """The fields SendGrid posts for this fixture: raw headers, decoded text and html."""
    raw = fixture(name)
    message = BytesParser(policy=policy.default).parsebytes(raw)
    bodies: dict[str, str] = {}
    for part in message.walk():  # the first of each: walk() also yields a DSN's field blocks
        if part.get_content_type() in ("text/plain", "text/html"):
            bodies.setdefault(part.get_content_type(), part.get_content())
    return {
        "headers": raw.split(b"\r\n\r\n", 1)[0].decode("latin-1") + "\r\n",
        "text": bodies.get("text/plain", ""),
        "html": bodies.get("text/html", ""),
        "from": str(message["From"]),
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "envelope": json.dumps({"to": [envelope_to], "from": "bounces@example.com"}),
        "charsets": json.dumps({"text": "UTF-8", "html": "UTF-8", "subject": "UTF-8"}),
        "SPF": "pass",
    }


@pytest.mark.parametrize(
    "name", ["gmail_reply.eml", "outlook_reply.eml", "outlook_ooo.eml", "unsubscribe_reply.eml"]
)
def test_parse_fields_read_as_the_raw_message_does(name: str) -> None:
    parsed = read_parse_fields(parse_fields(name), TODAY)
    raw = read(name)
    assert parsed == replace(
        raw, recipients=(*raw.recipients, "reply+t0k3n@parse.northwind.example")
    )


def test_parse_fields_with_html_only_read_the_html() -> None:
    fields = parse_fields("gmail_reply.eml") | {"text": ""}
    assert read_parse_fields(fields, TODAY).text == (
        "Hi Dana,\n\nThanks for reaching out — the role sounds interesting. I could do a call on "
        "Thursday afternoon or Friday morning.\n\nBest,\nPriya"
    )


def test_a_bounce_posted_as_parse_fields_is_read_from_its_notice() -> None:
    bounce = read_parse_fields(parse_fields("bounce.eml"), TODAY)
    assert bounce.kind is MailKind.BOUNCE
    assert bounce.bounced == ("priya.raman@example.com",)
    assert bounce.bounce_permanent
    assert bounce.bounce_reason is not None and "550 5.1.1" in bounce.bounce_reason


def test_parse_fields_without_headers_use_the_from_and_subject_fields() -> None:
    fields = {
        "from": "Priya Raman <Priya.Raman@example.com>",
        "subject": "Unsubscribe",
        "text": "x",
    }
    reply = read_parse_fields(fields, TODAY)
    assert reply.sender == "priya.raman@example.com"
    assert reply.subject == "Unsubscribe"
    assert reply.asks_to_stop


@pytest.mark.parametrize("envelope", ["{not json", "[1, 2]", '{"to": 7}', '"x"', ""])
def test_a_broken_envelope_is_ignored(envelope: str) -> None:
    fields = parse_fields("gmail_reply.eml") | {"envelope": envelope}
    assert read_parse_fields(fields, TODAY).recipients == ("dana@northwind.example",)


def test_parse_fields_with_no_from_at_all_give_no_sender() -> None:
    fields = {"headers": "Subject: hello\r\n", "text": "Hi there"}
    assert read_parse_fields(fields, TODAY).sender == ""


def test_fields_that_are_no_inbound_parse_post_are_refused() -> None:
    with pytest.raises(UnreadableMail, match="Inbound Parse"):
        read_parse_fields({}, TODAY)
    with pytest.raises(UnreadableMail, match="Inbound Parse"):
        read_parse_fields({"SPF": "pass", "envelope": "{}"}, TODAY)


def test_raw_mode_fields_read_the_whole_message() -> None:
    raw = fixture("gmail_reply.eml")
    envelope = json.dumps({"to": ["reply+t0k3n@parse.northwind.example"]})
    posted = read_parse_fields({"email": raw.decode(), "envelope": envelope}, TODAY)
    assert posted == replace(
        read("gmail_reply.eml"),
        recipients=("dana@northwind.example", "reply+t0k3n@parse.northwind.example"),
    )


# --- whatever the bytes, UnreadableMail or a sane answer -------------------------------------


def test_nothing_at_all_is_refused() -> None:
    for empty in (b"", b"\r\n\r\n", b"   "):
        with pytest.raises(UnreadableMail, match="empty"):
            read_mail(empty, TODAY)


def test_bytes_that_are_no_email_are_refused_or_read_sanely() -> None:
    rng = random.Random(20261124)
    for _ in range(300):
        garbage = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        try:
            result = read_mail(garbage, TODAY)
        except UnreadableMail:
            continue
        assert isinstance(result, IncomingMail)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.eml")))
def test_damaged_fixtures_never_raise_anything_but_unreadable_mail(name: str) -> None:
    rng = random.Random(name)
    original = fixture(name)
    for _ in range(40):
        damaged = bytearray(original[: rng.randrange(1, len(original) + 1)])
        for _ in range(rng.randrange(0, 12)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        with contextlib.suppress(UnreadableMail):
            read_mail(bytes(damaged), TODAY)


@pytest.mark.parametrize(
    "headers",
    [
        {"Subject": "=?utf-8?q?broken =?x-unknown?b?!!!?= tail"},
        {"Subject": "=?utf-8?b?####?="},
        {"Subject": "=?unknown-8bit?q?caf=E9?="},
        {"From": "=?utf-8?b?####?= <priya.raman@example.com>"},
        {"From": '"unterminated <priya.raman@example.com>'},
        {"From": "<<<@>>>"},
        {"To": "undisclosed-recipients:;"},
        {"Date": "yesterday-ish"},
        {"Date": "Tue, 99 Nov 2026 99:99:99 +9999"},
        {"Message_ID": "<unterminated@example.com"},
        {"References": "<<>>< >"},
        {"Content_Type": 'multipart/alternative; boundary="never-comes"'},
        {"Content_Type": "text/plain; charset=x-no-such-charset"},
        {"Content_Type": "text/plain; charset=rot13"},
        {"Content_Type": "text/plain; charset="},
        {"Content_Type": ";;;=;"},
        {"Content_Transfer_Encoding": "base64"},
        {"Content_Disposition": "attachment; filename*=bad''%ZZ"},
    ],
)
def test_malformed_headers_give_a_sane_answer(headers: dict[str, str]) -> None:
    result = mail("Hi Dana, Thursday works.", **headers)
    assert isinstance(result, IncomingMail)
    assert isinstance(result.text, str) and isinstance(result.subject, str)


def test_a_broken_encoded_word_subject_still_reads() -> None:
    result = mail(Subject="=?utf-8?q?Caf=C3=A9?= =?x-unknown?b?!!!?=")
    assert result.subject.startswith("Café")


def test_a_date_without_a_zone_is_utc() -> None:
    assert mail(Date="Wed, 25 Nov 2026 10:14:21 -0000").sent_at == datetime(
        2026, 11, 25, 10, 14, 21, tzinfo=UTC
    )
    sent = mail(Date="Wed, 25 Nov 2026 10:14:21 +0100").sent_at
    assert sent is not None and sent.utcoffset() == timedelta(hours=1)
    assert sent.tzinfo == timezone(timedelta(hours=1))


def test_a_mislabelled_charset_is_still_read() -> None:
    head = b"From: jonas.becker@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    body = "Grüße, bitte keine weiteren E-Mails.".encode("latin-1")
    result = read_mail(head + body, TODAY)
    assert result.text == "Grüße, bitte keine weiteren E-Mails."
    assert result.asks_to_stop


def test_raw_8bit_headers_are_read() -> None:
    raw = "From: Jonas Bäcker <jonas@example.com>\r\nSubject: Grüße\r\n\r\nHallo".encode("latin-1")
    result = read_mail(raw, TODAY)
    assert result.subject == "Grüße" and result.sender == "jonas@example.com"


def test_deeply_nested_mime_does_not_blow_up() -> None:
    depth = 300
    head = b"From: a@example.com\r\nMIME-Version: 1.0\r\n"
    parts = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    body = b"Content-Type: text/plain\r\n\r\nhi\r\n" + b"".join(
        b"--b%d--\r\n" % i for i in reversed(range(depth))
    )
    try:
        result = read_mail(head + parts + body, TODAY)
    except UnreadableMail:
        return
    assert result.sender == "a@example.com"
