"""Issue 16, Lever: its webhooks carry ids only, so with LEVER_API_KEY set the daemon asks
Lever's API (a loopback fake that checks the Basic auth) whom the opportunity is, and the
person is stopped like any other. A lookup that fails leaves the event unmatched with the
reason; a forged webhook costs no API call."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from fakes.lever_api import FakeLever, Reply
from fakes.lever_api import fake_lever as fake_lever  # the fixture
from fakes.outside_signers import Posted, Secrets, signed_lever
from helpers.project import Project
from helpers.worlds import START, make_world
from sqlmodel import Session, select

from sequencer.channels.outside import lever
from sequencer.channels.outside.lever_api import LeverApi
from sequencer.config import load_settings
from sequencer.store.models import CandidateRecord, Enrollment, EnrollmentStatus, Event
from sequencer.web import outside, serve
from sequencer.web.context import WebContext
from sequencer.web.health import Health
from sequencer.web.webhooks import webhook_app

NOW = START + timedelta(days=1)
ANA = "ana@example.com"  # +12125550147 in the world's people
KEYS = Secrets()


class Listener:
    """The webhook listener on a real socket, with Lever's API at `api` (key `key`)."""

    def __init__(self, engine: sa.Engine, api: FakeLever, key: str) -> None:
        self.engine = engine
        env = {"LEVER_API_KEY": key, "LEVER_API_BASE": api.base, **KEYS.env()}
        settings = load_settings(env, env_file=None)
        context = WebContext(engine, settings, lambda: NOW, health=Health(started_at=NOW))
        self.serving = serve.start([serve.Listener(webhook_app(context), "127.0.0.1", 0)])
        self.base = f"http://127.0.0.1:{self.serving.ports[0]}"

    def post(self, posted: Posted) -> tuple[int, str]:
        path, body, headers = posted
        request = urllib.request.Request(self.base + path, body, headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path) -> sa.Engine:
    engine: sa.Engine = make_world(project, database_url, tmp_path)[0]
    return engine


@contextmanager
def listening(world: sa.Engine, api: FakeLever, key: str | None = None) -> Iterator[Listener]:
    listener = Listener(world, api, key or api.api_key)
    try:
        yield listener
    finally:
        listener.serving.stop()


@pytest.fixture
def site(world: sa.Engine, fake_lever: FakeLever) -> Iterator[Listener]:
    with listening(world, fake_lever) as listener:
        yield listener


def said(answer: str) -> str:
    [line] = json.loads(answer)["said"]
    return str(line)


def ana_s_outreach(engine: sa.Engine) -> EnrollmentStatus:
    with Session(engine) as session:
        return session.exec(select(Enrollment)).one().status


def the_event(engine: sa.Engine) -> Event:
    with Session(engine) as session:
        [event] = session.exec(select(Event)).all()
        return event


@pytest.mark.parametrize(
    ("emails", "phones"),
    [([ANA.upper()], []), (["ana.home@elsewhere.example"], ["(212) 555-0147"])],
    ids=["by-email", "by-phone"],
)
def test_lever_s_api_names_the_person_so_a_lever_hire_stops_them(
    site: Listener, fake_lever: FakeLever, emails: list[str], phones: list[str]
) -> None:
    fake_lever.add_opportunity("opp-1", emails=emails, phones=phones)
    status, answer = site.post(signed_lever(KEYS.lever, "candidateHired", NOW, {}))
    assert status == 200
    assert said(answer).startswith(f"lever lever-hook-1:{int(NOW.timestamp() * 1000)}: {ANA} hired")
    assert "outreach: stopped" in said(answer)
    assert ana_s_outreach(site.engine) == EnrollmentStatus.HALTED
    [asked] = fake_lever.requests
    assert (asked.method, asked.path) == ("GET", "/v1/opportunities/opp-1")
    assert asked.basic_auth == (fake_lever.api_key, "")  # the key as user name, no password


