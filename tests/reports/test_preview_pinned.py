"""Preview output pinned byte for byte, so that speed work (issue 17) cannot change a single
character a recruiter sees. Written from the code before the preview was made faster.

Every shipped sequence, three start times (an ordinary week, the week before Christmas, the
weeks the clocks change), with and without signed links, each preview as `--format json` and
`--format text`. Three example candidates (New York with texts and calls allowed, Los Angeles
preferring texts, London preferring LinkedIn) are kept in full in `preview_pinned.txt`, so a
difference shows where it is; all ten example candidates are pinned by a SHA-256 of the same
output. A deliberate change to what a preview says regenerates both, and the diff is reviewed:
`.venv/bin/python tests/reports/test_preview_pinned.py --write`.
"""

from __future__ import annotations

import hashlib
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sequencer.engine.links import Links
from sequencer.people.candidate import Candidate
from sequencer.people.candidates import read_candidates, read_rows
from sequencer.reports.preview import preview, preview_many, render_views
from sequencer.spec.content import Content
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence

ROOT = Path(__file__).resolve().parents[2]
PINNED = Path(__file__).with_name("preview_pinned.txt")
IN_FULL = ("alex.rivera@example.com", "jordan.lee@example.net", "oliver.hughes@example.org")
STARTS = [
    datetime(2026, 11, 23, 8, 0, tzinfo=ZoneInfo("America/New_York")),
    datetime(2026, 12, 21, 23, 30, tzinfo=UTC),  # holidays inside the first weeks
    datetime(2027, 3, 11, 16, 45, tzinfo=UTC),  # US clocks change on 14 March, EU on the 28th
]
LINKS = Links("https://jobs.example", "pinned-secret", "reply.jobs.example")


def previews(only: tuple[str, ...] | None = None) -> str:
    """The previews of the matrix above, one after another (`only`: these candidates)."""
    library = TemplateLibrary(ROOT / "templates" / "messages", content=Content(ROOT / "content"))
    people = list(read_candidates(ROOT / "examples" / "candidates.csv"))
    parts: list[str] = []
    for path in sorted((ROOT / "sequences").glob("*.yaml")):
        sequence, _ = load_sequence(path, library)
        for number, start in enumerate(STARTS):
            links = LINKS if number % 2 == 0 else None
            for person in people:
                assert isinstance(person, Candidate), person
                if only and person.email not in only:
                    continue
                views = [preview(sequence, person, start, library, links)]
                parts.append(
                    f"=== {path.stem} | {start.isoformat()} | {person.key} | {bool(links)}"
                )
                parts.append(render_views(views, "json", single=True))
                parts.append(render_views(views, "text", single=True))
    # A preview names its sequence file by its full path: the checkout's, wherever it is.
    return ("\n".join(parts) + "\n").replace(str(ROOT), "<checkout>")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_three_candidates_previews_are_exactly_as_pinned() -> None:
    expected = PINNED.read_text(encoding="utf-8").split("\n", 1)[1]
    actual = previews(IN_FULL)
    if actual != expected:  # the first preview that differs, not the whole file
        for ours, pinned in zip(actual.split("\n=== "), expected.split("\n=== "), strict=False):
            assert ours == pinned
    assert actual == expected


def test_every_example_candidates_previews_are_as_pinned() -> None:
    everyone = PINNED.read_text(encoding="utf-8").split("\n", 1)[0].removeprefix("sha256 ")
    assert digest(previews()) == everyone


def test_previews_of_a_whole_file_are_the_ones_pinned() -> None:
    # `sequencer preview --candidates FILE` goes through preview_many, which reads the content
    # files once per batch of people rather than once per message: the same views.
    library = TemplateLibrary(ROOT / "templates" / "messages", content=Content(ROOT / "content"))
    csv = ROOT / "examples" / "candidates.csv"
    people = [p for p in read_candidates(csv) if isinstance(p, Candidate)]
    for path in sorted((ROOT / "sequences").glob("*.yaml")):
        sequence, _ = load_sequence(path, library)
        each = [preview(sequence, person, STARTS[0], library, LINKS) for person in people]
        many = [
            view for _, view in preview_many(sequence, read_rows(csv), STARTS[0], library, LINKS)
        ]
        assert many == each


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    PINNED.write_text(f"sha256 {digest(previews())}\n{previews(IN_FULL)}", encoding="utf-8")
