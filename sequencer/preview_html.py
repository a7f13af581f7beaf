"""A standalone HTML page for `sequencer preview`: one timeline per candidate × sequence.

`render_html(previews, title)` takes the same mappings that `sequencer preview --format json`
prints and returns one self-contained page (template: ``preview_page.html.j2``): inline CSS,
no scripts, fonts or remote resources, so it opens offline, can be mailed to a hiring manager
and prints cleanly.

Every value in a preview is user data (CSV rows, YAML, rendered templates). The page is
rendered by a Jinja2 environment with autoescaping on, and message bodies are shown as plain
text (``white-space: pre-wrap``), never interpreted as HTML.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib.resources import files
from typing import Any

from jinja2 import DictLoader, Environment, StrictUndefined, select_autoescape

__all__ = ["render_html"]

CHANNEL_LABELS: dict[str, str] = {
    "email": "Email",
    "sms": "SMS",
    "voicemail": "Voicemail",
    "linkedin": "LinkedIn",
}

# Geometry of the timeline strip (pixels for vertical layout, percent for horizontal).
_AXIS_Y = 52  # vertical position of the axis line inside the strip
_LABEL_TOP = 66  # first row of marker labels
_LABEL_ROW = 34  # height of one row of marker labels
_LABEL_ROWS = 3  # labels are staggered over at most this many rows
_LABEL_MIN_GAP = 9.0  # percent: labels closer than this go on another row
_MAX_BANDS = 12  # at most this many week bands; longer sequences group weeks


# ── view model ──────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class _Band:
    left: float
    width: float
    label: str
    date: str
    shaded: bool


@dataclass(frozen=True)
class _Marker:
    left: float
    top: int  # of the label, in pixels
    stem: int  # dotted line from the label up to the marker, in pixels
    step_id: str
    channel: str
    skipped: bool
    date: str
    title: str
    anchor: str


@dataclass(frozen=True)
class _Timeline:
    bands: list[_Band]
    markers: list[_Marker]
    axis_width: float  # percent of the strip covered by the solid (dated) axis
    height: int
    axis_y: int
    start_label: str
    end_label: str


@dataclass(frozen=True)
class _Touch:
    number: int
    anchor: str
    step_id: str
    channel: str
    channel_label: str
    fallback_from: str | None
    local_time: str | None
    recruiter_time: str | None
    when: str | None
    to: str | None
    to_href: str | None
    subject: str | None
    body: str | None
    script: str | None
    paired_subject: str | None
    paired_body: str | None
    skipped: str | None
    warnings: list[str]
    notes: list[str]


@dataclass(frozen=True)
class _Preview:
    anchor: str
    name: str
    key: str
    row: int | None
    timezone: str
    recruiter_timezone: str
    addresses: list[tuple[str, str]]
    sequence_name: str
    sequence_description: str | None
    sequence_path: str | None
    start_label: str
    timeline: _Timeline
    touches: list[_Touch]
    sent: int
    skipped: int
    warnings: int
    first_send: str | None
    last_send: str | None


# ── helpers ─────────────────────────────────────────────────────────────────────────────────


def _text(value: Any) -> str | None:
    """A displayable string, or None for missing/blank values."""
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _strings(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value if item is not None and str(item).strip()]


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _slug(value: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return slug[:40] or "candidate"


def _channel_key(value: Any) -> str:
    text = str(value).lower() if value else ""
    return text if text in CHANNEL_LABELS else "other"


def _channel_label(value: Any) -> str:
    if not value:
        return "—"
    return CHANNEL_LABELS.get(str(value).lower(), str(value))


def _short_date(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b}"


def _long_date(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"


def _recruiter_short(local: str | None, recruiter: str | None) -> str | None:
    """Drop the recruiter time's date when it is the same calendar day as the local time."""
    if not recruiter:
        return None
    if local:
        local_parts, recruiter_parts = local.split(), recruiter.split()
        same_day = local_parts[:4] == recruiter_parts[:4]
        if same_day and len(local_parts) >= 5 and len(recruiter_parts) >= 5:
            return " ".join(recruiter_parts[4:])
    return recruiter


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {plural or word + 's'}"


# ── timeline geometry ───────────────────────────────────────────────────────────────────────


def _stagger(lefts: list[float]) -> list[int]:
    """Label row for each marker (left positions in ascending order), avoiding overlaps."""
    last: list[float] = [-math.inf] * _LABEL_ROWS
    rows: list[int] = []
    for left in lefts:
        free = [row for row in range(_LABEL_ROWS) if left - last[row] >= _LABEL_MIN_GAP]
        row = free[0] if free else min(range(_LABEL_ROWS), key=lambda r: last[r])
        last[row] = left
        rows.append(row)
    return rows


