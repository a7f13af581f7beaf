"""The daemon's webhook listener (Starlette on a real uvicorn, on loopback): signed webhooks
change things, and anything unsigned, forged, tampered, oversized or malformed changes nothing."""

from __future__ import annotations

import base64
import http.client
import json
import random
import threading
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from fakes.sendgrid_server import FakeSendGrid, Reply
from helpers.legacy_links import legacy_token
from helpers.project import Project
from helpers.worlds import START, make_world
from sqlmodel import Session, select
from twilio.request_validator import RequestValidator

from sequencer.channels import Senders
from sequencer.channels.outbox import Outbox
from sequencer.channels.sendgrid.events import fact_of
from sequencer.channels.sendgrid.sender import SendGridSender
from sequencer.config import load_settings
from sequencer.engine.dispatch import tick
from sequencer.engine.links import Links, token
from sequencer.inbound.receive import receive_events
from sequencer.reports.funnel import COLUMNS, format_funnel, funnel
from sequencer.reports.status import status
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    Event,
    EventKind,
    Send,
    SendStatus,
    Suppression,
)
from sequencer.store.people import candidate_of
from sequencer.store.suppression import is_suppressed, keys_of
from sequencer.web import serve
from sequencer.web.context import WebContext
from sequencer.web.health import Health
from sequencer.web.limits import DEADLINE_SECONDS
from sequencer.web.webhooks import webhook_app

PUBLIC_URL = "https://sequencer.northwind.example"
AUTH_TOKEN = "test-auth-token-0123456789abcdef"
SECRET = "a-long-random-secret-for-unsubscribe-links"
INBOUND_TOKEN = "inbound-token-9f8e7d"
NOW = START + timedelta(hours=8)
ANA = "ana@example.com"
ANA_PHONE = "+12125550147"
URLENCODED = "application/x-www-form-urlencoded"


class Site:
    """The daemon's webhook listener on a real socket, with a SendGrid key pair and a Twilio
    token; each request has `deadline` seconds for its head and body."""

    def __init__(
        self,
        engine: sa.Engine,
        env: dict[str, str],
        with_key: bool = True,
        deadline: float = DEADLINE_SECONDS,
    ) -> None:
        self.engine = engine
        self.key = ec.generate_private_key(ec.SECP256R1())
        public = self.key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        if with_key:
            env = {"SENDGRID_WEBHOOK_PUBLIC_KEY": base64.b64encode(public).decode()} | env
        settings = load_settings(env, env_file=None)
        context = WebContext(engine, settings, lambda: NOW, health=Health(started_at=NOW))
        listener = serve.Listener(webhook_app(context), "127.0.0.1", 0)
        self.serving = serve.start([listener], deadline)
        self.port = self.serving.ports[0]
        self.base = f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.serving.stop()

    def post(
        self, path: str, body: bytes, headers: dict[str, str] | None = None
    ) -> tuple[int, str]:
        request = urllib.request.Request(
            self.base + path, data=body, headers=headers or {}, method="POST"
        )
        return self._open(request)

    def get(self, path: str) -> tuple[int, str]:
        return self._open(urllib.request.Request(self.base + path))

    @staticmethod
    def _open(request: urllib.request.Request) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    # --- SendGrid ---

    def signed_events(
        self, events: list[dict], key: ec.EllipticCurvePrivateKey | None = None
    ) -> tuple[bytes, dict[str, str]]:
        body = json.dumps(events).encode() + b"\r\n"
        timestamp = str(int(NOW.timestamp()))
        signature = (key or self.key).sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
        return body, {
            "Content-Type": "application/json",
            "X-Twilio-Email-Event-Webhook-Signature": base64.b64encode(signature).decode(),
            "X-Twilio-Email-Event-Webhook-Timestamp": timestamp,
        }

    # --- Twilio ---

    def twilio(
        self, path: str, params: dict[str, str], signed_url: str | None = None
    ) -> tuple[int, str]:
        url = signed_url or PUBLIC_URL + path
        signature = RequestValidator(AUTH_TOKEN).compute_signature(url, params)
        body = urllib.parse.urlencode(params).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature,
        }
        return self.post(path, body, headers)


ENV = {
    "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
    "SEQUENCER_PUBLIC_URL": PUBLIC_URL,
    "SEQUENCER_SECRET_KEY": SECRET,
    "SEQUENCER_INBOUND_TOKEN": INBOUND_TOKEN,
}