def test_a_key_lever_refuses_leaves_the_event_unmatched_with_the_reason(
    world: sa.Engine, fake_lever: FakeLever, caplog: pytest.LogCaptureFixture
) -> None:
    fake_lever.add_opportunity("opp-1", emails=[ANA])
    caplog.set_level(logging.WARNING, logger="sequencer")
    with listening(world, fake_lever, key="a-revoked-key") as listener:
        status, answer = listener.post(signed_lever(KEYS.lever, "candidateHired", NOW, {}))
    assert status == 200
    reason = "Lever lookup failed: Lever refused the API key (HTTP 401): check LEVER_API_KEY"
    assert reason in said(answer) and "kept: sequencer events --unmatched" in said(answer)
    event = the_event(world)
    assert event.candidate_id is None and reason in (event.detail or "")
    assert ana_s_outreach(world) == EnrollmentStatus.ACTIVE
    [logged] = [r.getMessage() for r in caplog.records if "Lever lookup" in r.getMessage()]
    assert "opp-1" in logged and "HTTP 401" in logged and "a-revoked-key" not in logged


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("stopped", "Lever could not be reached (ConnectionRefusedError"),
        ("dropped", "Lever could not be reached (RemoteDisconnected"),
        ("error", "Lever answered HTTP 503"),
        ("unknown", "Lever has no such opportunity (HTTP 404)"),
    ],
)
def test_when_lever_s_api_fails_the_event_is_kept_unmatched_with_why(
    site: Listener, fake_lever: FakeLever, fault: str, reason: str
) -> None:
    if fault != "unknown":
        fake_lever.add_opportunity("opp-1", emails=[ANA])
    if fault == "stopped":
        fake_lever.stop()
    elif fault == "dropped":
        fake_lever.script(Reply.drop_connection())
    elif fault == "error":
        fake_lever.script(Reply.error(503, "ServiceUnavailable", "Try again later"))
    status, answer = site.post(signed_lever(KEYS.lever, "candidateHired", NOW, {}))
    assert status == 200 and f"Lever lookup failed: {reason}" in said(answer)
    assert the_event(site.engine).candidate_id is None
    assert ana_s_outreach(site.engine) == EnrollmentStatus.ACTIVE


def test_a_lever_api_that_does_not_answer_in_time_fails_the_lookup(
    fake_lever: FakeLever,
) -> None:
    fake_lever.add_opportunity("opp-1", emails=[ANA])
    fake_lever.script(Reply.stall())  # held until the fake stops: past the client's timeout
    path, body, headers = signed_lever(KEYS.lever, "candidateHired", NOW, {})
    api = LeverApi(fake_lever.api_key, fake_lever.base, timeout=0.2)
    request = outside.Posted(path, {}, headers, body)
    [fact] = lever.read(request, KEYS.lever, NOW, api=api)
    assert fact.emails == () and fact.phones == ()
    assert "Lever lookup failed: Lever did not answer within 0.2 seconds" in (fact.detail or "")


@pytest.mark.parametrize("forgery", ["forged", "stale", "unarchived"])
def test_a_forged_or_stale_lever_webhook_costs_no_api_call(
    site: Listener, fake_lever: FakeLever, forgery: str
) -> None:
    fake_lever.add_opportunity("opp-1", emails=[ANA])
    posted = {
        "forged": signed_lever(Secrets().lever, "candidateHired", NOW, {}),
        "stale": signed_lever(KEYS.lever, "candidateHired", NOW - timedelta(hours=2), {}),
        # genuine, but a sequence has nothing to do with it: no fact, so nobody to look up
        "unarchived": signed_lever(KEYS.lever, "candidateArchiveChange", NOW, {"toArchived": None}),
    }[forgery]
    status, _ = site.post(posted)
    assert status == (200 if forgery == "unarchived" else 403)
    assert fake_lever.requests == []
    with Session(site.engine) as session:
        assert session.exec(select(Event)).all() == []
        assert session.exec(select(CandidateRecord)).one().key == ANA
