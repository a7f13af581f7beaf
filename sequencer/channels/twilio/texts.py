"""Texts through Twilio's Messages API, with the official `twilio` client.

What the client (twilio 9.13, on `requests`) does that shapes this module:
- It has no base-URL option: every API domain is hard-coded. `_Transport` goes where the
  client's `http_client` goes and moves each request onto `api_base` (after the client's
  own TWILIO_EDGE/TWILIO_REGION rewriting, so those can't send test traffic to Twilio).
- `TwilioRestException` keeps the status, Twilio's error code and message, but not the
  response headers, so Retry-After would be lost: the transport raises `_Throttled` on a
  429/5xx answer that carries one, before the client turns it into an exception.
- A refused connection, a timeout or a dropped connection arrive as `requests` exceptions,
  not Twilio ones; and its default timeout is none at all, so we always pass one.
- `TwilioHttpClient` keeps connections alive (a `requests.Session`), but it is not safe to
  share between threads: it returns the response it last stored on itself, which may be
  another thread's. So one client (with its session) per thread that sends, kept for the
  thread's life (`thread_http_client`); the `twilio` Client above it keeps no per-request
  state.
- Refused credentials (20003, or any 401/403) are about the account, not the text:
  `AccountRefused`, and the dispatcher pauses the channel until `check()` (fetching our own
  account, `GET /2010-04-01/Accounts/{sid}.json`, which sends nothing) succeeds.
- Creating a message has no idempotency key. A timeout, a reset or a 5xx after the request
  went out may mean Twilio accepted it: the reasons say so, and the status callback carries
  `?ref=<reference>` so the dispatcher can reconcile before sending again.

The voice adapter (`voice_twilio`) shares the client, the error translation and the
callback URLs defined here.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
from twilio.base.exceptions import TwilioRestException, TwilioServiceException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from urllib3.exceptions import NewConnectionError

from sequencer.channels import (
    AccountRefused,
    ChannelError,
    Receipt,
    Rejected,
    RetryLater,
    Text,
    parse_retry_after,
)

PROVIDER = "twilio"
DEFAULT_TIMEOUT = 15.0  # seconds; the client's own default is to wait forever
REFERENCE_PARAM = "ref"  # added to callback URLs so our webhooks find the send

OPTED_OUT = 21610  # the recipient texted STOP (or another opt-out word) to this sender
AUTH_FAILED = 20003
RETRY_CODES = frozenset({20429, 30001})  # too many requests; queue overflow

# What to do about the refusals that are about our setup or the data, not the moment.
HINTS = {
    20404: "Twilio has no such resource: check TWILIO_ACCOUNT_SID and TWILIO_API_BASE",
    21210: "TWILIO_FROM_NUMBER must be a Twilio number or a verified caller ID",
    21211: "the phone number is invalid: check the candidate's number (E.164)",
    21215: "enable calls to this country in the Twilio console (Voice Geo Permissions)",
    21217: "the phone number is invalid: check the candidate's number (E.164)",
    21408: "enable texts to this country in the Twilio console (Messaging Geo Permissions)",
    21606: "TWILIO_FROM_NUMBER cannot text this destination: use another sender",
    21608: "a trial account can only text verified numbers: upgrade the Twilio account",
    21612: "Twilio cannot route a text between this sender and this number",
    21614: "not a mobile number: reach this person by email or voice",
    30032: "the toll-free sender is not verified: verify it in the Twilio console",
    30034: "the sender is not registered for A2P 10DLC: register it in the Twilio console",
}


class TwilioTexts:
    """A `TextSender` on Twilio (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER or
    TWILIO_MESSAGING_SERVICE_SID, TWILIO_API_BASE, and the status callback URL)."""

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        from_number: str | None = None,
        messaging_service_sid: str | None = None,
        api_base: str | None = None,
        status_callback: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        confirm_within: float | None = None,
    ) -> None:
        """`confirm_within`: the seconds within which `status_callback` would hear that a
        text went; an unclear failure is not retried sooner (ignored without a callback)."""
        self._sender = sender_params(from_number, messaging_service_sid)
        self._client = twilio_client(account_sid, auth_token, api_base, timeout)
        self._status_callback = status_callback
        self._confirm_within = confirm_within if status_callback else None

    def send_text(self, text: Text) -> Receipt:
        params = {"to": text.to, "body": text.body, **self._sender}
        params |= callback_params("status_callback", self._status_callback, text.reference)
        try:
            with twilio_errors(f"the text to {text.to}"):
                message = self._client.messages.create(**params)
        except RetryLater as exc:
            exc.wait_for_events("Twilio", self._confirm_within)
            raise
        return Receipt(PROVIDER, str(message.sid))

    def check(self) -> None:
        check_account(self._client)


def check_account(client: Any) -> None:
    """Fetch our own account: authenticated, and nothing is sent. AccountRefused while
    Twilio refuses the credentials or the account is not active (suspended, closed)."""
    with twilio_errors("the account check"):
        account = client.api.v2010.accounts(client.account_sid).fetch()
    if account.status != "active":
        raise AccountRefused(
            f"the Twilio account is {account.status}: reactivate it in the Twilio console",
            PROVIDER,
            code=str(account.status),
        )


def sender_params(from_number: str | None, messaging_service_sid: str | None) -> dict[str, str]:
    """`from_` or `messaging_service_sid` for `messages.create`: exactly one must be set."""
    if from_number and messaging_service_sid:
        raise ValueError(
            "set only one of TWILIO_FROM_NUMBER and TWILIO_MESSAGING_SERVICE_SID"
            " (with a Messaging Service, Twilio picks the sender from its pool)"
        )
    if messaging_service_sid:
        if not messaging_service_sid.startswith("MG"):
            raise ValueError("TWILIO_MESSAGING_SERVICE_SID must be a Messaging Service SID (MG...)")
        return {"messaging_service_sid": messaging_service_sid}
    if from_number:
        return {"from_": from_number}
    raise ValueError(
        "Twilio texts need a sender: set TWILIO_FROM_NUMBER (your Twilio number, e.g."
        " +14155550100) or TWILIO_MESSAGING_SERVICE_SID (MG...)"
    )


def twilio_client(account_sid: str, auth_token: str, api_base: str | None, timeout: float) -> Any:
    """The official client, talking to `api_base` (default the public API) with a timeout."""
    if not account_sid.startswith("AC"):
        raise ValueError("TWILIO_ACCOUNT_SID must be your Twilio Account SID (AC...)")
    if not auth_token:
        raise ValueError("TWILIO_AUTH_TOKEN is empty: copy it from the Twilio console")
    if timeout <= 0:
        raise ValueError("the Twilio timeout must be a positive number of seconds")
    return Client(account_sid, auth_token, http_client=_Transport(_checked_base(api_base), timeout))


def _checked_base(api_base: str | None) -> str | None:
    if not api_base:
        return None
    parts = urlsplit(api_base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"TWILIO_API_BASE {api_base!r} must be a URL such as https://api.twilio.com"
        )
    return api_base.rstrip("/")


def callback_params(name: str, url: str | None, reference: str) -> dict[str, str]:
    """`{name: url?ref=reference}`, or nothing when no callback URL is configured."""
    return {name: callback_url(url, reference)} if url else {}


def callback_url(url: str, reference: str) -> str:
    """`url` with `ref=<reference>` in its query (replacing any `ref` already there)."""
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != REFERENCE_PARAM
    ]
    query.append((REFERENCE_PARAM, reference))
    return urlunsplit(parts._replace(query=urlencode(query)))


class _Throttled(Exception):
    """A 429/5xx answer with a Retry-After, raised before the client drops the header."""

    def __init__(self, status: int, retry_after: float, body: str) -> None:
        self.status = status
        self.retry_after = retry_after
        self.code, self.message = _error_fields(body)
        super().__init__(f"{status}: {self.message}")


class _Transport:
    """The client's `http_client`: `TwilioHttpClient` moved onto `api_base`, keeping Retry-After.

    Composition rather than a subclass: the twilio package has no type information."""

    is_async = False  # the client checks this before any async request

    def __init__(self, api_base: str | None, timeout: float) -> None:
        self._timeout = timeout
        self._api_base = api_base

    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        response = self._http().request(method, self._rebased(url), **kwargs)
        headers = response.headers
        retry_after = parse_retry_after(headers.get("Retry-After"), headers.get("Date"))
        if retry_after is not None and (response.status_code == 429 or response.status_code >= 500):
            raise _Throttled(response.status_code, retry_after, response.text)
        return response

    def _http(self) -> TwilioHttpClient:
        return thread_http_client(self._timeout)

    def _rebased(self, url: str) -> str:
        if self._api_base is None:
            return url
        parts = urlsplit(url)  # https://api.twilio.com/2010-04-01/Accounts/AC.../Messages.json
        return self._api_base + urlunsplit(("", "", parts.path, parts.query, ""))


_PER_THREAD = threading.local()  # timeout -> this thread's TwilioHttpClient


def thread_http_client(timeout: float) -> TwilioHttpClient:
    """This thread's client: its kept-alive connections serve the thread's next sends, for
    any sender (the daemon builds its senders afresh every pass). It holds no credentials:
    the twilio Client passes them with each request. Retries stay off (requests' default):
    urllib3 replaces a kept-alive connection the server has closed before writing to it,
    and any later failure is reported (unclear), never sent again."""
    clients: dict[float, TwilioHttpClient] = _PER_THREAD.__dict__.setdefault("clients", {})
    if timeout not in clients:
        clients[timeout] = TwilioHttpClient(timeout=timeout)
    return clients[timeout]


def _error_fields(body: str) -> tuple[int | None, str]:
    """Twilio's `{"code", "message"}` error body as (code, message)."""
    try:
        payload = json.loads(body)
        return as_code(payload.get("code")), str(payload.get("message") or "no details")
    except (ValueError, AttributeError):
        return None, body[:300] or "no details"


def as_code(value: object) -> int | None:
    """Twilio's error code as a number (the client passes through whatever the body had)."""
    try:
        return int(str(value))
    except ValueError:
        return None


@contextmanager
def twilio_errors(what: str) -> Iterator[None]:
    """Turn whatever the client raises while sending `what` into the project's errors."""
    try:
        yield
    except _Throttled as exc:
        raise status_error(exc.status, exc.code, exc.message, what, exc.retry_after) from exc
    except TwilioRestException as exc:
        raise status_error(exc.status, as_code(exc.code), exc.msg, what) from exc
    except TwilioServiceException as exc:  # the newer RFC 9457 error bodies
        raise status_error(exc.status, as_code(exc.code), exc.detail or exc.title, what) from exc
    except (
        requests.ConnectionError,
        requests.Timeout,
        requests.exceptions.ChunkedEncodingError,
    ) as exc:
        raise transport_error(exc, what) from exc


def status_error(
    status: int, code: int | None, message: str, what: str, retry_after: float | None = None
) -> ChannelError:
    """The project's error for a Twilio error answer about `what`."""
    label = str(code or status)
    if code == OPTED_OUT:
        return Rejected(
            f"{what}: the recipient opted out of texts from this sender"
            f" (Twilio {label}: {message})",
            code=label,
            opted_out=True,
        )
    if code == AUTH_FAILED or status in (401, 403):
        return AccountRefused(
            f"Twilio refused our credentials ({label}: {message}):"
            " check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN",
            PROVIDER,
            code=label,
        )
    if status == 429 or code in RETRY_CODES:
        return RetryLater(f"Twilio is rate limiting ({label}: {message})", retry_after)
    if status >= 500:
        return RetryLater(
            f"Twilio failed ({status}: {message}) (it may have accepted {what})",
            retry_after,
            unclear=True,
        )
    hint = HINTS.get(code or 0)
    return Rejected(
        f"Twilio refused {what} ({label}: {message})" + (f": {hint}" if hint else ""), label
    )


def transport_error(exc: requests.RequestException, what: str) -> RetryLater:
    """RetryLater for a failure below HTTP, saying whether Twilio may have `what` already."""
    if _never_sent(exc):
        return RetryLater(f"could not reach Twilio: {exc}")
    if isinstance(exc, requests.Timeout):
        return RetryLater(
            f"Twilio did not answer in time (it may have accepted {what})", unclear=True
        )
    return RetryLater(
        f"the connection to Twilio broke before it answered: {exc!r} (it may have accepted {what})",
        unclear=True,
    )


def _never_sent(exc: requests.RequestException) -> bool:
    # Failing to connect (refused, DNS, connect timeout) means nothing reached Twilio, so a
    # retry can't duplicate; requests wraps the urllib3 error in a MaxRetryError.
    if isinstance(exc, requests.ConnectTimeout):
        return True
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(reason, NewConnectionError)
