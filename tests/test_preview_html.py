"""The HTML preview page: what a recruiter sees when they open it, and that it is safe to open.

Pages are built from real previews (`sequencer.preview.preview()` on the shipped sequence and
example candidates); a preview is edited by hand only for what the shipped data never produces.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from datetime import datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import ROOT

from sequencer.candidates import Candidate, find_candidate
from sequencer.preview import preview
from sequencer.preview_html import render_html
from sequencer.preview_timeline import LABEL_MIN_GAP, Stop, label_rows, stagger, timeline
from sequencer.templates import TemplateLibrary
from sequencer.validate import load_sequence

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
    # Distance on the strip is proportional to time since enrollment (the last touch at 100%).
    start = datetime.fromisoformat(view["start"])
    times = [datetime.fromisoformat(step["send_at"]) - start for step in view["steps"]]
    for marker_left, time in zip(lefts, times, strict=True):
        assert marker_left == pytest.approx(100 * (time / times[-1]), abs=0.01)


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


def test_labels_that_would_overlap_go_on_different_rows() -> None:
    assert stagger([10.0, 12.0, 14.0, 60.0]) == [0, 1, 2, 0]
    # Rows run out: the fourth crowded label goes where the nearest label is furthest away.
    assert stagger([10.0, 11.0, 12.0, 13.0]) == [0, 1, 2, 0]
    assert stagger([0.0, LABEL_MIN_GAP, 2 * LABEL_MIN_GAP]) == [0, 0, 0]  # far enough apart


def test_label_rows_follow_the_markers_whatever_their_order() -> None:
    # A skipped step can sit left of the touch listed before it in the sequence.
    assert label_rows([50.0, 10.0, 12.0]) == [0, 0, 1]


def _stops(*days: int | None) -> list[Stop]:
    """Steps sent at 10:00 UTC this many days after 23 Nov 2026 (None: skipped)."""

    def at(day: int | None) -> datetime | None:
        return None if day is None else DAY_ZERO + timedelta(days=day, hours=10)

    return [Stop(f"s{i}", "email", at(day), "", f"a{i}") for i, day in enumerate(days)]


def test_a_skipped_step_between_touches_sits_between_them() -> None:
    strip = timeline(DAY_ZERO, _stops(1, None, 7))
    first, skipped, last = (m.left for m in strip.markers)
    assert first < skipped < last == strip.axis_width == 100
    assert [m.stop.date for m in strip.markers] == ["Tue 24 Nov", "skipped", "Mon 30 Nov"]


def test_trailing_skips_go_in_a_gutter_past_the_last_touch() -> None:
    strip = timeline(DAY_ZERO, _stops(2, 9, None, None))
    lefts = [m.left for m in strip.markers]
    assert lefts[1] == strip.axis_width < lefts[2] < lefts[3] < 100
    assert strip.end_label == "Wed 2 Dec"  # the last touch sent, not the skipped steps


def test_nothing_sent_spreads_the_skipped_steps_over_the_strip() -> None:
    strip = timeline(DAY_ZERO, _stops(None, None, None))
    assert strip.axis_width == 0 and strip.end_label == ""
    assert [m.left for m in strip.markers] == [25, 50, 75]


def test_crowded_touches_make_the_strip_taller() -> None:
    roomy = timeline(DAY_ZERO, _stops(1, 10, 20))
    crowded = timeline(DAY_ZERO, _stops(1, 1, 1, 20))
    assert [m.row for m in crowded.markers] == [0, 1, 2, 0]
    assert crowded.height > roomy.height


def test_week_bands_label_each_week_and_group_weeks_on_long_sequences() -> None:
    short = timeline(DAY_ZERO, _stops(1, 8, 16))
    assert [band.label for band in short.bands] == ["Week 1", "Week 2", "Week 3"]
    assert [band.shaded for band in short.bands] == [False, True, False]
    half_year = timeline(DAY_ZERO, _stops(1, 180))
    assert len(half_year.bands) <= 12
    assert half_year.bands[0].label == "Weeks 1–3"
    assert sum(band.width for band in half_year.bands) == pytest.approx(100, abs=0.01)