@pytest.fixture
def site(project: Project, database_url: str, tmp_path: Path):
    engine, senders, _ = make_world(project, database_url, tmp_path)
    due = enrollment(engine).next_due_at
    assert due is not None and due < NOW
    tick(engine, senders, due)  # Ana's first email has gone out
    running = Site(engine, ENV)
    yield running
    running.close()


def events(engine: sa.Engine) -> list[Event]:
    with Session(engine) as session:
        return list(session.exec(select(Event).order_by(Event.id)))


def suppressed(engine: sa.Engine) -> set[str]:
    with Session(engine) as session:
        return {s.address for s in session.exec(select(Suppression))}


def enrollment(engine: sa.Engine) -> Enrollment:
    with Session(engine) as session:
        return session.exec(select(Enrollment).order_by(Enrollment.id)).first()  # type: ignore[return-value]


def first_send(engine: sa.Engine) -> Send:
    with Session(engine) as session:
        return session.exec(select(Send).where(Send.step_id == "first")).one()


def sendgrid_event(kind: str, event_id: str, **fields: object) -> dict[str, object]:
    return {
        "email": ANA,
        "timestamp": int(NOW.timestamp()),
        "event": kind,
        "sg_event_id": event_id,
        "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0",
        "sequencer_ref": "1-first",
        **fields,
    }


# --- SendGrid event webhook -------------------------------------------------------------------


def test_a_signed_spam_report_opts_the_person_out_everywhere(site: Site) -> None:
    body, headers = site.signed_events([sendgrid_event("spamreport", "ev-spam-1")])
    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 200
    assert suppressed(site.engine) == {ANA, ANA_PHONE}
    assert enrollment(site.engine).status == EnrollmentStatus.HALTED


def test_the_same_signed_event_twice_has_one_effect(site: Site) -> None:
    body, headers = site.signed_events([sendgrid_event("open", "ev-open-1")])
    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 200
    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 200
    assert [e.kind for e in events(site.engine)] == [EventKind.OPENED]
    [entry] = status(site.engine)
    assert entry["sends"][0]["delivery"] == "opened"  # the per-step funnel


def test_twin_deliveries_of_a_batch_racing_each_other_have_one_effect_each(site: Site) -> None:
    """Both pass the "seen before?" check before either commits (PostgreSQL); the loser
    fails on an event key, rolls back whole, and takes its events one by one."""
    batch = [
        sendgrid_event("delivered", "ev-twin-1"),
        sendgrid_event("open", "ev-twin-2"),
        sendgrid_event("spamreport", "ev-twin-3"),
        sendgrid_event("open", "ev-twin-2"),  # the same event twice in one batch, too
    ]
    start = threading.Barrier(2)
    results: list[list[str]] = []

    def deliver() -> None:
        start.wait()
        results.append(receive_events(site.engine, [fact_of(event) for event in batch], NOW))

    twins = [threading.Thread(target=deliver) for _ in range(2)]
    for twin in twins:
        twin.start()
    for twin in twins:
        twin.join()

    kinds = sorted(e.kind for e in events(site.engine))
    assert kinds == sorted([EventKind.DELIVERED, EventKind.OPENED, EventKind.OPT_OUT])
    assert sorted(results, key=lambda r: r.count("duplicate")) == [
        ["delivered", "opened", "opted out", "duplicate"],
        ["duplicate"] * 4,
    ]
    assert suppressed(site.engine) == {ANA, ANA_PHONE}


def test_a_retry_with_a_new_event_id_is_still_the_same_event(site: Site) -> None:
    """sg_event_id has been seen to change on SendGrid's retries (providers.md §1.4)."""
    for event_id in ("first-try", "second-try"):
        body, headers = site.signed_events([sendgrid_event("unsubscribe", event_id)])
        assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 200
    assert [e.kind for e in events(site.engine)] == [EventKind.OPT_OUT]


@pytest.mark.parametrize("forgery", ["unsigned", "other key", "tampered body", "old stamp"])
def test_unsigned_forged_or_tampered_events_get_403_and_change_nothing(
    site: Site, forgery: str
) -> None:
    spam = [sendgrid_event("spamreport", "ev-spam-2")]
    other = ec.generate_private_key(ec.SECP256R1())
    body, headers = site.signed_events(spam, other if forgery == "other key" else None)
    if forgery == "unsigned":
        headers = {"Content-Type": "application/json"}
    if forgery == "tampered body":
        body = body.replace(b"spamreport", b"unsubscribe")
    if forgery == "old stamp":
        headers["X-Twilio-Email-Event-Webhook-Timestamp"] = "1600112502"
    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 403
    assert events(site.engine) == [] and suppressed(site.engine) == set()
    assert enrollment(site.engine).status == EnrollmentStatus.ACTIVE


