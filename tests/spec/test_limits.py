"""Bounds on what `validate` and a render will take on: a file nested or sized beyond any real
sequence is one located error, and a template cannot build a message of gigabytes."""

from __future__ import annotations

import time
import tracemalloc

import pytest
from helpers.project import Project

from sequencer.errors import RenderError
from sequencer.spec.channel import Channel
from sequencer.spec.templates import context
from sequencer.spec.validate import check_file

EMAIL = (
    "{% block subject %}Hello{% endblock %}\n"
    "{% block body %}Hi. If the timing isn't right, no worries.{% endblock %}\n"
)


def lines_of(project: Project, name: str, text: str) -> list[str]:
    path = project.sequence(name, text)
    return [str(d) for d in check_file(path, project.library).diagnostics if d.is_error]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("steps: " + "[" * 20_000, 1, 107),
        ("steps: " + "{a: " * 20_000, 1, 401),
        ("steps:\n" + "".join(" " * depth + "- \n" for depth in range(500)), 101, 100),
    ],
    ids=["flow sequences", "flow mappings", "block sequences"],
)
def test_deep_nesting_is_one_located_error(
    project: Project, text: str, line: int, column: int
) -> None:
    [found] = lines_of(project, "deep", text)
    assert found == (
        f"{project.sequences / 'deep.yaml'}:{line}:{column}: nested deeper than 100 levels: "
        "a sequence file needs a handful; check the brackets and the indentation"
    )


def test_a_file_over_a_megabyte_is_one_located_error(project: Project) -> None:
    text = "steps: []\n" + "# padding\n" * 150_000
    [found] = lines_of(project, "big", text)
    assert found == (
        f"{project.sequences / 'big.yaml'}:1:1: the file is 1.4 MB, and a sequence file may be "
        "at most 1 MB: check that this is the right file"
    )


def test_a_template_over_a_megabyte_is_one_located_error(project: Project) -> None:
    template = project.template("t/big", EMAIL + "{# " + "padding " * 150_000 + "#}\n")
    [found] = lines_of(project, "s", "steps:\n  - {id: a, channel: email, template: t/big}\n")
    assert found == (
        f"{template}:1:1: the file is 1.1 MB, and a template may be at most 1 MB: "
        "check that this is the right file"
    )


@pytest.mark.parametrize(
    "expression",
    [
        "{{ '(' * 20000 }}1{{ ')' * 20000 }}",
        "{{ " + "(" * 20_000 + "1" + ")" * 20_000 + " }}",
        "{{ " + "[" * 20_000 + "]" * 20_000 + " }}",
        "{% if 1 %}" * 2_000 + "{% endif %}" * 2_000,
    ],
    ids=["text", "parentheses", "lists", "ifs"],
)
def test_deep_nesting_in_a_template_is_one_located_error_or_renders(
    project: Project, expression: str
) -> None:
    project.template("t/deep", EMAIL.replace("Hello", expression))
    found = lines_of(project, "s", "steps:\n  - {id: a, channel: email, template: t/deep}\n")
    assert all(": " in line for line in found), found  # located, and no exception escaped


HUGE = [
    "{{ 'x' * 100000000 }}",
    "{{ 100000000 * 'x' }}",
    "{{ ['x'] * 100000000 }}",
    "{% for i in range(10000) %}{{ 'x' * 50 }}{% endfor %}",
    "{{ 'x' | center(100000000) }}",
    "{{ 'x'.center(100000000) }}",
    "{{ 'x'.zfill(100000000) }}",
    "{{ ('x' * 90000) | replace('', 'y' * 90000) }}",
    "{{ ('x' * 90000).replace('', 'y' * 90000) }}",
    "{{ range(10000) | join('x' * 90000) }}",
    "{{ ('x' * 90000).join(range(10000) | map('string')) }}",
    "{{ ('x' * 90000) | wordwrap(1, wrapstring='y' * 90000) }}",
    "{{ ('x\\n' * 45000) | indent(100000) }}",
    "{{ '%100000000d' % 1 }}",
    "{{ '%*d' % (100000000, 1) }}",
    "{{ '%100000000d' | format(1) }}",
    "{{ '{:>100000000}'.format(1) }}",
    "{{ 2 ** 100000000 }}",
    "{{ 99 ** (99 ** 99) }}",
    "{% set s = 'x' * 90000 %}{{ s ~ s ~ s ~ s ~ s }}",
    "{% set s = 'x' * 90000 %}{{ s + s + s + s + s }}",
    "{% set s = 'x' * 90000 %}{{ [s, s, s, s, s] }}",
    "{% set s = 'x' * 90000 %}{{ {'a': s, 'b': s} | string }}",
    "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s | length }}",
    "{% macro m(s, n) %}{{ m(s ~ s, n - 1) if n else s | length }}{% endmacro %}{{ m('x', 40) }}",
]


