"""The Sequences pages as a recruiter uses them: every sequence with its version and people per
state, one sequence's funnel with rates, a person's preview, and moving people in flight to
an edited file (reviewed, then applied and audited). On a real SQLite database, signed in
through the real /login form."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from helpers.dashboard import SECRET, Recruiter, sign_in
from helpers.project import Project, settings_for
from helpers.worlds import EMAIL, OUTREACH, START, make_world
from sqlmodel import Session, select

from sequencer.engine.dispatch import tick
from sequencer.inbound.effects import Incoming, once, record_only
from sequencer.store.models import AuditEntry, Enrollment, EventKind, Send

NOW = START + timedelta(hours=8)
DANA = "dana@northwind.example"


class Site:
    def __init__(self, project: Project, tmp_path: Path) -> None:
        url = f"sqlite:///{tmp_path / 'sequencer.db'}"
        self.engine, senders, _ = make_world(project, url, tmp_path)
        due = self.enrollment().next_due_at
        assert due is not None and due < NOW
        tick(self.engine, senders, due)  # Ana's first email goes out
        self.project = project
        settings = settings_for(project, url, tmp_path / "outbox", SECRET)
        self.recruiter: Recruiter = sign_in(settings, self.engine, lambda: NOW, DANA)

    def get(self, path: str) -> tuple[int, str]:
        answer = self.recruiter.get(path)
        return answer.status_code, answer.text  # type: ignore[attr-defined]

    def enrollment(self) -> Enrollment:
        with Session(self.engine) as session:
            return session.exec(select(Enrollment)).one()


@pytest.fixture
def site(project: Project, tmp_path: Path) -> Site:
    return Site(project, tmp_path)


def first_send(engine: sa.Engine) -> int:
    with Session(engine) as session:
        send_id = session.exec(select(Send.id).where(Send.step_id == "first")).one()
    assert send_id is not None
    return send_id


def test_the_list_shows_each_sequence_with_its_people_mine_by_default(site: Site) -> None:
    status, mine = site.get("/sequences")
    assert status == 200
    assert "outreach" in mine and "pipeline" in mine  # every file, enrolled in or not
    assert site.enrollment().sequence_version in mine
    assert "<strong>0</strong>" in mine  # Ana was enrolled from the CLI: nobody's own

    _, everyone = site.get("/sequences?who=everyone")
    assert "<strong>1</strong>" in everyone


def test_a_sequence_shows_its_funnel_with_rates(site: Site) -> None:
    incoming = Incoming("ev-1", EventKind.DELIVERED, NOW, send_id=first_send(site.engine))
    once(site.engine, incoming, NOW, record_only)

    status, page = site.get("/sequences/outreach?who=everyone")

    assert status == 200
    funnel = page[page.index('id="funnel-table"') :]
    first_row = funnel[funnel.index('<td class="mono">first</td>') :].split("</tr>")[0]
    assert ">100%<" in first_row.replace(" ", "").replace("\n", "")  # delivered: 1 of 1
    assert "Active 1" in page.replace("\n", " ").replace("  ", " ")


def test_the_preview_of_an_enrolled_person_is_the_html_preview_of_their_plan(site: Site) -> None:
    _, page = site.get("/sequences/outreach?who=everyone&q=ana")
    assert "Preview their plan" in page
    with Session(site.engine) as session:
        ana = site.enrollment().candidate_id
        assert session is not None

    status, preview = site.get(f"/sequences/outreach/preview/{ana}")

    assert status == 200
    assert "their plan since they were enrolled" in preview
    assert "Hi Ana. No worries if not." in preview  # the message, rendered for her


def test_someone_not_enrolled_is_found_among_anyone_and_previewed_from_now(site: Site) -> None:
    _, page = site.get("/sequences/pipeline?q=ana&among=anyone")
    assert "Preview if enrolled now" in page
    ana = site.enrollment().candidate_id
    _, preview = site.get(f"/sequences/pipeline/preview/{ana}")
    assert "if enrolled now" in preview


def edit_outreach(project: Project) -> None:
    changed = OUTREACH.replace("wait: 3 days", "wait: 5 days")
    project.sequence(
        "outreach", changed.format(stop_on="reply, opt_out", accepted_after="12 months")
    )


def test_an_edited_file_shows_who_moves_and_applying_moves_them_audited(site: Site) -> None:
    old = site.enrollment().sequence_version
    edit_outreach(site.project)

    _, page = site.get("/sequences/outreach?who=everyone")
    assert "1 enrollment runs an older version" in page
    status, review = site.get("/sequences/outreach/migrate")
    assert status == 200
    assert "step nudge: wait 3 days → 5 days" in review
    assert site.enrollment().sequence_version == old  # looking moves nobody

    answer = site.recruiter.post("/sequences/outreach/migrate", {"version": _version(review)})

    assert (answer.status_code, answer.headers["location"]) == (303, "/sequences/outreach")
    assert "Moved 1 enrollment to version" in site.get("/sequences/outreach")[1]
    assert site.enrollment().sequence_version != old
    with Session(site.engine) as session:
        entry = session.exec(select(AuditEntry)).one()
    assert (entry.actor, entry.action) == (DANA, "migrate")
    assert (
        entry.detail
        == f"outreach: Moved 1 enrollment to version {site.enrollment().sequence_version}"
    )


def test_applying_after_the_file_changed_again_moves_nobody(site: Site) -> None:
    old = site.enrollment().sequence_version
    edit_outreach(site.project)
    _, review = site.get("/sequences/outreach/migrate")
    reviewed = _version(review)
    site.project.sequence("outreach", OUTREACH.format(stop_on="reply", accepted_after="12 months"))

    answer = site.recruiter.post("/sequences/outreach/migrate", {"version": reviewed})

    assert answer.headers["location"] == "/sequences/outreach/migrate"
    assert "The file changed since you looked" in site.get(answer.headers["location"])[1]
    assert site.enrollment().sequence_version == old


def test_a_forged_apply_is_refused_and_moves_nobody(site: Site) -> None:
    old = site.enrollment().sequence_version
    edit_outreach(site.project)
    _, review = site.get("/sequences/outreach/migrate")
    site.recruiter.token = "forged"

    answer = site.recruiter.post("/sequences/outreach/migrate", {"version": _version(review)})

    assert answer.status_code == 403
    assert site.enrollment().sequence_version == old


@pytest.mark.parametrize("name", ["no-such-sequence", "..%2F..%2Fetc%2Fpasswd"])
def test_a_name_that_is_no_sequence_file_is_not_found(site: Site, name: str) -> None:
    assert site.get(f"/sequences/{name}")[0] == 404
    assert site.get(f"/sequences/{name}/migrate")[0] == 404


def _version(page: str) -> str:
    marker = 'name="version" value="'
    start = page.index(marker) + len(marker)
    return page[start : page.index('"', start)]


@pytest.mark.parametrize(
    ("search", "found"),
    [("ANA", True), ("ana example.com", True), ("ana zed", False), ("%", False), ("_na", False)],
)
def test_the_people_search_matches_every_word_in_any_case_and_only_literally(
    site: Site, search: str, found: bool
) -> None:
    _, page = site.get(f"/sequences/outreach?who=everyone&q={quote(search)}")
    assert ("Preview their plan" in page) is found


def test_a_template_edited_after_a_look_shows_at_once(site: Site) -> None:
    """The file and its templates are read once while nothing in them changes; an edit to a
    template alone is seen by the next look."""
    ana = site.enrollment().candidate_id
    _, before = site.get(f"/sequences/pipeline/preview/{ana}")
    site.project.template("t/email", EMAIL.replace("No worries if not.", "Coffee next week?"))

    _, after = site.get(f"/sequences/pipeline/preview/{ana}")

    assert "No worries if not." in before
    assert "Coffee next week?" in after and "No worries if not." not in after
