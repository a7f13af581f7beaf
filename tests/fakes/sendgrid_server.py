"""A fake SendGrid v3 API on loopback, so tests run the real `sendgrid` client end to end.

    from fakes.sendgrid_server import FakeSendGrid, Reply

    with FakeSendGrid() as api:                     # or the `fake_sendgrid` fixture below
        sender = SendGridSender(api.api_key, api_host=api.url)
        sender.send_email(email)
        api.requests[-1].json["custom_args"]        # every request is recorded
        api.script(Reply.error(429, "too many requests", headers={"Retry-After": "30"}))

What it checks, like the real Mail Send API (`POST /v3/mail/send`): a `Bearer` key (401,
and the key must equal `api_key` unless that is None), a JSON content type and body (400),
then the body's shape (400 listing every problem, SendGrid style: `{"errors": [{"field",
"message", "help"}]}`): personalizations with recipients, from, subject, content (text/plain
first), reserved headers, string custom args under 10,000 bytes, reply_to xor reply_to_list.
A valid request gets 202 with an empty body and a fresh `X-Message-Id`. The error messages
are close to SendGrid's, not copies: match on status and field, not on wording.

Scripting: `script(*replies)` queues replies that answer the next requests in order, on any
path, *instead of* the checks above (each request is still recorded). Then normal answers
resume. Faults for error and in-doubt tests:
- `Reply.stall(then)`: hold the answer until `release()` or `stop()` (so past any client
  timeout, without sleeping), then send `then` (default: accepted, as if SendGrid queued the
  message although the client gave up), unless the client is gone by then;
- `Reply.drop()`: close the connection without answering (`RemoteDisconnected` in urllib).

The key check the dispatcher makes while a channel is paused, `GET /v3/scopes`, needs the
same key and answers `{"scopes": [...]}` (`scopes`, with `mail.send` unless a test removes
it). `accept_key(key)` stands for the account being fixed (a new key, a restored one): the
fake then takes only `key`.

Latency: `FakeSendGrid(delay=0.15)` answers each Mail Send after 0.15 s, as SendGrid takes
100-300 ms, many at once; `peak_in_flight` and `connections` say what the client did (the
server keeps connections alive, see fakes/loopback.py).

Other endpoints (Activity API, suppressions, ...): `add_route(method, path, handler)`, where
the handler takes a `RecordedRequest` and returns a `Reply`. Unknown paths answer 404.

Event Webhook payloads for an accepted message: `event(request, "delivered", reason=...)`
gives the event object SendGrid would post (sg_message_id prefixed by the X-Message-Id,
smtp-id from our Message-ID, custom args as top-level keys). Signing is up to the caller.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

import pytest

from fakes.loopback import STALL_LIMIT_SECONDS as STALL_LIMIT_SECONDS  # re-exported
from fakes.loopback import LoopbackFake, LoopbackReply, LoopbackRequest

MAIL_SEND = "/v3/mail/send"
SCOPES = "/v3/scopes"
MAX_BODY_BYTES = 30 * 1024 * 1024  # SendGrid: the whole message must be under 30 MB
MAX_CUSTOM_ARGS_BYTES = 10_000
MAX_RECIPIENTS = 1000
RESERVED_HEADERS = frozenset(
    [
        "x-sg-id",
        "x-sg-eid",
        "received",
        "dkim-signature",
        "content-type",
        "content-transfer-encoding",
        "to",
        "from",
        "subject",
        "reply-to",
        "cc",
        "bcc",
    ]
)


@dataclass(frozen=True)
class Reply(LoopbackReply):
    """One HTTP answer, or a fault (`stall`, `drop`) standing in for one."""

    held: bool = False  # wait for release() before answering
    dropped: bool = False  # close the connection instead of answering

    @classmethod
    def accepted(cls, message_id: str | None = None) -> Reply:
        return cls(202, headers={"X-Message-Id": message_id or new_message_id()})

    @classmethod
    def error(
        cls,
        status: int,
        message: str,
        field: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        return cls.errors(status, [error_item(message, field)], headers)

    @classmethod
    def errors(
        cls, status: int, items: list[dict[str, Any]], headers: Mapping[str, str] | None = None
    ) -> Reply:
        return cls.json(status, {"errors": items}, headers)

    @classmethod
    def stall(cls, then: Reply | None = None) -> Reply:
        return replace(then or cls.accepted(), held=True)

    @classmethod
    def drop(cls) -> Reply:
        return cls(0, dropped=True)


def error_item(message: str, field: str | None = None) -> dict[str, Any]:
    return {"field": field, "message": message, "help": None}


def new_message_id() -> str:
    """Shaped like SendGrid's X-Message-Id: 22 URL-safe characters."""
    return secrets.token_urlsafe(16)


