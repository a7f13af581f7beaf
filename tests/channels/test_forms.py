"""read_form: the form bodies Twilio, SendGrid Inbound Parse and one-click unsubscribe send."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import sendgrid

from sequencer.channels import forms
from sequencer.channels.forms import read_form
from sequencer.errors import BadRequest, SequencerError

URLENCODED = "application/x-www-form-urlencoded"
PARSE_TYPE = "multipart/form-data; boundary=xYzZY"  # what SendGrid's own sender uses

# --- urlencoded ------------------------------------------------------------------------


def test_a_twilio_body_keeps_order_repeats_and_escapes() -> None:
    body = (
        b"ToCountry=US&From=%2B14155550123&To=%2B15005550006"
        b"&Body=Sounds+good+%E2%80%94+caf%C3%A9+at+3%3F+a%26b%3Dc"
        b"&MediaUrl0=https%3A%2F%2Fapi.twilio.com%2Fm%2F1&Tag=b&Tag=a&Empty=&Plus=1%2B1"
    )
    assert read_form(URLENCODED, body) == [
        ("ToCountry", "US"),
        ("From", "+14155550123"),
        ("To", "+15005550006"),
        ("Body", "Sounds good — café at 3? a&b=c"),
        ("MediaUrl0", "https://api.twilio.com/m/1"),
        ("Tag", "b"),
        ("Tag", "a"),
        ("Empty", ""),
        ("Plus", "1+1"),
    ]


def test_the_content_type_may_carry_a_charset_and_any_case() -> None:
    body = b"List-Unsubscribe=One-Click"
    expected = [("List-Unsubscribe", "One-Click")]
    assert read_form("application/x-www-form-urlencoded; charset=UTF-8", body) == expected
    assert read_form("Application/X-WWW-Form-URLEncoded", body) == expected


def test_an_empty_urlencoded_body_has_no_fields() -> None:
    assert read_form(URLENCODED, b"") == []


# --- multipart: SendGrid Inbound Parse ---------------------------------------------------

HEADERS = (
    "MIME-Version: 1.0\n"
    "From: Priya Raman <priya@example.com>\n"
    "To: r+tok123@parse.example.com\n"
    "Subject: Re: Staff Platform role\n"
    "In-Reply-To: <send-42@mail.example.com>\n"
    "Content-Type: multipart/alternative; boundary=000000000000abc\n"
)
TEXT = "Hi Sam,\n\nYes, happy to talk — Thursday works.\n\nPriya\n"
HTML = '<div dir="ltr">Hi Sam,<br><br>Yes, happy to talk — Thursday works.</div>\n'
PARSE_FIELDS = [
    ("headers", HEADERS),
    ("dkim", "{@example.com : pass}"),
    ("content-ids", "{}"),
    ("to", "r+tok123@parse.example.com"),
    ("html", HTML),
    ("from", "Priya Raman <priya@example.com>"),
    ("text", TEXT),
    ("sender_ip", "203.0.113.7"),
    ("envelope", '{"to":["r+tok123@parse.example.com"],"from":"priya@example.com"}'),
    ("attachments", "1"),
    ("subject", "Re: Staff Platform role"),
    ("attachment-info", '{"attachment1":{"filename":"cv.pdf","type":"application/pdf"}}'),
    ("charsets", '{"to":"UTF-8","html":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"UTF-8"}'),
    ("SPF", "pass"),
]
# Not UTF-8, has CR and LF, and something like our boundary in it: none of it may matter.
ATTACHMENT = b"%PDF-1.4\r\n\x00\xff\xfe binary \r\n--xYzZ not a boundary\n\x80\x81 end"


def inbound_parse_body(newline: str) -> bytes:
    """A body built the way SendGrid posts Inbound Parse (parsed mode, one attachment)."""
    chunks = [
        f'--xYzZY{newline}Content-Disposition: form-data; name="{name}"{newline}{newline}'
        f"{value.replace(chr(10), newline)}{newline}".encode()
        for name, value in PARSE_FIELDS
    ]
    attachment = (
        f"--xYzZY{newline}"
        f'Content-Disposition: form-data; name="attachment1"; filename="cv.pdf"{newline}'
        f"Content-Type: application/pdf{newline}{newline}"
    ).encode()
    chunks.insert(3, attachment + ATTACHMENT + newline.encode())
    return b"".join(chunks) + f"--xYzZY--{newline}".encode()


@pytest.mark.parametrize("newline", ["\r\n", "\n"], ids=["crlf", "lf"])
def test_an_inbound_parse_body_gives_its_text_fields(newline: str) -> None:
    fields = read_form(PARSE_TYPE, inbound_parse_body(newline))

    expected = [(name, value.replace("\n", newline)) for name, value in PARSE_FIELDS]
    assert fields == expected  # the attachment is left out, the rest in order


SAMPLES = Path(sendgrid.__file__).parent / "helpers" / "inbound" / "sample_data"


@pytest.mark.skipif(not (SAMPLES / "default_data.txt").exists(), reason="no sendgrid samples")
def test_sendgrids_own_sample_payloads_read_as_they_are() -> None:
    default = read_form(PARSE_TYPE, (SAMPLES / "default_data.txt").read_bytes())
    assert sorted(name for name, _ in default) == [
        "SPF",
        "attachments",
        "charsets",
        "dkim",
        "envelope",
        "from",
        "headers",
        "html",
        "sender_ip",
        "subject",
        "text",
        "to",
    ]
    assert dict(default)["text"] == "Hello Twilio SendGrid!\n"

    raw = dict(read_form(PARSE_TYPE, (SAMPLES / "raw_data_with_attachments.txt").read_bytes()))
    assert raw["email"].startswith("MIME-Version: 1.0\n")
    assert raw["subject"] == "Raw Payload"


# --- multipart: one-click unsubscribe and other forms ------------------------------------


@pytest.mark.parametrize(
    "content_type",
    [
        "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
        'multipart/form-data; boundary="----WebKitFormBoundary7MA4YWxkTrZu0gW"',
        'Multipart/Form-Data; charset=utf-8; BOUNDARY="----WebKitFormBoundary7MA4YWxkTrZu0gW"',
    ],
)
def test_a_one_click_unsubscribe_in_multipart(content_type: str) -> None:
    body = (
        b"------WebKitFormBoundary7MA4YWxkTrZu0gW\r\n"
        b'Content-Disposition: form-data; name="List-Unsubscribe"\r\n'
        b"\r\n"
        b"One-Click\r\n"
        b"------WebKitFormBoundary7MA4YWxkTrZu0gW--\r\n"
    )
    assert read_form(content_type, body) == [("List-Unsubscribe", "One-Click")]


def multipart(*parts: bytes, boundary: bytes = b"b0und") -> bytes:
    return b"".join(b"--" + boundary + b"\r\n" + part + b"\r\n" for part in parts) + (
        b"--" + boundary + b"--\r\n"
    )


def test_part_charsets_encodings_and_repeats() -> None:
    body = multipart(
        b'Content-Disposition: form-data; name="a"\r\n\r\nfirst',
        b'Content-Disposition: form-data; name="latin"\r\n'
        b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\ncaf\xe9",
        b'Content-Disposition: form-data; name="b64"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\naGVsbG8=",
        b'Content-Disposition: form-data; name="bad-utf8"\r\n\r\nok \xff',
        b'Content-Disposition: form-data; name="odd"\r\n'
        b"Content-Type: text/plain; charset=no-such-charset\r\n\r\ncaf\xc3\xa9",
        b'Content-Disposition: form-data; name="codec"\r\n'
        b"Content-Type: text/plain; charset=base64\r\n\r\nabc",
        b"Content-Disposition: form-data; name*=utf-8''n%C3%A4me\r\n\r\nx",
        b'Content-Disposition: form-data; name="a"\r\n\r\nsecond',
        b'Content-Disposition: form-data; name="empty"\r\n\r\n',
        b'Content-Disposition: form-data; name="no-file"; filename=""\r\n\r\n',
        b'Content-Disposition: form-data; name="files"\r\n'
        b"Content-Type: multipart/mixed; boundary=inner\r\n\r\n"
        b'--inner\r\nContent-Disposition: file; filename="a.txt"\r\n\r\naaa\r\n--inner--',
    )
    assert read_form("multipart/form-data; boundary=b0und", body) == [
        ("a", "first"),
        ("latin", "café"),
        ("b64", "hello"),
        ("bad-utf8", "ok \ufffd"),
        ("odd", "café"),
        ("codec", "abc"),
        ("näme", "x"),
        ("a", "second"),
        ("empty", ""),
    ]


def test_a_form_of_only_files_has_no_fields() -> None:
    body = multipart(b'Content-Disposition: form-data; name="f"; filename="a"\r\n\r\n\x00')
    assert read_form("multipart/form-data; boundary=b0und", body) == []


# --- what isn't a form -------------------------------------------------------------------

ONE_CLICK = multipart(b'Content-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click')


@pytest.mark.parametrize(
    ("content_type", "body", "message"),
    [
        (None, b"a=1", "no Content-Type"),
        ("", b"a=1", "no Content-Type"),
        ("  ", b"a=1", "no Content-Type"),
        ("application/json", b'{"a": 1}', "not application/json"),
        ("text/plain", b"a=1", "not text/plain"),
        ("garbage", b"a=1", "can't be read"),
        ("multipart/form-data", ONE_CLICK, "no usable boundary"),
        ("multipart/form-data; boundary=", ONE_CLICK, "no usable boundary"),
        ("multipart/form-data; boundary=" + "x" * 71, ONE_CLICK, "no usable boundary"),
        ('multipart/form-data; boundary="a\\"b"', ONE_CLICK, "no usable boundary"),
        ('multipart/form-data; boundary="ends with space "', ONE_CLICK, "no usable boundary"),
        (URLENCODED, b"a=caf\xe9", "not UTF-8"),
        (URLENCODED, b"a=caf%E9", "not UTF-8"),
        (URLENCODED, b"a=1&b", "not valid application/x-www-form-urlencoded"),
        (URLENCODED, b"a=1&", "not valid application/x-www-form-urlencoded"),
        (URLENCODED, b"a=1&&b=2", "not valid application/x-www-form-urlencoded"),
        ("multipart/form-data; boundary=other", ONE_CLICK, "no parts"),
        ("multipart/form-data; boundary=b0und", b"", "no parts"),
        ("multipart/form-data; boundary=b0und", b"--b0und--\r\n", "no parts"),
        ("multipart/form-data; boundary=b0und", ONE_CLICK[:-12], "before its closing boundary"),
        (
            "multipart/form-data; boundary=b0und",
            multipart(b"Content-Type: text/plain\r\n\r\nno name"),
            "has no name",
        ),
        (
            "multipart/form-data; boundary=b0und",
            multipart(b'Content-Disposition: form-data; name=""\r\n\r\nempty name'),
            "has no name",
        ),
        (
            # The stdlib's header parser raises IndexError on this one (3.11).
            "multipart/form-data; boundary=b0und",
            multipart(b"Content-Disposition: form-data; name*\r\n\r\nx"),
            "malformed",
        ),
    ],
)
def test_bad_requests(content_type: str | None, body: bytes, message: str) -> None:
    with pytest.raises(BadRequest, match=message):
        read_form(content_type, body)


def test_a_bad_request_is_a_sequencer_error() -> None:
    assert issubclass(BadRequest, SequencerError)


def test_header_lines_in_the_content_type_reach_no_parser() -> None:
    for content_type in (
        "multipart/form-data; boundary=b0und\r\nContent-Type: text/plain",
        'multipart/form-data; boundary="b0und\r\nX-Injected: 1"',
    ):
        with pytest.raises(BadRequest, match="no usable boundary"):
            read_form(content_type, ONE_CLICK)


def test_the_size_limits_are_ordered_as_their_uses() -> None:
    assert forms.MAX_FORM_BYTES < forms.MAX_EVENT_BATCH_BYTES < forms.MAX_INBOUND_MAIL_BYTES


# --- whatever the bytes: a list of fields, or BadRequest -----------------------------------

CONTENT_TYPES = [URLENCODED, PARSE_TYPE, "multipart/form-data; boundary=b0und"]
SEEDS = [
    inbound_parse_body("\r\n"),
    inbound_parse_body("\n"),
    ONE_CLICK,
    b"From=%2B14155550123&Body=caf%C3%A9+ok&Tag=a&Tag=b",
]
NOISE = b"-\r\n:;=\"'\\ %+&xYzZb0und*()<>@,\x00\x80\xc3\xff"


def mutated(rng: random.Random, body: bytes) -> bytes:
    data = bytearray(body)
    for _ in range(rng.randint(1, 6)):
        at = rng.randint(0, len(data))
        choice = rng.random()
        if choice < 0.25:
            del data[at : at + rng.randint(1, 40)]
        elif choice < 0.5:
            data[at:at] = bytes(rng.choice(NOISE) for _ in range(rng.randint(1, 12)))
        elif choice < 0.7:
            del data[at:]  # truncated
        elif choice < 0.85:
            junk = bytes(rng.choice(NOISE) for _ in range(rng.randint(0, 30)))
            data[at:at] = b"\r\n--xYzZY\r\nContent-Disposition: " + junk + b"\r\n\r\n"
        else:
            data[at:at] = rng.randbytes(rng.randint(1, 64))
    return bytes(data)


def test_fuzz_never_anything_but_fields_or_bad_request() -> None:
    rng = random.Random(8058)
    for _ in range(400):
        if rng.random() < 0.2:
            body = rng.randbytes(rng.randint(0, 300))
        else:
            body = mutated(rng, rng.choice(SEEDS))
        content_type = rng.choice(CONTENT_TYPES)
        try:
            fields = read_form(content_type, body)
        except BadRequest as error:
            assert str(error)
            continue
        assert isinstance(fields, list)
        assert all(isinstance(n, str) and isinstance(v, str) for n, v in fields)
