"""The ATS and scheduling-tool routes on the daemon's webhook listener (a real uvicorn on
loopback): a genuine webhook is recorded once, however often it is delivered; a forged,
unsigned, stale or late-replayed one gets 403 and records nothing; a signed body that is
not the provider's gets 400; a provider whose secret is unset has no route at all."""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
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
from helpers.project import Project
from helpers.worlds import START, make_world
from sqlmodel import Session, select

from sequencer.config import load_settings
from sequencer.engine.links import booking_token
from sequencer.store.models import CandidateRecord, Enrollment, Event, EventKind
from sequencer.web import serve
from sequencer.web.context import WebContext
from sequencer.web.health import Health
from sequencer.web.webhooks import webhook_app

NOW = START + timedelta(days=1)
ANA = "ana@example.com"
SECRET_KEY = "a-long-random-secret-for-signed-links"
KEYS = Secrets()


class Listener:
    """The webhook listener on a real socket, with the settings `env` gives it."""

    def __init__(self, engine: sa.Engine, env: dict[str, str]) -> None:
        self.engine = engine
        settings = load_settings({"SEQUENCER_SECRET_KEY": SECRET_KEY, **env}, env_file=None)
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
    engine, _, _ = make_world(project, database_url, tmp_path)
    return engine


@pytest.fixture
def site(world: sa.Engine):
    listener = Listener(world, KEYS.env())
    yield listener
    listener.serving.stop()


def events(engine: sa.Engine) -> list[Event]:
    with Session(engine) as session:
        return list(session.exec(select(Event).order_by(Event.id)))


def ana(engine: sa.Engine) -> tuple[int, int]:
    """Ana's person id and her enrollment's."""
    with Session(engine) as session:
        enrollment = session.exec(select(Enrollment)).one()
        person = session.get(CandidateRecord, enrollment.candidate_id)
        assert person is not None and person.id is not None and enrollment.id is not None
        return person.id, enrollment.id


GENUINE = {
    "greenhouse": (
        lambda: signed_greenhouse(KEYS.greenhouse, greenhouse_body("hire_candidate", ANA)),
        EventKind.HIRED,
    ),
    "ashby": (
        lambda: signed_ashby(KEYS.ashby, ashby_body("applicationSubmit", "act-1", ANA)),
        EventKind.APPLIED,
    ),
    "calendly": (
        lambda: signed_calendly(KEYS.calendly, calendly_body("invitee.created", ANA), NOW),
        EventKind.MEETING_BOOKED,
    ),
    "calcom": (
        lambda: signed_calcom(KEYS.calcom, calcom_body("BOOKING_CANCELLED", ANA)),
        EventKind.MEETING_CANCELED,
    ),
}


@pytest.mark.parametrize("provider", list(GENUINE))
def test_a_genuine_webhook_is_recorded_once_however_often_it_comes(
    site: Listener, provider: str
) -> None:
    sign, kind = GENUINE[provider]
    posted = sign()
    first = site.post(posted)
    assert first[0] == 200 and json.loads(first[1])["facts"] == 1
    again = site.post(posted)  # the provider's retry, or a replay of a captured request
    assert again[0] == 200 and "seen before" in again[1]
    [event] = events(site.engine)
    assert (event.kind, event.channel, event.candidate_id) == (kind, provider, ana(site.engine)[0])


def test_a_lever_event_is_recorded_with_the_ids_to_find_the_person_in_lever(
    site: Listener,
) -> None:
    posted = signed_lever(KEYS.lever, "candidateHired", NOW, {})
    assert site.post(posted)[0] == 200
    assert site.post(posted)[0] == 200
    [event] = events(site.engine)
    assert (event.kind, event.candidate_id) == (EventKind.HIRED, None)  # Lever names no address
    assert "opportunity opp-1" in (event.detail or "")


def test_a_booking_through_our_link_finds_the_person_whatever_address_they_typed(
    site: Listener,
) -> None:
    person, enrollment = ana(site.engine)
    token = booking_token(enrollment, SECRET_KEY)
    body = calendly_body("invitee.created", "ana.personal@elsewhere.example", token=token)
    assert site.post(signed_calendly(KEYS.calendly, body, NOW))[0] == 200
    [event] = events(site.engine)
    assert (event.kind, event.candidate_id) == (EventKind.MEETING_BOOKED, person)


