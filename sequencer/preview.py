"""Dry-run preview: what each candidate would receive, and when, sending nothing.

It runs the same plan → render path as the daemon, so a preview that differs from what is
later sent is a bug. The result is plain data (the JSON of `preview --format json`); the
text and HTML views are drawn from it.
"""

from __future__ import annotations

import textwrap
from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sequencer import sms
from sequencer.candidates import Candidate
from sequencer.channel import Channel
from sequencer.plan import Touch, plan
from sequencer.sequence import Sequence
from sequencer.templates import Message, TemplateLibrary, context

TIME_FORMAT = "%a %d %b %Y %H:%M %Z"


def preview(
    sequence: Sequence, candidate: Candidate, start: datetime, library: TemplateLibrary
) -> dict[str, Any]:
    """Raises RenderError when a template can't be rendered for this candidate."""
    recruiter_zone = ZoneInfo(str(sequence.sender.get("timezone") or sequence.timezone))
    subjects: dict[str, str] = {}
    steps = [
        _step(sequence, candidate, touch, library, subjects, recruiter_zone)
        for touch in plan(sequence, candidate, start)
    ]
    return {
        "sequence": {
            "name": sequence.name,
            "description": sequence.description or None,
            "path": str(sequence.path),
            "version": sequence.version,
        },
        "candidate": {
            "key": candidate.key,
            "name": candidate.full_name,
            "email": candidate.email,
            "phone": candidate.phone,
            "timezone": candidate.timezone or sequence.timezone,
            "row": candidate.row,
        },
        "recruiter_timezone": recruiter_zone.key,
        "start": start.astimezone(ZoneInfo(candidate.timezone or sequence.timezone)).isoformat(),
        "steps": steps,
    }


def _step(
    sequence: Sequence,
    candidate: Candidate,
    touch: Touch,
    library: TemplateLibrary,
    subjects: dict[str, str],
    recruiter_zone: ZoneInfo,
) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": touch.step.id,
        "channel": touch.channel.value if touch.channel else None,
        "planned_channel": touch.step.channel.value,
        "send_at": None,
        "local_time": None,
        "recruiter_time": None,
        "to": touch.to,
        "subject": None,
        "body": None,
        "script": None,
        "paired_email": None,
        "skipped": touch.skipped,
        "warnings": [],
        "notes": list(touch.notes),
    }
    if not touch.sends or touch.send_at is None or touch.channel is None or touch.zone is None:
        return view
    local = touch.send_at.astimezone(touch.zone)
    view |= {
        "send_at": local.isoformat(),
        "local_time": local.strftime(TIME_FORMAT),
        "recruiter_time": touch.send_at.astimezone(recruiter_zone).strftime(TIME_FORMAT),
    }
    message = render(sequence, candidate, touch, library)
    return view | _content(sequence, candidate, touch, message, library, subjects)


def render(
    sequence: Sequence, candidate: Candidate, touch: Touch, library: TemplateLibrary
) -> Message:
    """The message a touch sends: the one function the daemon and the preview share."""
    assert touch.channel is not None
    variables = context(
        candidate.fields(),
        sequence.role,
        sequence.sender,
        deadline=touch.deadline,
        channel=touch.channel.value,
    )
    return library.get(touch.step.template).render(touch.channel, variables)


def _content(
    sequence: Sequence,
    candidate: Candidate,
    touch: Touch,
    message: Message,
    library: TemplateLibrary,
    subjects: dict[str, str],
) -> dict[str, Any]:
    subject = thread_subject(touch, message, subjects) or _root_subject(
        sequence, candidate, touch, library
    )
    if touch.channel is Channel.EMAIL and subject:
        subjects[touch.step.id] = subject
    if touch.channel is Channel.VOICEMAIL:
        paired = {"to": candidate.email, "subject": subject, "body": message.body}
        return {"body": message.script, "script": message.script, "paired_email": paired}
    content: dict[str, Any] = {"body": message.body}
    if touch.channel is Channel.EMAIL:
        content["subject"] = subject
    if touch.channel is Channel.SMS:
        content["warnings"] = _sms_warnings(message.body)
    return content


def thread_subject(touch: Touch, message: Message, subjects: dict[str, str]) -> str | None:
    """A threaded email answers the earlier one ("Re: ..."); alone, it keeps its own subject."""
    earlier = subjects.get(touch.step.thread or "")
    if touch.channel is not Channel.EMAIL or earlier is None:
        return message.subject
    return earlier if earlier.lower().startswith("re:") else f"Re: {earlier}"


def _root_subject(
    sequence: Sequence, candidate: Candidate, touch: Touch, library: TemplateLibrary
) -> str | None:
    """A threaded email whose thread never started (that step went out on another channel)
    takes the subject of the step that would have started it."""
    step = touch.step
    while step.thread and touch.channel is Channel.EMAIL:
        step = sequence.step(step.thread)
        message = render(sequence, candidate, replace(touch, step=step), library)
        if message.subject:
            return message.subject
    return None


def _sms_warnings(body: str) -> list[str]:
    length = sms.segments(body)
    if length.segments <= 2:
        return []
    return [
        f"{length.segments} SMS segments ({length.units} {length.encoding} characters); "
        "texts over 2 segments cost more and read as spam"
    ]


def format_text(view: dict[str, Any]) -> str:
    """A readable timeline for the terminal."""
    seq, cand = view["sequence"], view["candidate"]
    who = " ".join(filter(None, [cand["name"], f"<{cand['email']}>" if cand["email"] else None]))
    lines = [
        f"{seq['name']} (version {seq['version']}) for {who or cand['key']}",
        f"candidate time zone {cand['timezone']}; recruiter times in {view['recruiter_timezone']}",
        "",
    ]
    for number, step in enumerate(view["steps"], start=1):
        lines += _format_step(number, step)
    return "\n".join(lines).rstrip() + "\n"


def _format_step(number: int, step: dict[str, Any]) -> list[str]:
    if step["skipped"]:
        head = f"{number}. {step['id']} [{step['planned_channel']}]  SKIPPED: {step['skipped']}"
        return [head, *(f"   note: {n}" for n in step["notes"]), ""]
    lines = [
        f"{number}. {step['id']} [{step['channel']}] to {step['to']}",
        f"   {step['local_time']}   (recruiter: {step['recruiter_time']})",
        *(f"   note: {n}" for n in step["notes"]),
        *(f"   warning: {w}" for w in step["warnings"]),
    ]
    if step["subject"]:
        lines.append(f"   Subject: {step['subject']}")
    lines += _indented(step["body"] or "", "   | ")
    if step["paired_email"]:
        paired = step["paired_email"]
        lines += [f"   paired email to {paired['to']}", f"   Subject: {paired['subject']}"]
        lines += _indented(paired["body"], "   | ")
    return [*lines, ""]


def _indented(text: str, prefix: str) -> list[str]:
    return [prefix + line for para in text.splitlines() for line in textwrap.wrap(para, 92) or [""]]
