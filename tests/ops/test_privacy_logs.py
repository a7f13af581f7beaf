"""No log line, at any level, carries a person's full address, number or a message's words.

Every logging call in sequencer/ is found in the source (AST). The scenarios then walk the
paths that reach them with recognisable people, at DEBUG, through the daemon's own JSON
formatter (`ops.logs`): import, enroll, sends through the real sendgrid and twilio clients
to the loopback fakes (accepted, throttled, refused with the address quoted back), the
webhooks on a real uvicorn (signed and forged events, a bounce, texts in, a reply by email,
the unsubscribe link, garbage), a dispatch pass, and a database error's traceback.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import io
import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from fakes.sendgrid_server import MAIL_SEND, FakeSendGrid
from fakes.sendgrid_server import Reply as SendGridReply
from fakes.twilio_server import API, FakeTwilio
from fakes.twilio_server import Reply as TwilioReply
from helpers.project import ROOT, Project
from sqlmodel import Session
from twilio.request_validator import RequestValidator

from sequencer.cli import main
from sequencer.config import load_settings
from sequencer.daemon.passes import run_pass
from sequencer.engine.links import token
from sequencer.inbound import intent
from sequencer.ops.logs import WITHHELD, configure_logging
from sequencer.store.database import engine_for
from sequencer.store.models import Send, SendStatus
from sequencer.web import serve
from sequencer.web.context import WebContext
from sequencer.web.webhooks import webhook_app

# Recognisable people: if any of these shows up in a log line, it leaked.
ZELDA, ZELDA_PHONE = "zelda.quintero@example.org", "+12125550199"
XAVIER, XAVIER_PHONE = "xavier.brandt@example.net", "+12125550188"
WANDA, WANDA_PHONE = "wanda.okafor@example.com", "+12125550177"
WORDS = "kumquat-7731"  # in every message we write to them, and in what they write back
LINKEDIN = "https://www.linkedin.com/in/zq"
PEOPLE = f"""email,phone,first_name,timezone,sms_consent,call_consent,recent_project,linkedin_url
{ZELDA},{ZELDA_PHONE},Zelda,America/New_York,yes,yes,the {WORDS} ledger,{LINKEDIN}
{XAVIER},{XAVIER_PHONE},Xavier,America/New_York,yes,yes,the {WORDS} ledger,{LINKEDIN}x
{WANDA},{WANDA_PHONE},Wanda,America/New_York,yes,yes,the {WORDS} ledger,{LINKEDIN}w
"""
SEQUENCE = """
timezone: America/New_York
send_window: ["Mon-Fri 09:00-17:00"]
sender:
  name: Dana Reyes
  email: dana@northwind.example
  phone: "+14155550134"
  postal_address: 1 Main St, Springfield
candidate_fields: [recent_project]
steps:
  - {id: first, channel: email, template: t/email}
  - {id: text, channel: sms, template: t/text, wait: 1 day}
  - {id: call, channel: voicemail, template: t/call, wait: 1 day}
  - {id: connect, channel: linkedin, template: t/text, wait: 1 day}
