"""Email through SendGrid's v3 Mail Send API, with the official `sendgrid` client.

What the client (sendgrid 6.12, python-http-client 3.3) does that shapes this adapter:
- Its transport, stdlib `urllib`, opens a new connection per request; ours
  (`transport.PooledClient`) keeps connections alive in a urllib3 pool shared by every
  thread that sends. HTTP error statuses still arrive as `python_http_client` exceptions;
  a refused connection arrives as urllib3's `NewConnectionError`, a timeout as its
  `TimeoutError`s, a dropped connection as its `ProtocolError`: all are caught here.
- The constructor takes no timeout; `client.timeout` must be set afterwards, and a timeout
  of 0 means "none" (`timeout or self.timeout`), so we refuse it.
- All child clients share one mutable `request_headers` dict, so each request builds its
  own client (about 2 microseconds); only the connection pool is shared between threads.
- A refused key (401, 403) is about the account, not the message: `AccountRefused`, and the
  dispatcher pauses email until `check()` (`GET /v3/scopes`, which any valid key may call and
  which sends nothing) finds a key that may send (`mail.send` among its scopes).
- Mail Send has no idempotency key. A timeout, a reset or a 5xx after the request went out
  may mean SendGrid queued the message: the reasons say so, and events carry our
  `sequencer_ref` custom arg so the dispatcher can reconcile before sending again.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable
from typing import Any, Protocol

import python_http_client.exceptions as http_errors
import urllib3.exceptions as transport_errors
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import (
    CustomArg,
    From,
    Header,
    Mail,
    ReplyTo,
    SubscriptionTracking,
    To,
    TrackingSettings,
)
from sendgrid.helpers.mail.exceptions import ApiKeyIncludedException

from sequencer.channels import (
    AccountRefused,
    ChannelError,
    Email,
    Receipt,
    Rejected,
    RetryLater,
    http_date,
    parse_retry_after,
)
from sequencer.channels.sendgrid.transport import PooledClient, pool_for

PROVIDER = "sendgrid"
DEFAULT_API_HOST = "https://api.sendgrid.com"
MAIL_SEND_SCOPE = "mail.send"
REFERENCE_ARG = "sequencer_ref"  # prefixed: SendGrid's own event keys win over custom args

# Headers SendGrid refuses to let a request set (Mail Send API reference). Message-ID,
# In-Reply-To, References and List-Unsubscribe* are not among them.
RESERVED_HEADERS = frozenset(
    name.lower()
    for name in (
        "x-sg-id",
        "x-sg-eid",
        "received",
        "dkim-signature",
        "Content-Type",
        "Content-Transfer-Encoding",
        "To",
        "From",
        "Subject",
        "Reply-To",
        "CC",
        "BCC",
    )
)


class HeaderLookup(Protocol):
    """Response headers: an `http.client.HTTPMessage` from the client, or a dict in tests."""

    def get(self, name: str, /) -> str | None: ...


class SendGridSender:
    """An `EmailSender` on SendGrid (`SENDGRID_API_KEY`, `SENDGRID_API_HOST`)."""

    def __init__(
        self,
        api_key: str,
        api_host: str = DEFAULT_API_HOST,
        timeout: float = 10,
        confirm_within: float | None = None,
    ) -> None:
        """`confirm_within`: the seconds within which our Event Webhook would hear that a
        message went (set when SENDGRID_WEBHOOK_PUBLIC_KEY is); an unclear failure is not
        retried sooner."""
        if not api_host.startswith(("https://", "http://")):
            raise ValueError(f"SendGrid API host {api_host!r} must start with https://")
        if timeout <= 0:
            raise ValueError("the SendGrid timeout must be a positive number of seconds")
        self._api_key = api_key
        self._api_host = api_host.rstrip("/")
        self._timeout = timeout
        self._confirm_within = confirm_within
        self._pool = pool_for(self._api_host, timeout)

    def send_email(self, email: Email) -> Receipt:
        mail = build_mail(email)
        try:
            response = self._post(mail)
        except RetryLater as exc:
            exc.wait_for_events("SendGrid", self._confirm_within)
            raise
        # No X-Message-Id is odd but the message *was* accepted: raising would get it sent
        # twice, and events still find it through the sequencer_ref custom arg.
        return Receipt(PROVIDER, response.headers.get("X-Message-Id") or "")

    def check(self) -> None:
        """Whether the key may send now, asked without sending: `GET /v3/scopes` lists what
        the key may do. AccountRefused while SendGrid refuses it or it lacks Mail Send."""
        response = self._call(lambda client: client.client.scopes.get())
        if MAIL_SEND_SCOPE not in _scopes(response.body):
            raise AccountRefused(
                "SendGrid takes the API key but it may not send mail: give SENDGRID_API_KEY"
                " the Mail Send permission (or use a key that has it)",
                PROVIDER,
                code="scopes",
            )

    def _post(self, mail: Mail) -> Any:
        return self._call(lambda client: client.send(mail))

    def _call(self, request: Callable[[SendGridAPIClient], Any]) -> Any:
        try:
            return request(self._client())
        except http_errors.HTTPError as exc:
            raise translate_http_error(exc.status_code, exc.body, exc.headers) from exc
        except (transport_errors.HTTPError, OSError, http.client.HTTPException) as exc:
            raise self._transport_error(exc) from exc

    def _client(self) -> SendGridAPIClient:
        """The official client for one request, on the sender's shared connections."""
        client = SendGridAPIClient(api_key=self._api_key, host=self._api_host)
        library = client.client
        client.client = PooledClient(
            self._pool, host=library.host, request_headers=library.request_headers, version=3
        )
        client.client.timeout = self._timeout
        return client

    def _transport_error(self, exc: Exception) -> RetryLater:
        # NewConnectionError and SSLError happen while connecting: nothing reached SendGrid.
        # NewConnectionError is a ConnectTimeoutError in urllib3, so it is asked first.
        if isinstance(exc, (transport_errors.NewConnectionError, transport_errors.SSLError)):
            return RetryLater(f"could not reach SendGrid at {self._api_host}: {exc}")
        if isinstance(exc, (transport_errors.TimeoutError, TimeoutError)):
            # A connect timeout too, as with urllib before: the adapter never told them apart.
            return RetryLater(
                f"SendGrid did not answer within {self._timeout:g}s"
                " (it may have accepted the message)",
                unclear=True,
            )
        return RetryLater(
            f"the connection to SendGrid broke before it answered: {exc!r}"
            " (it may have accepted the message)",
            unclear=True,
        )


