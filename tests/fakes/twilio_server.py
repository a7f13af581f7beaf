"""A fake Twilio REST API on loopback, so tests run the real `twilio` client end to end.

    from fakes.twilio_server import FakeTwilio, Reply

    with FakeTwilio() as api:                       # or the `fake_twilio` fixture below
        texts = TwilioTexts(api.account_sid, api.auth_token, from_number="+15005550006",
                            api_base=api.url)
        texts.send_text(text)
        api.requests[-1].field("StatusCallback")    # every request is recorded
        api.script(Reply.twilio_error(400, 21610, "Attempt to send to unsubscribed recipient"))

What it serves, like the 2010-04-01 API (form-encoded requests, JSON answers):
- `POST .../Accounts/{AccountSid}/Messages.json` creates a message: 201 with a Message
  resource (`sid` "SM...", status "queued", or "accepted" with a Messaging Service);
- `POST .../Calls.json` creates a call: 201 with a Call resource (`sid` "CA...", "queued");
- `POST .../Calls/{CallSid}.json` updates a live call (new `Twiml`/`Url`, or `Status`);
- `GET .../Messages/{sid}.json` and `GET .../Calls/{sid}.json` fetch what was created;
- `GET /2010-04-01/Accounts/{AccountSid}.json` fetches the account (the dispatcher's check
  while texts or calls are paused), with `status` from `account_status` ("active").
Every request needs HTTP Basic auth `account_sid:auth_token` and its own account in the path
(401 with code 20003, like Twilio; a test that changes `auth_token` stands for the operator
fixing the account, or for a token rotated under the daemon). Then the parameters are
checked, one error per answer as Twilio does: `To`, `Body`, `From` or `MessagingServiceSid`
(21604/21602/21603), an E.164 `To` (21211), Body at most 1,600 characters (21617); for
calls `To`, `From`, exactly one of `Url`/`Twiml` (21201/21213/21205), well-formed TwiML with
a <Response> root (12100), valid `MachineDetection`/`AsyncAmd` values. Where Twilio's code
for a check isn't known the fake uses 20001 ("invalid parameter"): match on the code only
for the documented ones.

Twilio's test-credential "magic numbers" answer as Twilio documents them: texting
+15005550001/2/3/4/9 fails with 21211/21612/21408/21610/21614, calling +15005550001/2/3/4
with 21217/21214/21215/21216. So a test can get a refusal from a real request shape
without scripting it.

Scripting: `script(*replies)` queues replies that answer the next requests in order, on any
path, *instead of* the routes (each request is still recorded). Faults for error and
in-doubt tests:
- `Reply.twilio_error(status, code, message)`: Twilio's legacy error JSON (what the client
  turns into `TwilioRestException`), with optional headers such as Retry-After;
- `Reply.stall(then)`: hold the answer until `release()` or `stop()` (past any client
  timeout, without sleeping), then send `then`, by default the normal answer, so the message
  or call exists although the client gave up;
- `Reply.drop_connection()`: close the connection without answering.

Latency: `FakeTwilio(delay=0.15)` answers each Messages or Calls create after 0.15 s, many
at once; `peak_in_flight` and `connections` say what the client did (fakes/loopback.py).

Callbacks (for webhook tests): `status_callback(sid, status)` and `amd_callback(call_sid,
answered_by)` give the (URL, form) Twilio would POST, and update the stored resource.
Signing them is up to the caller (`twilio.request_validator.RequestValidator`).

Other endpoints: `add_route(method, pattern, handler)`, where `pattern` is a regular
expression over the path (named groups land in `request.path_params`) and the handler takes
the `RecordedRequest` and returns a `Reply`. Unknown paths answer 404 with code 20404.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qs

import pytest

from fakes.loopback import STALL_LIMIT_SECONDS as STALL_LIMIT_SECONDS  # re-exported
from fakes.loopback import LoopbackFake, LoopbackReply, LoopbackRequest

API = "/2010-04-01/Accounts/(?P<account>[^/]+)"
SID = "(?P<sid>[A-Za-z0-9]+)"
CREATE = re.compile(f"{API}/(?:Messages|Calls)\\.json")  # the sends `delay` holds
E164 = re.compile(r"\+[1-9][0-9]{1,14}")
MAX_BODY_CHARS = 1600
POLL_SECONDS = 0.01
MACHINE_DETECTION_VALUES = frozenset({"Enable", "DetectMessageEnd"})
ENDED_CALL_STATUSES = frozenset({"completed", "canceled", "failed", "busy", "no-answer"})

# Twilio's test-credential magic "To" numbers and the errors they answer.
MAGIC_TEXT_TO = {
    "+15005550001": (21211, "The 'To' number +15005550001 is not a valid phone number."),
    "+15005550002": (21612, "The 'To' phone number is not currently reachable via SMS."),
    "+15005550003": (21408, "Permission to send an SMS has not been enabled for the region"),
    "+15005550004": (21610, "Attempt to send to unsubscribed recipient"),
    "+15005550009": (21614, "'To' number is not a valid mobile number"),
}
MAGIC_CALL_TO = {
    "+15005550001": (21217, "Phone number does not appear to be valid"),
    "+15005550002": (21214, "'To' phone number cannot be reached"),
    "+15005550003": (21215, "Geo Permission configuration is not permitting call"),
    "+15005550004": (21216, "Call blocked by Twilio blocklist"),
}


@dataclass(frozen=True)
class Reply(LoopbackReply):
    """One HTTP answer, or a fault (`stalled`, `dropped`) standing in for one.

    `status == 0` without `dropped` means "the normal answer" (what the route would say)."""

    stalled: bool = False  # (not `stall`: that name is the constructor below)
    dropped: bool = False

    @classmethod
    def twilio_error(
        cls, status: int, code: int, message: str, headers: Mapping[str, str] | None = None
    ) -> Reply:
        payload = {
            "code": code,
            "message": message,
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        }
        return cls.json(status, payload, headers)

    @classmethod
    def stall(cls, then: Reply | None = None) -> Reply:
        return replace(then or cls(0), stalled=True)

    @classmethod
    def drop_connection(cls) -> Reply:
        return cls(0, dropped=True)

    @property
    def is_normal(self) -> bool:
        return self.status == 0 and not self.dropped

    @property
    def held(self) -> bool:
        """The loopback server's name for `stalled`: wait for release() before answering."""
        return self.stalled


