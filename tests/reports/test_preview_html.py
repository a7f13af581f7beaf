"""The HTML preview page: what a recruiter sees when they open it, and that it is safe to open.

Pages are built from real previews (`sequencer.reports.preview.preview()` on the shipped
sequence and example candidates); a preview is edited by hand only for what the shipped data
never produces.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from datetime import datetime, timedelta
from html.parser import HTMLParser
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from helpers.project import ROOT

from sequencer.people.candidate import Candidate
from sequencer.people.candidates import find_candidate
from sequencer.reports.preview import preview
from sequencer.reports.preview_html import render_html
from sequencer.reports.preview_timeline import MARKER_GAP, Stop, nudge, stagger, timeline
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence

CANDIDATES = ROOT / "examples" / "candidates.csv"
START = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("America/New_York"))
# Late enough that the final notice would land too close to the role's decision deadline.
LATE_START = datetime(2027, 1, 4, 9, 0, tzinfo=ZoneInfo("America/New_York"))
HOSTILE = "<script>alert(1)</script>"
DAY_ZERO = datetime(2026, 11, 23, tzinfo=ZoneInfo("UTC"))
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}


def person(email: str) -> Candidate:
    return find_candidate(CANDIDATES, email)


def passive(candidate: Candidate, start: datetime = START) -> dict[str, Any]:
    library = TemplateLibrary(ROOT / "templates" / "messages")
    sequence, _ = load_sequence(ROOT / "sequences" / "passive-candidate.yaml", library)
    return preview(sequence, candidate, start, library)


class Page(HTMLParser):
    """Every element of a rendered page with its attributes, and the text inside each tag."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: dict[str, list[str]] = {}
        self._open: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))
        if tag not in VOID_TAGS:  # no end tag will close them
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        for tag in self._open:
            self.text.setdefault(tag, []).append(data)

    def with_class(self, name: str) -> list[dict[str, str]]:
        return [attrs for _, attrs in self.elements if name in attrs.get("class", "").split()]

    def markers(self) -> list[dict[str, str]]:
        """The timeline markers (the legend's samples have no step)."""
        return [attrs for attrs in self.with_class("mk") if "data-step" in attrs]

    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.elements if "id" in attrs}


def left(marker: dict[str, str]) -> float:
    return float(marker["data-left"])


# ── escaping ────────────────────────────────────────────────────────────────────────────────


def test_markup_in_a_name_and_a_message_is_shown_as_text_never_run() -> None:
    alex = replace(person("alex.rivera@example.com"), first_name=HOSTILE)
    view = passive(alex)
    view["steps"][0]["body"] += "\n\nP.S. " + HOSTILE
    page = render_html([view], "Preview")

    assert "<script" not in page.lower()
    parsed = Page(page)
    assert f"{HOSTILE} Rivera" in parsed.text["h2"]  # the heading shows the name literally
    bodies = "".join(parsed.text["pre"])
    assert f"Hi {HOSTILE}," in bodies and f"P.S. {HOSTILE}" in bodies
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3


# ── the timeline strip ──────────────────────────────────────────────────────────────────────


def test_markers_run_left_to_right_in_send_order_spaced_by_time() -> None:
    view = passive(person("priya.raman@example.com"))
    markers = Page(render_html([view], "Preview")).markers()

    assert [m["data-step"] for m in markers] == [step["id"] for step in view["steps"]]
    lefts = [left(m) for m in markers]
    assert lefts == sorted(lefts) and len(set(lefts)) == len(lefts)
    # Distance on the strip is proportional to time: the axis runs from midnight of the
    # enrollment day to the end of the last touch's day.
    start = datetime.fromisoformat(view["start"])
    origin = start.replace(hour=0, minute=0)
    times = [datetime.fromisoformat(step["send_at"]) for step in view["steps"]]
    span = times[-1].replace(hour=0, minute=0) + timedelta(days=1) - origin
    for marker_left, time in zip(lefts, times, strict=True):
        assert marker_left == pytest.approx(100 * ((time - origin) / span), abs=0.01)


