""" "Forget this person" on a candidate's page: shown to admins only, refused (403) to anyone
else, confirmed by a ticked box, audited without personal data; afterwards their page is gone,
their outbox files too, and the same CSV uploaded on the Import page is refused for them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from helpers.dashboard import PASSWORD, PEOPLE, START, Desk, Recruiter, desk
from helpers.project import Project
from sqlmodel import Session, select
from starlette.testclient import TestClient

from sequencer.store import recruiters
from sequencer.store.models import AuditEntry, CandidateRecord
from sequencer.web.context import WebContext
from sequencer.web.dashboard.app import dashboard_app

ANA = 1  # Ana's candidate id (ana@example.com): the first row of the CSV
ADMIN = "ines@northwind.example"


@pytest.fixture
def office(project: Project, tmp_path: Path) -> Desk:
    world = desk(project, f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path)
    world.tick(START + timedelta(hours=10))  # both have had the hello email
    return world


def admin(office: Desk) -> Recruiter:
    recruiters.add(office.engine, ADMIN, PASSWORD, True, office.clock())
    client = TestClient(dashboard_app(WebContext(office.engine, office.settings, office.clock)))
    signed_in = Recruiter(client, ADMIN)
    signed_in.get("/login")
    assert signed_in.post("/login", {"email": ADMIN, "password": PASSWORD}).status_code == 303
    return signed_in


def test_only_an_admin_sees_the_button_and_may_use_it(office: Desk) -> None:
    dana = office.sign_in()
    assert "Forget this person" not in dana.get(f"/candidates/{ANA}").text  # type: ignore[attr-defined]
    refused = dana.post(f"/candidates/{ANA}/forget", {"confirm": "yes"})
    assert refused.status_code == 403
    assert "only an admin may forget someone" in refused.text
    assert _people(office) == ["ana@example.com", "ben@example.com"]


def test_an_admin_forgets_them_after_ticking_the_box(office: Desk, tmp_path: Path) -> None:
    ines = admin(office)
    assert "Forget this person" in ines.get(f"/candidates/{ANA}").text  # type: ignore[attr-defined]
    unticked = ines.post(f"/candidates/{ANA}/forget", htmx=True)
    assert "Tick the box to confirm" in unticked.text
    assert "ana@example.com" in _people(office)

    answer = ines.post(f"/candidates/{ANA}/forget", {"confirm": "yes"})
    assert (answer.status_code, answer.headers["location"]) == (303, "/candidates")
    listed = ines.get("/candidates").text  # type: ignore[attr-defined]
    assert "Forgotten at their request: removed 1 person, 1 enrollment, 1 message" in listed
    assert ines.get(f"/candidates/{ANA}").status_code == 404  # type: ignore[attr-defined]
    assert _people(office) == ["ben@example.com"]
    outbox = tmp_path / "outbox"
    assert not any(b"ana@example.com" in p.read_bytes() for p in outbox.iterdir())
    with Session(office.engine) as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "forget")).one()
    assert (entry.actor, entry.candidate_id) == (ADMIN, None)
    assert entry.detail is not None and "ana" not in entry.detail.lower()

    ines.get("/import")
    upload = ines.client.post(
        "/import",
        data={"csrf_token": ines.token},
        files={"file": ("people.csv", PEOPLE.encode(), "text/csv")},
    )
    assert "erased at their request on 2026-11-24; not imported" in upload.text


def _people(office: Desk) -> list[str]:
    with Session(office.engine) as session:
        return sorted(session.exec(select(CandidateRecord.key)))