@dataclass
class RecordedRequest(LoopbackRequest[Reply]):
    path_params: dict[str, str] = field(default_factory=dict)

    @property
    def form(self) -> dict[str, list[str]]:
        """The form-encoded body; repeated keys (StatusCallbackEvent, MediaUrl) keep every value."""
        return parse_qs(self.body.decode(), keep_blank_values=True)

    def field(self, name: str) -> str | None:
        """The first value of form parameter `name` (Twilio's spelling: "To", "Twiml")."""
        values = self.form.get(name)
        return values[0] if values else None

    @property
    def basic_auth(self) -> tuple[str, str] | None:
        scheme, _, encoded = (self.headers.get("Authorization") or "").partition(" ")
        if scheme != "Basic":
            return None
        try:
            user, _, password = base64.b64decode(encoded).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return user, password

    @property
    def resource(self) -> Any:
        """The JSON the fake answered with (a Message or Call resource, or an error)."""
        return json.loads(self.reply.body) if self.reply and self.reply.body else None


Handler = Callable[[RecordedRequest], Reply]


class FakeTwilio(LoopbackFake[RecordedRequest, Reply]):
    """The fake API; a context manager that serves on 127.0.0.1 on a free port.

    Its `url` is the value for `TWILIO_API_BASE` / `api_base=`. `delay`: seconds each
    Messages or Calls create answer is held, as Twilio's latency (100-300 ms)."""

    def __init__(
        self,
        account_sid: str = "AC" + "f" * 32,
        auth_token: str = "fake-auth-token",
        delay: float = 0.0,
    ) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.account_status = "active"  # or "suspended", "closed"
        self.messages: dict[str, dict[str, Any]] = {}  # sid -> resource, as created/updated
        self.calls: dict[str, dict[str, Any]] = {}
        self.callback_urls: dict[str, dict[str, str]] = {}  # sid -> {"status": url, "amd": url}
        self._counter = itertools.count(1)
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        super().__init__(RecordedRequest, poll_interval=POLL_SECONDS, delay=delay)
        self._add_default_routes()

    def add_route(self, method: str, pattern: str, handler: Handler) -> None:
        """Serve `method` on paths that fully match `pattern`; routes added later win."""
        self._routes.insert(0, (method.upper(), re.compile(pattern), handler))

    def _is_delayed(self, request: RecordedRequest) -> bool:
        return request.method == "POST" and CREATE.fullmatch(request.path) is not None

    # -- the default routes ------------------------------------------------------------

    def create_message(self, request: RecordedRequest) -> Reply:
        problem = self.check_auth(request) or message_problem(request)
        if problem:
            return problem
        resource = self._message_resource(request)
        self._store(self.messages, resource, request.field("StatusCallback"), None)
        return Reply.json(201, resource)

    def create_call(self, request: RecordedRequest) -> Reply:
        problem = self.check_auth(request) or call_problem(request)
        if problem:
            return problem
        resource = self._call_resource(request)
        amd = request.field("AsyncAmdStatusCallback")
        self._store(self.calls, resource, request.field("StatusCallback"), amd)
        return Reply.json(201, resource)

    def update_call(self, request: RecordedRequest) -> Reply:
        twiml = request.field("Twiml")
        problem = self.check_auth(request) or self._missing(self.calls, request)
        problem = problem or (twiml_problem(twiml) if twiml else None)
        if problem:
            return problem
        with self._lock:
            resource = self.calls[request.path_params["sid"]]
            if resource["status"] in ENDED_CALL_STATUSES:
                return Reply.twilio_error(400, 21220, "Call is not in-progress. Cannot redirect.")
            resource["status"] = request.field("Status") or resource["status"]
            return Reply.json(200, dict(resource))

    def fetch(self, request: RecordedRequest) -> Reply:
        resources = self.messages if "/Messages/" in request.path else self.calls
        problem = self.check_auth(request) or self._missing(resources, request)
        with self._lock:
            return problem or Reply.json(200, dict(resources[request.path_params["sid"]]))

    def fetch_account(self, request: RecordedRequest) -> Reply:
        problem = self.check_auth(request)
        return problem or Reply.json(200, self._account_resource())

    def check_auth(self, request: RecordedRequest) -> Reply | None:
        if request.basic_auth != (self.account_sid, self.auth_token):
            return Reply.twilio_error(401, 20003, "Authenticate")
        if request.path_params.get("account") != self.account_sid:
            return Reply.twilio_error(
                404, 20404, f"The requested resource {request.path} was not found"
            )
        return None

    # -- callbacks Twilio would send -----------------------------------------------------

    def status_callback(self, sid: str, status: str, **extra: str) -> tuple[str, dict[str, str]]:
        """(URL, form) of the StatusCallback for message or call `sid` reaching `status`."""
        is_message = sid in self.messages
        with self._lock:
            resource = (self.messages if is_message else self.calls)[sid]
            resource["status"] = status
            url = self._callback_url(sid, "status")
        kind = "Message" if is_message else "Call"
        form = {f"{kind}Sid": sid, f"{kind}Status": status, **_common_callback_fields(resource)}
        if is_message:
            form |= {"SmsSid": sid, "SmsStatus": status}
        return url, form | extra

    def amd_callback(self, call_sid: str, answered_by: str) -> tuple[str, dict[str, str]]:
        """(URL, form) of the AsyncAmdStatusCallback saying who answered `call_sid`."""
        with self._lock:
            resource = self.calls[call_sid]
            resource |= {"answered_by": answered_by, "status": "in-progress"}
            url = self._callback_url(call_sid, "amd")
        form = {"CallSid": call_sid, "AccountSid": self.account_sid, "AnsweredBy": answered_by}
        return url, form | {"MachineDetectionDuration": "4200"}

    # -- internals -----------------------------------------------------------------------

    def _add_default_routes(self) -> None:
        self.add_route("GET", f"{API}\\.json", self.fetch_account)
        self.add_route("GET", f"{API}/(?:Messages|Calls)/{SID}\\.json", self.fetch)
        self.add_route("POST", f"{API}/Calls/{SID}\\.json", self.update_call)
        self.add_route("POST", f"{API}/Calls\\.json", self.create_call)
        self.add_route("POST", f"{API}/Messages\\.json", self.create_message)

    def _callback_url(self, sid: str, kind: str) -> str:
        url = self.callback_urls.get(sid, {}).get(kind)
        if url is None:
            raise LookupError(f"{sid} was created without a {kind} callback URL")
        return url

    def _new_sid(self, prefix: str) -> str:
        return f"{prefix}{next(self._counter):032x}"  # deterministic, Twilio-shaped

    def _store(
        self,
        into: dict[str, dict[str, Any]],
        resource: dict[str, Any],
        status: str | None,
        amd: str | None,
    ) -> None:
        with self._lock:
            into[resource["sid"]] = resource
            self.callback_urls[resource["sid"]] = {
                k: v for k, v in (("status", status), ("amd", amd)) if v
            }

    def _missing(
        self, resources: dict[str, dict[str, Any]], request: RecordedRequest
    ) -> Reply | None:
        if request.path_params["sid"] in resources:
            return None
        return Reply.twilio_error(
            404, 20404, f"The requested resource {request.path} was not found"
        )

    def _message_resource(self, request: RecordedRequest) -> dict[str, Any]:
        sid = self._new_sid("SM")
        service = request.field("MessagingServiceSid")
        return {
            **self._resource_base(sid, "Messages"),
            "body": request.field("Body"),
            "from": request.field("From"),
            "to": request.field("To"),
            "messaging_service_sid": service,
            "status": "accepted" if service else "queued",
            "num_media": "0",
            "num_segments": "1",
            "error_code": None,
            "error_message": None,
            "date_sent": None,
        }

    def _account_resource(self) -> dict[str, Any]:
        return {
            "sid": self.account_sid,
            "friendly_name": "Fake account",
            "status": self.account_status,
            "type": "Full",
            "owner_account_sid": self.account_sid,
            "uri": f"/2010-04-01/Accounts/{self.account_sid}.json",
        }

    def _call_resource(self, request: RecordedRequest) -> dict[str, Any]:
        sid = self._new_sid("CA")
        return {
            **self._resource_base(sid, "Calls"),
            "from": request.field("From"),
            "to": request.field("To"),
            "status": "queued",
            "answered_by": None,
            "duration": None,
            "start_time": None,
            "end_time": None,
            "parent_call_sid": None,
        }

    def _resource_base(self, sid: str, collection: str) -> dict[str, Any]:
        now = format_datetime(datetime.now(UTC))  # RFC 2822, as Twilio writes dates
        return {
            "sid": sid,
            "account_sid": self.account_sid,
            "api_version": "2010-04-01",
            "date_created": now,
            "date_updated": now,
            "direction": "outbound-api",
            "price": None,
            "price_unit": "USD",
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/{collection}/{sid}.json",
        }

    def _choose_reply(self, request: RecordedRequest) -> Reply:
        scripted = self._record(request)
        handler = self._route(request)  # also fills request.path_params
        if scripted is not None and not scripted.is_normal:
            return scripted
        answer = handler(request) if handler else Reply.twilio_error(404, 20404, "Not found")
        held = scripted is not None and scripted.stalled  # Reply.stall(): normal, but late
        return replace(answer, stalled=True) if held else answer

    def _route(self, request: RecordedRequest) -> Handler | None:
        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(request.path)
            if match and method == request.method:
                request.path_params = match.groupdict()
                return handler
        return None


