"""Email through an SMTP server, for teams that send from a recruiter's own mailbox.

Replies then land in that mailbox like any other mail. Each send is one short SMTP session
(connect, EHLO, STARTTLS, AUTH, one message, QUIT): a daemon sends a few messages a minute
per mailbox, so a pooled connection would only add stale-connection errors.

`build_mime` is the RFC 5322 message itself; the outbox writes the same bytes to .eml files.

Replies to our codes, with the usual SMTP meaning: 4xx is temporary (RetryLater), 5xx is
permanent (Rejected with the server's own text), except that a refused login (535) is about
the account, not the message: AccountRefused, which says which settings to check; the
dispatcher pauses email until `check()` (a login and QUIT, nothing sent) succeeds.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from datetime import datetime
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sequencer.channels import AccountRefused, ChannelError, Email, Receipt, Rejected, RetryLater

PROVIDER = "smtp"

# Lines up to RFC 5322's hard limit of 998: at the default 78, Python cannot fold a long
# List-Unsubscribe URL and RFC 2047-encodes it instead, which mail clients cannot use.
MIME_POLICY = policy.SMTP.clone(max_line_length=998)

# Set from the Email's own fields; a second copy from `headers` would contradict them.
MANAGED_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "reply-to",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
    }
)

LOGIN_HINT = (
    "check the SMTP username and password (an app password where the mailbox uses two-step sign-in)"
)


class SmtpSender:
    """An `EmailSender` on an SMTP submission server (usually port 587 with STARTTLS).

    Without `starttls` the session, password included, is in clear text: only for a relay
    on the same host or network.
    """

    def __init__(
        self,
        host: str,
        clock: Callable[[], datetime],
        port: int = 587,
        username: str | None = None,
        password: str | None = None,
        starttls: bool = True,
        timeout: float = 10,
        local_hostname: str | None = None,
    ) -> None:
        self._host, self._clock = host, clock  # the clock dates each message as it leaves
        self._port = port
        self._username = username
        self._password = password
        self._starttls = starttls
        self._timeout = timeout
        self._local_hostname = local_hostname  # None: smtplib asks for the machine's FQDN

    @property
    def server(self) -> str:
        return f"{self._host}:{self._port}"

    def send_email(self, email: Email) -> Receipt:
        message = _mime_or_reject(email, self._clock())
        try:
            self._deliver(message, email)
        except OSError as exc:  # every smtplib error is an OSError, like socket errors
            raise translate_smtp_error(exc, self.server) from exc
        return Receipt(PROVIDER, str(message["Message-ID"]))

    def check(self) -> None:
        """Whether the server takes our login now: a session up to AUTH, then QUIT."""
        try:
            smtp = self._connect()
            try:
                self._open_session(smtp)
            finally:
                _quit_quietly(smtp)
        except OSError as exc:
            raise translate_smtp_error(exc, self.server) from exc

    def _deliver(self, message: EmailMessage, email: Email) -> None:
        smtp = self._connect()
        try:
            self._open_session(smtp)
            _hand_over(smtp, message, email, self.server)
        finally:
            _quit_quietly(smtp)

    def _connect(self) -> smtplib.SMTP:
        return smtplib.SMTP(
            self._host, self._port, local_hostname=self._local_hostname, timeout=self._timeout
        )

    def _open_session(self, smtp: smtplib.SMTP) -> None:
        smtp.ehlo()
        if self._starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()  # the server's extensions (AUTH among them) may change under TLS
        if self._username:
            smtp.login(self._username, self._password or "")


def _hand_over(smtp: smtplib.SMTP, message: EmailMessage, email: Email, server: str) -> None:
    try:
        smtp.send_message(message, from_addr=email.from_email, to_addrs=[email.to])
    except (smtplib.SMTPServerDisconnected, TimeoutError, ConnectionError) as exc:
        # Lost while handing the message over: the server may have taken it already.
        raise RetryLater(
            f"the connection to the SMTP server {server} broke while sending: {exc}"
            " (it may have accepted the message)"
        ) from exc


def _quit_quietly(smtp: smtplib.SMTP) -> None:
    # The message's fate is decided by now: a failing QUIT must not turn an accepted
    # message into an error (and a second send).
    try:
        smtp.quit()
    except OSError:
        smtp.close()


def _mime_or_reject(email: Email, date: datetime) -> EmailMessage:
    try:
        return build_mime(email, date)
    except (ValueError, HeaderParseError) as exc:
        raise Rejected(f"cannot build the email: {exc}", code="bad-message") from exc


def translate_smtp_error(exc: OSError, server: str) -> ChannelError:
    """The project's error for what smtplib (or the socket under it) raised."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()))
        return _by_code(code, text, f"{server} refused the recipient")
    if isinstance(exc, smtplib.SMTPAuthenticationError) and exc.smtp_code >= 500:
        return AccountRefused(
            f"{server} refused the login ({_reply(exc.smtp_code, exc.smtp_error)}): {LOGIN_HINT}",
            PROVIDER,
            code=str(exc.smtp_code),
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return _by_code(exc.smtp_code, exc.smtp_error, f"{server} refused the message")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Rejected(
            f"the TLS certificate of {server} did not verify ({exc.verify_message}):"
            " check the SMTP host name",
            code="tls",
        )
    if isinstance(exc, smtplib.SMTPException) and not isinstance(
        exc, smtplib.SMTPServerDisconnected
    ):
        # No STARTTLS, no AUTH, no usable AUTH mechanism: the settings don't fit the server.
        return Rejected(f"{server}: {exc}: check the SMTP settings (port, starttls)", code="config")
    return RetryLater(f"could not talk to the SMTP server {server}: {exc!r}")


def _by_code(code: int, text: bytes | str, what: str) -> ChannelError:
    reply = _reply(code, text)
    if 400 <= code < 500:
        return RetryLater(f"{what} for now ({reply})")
    return Rejected(f"{what}: {reply}", code=str(code))


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {words}".strip()


def build_mime(email: Email, date: datetime) -> EmailMessage:
    """`email` as an RFC 5322 message: plain text, or multipart/alternative with html.

    `date` becomes the Date header. Without a Message-ID in `email`, one is
    made on the sender's domain. Serialise with `bytes(message)`: CRLF line ends.
    """
    _check_headers(email)
    message = EmailMessage(policy=MIME_POLICY)
    message["From"] = Address(display_name=email.from_name or "", addr_spec=email.from_email)
    message["To"] = Address(addr_spec=email.to)
    if email.reply_to:
        message["Reply-To"] = Address(addr_spec=email.reply_to)
    message["Subject"] = email.subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = email.message_id or make_msgid(domain=_domain(email.from_email))
    for name, value in email.headers.items():
        message[name] = value
    _set_body(message, email)
    return message


def _check_headers(email: Email) -> None:
    managed = sorted(name for name in email.headers if name.lower() in MANAGED_HEADERS)
    if managed:
        raise ValueError(
            f"the header(s) {', '.join(managed)} come from the Email's own fields"
            " (to, from_email, subject, reply_to, message_id), not from headers"
        )


def _set_body(message: EmailMessage, email: Email) -> None:
    message.set_content(email.text, cte=_transfer_encoding(email.text))
    if email.html is not None:
        message.add_alternative(email.html, subtype="html", cte=_transfer_encoding(email.html))


def _transfer_encoding(text: str) -> str | None:
    # Quoted-printable keeps accented text readable in .eml files, where Python's own
    # choice is often base64; plain ASCII is left to Python (7bit, or qp for long lines).
    return None if text.isascii() else "quoted-printable"


def _domain(address: str) -> str:
    return address.rpartition("@")[2] or "localhost"