"""
EMAIL = (
    "{% block subject %}About {{ candidate.recent_project }}{% endblock %}\n"
    "{% block body %}Hi {{ candidate.first_name }}, I read about {{ candidate.recent_project }}."
    " No worries if not.{% endblock %}\n"
)
TEXT = (
    "{% block body %}Hi {{ candidate.first_name }}, about {{ candidate.recent_project }}:"
    " open to a call? Reply STOP to opt out.{% endblock %}\n"
)
CALL = (
    "{% block script %}Hi {{ candidate.first_name }}, about {{ candidate.recent_project }}."
    "{% endblock %}\n{% block subject %}About {{ candidate.recent_project }}{% endblock %}\n"
    "{% block body %}Hi {{ candidate.first_name }}, I called about"
    " {{ candidate.recent_project }}.{% endblock %}\n"
)
PUBLIC_URL = "https://sequencer.northwind.example"
TWILIO_TOKEN = "fake-auth-token"
SECRET = "a-long-random-secret-for-unsubscribe-links"
INBOUND_TOKEN = "inbound-token-9f8e7d"
NOW = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)
LEVELS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
LOGGERS = {"log", "logger", "send_log", "logging"}


@dataclass(frozen=True)
class Site:
    """A logging call in sequencer/: where it is, and the source of its arguments."""

    path: str
    line: int
    arguments: list[str]


def logging_calls() -> list[Site]:
    found = []
    for path in sorted((ROOT / "sequencer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _is_logging_call(node):
                assert isinstance(node, ast.Call)
                arguments = [ast.unparse(a) for a in [*node.args, *node.keywords]]
                found.append(Site(str(path.relative_to(ROOT)), node.lineno, arguments))
    return found


def _is_logging_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        return False
    owner = node.func.value
    name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", None)
    return node.func.attr in LEVELS and name in LOGGERS


# --- the scenarios ------------------------------------------------------------------------


@dataclass
class Captured:
    lines: list[str]  # what the daemon's formatter wrote, one JSON object each
    sites: set[tuple[str, int]]  # the logging calls that wrote them (path, line)


class _Sites(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.sites: set[tuple[str, int]] = set()

    def emit(self, record: logging.LogRecord) -> None:
        path = Path(record.pathname)
        if ROOT / "sequencer" in path.parents:
            self.sites.add((str(path.relative_to(ROOT)), record.lineno))


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Captured]:
    tmp_path = tmp_path_factory.mktemp("logs")
    stream, sites = io.StringIO(), _Sites()
    previous = {name: logging.getLogger(name).level for name in ("", "sequencer", "alembic")}
    installed = configure_logging("DEBUG", stream)
    logging.getLogger().addHandler(sites)
    try:
        with pytest.MonkeyPatch.context() as monkeypatch:
            _walk(monkeypatch, tmp_path)
    finally:
        logging.getLogger().removeHandler(installed)
        logging.getLogger().removeHandler(sites)
        for name, level in previous.items():
            logging.getLogger(name).setLevel(level)
    yield Captured(stream.getvalue().splitlines(), sites.sites)


def _walk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    project = Project(tmp_path)
    project.template("t/email", EMAIL)
    project.template("t/text", TEXT)
    project.template("t/call", CALL)
    project.sequence("outreach", SEQUENCE)
    (tmp_path / "people.csv").write_text(PEOPLE, encoding="utf-8")
    database = f"sqlite:///{tmp_path / 'db.sqlite'}"
    env = {
        "SEQUENCER_SEQUENCES_DIR": str(project.sequences),
        "SEQUENCER_TEMPLATES_DIR": str(project.templates),
        "SEQUENCER_DATABASE_URL": database,
        "SEQUENCER_PUBLIC_URL": PUBLIC_URL,
        "SEQUENCER_SECRET_KEY": SECRET,
        "SEQUENCER_INBOUND_TOKEN": INBOUND_TOKEN,
        "TWILIO_FROM_NUMBER": "+14155550134",
    }
    with FakeSendGrid() as sendgrid, FakeTwilio(auth_token=TWILIO_TOKEN) as twilio:
        env |= {
            "SENDGRID_API_KEY": sendgrid.api_key,
            "SENDGRID_API_HOST": sendgrid.url,
            "TWILIO_ACCOUNT_SID": twilio.account_sid,
            "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
            "TWILIO_API_BASE": twilio.url,
        }
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        _refuse_xavier(sendgrid, twilio)
        sendgrid.script(
            SendGridReply.error(429, "too many requests, slow down"),
            SendGridReply.error(401, "The provided authorization grant is invalid"),
        )
        _run("import", str(tmp_path / "people.csv"))
        _run("enroll", "outreach", ZELDA, XAVIER, WANDA, "--start", "2026-11-23T09:00")
        _run("tick", "--now", "2026-11-23T13:00Z", "--until", "2026-12-01T00:00Z")
        emails = [r for r in sendgrid.requests if r.path == MAIL_SEND]
        recipients = {r.json["personalizations"][0]["to"][0]["email"] for r in emails}
        assert recipients == {ZELDA, XAVIER, WANDA}
        engine = engine_for(database)
        settings = load_settings(env | _signing_key(), env_file=None)
        _webhooks(engine, settings, sendgrid)
        run_pass(engine, settings, NOW)
        _database_error(engine)


def _run(*args: str) -> None:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output


def _refuse_xavier(sendgrid: FakeSendGrid, twilio: FakeTwilio) -> None:
    """Wanda's email and Xavier's text are refused, the provider quoting them back."""

    def mail_send(request):  # type: ignore[no-untyped-def]
        if request.json["personalizations"][0]["to"][0]["email"] == WANDA:
            return SendGridReply.error(400, f"{WANDA} does not exist", "personalizations.0.to")
        return sendgrid.mail_send(request)

    def create_message(request):  # type: ignore[no-untyped-def]
        if request.field("To") == XAVIER_PHONE:
            message = f"Attempt to send to unsubscribed recipient {XAVIER_PHONE}"
            return TwilioReply.twilio_error(400, 21610, message)
        return twilio.create_message(request)

    sendgrid.add_route("POST", MAIL_SEND, mail_send)
    twilio.add_route("POST", f"{API}/Messages\\.json", create_message)


_KEY = ec.generate_private_key(ec.SECP256R1())


def _signing_key() -> dict[str, str]:
    public = _KEY.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return {"SENDGRID_WEBHOOK_PUBLIC_KEY": base64.b64encode(public).decode()}


def _webhooks(engine: sa.Engine, settings, sendgrid: FakeSendGrid) -> None:  # type: ignore[no-untyped-def]
    context = WebContext(engine, settings, lambda: NOW)
    serving = serve.start([serve.Listener(webhook_app(context), "127.0.0.1", 0)])
    base = f"http://127.0.0.1:{serving.ports[0]}"
    try:
        zelda_email = next(
            r
            for r in sendgrid.requests
            if r.path == MAIL_SEND and r.json["personalizations"][0]["to"][0]["email"] == ZELDA
        )
        events = [
            sendgrid.event(zelda_email, "delivered"),
            sendgrid.event(zelda_email, "open"),
            sendgrid.event(zelda_email, "bounce", reason=f"550 5.1.1 <{ZELDA}>: no such user"),
        ]
        body = json.dumps(events).encode()
        _post(base, "/webhooks/sendgrid/events", body, _signed(body))
        forged = body.replace(b"bounce", b"spamreport")
        _post(base, "/webhooks/sendgrid/events", forged, _signed(body))
        for sender, words in (
            (ZELDA_PHONE, f"Sounds good, tell me more about {WORDS}"),
            (XAVIER_PHONE, "STOP"),
            (XAVIER_PHONE, "START"),
            (ZELDA_PHONE, "HELP"),
        ):
            _text_in(base, sender, words, signed=True)
        _text_in(base, ZELDA_PHONE, f"forged {WORDS}", signed=False)
        reply = _email_from(ZELDA, f"Thanks Dana, the {WORDS} ledger is my baby. Call me.")
        for token_given in (INBOUND_TOKEN, "a-guess"):
            _post(base, f"/webhooks/sendgrid/inbound?token={token_given}", *_raw_form(reply))
        _post(base, f"/unsubscribe/{token(XAVIER, SECRET)}", b"List-Unsubscribe=One-Click")
        _post(base, "/webhooks/twilio/sms", f"From={ZELDA_PHONE}&Body={WORDS}".encode())
        with pytest.MonkeyPatch.context() as monkeypatch:
            monkeypatch.setattr(intent, "read_reply", _reader_fault)
            _text_in(base, ZELDA_PHONE, f"What is the {WORDS} role, exactly?", signed=True)
    finally:
        serving.stop()


def _reader_fault(text: str, *args: object, **kwargs: object) -> None:
    """A fault in the reply reader whose message quotes the reply."""
    raise ValueError(f"no label fits {text!r}")


def _signed(body: bytes) -> dict[str, str]:
    stamp = str(int(NOW.timestamp()))
    signature = _KEY.sign(stamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    return {
        "Content-Type": "application/json",
        "X-Twilio-Email-Event-Webhook-Signature": base64.b64encode(signature).decode(),
        "X-Twilio-Email-Event-Webhook-Timestamp": stamp,
    }


def _text_in(base: str, sender: str, words: str, signed: bool) -> None:
    sid = "SM" + hashlib.sha256(f"{sender}{words}".encode()).hexdigest()[:32]
    params = {"MessageSid": sid, "From": sender, "Body": words}
    url = PUBLIC_URL + "/webhooks/twilio/sms"
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(url, params)
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if signed:
        headers["X-Twilio-Signature"] = signature
    _post(base, "/webhooks/twilio/sms", urllib.parse.urlencode(params).encode(), headers)


def _email_from(sender: str, words: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = sender, "dana@northwind.example"
    message["Subject"], message["Message-ID"] = "Re: About it", "<reply-1@example.org>"
    message.set_content(words)
    return message.as_bytes()


def _raw_form(raw: bytes) -> tuple[bytes, dict[str, str]]:
    boundary = "xYzZY"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\n'.encode()
        + raw
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def _post(base: str, path: str, body: bytes, headers: dict[str, str] | None = None) -> int:
    request = urllib.request.Request(base + path, data=body, headers=headers or {}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def _database_error(engine: sa.Engine) -> None:
    """A statement that fails with a message's words among its parameters, its traceback
    logged as APScheduler logs a pass that raised."""
    try:
        with Session(engine) as session, session.begin():
            row = Send(
                enrollment_id=1,
                step_id="first",  # taken: (enrollment, step) is unique
                status=SendStatus.CLAIMED,
                to=ZELDA,
                body=f"Hi Zelda, about the {WORDS} ledger",
                claimed_at=NOW,
            )
            session.add(row)
    except sa.exc.IntegrityError:
        logging.getLogger("apscheduler.executors.default").exception("Job raised an exception")


# --- the checks --------------------------------------------------------------------------


def leaks(line: str) -> list[str]:
    found = [secret for secret in (ZELDA, XAVIER, WANDA, WORDS) if secret in line.lower()]
    for number in (ZELDA_PHONE, XAVIER_PHONE, WANDA_PHONE):
        if number in line or number[2:] in line:  # +12125550199, or its national digits
            found.append(number)
    return found


def test_no_log_line_carries_an_address_a_number_or_a_message(captured: Captured) -> None:
    leaked = [(line, leaks(line)) for line in captured.lines if leaks(line)]
    assert leaked == []


def test_the_scenarios_walk_the_send_and_reply_paths(captured: Captured) -> None:
    """Not vacuous: the lines a person would look for were written, addresses masked."""
    messages = {json.loads(line)["message"] for line in captured.lines}
    for expected in (
        "sent",
        "retry",
        "opted out at the provider",
        "failed: held for the recruiter",
        "task for the recruiter",
        "Job raised an exception",
    ):
        assert expected in messages, expected
    assert any(m.startswith("email paused") for m in messages)
    assert any(m.startswith("could not read what a reply says") for m in messages)
    assert any('"to": "z***@example.org"' in line for line in captured.lines)
    assert any('"to": "+1******0199"' in line for line in captured.lines)
    assert "[parameters" not in "\n".join(captured.lines)  # SQLAlchemy's, with the words
    ours = {(site.path, site.line) for site in logging_calls()}
    assert len(captured.sites & ours) >= 6, sorted(ours - captured.sites)


def test_no_logging_call_hands_over_a_message_s_words() -> None:
    """Whatever the scenarios do not reach: no logging call in sequencer/ passes a message's
    text (a body, a subject, a reply's detail) other than under a field the formatter
    withholds whatever the level."""
    words = {*WITHHELD, "detail", "words"}
    offending = []
    for site in logging_calls():
        for argument in site.arguments:
            tree = ast.parse(argument.partition("=")[2] if _is_keyword(argument) else argument)
            for node in ast.walk(tree):
                name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
                if name in words and not _withheld_key(tree, node):
                    offending.append(f"{site.path}:{site.line}: {argument}")
    assert offending == []


def _is_keyword(argument: str) -> bool:
    head, equals, _ = argument.partition("=")
    return bool(equals) and head.isidentifier()


def _withheld_key(tree: ast.AST, value: ast.AST) -> bool:
    """`value` is the value of a dict key the formatter withholds (`{"body": body}`)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, item in zip(node.keys, node.values, strict=True):
                if item is value and isinstance(key, ast.Constant) and key.value in WITHHELD:
                    return True
    return False