def test_with_no_public_key_the_event_route_accepts_nothing(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    engine, _, _ = make_world(project, database_url, tmp_path)
    site = Site(engine, ENV, with_key=False)
    body, headers = site.signed_events([sendgrid_event("spamreport", "ev-spam-3")])
    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 403
    assert suppressed(engine) == set()
    site.close()


def test_a_signed_batch_that_is_not_an_event_list_gets_400(site: Site) -> None:
    for garbage in (b"{not json", b'{"event": "open"}', b"[1, 2]", b'[{"email": "x"}]'):
        timestamp = str(int(NOW.timestamp()))
        signature = site.key.sign(timestamp.encode() + garbage, ec.ECDSA(hashes.SHA256()))
        headers = {
            "X-Twilio-Email-Event-Webhook-Signature": base64.b64encode(signature).decode(),
            "X-Twilio-Email-Event-Webhook-Timestamp": timestamp,
        }
        assert site.post("/webhooks/sendgrid/events", garbage, headers)[0] == 400
    assert events(site.engine) == []


def test_a_hard_bounce_marks_the_address_undeliverable(site: Site) -> None:
    bounce = sendgrid_event("bounce", "ev-b-1", type="bounce", reason="550 5.1.1 unknown user")
    body, headers = site.signed_events([bounce])
    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 200
    with Session(site.engine) as session:
        person = session.exec(select(CandidateRecord)).one()
    assert person.email_undeliverable == "550 5.1.1 unknown user"
    [entry] = status(site.engine)
    assert entry["status"] == "active"  # this sequence does not stop on bounce: it falls back
    assert entry["next_step"] == "nudge"


def test_a_blocked_bounce_and_a_deferral_are_temporary(site: Site) -> None:
    blocked = sendgrid_event("bounce", "ev-b-2", type="blocked", reason="421 try later")
    deferred = sendgrid_event("deferred", "ev-d-1", attempt="2")
    body, headers = site.signed_events([blocked, deferred])
    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 200
    with Session(site.engine) as session:
        assert session.exec(select(CandidateRecord)).one().email_undeliverable is None
    assert enrollment(site.engine).status == EnrollmentStatus.ACTIVE


def test_a_delivered_event_settles_a_send_left_in_doubt(site: Site) -> None:
    with Session(site.engine) as session, session.begin():
        row = session.exec(select(Send).where(Send.step_id == "first")).one()
        row.status, row.sent_at = SendStatus.SENDING, None  # as a crash would leave it
        held = session.exec(select(Enrollment)).one()
        held.next_step, held.next_due_at, held.touches_sent = 0, None, 0
    body, headers = site.signed_events([sendgrid_event("delivered", "ev-del-1")])
    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 200
    assert first_send(site.engine).status == SendStatus.SENT
    moved_on = enrollment(site.engine)
    assert moved_on.next_step == 1 and moved_on.next_due_at is not None


def nudge(engine: sa.Engine) -> Send:
    with Session(engine) as session:
        return session.exec(select(Send).where(Send.step_id == "nudge")).one()


@pytest.fixture
def unclear_nudge(site: Site, tmp_path: Path):
    """Ana's second email, through the real client, to a SendGrid that answers 500 once: it
    may have taken the message. Yields the fake and a dispatch pass at a given moment."""
    with FakeSendGrid() as api:
        api.script(Reply.error(500, "internal error"))
        email = SendGridSender(api.api_key, api.url, timeout=5, confirm_within=900)
        outbox = Outbox(tmp_path / "unclear-outbox", NOW)
        senders = Senders(email, outbox, outbox)
        due = enrollment(site.engine).next_due_at
        assert due is not None
        tick(site.engine, senders, due)
        yield api, due, lambda at: tick(site.engine, senders, at)


def test_an_unclear_send_waits_for_sendgrids_events_and_they_settle_it(
    site: Site, unclear_nudge
) -> None:
    api, due, run_pass = unclear_nudge
    row = nudge(site.engine)
    assert row.status == SendStatus.RETRY and "events can tell first" in (row.reason or "")
    assert enrollment(site.engine).next_due_at == due + timedelta(seconds=900)

    run_pass(due + timedelta(minutes=5))  # the plain backoff would have sent it again by now
    assert len(api.requests) == 1

    went = int((due + timedelta(seconds=20)).timestamp())
    event = sendgrid_event("processed", "ev-unclear-1", sequencer_ref="1-nudge", timestamp=went)
    body, headers = site.signed_events([event])
    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 200

    run_pass(due + timedelta(minutes=20))
    assert len(api.requests) == 1  # never a second copy
    row = nudge(site.engine)
    assert row.status == SendStatus.SENT and row.sent_at == due + timedelta(seconds=20)
    assert "settled by the provider" in (row.reason or "")
    assert enrollment(site.engine).next_step == 2  # on to the last email, a week on


def test_an_unclear_send_with_no_event_is_tried_again_after_the_wait(
    site: Site, unclear_nudge
) -> None:
    api, due, run_pass = unclear_nudge

    run_pass(due + timedelta(minutes=14))
    assert len(api.requests) == 1
    run_pass(due + timedelta(minutes=15))
    assert len(api.requests) == 2
    assert nudge(site.engine).status == SendStatus.SENT


def test_an_oversized_body_gets_413_before_it_is_read(site: Site) -> None:
    # Only the headers are sent: the answer comes without the server waiting for 9 MB.
    connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=10)
    connection.putrequest("POST", "/webhooks/sendgrid/events")
    connection.putheader("Content-Length", str(9 * 1024 * 1024))
    connection.endheaders()
    assert connection.getresponse().status == 413
    connection.close()