def test_a_skipped_step_shows_why_with_a_struck_hollow_marker_after_the_last_touch() -> None:
    view = passive(person("alex.rivera@example.com"), LATE_START)
    reason = view["steps"][-1]["skipped"]
    assert reason and "deadline" in reason  # the shipped data really skips the final notice
    page = Page(render_html([view], "Preview"))
    *sent, skipped = page.markers()

    assert "skipped" in skipped["class"].split()  # hollow, crossed-out marker
    assert all("skipped" not in m["class"].split() for m in sent)
    assert skipped["title"] == f"final-notice — skipped: {reason}"
    label = next(a for a in page.with_class("mk-label") if a["href"] == skipped["href"])
    assert "skipped" in label["class"].split()  # struck-through step name under it
    assert max(left(m) for m in sent) < left(skipped) < 100
    assert reason in "".join(page.text["div"])  # and spelled out on the step's card


def crowded(view: dict[str, Any], day: str, hours: list[int]) -> dict[str, Any]:
    """`view` with its touches moved to these hours of one day: the shipped sequences never send
    hours apart, a sequence with short waits does."""
    view = copy.deepcopy(view)
    zone = ZoneInfo(view["candidate"]["timezone"])
    for step, hour in zip(view["steps"], hours, strict=True):
        moment = datetime.fromisoformat(f"{day}T{hour:02}:00").replace(tzinfo=zone)
        step["send_at"] = moment.isoformat()
        step["local_time"] = f"{moment:%a %d %b %Y %H:%M %Z}"
    return view


def test_touches_hours_apart_stay_visible_and_clickable_under_one_shared_label() -> None:
    view = crowded(passive(person("priya.raman@example.com")), "2026-11-24", [9, 10, 11, 12])
    page = Page(render_html([view], "Preview"))
    markers = page.markers()

    lefts = [left(m) for m in markers]
    assert [m["data-step"] for m in markers] == [step["id"] for step in view["steps"]]
    assert all(b - a >= MARKER_GAP - 0.001 for a, b in pairwise(lefts))  # none hidden
    assert len({m["href"] for m in markers}) == 4  # each still opens its own card
    (label,) = page.with_class("mk-label")
    assert "crowded" in label["class"].split()
    assert "4 steps" in page.text["b"]
    assert label["title"].splitlines() == [m["title"] for m in markers]  # every step listed


def test_labels_at_the_ends_of_the_strip_start_and_end_at_their_marker() -> None:
    page = Page(render_html([passive(person("alex.rivera@example.com"))], "Preview"))
    labels = page.with_class("mk-label")

    assert [a["class"].split()[1] for a in labels] == ["start", "center", "center", "end"]
    assert [a["data-left"] for a in labels] == [m["data-left"] for m in page.markers()]


# ── several previews on one page ────────────────────────────────────────────────────────────


def test_several_previews_get_an_overview_whose_links_reach_each_section() -> None:
    emails = ["alex.rivera@example.com", "priya.raman@example.com", "liam.oconnor@example.com"]
    people = [person(email) for email in emails]
    # The same person twice (e.g. in two sequences) still gets two distinct sections.
    page = Page(render_html([*map(passive, people), passive(people[0], LATE_START)], "Preview"))

    sections = [a["id"] for a in page.with_class("preview")]
    assert len(sections) == 4 and len(set(sections)) == 4
    overview_links = [attrs["href"] for tag, attrs in page.elements if tag == "a"][: len(sections)]
    assert overview_links == [f"#{section}" for section in sections]
    names = [text for text in page.text["td"] if text in {p.full_name for p in people}]
    assert names == ["Alex Rivera", "Priya Raman", "Liam O'Connor", "Alex Rivera"]
    internal = {a["href"][1:] for _, a in page.elements if a.get("href", "").startswith("#")}
    assert internal <= page.ids()  # every marker, overview row and back link lands somewhere


def test_the_overview_shows_first_and_last_send_on_one_line_with_the_year_on_hover() -> None:
    views = [passive(person(e)) for e in ("alex.rivera@example.com", "priya.raman@example.com")]
    page = Page(render_html(views, "Preview"))

    first, last, *_ = page.with_class("time")
    assert (first["title"], last["title"]) == (
        views[0]["steps"][0]["local_time"],
        views[0]["steps"][-1]["local_time"],
    )
    shown = first["title"].split()
    assert shown[3] == "2026" and " ".join(shown[:3] + shown[4:]) in page.text["td"]


