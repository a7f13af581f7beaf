"""What every provider fake shares: an HTTP server on 127.0.0.1 that records and scripts.

A fake subclasses `LoopbackFake`, builds its `Reply` on `LoopbackReply` and its request
record on `LoopbackRequest`, and implements `_choose_reply`: routes, checks and reply shapes
stay in the fake's own module. This module owns the rest, the same for every provider:
- the server thread and its lifecycle (`start`/`stop`, or `with fake:`) and `url`;
- `requests`, every request in arrival order, each with the reply it got;
- the reply script: `script(*replies)` queues replies for the next requests, and a reply
  marked `held` waits for `release()` (or `stop()`) before going out, while one marked
  `dropped` closes the connection without an answer;
- provider latency: `delay` seconds (settable at any time) hold every answer the fake's
  `_is_delayed` picks (its sends), each request on its own thread, so many wait at once;
- connections as a provider keeps them: HTTP/1.1 keep-alive, a large listen backlog,
  `connections` (TCP connections accepted so far), `peak_in_flight` (the most requests it
  was answering at once), and `close_idle_connections()`: what a provider's idle timeout
  does to a pooled connection between two requests.
"""

from __future__ import annotations

import contextlib
import json
import socket
import sys
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
LISTEN_BACKLOG = 1024  # many clients connecting at once must queue, not be refused
IDLE, ANSWERING, REPLYING = "idle", "answering", "replying"  # what a connection is doing


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

    def __init__(
        self, request_type: type[RequestT], poll_interval: float, delay: float = 0.0
    ) -> None:
        self.delay = delay  # seconds each delayed answer is held (provider latency)
        self._request_type = request_type
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)  # a request came, a connection went
        self._requests: list[RequestT] = []
        self._script: deque[ReplyT] = deque()
        self._release = threading.Event()
        self._stopping = threading.Event()  # ends every delay at once
        self._open: dict[_RequestHandler, str] = {}  # open connection -> IDLE, ANSWERING...
        self._connections = 0
        self._in_flight = 0
        self._peak_in_flight = 0
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

    @property
    def connections(self) -> int:
        """TCP connections accepted so far (1 for any number of keep-alive requests)."""
        with self._lock:
            return self._connections

    @property
    def peak_in_flight(self) -> int:
        """The most requests the fake was answering at the same moment."""
        with self._lock:
            return self._peak_in_flight

    def close_idle_connections(self) -> int:
        """Close every open connection that is between requests, as a provider's idle
        timeout does, and return how many once they are closed. A connection answering a
        request is left alone."""
        with self._changed:  # an answer being written is not idle yet: let it finish
            self._changed.wait_for(lambda: REPLYING not in self._open.values(), STALL_LIMIT_SECONDS)
            idle = [handler for handler, state in self._open.items() if state == IDLE]
        for handler in idle:
            handler.hang_up()
        with self._changed:
            self._changed.wait_for(lambda: not set(idle) & set(self._open), STALL_LIMIT_SECONDS)
        return len(idle)

    def wait_for_requests(self, count: int, timeout: float = STALL_LIMIT_SECONDS) -> bool:
        """Whether `count` requests have arrived within `timeout` seconds (for a test that
        holds them with stalled replies, to know they are all in flight at once)."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self._requests) >= count, timeout)

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release()  # a held handler would otherwise keep shutdown() waiting
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
        # Keep-alive handler threads end with their sockets, and are waited for: a test that
        # forks next (an import's checking) must find this process on its own. A connection
        # accepted just before the shutdown registers a moment later: hence the rounds.
        for _ in range(5):
            with self._lock:
                still_open = list(self._open)
            for handler in still_open:
                handler.hang_up()
            for handler in still_open:
                handler.thread.join(timeout=10)
            if not still_open:
                break

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

    def _is_delayed(self, request: RequestT) -> bool:
        """Whether `request` waits `delay` seconds before its answer (a fake's sends)."""
        return False

    def _choose_reply(self, request: RequestT) -> ReplyT:
        """The provider's answer; it must call `_record` first so every request is kept."""
        raise NotImplementedError

    def _record(self, request: RequestT) -> ReplyT | None:
        """Keep `request` and take the next scripted reply, if any.

        One lock for both, so concurrent requests take scripted replies in recorded order."""
        with self._lock:
            self._requests.append(request)
            self._changed.notify_all()
            return self._script.popleft() if self._script else None

    def _new_request(self, method: str, target: str, headers: Message, body: bytes) -> RequestT:
        url = urlsplit(target)
        return self._request_type(method, url.path, parse_qs(url.query), headers, body)

    def _serve_request(self, request: RequestT) -> ReplyT:
        """`handle`, then the provider's latency if `request` is one of the delayed."""
        reply = self.handle(request)
        if self.delay > 0 and self._is_delayed(request):
            self._stopping.wait(self.delay)
        return reply

    def _opened(self, handler: _RequestHandler) -> None:
        with self._lock:
            self._connections += 1
            self._open[handler] = IDLE

    def _closed(self, handler: _RequestHandler) -> None:
        with self._lock:
            self._open.pop(handler, None)
            self._changed.notify_all()

    def _now(self, handler: _RequestHandler, state: str) -> None:
        """`handler` moves to `state`: ANSWERING a request, REPLYING (writing the answer),
        or IDLE again (waiting for the connection's next request)."""
        with self._changed:
            before, self._open[handler] = self._open.get(handler, IDLE), state
            self._in_flight += (before == IDLE) - (state == IDLE)
            self._peak_in_flight = max(self._peak_in_flight, self._in_flight)
            self._changed.notify_all()


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a stalled handler must never keep the test process alive
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, fake: LoopbackFake[Any, Any]) -> None:
        self.fake = fake
        super().__init__(("127.0.0.1", 0), _RequestHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)
        # A client that left (timed out, hung up) mid-request is the point of many tests.


class _RequestHandler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    # The headers and the body go out in two writes: with Nagle's algorithm the body would
    # wait for the client's delayed ACK of the headers (~40 ms) on a kept-alive connection.
    disable_nagle_algorithm = True

    def setup(self) -> None:
        super().setup()
        self.thread = threading.current_thread()
        self.server.fake._opened(self)

    def finish(self) -> None:
        self.server.fake._closed(self)
        super().finish()

    def hang_up(self) -> None:
        """Close the connection from the server's side (the handler thread then ends)."""
        with contextlib.suppress(OSError):  # already closed by the client
            self.connection.shutdown(socket.SHUT_RDWR)

    def do_POST(self) -> None:
        fake = self.server.fake
        fake._now(self, ANSWERING)
        try:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            request = fake._new_request(self.command, self.path, self.headers, body)
            reply = fake._serve_request(request)
            fake._now(self, REPLYING)
            self._respond(reply)
        finally:
            fake._now(self, IDLE)

    do_GET = do_PUT = do_PATCH = do_DELETE = do_POST

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep pytest output clean; the recorded requests say everything

    def _respond(self, reply: Answer) -> None:
        if reply.dropped:
            self.close_connection = True
            return  # close without a status line: the client sees the connection drop
        try:
            # Keep-alive (HTTP/1.1's default) unless the client asked to close.
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client timed out and left while we stalled
