"""SmtpSender and build_mime, against a real aiosmtpd server on loopback."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from helpers.project import follow_up_email

from sequencer.channels import AccountRefused, Email, Rejected, RetryLater
from sequencer.channels.smtp import SmtpSender, build_mime

LONG_UNSUBSCRIBE = (
    "<https://outreach.example.com/u/eyJzZW5kIjoic2VuZC00MiIsImNhbmRpZGF0ZSI6IjEyMzQ1Njc4OTAif"
    "Q.c2lnbmF0dXJlLWhlcmUtYW5kLXRoZW4tc29tZQ>, <mailto:unsub+tok123@northwind.example>"
)
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def make_email(**changes: Any) -> Email:
    return follow_up_email(
        LONG_UNSUBSCRIBE,
        references="<send-40@northwind.example> <send-41@northwind.example>",
        **changes,
    )


def text_of(message: EmailMessage, subtype: str) -> str:
    """A body part's text with LF line ends (Python keeps the CRLF of parsed wire data)."""
    part = message.get_body((subtype,))
    assert part is not None
    content: str = part.get_content()
    return content.replace("\r\n", "\n")


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    authenticated: bool

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Mailbox:
    """An aiosmtpd handler: keeps what it accepts, or answers with a scripted refusal."""

    received: list[Received] = field(default_factory=list)
    mail_reply: str | None = None
    rcpt_reply: str | None = None
    data_reply: str | None = None

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        content = envelope.original_content or b""
        sender, recipients = str(envelope.mail_from), list(envelope.rcpt_tos)
        self.received.append(Received(sender, recipients, content, bool(session.authenticated)))
        return "250 2.0.0 Ok: queued"


@dataclass
class Server:
    port: int
    mailbox: Mailbox

    def sender(self, **settings: Any) -> SmtpSender:
        options = {"starttls": False, "timeout": 5, "local_hostname": "client.test", **settings}
        return SmtpSender("127.0.0.1", sent_at, self.port, **options)


SENT_AT = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def sent_at() -> datetime:
    return SENT_AT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def accept_only(password: str) -> Callable[..., AuthResult]:
    def authenticate(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == password.encode()
        # handled=False: aiosmtpd itself answers 535 (with True it answers nothing at all).
        return AuthResult(success=ok, handled=False)

    return authenticate


@pytest.fixture
def start_server() -> Iterator[Callable[..., Server]]:
    """Start an aiosmtpd server with the given SMTP options; all stop at the test's end."""
    controllers: list[Controller] = []

    def start(**smtp_options: Any) -> Server:
        mailbox = Mailbox()
        controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(), **smtp_options)
        controller.start()
        controllers.append(controller)
        return Server(controller.port, mailbox)

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def server(start_server: Callable[..., Server]) -> Server:
    return start_server()


def test_the_message_arrives_with_our_headers_and_both_bodies(server: Server) -> None:
    receipt = server.sender().send_email(make_email())

    [received] = server.mailbox.received
    assert received.mail_from == "alex@northwind.example"
    assert received.rcpt_tos == ["priya.raman@example.com"]
    message = received.message
    assert message["From"] == "Alex Kim <alex@northwind.example>"
    assert message["To"] == "priya.raman@example.com"
    assert message["Reply-To"] == "alex+replies@northwind.example"
    assert message["Subject"] == "Re: Staff Platform Engineer at Northwind Labs"
    assert message["Message-ID"] == "<send-42@northwind.example>"
    assert message["In-Reply-To"] == "<send-41@northwind.example>"
    assert message["References"] == "<send-40@northwind.example> <send-41@northwind.example>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Date"].datetime == SENT_AT  # dated by the sender's clock, not the machine's
    assert message.get_content_type() == "multipart/alternative"
    assert text_of(message, "plain") == "Hi Priya,\n\nA short follow-up.\n"
    assert "<p>A short follow-up.</p>" in text_of(message, "html")
    assert (receipt.provider, receipt.provider_id) == ("smtp", "<send-42@northwind.example>")


def test_a_long_list_unsubscribe_arrives_as_plain_text(server: Server) -> None:
    server.sender().send_email(make_email())

    raw = server.mailbox.received[0].data
    assert b"List-Unsubscribe: " + LONG_UNSUBSCRIBE.encode() + b"\r\n" in raw
    assert b"=?utf-8?" not in raw.split(b"\r\n\r\n")[0]  # no RFC 2047 words in the headers


def test_a_login_is_used_when_configured(start_server: Callable[..., Server]) -> None:
    server = start_server(
        authenticator=accept_only("app-password"), auth_required=True, auth_require_tls=False
    )

    server.sender(username="alex@northwind.example", password="app-password").send_email(
        make_email()
    )

    assert server.mailbox.received[0].authenticated


def test_a_refused_login_is_about_the_account_not_the_message(
    start_server: Callable[..., Server],
) -> None:
    server = start_server(
        authenticator=accept_only("app-password"), auth_required=True, auth_require_tls=False
    )
    sender = server.sender(username="alex@northwind.example", password="wrong")

    with pytest.raises(
        AccountRefused, match=r"refused the login .*535.*check the SMTP username"
    ) as caught:
        sender.send_email(make_email())
    assert (caught.value.code, caught.value.provider) == ("535", "smtp")
    assert server.mailbox.received == []


