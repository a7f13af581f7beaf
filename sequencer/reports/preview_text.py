"""A preview's views written out: as `preview --format` writes them, and the readable text
timeline for the terminal."""

from __future__ import annotations

import json
import textwrap
from typing import Any


def render_views(views: list[dict[str, Any]], output_format: str, single: bool) -> str:
    """The views as `preview --format` writes them: text, json (one object if `single`), html."""
    if output_format == "json":
        return json.dumps(views[0] if single and views else views, indent=2, ensure_ascii=False)
    if output_format == "html":
        from sequencer.reports.preview_html import render_html  # Jinja2 loads only when needed

        names = sorted({v["sequence"]["name"] for v in views})
        return render_html(views, title=f"Preview: {', '.join(names)}")
    return "\n".join(format_text(v) for v in views)


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