def _timeline(
    start: datetime | None,
    steps: list[tuple[Mapping[str, Any], datetime | None]],
    anchors: list[str],
) -> _Timeline:
    times = [moment for _, moment in steps if moment is not None]
    origin = start or (min(times) if times else None)
    if origin is None:  # nothing dated at all: an empty one-week axis
        origin = datetime(2000, 1, 3)
        start_label = end_label = ""
    else:
        start_label = _short_date(origin)
        end_label = _short_date(max(times)) if times else ""
    end = max([origin, *times])
    span = max(end - origin, timedelta(days=1))

    # Skipped steps have no time: they sit at their step position, between the touches
    # around them. Trailing ones (nothing sent after them) go in a dashed gutter past the end.
    trailing = 0
    for _, moment in reversed(steps):
        if moment is not None:
            break
        trailing += 1
    if trailing == 0:
        axis_width = 100.0
    elif trailing == len(steps):
        axis_width = 0.0
    else:
        axis_width = max(82.0, 100.0 - 7.0 * trailing)

    def pct(moment: datetime) -> float:
        return axis_width * ((moment - origin) / span)

    lefts: list[float] = []
    index = 0
    while index < len(steps):
        moment = steps[index][1]
        if moment is not None:
            lefts.append(pct(moment))
            index += 1
            continue
        # A run of skipped steps: spread evenly between the neighbouring touches.
        run_end = index
        while run_end < len(steps) and steps[run_end][1] is None:
            run_end += 1
        count = run_end - index
        if run_end == len(steps):
            # Trailing: in the gutter past the last touch (or over the whole strip if nothing
            # was sent at all).
            gutter = axis_width if index > 0 else 0.0
            lefts.extend(gutter + (100.0 - gutter) * (k + 1) / (count + 1) for k in range(count))
        else:
            before = lefts[-1] if index > 0 else 0.0
            nxt = steps[run_end][1]
            after = pct(nxt) if nxt is not None else axis_width
            lefts.extend(before + (after - before) * (k + 1) / (count + 1) for k in range(count))
        index = run_end

    order = sorted(range(len(steps)), key=lambda i: (lefts[i], i))
    rows_sorted = _stagger([lefts[i] for i in order])
    rows = [0] * len(steps)
    for position, i in enumerate(order):
        rows[i] = rows_sorted[position]

    markers: list[_Marker] = []
    for i, (step, moment) in enumerate(steps):
        step_id = _text(step.get("id")) or f"step {i + 1}"
        reason = _text(step.get("skipped"))
        channel = step.get("channel") or step.get("planned_channel")
        if reason is not None or moment is None:
            title = f"{step_id} — skipped: {reason or 'not scheduled'}"
            date = "skipped"
        else:
            when = _text(step.get("local_time")) or _long_date(moment)
            title = f"{step_id} — {_channel_label(channel)} — {when}"
            planned = step.get("planned_channel")
            if planned and step.get("channel") and planned != step.get("channel"):
                title += f" (fell back from {_channel_label(planned)})"
            date = _short_date(moment)
        markers.append(
            _Marker(
                left=round(lefts[i], 3),
                top=_LABEL_TOP + rows[i] * _LABEL_ROW,
                stem=_LABEL_TOP + rows[i] * _LABEL_ROW - _AXIS_Y - 8,
                step_id=step_id,
                channel=_channel_key(channel),
                skipped=reason is not None or moment is None,
                date=date,
                title=title,
                anchor=anchors[i],
            )
        )

    # Week bands from the start date; long sequences group several weeks per band.
    total_weeks = max(1, math.ceil(span / timedelta(weeks=1)))
    per_band = max(1, math.ceil(total_weeks / _MAX_BANDS))
    bands: list[_Band] = []
    week = 0
    while origin + timedelta(weeks=week) < end or week == 0:
        band_start = origin + timedelta(weeks=week)
        band_end = min(origin + timedelta(weeks=week + per_band), origin + span)
        left = pct(band_start)
        width = pct(band_end) - left
        label = f"Week {week + 1}" if per_band == 1 else f"Weeks {week + 1}–{week + per_band}"
        bands.append(
            _Band(
                left=round(left, 3),
                width=round(width, 3),
                label=label if width >= 4.5 else "",
                date=f"{band_start.day} {band_start:%b}" if width >= 7.5 else "",
                shaded=len(bands) % 2 == 1,
            )
        )
        week += per_band

    used_rows = max(rows, default=0) + 1
    return _Timeline(
        bands=bands,
        markers=markers,
        axis_width=axis_width,
        height=_LABEL_TOP + used_rows * _LABEL_ROW + 4,
        axis_y=_AXIS_Y,
        start_label=start_label,
        end_label=end_label,
    )


# ── preview → view model ────────────────────────────────────────────────────────────────────


