"""`validate`: every mistake in a file, each at its own line and column, with a hint."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from helpers.project import ROOT, Project

from sequencer.errors import SequenceError
from sequencer.spec.schema import schema_text
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import check_file, load_sequence, sequence_files

EMAIL = """
{% block subject %}A role for {{ candidate.first_name | default("you") }}{% endblock %}
{% block body %}
Hi {{ candidate.first_name | default("there") }}, if the timing isn't right, no worries.
{% endblock %}
"""

MANY_MISTAKES = """
name: broken
timezone: America/New_Yrok
send_window:
  - Tue-Thu 09:00-11:30
steps:
  - id: initial
    channel: email
    template: t/email
  - id: follow-up
    wiat: 3-5 business days
    channel: emial
    template: t/email
  - id: initial
    wait: 3-5 buisness days
    channel: email
    template: t/mising
  - id: final
    channel: email
    template: t/email
    deadline:
      from: role.decision_deadline
"""


def errors(report_lines: list[str]) -> list[str]:
    return [line for line in report_lines if ": warning: " not in line]


def lines_of(project: Project, path: Path) -> list[str]:
    return [str(d) for d in check_file(path, project.library).diagnostics]


def test_a_file_with_several_mistakes_reports_each_at_its_line_and_column(
    project: Project,
) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence("broken", MANY_MISTAKES)
    found = errors(lines_of(project, path))
    expected = [
        (2, 11, "unknown time zone 'America/New_Yrok' (did you mean 'America/New_York'?)"),
        (10, 5, "unknown key 'wiat' (did you mean 'wait'?)"),
        (11, 14, "unknown channel 'emial' (did you mean 'email'?)"),
        (13, 9, "step id 'initial' is used twice (first on line 6)"),
        (14, 11, '"buisness days" (did you mean "business days"?)'),
        (16, 15, "template 't/mising' not found"),
        (21, 13, "deadline source 'role.decision_deadline' does not exist"),
    ]
    assert len(found) == len(expected), "\n".join(found)
    for line, (row, column, text) in zip(found, expected, strict=True):
        assert line.startswith(f"{path}:{row}:{column}: "), line
        assert text in line


def test_a_valid_file_has_no_diagnostics(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence(
        "fine",
        """
        role: {title: Staff Engineer}
        steps:
          - {id: initial, channel: email, template: t/email}
        """,
    )
    report = check_file(path, project.library)
    assert report.ok and report.diagnostics == []
    assert report.sequence is not None and report.sequence.name == "fine"


def test_yaml_syntax_error_points_at_the_problem_and_says_how_to_fix_it(
    project: Project,
) -> None:
    path = project.sequence("bad", "name: x\nsteps:\n  - id: a\n   channel: email\n")
    [line] = lines_of(project, path)
    assert line.startswith(f"{path}:4:")
    assert "not valid YAML" in line and "indentation" in line


def test_duplicate_keys_are_errors_not_silently_overwritten(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence(
        "dup",
        """
        timezone: Europe/Berlin
        steps:
          - {id: a, channel: email, template: t/email}
        timezone: Europe/Paris
        """,
    )
    [line] = errors(lines_of(project, path))
    assert line.startswith(f"{path}:4:1: 'timezone' appears twice (first on line 1)")


def test_norway_stays_a_country_code(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence(
        "no", "holidays: [NO]\nsteps:\n  - {id: a, channel: email, template: t/email}\n"
    )
    report = check_file(path, project.library)
    assert report.ok, report.diagnostics
    assert report.sequence is not None and report.sequence.holidays == ["NO"]


def test_template_mistakes_point_into_the_template(project: Project) -> None:
    template = project.template(
        "t/bad",
        """
        {% block subject %}Hello{% endblock %}
        {% block body %}
        Hi {{ candidate.frist_name }} and {{ role.titel }}.
        {% endblock %}
        {% block subjcet %}x{% endblock %}
        """,
    )
    path = project.sequence(
        "s",
        """
        role: {title: Staff Engineer}
        steps:
          - {id: a, channel: email, template: t/bad}
        """,
    )
    found = errors(lines_of(project, path))
    assert f"{template}:3:7: unknown variable 'candidate.frist_name'" in found[0]
    assert "did you mean 'candidate.first_name'" in found[0]
    assert f"{template}:3:38: unknown variable 'role.titel'" in found[1]
    assert f"{template}:5:4: unknown block 'subjcet' (did you mean 'subject'?)" in found[2]


def test_template_syntax_error_names_the_template_line(project: Project) -> None:
    template = project.template(
        "t/broken", "{% block body %}\nHi {{ candidate.first_name \n{% endblock %}\n"
    )
    path = project.sequence("s", "steps:\n  - {id: a, channel: sms, template: t/broken}\n")
    found = errors(lines_of(project, path))
    assert len(found) == 1 and found[0].startswith(f"{template}:")
    assert "template syntax error" in found[0]


def test_a_channel_needs_its_blocks_and_a_fallback_needs_its_own(project: Project) -> None:
    project.template("t/li", "{% block body %}Hi, no worries if not.{% endblock %}")
    path = project.sequence(
        "s", "steps:\n  - {id: a, channel: linkedin, fallback: email, template: t/li}\n"
    )
    [line] = errors(lines_of(project, path))
    assert f"{path}:2:59:" in line and "has no {% block subject %}" in line


def test_threads_must_name_an_earlier_email_step(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence(
        "s",
        """
        steps:
          - {id: a, channel: email, template: t/email, thread: b}
          - {id: b, channel: email, template: t/email}
        """,
    )
    [line] = errors(lines_of(project, path))
    assert f"{path}:2:56: thread 'b' is not an earlier email step" in line


def test_warnings_do_not_fail_validation(project: Project) -> None:
    project.template(
        "t/sms",
        "{% block body %}ACT NOW!!! " + "word " * 80 + "{% endblock %}",
    )
    path = project.sequence(
        "s",
        """
        quiet_hours: 07:00-22:00
        steps:
          - {id: a, channel: sms, template: t/sms}
        """,
    )
    report = check_file(path, project.library)
    warnings = [d.message for d in report.diagnostics]
    assert report.ok
    assert any("wider than the law allows" in w and "08:00-21:00" in w for w in warnings)
    assert any("SMS segments" in w for w in warnings)
    assert any("opt out" in w for w in warnings)
    assert any("no easy way out" in w for w in warnings)
    assert any("act now" in w.lower() for w in warnings)


def test_load_sequence_raises_with_every_error(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence("broken", MANY_MISTAKES)
    with pytest.raises(SequenceError) as caught:
        load_sequence(path, project.library)
    assert len(caught.value.diagnostics) == 7


def test_outcomes_must_point_at_an_existing_sequence(project: Project) -> None:
    project.template("t/email", EMAIL)
    project.sequence(
        "nurture-quarterly", "steps:\n  - {id: a, channel: email, template: t/email}\n"
    )
    path = project.sequence(
        "s",
        """
        steps:
          - {id: a, channel: email, template: t/email}
        outcomes:
          no_answer: {move_to: nurture-quartely}
          hired: stopp
        """,
    )
    found = errors(lines_of(project, path))
    assert "did you mean 'nurture-quarterly'" in found[0] and f"{path}:4:24:" in found[0]
    assert f"{path}:5:10: outcome hired: write stop" in found[1]


# --- what ships ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", list(sequence_files([ROOT / "sequences"])), ids=lambda p: p.stem)
def test_shipped_sequences_are_valid_and_clean(
    path: Path, shipped_library: TemplateLibrary
) -> None:
    report = check_file(path, shipped_library)
    assert report.ok
    assert report.diagnostics == [], "\n".join(map(str, report.diagnostics))


def test_published_schema_is_current() -> None:
    published = (ROOT / "schema" / "sequence.schema.json").read_text(encoding="utf-8")
    assert published == schema_text(), "run: sequencer schema -o schema/sequence.schema.json"


def test_shipped_sequences_point_editors_at_the_schema_and_pass_it() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    for path in sequence_files([ROOT / "sequences"]):
        text = path.read_text(encoding="utf-8")
        assert text.splitlines()[0] == (
            "# yaml-language-server: $schema=../schema/sequence.schema.json"
        )
        data = json.loads(json.dumps(yaml.safe_load(text), default=str))
        assert list(validator.iter_errors(data)) == [], path


def test_the_schema_catches_what_an_editor_should_underline() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    data = {"steps": [{"id": "a", "channel": "fax", "template": "t", "wiat": "3 days"}]}
    problems = {e.validator for e in validator.iter_errors(data)}
    assert {"enum", "additionalProperties"} <= problems


# --- odd shapes a hand-edited file takes: a clear line each, never a traceback ----------------


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("timezone:\n", "1:10: timezone: write a time zone name"),
        ("timezone: [a]\n", "1:11: timezone: write a time zone name"),
        ("max_touches: true\n", "1:14: max_touches: write a whole number"),
        ("holidays:\n  - US\n  - XX\n  - GB-ZZZ\n", "3:5: holidays: cannot read holiday calendar"),
        ("send_window:\n  - Mon 9am-1pm\n", "2:5: send_window: cannot read hours"),
        ("quiet_hours: 21:30-23:00\n", "1:14: quiet_hours 21:30-23:00 lie outside 08:00-21:00"),
        ("sender: {timezone: America/Los_Angels}\n", "1:20: sender timezone: unknown time zone"),
        ("role: {decision_deadline: next friday}\n", "is 'next friday', not a date"),
        (
            "outcomes:\n  no_answer: {move_to: s, after: 2 weaks}\n",
            '2:34: after: cannot read wait "2 weaks"',
        ),
        ("outcomes:\n  no_answer: pause\n", "2:14: outcome no_answer: write stop"),
    ],
)
def test_odd_values_get_one_clear_line(project: Project, yaml_text: str, expected: str) -> None:
    project.template("t/email", EMAIL)
    steps = "steps:\n  - {id: a, channel: email, template: t/email}\n"
    if "role:" in yaml_text:
        steps = steps.replace("}", ", deadline: {from: role.decision_deadline}}")
    path = project.sequence("s", yaml_text + steps)
    found = errors(lines_of(project, path))
    assert any(expected in line for line in found), "\n".join(found)


def test_a_second_bad_list_item_is_reported_too(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence(
        "s", "holidays: [US, XX, GB-ZZZ]\nsteps:\n  - {id: a, channel: email, template: t/email}\n"
    )
    found = errors(lines_of(project, path))
    assert [line.split(": ", 1)[0].rsplit(":", 2)[1:] for line in found] == [
        ["1", "16"],
        ["1", "20"],
    ]


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("- initial", "write this as keys and values"),
        ("- {id: first step, channel: email, template: t/email}", "no spaces"),
        ("- {id: a, channel: [email], template: t/email}", "channel"),
        ("- {id: a, channel: email, template: t/email, fallback: {a: 1}}", "fallback"),
        ("- {id: a, channel: email, template: t/email, thread: [a]}", "thread"),
    ],
)
def test_odd_step_shapes_never_crash(project: Project, step: str, expected: str) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence("s", f"steps:\n  {step}\n")
    found = errors(lines_of(project, path))
    assert found and any(expected in line for line in found), "\n".join(found)


def test_a_file_that_is_not_utf8_says_so(project: Project) -> None:
    path = project.sequences / "latin1.yaml"
    path.write_bytes("name: caf\xe9\n".encode("latin-1"))
    [line] = lines_of(project, path)
    assert "not UTF-8" in line and "save the file as UTF-8" in line


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("{{ 1 / 0 }}", "division by zero"),
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
            "loops more than",
        ),
    ],
)
def test_a_template_that_fails_or_runs_away_is_an_error(
    project: Project, body: str, expected: str
) -> None:
    project.template("t/bad", "{% block body %}\n" + body + "\n{% endblock %}")
    path = project.sequence("s", "steps:\n  - {id: a, channel: linkedin, template: t/bad}\n")
    [line] = errors(lines_of(project, path))
    assert ":2:1: cannot render with a sample candidate: " in line and expected in line


def test_keys_merged_from_an_anchor_may_be_overridden(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence(
        "s",
        """
        base: &base {channel: email, template: t/email, wait: 1 day}
        steps:
          - {<<: *base, id: a}
          - {<<: *base, id: b, wait: 3 days}
        """.replace("base: &base", "x-base: &base"),
    )
    found = errors(lines_of(project, path))
    assert not any("appears twice" in line for line in found), found


def test_reply_and_opt_out_always_stop_a_sequence(project: Project) -> None:
    project.template("t/email", EMAIL)
    path = project.sequence(
        "s", "stop_on: [bounce]\nsteps:\n  - {id: a, channel: email, template: t/email}\n"
    )
    sequence, _ = load_sequence(path, project.library)
    assert {str(event) for event in sequence.stops_on} == {"reply", "opt_out", "bounce"}
