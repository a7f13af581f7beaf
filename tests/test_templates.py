"""Templates: sandboxed, strict about missing values, one block per message part."""

from __future__ import annotations

from datetime import date

import jinja2
import pytest
from conftest import Project

from sequencer.channel import Channel
from sequencer.errors import RenderError
from sequencer.templates import context


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
