"""A planned touch → the message that goes out. The one path the daemon and the preview share,
so a preview can never show a different subject or body from what is sent."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from sequencer.candidates import Candidate
from sequencer.channel import Channel
from sequencer.plan import Touch
from sequencer.sequence import Sequence, Step
from sequencer.templates import Message, TemplateLibrary, context
from sequencer.unsubscribe import Links


def compose(
    sequence: Sequence,
    candidate: Candidate,
    touch: Touch,
    library: TemplateLibrary,
    sent_subjects: Mapping[str, str],
    links: Links | None = None,
) -> Message:
    """`sent_subjects` maps each email step already sent to this person to its subject, so a
    threaded follow-up answers it ("Re: ..."). Raises RenderError."""
    message = _render(sequence, candidate, touch, touch.step, library)
    if touch.channel is Channel.VOICEMAIL:
        return _with_footer(message, sequence, candidate, links)
    if touch.channel is not Channel.EMAIL:
        return message
    started = sent_subjects.get(touch.step.thread or "")
    if started is not None:
        message = replace(message, subject=reply_subject(started))
    elif message.subject is None:
        subject = _thread_root_subject(sequence, candidate, touch, library)
        message = replace(message, subject=subject)
    return _with_footer(message, sequence, candidate, links)


def _with_footer(
    message: Message, sequence: Sequence, candidate: Candidate, links: Links | None
) -> Message:
    """Every email ends with the sender's postal address (CAN-SPAM), unless the message
    already gives it, and a plain way out: the one-click link when there is one."""
    lines = []
    postal = str(sequence.sender.get("postal_address") or "")
    if postal and postal not in message.body:
        lines.append(postal)
    if links and candidate.email:
        lines.append(
            f"Not interested? Unsubscribe in one click: {links.unsubscribe(candidate.email)}"
        )
    else:
        lines.append("Not interested? Reply and say so, and you won't hear from me again.")
    return replace(message, body=f"{message.body}\n\n--\n" + "\n".join(lines))


def reply_subject(subject: str) -> str:
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


def _thread_root_subject(
    sequence: Sequence, candidate: Candidate, touch: Touch, library: TemplateLibrary
) -> str | None:
    """A threaded email whose thread never started (that step went out on another channel,
    or was skipped) takes the subject of the email that would have started it."""
    step = touch.step
    while step.thread:
        step = sequence.step(step.thread)
        subject = _render(sequence, candidate, touch, step, library).subject
        if subject:
            return subject
    return None


def _render(
    sequence: Sequence, candidate: Candidate, touch: Touch, step: Step, library: TemplateLibrary
) -> Message:
    assert touch.channel is not None, "a skipped touch has no message"
    variables = context(
        candidate.fields(),
        sequence.role,
        sequence.sender,
        deadline=touch.deadline,
        channel=touch.channel.value,
    )
    return library.get(step.template).render(touch.channel, variables)
