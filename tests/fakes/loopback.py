"""What every provider fake shares: an HTTP server on 127.0.0.1 that records and scripts.

A fake subclasses `LoopbackFake`, builds its `Reply` on `LoopbackReply` and its request
record on `LoopbackRequest`, and implements `_choose_reply`: routes, checks and reply shapes
stay in the fake's own module. This module owns the rest, the same for every provider:
- the server thread and its lifecycle (`start`/`stop`, or `with fake:`) and `url`;
- `requests`, every request in arrival order, each with the reply it got;
- the reply script: `script(*replies)` queues replies for the next requests, and a reply
  marked `held` waits for `release()` (or `stop()`) before going out, while one marked
  `dropped` closes the connection without an answer.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar
from urllib.parse import parse_qs, urlsplit

STALL_LIMIT_SECONDS = 30.0  # a stalled handler gives up even if nobody releases it


class Answer(Protocol):
    """What the server needs to know about a reply to send it (or to hold or drop it)."""

    @property
    def status(self) -> int: ...
    @property
    def body(self) -> bytes: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def held(self) -> bool: ...
    @property
    def dropped(self) -> bool: ...


ReplyT = TypeVar("ReplyT", bound=Answer)


@dataclass(frozen=True)
class LoopbackReply:
    """One HTTP answer; a fake's `Reply` adds its fault flags and provider-shaped builders."""

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Self:
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        return cls(status, json.dumps(payload).encode(), all_headers)


@dataclass
class LoopbackRequest(Generic[ReplyT]):
    """One recorded request; a fake's `RecordedRequest` adds provider-shaped accessors."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: Message  # case-insensitive: headers["authorization"] works
    body: bytes
    # Keyword-only so that a subclass's own fields keep their positions after `body`.
    # What the fake answered: None while it is stalled, or when it dropped the connection.
    reply: ReplyT | None = field(default=None, kw_only=True)


RequestT = TypeVar("RequestT", bound=LoopbackRequest[Any])


class LoopbackFake(Generic[RequestT, ReplyT]):
    """The server, the recording and the script; a context manager serving on a free port."""

    def __init__(self, request_type: type[RequestT], poll_interval: float) -> None:
        self._request_type = request_type
        self._lock = threading.Lock()
        self._requests: list[RequestT] = []
        self._script: deque[ReplyT] = deque()
        self._release = threading.Event()
        self._server = _Server(self)
        # A short poll interval: stop() waits for the serving loop to notice, once per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": poll_interval}, daemon=True
        )

    @property
    def url(self) -> str:
        """The base URL to give the provider's client (its API host / API base setting)."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[RequestT]:
        with self._lock:
            return list(self._requests)

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release()  # a held handler would otherwise keep shutdown() waiting
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def script(self, *replies: ReplyT) -> None:
        with self._lock:
            self._script.extend(replies)

    def release(self) -> None:
        """Let every stalled reply go out now (and any later one: stalls end for good)."""
        self._release.set()

    def handle(self, request: RequestT) -> ReplyT:
        """Record `request` and decide its reply (runs in the server's handler thread)."""
        reply = self._choose_reply(request)
        if reply.held:
            self._release.wait(STALL_LIMIT_SECONDS)
        request.reply = None if reply.dropped else reply
        return reply

    def _choose_reply(self, request: RequestT) -> ReplyT:
        """The provider's answer; it must call `_record` first so every request is kept."""
        raise NotImplementedError

    def _record(self, request: RequestT) -> ReplyT | None:
        """Keep `request` and take the next scripted reply, if any.

        One lock for both, so concurrent requests take scripted replies in recorded order."""
        with self._lock:
            self._requests.append(request)
            return self._script.popleft() if self._script else None

    def _new_request(self, method: str, target: str, headers: Message, body: bytes) -> RequestT:
        url = urlsplit(target)
        return self._request_type(method, url.path, parse_qs(url.query), headers, body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a stalled handler must never keep the test process alive

    def __init__(self, fake: LoopbackFake[Any, Any]) -> None:
        self.fake = fake
        super().__init__(("127.0.0.1", 0), _RequestHandler)


class _RequestHandler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        request = fake._new_request(self.command, self.path, self.headers, self.rfile.read(length))
        self._respond(fake.handle(request))

    do_GET = do_PUT = do_PATCH = do_DELETE = do_POST

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep pytest output clean; the recorded requests say everything

    def _respond(self, reply: Answer) -> None:
        self.close_connection = True  # one request per connection keeps faults simple
        if reply.dropped:
            return  # close without a status line: the client sees the connection drop
        try:
            self.send_response(reply.status)
            # Said out loud: requests pools connections and would reuse this one otherwise.
            self.send_header("Connection", "close")
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client timed out and left while we stalled: that is the point