# --- Twilio SMS -------------------------------------------------------------------------------


def inbound_text(body: str, sid: str = "SM" + "a" * 32, **extra: str) -> dict[str, str]:
    return {
        "MessageSid": sid,
        "AccountSid": "AC" + "b" * 32,
        "From": ANA_PHONE,
        "To": "+14155550134",
        "Body": body,
        "NumMedia": "0",
        "SmsStatus": "received",
        **extra,
    }


@pytest.mark.parametrize(
    "word",
    ["STOP", " stop ", "Unsubscribe", "cancel", "END", "quit", "REVOKE", "optout", "StopAll"],
)
def test_an_opt_out_keyword_suppresses_the_person(site: Site, word: str) -> None:
    code, answer = site.twilio("/webhooks/twilio/sms", inbound_text(word))
    assert code == 200 and "<Message>" not in answer  # Twilio itself confirms the opt-out
    assert ANA_PHONE in suppressed(site.engine)
    assert enrollment(site.engine).status == EnrollmentStatus.HALTED


def test_opt_out_type_from_advanced_opt_out_is_honoured(site: Site) -> None:
    site.twilio("/webhooks/twilio/sms", inbound_text("ARRET", OptOutType="STOP"))
    assert ANA_PHONE in suppressed(site.engine)


def test_start_undoes_exactly_what_their_stop_did(site: Site) -> None:
    site.twilio("/webhooks/twilio/sms", inbound_text("STOP", sid="SM" + "1" * 32))
    assert suppressed(site.engine) == {ANA, ANA_PHONE}  # a STOP stops everything...
    site.twilio("/webhooks/twilio/sms", inbound_text("START", sid="SM" + "2" * 32))
    assert suppressed(site.engine) == set()  # ...and their START lifts what it closed
    with Session(site.engine) as session:
        person = session.exec(select(CandidateRecord)).one()
        assert not is_suppressed(session, keys_of(candidate_of(person)))


def test_start_does_not_undo_an_email_unsubscribe(site: Site) -> None:
    path = f"/unsubscribe/{token(ANA, SECRET)}"
    site.post(path, b"List-Unsubscribe=One-Click", {"Content-Type": URLENCODED})
    site.twilio("/webhooks/twilio/sms", inbound_text("START"))
    assert ANA in suppressed(site.engine)


def test_yes_from_someone_who_never_opted_out_is_a_reply(site: Site) -> None:
    site.twilio("/webhooks/twilio/sms", inbound_text("Yes"))
    assert enrollment(site.engine).status == EnrollmentStatus.HALTED
    assert [e.kind for e in events(site.engine)] == [EventKind.REPLY]


def test_help_gets_the_help_text(site: Site) -> None:
    code, answer = site.twilio("/webhooks/twilio/sms", inbound_text("help"))
    assert code == 200 and "<Message>" in answer and "Reply STOP to opt out" in answer
    assert "Dana" in answer
    assert enrollment(site.engine).status == EnrollmentStatus.ACTIVE


