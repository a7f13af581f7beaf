"""Webhook bodies → form fields: the raw bytes a provider posted, read here at the boundary.

Two providers post forms to us: Twilio (urlencoded) and SendGrid Inbound Parse (multipart,
with attachments we never need). `read_form` turns either encoding into (name, value) pairs,
in order and with repeats (Twilio signs every one of them), and turns every way a body can
be wrong into `BadRequest`.

The size limits are for the web layer: it reads no more than the route's limit from the
socket (answering 413 beyond it) before handing the body over.
"""

from __future__ import annotations

import email.policy
import re
from email.errors import CloseBoundaryNotFoundDefect
from email.message import Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value
from functools import lru_cache
from urllib.parse import parse_qsl

from sequencer.errors import BadRequest

MAX_FORM_BYTES = 1 * 1024 * 1024  # Twilio webhooks, and the web's unsubscribe POSTs
MAX_INBOUND_MAIL_BYTES = 30 * 1024 * 1024  # SendGrid Inbound Parse (its docs say 20-30 MB)
MAX_EVENT_BATCH_BYTES = 8 * 1024 * 1024  # SendGrid event batches (≈768 KB each, with room)

URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"

# RFC 2046 §5.1.1: 1 to 70 of these characters, not ending in a space.
_BOUNDARY = re.compile(r"[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]")


def read_form(content_type: str | None, body: bytes) -> list[tuple[str, str]]:
    """The fields of a form body, in order, repeated names kept; `content_type` is the
    request's Content-Type header. File parts of a multipart form are left out. Raises
    BadRequest, and nothing else, for a body or content type that isn't a readable form."""
    media_type, boundary = _parse_content_type(content_type)
    if media_type == URLENCODED:
        return _read_urlencoded(body)
    if media_type == MULTIPART:
        if boundary is None:
            raise BadRequest("the multipart/form-data Content-Type has no usable boundary")
        return _read_multipart(boundary, body)
    raise BadRequest(f"expected a form ({URLENCODED} or {MULTIPART}), not {media_type}")


# A provider sends the same few Content-Types again and again, and the stdlib's header
# parser costs 3-4% of a text's CPU on the webhook path. Bounded, so odd headers sent by
# strangers cannot grow it; a header that raises is not cached.
@lru_cache(maxsize=64)
def _parse_content_type(content_type: str | None) -> tuple[str, str | None]:
    """The media type, lowercased, and the boundary if there is a valid one."""
    if not content_type or not content_type.strip():
        raise BadRequest("the request has no Content-Type")
    try:
        header = email.policy.HTTP.header_factory("content-type", content_type)
        media_type = str(header.content_type)
        boundary = header.params.get("boundary")
    except Exception:
        # The stdlib header parser raises odd errors (IndexError, ...) on some odd
        # input; whatever it chokes on is a header we can't read.
        raise BadRequest("the Content-Type header can't be read") from None
    if header.defects and media_type == "text/plain":
        # Its answer for a header it couldn't parse at all; don't name a type not sent.
        raise BadRequest("the Content-Type header can't be read")
    if not isinstance(boundary, str) or not _BOUNDARY.fullmatch(boundary):
        boundary = None
    return media_type, boundary


def _read_urlencoded(body: bytes) -> list[tuple[str, str]]:
    try:
        # Strict: every sender of these is a program, and a field without "=" means the
        # body isn't what it claims to be. Escapes are decoded as UTF-8, strictly.
        return parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            strict_parsing=True,
            encoding="utf-8",
            errors="strict",
        )
    except UnicodeDecodeError:
        raise BadRequest("the form body is not UTF-8") from None
    except ValueError:
        raise BadRequest(f"the form body is not valid {URLENCODED}") from None


def _read_multipart(boundary: str, body: bytes) -> list[tuple[str, str]]:
    # The email package parses MIME multipart with any line endings, so SendGrid's sample
    # payloads (LF, not CRLF) read the same as real requests. We write the head ourselves
    # from the checked boundary, so nothing from the request's headers reaches the parser.
    head = f'Content-Type: {MULTIPART}; boundary="{boundary}"\r\n\r\n'.encode("ascii")
    try:
        message = BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        parts = _parts(message)
        return [field for part in parts if (field := _field(part)) is not None]
    except BadRequest:
        raise
    except Exception:
        # The parser is lenient by design and reports trouble as defects, but it still
        # raises on some input (IndexError on a Content-Disposition parameter like `name*`
        # with no value, in 3.11); that is a malformed body, not a crash.
        raise BadRequest("the multipart/form-data body is malformed") from None


def _parts(message: Message) -> list[Message]:
    if not message.is_multipart():
        raise BadRequest("the multipart/form-data body has no parts (check the boundary)")
    if any(isinstance(defect, CloseBoundaryNotFoundDefect) for defect in message.defects):
        # A body cut short: its last field would be silently truncated.
        raise BadRequest("the multipart/form-data body ends before its closing boundary")
    return [part for part in message.get_payload() if isinstance(part, Message)]


def _field(part: Message) -> tuple[str, str] | None:
    """One part as (name, text), or None for a file (we never need attachments)."""
    if part.get_filename() is not None or part.is_multipart():
        # A nested multipart is the RFC 2388 way of sending several files in one field.
        return None
    param = part.get_param("name", header="content-disposition")
    # A tuple when the name is RFC 2231-encoded (name*=utf-8''...), else a str.
    name = collapse_rfc2231_value(param) if param is not None else ""
    if not name:
        raise BadRequest("a multipart/form-data part has no name")
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    return name, _decode(data, part.get_content_charset() or "utf-8")


def _decode(data: bytes, charset: str) -> str:
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # a charset Python doesn't know, or a non-text codec like "base64"
        return data.decode("utf-8", errors="replace")
