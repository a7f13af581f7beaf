"""A planned touch → the message that goes out. The one path the daemon and the preview share,
so a preview can never show a different subject or body from what is sent."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from sequencer.engine.links import Links
from sequencer.engine.plan import Touch
from sequencer.people.candidate import Candidate
from sequencer.spec import templates
from sequencer.spec.channel import Channel
from sequencer.spec.sequence import Sequence, Step
from sequencer.spec.templates import Fields, Message, TemplateLibrary

Scopes = Mapping[str, Fields]


def template_scopes(sequence: Sequence, candidate: Candidate) -> Scopes:
    """What every template sees of this candidate, the role and the sender.

    The same for each of one person's messages: a caller composing several (the preview)
    builds it once and passes it to `compose`, which otherwise builds it itself.
    """
    return templates.scopes(candidate.fields(), sequence.role, sequence.sender)


def compose(
    sequence: Sequence,
    candidate: Candidate,
    touch: Touch,
    library: TemplateLibrary,
    sent_subjects: Mapping[str, str],
    links: Links | None = None,
    scopes: Scopes | None = None,
) -> Message:
    """`sent_subjects` maps each email step already sent to this person to its subject, so a
    threaded follow-up answers it ("Re: ..."). `scopes`: `template_scopes(sequence, candidate)`,
    if the caller has it. Raises RenderError."""
    scopes = scopes if scopes is not None else template_scopes(sequence, candidate)
    message = _render(touch, touch.step, library, scopes)
    if touch.channel not in (Channel.EMAIL, Channel.VOICEMAIL):
        return message
    subject = message.subject
    if touch.channel is Channel.EMAIL:
        started = sent_subjects.get(touch.step.thread or "")
        if started is not None:
            subject = reply_subject(started)
        elif subject is None:
            subject = _thread_root_subject(sequence, touch, library, scopes)
    body = _with_footer(message.body, sequence, candidate, links)
    return replace(message, subject=subject, body=body)


def _with_footer(body: str, sequence: Sequence, candidate: Candidate, links: Links | None) -> str:
    """Every email ends with the sender's postal address (CAN-SPAM), unless the message
    already gives it, and a plain way out: the one-click link when there is one."""
    lines = []
    postal = str(sequence.sender.get("postal_address") or "")
    if postal and postal not in body:
        lines.append(postal)
    if links and candidate.email:
        lines.append(
            f"Not interested? Unsubscribe in one click: {links.unsubscribe(candidate.email)}"
        )
    else:
        lines.append("Not interested? Reply and say so, and you won't hear from me again.")
    return f"{body}\n\n--\n" + "\n".join(lines)


def reply_subject(subject: str) -> str:
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


def _thread_root_subject(
    sequence: Sequence, touch: Touch, library: TemplateLibrary, scopes: Scopes
) -> str | None:
    """A threaded email whose thread never started (that step went out on another channel,
    or was skipped) takes the subject of the email that would have started it."""
    step = touch.step
    while step.thread:
        step = sequence.step(step.thread)
        subject = _render(touch, step, library, scopes).subject
        if subject:
            return subject
    return None


def _render(touch: Touch, step: Step, library: TemplateLibrary, scopes: Scopes) -> Message:
    assert touch.channel is not None, "a skipped touch has no message"
    variables = {**scopes, "deadline": touch.deadline, "channel": touch.channel.value}
    return library.get(step.template).render(touch.channel, variables)
