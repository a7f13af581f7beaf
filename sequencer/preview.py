"""Dry-run preview: what each candidate would receive, and when, sending nothing.

It runs the same plan → render path as the daemon, so a preview that differs from what is
later sent is a bug. The result is plain data (the JSON of `preview --format json`); the
text and HTML views are drawn from it.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sequencer import sms
from sequencer.candidates import Candidate
from sequencer.channel import Channel
from sequencer.compose import compose
from sequencer.plan import Touch, plan
from sequencer.sequence import Sequence
from sequencer.templates import Message, TemplateLibrary
from sequencer.unsubscribe import Links

TIME_FORMAT = "%a %d %b %Y %H:%M %Z"


def preview(
    sequence: Sequence,
    candidate: Candidate,
    start: datetime,
    library: TemplateLibrary,
    links: Links | None = None,
) -> dict[str, Any]:
    """Raises RenderError when a template can't be rendered for this candidate."""
    recruiter_zone = ZoneInfo(str(sequence.sender.get("timezone") or sequence.timezone))
    subjects: dict[str, str] = {}
    steps = [
        _step(sequence, candidate, touch, library, subjects, recruiter_zone, links)
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
    links: Links | None,
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
        "html": None,
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
    message = compose(sequence, candidate, touch, library, subjects, links)
    return view | _content(candidate, touch, message, subjects)


def _content(
    candidate: Candidate, touch: Touch, message: Message, subjects: dict[str, str]
) -> dict[str, Any]:
    if touch.channel is Channel.EMAIL and message.subject:
        subjects[touch.step.id] = message.subject
    if touch.channel is Channel.VOICEMAIL:
        paired = {"to": candidate.email, "subject": message.subject, "body": message.body}
        return {"body": message.script, "script": message.script, "paired_email": paired}
    content: dict[str, Any] = {"body": message.body}
    if touch.channel is Channel.EMAIL:
        content |= {"subject": message.subject, "html": message.html}
    if touch.channel is Channel.SMS:
        content["warnings"] = list(filter(None, [sms.length_warning(message.body)]))
    return content


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