def test_a_single_preview_has_no_overview() -> None:
    page = Page(render_html([passive(person("alex.rivera@example.com"))], "Preview"))
    assert not page.with_class("overview")


# ── offline and safe to open ────────────────────────────────────────────────────────────────


def test_the_page_loads_nothing_from_the_network() -> None:
    people = [person("alex.rivera@example.com"), person("priya.raman@example.com")]
    html = render_html([passive(p) for p in people], "Preview")
    page = Page(html)

    urls = [value for _, a in page.elements for k, value in a.items() if k in {"src", "href"}]
    urls += re.findall(r"url\(\s*['\"]?([^'\")]*)", html) + re.findall(r"@import\s+(\S+)", html)
    remote = {url for url in urls if re.match(r"\s*(https?:)?//", url, re.I)}
    profiles = {p.linkedin_url for p in people}
    assert remote and remote <= profiles  # only the LinkedIn profiles the messages go to
    assert {"script", "link", "img", "iframe", "object", "embed"}.isdisjoint(
        tag for tag, _ in page.elements
    )


def test_an_html_alternative_is_mentioned_not_rendered() -> None:
    view = passive(person("alex.rivera@example.com"))
    plain = render_html([view], "Preview")
    with_html = copy.deepcopy(view)
    with_html["steps"][0]["html"] = '<p>Hi <b>Alex</b></p><img src="https://t.example/p.gif">'
    html = render_html([with_html], "Preview")

    assert "HTML version included" not in plain
    page = Page(html)
    notes = page.with_class("html-note")
    assert len(notes) == 1
    assert "HTML version included" in page.text["p"]
    assert "<b>Alex</b>" not in html and "t.example" not in html


# ── timeline geometry ───────────────────────────────────────────────────────────────────────


def _stops(*days: float | None) -> list[Stop]:
    """Steps sent at 10:00 UTC this many days after 23 Nov 2026 (None: skipped)."""

    def at(day: float | None) -> datetime | None:
        return None if day is None else DAY_ZERO + timedelta(days=day, hours=10)

    return [Stop(f"s{i}", "email", at(day), f"s{i} tooltip", f"a{i}") for i, day in enumerate(days)]


def test_the_axis_runs_from_midnight_of_the_start_day_to_the_end_of_the_last_touch_day() -> None:
    strip = timeline(DAY_ZERO + timedelta(hours=9), _stops(0, 7))  # 8 days on the axis
    assert [m.left for m in strip.markers] == [
        pytest.approx(100 * (10 / 24) / 8, abs=0.001),
        pytest.approx(100 * (7 + 10 / 24) / 8, abs=0.001),
    ]
    assert (strip.start_label, strip.end_label) == ("Mon 23 Nov", "Mon 30 Nov")


def test_touches_hours_apart_get_distinct_markers_in_order_and_one_shared_label() -> None:
    strip = timeline(DAY_ZERO, _stops(1, 1.2, 1.5, 2, 30))
    lefts = [m.left for m in strip.markers]

    assert all(b - a >= MARKER_GAP - 0.001 for a, b in pairwise(lefts))
    crowd, alone = strip.labels
    assert (crowd.text, crowd.date) == ("4 steps", "Tue 24 Nov – Wed 25 Nov")
    assert crowd.title.splitlines() == ["s0 tooltip", "s1 tooltip", "s2 tooltip", "s3 tooltip"]
    assert crowd.anchor == "a0" and (crowd.low, crowd.high) == (lefts[0], lefts[3])
    assert (alone.text, alone.date, alone.left) == ("s4", "Wed 23 Dec", lefts[4])


def test_three_close_touches_keep_their_own_labels_on_separate_rows() -> None:
    strip = timeline(DAY_ZERO, _stops(1, 1.2, 1.5, 30))
    assert [label.text for label in strip.labels] == ["s0", "s1", "s2", "s3"]
    assert [label.row for label in strip.labels] == [0, 1, 2, 0]


def test_a_crowd_spreads_around_its_real_time_and_stays_on_the_strip() -> None:
    assert nudge([50.0, 50.0, 50.0], 2.0) == pytest.approx([48.0, 50.0, 52.0])
    assert nudge([0.0, 0.0, 0.5], 2.0) == pytest.approx([0.0, 2.0, 4.0])
    assert nudge([99.0, 100.0, 100.0], 2.0) == pytest.approx([96.0, 98.0, 100.0])
    assert nudge([10.0, 11.0, 40.0], 2.0) == pytest.approx([9.5, 11.5, 40.0])  # 40 keeps its place