def test_the_check_logs_in_and_quits_without_sending(start_server: Callable[..., Server]) -> None:
    server = start_server(
        authenticator=accept_only("app-password"), auth_required=True, auth_require_tls=False
    )

    server.sender(username="alex@northwind.example", password="app-password").check()
    with pytest.raises(AccountRefused, match="535"):
        server.sender(username="alex@northwind.example", password="wrong").check()
    assert server.mailbox.received == []


@pytest.mark.parametrize(
    ("where", "reply"),
    [
        ("mail_reply", "421 4.7.0 Too many connections, try again later"),
        ("rcpt_reply", "450 4.2.1 Mailbox temporarily unavailable"),
        ("rcpt_reply", "452 4.2.2 Mailbox full"),
        ("data_reply", "451 4.3.0 Temporary local problem, try again later"),
        ("data_reply", "454 4.7.1 Relay access temporarily denied"),
    ],
)
def test_temporary_refusals_are_retried_later(server: Server, where: str, reply: str) -> None:
    setattr(server.mailbox, where, reply)

    with pytest.raises(RetryLater, match=reply[:3]) as caught:
        server.sender().send_email(make_email())
    assert reply[4:] in str(caught.value)


@pytest.mark.parametrize(
    ("where", "reply"),
    [
        ("rcpt_reply", "550 5.1.1 <priya.raman@example.com>: Recipient address rejected"),
        ("rcpt_reply", "553 5.1.3 Bad recipient address syntax"),
        ("mail_reply", "553 5.7.1 Sender address rejected: not owned by user"),
        ("data_reply", "554 5.7.1 Message rejected as spam"),
    ],
)
def test_permanent_refusals_are_rejected_with_the_servers_text(
    server: Server, where: str, reply: str
) -> None:
    setattr(server.mailbox, where, reply)

    with pytest.raises(Rejected) as caught:
        server.sender().send_email(make_email())
    assert reply in str(caught.value)
    assert caught.value.code == reply[:3]
    assert not caught.value.opted_out


def test_starttls_on_a_server_without_it_is_a_settings_problem(server: Server) -> None:
    with pytest.raises(Rejected, match=r"STARTTLS.*check the SMTP settings") as caught:
        server.sender(starttls=True).send_email(make_email())
    assert caught.value.code == "config"


def test_nobody_listening_is_retried_later() -> None:
    sender = SmtpSender(
        "127.0.0.1", sent_at, free_port(), starttls=False, local_hostname="client.test"
    )

    with pytest.raises(RetryLater, match="could not talk to the SMTP server"):
        sender.send_email(make_email())


def test_a_server_that_never_greets_times_out_and_is_retried_later() -> None:
    with socket.socket() as silent:  # the kernel accepts the connection; nobody answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        sender = SmtpSender("127.0.0.1", sent_at, port, starttls=False, timeout=0.2)

        with pytest.raises(RetryLater, match="could not talk to the SMTP server"):
            sender.send_email(make_email())


def test_build_mime_without_html_is_plain_text() -> None:
    message = build_mime(make_email(html=None), SENT_AT)

    assert message.get_content_type() == "text/plain"
    assert text_of(message, "plain") == "Hi Priya,\n\nA short follow-up.\n"


def test_build_mime_encodes_names_and_accents_readably() -> None:
    email = make_email(from_name="Åsa Lindqvist, Recruiter", text="Hej Priya, välkommen!\n")

    message = build_mime(email, date=SENT_AT)
    raw = bytes(message)

    assert b"Date: Tue, 24 Nov 2026 09:30:00 +0000\r\n" in raw
    assert b"<alex@northwind.example>" in raw  # the address itself is never encoded
    assert b"quoted-printable" in raw
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["From"].addresses[0].display_name == "Åsa Lindqvist, Recruiter"
    assert text_of(parsed, "plain") == "Hej Priya, välkommen!\n"


def test_build_mime_makes_a_message_id_on_the_senders_domain_when_none_is_given() -> None:
    message = build_mime(make_email(message_id=""), SENT_AT)

    assert message["Message-ID"].endswith("@northwind.example>")


@pytest.mark.parametrize(
    "headers",
    [{"Message-ID": "<other@example.com>"}, {"to": "someone@example.com"}],
)
def test_headers_cannot_override_the_emails_own_fields(server: Server, headers: Any) -> None:
    with pytest.raises(Rejected, match="come from the Email's own fields"):
        server.sender().send_email(make_email(headers=headers))
    assert server.mailbox.received == []


def test_a_header_with_a_line_break_is_refused(server: Server) -> None:
    email = make_email(headers={"X-Note": "hello\r\nBcc: everyone@example.com"})

    with pytest.raises(Rejected, match="cannot build the email") as caught:
        server.sender().send_email(email)
    assert caught.value.code == "bad-message"
