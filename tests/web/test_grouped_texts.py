"""Many texts at once over real HTTP (a real uvicorn on loopback): each is stored and acted on
once before its 200, with its own answer, whether the listener applies them in groups
(`inbound.grouped`) or serves its socket from several processes (`serve.Listener.processes`)."""

from __future__ import annotations

import os
import threading
import urllib.parse

import pytest
import sqlalchemy as sa
from helpers.project import Project
from helpers.worlds import enrolled_in_emails
from sqlmodel import Session, select
from test_webhooks import AUTH_TOKEN, ENV, NOW, PUBLIC_URL, SECRET, Site
from twilio.request_validator import RequestValidator

from sequencer.config import load_settings
from sequencer.store.erasure import ERASED, forget_address
from sequencer.store.models import Enrollment, EnrollmentStatus, Event
from sequencer.store.suppression import is_suppressed
from sequencer.web import serve
from sequencer.web.context import WebContext
from sequencer.web.webhooks import webhook_app

PEOPLE = 30
ERASED_PHONE = "+14155550199"
SMS = "/webhooks/twilio/sms"


def phone(n: int) -> str:
    return f"+1212555{n:04d}"


@pytest.fixture
def engine(project: Project, database_url: str):
    """`PEOPLE` people with phones, each in a running sequence; one number erased."""
    rows = [f"p{n}@example.com,{phone(n)},P{n}" for n in range(PEOPLE)]
    engine = enrolled_in_emails(project, database_url, rows, NOW)
    with Session(engine) as session, session.begin():
        forget_address(session, ERASED_PHONE, ERASED, NOW, SECRET)
    yield engine
    engine.dispose()


def said(n: int) -> str:
    return "STOP" if n % 10 == 8 else "HELP" if n % 10 == 9 else "Thanks, tell me more"


def signed(sender: str, body: str, sid: str) -> tuple[bytes, dict[str, str]]:
    params = {"MessageSid": sid, "AccountSid": "AC" + "b" * 32, "From": sender}
    params |= {"To": "+14155550134", "Body": body, "NumMedia": "0"}
    signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_URL + SMS, params)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
    return urllib.parse.urlencode(params).encode(), headers


def post_at_once(site: Site, posts: list[tuple[bytes, dict[str, str]]]) -> list[tuple[int, str]]:
    """Every post on a connection of its own, all let go at the same moment."""
    answers: list[tuple[int, str]] = [(0, "")] * len(posts)
    start = threading.Barrier(len(posts))

    def post(i: int) -> None:
        start.wait()
        answers[i] = site.post(SMS, *posts[i])

    threads = [threading.Thread(target=post, args=(i,)) for i in range(len(posts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def everyone_texts(site: Site) -> None:
    """Thirty people text at once, one of them twice with one MessageSid (Twilio's retry
    racing the first try), and someone erased at their request texts STOP."""
    posts = [signed(phone(n), said(n), f"SM{n:032d}") for n in range(PEOPLE)]
    posts += [posts[0], signed(ERASED_PHONE, "STOP", "SM" + "e" * 32)]
    answers = post_at_once(site, posts)
    assert {code for code, _ in answers} == {200}
    for n, (_, twiml) in enumerate(answers[:PEOPLE]):
        asked_for_help = "Dana (recruiting). Questions: dana@northwind.example." in twiml
        assert asked_for_help is (said(n) == "HELP"), (n, twiml)


def check_each_was_acted_on_once(engine: sa.Engine) -> None:
    with Session(engine) as session:
        keys = [event.key for event in session.exec(select(Event))]
        enrollments = {e.candidate_id: e.status for e in session.exec(select(Enrollment))}
        assert sorted(keys) == sorted(f"twilio-sms:SM{n:032d}" for n in range(PEOPLE))  # once each
        for n in range(PEOPLE):
            halted = enrollments[n + 1] == EnrollmentStatus.HALTED
            assert halted is (said(n) != "HELP"), n
            assert is_suppressed(session, [phone(n)]) is (said(n) == "STOP"), n
        assert not is_suppressed(session, [ERASED_PHONE])  # storing it would store them again


def test_texts_posted_at_once_are_each_stored_and_acted_on_once(engine: sa.Engine) -> None:
    site = Site(engine, ENV)
    try:
        everyone_texts(site)
    finally:
        site.close()
    check_each_was_acted_on_once(engine)


def test_a_listener_served_by_two_processes_answers_every_text(engine: sa.Engine) -> None:
    settings = load_settings(ENV, env_file=None)
    app = webhook_app(WebContext(engine, settings, lambda: NOW))
    listener = serve.Listener(
        app, "127.0.0.1", 0, processes=2, after_fork=lambda: engine.dispose(close=False)
    )
    serving = serve.start([listener])
    site = Site.__new__(Site)  # the client half of Site, on this listener
    site.base = f"http://127.0.0.1:{serving.ports[0]}"
    try:
        [child] = serving.children
        everyone_texts(site)
    finally:
        serving.stop()
    check_each_was_acted_on_once(engine)
    with pytest.raises(ChildProcessError):  # stopped with us, and reaped
        os.waitpid(child, os.WNOHANG)
