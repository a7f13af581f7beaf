"""Fuzzing sequence files and templates: whatever a file holds, `validate` answers with located
diagnostics, and a render with a RenderError; never with any other exception."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sequencer.errors import RenderError, SequenceError
from sequencer.spec.channel import Channel
from sequencer.spec.template_checks import SAMPLE_CANDIDATE
from sequencer.spec.templates import TemplateLibrary, context
from sequencer.spec.validate import check_file, load_sequence

EMAIL = (
    "{% block subject %}Hello {{ candidate.first_name | default('there') }}{% endblock %}\n"
    "{% block body %}Hi. If the timing isn't right, no worries.{% endblock %}\n"
)
TOP_KEYS = [
    "name", "description", "timezone", "holidays", "send_window", "quiet_hours", "max_touches",
    "stop_on", "candidate_fields", "role", "sender", "steps", "outcomes", "x-base",
]  # fmt: skip
STEP_KEYS = [
    "id", "channel", "template", "wait", "fallback", "thread", "send_window", "deadline",
    "task_expiry", "from", "lead", "min_gap", "move_to", "after",
]  # fmt: skip
WORDS = [
    "email", "sms", "voicemail", "linkedin", "t/email", "initial", "3-5 business days", "2 weeks",
    "Tue-Thu 09:00-11:30", "08:00-21:00", "America/New_York", "US", "NO", "stop", "pause",
    "role.decision_deadline", "candidate.first_name", "nurture", "2027-01-22", "0 minutes",
]  # fmt: skip

scalars = st.one_of(
    st.sampled_from(WORDS),
    st.text(max_size=20),
    st.integers(-(10**20), 10**20),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=True),
)
keys = st.one_of(st.sampled_from(TOP_KEYS + STEP_KEYS), st.text(max_size=8))
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=25,
)
step = st.dictionaries(st.sampled_from(STEP_KEYS), values, max_size=6)
document = st.fixed_dictionaries(
    {}, optional={"steps": st.lists(step | values, max_size=3)} | dict.fromkeys(TOP_KEYS, values)
)


@st.composite
def mutated(draw: st.DrawFn, text: st.SearchStrategy[str]) -> str:
    """Text with a few characters inserted, deleted or cut off: YAML half-way through an edit."""
    written = draw(text)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(written)))
        edit = draw(st.sampled_from(["insert", "delete", "cut"]))
        if edit == "insert":
            written = (
                written[:at] + draw(st.sampled_from(list(":-[]{}&*!|>'\"#\t\n "))) + written[at:]
            )
        elif edit == "delete":
            written = written[:at] + written[at + 1 :]
        else:
            written = written[:at]
    return written


yaml_texts = st.one_of(
    st.text(max_size=200),
    mutated(document.map(lambda data: yaml.safe_dump(data, allow_unicode=True))),
    mutated(document.map(lambda data: yaml.safe_dump(data, default_flow_style=True))),
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    (root / "sequences").mkdir()
    (root / "templates" / "t").mkdir(parents=True)
    (root / "templates" / "t" / "email.j2").write_text(EMAIL, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def library(folder: Path) -> TemplateLibrary:
    return TemplateLibrary(folder / "templates")


@settings(max_examples=200)
@given(text=yaml_texts)
def test_any_sequence_file_gives_located_diagnostics(
    folder: Path, library: TemplateLibrary, text: str
) -> None:
    path = folder / "sequences" / "fuzzed.yaml"
    report = check_file(path, library, text)
    assert report.sequence is not None or not report.ok
    for found in report.diagnostics:
        assert found.path and found.line >= 0 and found.column >= 0 and found.message
    try:
        load_sequence(path, library, text)
    except SequenceError as exc:
        assert exc.diagnostics


TEMPLATE_PIECES = [
    "{{ ", " }}", "{% ", " %}", "{# ", " #}", "block body", "block subject", "block html",
    "endblock", "candidate.first_name", "candidate.company", "role.title", "deadline", "|",
    "safe", "default('x')", "longdate", "upper", "(", ")", "[", "]", "{", "}", "'x'", '"y"', "*",
    "**", "%", "~", "+", "100000", "9", "for i in range(3)", "for c in candidate", "endfor", "if",
    "else", "endif", "macro m(a)", "endmacro", "m(1)", "set s = ", "namespace(a=1)", ".",
    "center", "join", "replace", "format", "loop.index", "\n", " ", "<p>", "&",
]  # fmt: skip
template_texts = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(TEMPLATE_PIECES), max_size=40).map("".join),
    st.lists(st.sampled_from(TEMPLATE_PIECES), max_size=30).map(
        lambda pieces: "{% block body %}" + "".join(pieces) + "{% endblock %}"
    ),
)
SEQUENCE = "steps:\n  - {id: a, channel: email, template: t/fuzzed}\n"


@settings(max_examples=200)
@given(source=template_texts)
def test_any_template_gives_located_diagnostics_and_renders_or_says_why(
    folder: Path, source: str
) -> None:
    library = TemplateLibrary(folder / "templates", sources={"t/fuzzed": source})
    report = check_file(folder / "sequences" / "s.yaml", library, SEQUENCE)
    for found in report.diagnostics:
        assert found.path and found.line >= 0 and found.column >= 0 and found.message
    if not report.ok:
        return
    variables = context(SAMPLE_CANDIDATE, {"title": "Staff"}, {}, deadline=None, channel="email")
    try:
        message = library.get("t/fuzzed").render(Channel.EMAIL, variables)
    except RenderError as exc:
        assert str(exc).startswith(f"{library.path_of('t/fuzzed')}:")
    else:
        assert len(message.body) <= 100_000
