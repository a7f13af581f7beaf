"""The Import page as a recruiter uses it: upload a CSV, see each bad row by its number and
why, enroll the good rows in a sequence (refusals with their reasons; the new enrollments are
the recruiter's, each audited). On a real SQLite database, signed in through /login."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape
from pathlib import Path

import pytest
from helpers.dashboard import SECRET, Recruiter, sign_in
from helpers.project import Project, settings_for
from helpers.worlds import START, make_world
from sqlmodel import Session, col, select

from sequencer.store.models import AuditEntry, CandidateRecord, Enrollment
from sequencer.web.dashboard.imports import UPLOAD_BYTES

NOW = START + timedelta(hours=8)
DANA = "dana@northwind.example"
GOOD_AND_BAD = (
    "email,phone,first_name,timezone\n"
    "ben@example.com,,Ben,America/Chicago\n"
    "not-an-address,,Cho,America/Chicago\n"  # row 3
    "ana@example.com,+12125550147,Ana,America/New_York\n"  # enrolled in outreach already
    "dev@example.com,,Dev,Mars/Olympus\n"  # row 5
)


class Site:
    def __init__(self, project: Project, tmp_path: Path) -> None:
        url = f"sqlite:///{tmp_path / 'sequencer.db'}"
        self.engine, _, _ = make_world(project, url, tmp_path)  # Ana, in outreach
        settings = settings_for(project, url, tmp_path / "outbox", SECRET)
        self.recruiter: Recruiter = sign_in(settings, self.engine, lambda: NOW, DANA)
        self.recruiter.get("/import")

    def upload(self, content: str | bytes, name: str = "people.csv"):
        return self.recruiter.client.post(
            "/import",
            data={"csrf_token": self.recruiter.token},
            files={"file": (name, content, "text/csv")},
            follow_redirects=False,
        )

    def people(self) -> set[str]:
        with Session(self.engine) as session:
            return set(session.exec(select(CandidateRecord.key)))

    def audit(self) -> list[tuple[str, str, int | None]]:
        with Session(self.engine) as session:
            entries = session.exec(select(AuditEntry).order_by(col(AuditEntry.id)))
            return [(e.actor, e.action, e.candidate_id) for e in entries]


@pytest.fixture
def site(project: Project, tmp_path: Path) -> Site:
    return Site(project, tmp_path)


def text_of(page: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_bad_rows_are_shown_by_number_and_the_good_ones_imported(site: Site) -> None:
    answer = site.upload(GOOD_AND_BAD)

    assert answer.status_code == 200
    page = text_of(answer.text)
    assert "1 new, 1 updated, 2 rejected" in page
    assert re.search(r"3 email \"not-an-address\" is not a valid address", page)
    assert re.search(r"5 .*Mars/Olympus", page)
    assert site.people() == {"ana@example.com", "ben@example.com"}  # no bad row written
    assert site.audit() == [(DANA, "import", None)]


def test_the_good_rows_are_enrolled_as_the_recruiters_with_refusals_and_their_reasons(
    site: Site,
) -> None:
    imported = site.upload(GOOD_AND_BAD).text
    keys = re.search(r'name="keys" value="([^"]*)"', imported)
    assert keys is not None and keys.group(1).split() == ["ben@example.com", "ana@example.com"]

    answer = site.recruiter.post("/import/enroll", {"keys": keys.group(1), "sequence": "outreach"})

    assert answer.status_code == 200
    page = text_of(answer.text)
    assert "1 enrolled, 1 refused" in page
    assert "ana@example.com already enrolled in outreach" in page
    with Session(site.engine) as session:
        ben = session.exec(
            select(CandidateRecord).where(CandidateRecord.key == "ben@example.com")
        ).one()
        enrollment = session.exec(select(Enrollment).where(Enrollment.candidate_id == ben.id)).one()
    assert (enrollment.sequence_name, enrollment.owner) == ("outreach", DANA)
    assert (DANA, "enroll", ben.id) in site.audit()


def test_a_file_that_cannot_be_read_says_why_and_imports_nothing(site: Site) -> None:
    answer = site.upload("first_name,company\nBen,Acme\n", name="names.csv")

    assert answer.status_code == 400
    assert "names.csv:" in answer.text and "email" in answer.text
    assert site.people() == {"ana@example.com"}


def test_no_file_chosen_says_so(site: Site) -> None:
    answer = site.recruiter.post("/import", {})
    assert answer.status_code == 400
    assert "Choose a CSV file" in answer.text


def test_an_upload_over_the_limit_is_refused_before_it_is_read(site: Site) -> None:
    header = "email,first_name\n"
    rows = "x@example.com,X\n" * (UPLOAD_BYTES // 16 + 1)
    answer = site.upload(header + rows)
    assert answer.status_code == 413
    assert site.people() == {"ana@example.com"}


def test_a_forged_upload_is_refused_and_imports_nothing(site: Site) -> None:
    site.recruiter.token = "forged"
    answer = site.upload(GOOD_AND_BAD)
    assert answer.status_code == 403
    assert site.people() == {"ana@example.com"}


def test_enrolling_in_a_sequence_that_is_no_file_is_refused(site: Site) -> None:
    answer = site.recruiter.post(
        "/import/enroll", {"keys": "ben@example.com", "sequence": "../../etc/passwd"}
    )
    assert answer.status_code == 400
    assert "there is no file" in answer.text