@dataclass
class RecordedRequest(LoopbackRequest[Reply]):
    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    @property
    def message_id(self) -> str | None:
        """The X-Message-Id the fake answered with, if it accepted the request."""
        return self.reply.headers.get("X-Message-Id") if self.reply else None


Handler = Callable[[RecordedRequest], Reply]


class FakeSendGrid(LoopbackFake[RecordedRequest, Reply]):
    """The fake API; a context manager that serves on 127.0.0.1 on a free port.

    Its `url` is the value for `SENDGRID_API_HOST` / `SendGridSender(api_host=...)`.
    `delay`: seconds each Mail Send answer is held, as SendGrid's latency (100-300 ms)."""

    def __init__(self, api_key: str | None = "SG.fake-key.for-tests", delay: float = 0.0) -> None:
        self.api_key = api_key or "SG.any-key"
        self._required_key = api_key
        self.scopes = ["mail.send", "alerts.read", "scopes.read"]  # what the key may do
        self._routes: dict[tuple[str, str], Handler] = {
            ("POST", MAIL_SEND): self.mail_send,
            ("GET", SCOPES): self.list_scopes,
        }
        super().__init__(RecordedRequest, poll_interval=0.02, delay=delay)

    def accept_key(self, key: str) -> None:
        """From now on the account takes `key`, and only it (the operator fixed the account)."""
        with self._lock:
            self.api_key = self._required_key = key

    def add_route(self, method: str, path: str, handler: Handler) -> None:
        self._routes[(method.upper(), path)] = handler

    def _is_delayed(self, request: RecordedRequest) -> bool:
        return request.method == "POST" and request.path == MAIL_SEND

    def mail_send(self, request: RecordedRequest) -> Reply:
        """The default Mail Send behaviour; a custom route may call it and adjust."""
        refusal = self.check_auth(request) or check_json(request)
        if refusal:
            return refusal
        problems = mail_send_problems(request.json)
        return Reply.errors(400, problems) if problems else Reply.accepted()

    def list_scopes(self, request: RecordedRequest) -> Reply:
        """`GET /v3/scopes`: what the key may do (any valid key may ask)."""
        return self.check_auth(request) or Reply.json(200, {"scopes": list(self.scopes)})

    def check_auth(self, request: RecordedRequest) -> Reply | None:
        scheme, _, key = (request.headers.get("Authorization") or "").partition(" ")
        if scheme != "Bearer" or not key:
            return Reply.error(401, "authorization required")
        with self._lock:
            required = self._required_key
        if required is not None and key != required:
            return Reply.error(
                401, "The provided authorization grant is invalid, expired, or revoked"
            )
        return None

    def event(self, request: RecordedRequest, kind: str, **fields: Any) -> dict[str, Any]:
        """The Event Webhook object SendGrid would post about `request`'s (first) recipient."""
        body = request.json
        standard = {
            "email": body["personalizations"][0]["to"][0]["email"],
            "timestamp": int(time.time()),
            "event": kind,
            "smtp-id": (body.get("headers") or {}).get(
                "Message-ID", f"<{request.message_id}@fake>"
            ),
            "sg_event_id": secrets.token_urlsafe(16),
            "sg_message_id": f"{request.message_id}.filter0001.16648.5515E0B88.0",
        }
        # Custom args arrive as top-level keys; SendGrid's own keys win over them.
        return {**(body.get("custom_args") or {}), **standard, **fields}

    def _choose_reply(self, request: RecordedRequest) -> Reply:
        scripted = self._record(request)
        if scripted is not None:
            return scripted
        handler = self._routes.get((request.method, request.path))
        if handler is not None:
            return handler(request)
        if any(path == request.path for _, path in self._routes):
            return Reply.error(405, "method not allowed")
        return Reply.error(404, "resource not found")


def check_json(request: RecordedRequest) -> Reply | None:
    content_type = request.headers.get_content_type()
    if content_type != "application/json":
        return Reply.error(400, f"Content-Type should be application/json, not {content_type}")
    if len(request.body) > MAX_BODY_BYTES:
        return Reply.error(413, "The request is too large: messages must be under 30 MB")
    try:
        body = request.json
    except ValueError:
        return Reply.error(400, "Bad Request: the body is not valid JSON")
    return None if isinstance(body, dict) else Reply.error(400, "The body must be a JSON object")


