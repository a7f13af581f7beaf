"""Issue 16 end to end: a real `sequencer run` sends everyone their first email; each ATS and
scheduling tool then posts its signed event over HTTP (signed as the provider signs, with
keys made here); from then on nothing more goes to those people, while the control person
still gets their next touch. Lever names nobody by address: the daemon asks Lever's API (a
loopback fake) whom its opportunity is; an event whose lookup fails is kept and listed.

The daemon runs on the wall clock, so the first emails go at once; the next touches are two
days later, which a `sequencer tick --now` pass (the daemon's own pass, as of that time)
brings without waiting."""

from __future__ import annotations

import email
import json
import re
import signal
import subprocess
import sys
import urllib.request
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from fakes.lever_api import FakeLever
from fakes.outside_signers import (
    Posted,
    Secrets,
    ashby_body,
    calcom_body,
    calendly_body,
    greenhouse_body,
    signed_ashby,
    signed_calcom,
    signed_calendly,
    signed_greenhouse,
    signed_lever,
)
from helpers.commands import environment
from helpers.processes import wait_for
from helpers.project import Project

from sequencer.engine.links import booking_token

SECRET_KEY = "a-long-random-secret-for-signed-links-e2e"
SEQUENCE = """
send_window: ["Daily 00:00-23:59"]
sender: {name: Dana, email: dana@northwind.example, postal_address: "1 Main St"}
steps:
  - {id: first, channel: email, template: t/email, wait: 0 minutes}
  - {id: nudge, channel: email, template: t/email, wait: 2 days}
"""
EMAIL = """{% block subject %}Staff role{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}
"""
# Who hears what: each by a different tool; Ben hears nothing (the control person).
PEOPLE = {
    "ana@gmail.com": "greenhouse: hired",
    "bo@outlook.com": "ashby: applied",
    "cy@yahoo.com": "calendly: booked, by our link's token (another address typed)",
    "di@proton.me": "cal.com: booked",
    "el@fastmail.com": "lever: hired, found through Lever's API",
    "ben@hotmail.com": "nothing: the control person",
}


def received(outbox: Path) -> Counter[str]:
    """Emails to candidates in the outbox, per address (not the notices to the recruiter)."""
    sent = (p for p in outbox.glob("*.eml") if not p.name.startswith("notify-"))
    return Counter(email.message_from_bytes(path.read_bytes())["To"] for path in sent)


def post(base: str, posted: Posted) -> dict[str, object]:
    path, body, headers = posted
    request = urllib.request.Request(base + path, body, headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
        answer: dict[str, object] = json.loads(response.read())
        return answer


def test_each_tool_s_signed_event_stops_its_person_and_the_control_person_goes_on(
    project: Project, tmp_path: Path
) -> None:
    keys = Secrets()
    lever_api = FakeLever().start()
    lever_api.add_opportunity("opp-1", emails=["El@Fastmail.com"])  # opp-2: Lever knows nobody
    project.template("t/email", EMAIL)
    project.sequence("outreach", SEQUENCE)
    rows = "".join(f"{address},{address.split('@')[0].title()}\n" for address in PEOPLE)
    (tmp_path / "people.csv").write_text("email,first_name\n" + rows)
    database = f"sqlite:///{tmp_path / 'db.sqlite'}"
    outbox = tmp_path / "outbox"
    env = environment(
        SEQUENCER_SEQUENCES_DIR=str(project.sequences),
        SEQUENCER_TEMPLATES_DIR=str(project.templates),
        SEQUENCER_DATABASE_URL=database,
        SEQUENCER_OUTBOX_DIR=str(outbox),
        SEQUENCER_SECRET_KEY=SECRET_KEY,
        SEQUENCER_DASHBOARD_PORT="off",
        SEQUENCER_EMAIL_SPACING_SECONDS="0",  # everyone's first email at once
        LEVER_API_KEY=lever_api.api_key,
        LEVER_API_BASE=lever_api.base,
        **keys.env(),
    )

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "sequencer", *args]
        done = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done

    cli("import", "people.csv")
    cli("enroll", "outreach", "--all")
    daemon = subprocess.Popen(
        [sys.executable, "-m", "sequencer", "run", "--port", "0", "--interval", "1"],
        env=env,
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = daemon.stderr.readline() if daemon.stderr else ""
        port = re.search(r":(\d+) ", banner).group(1)  # type: ignore[union-attr]
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: len(received(outbox)) == len(PEOPLE))  # everyone's first email
        now = datetime.now(UTC)  # the daemon's clock: Calendly and Lever refuse stale stamps
        with sa.create_engine(database).connect() as connection:
            cy = connection.execute(
                sa.text(
                    "SELECT e.id FROM enrollment e JOIN candidate c ON c.id = e.candidate_id"
                    " WHERE c.key = 'cy@yahoo.com'"
                )
            ).scalar_one()
        token = booking_token(cy, SECRET_KEY)  # what our link carried; they typed another address
        booked = calendly_body("invitee.created", "cy.work@acme.example", token)
        events = [
            signed_greenhouse(keys.greenhouse, greenhouse_body("hire_candidate", "ana@gmail.com")),
            signed_ashby(keys.ashby, ashby_body("applicationSubmit", "act-1", "bo@outlook.com")),
            signed_calendly(keys.calendly, booked, now),
            signed_calcom(keys.calcom, calcom_body("BOOKING_CREATED", "DI@proton.me")),
            signed_lever(keys.lever, "candidateHired", now, {}),
            signed_lever(keys.lever, "candidateHired", now, {"opportunityId": "opp-2"}, "hook-2"),
        ]
        said = [post(base, posted) for posted in events]
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=60) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
        lever_api.stop()

    lines = [line for answer in said for line in answer["said"]]  # type: ignore[attr-defined]
    assert "ana@gmail.com hired" in lines[0] and "outreach: stopped" in lines[0]
    assert "bo@outlook.com applied" in lines[1]
    assert "cy@yahoo.com booked a meeting" in lines[2]
    assert "di@proton.me booked a meeting" in lines[3]
    assert "el@fastmail.com hired" in lines[4] and "outreach: stopped" in lines[4]
    assert "Lever lookup failed: Lever has no such opportunity (HTTP 404)" in lines[5]
    assert "kept: sequencer events --unmatched" in lines[5]

    cli("tick", "--now", (now + timedelta(days=3)).isoformat())  # the next touches are due
    assert received(outbox) == {address: 1 for address in PEOPLE} | {"ben@hotmail.com": 2}
    told = [p.read_text() for p in outbox.glob("notify-*.eml")]
    assert sorted(re.findall(r"Subject: (\w+) booked a meeting", "".join(told))) == ["Cy", "Di"]
    unmatched = cli("events", "--unmatched").stdout
    assert "lever" in unmatched and "hired" in unmatched
    assert "1 event about nobody imported" in unmatched
