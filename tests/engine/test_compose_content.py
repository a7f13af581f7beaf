"""Content files are looked at only for messages whose templates can read them: the folder is
read again for every message that may (`Content.scope`), and for no other (issue 17: the
daemon looked at every file of it for each message it sent)."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sequencer.engine.compose import compose
from sequencer.engine.plan import plan_step
from sequencer.people.candidate import Candidate
from sequencer.spec.content import Content
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import Fields, TemplateLibrary
from sequencer.spec.validate import load_sequence

START = datetime(2026, 11, 23, 13, tzinfo=UTC)
ANN = Candidate(email="ann@example.com", first_name="Ann", timezone="America/New_York")
SEQUENCE = """
name: content-reads
timezone: America/New_York
send_window: ["Mon-Fri 08:00-18:00"]
role: {title: Staff Engineer, company: Acme}
sender: {name: Dana, email: dana@acme.example, postal_address: "1 Main St, Springfield"}
steps:
  - {id: initial, channel: email, template: t/initial}
  - {id: nudge, wait: 3 days, channel: email, thread: initial, template: t/nudge}
  - {id: plain, wait: 3 days, channel: email, template: t/plain}
"""
TEMPLATES = {
    # The subject reads content; a threaded follow-up whose thread never started takes it.
    "initial": "{% block subject %}News: {{ content.quarterly.headline }}{% endblock %}\n"
    "{% block body %}Hi {{ candidate.first_name }}, if it's not for you, say so.{% endblock %}\n",
    # Reads content only through the template it includes.
    "nudge": '{% block body %}{% include "t/note.j2" %} Not for you? Say so.{% endblock %}\n',
    "note": "{{ content.quarterly.note }}",
    "plain": "{% block subject %}Still hiring{% endblock %}\n"
    "{% block body %}Hi {{ candidate.first_name }}, if it's not for you, say so.{% endblock %}\n",
}


class Watched(Content):
    """The content folder, counting how often a message looked at its files."""

    looks = 0

    def scope(self) -> Fields:
        self.looks += 1
        return super().scope()


@pytest.fixture
def world(tmp_path: Path) -> tuple[Sequence, TemplateLibrary, Watched]:
    (tmp_path / "templates" / "t").mkdir(parents=True)
    for name, text in TEMPLATES.items():
        (tmp_path / "templates" / "t" / f"{name}.j2").write_text(text)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "quarterly.yaml").write_text(
        "headline: pay for on-call\nnote: on-call pay rose 12% this quarter\n"
    )
    content = Watched(tmp_path / "content")
    library = TemplateLibrary(tmp_path / "templates", content=content)
    (tmp_path / "content-reads.yaml").write_text(textwrap.dedent(SEQUENCE))
    sequence, _ = load_sequence(tmp_path / "content-reads.yaml", library)
    content.looks = 0  # validating it read them
    return sequence, library, content


def message(world: tuple[Sequence, TemplateLibrary, Watched], step: int) -> tuple[str, str]:
    sequence, library, _ = world
    touch = plan_step(sequence, ANN, sequence.steps[step], START, START, step)
    composed = compose(sequence, ANN, touch, library, {})
    return composed.subject or "", composed.body


def test_a_template_that_never_reads_content_leaves_the_folder_alone(
    world: tuple[Sequence, TemplateLibrary, Watched],
) -> None:
    subject, body = message(world, 2)
    assert (subject, body.splitlines()[0]) == (
        "Still hiring",
        "Hi Ann, if it's not for you, say so.",
    )
    assert world[2].looks == 0


def test_content_read_through_an_included_template_is_as_the_files_say_now(
    world: tuple[Sequence, TemplateLibrary, Watched],
) -> None:
    _, body = message(world, 1)
    assert body.startswith("on-call pay rose 12% this quarter Not for you?")
    (world[2].folder / "quarterly.yaml").write_text(  # type: ignore[operator]
        "headline: pay for on-call\nnote: on-call pay rose 15% this quarter, revised\n"
    )
    _, body = message(world, 1)
    assert body.startswith("on-call pay rose 15% this quarter, revised")


def test_a_follow_up_whose_thread_never_started_takes_its_subject_from_content(
    world: tuple[Sequence, TemplateLibrary, Watched],
) -> None:
    subject, _ = message(world, 1)
    assert subject == "News: pay for on-call"
    assert world[2].looks == 1
