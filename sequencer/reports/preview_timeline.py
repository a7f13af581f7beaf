"""Geometry of the timeline strip on the HTML preview page: where each marker, label and week
band goes. Pure functions of the step times, so the layout can be tested without a browser.

Horizontal positions are percentages of the strip's width (the page is fluid), vertical ones
are pixels. The dated axis runs from midnight of the enrollment day to the end of the last
touch's day. A step that is not sent (skipped) has no time: it sits between the touches around
it, or, if nothing is sent after it, in a dashed gutter past the last touch.

Touches hours apart would draw on top of each other, so markers are nudged apart (keeping
their order), and when more than CROWD_SIZE fall close together they share one label. Label
widths are estimated for the narrowest strip the page draws (STRIP_MIN_WIDTH pixels, wider
screens only add room), so labels on one row never overlap.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import groupby, takewhile
from typing import Literal

__all__ = [
    "Band",
    "Label",
    "Marker",
    "Stop",
    "Timeline",
    "crowds",
    "nudge",
    "short_date",
    "stagger",
    "timeline",
]

AXIS_Y = 52  # vertical position of the axis line inside the strip
LABEL_TOP = 72  # first row of marker labels
LABEL_ROW = 34  # height of one row of marker labels
LABEL_ROWS = 3  # labels are staggered over at most this many rows
BRACKET_Y = AXIS_Y + 12  # a crowd's bracket under its markers
MARKER_GAP = 2.0  # percent: markers are nudged this far apart (their 18 px rings on a wide page)
CROWD_SPAN = 9.0  # percent: more than CROWD_SIZE markers this close share one label
CROWD_SIZE = 3
GUTTER_STEP = 10.0  # percent of the strip for each skipped step after the last touch
MIN_AXIS = 70.0  # percent: the dated axis keeps at least this much of the strip
MAX_BANDS = 9  # at most this many week bands; longer sequences group weeks
STRIP_MIN_WIDTH = 640  # pixels: the page never draws the strip narrower (it scrolls)
EDGE_INSET = 14  # pixels: an edge label starts (or ends) this far beyond its stem
LABEL_PAD = 10  # pixels: the least room between two labels on one row
_CHAR = {"step": 7.0, "date": 6.2, "band": 6.6}  # pixels per character, by kind of text
_DAY = timedelta(days=1)
_WEEK = timedelta(weeks=1)

Align = Literal["center", "start", "end"]


def _percent(pixels: float) -> float:
    """Pixels on the narrowest strip, as a percentage of its width."""
    return 100 * pixels / STRIP_MIN_WIDTH


def _text_width(text: str, kind: str) -> float:
    """Estimated width of `text` in percent of the strip (system fonts vary; this errs wide)."""
    return _percent(len(text) * _CHAR[kind])


@dataclass(frozen=True)
class Stop:
    """One step as the strip shows it: its marker's text and link, and when (None: skipped)."""

    step_id: str
    channel: str  # CSS class of the marker's shape and colour
    moment: datetime | None
    title: str  # tooltip: when it goes, or why it is skipped
    anchor: str  # id of the step's card on the page

    @property
    def skipped(self) -> bool:
        return self.moment is None

    @property
    def date(self) -> str:
        return "skipped" if self.moment is None else short_date(self.moment)


@dataclass(frozen=True)
class Marker:
    stop: Stop
    left: float  # percent; nudged off its exact time when touches crowd


@dataclass(frozen=True)
class Label:
    """The text under one marker, or one text shared by a crowd of markers."""

    stops: tuple[Stop, ...]
    low: float  # percent: the first and last marker it names
    high: float
    align: Align = "center"
    row: int = 0  # 0 nearest the axis

    @property
    def crowded(self) -> bool:
        return len(self.stops) > 1

    @property
    def skipped(self) -> bool:
        return all(stop.skipped for stop in self.stops)

    @property
    def text(self) -> str:
        return f"{len(self.stops)} steps" if self.crowded else self.stops[0].step_id

    @property
    def date(self) -> str:
        dates = [short_date(s.moment) for s in self.stops if s.moment is not None] or ["skipped"]
        return dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"

    @property
    def title(self) -> str:
        """Tooltip: every step it names, one a line."""
        return "\n".join(stop.title for stop in self.stops)

    @property
    def anchor(self) -> str:
        return self.stops[0].anchor

    @property
    def left(self) -> float:
        """Percent: where its stem is, under its marker or a crowd's bracket."""
        middle = {"start": self.low, "end": self.high}.get(self.align, (self.low + self.high) / 2)
        return round(middle, 3)

    @property
    def width(self) -> float:
        text = max(_text_width(self.text, "step"), _text_width(self.date, "date"))
        return text + _percent(LABEL_PAD)

    @property
    def extent(self) -> tuple[float, float]:
        """Percent of the strip the label covers."""
        if self.align == "start":
            return self.left - _percent(EDGE_INSET), self.left - _percent(EDGE_INSET) + self.width
        if self.align == "end":
            return self.left + _percent(EDGE_INSET) - self.width, self.left + _percent(EDGE_INSET)
        return self.left - self.width / 2, self.left + self.width / 2

    @property
    def top(self) -> int:
        """Of the label, in pixels."""
        return LABEL_TOP + self.row * LABEL_ROW

    @property
    def stem(self) -> int:
        """Length of the dotted line up to the marker (or a crowd's bracket), in pixels."""
        return self.top - (BRACKET_Y + 4 if self.crowded else AXIS_Y + 8)