def mail_send_problems(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Every reason the real API would give for refusing this Mail Send body."""
    checks = (
        _personalization_problems,
        _from_problems,
        _subject_problems,
        _content_problems,
        _header_problems,
        _custom_arg_problems,
        _reply_to_problems,
    )
    return [problem for check in checks for problem in check(body)]


def _personalization_problems(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    personalizations = body.get("personalizations")
    if not isinstance(personalizations, list) or not personalizations:
        yield error_item(
            "The personalizations field is required and must have at least one personalization.",
            "personalizations",
        )
        return
    for index, personalization in enumerate(personalizations):
        yield from _recipient_problems(personalization, f"personalizations.{index}")
    recipients = sum(
        len(p.get(kind) or []) for p in personalizations for kind in ("to", "cc", "bcc")
    )
    if recipients > MAX_RECIPIENTS:
        yield error_item(
            "The total number of recipients must be no more than 1000.", "personalizations"
        )


def _recipient_problems(personalization: Any, where: str) -> Iterator[dict[str, Any]]:
    to = personalization.get("to") if isinstance(personalization, dict) else None
    if not isinstance(to, list) or not to:
        yield error_item(
            "The to array is required for all personalization objects, and must have at"
            " least one email object with a valid email address.",
            f"{where}.to",
        )
        return
    for index, recipient in enumerate(to):
        if not _is_address(recipient):
            yield error_item("Does not contain a valid address.", f"{where}.to.{index}.email")
        elif any(mark in (recipient.get("name") or "") for mark in ",;"):
            yield error_item("Names may not contain ';' or ','.", f"{where}.to.{index}.name")


def _from_problems(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    sender = body.get("from")
    if not _is_address(sender):
        yield error_item(
            "The from object must be provided for every email send. It is an object that"
            " requires the email parameter, but may also contain a name parameter.",
            "from.email",
        )


def _subject_problems(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    personalizations = body.get("personalizations") or []
    every_personal = bool(personalizations) and all(
        isinstance(p, dict) and p.get("subject") for p in personalizations
    )
    if not (body.get("subject") or every_personal or body.get("template_id")):
        yield error_item(
            "The subject is required. You can get around this requirement if you use a"
            " template with a subject defined or if every personalization has a subject"
            " defined.",
            "subject",
        )


def _content_problems(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    content = body.get("content")
    if body.get("template_id") and not content:
        return
    if not isinstance(content, list) or not content:
        yield error_item(
            "Unless a valid template_id is provided, the content parameter is required."
            " There must be at least one defined content block.",
            "content",
        )
        return
    types = [block.get("type") if isinstance(block, dict) else None for block in content]
    if "text/plain" in types and types[0] != "text/plain":
        yield error_item(
            "If present, text/plain content must be first, followed by text/html, followed"
            " by any other content.",
            "content",
        )
    for index, block in enumerate(content):
        if not isinstance(block, dict) or not block.get("type") or not block.get("value"):
            yield error_item(
                "Content blocks need a type and a non-empty value.", f"content.{index}"
            )


def _header_problems(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    places = [("headers", body.get("headers"))] + [
        (f"personalizations.{index}.headers", p.get("headers"))
        for index, p in enumerate(body.get("personalizations") or [])
        if isinstance(p, dict)
    ]
    for where, headers in places:
        for name, value in (headers or {}).items():
            if name.lower() in RESERVED_HEADERS:
                yield error_item(f"The header {name} is reserved and cannot be set.", where)
            elif not isinstance(value, str):
                yield error_item(f"The value of header {name} must be a string.", where)


def _custom_arg_problems(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    args = body.get("custom_args") or {}
    if not all(isinstance(value, str) for value in args.values()):
        yield error_item("Custom args values must be strings.", "custom_args")
    if len(json.dumps(args).encode()) >= MAX_CUSTOM_ARGS_BYTES:
        yield error_item("Custom args must be under 10,000 bytes in total.", "custom_args")


def _reply_to_problems(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if body.get("reply_to") and body.get("reply_to_list"):
        yield error_item("reply_to and reply_to_list cannot be used together.", "reply_to")
    elif body.get("reply_to") and not _is_address(body["reply_to"]):
        yield error_item("Does not contain a valid address.", "reply_to.email")


def _is_address(value: Any) -> bool:
    email = value.get("email") if isinstance(value, dict) else None
    return isinstance(email, str) and "@" in email.strip("@")


@pytest.fixture
def fake_sendgrid() -> Iterator[FakeSendGrid]:
    """A running fake; import it into a test module or conftest to use it as a fixture."""
    with FakeSendGrid() as api:
        yield api
