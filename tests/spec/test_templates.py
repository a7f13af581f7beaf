"""Templates: sandboxed, strict about missing values, one block per message part."""

from __future__ import annotations

from datetime import date

import jinja2
import pytest
from helpers.project import Project
from jinja2.sandbox import ImmutableSandboxedEnvironment

from sequencer.errors import RenderError
from sequencer.spec.channel import Channel
from sequencer.spec.templates import Fields, context, scopes


def render(project: Project, source: str, channel: Channel = Channel.EMAIL, **candidate: str):
    project.template("t", source)
    variables = context(
        candidate,
        {"title": "Staff Engineer"},
        {"name": "Dana"},
        deadline=date(2027, 1, 22),
        channel=channel.value,
    )
    return project.library.get("t").render(channel, variables)


def test_blocks_become_the_parts_of_a_message(project: Project) -> None:
    message = render(
        project,
        "{% block subject %}\n  {{ role.title }}\n  role\n{% endblock %}\n"
        "{% block body %}\nHi {{ candidate.first_name }},\n\nBest, {{ sender.name }}\n"
        "{% endblock %}\n",
        first_name="Ana",
    )
    assert message.subject == "Staff Engineer role"  # one line, however it was typed
    assert message.body == "Hi Ana,\n\nBest, Dana"


def test_a_missing_value_is_an_error_that_says_how_to_give_a_fallback(project: Project) -> None:
    with pytest.raises(RenderError) as caught:
        render(project, "{% block body %}\nHi\n{{ candidate.first_name }}{% endblock %}")
    assert str(caught.value).endswith(
        "t.j2:3: candidate.first_name is empty or missing: fill it in, or write "
        '{{ candidate.first_name | default("...") }} in the template'
    )
    assert caught.value.line == 3


def test_default_gives_the_fallback_for_missing_and_empty_values(project: Project) -> None:
    source = '{% block body %}Hi {{ candidate.first_name | default("there") }}{% endblock %}'
    assert render(project, source).body == "Hi there"
    assert render(project, source, first_name="").body == "Hi there"


def test_templates_cannot_reach_python_internals(project: Project) -> None:
    source = "{% block body %}{{ candidate.__class__.__mro__[1].__subclasses__() }}{% endblock %}"
    with pytest.raises(RenderError) as caught:
        render(project, source, first_name="x")
    assert isinstance(caught.value.__cause__, jinja2.exceptions.SecurityError)


def test_deadline_formats_for_people(project: Project) -> None:
    source = (
        "{% block body %}by {{ deadline | longdate }} ({{ deadline | shortdate }}){% endblock %}"
    )
    assert render(project, source).body == "by Friday, January 22 (Jan 22)"


def test_templates_can_adapt_to_the_channel_they_go_out_on(project: Project) -> None:
    source = (
        '{% block body %}Hi{% if channel == "sms" %}. Reply STOP to opt out.{% endif %}'
        "{% endblock %}"
    )
    assert render(project, source, Channel.SMS).body == "Hi. Reply STOP to opt out."
    assert render(project, source, Channel.EMAIL).body == "Hi"


def test_variables_lists_every_field_a_template_reads(project: Project) -> None:
    project.template(
        "t",
        "{% block body %}{{ candidate.first_name }}\n{{ role['title'] }} {{ oops }}\n"
        "{% for x in [1] %}{{ x }}{% endfor %}{% endblock %}",
    )
    uses = {(u.name, u.line) for u in project.library.get("t").variables()}
    assert uses == {("candidate.first_name", 1), ("role.title", 2), ("oops", 2)}


def test_a_field_is_looked_up_as_the_sandbox_would(project: Project) -> None:
    # Fields keys skip the sandbox's attribute attempt; anything that is an attribute of a
    # Fields (a dict method, `label`, dunders) still goes through the sandbox.
    fields = Fields("candidate", {"first_name": "Ana", "items": "x", "_note": "y", "label": "z"})
    ours = project.library.env
    sandbox = ImmutableSandboxedEnvironment(undefined=ours.undefined)
    for name in ("first_name", "items", "_note", "label", "missing", "__class__", "update"):
        got, expected = ours.getattr(fields, name), sandbox.getattr(fields, name)
        if isinstance(expected, jinja2.Undefined):
            assert type(got) is type(expected), name
            assert got._undefined_message == expected._undefined_message, name
        else:
            assert got == expected, name


def test_one_candidates_messages_share_values_no_template_can_change(project: Project) -> None:
    # The preview builds `scopes` once per candidate for all their messages: a template that
    # tries to change them fails, and the next message still sees the values as given.
    shared = scopes({"first_name": "Ana"}, {"title": "Staff Engineer"}, {"name": "Dana"})
    project.template("change", '{% block body %}{{ candidate.update({"first_name": "X"}) }}'
                     "{% endblock %}")  # fmt: skip
    project.template("read", "{% block body %}Hi {{ candidate.first_name }}{% endblock %}")
    with pytest.raises(RenderError) as caught:
        project.library.get("change").render(Channel.EMAIL, shared)
    assert isinstance(caught.value.__cause__, jinja2.exceptions.SecurityError)
    assert project.library.get("read").render(Channel.EMAIL, shared).body == "Hi Ana"


def test_range_and_its_loop_budget_still_reach_every_template(project: Project) -> None:
    # The environment's globals are merged once per template, not once per message.
    variables = context({}, {}, {}, deadline=None, channel="email")
    project.template(
        "count", "{% block body %}{% for i in range(3) %}{{ i }}{% endfor %}{% endblock %}"
    )
    assert project.library.get("count").render(Channel.EMAIL, variables).body == "012"
    project.template(
        "nested",
        "{% block body %}{% for i in range(200) %}{% for j in range(200) %}.{% endfor %}"
        "{% endfor %}{% endblock %}",
    )
    with pytest.raises(RenderError, match="loops more than"):
        project.library.get("nested").render(Channel.EMAIL, variables)


def test_templates_written_alike_each_report_their_own_file(project: Project) -> None:
    # A template is lexed once and its tokens kept by its text (`BoundedSandbox._lex_once`):
    # a second file with the same text must still name itself when it fails to parse.
    broken = "{% block body %}Hi {% if %}there{% endif %}{% endblock %}\n"
    for name in ("first", "second"):
        project.template(name, broken)
        with pytest.raises(jinja2.TemplateSyntaxError) as caught:
            project.library.get(name)
        assert (caught.value.name, caught.value.lineno) == (f"{name}.j2", 1)
        assert caught.value.filename == str(project.templates / f"{name}.j2")
