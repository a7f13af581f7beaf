"""The Opt-outs page as a recruiter uses it: the suppression list with source and date,
searchable and a page at a time; adding an address or a number by hand, checked and put in
normal form, which stops every channel for whoever has it and is audited. On a real SQLite
database, signed in through /login."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape
from pathlib import Path

import pytest
from helpers.dashboard import SECRET, Recruiter, sign_in
from helpers.project import Project, settings_for
from helpers.worlds import START, make_world
from sqlmodel import Session, select

from sequencer.engine.dispatch import tick
from sequencer.store.models import AuditEntry, Enrollment, EnrollmentStatus, Send, Suppression
from sequencer.store.suppression import suppress

NOW = START + timedelta(hours=8)
DANA = "dana@northwind.example"
ANA, ANA_PHONE = "ana@example.com", "+12125550147"


class Site:
    def __init__(self, project: Project, tmp_path: Path) -> None:
        url = f"sqlite:///{tmp_path / 'sequencer.db'}"
        self.engine, self.senders, _ = make_world(project, url, tmp_path)  # Ana, in outreach
        settings = settings_for(project, url, tmp_path / "outbox", SECRET)
        self.recruiter: Recruiter = sign_in(settings, self.engine, lambda: NOW, DANA)

    def page(self, path: str = "/opt-outs") -> str:
        answer = self.recruiter.get(path)
        assert answer.status_code == 200  # type: ignore[attr-defined]
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", answer.text)).split())  # type: ignore[attr-defined]

    def add(self, address: str, note: str = ""):
        self.page()
        return self.recruiter.post("/opt-outs", {"address": address, "note": note})

    def listed(self) -> dict[str, str]:
        with Session(self.engine) as session:
            return {row.address: row.reason for row in session.exec(select(Suppression))}

    def enrollment(self) -> Enrollment:
        with Session(self.engine) as session:
            return session.exec(select(Enrollment)).one()


@pytest.fixture
def site(project: Project, tmp_path: Path) -> Site:
    return Site(project, tmp_path)


def test_adding_an_address_by_hand_stops_every_channel_and_is_audited(site: Site) -> None:
    answer = site.add("  Ana@Example.com ", "asked on the phone")

    assert answer.status_code == 303
    page = site.page()
    assert f"{ANA} is on the list: {ANA} opted out everywhere" in page  # the note, once
    reason = f"added by hand by {DANA}: asked on the phone"
    assert site.listed() == {ANA: reason, ANA_PHONE: reason}  # her number too
    assert f"{ANA_PHONE} Ana {reason}" in page
    assert site.enrollment().status == EnrollmentStatus.HALTED
    tick(site.engine, site.senders, NOW + timedelta(days=30))
    with Session(site.engine) as session:
        assert session.exec(select(Send)).all() == []  # nothing went, on any channel
        entry = session.exec(select(AuditEntry)).one()
    assert (entry.actor, entry.action, entry.detail) == (DANA, "opt-out", ANA)
    assert entry.candidate_id == site.enrollment().candidate_id


def test_a_number_is_put_in_normal_form(site: Site) -> None:
    site.add("(415) 555-0134")
    assert list(site.listed()) == ["+14155550134"]
    assert "+14155550134 is on the list: nobody imported has it" in site.page()


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("ana@", 'email "ana@" is not a valid address'),
        ("555-01", 'phone "555-01" is not a valid phone number for US'),
        ("   ", "Write an email address or a phone number"),
    ],
)
def test_what_is_no_address_says_why_and_adds_nothing(
    site: Site, written: str, problem: str
) -> None:
    site.add(written)
    assert problem in site.page()
    assert site.listed() == {}
    assert site.enrollment().status == EnrollmentStatus.ACTIVE


def test_an_address_already_listed_changes_nothing(site: Site) -> None:
    with Session(site.engine) as session, session.begin():
        suppress(session, ANA, "texted STOP", START)
    site.add(ANA)
    assert (
        f"{ANA} has been on the list since 23 Nov 2026 (texted STOP): nothing changed"
        in site.page()
    )
    assert site.listed() == {ANA: "texted STOP"}


def test_a_forged_add_is_refused_and_adds_nothing(site: Site) -> None:
    site.page()
    site.recruiter.token = "forged"
    assert site.recruiter.post("/opt-outs", {"address": ANA}).status_code == 403
    assert site.listed() == {}


def test_the_list_is_newest_first_a_page_at_a_time_and_searchable(site: Site) -> None:
    with Session(site.engine) as session, session.begin():
        for n in range(120):
            source = "used the unsubscribe link" if n % 2 else "texted STOP"
            suppress(session, f"p{n:03d}@example.com", source, START + timedelta(minutes=n))

    first = site.page()
    assert "The list 120" in first and "Page 1 of 3" in first
    assert first.index("p119@example.com") < first.index("p070@example.com")
    assert "p069@example.com" not in first
    last = site.page("/opt-outs?page=3")
    assert "p019@example.com" in last and "p020@example.com" not in last

    found = site.page("/opt-outs?q=UNSUBSCRIBE")
    assert "The list 60" in found and "p119@example.com" in found
    assert "texted STOP" not in found and "p118@example.com" not in found

    fragment = site.recruiter.client.get("/opt-outs?q=p11", headers={"HX-Request": "true"})
    assert fragment.text.startswith('<div id="optout-list">')
    assert re.findall(r"p\d{3}@example.com", fragment.text) == [
        f"p{n}@example.com" for n in range(119, 109, -1)
    ]
