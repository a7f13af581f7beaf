"""A planned touch → the message that goes out. The one path the daemon and the preview share,
so a preview can never show a different subject or body from what is sent."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from sequencer.engine.links import Links
from sequencer.engine.plan import Touch
from sequencer.people.candidate import Candidate
from sequencer.spec import content as content_files
from sequencer.spec import templates, true_words
from sequencer.spec.channel import Channel
from sequencer.spec.sequence import Sequence, Step
from sequencer.spec.templates import Fields, Message, MessageTemplate, TemplateLibrary

Scopes = Mapping[str, Fields]
# No content folder: its `content` never changes, so one serves every message.
_NO_CONTENT = content_files.Content(None)
# The channels that send an email (a voicemail's paired one). A set: `in` a tuple compares a
# text's channel with each member as strings (StrEnum), several times slower, each message.
_WITH_EMAIL = frozenset({Channel.EMAIL, Channel.VOICEMAIL})


def template_scopes(sequence: Sequence, candidate: Candidate) -> Scopes:
    """What every template sees of this candidate, the role and the sender.

    The same for each of one person's messages: a caller composing several (the preview)
    builds it once and passes it to `compose`, which otherwise builds it itself.
    """
    candidate_scope = {"candidate": templates.scope("candidate", candidate.fields())}
    return candidate_scope | _sequence_scopes(sequence.role, sequence.sender)


# The role and the sender as templates see them: the same for everyone a sequence reaches, so
# made again only for another sequence's (another mapping) or when its values have changed.
_Values = Mapping[str, Any]
_made: tuple[_Values, _Values, tuple[_Values, _Values], dict[str, Fields]] | None = None


def _sequence_scopes(role: Mapping[str, Any], sender: Mapping[str, Any]) -> dict[str, Fields]:
    global _made
    made = _made
    if made is None or made[0] is not role or made[1] is not sender or made[2] != (role, sender):
        scopes = templates.scopes({}, role, sender)
        shared = {"role": scopes["role"], "sender": scopes["sender"]}
        made = _made = (role, sender, (dict(role), dict(sender)), shared)
    return made[3]


def compose(
    sequence: Sequence,
    candidate: Candidate,
    touch: Touch,
    library: TemplateLibrary,
    sent_subjects: Mapping[str, str],
    links: Links | None = None,
    scopes: Scopes | None = None,
    enrollment_id: int | None = None,
    content: content_files.Content | None = None,
) -> Message:
    """`sent_subjects` maps each email step already sent to this person to its subject, so a
    threaded follow-up answers it ("Re: ..."). `scopes`: `template_scopes(sequence, candidate)`,
    if the caller has it. `enrollment_id` signs `{{ booking_link }}` (none yet: the preview
    shows the plain link). `content`: the content files as they are now (default: the
    library's). Raises RenderError."""
    scopes = scopes if scopes is not None else template_scopes(sequence, candidate)
    content = content or library.content or _NO_CONTENT
    assert touch.channel is not None, "a skipped touch has no message"
    # Every template variable, merged once for this message (and its thread's root, if it
    # must be rendered for a subject).
    variables = {
        **scopes,
        **_booking_link(sequence, links, enrollment_id),
        **facts(candidate, touch, content, _reads_content(sequence, touch.step, library)),
        **touch.variables,  # a check-back's dates
        "deadline": touch.deadline,
        "channel": touch.channel._value_,  # `.value`, without enum's Python property
    }
    message = _render(touch.channel, touch.step, library, variables)
    notes, warnings = _remarks(touch, library, content)
    if touch.channel not in _WITH_EMAIL and not (notes or warnings):
        return message  # as rendered: nothing to add
    subject, body = message.subject, message.body
    if touch.channel is Channel.EMAIL:
        started = sent_subjects.get(touch.step.thread or "")
        if started is not None:
            subject = reply_subject(started)
        elif subject is None:
            subject = _thread_root_subject(sequence, touch, library, variables)
    if touch.channel in _WITH_EMAIL:
        body = _with_footer(body, sequence, candidate, links)
    # Made whole here rather than by `dataclasses.replace`, which costs as much again.
    return Message(
        touch.channel, body, subject, message.html, message.script, notes=notes, warnings=warnings
    )


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


def _booking_link(sequence: Sequence, links: Links | None, enrollment_id: int | None) -> Scopes:
    """`booking_link`, when the sequence gives a `sender.booking_url`: with the enrollment's
    token when links are signed (SEQUENCER_PUBLIC_URL and _SECRET_KEY), else the plain URL."""
    url = str(sequence.sender.get("booking_url") or "")
    if not url:
        return {}
    return {"booking_link": links.booking(url, enrollment_id) if links else url}  # type: ignore[dict-item]


def facts(
    candidate: Candidate, touch: Touch, content: content_files.Content, read: bool = True
) -> dict[str, Any]:
    """What happened, so a message says only what is true for this person: the consent they
    gave, whether a voicemail call goes out with this email (the paired email goes first, so
    it says "if you got a voicemail from me today" only when one is being left), and the
    content files as they are now. (`channel`, the channel actually used: `_render`.)
    `read`: whether the templates may read the content files at all; when they cannot, the
    folder is not looked at (a look at every file of it, each message: `Content.scope`)."""
    voicemail = touch.channel is Channel.VOICEMAIL and candidate.call_consent and bool(touch.to)
    return {
        "consent": _consent(candidate.sms_consent, candidate.call_consent),
        "voicemail_left": voicemail,
        "content": content.scope() if read else _UNREAD,
    }


# `content` for templates that never name it. Should one read it after all, it finds nothing
# and the message fails to render (held for the recruiter), never goes out with a hole.
_UNREAD = templates.Fields("content", {})


def _reads_content(sequence: Sequence, step: Step, library: TemplateLibrary) -> bool:
    """Whether rendering `step` may read `content`: its template, or that of an email it
    threads under (whose subject it may take: `_thread_root_subject`)."""
    if content_files.may_read(library.get(step.template)):
        return True
    try:
        while step.thread:
            step = sequence.step(step.thread)
            if content_files.may_read(library.get(step.template)):
                return True
    except Exception:  # rendering that step says what is wrong; until then, read as before
        return True
    return False


@lru_cache(maxsize=4)
def _consent(sms: bool, call: bool) -> Fields:
    # Four possible answers, shared by every message: templates cannot change them (the
    # sandbox is immutable), as they cannot change `candidate`.
    return Fields("consent", {"sms": sms, "call": call})


def _remarks(
    touch: Touch, library: TemplateLibrary, content: content_files.Content
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """For the preview: the content files the message reads, and words to check."""
    return _template_notes(library.get(touch.step.template), content.folder)


@lru_cache(maxsize=256)
def _template_notes(
    template: MessageTemplate, folder: Path | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # Where the content files are is part of the key: the notes name them.
    read, warnings = _template_remarks(template)
    content = content_files.Content(folder)
    notes = tuple(
        f"content from {content.path_of(name)}: {', '.join(keys) or 'all of it'} "
        "(read again when it goes out)"
        for name, keys in read
    )
    return notes, warnings


@lru_cache(maxsize=256)
def _template_remarks(
    template: MessageTemplate,
) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    # What a template reads and claims is the same for every message made from it: worked
    # out once per template, not once per message.
    read: dict[str, list[str]] = {}
    for use in content_files.content_uses(template):
        name, _, key = use.name.removeprefix("content.").partition(".")
        read.setdefault(name, []).extend([key] if key and key not in read.get(name, []) else [])
    warnings = tuple(c.message for c in true_words.unchecked_claims(template))
    return tuple((name, tuple(keys)) for name, keys in read.items()), warnings


def reply_subject(subject: str) -> str:
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


def _thread_root_subject(
    sequence: Sequence, touch: Touch, library: TemplateLibrary, variables: dict[str, Any]
) -> str | None:
    """A threaded email whose thread never started (that step went out on another channel,
    or was skipped) takes the subject of the email that would have started it."""
    assert touch.channel is not None
    step = touch.step
    while step.thread:
        step = sequence.step(step.thread)
        subject = _render(touch.channel, step, library, variables).subject
        if subject:
            return subject
    return None


def _render(
    channel: Channel, step: Step, library: TemplateLibrary, variables: dict[str, Any]
) -> Message:
    return library.get(step.template).render(channel, variables)
