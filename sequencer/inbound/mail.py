"""An inbound email, read into what the sequencer acts on: who wrote, which of our messages it
answers, whether a person or a machine wrote it (reply, out-of-office, bounce), and what they said.

Pure functions, no database. The input comes from strangers' mail servers, so whatever the bytes,
nothing but `ValueError` leaves `read_mail` and `read_parse_fields`: a malformed header or part
falls back to what can still be read, and only input that is not an email at all is refused.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser, HeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from enum import StrEnum
from itertools import pairwise

__all__ = ["IncomingMail", "MailKind", "read_mail", "read_parse_fields"]


class MailKind(StrEnum):
    HUMAN = "human"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"


@dataclass(frozen=True)
class IncomingMail:
    sender: str
    recipients: tuple[str, ...]
    subject: str
    message_id: str | None
    refers_to: tuple[str, ...]
    sent_at: datetime | None
    text: str
    kind: MailKind
    return_date: date | None
    asks_to_stop: bool
    bounced: tuple[str, ...]
    bounce_permanent: bool
    bounce_reason: str | None
    original_ids: tuple[str, ...]


def read_mail(raw: bytes, today: date) -> IncomingMail:
    """`today` is the day it arrived: it gives a return date written without a year its year."""
    if not raw.strip():
        raise ValueError("cannot read an empty email: no header fields and no body")
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
        if not message.keys():
            raise ValueError("not an email: it has no header fields")
        return _read(_source_of(message), today)
    except ValueError:
        raise
    except Exception as error:
        raise _unreadable(error) from error


def read_parse_fields(fields: Mapping[str, str], today: date) -> IncomingMail:
    """SendGrid Inbound Parse, default (parsed) mode. A raw-mode post (an `email` field and no
    `headers`) is read from its `email` field, as `read_mail` would."""
    try:
        envelope_to = _envelope_to(_field(fields, "envelope"))
        raw = _field(fields, "email")
        if raw and not _field(fields, "headers"):
            mail = read_mail(raw.encode(), today)
            return replace(mail, recipients=_unique((*mail.recipients, *envelope_to)))
        return _read(_source_of_fields(fields, envelope_to), today)
    except ValueError:
        raise
    except Exception as error:
        raise _unreadable(error) from error


def _unreadable(error: Exception) -> ValueError:
    # The last line of defence: the email package raises many kinds of errors on hostile input,
    # and callers handle one.
    return ValueError(f"cannot read this email: {type(error).__name__}: {error}")


# What a person writes above the quote fits in this many characters; reading megabytes of
# pasted text for a stop request or a return date would only cost time.
_READ_LIMIT = 20_000


def _read(source: _Source, today: date) -> IncomingMail:
    headers = source.headers
    sender = next(iter(_addresses(headers.raw("from"))), "")
    subject = headers.text("subject")
    kind = _kind(source, sender, subject)
    text = _new_text(_body_text(source))
    bounce = _bounce_of(source, sender, text) if kind is MailKind.BOUNCE else _NO_BOUNCE
    return IncomingMail(
        sender=sender,
        recipients=_recipients(source),
        subject=subject,
        message_id=next(iter(_message_ids(headers.raw("message-id"))), None),
        refers_to=_refers_to(headers),
        sent_at=_sent_at(headers.raw("date")),
        text=text,
        kind=kind,
        return_date=(
            _return_date(text[:_READ_LIMIT], subject, today)
            if kind is MailKind.AUTO_REPLY
            else None
        ),
        asks_to_stop=kind is MailKind.HUMAN and _asks_to_stop(text[:_READ_LIMIT], subject),
        bounced=bounce.recipients,
        bounce_permanent=bounce.permanent,
        bounce_reason=bounce.reason,
        original_ids=bounce.original_ids,
    )


# --- where the pieces come from: a parsed message, or Inbound Parse's fields -----------------


@dataclass(frozen=True)
class _Headers:
    message: Message
    # Inbound Parse's own from/to/cc/subject fields, for when `headers` lacks that field.
    fallback: Mapping[str, str]

    def raw(self, name: str) -> list[str]:
        """Every value as sent (unfolded, encoded words left alone): for addresses and ids."""
        values = [
            _unfold(_clean(str(value)))
            for key, value in self.message.raw_items()
            if key.lower() == name
        ]
        if not values and self.fallback.get(name):
            values = [self.fallback[name]]
        return values

    def text(self, name: str) -> str:
        """The first value, decoded for reading."""
        sent = [str(value) for key, value in self.message.raw_items() if key.lower() == name]
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
class _Source:
    headers: _Headers
    plain: str | None
    html: str | None
    status_blocks: tuple[Message, ...] = ()  # per-recipient fields of a delivery-status report
    returned: tuple[Message, ...] = ()  # header fields of the message that came back
    envelope_to: tuple[str, ...] = ()


_MAX_DEPTH = 12  # deeper MIME nesting than any mail client writes: not worth walking


def _source_of(message: Message) -> _Source:
    plain: str | None = None
    html_text: str | None = None
    blocks: list[Message] = []
    returned: list[Message] = []
    for part in _leaves(message, 0):
        kind = _content_type(part)
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
    if plain is None and html_text is None and _content_type(message).startswith("multipart/"):
        plain = _text_of(message)  # a multipart whose boundary never comes: read it as text
    return _Source(_Headers(message, {}), plain, html_text, tuple(blocks), tuple(returned))


def _leaves(part: Message, depth: int) -> Iterator[Message]:
    """Body parts in order, without looking inside attached messages (a bounce's copy of ours)."""
    if depth > _MAX_DEPTH:
        return
    if part.is_multipart() and not _content_type(part).startswith("message/"):
        for child in part.get_payload():
            if isinstance(child, Message):
                yield from _leaves(child, depth + 1)
    else:
        yield part


def _source_of_fields(fields: Mapping[str, str], envelope_to: tuple[str, ...]) -> _Source:
    value = {name: _field(fields, name) for name in ("headers", "text", "html")}
    fallback = {name: _field(fields, name) for name in ("from", "to", "cc", "subject")}
    if not any((*value.values(), fallback["from"], fallback["subject"])):
        raise ValueError(
            "not an Inbound Parse post: it has none of the fields headers, text, html, from, "
            "subject (in raw mode the message is in the field email)"
        )
    message = HeaderParser(policy=policy.default).parsestr(value["headers"])
    return _Source(
        _Headers(message, {name: text for name, text in fallback.items() if text}),
        value["text"] or None,
        value["html"] or None,
        envelope_to=envelope_to,
    )


def _field(fields: Mapping[str, str], name: str) -> str:
    value: object = fields.get(name)
    if isinstance(value, bytes):
        return _decode_bytes(value, None)
    return _clean(value) if isinstance(value, str) else ""


def _envelope_to(envelope: str) -> tuple[str, ...]:
    try:
        parsed = json.loads(envelope) if envelope else {}
    except ValueError:
        return ()  # a broken envelope loses only the RCPT TO: the headers still name recipients
    to = parsed.get("to") if isinstance(parsed, dict) else None
    items = [to] if isinstance(to, str) else to if isinstance(to, list) else []
    return _addresses(item for item in items if isinstance(item, str))


# --- header fields ----------------------------------------------------------------------------


def _recipients(source: _Source) -> tuple[str, ...]:
    headers = source.headers
    listed = (*headers.raw("to"), *headers.raw("cc"), *headers.raw("delivered-to"))
    return _unique((*_addresses(listed), *source.envelope_to))


def _addresses(values: Iterable[str]) -> tuple[str, ...]:
    found = (address.strip().strip("<>").lower() for _, address in getaddresses(list(values)))
    return _unique(address for address in found if "@" in address)


_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def _message_ids(values: Iterable[str]) -> tuple[str, ...]:
    ids: list[str] = []
    for value in values:
        found = _MESSAGE_ID.findall(value)
        bare = value.strip()
        # Some clients drop the angle brackets; an id is still an id.
        if not found and "@" in bare and not any(c.isspace() for c in bare):
            found = [f"<{bare}>"]
        ids.extend(found)
    return _unique(ids)


def _refers_to(headers: _Headers) -> tuple[str, ...]:
    # References lists the thread oldest first; the closest ancestor is what matters most.
    references = _message_ids(headers.raw("references"))
    return _unique((*_message_ids(headers.raw("in-reply-to")), *reversed(references)))


def _sent_at(values: list[str]) -> datetime | None:
    if not values:
        return None
    try:
        sent = parsedate_to_datetime(values[0])
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # RFC 5322 "-0000" means UTC with the zone unknown; parsedate gives those naive.
    return sent if sent.tzinfo else sent.replace(tzinfo=UTC)


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # a malformed Content-Type reads as plain text, as RFC 2045 says
        return "text/plain"


def _param(part: Message, name: str) -> str:
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


def _unique(items: Iterable[str]) -> tuple[str, ...]:
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


# --- the body -------------------------------------------------------------------------------


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


def _body_text(source: _Source) -> str:
    if source.plain is not None and (source.plain.strip() or not source.html):
        return source.plain
    return _html_to_text(source.html or "")


# Python's HTMLParser takes quadratic time on unclosed tags (65 KB of "<div class=x " costs
# seconds), so HTML from strangers is read with this linear scan instead. Every alternative
# stops at the next "<": no character is scanned more than twice.
_HTML_TOKEN = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*>|<!--|<[!?][^<>]*>|[^<]+|<")
_HIDDEN_END = {
    tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in ("script", "style", "title")
}
_BLOCKS = frozenset(
    {
        "address", "article", "blockquote", "dd", "div", "dl", "dt", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "pre", "section", "table",
        "tr", "ul",
    }
)  # fmt: skip


def _html_to_text(markup: str) -> str:
    lines = _Lines()
    position = 0
    while position < len(markup):
        token = _HTML_TOKEN.match(markup, position)
        if token is None:  # cannot happen: the last alternative matches any "<"
            break
        position = token.end()
        closing, tag = token.group(1, 2)
        if tag:
            tag = tag.lower()
            if tag in _HIDDEN_END and not closing:
                position = _hidden_until(markup, tag, position)
            else:
                lines.tag(tag, opening=not closing)
        elif token.group(0) == "<!--":
            comment_end = markup.find("-->", position)
            position = len(markup) if comment_end < 0 else comment_end + 3
        elif not token.group(0).startswith("<") or token.group(0) == "<":
            lines.words.append(html.unescape(token.group(0)))
    lines.end_line()
    return "\n".join(lines.lines)


def _hidden_until(markup: str, tag: str, position: int) -> int:
    """Where a <style>, <script> or <title> ends; an unclosed one at the next tag, so that it
    hides its own text and not the whole message."""
    end = _HIDDEN_END[tag].search(markup, position)
    if end:
        return end.end()
    next_tag = markup.find("<", position)
    return len(markup) if next_tag < 0 else next_tag


class _Lines:
    """Visible text, one line per block, with blockquotes marked "> " like a plain-text quote."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.words: list[str] = []
        self._quoted = 0
        self._line_quoted = 0

    def tag(self, tag: str, opening: bool) -> None:
        if tag == "br":
            self.end_line(blank_if_empty=True)
        elif tag == "p":
            self.end_line(blank=not opening)
        elif tag in _BLOCKS:
            self.end_line()
        if tag == "blockquote":
            self._quoted = max(0, self._quoted + (1 if opening else -1))
        if not self.words:
            self._line_quoted = self._quoted

    def end_line(self, blank: bool = False, blank_if_empty: bool = False) -> None:
        """A blank line only where the markup asks for one (a paragraph's end, <br><br>), not
        at every nested <div>."""
        line = " ".join("".join(self.words).split())
        self.words = []
        if line:
            # One marker whatever the depth: all that matters is that it is quoted.
            self.lines.append(f"> {line}" if self._line_quoted else line)
        if (blank or (blank_if_empty and not line)) and self.lines and self.lines[-1]:
            self.lines.append("")


# --- what the person wrote: their text above the quoted history ------------------------------

_ATTRIBUTION = re.compile(
    r"^\s*(?:On\s.{0,300}\bwrote"  # Gmail, Apple Mail: "On Tue, ... Dana <dana@...> wrote:"
    r"|Am\s.{0,300}\bschrieb.{0,300}"  # German Gmail: "Am Di., ... schrieb Dana <...>:"
    r"|Le\s.{0,300}\ba\s+écrit"
    r"|El\s.{0,300}\bescribió"
    r")\s*:\s*$",
    re.IGNORECASE,
)
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}[^-]*?(?:original message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original|forwarded message|weitergeleitete nachricht"
    r"|copy of the message)[^-]*-{2,}",  # the last: Exim returning what bounced
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*_{10,}\s*$")
_FROM_LINE = re.compile(r"^\s*\*?(?:From|Von|De)\s*:\*?\s*\S", re.IGNORECASE)
_SENT_LINE = re.compile(r"^\s*\*?(?:Sent|Gesendet|Date|Datum|Envoyé|Enviado)\s*:", re.IGNORECASE)
_SIGNATURE_DELIMITER = re.compile(r"^-- ?$")
_MOBILE_SIGNATURE = re.compile(
    r"^\s*(?:Sent from my \w.*|Sent from (?:Outlook|Mail|Yahoo Mail|Gmail)\b.*"
    r"|Get Outlook for (?:iOS|Android)\b.*|Von meinem \w+ gesendet\b.*"
    r"|Gesendet von (?:meinem )?(?:iPhone|iPad|Outlook|Mail)\b.*|Envoyé de mon \w+.*)$",
    re.IGNORECASE,
)


def _new_text(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [line.rstrip() for line in lines[: _history_starts(lines)]]
    # Inline answers between quoted lines are the person's too; only the quotes go.
    kept = [line for line in kept if not line.lstrip().startswith(">")]
    while kept and (not kept[-1].strip() or _MOBILE_SIGNATURE.match(kept[-1])):
        kept.pop()
    return "\n".join(kept).strip()


def _history_starts(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        following = lines[index + 1 : index + 4]
        if (
            _ATTRIBUTION.match(line)
            or (following and _ATTRIBUTION.match(f"{line} {following[0]}"))
            or _ORIGINAL_MESSAGE.match(line)
            or _SIGNATURE_DELIMITER.match(line)
            or (_RULE.match(line) and any(_FROM_LINE.match(n) for n in following[:2]))
            or (_FROM_LINE.match(line) and any(_SENT_LINE.match(n) for n in following))
        ):
            return index
    return len(lines)


# --- person or machine --------------------------------------------------------------------

_MACHINE_SENDER = re.compile(r"^(?:mailer[-_]?daemon|post[-_]?master)@")
_NO_REPLY_SENDER = re.compile(r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply)@")
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undeliverable|undelivered mail|delivery status notification \((?:failure|delay)\)"
    r"|mail delivery (?:failed|failure|subsystem)|delivery failure|failure notice|returned mail"
    r"|unzustellbar|nicht zustellbar|non remis|message not delivered|delivery has failed)",
    re.IGNORECASE,
)
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:auto:|(?:automatic reply|automated reply|auto[- ]?reply|auto[- ]?response"
    r"|autosvar|automatisk svar|automatische antwort|abwesenheitsnotiz|abwesend"
    r"|risposta automatica|risposta non al computer|automatisch antwoord|respuesta automática"
    r"|fuera de la oficina|fuori sede|out of (?:the )?office|frånvaro|réponse automatique"
    r"|absence)(?!\w))",
    re.IGNORECASE,
)
_AUTO_HEADERS = (
    "x-autoreply",
    "x-autorespond",
    "x-autogenerated",
    "x-autoreply-from",
    "x-mail-autoreply",
    "x-fc-machinegenerated",
)
_AUTO_PRECEDENCE = re.compile(r"\b(?:auto_reply|bulk|junk|list)\b", re.IGNORECASE)
# Some header values mean the sender said it is *not* automatic.
_NOT_AUTO = frozenset({"", "no", "false", "0"})


def _kind(source: _Source, sender: str, subject: str) -> MailKind:
    if _is_bounce(source, sender, subject):
        return MailKind.BOUNCE
    if _is_automatic(source, sender, subject):
        return MailKind.AUTO_REPLY
    return MailKind.HUMAN


def _report_type(source: _Source) -> str | None:
    message = source.headers.message
    if _content_type(message) != "multipart/report":
        return None
    return _param(message, "report-type")


def _is_bounce(source: _Source, sender: str, subject: str) -> bool:
    if _report_type(source) == "delivery-status":
        # A report that only says "delivered" or "relayed" is a machine's note, not a failure.
        reported = [block for block in source.status_blocks if _block_recipients(block)]
        return not reported or bool(_failed_blocks(reported))
    from_machine = _MACHINE_SENDER.match(sender) or (
        not sender and re.search(r"mailer-daemon|postmaster", source.headers.text("from"), re.I)
    )
    return bool(from_machine and _BOUNCE_SUBJECT.match(subject))


def _is_automatic(source: _Source, sender: str, subject: str) -> bool:
    headers = source.headers
    first_word = headers.text("auto-submitted").split(";")[0].strip().lower()
    return (
        first_word not in _NOT_AUTO
        or any(headers.text(name).lower() not in _NOT_AUTO for name in _AUTO_HEADERS)
        or any(
            _AUTO_PRECEDENCE.search(headers.text(name)) for name in ("precedence", "x-precedence")
        )
        or bool(_MACHINE_SENDER.match(sender) or _NO_REPLY_SENDER.match(sender))
        or bool(_AUTO_SUBJECT.match(subject))
        or _report_type(source) is not None  # read receipts and other machine reports
    )


# --- bounces ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Bounce:
    recipients: tuple[str, ...] = ()
    permanent: bool = False
    reason: str | None = None
    original_ids: tuple[str, ...] = ()


_NO_BOUNCE = _Bounce()
_STATUS_CODE = re.compile(r"\b([245])\.\d{1,3}\.\d{1,3}\b")
_SMTP_REPLY = re.compile(r"\b([45])\d\d\b")
_TEMPORARY = re.compile(
    r"\b(?:delay(?:ed)?|will (?:continue to )?retry|temporar\w*|deferred)\b", re.I
)
_RETURNED_COPY = re.compile(
    r"^\s*-{2,}.*(?:copy of the message|original message|message headers|undelivered message)"
    r"|^\s*(?:Received|Return-Path):",
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_REASON_LENGTH = 200


def _bounce_of(source: _Source, sender: str, text: str) -> _Bounce:
    failed = _failed_blocks(source.status_blocks)
    notice = _RETURNED_COPY.split(text, maxsplit=1)[0]
    if failed:
        recipients = _unique(address for block in failed for address in _block_recipients(block))
        statuses = [_block_field(block, "status") for block in failed]
        # "failed" with a 4.x.x status (e.g. 4.4.7, gave up retrying) is the server's trouble,
        # not a bad address.
        permanent = any(
            status.startswith("5")
            or (not status and _block_field(block, "action").lower() == "failed")
            for block, status in zip(failed, statuses, strict=True)
        )
        reason = _block_reason(failed[0])
    else:
        recipients = _addresses_in_notice(notice, {sender, *_recipients(source)})
        permanent = _permanent_from_text(notice, source.headers.text("subject"))
        reason = _reason_from_text(notice, recipients)
    return _Bounce(recipients, permanent, reason, _original_ids(source, text))


def _addresses_in_notice(notice: str, ours: set[str]) -> tuple[str, ...]:
    """A notice names the failed address in prose; leave out ours, the daemon's and ids."""
    prose = _MESSAGE_ID_LINE.sub("", notice)
    found = (address.lower() for address in _ADDRESS.findall(prose))
    return _unique(a for a in found if a not in ours and not _MACHINE_SENDER.match(a))


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


def _block_field(block: Message, name: str) -> str:
    return _Headers(block, {}).text(name)


def _failed_blocks(blocks: Iterable[Message]) -> list[Message]:
    def failed(block: Message) -> bool:
        action = _block_field(block, "action").lower()
        if action:
            return action in ("failed", "delayed")
        return _block_field(block, "status")[:1] in ("4", "5")

    return [block for block in blocks if _block_recipients(block) and failed(block)]


def _block_recipients(block: Message) -> tuple[str, ...]:
    # "rfc822; priya@example.com". The address we wrote to (Original-) comes first.
    values = (_block_field(block, name) for name in ("original-recipient", "final-recipient"))
    return _addresses(value.split(";")[-1].strip() for value in values if value)


def _block_reason(block: Message) -> str | None:
    diagnostic = _block_field(block, "diagnostic-code")
    if diagnostic:
        kind, _, detail = diagnostic.partition(";")
        return _short(detail if detail.strip() else kind)
    status = _block_field(block, "status")
    if not status:
        return None
    return _short(f"Status: {status} ({_block_field(block, 'action') or 'failed'})")


def _permanent_from_text(notice: str, subject: str) -> bool:
    code = _STATUS_CODE.search(notice) or _SMTP_REPLY.search(notice)
    if code:
        return code.group(1) == "5"
    return not _TEMPORARY.search(f"{subject}\n{notice}")


def _reason_from_text(notice: str, recipients: tuple[str, ...]) -> str | None:
    lines = [line.strip() for line in notice.splitlines() if line.strip()]
    for line in lines:
        if _STATUS_CODE.search(line) or _SMTP_REPLY.search(line):
            return _short(line)
    # Exim and qmail put the reason on the line after the failed address.
    for line, following in pairwise(lines):
        if line.lower().strip("<>:") in recipients:
            return _short(following)
    return None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _REASON_LENGTH else text[: _REASON_LENGTH - 1] + "…"


_MESSAGE_ID_LINE = re.compile(r"^\s*Message-ID:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)


def _original_ids(source: _Source, text: str) -> tuple[str, ...]:
    from_parts = _message_ids(
        value for message in source.returned for value in _Headers(message, {}).raw("message-id")
    )
    return from_parts or _unique(_MESSAGE_ID_LINE.findall(source.plain or text))


# --- out-of-office: when they are back --------------------------------------------------------

_MONTHS = {
    **dict.fromkeys(("january", "jan", "januar", "jänner", "jän"), 1),
    **dict.fromkeys(("february", "feb", "februar"), 2),
    **dict.fromkeys(("march", "mar", "märz", "maerz", "mär"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("june", "jun", "juni"), 6),
    **dict.fromkeys(("july", "jul", "juli"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("october", "oct", "oktober", "okt"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec", "dezember", "dez"), 12),
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?!\w)\.?"
_WEEKDAY = (
    r"(?:\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\.?,?\s+(?:(?:the|den)\s+)?)?"
)
_DAY = r"(?P<day>\d{1,2})(?!\d)"
_YEAR = r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
_DATES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"{_WEEKDAY}\b{_MONTH}\s+(?:the\s+)?{_DAY}(?:st|nd|rd|th)?\b{_YEAR}",  # December 1st, 2026
        rf"{_WEEKDAY}\b{_DAY}(?:st|nd|rd|th|\.)?\s*(?:of\s+)?{_MONTH}{_YEAR}",  # 4. Dezember 2026
        r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b",  # 2026-12-01
        rf"{_WEEKDAY}\b{_DAY}\.(?P<month>\d{{1,2}})\.(?:(?P<year>\d{{4}}|\d{{2}})(?!\d))?",  # 5.12.
        # US order, as English writers mean it; a first number over 12 can only be a day.
        r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?(?![\d/])",
    )
)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|til|through|thru|after|bis|nach dem)(?:\s+(?:and\s+including|including"
    r"|inclusive|the|einschließlich|einschl\.|inklusive|inkl\.|zum|zur|dem|den|am))*\s*$",
    re.IGNORECASE,
)
_RANGE_BETWEEN = re.compile(r"^\s*(?:-|–|—|to|bis|through|thru|until|till)\s*$", re.IGNORECASE)
_BACK_BEFORE = re.compile(
    r"\b(?:back|return|returning|returns|again|zurück|wieder)\b(?:\s+[^\s.!?;:]+){0,6}\s*$",
    re.IGNORECASE,
)
_START_BEFORE = re.compile(
    r"\b(?:ab|from|as of|starting(?: on)?|beginning(?: on)?)(?:\s+(?:dem|den|kommendem"
    r"|kommenden))?\s*$",
    re.IGNORECASE,
)
_BACK_AFTER = re.compile(r"^[^.!?]{0,80}?\b(?:back|again|wieder|zurück)\b", re.IGNORECASE)
_WINDOW = 80
# An out-of-office still answering after the date it names is stale, not a year ahead.
_STALE_DAYS = 90
_HORIZON = timedelta(days=730)


@dataclass(frozen=True)
class _DateMention:
    start: int
    end: int
    day: date  # as written, possibly already past: it still anchors "from X to Y"


def _return_date(text: str, subject: str, today: date) -> date | None:
    for source in (text, subject):
        found = _return_date_in(" ".join(source.replace("’", "'").split()), today)
        if found is not None:
            return found
    return None


def _return_date_in(text: str, today: date) -> date | None:
    found: dict[str, list[date]] = {"back": [], "starting": [], "until": []}
    mentions = _date_mentions(text, today)
    for index, mention in enumerate(mentions):
        previous_end = mentions[index - 1].end if index else None
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        cue = _cue(text, mention, previous_end, next_start)
        if cue is not None and today <= mention.day <= today + _HORIZON:
            found[cue].append(mention.day + timedelta(days=1 if cue == "until" else 0))
    # An explicit return beats the day after the last day away (a weekend may lie between).
    ordered = (*found["back"], *found["starting"], *found["until"])
    return ordered[0] if ordered else None


def _cue(text: str, mention: _DateMention, previous_end: int | None, next_start: int) -> str | None:
    """Whether the date is the last day away ("until") or the day they are back ("back", or
    "starting" for "ab dem 8. Dezember wieder da")."""
    before = text[max(0, mention.start - _WINDOW) : mention.start]
    between = text[previous_end : mention.start] if previous_end is not None else ""
    if _UNTIL_BEFORE.search(before) or (previous_end is not None and _RANGE_BETWEEN.match(between)):
        return "until"
    if _BACK_BEFORE.search(before):
        return "back"
    if _START_BEFORE.search(before) and _BACK_AFTER.match(text[mention.end : next_start]):
        return "starting"
    return None


def _date_mentions(text: str, today: date) -> list[_DateMention]:
    found = sorted(
        (match for pattern in _DATES for match in pattern.finditer(text)),
        key=lambda match: (match.start(), -match.end()),
    )
    mentions: list[_DateMention] = []
    for match in found:
        if mentions and match.start() < mentions[-1].end:
            continue
        day = _date_of(match, today)
        if day is not None:
            mentions.append(_DateMention(match.start(), match.end(), day))
    return mentions


def _date_of(match: re.Match[str], today: date) -> date | None:
    month_text, day_text, year_text = match.group("month", "day", "year")
    month = _MONTHS.get(month_text.lower()) or int(month_text)
    day = int(day_text)
    if "/" in match.group(0) and month > 12:
        month, day = day, month
    if not year_text:
        return _next_date(month, day, today)
    try:
        return date(int(year_text) + (2000 if len(year_text) == 2 else 0), month, day)
    except ValueError:
        return None


def _next_date(month: int, day: int, today: date) -> date | None:
    """The next such day on or after `today`; but a day passed less than _STALE_DAYS ago stays
    in the past (an out-of-office left on), rather than jumping a year ahead."""
    for year in range(today.year, today.year + 5):  # five years always hold a 29 February
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= today or (today - found).days <= _STALE_DAYS:
            return found
    return None


# --- a person asking us to stop ---------------------------------------------------------------

_STOP_REQUESTS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\bunsubscribe\b",
        r"\bopt(?:ing)?[\s-]*(?:me\s+)?out\b",
        r"\b(?:remove|delete)\s+(?:me|my\s+(?:name|address|e-?mail(?:\s+address)?|details"
        r"|contact\s+details|data|information|info|profile))\b"
        r"(?!\s+(?:from|off)\s+(?:the\s+)?(?:cc|invite|invitation|meeting|calendar))",
        r"\btake\s+(?:me|my\s+\w+(?:\s+address)?)\s+off\b",
        r"\bstop\s+(?:e-?mailing|mailing|contacting|messaging|texting|spamming|reaching\s+out)\b",
        # "stop sending the invites to my old address" is logistics; "stop sending me" is not.
        r"\bstop\s+(?:sending|writing(?:\s+to)?|calling|bothering|pinging)\s+me\b",
        r"\b(?:do\s+not|don't|dont|never)\s+(?:contact|e-?mail|message|write\s+to|reach\s+out\s+to"
        r"|bother)\s+me\b(?=\s*(?:again|anymore|any\s+more|in\s+the\s+future|further|ever"
        r"|[.!,;]|$))",
        r"\b(?:do\s+not|don't|dont|never)\s+(?:call|text|contact|e-?mail)\s+me\s+"
        r"(?:again|anymore|any\s+more|ever)\b",
        r"\bno\s+(?:more|further)\s+(?:e-?mails|mails|messages|contact|outreach)\b",
        r"\bleave\s+me\s+alone\b",
        r"(?:^|[.!?]\s*)(?:please\s+)?stop(?:\s+(?:it|now|this|please))?\s*(?:[.!]|$)",
        r"\bplease\s+stop\s*(?:[.!,;]|$)",
        # German
        r"\b(?:bitte\s+)?keine\s+weiteren\s+(?:e-?mails|mails|nachrichten|anfragen|kontaktversuche)\b",
        r"\bbitte\s+keine\s+(?:e-?mails|mails|nachrichten|anfragen)\b",
        r"\bkeine\s+(?:e-?mails|mails|nachrichten|anfragen)\s+mehr\b",
        r"\bnicht\s+mehr\s+(?:kontaktieren|anschreiben|anrufen|schreiben|mailen)\b",
        r"\b(?:kontaktieren|schreiben|mailen)\s+sie\s+mich\s+(?:bitte\s+)?nicht\s+mehr\b",
        r"\babmelden\b",
        r"\baustragen\b|\btragen\s+sie\s+mich\s+(?:bitte\s+)?aus\b",
        r"\b(?:löschen\s+sie\s+(?:bitte\s+)?meine\s+daten|meine\s+daten\s+löschen)\b",
    )
)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|wg|fw|fwd|sv|antw)\s*:", re.IGNORECASE)


def _asks_to_stop(text: str, subject: str) -> bool:
    # A subject the person wrote themselves ("Unsubscribe") says as much as the text; a "Re:"
    # subject is ours, whatever words it has.
    own_subject = "" if _REPLY_PREFIX.match(subject) else subject
    parts = [" ".join(part.replace("’", "'").split()) for part in (text, own_subject)]
    return any(request.search(part) for request in _STOP_REQUESTS for part in parts)