def message_problem(request: RecordedRequest) -> Reply | None:
    """Twilio's answer to a Messages create it would refuse, else None."""
    to, body = request.field("To"), request.field("Body")
    if not to:
        return Reply.twilio_error(400, 21604, "A 'To' phone number is required.")
    if not (request.field("From") or request.field("MessagingServiceSid")):
        return Reply.twilio_error(
            400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message."
        )
    if not (body or request.field("MediaUrl") or request.field("ContentSid")):
        return Reply.twilio_error(400, 21602, "Message body is required.")
    if body and len(body) > MAX_BODY_CHARS:
        return Reply.twilio_error(
            400, 21617, "The concatenated message body exceeds the 1600 character limit."
        )
    return _number_problem(to, MAGIC_TEXT_TO)


def call_problem(request: RecordedRequest) -> Reply | None:
    """Twilio's answer to a Calls create it would refuse, else None."""
    to, twiml, url = request.field("To"), request.field("Twiml"), request.field("Url")
    if not to:
        return Reply.twilio_error(400, 21201, "No 'To' number is specified")
    if not request.field("From"):
        return Reply.twilio_error(400, 21213, "No 'From' number is specified")
    if bool(twiml) == bool(url or request.field("ApplicationSid")):
        return Reply.twilio_error(
            400, 21205, "Exactly one of Url, Twiml or ApplicationSid is required"
        )
    return (
        (twiml_problem(twiml) if twiml else None)
        or _amd_problem(request)
        or _number_problem(to, MAGIC_CALL_TO)
    )


