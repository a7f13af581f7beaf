"""A planned touch and its rendered message → what a channel adapter sends.

Everything a provider needs is decided here, the same way for every provider: our own
Message-ID (derived from the enrollment and step, so it is stable), threading headers, the
reference that ties provider events back to the send.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sequencer.channels import Call, Email, Text
from sequencer.engine.links import Links
from sequencer.engine.plan import Touch
from sequencer.spec.channel import Channel
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import Message


@dataclass(frozen=True)
class LinkedInTask:
    """No public API sends LinkedIn messages: the recruiter does, from a task."""

    reference: str
    to: str  # the profile URL
    body: str


@dataclass(frozen=True)
class Voicemail:
    """A call that leaves a message, always with an email that says the same thing.
    `call` is None without call consent: the recruiter gets a task to call instead, with
    `script` (what to say on the phone)."""

    call: Call | None
    email: Email
    script: str = ""


Outgoing = Email | Text | Voicemail | LinkedInTask


def reference(enrollment_id: int, step_id: str) -> str:
    return f"{enrollment_id}-{step_id}"


def message_id(sequence: Sequence, enrollment_id: int, step_id: str) -> str:
    domain = str(sequence.sender.get("email", "sequencer.invalid")).rpartition("@")[2]
    return f"<{reference(enrollment_id, step_id)}.{sequence.version}@{domain}>"


def outgoing(
    sequence: Sequence,
    enrollment_id: int,
    touch: Touch,
    message: Message,
    email_address: str | None,
    thread_ids: Mapping[str, str],
    call_consent: bool,
    links: Links | None = None,
) -> Outgoing:
    """`thread_ids`: step id → Message-ID of each email already sent in this enrollment."""
    ref, to = reference(enrollment_id, touch.step.id), touch.to or ""
    if touch.channel is Channel.SMS:
        return Text(ref, to, message.body)
    if touch.channel is Channel.LINKEDIN:
        return LinkedInTask(ref, to, message.body)
    if touch.channel is Channel.VOICEMAIL:
        address = email_address or ""
        email = _email(sequence, enrollment_id, touch, message, address, thread_ids, links)
        call = Call(ref, to, message.script or "", sequence.sender.get("phone"))
        return Voicemail(call if call_consent else None, email, message.script or "")
    return _email(sequence, enrollment_id, touch, message, to, thread_ids, links)


def _email(
    sequence: Sequence,
    enrollment_id: int,
    touch: Touch,
    message: Message,
    to: str,
    thread_ids: Mapping[str, str],
    links: Links | None,
) -> Email:
    return Email(
        reference=reference(enrollment_id, touch.step.id),
        to=to,
        from_email=str(sequence.sender.get("email", "")),
        from_name=sequence.sender.get("name"),
        subject=message.subject or "",
        text=message.body,
        html=message.html,
        message_id=message_id(sequence, enrollment_id, touch.step.id),
        reply_to=links.reply_to(reference(enrollment_id, touch.step.id)) if links else None,
        headers=_thread_headers(touch, thread_ids) | _unsubscribe_headers(to, links),
    )


def _unsubscribe_headers(to: str, links: Links | None) -> dict[str, str]:
    """RFC 8058 one-click unsubscribe, which Gmail and Yahoo expect from bulk senders."""
    if links is None or not to:
        return {}
    return {
        "List-Unsubscribe": f"<{links.unsubscribe(to)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _thread_headers(touch: Touch, thread_ids: Mapping[str, str]) -> dict[str, str]:
    started = thread_ids.get(touch.step.thread or "")
    return {"In-Reply-To": started, "References": started} if started else {}