@dataclass(frozen=True)
class Band:
    left: float
    width: float
    label: str  # empty when the band is too narrow to hold it
    date: str
    shaded: bool


@dataclass(frozen=True)
class Timeline:
    bands: list[Band]
    markers: list[Marker]  # in sequence order
    labels: list[Label]  # left to right
    axis_width: float  # percent of the strip covered by the solid (dated) axis
    height: int
    start_label: str
    end_label: str
    axis_y: int = AXIS_Y
    bracket_y: int = BRACKET_Y


@dataclass(frozen=True)
class _Scale:
    """Maps a time onto the dated part of the strip."""

    origin: datetime
    span: timedelta
    width: float  # percent: the axis width

    def left(self, moment: datetime) -> float:
        return self.width * ((moment - self.origin) / self.span)


def short_date(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b}"


def timeline(start: datetime, stops: Sequence[Stop]) -> Timeline:
    """The strip for steps in sequence order, measured from the enrollment `start`."""
    times = [stop.moment for stop in stops if stop.moment is not None]
    scale = _scale(start, times, _axis_width(stops))
    exact = _lefts([stop.moment for stop in stops], scale)
    order = sorted(range(len(stops)), key=lambda i: (exact[i], i))
    placed = dict(zip(order, nudge([exact[i] for i in order], MARKER_GAP), strict=True))
    markers = [Marker(stop, round(placed[i], 3)) for i, stop in enumerate(stops)]
    runs = crowds([exact[i] for i in order])
    labels = _labels([[markers[order[k]] for k in run] for run in runs])
    return Timeline(
        bands=_bands(scale),
        markers=markers,
        labels=labels,
        axis_width=scale.width,
        height=LABEL_TOP + (max((label.row for label in labels), default=0) + 1) * LABEL_ROW,
        start_label=short_date(start),
        end_label=short_date(max(times)) if times else "",
    )