def test_a_redelivered_help_is_answered_again_and_recorded_once(site: Site) -> None:
    first = site.twilio("/webhooks/twilio/sms", inbound_text("help"))
    again = site.twilio("/webhooks/twilio/sms", inbound_text("help"))
    assert again == first and "Reply STOP to opt out" in again[1]
    assert [e.kind for e in events(site.engine)] == [EventKind.HELP]


def test_any_other_text_is_a_reply_that_halts(site: Site) -> None:
    site.twilio("/webhooks/twilio/sms", inbound_text("Sure, call me Thursday after 3"))
    assert enrollment(site.engine).status == EnrollmentStatus.HALTED
    assert suppressed(site.engine) == set()
    [reply] = events(site.engine)
    assert reply.kind == EventKind.REPLY and reply.detail == "Sure, call me Thursday after 3"


@pytest.mark.parametrize("forgery", ["wrong url", "tampered", "no signature", "wrong token"])
def test_forged_twilio_requests_get_403_and_change_nothing(site: Site, forgery: str) -> None:
    params = inbound_text("STOP")
    url = PUBLIC_URL + "/webhooks/twilio/sms"
    if forgery == "wrong url":
        url = "https://attacker.example/webhooks/twilio/sms"
    signature = RequestValidator(
        "not-our-token" if forgery == "wrong token" else AUTH_TOKEN
    ).compute_signature(url, params)
    if forgery == "tampered":
        params["From"] = "+12125550199"
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if forgery != "no signature":
        headers["X-Twilio-Signature"] = signature
    body = urllib.parse.urlencode(params).encode()
    assert site.post("/webhooks/twilio/sms", body, headers)[0] == 403
    assert events(site.engine) == [] and suppressed(site.engine) == set()


def test_an_sms_status_callback_with_21610_is_an_opt_out(site: Site) -> None:
    path = "/webhooks/twilio/sms?ref=1-first"
    callback = {
        "MessageSid": "SM" + "c" * 32,
        "MessageStatus": "undelivered",
        "ErrorCode": "21610",
        "To": ANA_PHONE,
        "From": "+14155550134",
    }
    assert site.twilio(path, callback)[0] == 200
    assert ANA_PHONE in suppressed(site.engine)


def test_a_malformed_twilio_body_gets_400(site: Site) -> None:
    signature = RequestValidator(AUTH_TOKEN).compute_signature(
        PUBLIC_URL + "/webhooks/twilio/sms", {}
    )
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
    code, _ = site.post("/webhooks/twilio/sms", b"\xff\xfe=\xff", headers)
    assert code == 400


# --- Twilio voice -----------------------------------------------------------------------------


def test_a_voicemail_result_is_recorded_on_its_step(site: Site) -> None:
    path = "/webhooks/twilio/voice?ref=1-first"
    callback = {
        "CallSid": "CA" + "d" * 32,
        "CallStatus": "completed",
        "AnsweredBy": "machine_end_beep",
        "To": ANA_PHONE,
    }
    assert site.twilio(path, callback)[0] == 200
    assert site.twilio(path, callback)[0] == 200  # Twilio may retry: one record
    [call] = events(site.engine)
    assert call.kind == EventKind.CALL and call.detail == "voicemail left"
    assert call.send_id == first_send(site.engine).id


# --- unsubscribe ------------------------------------------------------------------------------


def test_a_get_shows_a_page_and_never_unsubscribes(site: Site) -> None:
    code, page = site.get(f"/unsubscribe/{token(ANA, SECRET)}")
    assert code == 200 and '<form method="post">' in page and ANA in page
    assert suppressed(site.engine) == set()


def test_one_click_post_unsubscribes_at_once(site: Site) -> None:
    path = f"/unsubscribe/{token(ANA, SECRET)}"
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    code, _ = site.post(path, b"List-Unsubscribe=One-Click", headers)
    assert code == 200
    assert suppressed(site.engine) == {ANA, ANA_PHONE}
    assert enrollment(site.engine).status == EnrollmentStatus.HALTED
    assert site.post(path, b"List-Unsubscribe=One-Click", headers)[0] == 200  # idempotent
    assert len([e for e in events(site.engine) if e.kind == EventKind.OPT_OUT]) == 1


def test_a_tampered_unsubscribe_token_is_refused(site: Site) -> None:
    forged = token("someone.else@example.com", "a guessed secret")
    code, page = site.post(f"/unsubscribe/{forged}", b"List-Unsubscribe=One-Click")
    assert code == 403 and "not valid" in page
    assert suppressed(site.engine) == set()


