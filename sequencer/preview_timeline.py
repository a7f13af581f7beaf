"""Geometry of the timeline strip on the HTML preview page: where each marker, label and week
band goes. Pure functions of the step times, so the layout can be tested without a browser.

Horizontal positions are percentages of the strip's width (the page is fluid), vertical ones
are pixels. A step that is not sent (skipped) has no time: it sits between the touches around
it, or, if nothing is sent after it, in a dashed gutter past the last touch.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import groupby, takewhile

__all__ = ["Band", "Marker", "Stop", "Timeline", "label_rows", "short_date", "stagger", "timeline"]

AXIS_Y = 52  # vertical position of the axis line inside the strip
LABEL_TOP = 66  # first row of marker labels
LABEL_ROW = 34  # height of one row of marker labels
LABEL_ROWS = 3  # labels are staggered over at most this many rows
LABEL_MIN_GAP = 9.0  # percent: labels closer than this go on another row
MAX_BANDS = 12  # at most this many week bands; longer sequences group weeks
_WEEK = timedelta(weeks=1)


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
    left: float  # percent
    row: int  # label row, 0 nearest the axis

    @property
    def top(self) -> int:
        """Of the label, in pixels."""
        return LABEL_TOP + self.row * LABEL_ROW

    @property
    def stem(self) -> int:
        """Length of the dotted line from the label up to the marker, in pixels."""
        return self.top - AXIS_Y - 8


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
    markers: list[Marker]
    axis_width: float  # percent of the strip covered by the solid (dated) axis
    height: int
    start_label: str
    end_label: str
    axis_y: int = AXIS_Y


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
    end = max([start, *times])
    # At least a day, so a strip whose touches all fall on the start day still has a scale.
    scale = _Scale(start, max(end - start, timedelta(days=1)), _axis_width(stops))
    lefts = _lefts([stop.moment for stop in stops], scale)
    markers = [
        Marker(stop, round(left, 3), row)
        for stop, left, row in zip(stops, lefts, label_rows(lefts), strict=True)
    ]
    return Timeline(
        bands=_bands(scale),
        markers=markers,
        axis_width=scale.width,
        height=LABEL_TOP + (max((m.row for m in markers), default=0) + 1) * LABEL_ROW + 4,
        start_label=short_date(start),
        end_label=short_date(max(times)) if times else "",
    )


def _axis_width(stops: Sequence[Stop]) -> float:
    """Percent of the strip for dated touches; the rest is the gutter for trailing skips."""
    trailing = sum(1 for _ in takewhile(lambda stop: stop.skipped, reversed(stops)))
    if trailing == 0:
        return 100.0
    if trailing == len(stops):
        return 0.0
    # Each trailing skip takes a little room, but the dated axis always keeps most of the strip.
    return max(82.0, 100.0 - 7.0 * trailing)


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


def label_rows(lefts: Sequence[float]) -> list[int]:
    """Label row of each marker, in the given order (markers need not be sorted by position)."""
    order = sorted(range(len(lefts)), key=lambda i: (lefts[i], i))
    rows = [0] * len(lefts)
    for i, row in zip(order, stagger([lefts[i] for i in order]), strict=True):
        rows[i] = row
    return rows


def stagger(lefts: Sequence[float]) -> list[int]:
    """Label row for each marker (left positions in ascending order), avoiding overlaps: the
    first row far enough from the previous label on it, else the row whose last label is
    furthest away."""
    last: list[float] = [-math.inf] * LABEL_ROWS
    rows: list[int] = []
    for left in lefts:
        free = [row for row in range(LABEL_ROWS) if left - last[row] >= LABEL_MIN_GAP]
        row = free[0] if free else min(range(LABEL_ROWS), key=lambda r: last[r])
        last[row] = left
        rows.append(row)
    return rows


def _bands(scale: _Scale) -> list[Band]:
    """Alternating week bands from the start; long sequences group several weeks per band so
    there are never more than MAX_BANDS."""
    weeks = max(1, math.ceil(scale.span / _WEEK))
    per_band = max(1, math.ceil(weeks / MAX_BANDS))
    return [
        _band(scale, week, per_band, shaded=index % 2 == 1)
        for index, week in enumerate(range(0, weeks, per_band))
    ]


def _band(scale: _Scale, week: int, per_band: int, shaded: bool) -> Band:
    start = scale.origin + week * _WEEK
    end = min(start + per_band * _WEEK, scale.origin + scale.span)
    left = scale.left(start)
    width = scale.left(end) - left
    label = f"Week {week + 1}" if per_band == 1 else f"Weeks {week + 1}–{week + per_band}"
    return Band(
        left=round(left, 3),
        width=round(width, 3),
        # Narrow bands (long sequences) drop the date, then the label, rather than overlap.
        label=label if width >= 4.5 else "",
        date=f"{start.day} {start:%b}" if width >= 7.5 else "",
        shaded=shaded,
    )
