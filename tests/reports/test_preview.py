"""Preview: exactly what each candidate would get, and when, from the daemon's own code path."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from helpers.project import ROOT, Project

from sequencer.engine.compose import compose, template_scopes
from sequencer.engine.links import Links
from sequencer.engine.plan import plan
from sequencer.errors import CandidateError, RenderError
from sequencer.people.candidate import Candidate
from sequencer.people.candidates import find_candidate, read_candidates, read_rows
from sequencer.reports.preview import BATCH, format_text, preview, preview_many
from sequencer.spec.channel import Channel
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence

CANDIDATES = ROOT / "examples" / "candidates.csv"
START = datetime(2026, 11, 23, 8, 0, tzinfo=ZoneInfo("America/New_York"))
STEP_KEYS = {
    "id",
    "channel",
    "send_at",
    "to",
    "subject",
    "body",
    "paired_email",
    "skipped",
    "warnings",
}


def shipped(name: str, library: TemplateLibrary) -> Sequence:
    sequence, _ = load_sequence(ROOT / "sequences" / f"{name}.yaml", library)
    return sequence


@pytest.fixture
def priya() -> Candidate:
    return find_candidate(CANDIDATES, "priya.raman@example.com")


def test_json_has_the_documented_shape(shipped_library: TemplateLibrary, priya: Candidate) -> None:
    view = preview(shipped("passive-candidate", shipped_library), priya, START, shipped_library)
    assert view["sequence"]["name"] == "passive-candidate"
    assert view["candidate"]["email"] == "priya.raman@example.com"
    sending = [step for step in view["steps"] if not step["skipped"]]
    assert len(sending) >= 3
    for step in view["steps"]:
        assert set(step) >= STEP_KEYS
    # ISO-8601 with the candidate's own offset: India is +05:30 all year.
    assert all(step["send_at"].endswith("+05:30") for step in sending)


def test_preview_is_what_the_planner_will_send(
    shipped_library: TemplateLibrary, priya: Candidate
) -> None:
    sequence = shipped("passive-candidate", shipped_library)
    view = preview(sequence, priya, START, shipped_library)
    planned = [t.send_at for t in plan(sequence, priya, START)]
    shown = [datetime.fromisoformat(s["send_at"]) if s["send_at"] else None for s in view["steps"]]
    assert shown == planned


def test_follow_up_replies_in_the_thread_of_the_first_email(
    shipped_library: TemplateLibrary, priya: Candidate
) -> None:
    steps = preview(shipped("passive-candidate", shipped_library), priya, START, shipped_library)[
        "steps"
    ]
    initial, follow_up = steps[0], steps[1]
    assert initial["channel"] == follow_up["channel"] == "email"
    assert follow_up["subject"] == f"Re: {initial['subject']}"


def test_final_notice_names_the_deadline(
    shipped_library: TemplateLibrary, priya: Candidate
) -> None:
    final = preview(shipped("passive-candidate", shipped_library), priya, START, shipped_library)[
        "steps"
    ][-1]
    assert final["id"] == "final-notice" and final["skipped"] is None
    assert "January 22" in final["body"]
    assert datetime.fromisoformat(final["send_at"]).date() < datetime(2027, 1, 22).date()


def test_a_past_deadline_is_skipped_with_the_reason(
    shipped_library: TemplateLibrary, priya: Candidate
) -> None:
    late_start = datetime(2027, 1, 10, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    final = preview(
        shipped("passive-candidate", shipped_library), priya, late_start, shipped_library
    )["steps"][-1]
    assert final["send_at"] is None and final["body"] is None
    assert "deadline" in final["skipped"]


def test_voicemail_comes_with_its_paired_email(shipped_library: TemplateLibrary) -> None:
    liam = find_candidate(CANDIDATES, "liam.oconnor@example.com")
    steps = preview(shipped("phone-and-text", shipped_library), liam, START, shipped_library)[
        "steps"
    ]
    [voicemail] = [s for s in steps if s["channel"] == "voicemail"]
    assert voicemail["to"] == liam.phone and voicemail["body"]
    assert voicemail["paired_email"]["to"] == liam.email
    assert voicemail["paired_email"]["subject"] and voicemail["paired_email"]["body"]


def test_text_view_shows_local_and_recruiter_time_and_skips(
    shipped_library: TemplateLibrary,
) -> None:
    ana = find_candidate(CANDIDATES, "ana.souza@globex.example")
    text = format_text(
        preview(shipped("phone-and-text", shipped_library), ana, START, shipped_library)
    )
    assert "candidate time zone America/Chicago; recruiter times in America/Los_Angeles" in text
    assert "(recruiter: " in text and "PST)" in text
    assert "SKIPPED: " in text and "current employer" in text


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "Australia/Sydney", "Europe/London", ""])
@pytest.mark.parametrize("start", [START, datetime(2027, 3, 1, 9, 0, tzinfo=ZoneInfo("UTC"))])
def test_local_and_recruiter_times_read_as_strftime_writes_them(
    shipped_library: TemplateLibrary, zone: str, start: datetime
) -> None:
    # Written without strftime for speed (each day's part once): the same text, across
    # daylight-saving changes (March) and zones with half-hour offsets.
    person = Candidate(
        email="kim@example.com",
        first_name="Kim",
        timezone=zone or None,
        extra={"recent_project": "the pipeline"},
        row=2,
    )
    sequence = shipped("passive-candidate", shipped_library)
    view = preview(sequence, person, start, shipped_library)
    recruiter = ZoneInfo(view["recruiter_timezone"])
    sending = [step for step in view["steps"] if step["send_at"]]
    assert sending
    for step in sending:
        local = datetime.fromisoformat(step["send_at"]).astimezone(
            ZoneInfo(zone or sequence.timezone)
        )
        assert step["local_time"] == local.strftime("%a %d %b %Y %H:%M %Z")
        assert step["recruiter_time"] == local.astimezone(recruiter).strftime(
            "%a %d %b %Y %H:%M %Z"
        )


@pytest.mark.parametrize(
    "name", ["passive-candidate", "phone-and-text", "nurture-quarterly", "applicant-went-quiet"]
)
def test_every_shipped_sequence_previews_for_every_example_candidate(
    name: str, shipped_library: TemplateLibrary
) -> None:
    from sequencer.people.candidates import read_candidates

    sequence = shipped(name, shipped_library)
    people = list(read_candidates(CANDIDATES))
    assert all(isinstance(p, Candidate) for p in people) and len(people) >= 8
    for person in people:
        assert isinstance(person, Candidate)
        view = preview(sequence, person, START, shipped_library)
        assert any(step["send_at"] for step in view["steps"]), person.key


@pytest.mark.parametrize(
    "name", ["passive-candidate", "phone-and-text", "nurture-quarterly", "applicant-went-quiet"]
)
def test_the_previews_shared_values_compose_what_the_daemon_composes(
    name: str, shipped_library: TemplateLibrary
) -> None:
    # The preview builds each candidate's template values once for all their messages; the
    # daemon's `compose` builds them for each send. Same messages, threads and footers.
    from sequencer.people.candidates import read_candidates

    sequence = shipped(name, shipped_library)
    links = Links("https://jobs.example", "secret")
    for person in read_candidates(CANDIDATES):
        assert isinstance(person, Candidate)
        shared = template_scopes(sequence, person)
        subjects: dict[str, str] = {}
        for touch in plan(sequence, person, START):
            if not touch.sends:
                continue
            message = compose(sequence, person, touch, shipped_library, subjects, links, shared)
            assert message == compose(sequence, person, touch, shipped_library, subjects, links)
            if touch.channel is Channel.EMAIL and message.subject:
                subjects[touch.step.id] = message.subject


def test_a_threaded_email_whose_thread_never_started_keeps_a_subject(project: Project) -> None:
    project.template(
        "first",
        "{% block subject %}Staff role{% endblock %}"
        "{% block body %}Hi. No worries if not.{% endblock %}",
    )
    project.template("again", "{% block body %}Following up. No worries if not.{% endblock %}")
    path = project.sequence(
        "s",
        """
        steps:
          - {id: initial, channel: email, fallback: linkedin, template: first}
          - {id: again, channel: email, thread: initial, template: again, wait: 1 day}
        """,
    )
    sequence, _ = load_sequence(path, project.library)
    # They prefer LinkedIn, so the first touch goes there and no email thread exists yet.
    person = Candidate(
        email="o@example.org",
        linkedin_url="https://www.linkedin.com/in/o",
        preferred_channel=Channel.LINKEDIN,
        timezone="Europe/London",
    )
    first, again = preview(sequence, person, START, project.library)["steps"]
    assert first["channel"] == "linkedin" and again["channel"] == "email"
    assert again["subject"] == "Staff role"


@pytest.mark.parametrize("unchecked", [False, True])
@pytest.mark.parametrize("processes", [1, 2])
def test_many_candidates_preview_as_each_one_does_in_order(
    project: Project, processes: int, unchecked: bool
) -> None:
    # Three batches of people, shared out between worker processes or not: every view is the
    # one `preview` gives, bad rows keep their place, and a candidate whose message can't be
    # rendered gets the same error. Given the file's unchecked rows, the people (checked where
    # they are previewed, repeats found in file order) are those `read_candidates` gives.
    project.template("t", "{% block subject %}Hi{% endblock %}"
                     "{% block body %}About {{ candidate.project }}.{% endblock %}")  # fmt: skip
    path = project.sequence(
        "s",
        """
        timezone: Europe/London
        candidate_fields: [project]
        steps:
          - {id: a, channel: email, template: t}
          - {id: b, channel: email, template: t, wait: 2-4 business days}
        """,
    )
    sequence, _ = load_sequence(path, project.library)
    rows = ["email,first_name,timezone,project"]
    for n in range(2 * BATCH + 50):
        rows.append(
            "not an address,,,"  # a bad row
            if n % 97 == 0
            else f"p{n % 400}@example.com,P{n},{'Asia/Tokyo' if n % 2 else ''},"
            + ("" if n % 89 == 0 else f"project {n}")  # no project: cannot be rendered
        )
    csv = project.sequences.parent / "people.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    people = list(read_candidates(csv))
    given = read_rows(csv) if unchecked else iter(people)
    results = list(preview_many(sequence, given, START, project.library, None, processes))
    assert [_same(person) for person, _ in results] == [_same(person) for person in people]
    failed = 0
    for person, result in results:
        if isinstance(person, CandidateError):
            assert result is person
        elif isinstance(result, RenderError):
            failed += 1
            with pytest.raises(RenderError) as caught:
                preview(sequence, person, START, project.library)
            assert str(result) == str(caught.value)
        else:
            assert result == preview(sequence, person, START, project.library)
    assert failed > 0 and any(isinstance(p, CandidateError) for p in people)
    assert any("is already on row" in str(p) for p in people)


def _same(person: Candidate | CandidateError) -> object:
    """What makes two people the same (an exception equals only itself)."""
    return person if isinstance(person, Candidate) else (type(person), str(person))