def test_an_unsubscribe_link_hides_the_address_and_works(site: Site) -> None:
    url = Links(PUBLIC_URL, SECRET).unsubscribe(ANA)  # what List-Unsubscribe carries
    assert (
        "ana" not in url.lower() and base64.urlsafe_b64encode(ANA.encode())[:12] not in url.encode()
    )
    path = url.removeprefix(PUBLIC_URL)
    code, page = site.get(path)
    assert code == 200 and ANA in page  # the page, sent over TLS, may say whom it is for
    assert site.post(path, b"List-Unsubscribe=One-Click", {"Content-Type": URLENCODED})[0] == 200
    assert suppressed(site.engine) == {ANA, ANA_PHONE}


def test_a_link_sent_before_the_opaque_format_still_unsubscribes(site: Site) -> None:
    old = legacy_token(ANA, SECRET)
    assert old.startswith(base64.urlsafe_b64encode(ANA.encode()).decode().rstrip("="))
    code, _ = site.post(f"/unsubscribe/{old}", b"List-Unsubscribe=One-Click")
    assert code == 200 and suppressed(site.engine) == {ANA, ANA_PHONE}


def test_a_tampered_opaque_token_is_refused(site: Site) -> None:
    genuine = token(ANA, SECRET)
    for forged in (
        genuine[:-1] + ("A" if genuine[-1] != "A" else "B"),
        genuine[:-5],
        "v9" + genuine[2:],
    ):
        code, page = site.post(f"/unsubscribe/{forged}", b"List-Unsubscribe=One-Click")
        assert code == 403 and "not valid" in page, forged
    assert suppressed(site.engine) == set()


# --- anything else ----------------------------------------------------------------------------


def test_unknown_paths_get_404_and_health_still_answers(site: Site) -> None:
    assert site.get("/webhooks/nothing")[0] == 404
    code, body = site.get("/healthz")
    assert code == 200 and json.loads(body)["status"] == "ok"


def test_inbound_mail_without_the_token_gets_403(site: Site) -> None:
    for path in ("/webhooks/sendgrid/inbound", "/webhooks/sendgrid/inbound?token=guess"):
        code, _ = site.post(path, b"", {"Content-Type": "multipart/form-data; boundary=x"})
        assert code == 403
    assert events(site.engine) == []


def test_garbage_to_every_route_gets_4xx_never_a_500(site: Site) -> None:
    """Random bytes, signed where a signature is checked, so the parsers behind it see them."""
    rng = random.Random(20261122)
    for _ in range(40):
        garbage = rng.randbytes(rng.randrange(0, 400))
        content_type = rng.choice(
            [
                "application/json",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xYzZY",
                "text/plain",
                "",
            ]
        )
        timestamp = str(int(NOW.timestamp()))
        signature = site.key.sign(timestamp.encode() + garbage, ec.ECDSA(hashes.SHA256()))
        signed = {
            "Content-Type": content_type,
            "X-Twilio-Email-Event-Webhook-Signature": base64.b64encode(signature).decode(),
            "X-Twilio-Email-Event-Webhook-Timestamp": timestamp,
            "X-Twilio-Signature": "c2lnbmF0dXJl",
        }
        for path in (
            "/webhooks/sendgrid/events",
            f"/webhooks/sendgrid/inbound?token={INBOUND_TOKEN}",
            "/webhooks/twilio/sms",
            "/webhooks/twilio/voice",
            f"/unsubscribe/{token(ANA, SECRET)}x",
        ):
            code, _ = site.post(path, garbage, signed)
            assert 400 <= code < 500, (path, garbage, code)
    assert suppressed(site.engine) == set()


def test_the_funnel_counts_each_step(site: Site) -> None:
    batch = [
        sendgrid_event("delivered", "ev-f-1"),
        sendgrid_event("open", "ev-f-2"),
        sendgrid_event("open", "ev-f-3"),  # a second open of the same email: one opened
        sendgrid_event("click", "ev-f-4", url="https://northwind.example/careers"),
    ]
    body, headers = site.signed_events(batch)
    assert site.post("/webhooks/sendgrid/events", body, headers)[0] == 200
    site.twilio("/webhooks/twilio/sms", inbound_text("Thursday works"))
    [outreach] = funnel(site.engine)
    assert outreach.steps == ["first", "nudge", "last"]
    counts = outreach.counts["first"]
    assert [counts[c] for c in COLUMNS] == [1, 1, 1, 1, 1, 0, 0, 0, 0]
    assert "first" in format_funnel([outreach])
