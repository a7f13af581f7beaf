"""A recruiter's morning in a real browser (issue 12): sign in, send a LinkedIn note and mark
it done, answer a reply with "not now until 1 March", import a CSV with a bad row and enroll
the good ones, pause someone, and see the funnel move. Forged and signed-out requests are
refused. The desk (helpers.dashboard): Ana is Dana's, Ben is Lee's; both had the hello email
on Monday and their LinkedIn notes are due on Tuesday, which is now."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.dashboard import DANA, PASSWORD
from playwright.sync_api import Page, expect
from sqlmodel import Session, col, select

from sequencer.store.models import AuditEntry, CandidateRecord, Enrollment, EnrollmentStatus

pytestmark = pytest.mark.slow

IMPORT = """email,first_name,last_name,company,timezone,linkedin_url
cleo@example.com,Cleo,Park,Hooli,America/New_York,https://www.linkedin.com/in/cleo
not-an-address,Dev,Null,Initrode,America/New_York,
finn@example.com,Finn,Berg,Vandelay,Europe/Berlin,https://www.linkedin.com/in/finn
"""


def sign_in(page: Page, email: str = DANA, password: str = PASSWORD) -> None:
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login\?next=%2F$"))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Today", level=1)).to_be_visible()


def enrollment_of(session: Session, key: str) -> Enrollment:
    query = select(Enrollment).join(CandidateRecord).where(CandidateRecord.key == key)
    return session.exec(query).one()


def funnel_sent(page: Page, step: str) -> int:
    page.goto("/sequences/outreach")
    row = page.locator("#funnel-table tbody tr", has=page.locator(f'td:text-is("{step}")'))
    return int(row.locator("td").nth(1).inner_text().split()[0].replace(",", ""))


def test_a_recruiters_morning(page: Page, site, tmp_path: Path) -> None:
    engine = site.desk.engine
    site.desk.reply("ben@example.com", "Not right now, thanks. Try me again in March?")
    sign_in(page)

    # Funnel before: nobody has had the LinkedIn note yet.
    assert funnel_sent(page, "note") == 0

    # Today: Ana's LinkedIn note (Dana's person) with the rendered message; Done.
    page.goto("/")
    task = page.locator("li[id^=task-]", has_text="Ana Rivera")
    expect(task).to_contain_text("I saw your work on Kafka at scale")
    expect(task.locator('a[href="https://www.linkedin.com/in/ana"]')).to_be_visible()
    task.get_by_role("button", name="Done").click()
    expect(page.get_by_role("status")).to_contain_text("Done: the sequence goes on")
    page.goto("/")
    expect(page.locator("li[id^=task-]", has_text="Ana Rivera")).to_have_count(0)

    # Ben's reply is Lee's person: on "Everyone". Not now until 1 March.
    page.get_by_role("link", name="Everyone").click()
    reply = page.locator("li[id^=reply-]", has_text="Ben Okafor")
    expect(reply).to_contain_text("Not right now")
    reply.get_by_label("Not now until").fill("2027-03-01")
    reply.get_by_role("button", name="Not now until").click()
    expect(page.locator("body")).to_contain_text("Recorded not-now")
    with Session(engine) as session:
        ben = enrollment_of(session, "ben@example.com")
    assert ben.status == EnrollmentStatus.ACTIVE  # held, resuming on the day by itself
    assert (ben.status_reason or "").startswith("paused until 2027-03-01")

    # Import: one bad row, shown by its number; the two good rows enrolled in outreach.
    csv = tmp_path / "new-people.csv"
    csv.write_text(IMPORT, encoding="utf-8")
    page.get_by_role("link", name="Import").click()
    page.get_by_label("CSV file").set_input_files(str(csv))
    page.get_by_role("button", name="Check and import").click()
    errors = page.locator("#row-error-table tbody tr")
    expect(errors).to_have_count(1)
    expect(errors.first.locator("td").first).to_have_text("3")
    expect(errors.first).to_contain_text("not-an-address")
    page.get_by_role("button", name=re.compile(r"Enroll 2 people")).click()
    expect(page.locator("body")).to_contain_text("cleo@example.com")
    with Session(engine) as session:
        owners = dict(
            session.exec(
                select(CandidateRecord.key, Enrollment.owner)
                .join(Enrollment)
                .where(col(CandidateRecord.key).in_(["cleo@example.com", "finn@example.com"]))
            ).all()
        )
    assert owners == {"cleo@example.com": DANA, "finn@example.com": DANA}

    # Pause Cleo from her page; the audit log on it says who.
    page.get_by_role("link", name="Candidates").click()
    page.get_by_role("link", name="Cleo Park").first.click()
    cleo_page = page.url
    page.get_by_role("button", name="Pause", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(re.compile("paused", re.IGNORECASE))
    with Session(engine) as session:
        cleo = enrollment_of(session, "cleo@example.com")
        actions = {entry.action for entry in session.exec(select(AuditEntry))}
    assert cleo.status == EnrollmentStatus.PAUSED
    assert {"task done", "import", "enroll", "pause"} <= actions
    assert any(action.startswith("outcome not") for action in actions), actions
    page.goto(cleo_page)
    log = page.get_by_role("region", name=re.compile("Audit log"))
    expect(log.get_by_role("listitem").filter(has_text="pause")).to_contain_text(f"by {DANA}")

    # The funnel moved: Ana's note counts as sent.
    assert funnel_sent(page, "note") == 1


def test_forged_and_signed_out_requests_are_refused(page: Page, site) -> None:
    signed_out = page.request.post("/tasks/1/done", form={"csrf_token": "x"})
    assert signed_out.status == 403
    sign_in(page)
    page.goto("/")
    task_id = page.locator("li[id^=task-]").first.get_attribute("id").removeprefix("task-")
    forged = page.request.post(f"/tasks/{task_id}/done", form={"csrf_token": "not-the-token"})
    assert forged.status == 403
    no_token = page.request.post(f"/tasks/{task_id}/done", form={})
    assert no_token.status == 403
    page.reload()
    expect(page.locator(f"#task-{task_id}")).to_be_visible()  # still to do
    # Signed out, a page sends to sign-in, and the old session is gone.
    page.locator("form[action='/logout'] button").click()
    expect(page).to_have_url(re.compile("/login"))
    page.goto("/candidates")
    expect(page).to_have_url(re.compile(r"/login\?next=%2Fcandidates"))
