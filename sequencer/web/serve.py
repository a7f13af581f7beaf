"""The daemon's HTTP listeners: uvicorn, on sockets bound here, in a thread of their own.

`start([Listener(app, host, port), ...])` binds every socket first (so a port in use stops the
start with one line, before anything runs), then serves each app on its socket from one event
loop. uvicorn's settings, and why:

    backlog 2048             connections the kernel queues before we accept them (capped by
                             net.core.somaxconn); the old server's 5 dropped a burst of 200
    server_header=False      no "Server: uvicorn" for a scanner to match versions against
    date_header=False        nothing here needs it
    timeout_keep_alive       an idle keep-alive connection closes after this many seconds
    limit_concurrency        past this many connections at once, new requests get 503
    httptools (not h11)      llhttp, Node's parser, in C: h11 in pure Python cost each
                             request ~0.2 ms more of the listener's CPU (bench/webhook_bench.py,
                             the wrongly signed texts). llhttp refuses what h11 refused
                             (a Content-Length that is not digits, two that differ, a
                             Transfer-Encoding with a Content-Length); it has no cap on a
                             head, so `DeadlineProtocol` keeps h11's: 16 KB (431, closed)
    proxy_headers=False      an X-Forwarded-For from a stranger proves nothing
    lifespan="off", no logging config, no access log: the daemon's logging is its own

uvicorn has no time limit on reading a request's head: a client that trickles header bytes
(or opens a connection and says nothing) holds it forever. `DeadlineProtocol` adds one. When
a request begins (the connection opens, or the first byte after the last answer) it arms a
timer of `deadline` seconds; if the head has not arrived when it fires, the connection
closes. When the head arrives the timer stops and the request's deadline goes into its scope,
where `limits.Limits` holds the body to the same deadline (408). So head and body together
get `deadline` seconds, however the client spaces its bytes. It also caps a head's size
(`MAX_HEAD_BYTES`): a head still open past that many bytes (counted from the read its request
began in), or one that came whole in one read but parses larger, gets 431 and the connection
closes. So a head holds at most that, plus one read (at most 256 KB), of memory.

A listener may be served by several processes (`Listener.processes`): a socket for each is
bound here, in a group the kernel shares connections out between (`bound`), then the
process forks copies that each serve one of them, before any thread starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import dataclasses
import errno
import itertools
import logging
import math
import os
import signal
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import uvicorn
from starlette.types import ASGIApp
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from sequencer.errors import SequencerError
from sequencer.web.limits import DEADLINE, DEADLINE_SECONDS

BACKLOG = 2048
KEEP_ALIVE_SECONDS = 5
MAX_CONNECTIONS = 1000
MAX_HEAD_BYTES = 16 * 1024  # h11's cap on a request head, which uvicorn's h11 server had
_TOO_LARGE_BODY = b"the request head is too large\n"
TOO_LARGE = b"\r\n".join(
    [
        b"HTTP/1.1 431 Request Header Fields Too Large",
        b"content-type: text/plain; charset=utf-8",
        b"content-length: %d" % len(_TOO_LARGE_BODY),
        b"connection: close",
        b"",
        _TOO_LARGE_BODY,
    ]
)
PR_SET_PDEATHSIG = 1  # linux/prctl.h
log = logging.getLogger(__name__)


class Config(uvicorn.Config):
    """uvicorn's settings plus the request deadline `DeadlineProtocol` enforces."""

    def __init__(self, app: ASGIApp, deadline: float, **options: Any) -> None:
        super().__init__(app, **options)
        self.deadline = deadline


class HeadTooLarge(Exception):
    """Raised in the parser's callback to stop it: the request's head is past the cap."""


class DeadlineProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a deadline on each request's head, and a cap on its
    size (see the module)."""

    config: Config

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._began: float | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._head_open, self._head_bytes, self._head_too_large = True, 0, False
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._timer is None and (self.cycle is None or self.cycle.response_complete):
            self._arm()  # the first byte of the next request on a kept-alive connection
        super().data_received(data)
        if self._head_open and not self.transport.is_closing():
            # Counted from the read the head began in (which may hold the end of the last
            # request too): a head still open past the cap is refused.
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD_BYTES:
                self._refuse_head()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_open, self._head_bytes = True, 0

    def on_headers_complete(self) -> None:
        # A head that came whole in one read: its size as parsed (the separators aside).
        size = len(self.url) + sum(len(name) + len(value) + 4 for name, value in self.headers)
        if size > MAX_HEAD_BYTES:
            self._head_too_large = True
            raise HeadTooLarge  # stops the parser; uvicorn then calls send_400_response
        super().on_headers_complete()
        self._head_open = False
        began = self._began if self._timer is not None and self._began else self.loop.time()
        self._disarm()
        extensions: dict[str, Any] = self.scope.setdefault("extensions", {})
        extensions[DEADLINE] = began + self.config.deadline

    def send_400_response(self, msg: str) -> None:
        if self._head_too_large:
            self._refuse_head()
        else:
            super().send_400_response(msg)

    def _refuse_head(self) -> None:
        log.debug("refused a request head of more than %d bytes", MAX_HEAD_BYTES)
        self.transport.write(TOO_LARGE)
        self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._began = self.loop.time()
        self._timer = self.loop.call_later(self.config.deadline, self._expire)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expire(self) -> None:
        self._timer = None
        if not self.transport.is_closing():
            log.debug("closed a connection whose request head was late")
            self.transport.close()


def config(app: ASGIApp, deadline: float = DEADLINE_SECONDS) -> Config:
    return Config(
        app,
        deadline,
        http=DeadlineProtocol,
        lifespan="off",
        log_config=None,
        access_log=False,
        backlog=BACKLOG,
        server_header=False,
        date_header=False,
        timeout_keep_alive=math.ceil(min(KEEP_ALIVE_SECONDS, deadline)),
        limit_concurrency=MAX_CONNECTIONS,
        proxy_headers=False,
    )


@dataclass(frozen=True)
class Listener:
    """An app, where to serve it, and the options an operator sets that with (for errors).
    `processes`: how many processes serve its socket (this one, and forked copies: see
    `forked`); `after_fork`: what a forked copy does first (e.g. drop the database
    connections it inherited, `engine.dispose(close=False)`)."""

    app: ASGIApp
    host: str
    port: int
    host_option: str = "--host"
    port_option: str = "--port"
    processes: int = 1
    after_fork: Callable[[], None] | None = None


class Serving:
    """Listeners being served; `ports` as bound (port 0 picks a free one); `children`, the
    forked processes that serve some of them too."""

    def __init__(
        self, servers: list[uvicorn.Server], sockets: list[socket.socket], children: list[int]
    ) -> None:
        self.servers, self.sockets, self.children = servers, sockets, children
        self.ports = [int(sock.getsockname()[1]) for sock in sockets]
        self._thread = threading.Thread(target=self._run, name="web", daemon=True)
        self._started = threading.Event()

    def _run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        served = [
            server.serve(sockets=[sock])
            for server, sock in zip(self.servers, self.sockets, strict=True)
        ]
        await asyncio.gather(*served)

    def start(self) -> Serving:
        self._thread.start()
        while not all(server.started for server in self.servers):
            if not self._thread.is_alive():
                raise SequencerError("the web server stopped as it started; see the log")
            self._started.wait(0.01)
        return self

    def stop(self) -> None:
        """Finish the requests in flight, then close every listener."""
        for child in self.children:  # each finishes its own requests in flight, as we do
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGTERM)
        for server in self.servers:
            server.should_exit = True
        self._thread.join()
        for child in self.children:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(child, 0)
        for sock in self.sockets:
            sock.close()


def start(listeners: Sequence[Listener], deadline: float = DEADLINE_SECONDS) -> Serving:
    """Serve each app on its host and port until `stop()`; `deadline` is the seconds a
    request has for its head and body. Raises SequencerError, saying what to change, for a
    socket that cannot be bound, or two listeners on the same address."""
    for one, other in itertools.combinations(listeners, 2):
        if (one.host, one.port) == (other.host, other.port) and one.port:
            raise SequencerError(
                f"{one.port_option} and {other.port_option} both name {one.host}:{one.port}:"
                f" give each its own port"
            )
    groups: list[list[socket.socket]] = []
    try:
        for listener in listeners:
            groups.append(bound(listener))
    except SequencerError:
        for sock in itertools.chain.from_iterable(groups):
            sock.close()
        raise
    every = list(itertools.chain.from_iterable(groups))
    children = [
        forked(listener, own, every, deadline)
        for listener, group in zip(listeners, groups, strict=True)
        for own in group[1:]
    ]
    for group in groups:
        for sock in group[1:]:  # the copies' own: served by them alone
            sock.close()
    servers = [uvicorn.Server(config(listener.app, deadline)) for listener in listeners]
    return Serving(servers, [group[0] for group in groups], children).start()


def forked(
    listener: Listener, sock: socket.socket, sockets: list[socket.socket], deadline: float
) -> int:
    """A copy of this process that serves `listener` on `sock` (its own socket of the
    listener's group: see `bound`), until SIGTERM (or until this process dies); its pid.
    Each copy works on a core of its own (Python runs one thread at a time per process).
    Forked before this process starts any thread of its own: a fork copies only the thread
    that calls it."""
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        _die_with_parent()
        for other in sockets:
            if other is not sock:
                other.close()
        if listener.after_fork is not None:
            listener.after_fork()
        uvicorn.Server(config(listener.app, deadline)).run(sockets=[sock])
        code = 0
    finally:
        os._exit(code)  # never back into the caller's code (a test runner, the daemon)


def _die_with_parent() -> None:
    """Ask Linux to send us SIGTERM when the process that forked us dies (even by SIGKILL),
    so no copy outlives the daemon holding its port."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def bound(listener: Listener) -> list[socket.socket]:
    """A socket for each of the listener's processes, bound to its address. Several form a
    group (SO_REUSEPORT) between which the kernel shares the connections out evenly, by a
    hash of each one's addresses. One socket shared by all the processes went otherwise:
    whichever woke first accepted every connection waiting (asyncio accepts up to the
    backlog at a time), so 16 clients connecting at once all landed on one process and the
    other core idled (bench/webhook_bench.py: 2,436 of 3,000 texts, and 2,812).

    A plain socket is bound first, to prove the port free: a group can be joined by any
    later socket of this user's that asks to, but not by one that does not ask, so a second
    daemon on the port still stops at once, saying the port is in use."""
    first = bind(listener)
    if listener.processes == 1:
        return [first]
    port = int(first.getsockname()[1])  # what port 0 picked
    first.close()
    group: list[socket.socket] = []
    try:
        for _ in range(listener.processes):
            group.append(bind(dataclasses.replace(listener, port=port), reuse_port=True))
    except SequencerError:
        for sock in group:
            sock.close()
        raise
    return group


def bind(listener: Listener, reuse_port: bool = False) -> socket.socket:
    host, port = listener.host, listener.port
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        # IPPROTO_TCP named, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets
        # that say TCP, and with Nagle on every answer waits 40 ms for a delayed ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    except OSError as exc:
        raise SequencerError(cannot_listen(listener, exc)) from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        if reuse_port:
            # Listening at once: a connection hashed to a copy's socket waits there while the
            # copy starts, instead of every one going to the sockets listening already.
            sock.listen(BACKLOG)
    except OSError as exc:
        sock.close()
        raise SequencerError(cannot_listen(listener, exc)) from exc
    return sock


def cannot_listen(listener: Listener, error: OSError) -> str:
    """Why the daemon cannot serve HTTP where `listener` says, and what to change."""
    host, port = listener.host, listener.port
    if error.errno == errno.EADDRINUSE:
        return (
            f"port {port} is in use on {host}: stop what holds it"
            f" or pick another with {listener.port_option}"
        )
    if error.errno == errno.EACCES:
        return (
            f"port {port} needs privileges this user lacks:"
            f" pick one above 1023 with {listener.port_option}"
        )
    if error.errno == errno.EADDRNOTAVAIL or isinstance(error, socket.gaierror):
        return (
            f"cannot listen on {host}: it is not an address of this machine;"
            f" check {listener.host_option}"
        )
    return f"cannot listen on {host}:{port}: {error.strerror or error}"
