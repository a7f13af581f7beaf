"""A standalone HTML page for `sequencer preview`: one timeline per candidate × sequence.

`render_html(previews, title)` takes the mappings `sequencer.reports.preview.preview()`
returns (what `sequencer preview --format json` prints) and returns one self-contained page
(template: ``preview_page.html.j2``; strip layout: ``preview_timeline``): inline CSS, no
scripts, fonts or remote resources, so it opens offline, can be mailed to a hiring manager
and prints cleanly.

Every value in a preview is user data (CSV rows, YAML, rendered templates). The page is
rendered by a Jinja2 environment with autoescaping on, and message bodies are shown as plain
text (``white-space: pre-wrap``), never interpreted as HTML. An email's HTML alternative is
only mentioned, never shown: rendering it would run whatever markup a template produced.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from importlib.resources import files
from typing import Any

from jinja2 import DictLoader, Environment, StrictUndefined, Template, select_autoescape

from sequencer.reports.preview_timeline import Stop, Timeline, timeline

__all__ = ["render_html"]

CHANNEL_LABELS: dict[str, str] = {
    "email": "Email",
    "sms": "SMS",
    "voicemail": "Voicemail",
    "linkedin": "LinkedIn",
}
_TEMPLATE_NAME = "preview_page.html.j2"


# ── view model ──────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class _Touch:
    """One step's card. A skipped step has no `moment`, times or message, but a reason."""

    number: int
    anchor: str
    step_id: str
    channel: str  # the channel used, or for a skipped step the one planned
    channel_label: str
    fallback_from: str | None  # label of the planned channel when another one is used
    moment: datetime | None
    local_time: str | None
    recruiter_time: str | None
    when: str | None  # "Day 8 · Week 2 · 7 days after the previous touch"
    to: str | None
    to_href: str | None
    subject: str | None
    body: str | None
    script: str | None
    has_html: bool
    paired_subject: str | None
    paired_body: str | None
    skipped: str | None
    warnings: list[str]
    notes: list[str]

    @property
    def title(self) -> str:
        """Tooltip of the step's marker on the strip."""
        if self.moment is None:
            return f"{self.step_id} — skipped: {self.skipped}"
        title = f"{self.step_id} — {self.channel_label} — {self.local_time}"
        return title + (f" (fell back from {self.fallback_from})" if self.fallback_from else "")

    @property
    def stop(self) -> Stop:
        return Stop(self.step_id, self.channel, self.moment, self.title, self.anchor)


@dataclass(frozen=True)
class _Preview:
    anchor: str
    name: str
    row: int | None
    timezone: str
    recruiter_timezone: str
    addresses: list[tuple[str, str]]
    sequence_name: str
    sequence_description: str | None
    sequence_path: str
    start_label: str
    timeline: Timeline
    touches: list[_Touch]

    @property
    def sent_touches(self) -> list[_Touch]:
        return [touch for touch in self.touches if touch.moment is not None]

    @property
    def sent(self) -> int:
        return len(self.sent_touches)

    @property
    def skipped(self) -> int:
        return len(self.touches) - self.sent

    @property
    def warnings(self) -> int:
        return sum(len(touch.warnings) for touch in self.touches)

    @property
    def first_send(self) -> str | None:
        return self.sent_touches[0].local_time if self.sent else None

    @property
    def last_send(self) -> str | None:
        return self.sent_touches[-1].local_time if self.sent else None

    @property
    def first_send_short(self) -> str | None:
        """For the overview table, where the full time is the tooltip."""
        return _without_year(self.first_send)

    @property
    def last_send_short(self) -> str | None:
        return _without_year(self.last_send)


# ── preview → view model ────────────────────────────────────────────────────────────────────


def _preview(index: int, preview: Mapping[str, Any]) -> _Preview:
    candidate, sequence = preview["candidate"], preview["sequence"]
    # The index keeps anchors unique when one person is in several previews.
    anchor = f"c{index + 1}-{_slug(candidate['key'])}"
    start = datetime.fromisoformat(preview["start"])
    touches = _touches(anchor, start, preview["steps"])
    return _Preview(
        anchor=anchor,
        name=candidate["name"] or candidate["key"],  # a phone-only row may have no name
        row=candidate["row"],
        timezone=candidate["timezone"],
        recruiter_timezone=preview["recruiter_timezone"],
        addresses=_addresses(candidate, touches),
        sequence_name=sequence["name"],
        sequence_description=sequence["description"],
        sequence_path=sequence["path"],
        start_label=_long_date(start),
        timeline=timeline(start, [touch.stop for touch in touches]),
        touches=touches,
    )


def _touches(anchor: str, start: datetime, steps: Sequence[Mapping[str, Any]]) -> list[_Touch]:
    touches: list[_Touch] = []
    previous: datetime | None = None  # the last touch actually sent
    for number, step in enumerate(steps, start=1):
        moment = datetime.fromisoformat(step["send_at"]) if step["send_at"] else None
        when = None if moment is None else _context(moment, start, previous)
        touches.append(_touch(number, f"{anchor}-s{number}", step, moment, when))
        previous = moment or previous
    return touches