@pytest.mark.parametrize("expression", HUGE)
def test_a_template_cannot_build_a_message_over_100_kb(project: Project, expression: str) -> None:
    template = project.template("t/huge", EMAIL.replace("Hello", "Hello\n" + expression))
    variables = context({}, {}, {}, channel="email")
    tracemalloc.start()
    started = time.process_time()  # CPU: a busy machine must not fail it
    try:
        with pytest.raises(RenderError) as caught:
            project.library.get("t/huge").render(Channel.EMAIL, variables)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.process_time() - started < 2
    assert peak < 20_000_000, f"{peak:,} bytes"
    assert str(caught.value).startswith(f"{template}:2: ")
    assert "more than 100,000 characters" in str(caught.value)
    assert caught.value.template == template


def test_validate_reports_a_runaway_template(project: Project) -> None:
    template = project.template("t/huge", EMAIL.replace("Hello", "Hello\n{{ 'x' * 100000000 }}"))
    [found] = lines_of(project, "s", "steps:\n  - {id: a, channel: email, template: t/huge}\n")
    assert found.startswith(f"{template}:2:1: cannot render with a sample candidate: ")
    assert "more than 100,000 characters" in found


def test_long_but_plausible_messages_still_render(project: Project) -> None:
    project.template(
        "t/long",
        "{% block subject %}{{ '-' * 70 }}{% endblock %}{% block body %}"
        "{% for i in range(1000) %}{{ 'word ' * 10 }}{% endfor %}{{ '%5d' % 42 }}"
        "{{ 'x' | center(80) }}{{ 2 ** 64 }}{{ '{:,}'.format(250000) }}{% endblock %}",
    )
    message = project.library.get("t/long").render(Channel.EMAIL, context({}, {}, {}))
    assert len(message.body) > 50_000 and message.subject == "-" * 70


def test_aliases_that_expand_to_megabytes_are_one_located_error(
    project: Project,
) -> None:
    lines = ["role:", "  a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"  a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    [found] = lines_of(project, "laughs", "\n".join(lines) + "\nsteps: []\n")
    assert found == (
        f"{project.sequences / 'laughs.yaml'}:8:7: aliases (*name) make this more than 4 MB "
        "of text once expanded: a sequence file has a few kB; use fewer aliases"
    )


@pytest.mark.parametrize(
    "expression",
    [
        "{% macro m() %}{% for i in range(9000) %}{{ 'x' * 90000 }}{% endfor %}{% endmacro %}"
        "{{ m() | length }}",
        "{% filter length %}{% for i in range(9000) %}" + "x" * 90_000 + "{% endfor %}"
        "{% endfilter %}",
        "{% for a in 'x' * 50000 %}{% for b in 'x' * 50000 %}{% endfor %}{% endfor %}",
    ],
    ids=["a macro's output", "a filter block's", "loops over text"],
)
def test_text_built_and_dropped_and_loops_are_bounded_too(
    project: Project, expression: str
) -> None:
    template = project.template("t/work", EMAIL.replace("Hello", "Hello\n" + expression))
    started = time.process_time()  # CPU: a busy machine must not fail it
    with pytest.raises(RenderError) as caught:
        project.library.get("t/work").render(Channel.EMAIL, context({}, {}, {}))
    assert time.process_time() - started < 2
    assert str(caught.value).startswith(f"{template}:2: ")
    assert "more than 1,000,000 characters in all" in str(caught.value) or (
        "loops more than 10000 times" in str(caught.value)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('role: {a: "\\U00110000"}\n', "1:14: not valid YAML: an escape names no character"),
        ("role: {a: 2027-02-30}\n", "1:11: '2027-02-30' cannot be read (day is out of range"),
        ("role: {a: " + "9" * 5000 + "}\n", "1:11: '9999999999"),
    ],
    ids=["an escape past Unicode", "a date that is none", "a 5,000-digit number"],
)
def test_values_pyyaml_cannot_build_are_one_located_error(
    project: Project, text: str, expected: str
) -> None:
    # Found by tests/fuzz: PyYAML raised ValueError for each, and `validate` crashed.
    [found] = lines_of(project, "odd", text + "steps: []\n")
    assert found.startswith(f"{project.sequences / 'odd.yaml'}:{expected}"), found


def test_a_file_read_within_the_bound_is_the_text_it_was(project: Project) -> None:
    # Its version is a hash of the text: reading it in bytes (to stop at 1 MB) must give what
    # Path.read_text gave, Windows line ends included.
    project.template("t/email", EMAIL)
    path = project.sequences / "crlf.yaml"
    path.write_bytes(b"steps:\r\n  - {id: a, channel: email, template: t/email}\r\n")
    report = check_file(path, project.library)
    assert report.ok and report.text == path.read_text(encoding="utf-8")
