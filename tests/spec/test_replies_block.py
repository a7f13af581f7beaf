"""The `replies:` block of a sequence file: how sure a reading must be to apply at once, and how
long a "not now" without a date holds them. Mistakes are one line each, at their place."""

from __future__ import annotations

from helpers.project import Project

from sequencer.spec.timetext import Unit, Wait
from sequencer.spec.validate import check_file, load_sequence

EMAIL = """{% block subject %}Hello{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}
"""
STEPS = "steps:\n  - {id: a, channel: email, template: t/email}\n"


def test_by_default_no_reading_applies_by_itself(project: Project) -> None:
    project.template("t/email", EMAIL)
    sequence, _ = load_sequence(project.sequence("s", STEPS), project.library)
    assert sequence.replies.auto_apply is None
    assert sequence.replies.not_now_wait == Wait(3, 3, Unit.MONTHS)


def test_a_threshold_and_a_wait(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence("s", STEPS + "replies: {auto_apply: 0.9, not_now_wait: 6 weeks}\n")
    sequence, _ = load_sequence(path, project.library)
    assert sequence.replies.auto_apply == 0.9
    assert sequence.replies.not_now_wait == Wait(6, 6, Unit.WEEKS)


def test_mistakes_are_one_line_each_at_their_place(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence(
        "s", STEPS + "replies:\n  auto_apply: 90\n  not_now_wait: 3 moons\n  autoapply: 1\n"
    )
    lines = [str(d) for d in check_file(path, project.library).diagnostics]
    assert f"{path}:4:15: auto_apply: must be at most 1" in lines
    assert any(
        line.startswith(f"{path}:5:17:") and 'unknown unit "moons"' in line for line in lines
    )
    assert any(
        line.startswith(f"{path}:6:3: unknown key 'autoapply' (did you mean 'auto_apply'?)")
        for line in lines
    )