def _touch(
    number: int, anchor: str, step: Mapping[str, Any], moment: datetime | None, when: str | None
) -> _Touch:
    channel, planned = step["channel"], step["planned_channel"]
    shown = channel or planned
    paired: Mapping[str, Any] = step["paired_email"] or {}
    local, recruiter = step["local_time"], step["recruiter_time"]
    return _Touch(
        number=number,
        anchor=anchor,
        step_id=step["id"],
        channel=shown,
        channel_label=CHANNEL_LABELS[shown],
        fallback_from=CHANNEL_LABELS[planned] if channel and channel != planned else None,
        moment=moment,
        local_time=local,
        recruiter_time=_recruiter_short(local, recruiter) if local and recruiter else None,
        when=when,
        to=step["to"],
        to_href=_profile_link(channel, step["to"]),
        subject=step["subject"],
        body=step["body"],
        script=step["script"],
        has_html=bool(step["html"]),
        paired_subject=paired.get("subject"),
        paired_body=paired.get("body"),
        skipped=step["skipped"],
        warnings=list(step["warnings"]),
        notes=list(step["notes"]),
    )


def _context(moment: datetime, start: datetime, previous: datetime | None) -> str:
    """Where a touch falls in the sequence, as a recruiter counts it: calendar days."""
    day = (moment.date() - start.date()).days + 1
    context = f"Day {day} · Week {(day - 1) // 7 + 1}"
    if previous is None:
        return context
    return f"{context} · {_gap(previous, moment)} after the previous touch"


def _gap(previous: datetime, moment: datetime) -> str:
    days = (moment.date() - previous.date()).days
    if days > 0:
        return _plural(days, "day")
    # Same calendar day: "0 days" would read as no gap at all.
    return _plural(max(0, round((moment - previous) / timedelta(hours=1))), "hour")


def _addresses(candidate: Mapping[str, Any], touches: Sequence[_Touch]) -> list[tuple[str, str]]:
    """The candidate's email and phone, then any other address a touch goes to (a profile)."""
    addresses = [(label, candidate[key]) for label, key in (("Email", "email"), ("Phone", "phone"))]
    addresses = [(label, value) for label, value in addresses if value]
    seen = {value for _, value in addresses}
    for touch in touches:
        if touch.to and touch.to not in seen and not touch.skipped:
            seen.add(touch.to)
            addresses.append((touch.channel_label, touch.to))
    return addresses


def _profile_link(channel: str | None, to: str | None) -> str | None:
    """A LinkedIn profile becomes a link, but only an http(s) one: the URL comes from a CSV
    cell, and a `javascript:` link must never be one click away on the page."""
    if channel != "linkedin" or not to or not re.fullmatch(r"https?://\S+", to.strip()):
        return None
    return to.strip()


def _recruiter_short(local: str, recruiter: str) -> str:
    """The recruiter's time without its date when it is the candidate's calendar day too
    (both are "Mon 23 Nov 2026 11:48 EST")."""
    recruiter_parts = recruiter.split()
    if local.split()[:4] == recruiter_parts[:4]:
        return " ".join(recruiter_parts[4:])
    return recruiter


def _without_year(local: str | None) -> str | None:
    """A local time without its year: "Tue 24 Nov 2026 09:41 EST" → "Tue 24 Nov 09:41 EST"."""
    if local is None:
        return None
    return re.sub(r"^(\S+ \d+ \S+) \d{4} ", r"\1 ", local)


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")[:40] or "candidate"


def _long_date(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {plural or word + 's'}"


# ── rendering ───────────────────────────────────────────────────────────────────────────────


@cache
def _template() -> Template:
    """Parsed once per process: the CLI renders one page per sequence."""
    source = files("sequencer.reports").joinpath(_TEMPLATE_NAME).read_text(encoding="utf-8")
    environment = Environment(
        loader=DictLoader({_TEMPLATE_NAME: source}),
        # Everything on the page is user data: escape it all, whatever the template's name.
        autoescape=select_autoescape(
            enabled_extensions=("html", "j2"), default=True, default_for_string=True
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return environment.get_template(_TEMPLATE_NAME)


def render_html(previews: Sequence[Mapping[str, Any]], title: str) -> str:
    """One standalone HTML page showing every preview (candidate × sequence) in `previews`."""
    views = [_preview(i, preview) for i, preview in enumerate(previews)]
    return _template().render(
        title=title,
        previews=views,
        sequences=sorted({view.sequence_name for view in views}),
        recruiter_zones=sorted({view.recruiter_timezone for view in views}),
        channels=list(CHANNEL_LABELS.items()),
        total_sent=sum(view.sent for view in views),
        total_skipped=sum(view.skipped for view in views),
        total_warnings=sum(view.warnings for view in views),
        plural=_plural,
    )
