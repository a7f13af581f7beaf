"""Where the pieces of an email come from: a parsed message, or the fields of an Inbound Parse
post; and reading its header fields (addresses, Message-IDs, dates) and parts, whatever
charset or damage they come with.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.header import decode_header
from email.message import Message
from email.parser import HeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from functools import cached_property

from sequencer.errors import UnreadableMail
from sequencer.people.addresses import normal_email


@dataclass(frozen=True)
class Headers:
    message: Message
    # Inbound Parse's own from/to/cc/subject fields, for when `headers` lacks that field.
    fallback: Mapping[str, str]

    @cached_property
    def _sent(self) -> dict[str, list[str]]:
        """Every field's values as sent, by its name in lower case: an email's fields are asked
        for some 25 times, and each look through all of them cost 8% of parsing (session 33)."""
        found: dict[str, list[str]] = {}
        for key, value in self.message.raw_items():
            found.setdefault(key.lower(), []).append(str(value))
        return found

    def raw(self, name: str) -> list[str]:
        """Every value as sent (unfolded, encoded words left alone): for addresses and ids."""
        values = [_unfold(_clean(value)) for value in self._sent.get(name, ())]
        if not values and self.fallback.get(name):
            values = [self.fallback[name]]
        return values

    def text(self, name: str) -> str:
        """The first value, decoded for reading."""
        sent = self._sent.get(name, [])
        decoded = None
        # The policy turns raw 8-bit bytes in a field into U+FFFD; read those ourselves.
        if not (sent and _SURROGATE.search(sent[0])):
            try:
                value = self.message.get(name)
                decoded = None if value is None else str(value)
            except Exception:  # the default policy raises on some malformed fields when read
                decoded = None
        if decoded is None:
            raw = self.raw(name)
            decoded = _decode_words(raw[0]) if raw else ""
        return " ".join(decoded.split())


@dataclass(frozen=True)
class Source:
    headers: Headers
    plain: str | None
    html: str | None
    status_blocks: tuple[Message, ...] = ()  # per-recipient fields of a delivery-status report
    returned: tuple[Message, ...] = ()  # header fields of the message that came back
    envelope_to: tuple[str, ...] = ()


_MAX_DEPTH = 12  # deeper MIME nesting than any mail client writes: not worth walking


def source_of_message(message: Message) -> Source:
    plain: str | None = None
    html_text: str | None = None
    blocks: list[Message] = []
    returned: list[Message] = []
    for part in _leaves(message, 0):
        kind = content_type_of(part)
        if kind == "message/delivery-status":
            blocks.extend(_status_blocks(part))
        elif kind in ("message/rfc822", "message/global", "text/rfc822-headers"):
            returned.extend(_returned_headers(part))
        elif _is_attachment(part):
            continue
        elif kind == "text/plain" and plain is None:
            plain = _text_of(part)
        elif kind == "text/html" and html_text is None:
            html_text = _text_of(part)
    if plain is None and html_text is None and content_type_of(message).startswith("multipart/"):
        plain = _text_of(message)  # a multipart whose boundary never comes: read it as text
    return Source(Headers(message, {}), plain, html_text, tuple(blocks), tuple(returned))


def _leaves(part: Message, depth: int) -> Iterator[Message]:
    """Body parts in order, without looking inside attached messages (a bounce's copy of ours)."""
    if depth > _MAX_DEPTH:
        return
    if part.is_multipart() and not content_type_of(part).startswith("message/"):
        for child in part.get_payload():
            if isinstance(child, Message):
                yield from _leaves(child, depth + 1)
    else:
        yield part


def source_of_fields(fields: Mapping[str, str], envelope_to: tuple[str, ...]) -> Source:
    value = {name: parse_field(fields, name) for name in ("headers", "text", "html")}
    fallback = {name: parse_field(fields, name) for name in ("from", "to", "cc", "subject")}
    if not any((*value.values(), fallback["from"], fallback["subject"])):
        raise UnreadableMail(
            "not an Inbound Parse post: it has none of the fields headers, text, html, from, "
            "subject (in raw mode the message is in the field email)"
        )
    message = HeaderParser(policy=policy.default).parsestr(value["headers"])
    return Source(
        Headers(message, {name: text for name, text in fallback.items() if text}),
        value["text"] or None,
        value["html"] or None,
        envelope_to=envelope_to,
    )


def parse_field(fields: Mapping[str, str], name: str) -> str:
    value: object = fields.get(name)
    if isinstance(value, bytes):
        return _decode_bytes(value, None)
    return _clean(value) if isinstance(value, str) else ""


def envelope_recipients(envelope: str) -> tuple[str, ...]:
    try:
        parsed = json.loads(envelope) if envelope else {}
    except ValueError:
        return ()  # a broken envelope loses only the RCPT TO: the headers still name recipients
    to = parsed.get("to") if isinstance(parsed, dict) else None
    items = [to] if isinstance(to, str) else to if isinstance(to, list) else []
    return addresses_in(item for item in items if isinstance(item, str))


# --- header fields ----------------------------------------------------------------------------


def recipients_of(source: Source) -> tuple[str, ...]:
    headers = source.headers
    listed = (*headers.raw("to"), *headers.raw("cc"), *headers.raw("delivered-to"))
    return unique((*addresses_in(listed), *source.envelope_to))


def addresses_in(values: Iterable[str]) -> tuple[str, ...]:
    found = (normal_email(address.strip().strip("<>")) for _, address in getaddresses(list(values)))
    return unique(address for address in found if "@" in address)


_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def message_ids_in(values: Iterable[str]) -> tuple[str, ...]:
    ids: list[str] = []
    for value in values:
        found = _MESSAGE_ID.findall(value)
        bare = value.strip()
        # Some clients drop the angle brackets; an id is still an id.
        if not found and "@" in bare and not any(c.isspace() for c in bare):
            found = [f"<{bare}>"]
        ids.extend(found)
    return unique(ids)


def thread_of(headers: Headers) -> tuple[str, ...]:
    # References lists the thread oldest first; the closest ancestor is what matters most.
    references = message_ids_in(headers.raw("references"))
    return unique((*message_ids_in(headers.raw("in-reply-to")), *reversed(references)))


def parse_date(values: list[str]) -> datetime | None:
    if not values:
        return None
    try:
        sent = parsedate_to_datetime(values[0])
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # RFC 5322 "-0000" means UTC with the zone unknown; parsedate gives those naive.
    return sent if sent.tzinfo else sent.replace(tzinfo=UTC)


def content_type_of(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # a malformed Content-Type reads as plain text, as RFC 2045 says
        return "text/plain"


def param_of(part: Message, name: str) -> str:
    try:
        value = part.get_param(name)
    except Exception:
        return ""
    return value.lower() if isinstance(value, str) else ""


def _is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment"
    except Exception:
        return False


def unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item in items if item))


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n(?=[ \t])", "", value).strip()


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Undecodable bytes come out of the parser as lone surrogates; make them readable text."""
    if not _SURROGATE.search(text):
        return text
    try:
        return _decode_bytes(text.encode("utf-8", "surrogateescape"), None)
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def _decode_bytes(data: bytes, charset: str | None) -> str:
    # Senders mislabel charsets; try what they said, then UTF-8, then what Windows writes.
    for candidate in (charset, "utf-8"):
        if candidate:
            try:
                return data.decode(candidate)
            except (LookupError, ValueError):
                pass
    return data.decode("cp1252", errors="replace")


def _decode_words(value: str) -> str:
    """RFC 2047 encoded words, for a field the default policy could not read."""
    try:
        chunks = decode_header(value)
    except Exception:
        return value
    return "".join(
        _decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk
        for chunk, charset in chunks
    )


def _text_of(part: Message) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        return ""
    if not isinstance(data, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return _decode_bytes(data, charset)


def _status_blocks(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [block for block in payload if isinstance(block, Message)]
    text = _text_of(part)  # not split into blocks by the parser, e.g. base64-encoded
    return [HeaderParser(policy=policy.default).parsestr(b) for b in re.split(r"\n\s*\n", text)]


def _returned_headers(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [message for message in payload if isinstance(message, Message)]
    return [HeaderParser(policy=policy.default).parsestr(_text_of(part))]