def _midnight(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _scale(start: datetime, times: Sequence[datetime], width: float) -> _Scale:
    """From midnight of the start day to the end of the last touch's day (at least one day)."""
    origin = _midnight(start)
    end = _midnight(max([start, *times])) + _DAY
    return _Scale(origin, end - origin, width)


def _axis_width(stops: Sequence[Stop]) -> float:
    """Percent of the strip for dated touches; the rest is the gutter for trailing skips."""
    trailing = sum(1 for _ in takewhile(lambda stop: stop.skipped, reversed(stops)))
    if trailing == len(stops) and stops:
        return 0.0
    return max(MIN_AXIS, 100.0 - GUTTER_STEP * trailing)


def _lefts(moments: Sequence[datetime | None], scale: _Scale) -> list[float]:
    """Left position of every step: sent ones by time, each run of skipped ones spread evenly
    between the touches around it (or over the gutter when nothing is sent after it)."""
    dated = [None if moment is None else scale.left(moment) for moment in moments]
    lefts: list[float] = []
    for skipped, group in groupby(dated, key=lambda left: left is None):
        run = list(group)
        if not skipped:
            lefts.extend(left for left in run if left is not None)
            continue
        end = len(lefts) + len(run)
        after = dated[end] if end < len(dated) else None
        if after is None:
            lefts.extend(_spread(scale.width, 100.0, len(run)))
        else:
            lefts.extend(_spread(lefts[-1] if lefts else 0.0, after, len(run)))
    return lefts


def _spread(before: float, after: float, count: int) -> list[float]:
    """`count` evenly spaced positions strictly between `before` and `after`."""
    return [before + (after - before) * (k + 1) / (count + 1) for k in range(count)]


def nudge(lefts: Sequence[float], gap: float, low: float = 0.0, high: float = 100.0) -> list[float]:
    """Positions (ascending) moved as little as possible to be at least `gap` apart, in the same
    order and within [low, high]: a crowd spreads around where its touches really are, and
    markers with room keep their exact place."""
    # Keeping x[i+1] - x[i] >= gap is keeping y[i] = x[i] - i * gap ascending: fit the closest
    # ascending sequence (pool adjacent violators), then shift back.
    pools: list[tuple[float, int]] = []  # (sum, count) of each run of equal y
    for i, left in enumerate(lefts):
        pools.append((left - i * gap, 1))
        while len(pools) > 1 and pools[-2][0] / pools[-2][1] > pools[-1][0] / pools[-1][1]:
            (total, count), (more, extra) = pools[-2], pools.pop()
            pools[-1] = (total + more, count + extra)
    fitted = [total / count for total, count in pools for _ in range(count)]
    top = max(low, high - (len(lefts) - 1) * gap)
    return [min(max(y, low), top) + i * gap for i, y in enumerate(fitted)]


def crowds(lefts: Sequence[float]) -> list[range]:
    """Which markers (positions ascending) share a label: more than CROWD_SIZE within CROWD_SPAN
    of the first of them do; every other marker has its own."""
    runs: list[range] = []
    first = 0
    while first < len(lefts):
        end = bisect_left(lefts, lefts[first] + CROWD_SPAN, lo=first)
        end = end if end - first > CROWD_SIZE else first + 1
        runs.append(range(first, end))
        first = end
    return runs


def _labels(groups: Sequence[Sequence[Marker]]) -> list[Label]:
    """One label per group of markers (left to right), aligned and put on rows."""
    labels = [_label(group) for group in groups]
    rows = stagger([label.extent for label in labels])
    return [replace(label, row=row) for label, row in zip(labels, rows, strict=True)]


def _label(markers: Sequence[Marker]) -> Label:
    """Centred under its marker(s), unless that would run past an end of the strip: then it
    starts (or ends) at the first (or last) marker."""
    label = Label(tuple(m.stop for m in markers), markers[0].left, markers[-1].left)
    low, high = label.extent
    if low < 0:
        return replace(label, align="start")
    if high > 100:
        return replace(label, align="end")
    return label


def stagger(extents: Sequence[tuple[float, float]]) -> list[int]:
    """Label row for each label (left to right, as (start, end) percentages), avoiding
    overlaps: the first row where the last label ends before this one starts, else the row
    whose last label ends first."""
    ends: list[float] = [-math.inf] * LABEL_ROWS
    rows: list[int] = []
    for start, end in extents:
        free = [row for row in range(LABEL_ROWS) if ends[row] <= start]
        row = free[0] if free else min(range(LABEL_ROWS), key=lambda r: ends[r])
        ends[row] = end
        rows.append(row)
    return rows


def _bands(scale: _Scale) -> list[Band]:
    """Alternating week bands from the start; long sequences group several weeks per band so
    there are never more than MAX_BANDS. Every band says "Weeks 4–6", or, when a whole band
    has no room for the longest of those, every band says "W4–6"."""
    weeks = max(1, math.ceil(scale.span / _WEEK))
    per_band = math.ceil(weeks / MAX_BANDS)
    groups = [range(week, min(week + per_band, weeks)) for week in range(0, weeks, per_band)]
    full = scale.left(scale.origin + per_band * _WEEK)
    terse = not _fits(_band_labels(range(weeks - per_band, weeks))[0], "band", full)
    return [_band(scale, group, index % 2 == 1, terse) for index, group in enumerate(groups)]


def _band(scale: _Scale, weeks: range, shaded: bool, terse: bool) -> Band:
    start = scale.origin + weeks.start * _WEEK
    end = min(start + len(weeks) * _WEEK, scale.origin + scale.span)
    left = scale.left(start)
    width = scale.left(end) - left
    date = f"{start.day} {start:%b}"
    labels = _band_labels(weeks)[1:] if terse else _band_labels(weeks)
    fitting = [text for text in labels if _fits(text, "band", width)]
    return Band(
        left=round(left, 3),
        width=round(width, 3),
        label=(fitting or [""])[0],  # nothing in a sliver
        date=date if _fits(date, "date", width) else "",
        shaded=shaded,
    )


def _band_labels(weeks: range) -> tuple[str, str]:
    """A band's weeks, long and short: "Week 4", "W4" or "Weeks 4–6", "W4–6"."""
    first, last = weeks.start + 1, weeks.stop
    if first == last:
        return f"Week {first}", f"W{first}"
    return f"Weeks {first}–{last}", f"W{first}–{last}"


def _room(width: float) -> float:
    """Room for text in a band this wide (percent): its label sits 6 px inside it."""
    return width - _percent(2 * 6)


def _fits(text: str, kind: str, width: float) -> bool:
    return _text_width(text, kind) <= _room(width)