def _touch(
    number: int, anchor: str, step: Mapping[str, Any], moment: datetime | None, context: str
) -> _Touch:
    channel = step.get("channel")
    planned = step.get("planned_channel")
    shown = channel or planned
    fallback = _channel_label(planned) if planned and channel and planned != channel else None
    local = _text(step.get("local_time"))
    if local is None and moment is not None:
        local = _long_date(moment)
    to = _text(step.get("to"))
    to_href = None
    if to and _channel_key(channel) == "linkedin" and re.match(r"https?://\S+$", to.strip()):
        to_href = to.strip()
    paired = step.get("paired_email")
    paired_map: Mapping[str, Any] = paired if isinstance(paired, Mapping) else {}
    return _Touch(
        number=number,
        anchor=anchor,
        step_id=_text(step.get("id")) or f"step {number}",
        channel=_channel_key(shown),
        channel_label=_channel_label(shown),
        fallback_from=fallback,
        local_time=local,
        recruiter_time=_recruiter_short(local, _text(step.get("recruiter_time"))),
        when=context or None,
        to=to,
        to_href=to_href,
        subject=_text(step.get("subject")),
        body=_text(step.get("body")),
        script=_text(step.get("script")),
        paired_subject=_text(paired_map.get("subject")),
        paired_body=_text(paired_map.get("body")),
        skipped=_text(step.get("skipped")) or (None if moment else "not scheduled"),
        warnings=_strings(step.get("warnings")),
        notes=_strings(step.get("notes")),
    )


def _preview(index: int, preview: Mapping[str, Any]) -> _Preview:
    sequence: Mapping[str, Any] = preview.get("sequence") or {}
    candidate: Mapping[str, Any] = preview.get("candidate") or {}
    key = _text(candidate.get("key")) or str(index + 1)
    name = _text(candidate.get("name")) or key
    anchor = f"c{index + 1}-{_slug(key)}"
    start = _parse_time(preview.get("start"))
    raw_steps = [step for step in (preview.get("steps") or []) if isinstance(step, Mapping)]

    steps: list[tuple[Mapping[str, Any], datetime | None]] = []
    for step in raw_steps:
        moment = None if step.get("skipped") else _parse_time(step.get("send_at"))
        steps.append((step, moment))
    anchors = [f"{anchor}-s{i + 1}" for i in range(len(steps))]

    touches: list[_Touch] = []
    previous: datetime | None = None
    origin = start
    for i, (step, moment) in enumerate(steps):
        context: list[str] = []
        if moment is not None:
            origin = origin or moment
            day = (moment.date() - origin.date()).days + 1
            context.append(f"Day {day} · Week {(day - 1) // 7 + 1}")
            if previous is not None:
                gap = (moment.date() - previous.date()).days
                if gap > 0:
                    context.append(f"{_plural(gap, 'day')} after the previous touch")
                else:
                    hours = max(0, round((moment - previous) / timedelta(hours=1)))
                    context.append(f"{_plural(hours, 'hour')} after the previous touch")
            previous = moment
        touches.append(_touch(i + 1, anchors[i], step, moment, " · ".join(context)))

    sent = [touch for touch, (_, moment) in zip(touches, steps, strict=True) if moment]
    addresses: list[tuple[str, str]] = []
    for label, field in (("Email", "email"), ("Phone", "phone")):
        value = _text(candidate.get(field))
        if value:
            addresses.append((label, value))
    seen = {value for _, value in addresses}
    for touch in touches:
        if touch.to and touch.to not in seen and not touch.skipped:
            seen.add(touch.to)
            addresses.append((touch.channel_label, touch.to))

    description = _text(sequence.get("description"))
    return _Preview(
        anchor=anchor,
        name=name,
        key=key,
        row=candidate.get("row") if isinstance(candidate.get("row"), int) else None,
        timezone=_text(candidate.get("timezone")) or "—",
        recruiter_timezone=_text(preview.get("recruiter_timezone")) or "—",
        addresses=addresses,
        sequence_name=_text(sequence.get("name")) or "sequence",
        sequence_description=description,
        sequence_path=_text(sequence.get("path")),
        start_label=_long_date(start) if start else "—",
        timeline=_timeline(start, steps, anchors),
        touches=touches,
        sent=len(sent),
        skipped=len(touches) - len(sent),
        warnings=sum(len(touch.warnings) for touch in touches),
        first_send=sent[0].local_time if sent else None,
        last_send=sent[-1].local_time if sent else None,
    )


# ── rendering ───────────────────────────────────────────────────────────────────────────────


_TEMPLATE_NAME = "preview_page.html.j2"


def _environment() -> Environment:
    source = files("sequencer").joinpath(_TEMPLATE_NAME).read_text(encoding="utf-8")
    return Environment(
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


def render_html(previews: Sequence[Mapping[str, Any]], title: str) -> str:
    """One standalone HTML page showing every preview (candidate × sequence) in `previews`."""
    views = [_preview(i, preview) for i, preview in enumerate(previews)]
    sequences = sorted({view.sequence_name for view in views})
    recruiter_zones = sorted({v.recruiter_timezone for v in views if v.recruiter_timezone != "—"})
    template = _environment().get_template(_TEMPLATE_NAME)
    return template.render(
        title=title,
        previews=views,
        sequences=sequences,
        recruiter_zones=recruiter_zones,
        channels=list(CHANNEL_LABELS.items()),
        total_sent=sum(view.sent for view in views),
        total_skipped=sum(view.skipped for view in views),
        total_warnings=sum(view.warnings for view in views),
        plural=_plural,
    )