def twiml_problem(twiml: str) -> Reply | None:
    try:
        root = ElementTree.fromstring(twiml)
    except ElementTree.ParseError as exc:
        return Reply.twilio_error(400, 12100, f"Document parse failure: {exc}")
    if root.tag != "Response":
        return Reply.twilio_error(
            400, 12100, f"Document parse failure: root is <{root.tag}>, not <Response>"
        )
    return None


def _amd_problem(request: RecordedRequest) -> Reply | None:
    detection, async_amd = request.field("MachineDetection"), request.field("AsyncAmd")
    if detection is not None and detection not in MACHINE_DETECTION_VALUES:
        return Reply.twilio_error(400, 20001, f"Invalid MachineDetection {detection!r}")
    if async_amd is not None and async_amd not in ("true", "false"):
        return Reply.twilio_error(400, 20001, f"Invalid AsyncAmd {async_amd!r}")
    return None


def _number_problem(to: str, magic: Mapping[str, tuple[int, str]]) -> Reply | None:
    if to in magic:
        code, message = magic[to]
        return Reply.twilio_error(400, code, message)
    if not E164.fullmatch(to):
        return Reply.twilio_error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
    return None


def _common_callback_fields(resource: Mapping[str, Any]) -> dict[str, str]:
    fields = {
        "AccountSid": resource["account_sid"],
        "From": resource["from"] or "",
        "To": resource["to"],
        "ApiVersion": "2010-04-01",
    }
    return {name: str(value) for name, value in fields.items()}


@pytest.fixture
def fake_twilio(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTwilio]:
    """A running fake; import it into a test module or conftest to use it as a fixture.

    Loopback must not go through an HTTP(S)_PROXY from the environment (requests honours it)."""
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    with FakeTwilio() as api:
        yield api
