"""The html block of an email: candidate data is escaped there, and only there."""

from __future__ import annotations

from helpers.project import Project

from sequencer.spec.channel import Channel
from sequencer.spec.templates import context
from sequencer.spec.validate import check_file

SCRIPT = "<script>alert(1)</script>"


def render(project: Project, source: str, **candidate: str):
    project.template("t", source)
    variables = context(candidate, {"title": "R&D lead"}, {}, channel="email")
    return project.library.get("t").render(Channel.EMAIL, variables)


def test_candidate_data_in_the_html_part_is_escaped_and_plain_text_is_not(
    project: Project,
) -> None:
    message = render(
        project,
        "{% block subject %}Hi {{ candidate.first_name }}{% endblock %}\n"
        "{% block body %}Hi {{ candidate.first_name }}, {{ role.title }}{% endblock %}\n"
        "{% block html %}<p>Hi {{ candidate.first_name }}, {{ role.title }}</p>"
        '{% set who = "<b>" ~ candidate.first_name ~ "</b>" %}{{ who }}{% endblock %}\n',
        first_name=SCRIPT,
    )
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert message.html == (f"<p>Hi {escaped}, R&amp;D lead</p>&lt;b&gt;{escaped}&lt;/b&gt;")
    assert message.body == f"Hi {SCRIPT}, R&D lead"
    assert message.subject == f"Hi {SCRIPT}"


def test_escaping_by_hand_in_the_html_part_does_not_escape_twice(project: Project) -> None:
    message = render(
        project,
        "{% block subject %}x{% endblock %}{% block body %}x{% endblock %}"
        "{% block html %}{{ candidate.company | e }} {{ candidate.company | escape }}"
        "{% endblock %}",
        company="A&B",
    )
    assert message.html == "A&amp;B A&amp;B"


def test_validate_warns_when_candidate_data_is_marked_safe_in_html(project: Project) -> None:
    template = project.template(
        "t/email",
        "{% block subject %}Hello{% endblock %}\n"
        "{% block body %}Hi. If the timing isn't right, no worries.{% endblock %}\n"
        "{% block html %}\n"
        "<p>{{ role.intro | safe }}</p>\n"
        "<p>Hi {{ candidate.first_name | default('there') | safe }}</p>\n"
        "{% endblock %}\n",
    )
    path = project.sequence(
        "s",
        """
        role: {intro: "<b>Staff</b>"}
        steps:
          - {id: a, channel: email, template: t/email}
        """,
    )
    report = check_file(path, project.library)
    assert report.ok  # a warning
    lines = [str(d) for d in report.diagnostics if "safe" in d.message]
    assert lines == [
        f"{template}:5:10: warning: candidate.first_name is marked safe in the html block, so "
        "a candidate's own text would go into the HTML as markup: remove | safe (the html "
        "block escapes every value)"
    ]
