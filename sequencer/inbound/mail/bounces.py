"""A bounce report: which addresses failed, for good or for now, why, and which of our
messages came back. Read from a delivery-status report when there is one, else from the
prose of the notice."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import Message
from itertools import pairwise

from sequencer.inbound.mail.source import (
    Headers,
    Source,
    addresses_in,
    message_ids_in,
    recipients_of,
    unique,
)
from sequencer.people.addresses import normal_email

# The daemons that send bounce notices.
MACHINE_SENDER = re.compile(r"^(?:mailer[-_]?daemon|post[-_]?master)@")


@dataclass(frozen=True)
class Bounce:
    recipients: tuple[str, ...] = ()
    permanent: bool = False
    reason: str | None = None
    original_ids: tuple[str, ...] = ()


NO_BOUNCE = Bounce()
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


def bounce_of(source: Source, sender: str, text: str) -> Bounce:
    failed = failed_blocks(source.status_blocks)
    notice = _RETURNED_COPY.split(text, maxsplit=1)[0]
    if failed:
        recipients = unique(address for block in failed for address in block_recipients(block))
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
        recipients = _addresses_in_notice(notice, {sender, *recipients_of(source)})
        permanent = _permanent_from_text(notice, source.headers.text("subject"))
        reason = _reason_from_text(notice, recipients)
    return Bounce(recipients, permanent, reason, _original_ids(source, text))


def _addresses_in_notice(notice: str, ours: set[str]) -> tuple[str, ...]:
    """A notice names the failed address in prose; leave out ours, the daemon's and ids."""
    prose = _MESSAGE_ID_LINE.sub("", notice)
    found = (normal_email(address) for address in _ADDRESS.findall(prose))
    return unique(a for a in found if a not in ours and not MACHINE_SENDER.match(a))


def _block_field(block: Message, name: str) -> str:
    return Headers(block, {}).text(name)


def failed_blocks(blocks: Iterable[Message]) -> list[Message]:
    def failed(block: Message) -> bool:
        action = _block_field(block, "action").lower()
        if action:
            return action in ("failed", "delayed")
        return _block_field(block, "status")[:1] in ("4", "5")

    return [block for block in blocks if block_recipients(block) and failed(block)]


def block_recipients(block: Message) -> tuple[str, ...]:
    # "rfc822; priya@example.com". The address we wrote to (Original-) comes first.
    values = (_block_field(block, name) for name in ("original-recipient", "final-recipient"))
    return addresses_in(value.split(";")[-1].strip() for value in values if value)


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


def _original_ids(source: Source, text: str) -> tuple[str, ...]:
    from_parts = message_ids_in(
        value for message in source.returned for value in Headers(message, {}).raw("message-id")
    )
    return from_parts or unique(_MESSAGE_ID_LINE.findall(source.plain or text))