def forgeries(provider: str) -> dict[str, Posted]:
    """A forged, an unsigned, a tampered and (where the provider stamps) a stale request."""
    sign, _ = GENUINE.get(provider, (None, None))
    other = Secrets()
    if provider == "lever":
        genuine = signed_lever(KEYS.lever, "candidateHired", NOW, {})
        return {
            "forged": signed_lever(other.lever, "candidateHired", NOW, {}),
            "unsigned": (genuine[0], genuine[1].replace(b'"signature"', b'"unsigned"'), {}),
            "stale": signed_lever(KEYS.lever, "candidateHired", NOW - timedelta(hours=2), {}),
        }
    assert sign is not None
    path, body, headers = sign()
    cases = {
        "unsigned": (path, body, {"Content-Type": "application/json"}),
        "tampered": (path, body.replace(ANA.encode(), b"eve@example.com"), headers),
    }
    if provider == "calendly":
        late = signed_calendly(KEYS.calendly, body, NOW - timedelta(minutes=10))
        cases |= {"forged": signed_calendly(other.calendly, body, NOW), "stale": late}
    elif provider == "greenhouse":
        cases["forged"] = signed_greenhouse(other.greenhouse, body)
    elif provider == "ashby":
        cases["forged"] = signed_ashby(other.ashby, body)
    else:
        cases["forged"] = signed_calcom(other.calcom, body)
    return cases


CASES = [(p, name) for p in [*GENUINE, "lever"] for name in forgeries(p)]


@pytest.mark.parametrize(("provider", "forgery"), CASES)
def test_forged_unsigned_tampered_or_stale_requests_get_403_and_record_nothing(
    site: Listener, provider: str, forgery: str
) -> None:
    assert site.post(forgeries(provider)[forgery]) == (403, "forbidden\n")
    assert events(site.engine) == []


@pytest.mark.parametrize(
    "posted",
    [
        signed_greenhouse(KEYS.greenhouse, b"{not json"),
        signed_ashby(KEYS.ashby, b'{"action": "candidateHire", "data": {}}'),
        signed_calendly(KEYS.calendly, b"[]", NOW),
        signed_calcom(KEYS.calcom, b'{"triggerEvent": "BOOKING_CREATED"}'),
        signed_lever(KEYS.lever, "candidateStageChange", NOW, {}),
    ],
    ids=["greenhouse", "ashby", "calendly", "calcom", "lever"],
)
def test_a_signed_body_that_is_not_the_providers_gets_400(site: Listener, posted: Posted) -> None:
    status, body = site.post(posted)
    assert status == 400 and body.startswith("bad request: ")
    assert events(site.engine) == []


def test_a_provider_with_no_secret_set_has_no_route(world: sa.Engine) -> None:
    only_calendly = Listener(world, {"CALENDLY_WEBHOOK_SIGNING_KEY": KEYS.calendly})
    try:
        hire = signed_greenhouse(KEYS.greenhouse, greenhouse_body("hire_candidate", ANA))
        assert only_calendly.post(hire)[0] == 404
        booked = signed_calendly(KEYS.calendly, calendly_body("invitee.created", ANA), NOW)
        assert only_calendly.post(booked)[0] == 200
    finally:
        only_calendly.serving.stop()
    assert [e.channel for e in events(world)] == ["calendly"]


def test_an_oversized_body_gets_413_before_it_is_read(site: Listener) -> None:
    # Only the headers are sent: the answer comes without the server waiting for the body.
    connection = http.client.HTTPConnection("127.0.0.1", site.serving.ports[0], timeout=10)
    connection.putrequest("POST", "/webhooks/calcom")
    connection.putheader("X-Cal-Signature-256", "0" * 64)
    connection.putheader("Content-Length", str(2 * 1024 * 1024))
    connection.endheaders()
    assert connection.getresponse().status == 413
    connection.close()
    assert events(site.engine) == []