def build_mail(email: Email) -> Mail:
    """The Mail Send request for `email`, with our Message-ID, headers and reference."""
    _check_headers(email)
    try:
        mail = Mail(
            from_email=From(email.from_email, email.from_name),
            to_emails=To(email.to),
            subject=email.subject,
            plain_text_content=email.text,
            html_content=email.html,
        )
    except ApiKeyIncludedException as exc:
        # The helpers refuse a body that starts with something shaped like an API key.
        raise Rejected(
            "the SendGrid client refused the message: its text looks like a SendGrid API key"
            " (SG.xxx.yyy)",
            code="content",
        ) from exc
    _add_headers(mail, email)
    mail.custom_arg = CustomArg(REFERENCE_ARG, email.reference)
    if email.reply_to:
        mail.reply_to = ReplyTo(email.reply_to)
    # Our List-Unsubscribe is the only one: SendGrid's subscription tracking would add a
    # second link and header of its own that our suppression list never hears about.
    mail.tracking_settings = TrackingSettings(subscription_tracking=SubscriptionTracking(False))
    return mail


def _check_headers(email: Email) -> None:
    reserved = sorted(name for name in email.headers if name.lower() in RESERVED_HEADERS)
    if reserved:
        raise Rejected(
            f"SendGrid does not allow setting the header(s) {', '.join(reserved)}:"
            " use the Email fields (to, from_email, subject, reply_to) instead",
            code="reserved-header",
        )


def _add_headers(mail: Mail, email: Email) -> None:
    # A custom Message-ID is documented as allowed and survives delivery when the From
    # domain is authenticated with SendGrid; replies then point at our id.
    if email.message_id:
        mail.header = Header("Message-ID", email.message_id)
    for name, value in email.headers.items():
        mail.header = Header(name, value)


def translate_http_error(status: int, body: bytes | None, headers: HeaderLookup) -> ChannelError:
    """The project's error for a SendGrid error response."""
    detail = provider_message(body)
    if status == 429:
        return RetryLater(f"SendGrid is rate limiting: {detail}", retry_after_seconds(headers))
    if status == 401:
        return AccountRefused(
            f"SendGrid refused the API key (401: {detail}): check SENDGRID_API_KEY",
            PROVIDER,
            code="401",
        )
    if status == 403:
        return AccountRefused(
            f"SendGrid refused the API key (403: {detail}): check SENDGRID_API_KEY (it needs"
            " the Mail Send permission) and that the from address is a verified Sender Identity",
            PROVIDER,
            code="403",
        )
    if status in (404, 405):
        return Rejected(
            f"SendGrid has no Mail Send API there ({status}): check SENDGRID_API_HOST",
            code=str(status),
        )
    if status == 408 or status >= 500:
        return RetryLater(
            f"SendGrid failed ({status}: {detail}) (it may have accepted the message)",
            retry_after_seconds(headers),
            unclear=True,
        )
    return Rejected(f"SendGrid rejected the message ({status}): {detail}", code=str(status))


def _scopes(body: bytes | None) -> list[str]:
    """The `scopes` of a `GET /v3/scopes` answer; none if it has no such list."""
    try:
        scopes = json.loads(body or b"")["scopes"]
    except (ValueError, KeyError, TypeError):
        return []
    return [str(scope) for scope in scopes] if isinstance(scopes, list) else []


def provider_message(body: bytes | None) -> str:
    """SendGrid's `{"errors": [{"field", "message"}]}` as one line, or the raw body."""
    text = (body or b"").decode("utf-8", "replace").strip()
    try:
        errors = json.loads(text)["errors"]
        return "; ".join(_error_line(error) for error in errors) or "no details"
    except (ValueError, KeyError, TypeError):
        return text[:300] or "no details"


def _error_line(error: Any) -> str:
    message = str(error.get("message") or "unknown error")
    field = error.get("field")
    return f"{field}: {message}" if field else message


def retry_after_seconds(headers: HeaderLookup) -> float | None:
    """How long SendGrid asked us to wait: Retry-After (seconds or an HTTP date), else the
    epoch in X-RateLimit-Reset (what SendGrid documents for its 429s), both measured from the
    answer's `Date`; None if neither can be read."""
    answered_at = headers.get("Date")
    retry_after = headers.get("Retry-After")
    if retry_after:
        return parse_retry_after(retry_after, answered_at)
    reset, answered = headers.get("X-RateLimit-Reset"), http_date(answered_at)
    if reset and reset.strip().isdigit() and answered is not None:
        return max(0.0, int(reset) - answered.timestamp())
    return None