def test_labels_at_the_ends_line_up_with_their_marker_instead_of_running_off() -> None:
    strip = timeline(DAY_ZERO, _stops(0, 10, 20))
    assert [label.align for label in strip.labels] == ["start", "center", "end"]
    first, middle, last = strip.labels
    assert first.extent[0] < strip.markers[0].left < first.extent[1]  # starts just before it
    assert last.extent[0] < strip.markers[2].left < last.extent[1]
    assert middle.extent[0] + middle.extent[1] == pytest.approx(2 * strip.markers[1].left)


def test_labels_that_would_overlap_go_on_different_rows() -> None:
    assert stagger([(0, 10), (5, 15), (8, 18), (20, 30)]) == [0, 1, 2, 0]
    # Rows run out: the fourth crowded label goes where the last label ends first.
    assert stagger([(0, 10), (1, 11), (2, 12), (3, 13)]) == [0, 1, 2, 0]
    assert stagger([(0, 10), (10, 20), (20, 30)]) == [0, 0, 0]  # touching is not overlapping


def test_a_skipped_step_between_touches_sits_between_them() -> None:
    strip = timeline(DAY_ZERO, _stops(1, None, 7))
    first, skipped, last = (m.left for m in strip.markers)
    assert first < skipped < last < strip.axis_width == 100
    assert [label.date for label in strip.labels] == ["Tue 24 Nov", "skipped", "Mon 30 Nov"]
    assert strip.labels[1].skipped


def test_trailing_skips_go_in_a_gutter_past_the_last_touch() -> None:
    strip = timeline(DAY_ZERO, _stops(2, 9, None, None))
    lefts = [m.left for m in strip.markers]
    assert strip.axis_width == 80  # a tenth of the strip per skipped step
    assert lefts[1] < strip.axis_width < lefts[2] < lefts[3] < 100
    assert strip.end_label == "Wed 2 Dec"  # the last touch sent, not the skipped steps
    assert timeline(DAY_ZERO, _stops(2, None)).axis_width == 90


def test_nothing_sent_spreads_the_skipped_steps_over_the_strip() -> None:
    strip = timeline(DAY_ZERO, _stops(None, None, None))
    assert strip.axis_width == 0 and strip.end_label == ""
    assert [m.left for m in strip.markers] == [25, 50, 75]


def test_crowded_touches_make_the_strip_taller() -> None:
    roomy = timeline(DAY_ZERO, _stops(1, 10, 20))
    crowded = timeline(DAY_ZERO, _stops(1, 1, 1, 20))
    assert [label.row for label in crowded.labels] == [0, 1, 2, 0]
    assert crowded.height > roomy.height


def test_week_bands_label_each_week_and_abbreviate_a_narrow_one() -> None:
    short = timeline(DAY_ZERO, _stops(1, 8, 16))
    assert [band.label for band in short.bands] == ["Week 1", "Week 2", "Week 3"]
    assert [band.shaded for band in short.bands] == [False, True, False]
    assert short.bands[1].date == "30 Nov"
    # Three weeks and a day: the last band is a sliver with room for "W4" only.
    assert [band.label for band in timeline(DAY_ZERO, _stops(1, 21)).bands][-1] == "W4"


def test_long_sequences_group_weeks_into_at_most_nine_bands() -> None:
    bands = timeline(DAY_ZERO, _stops(1, 140)).bands  # 141 days: 21 weeks, three per band
    assert [band.label for band in bands] == [
        "Weeks 1–3",
        "Weeks 4–6",
        "Weeks 7–9",
        "Weeks 10–12",
        "Weeks 13–15",
        "Weeks 16–18",
        "W19–21",  # two weeks and a day: too narrow for "Weeks 19–21"
    ]
    year = [band.label for band in timeline(DAY_ZERO, _stops(1, 400)).bands]
    assert len(year) == 9 and year[0] == "W1–7"  # too narrow for "Weeks 1–7"...
    assert not any(label.startswith("Weeks") for label in year)  # ...so no band mixes styles
    assert sum(band.width for band in bands) == pytest.approx(100, abs=0.01)
