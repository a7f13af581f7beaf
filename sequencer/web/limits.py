"""What one request may cost the daemon, enforced before a route sees its body (ASGI middleware).

    framing   a Transfer-Encoding gets 411: every provider and browser sends a Content-Length,
              and a proxy that disagrees with us on where a chunked body ends could smuggle a
              second request inside it
    size      a Content-Length past the route's limit gets 413 before a byte of the body is
              read. The server (llhttp) delivers exactly that many bytes, never more, and with
              chunked bodies refused there is no body of unknown length to count as it comes
    memory    the bodies being read at once hold at most `budget` bytes between them (by their
              Content-Length): a body that does not fit waits, unread, for room until its
              deadline. A read body is copied two or three times on its way (Starlette joins
              its chunks, a signature covers timestamp + body), so the budget is what bounds
              the memory that 40 forged 8 MB posts at once can take (bench/webhook_bench.py)
    time      each request has one deadline for its head and body together. The server stamps
              when the request began (`serve.DeadlineProtocol`: it closes a connection whose
              head is late); here a body still unread at the deadline gets 408
    closing   an answer sent before the body was read in full (a 403 from the headers alone,
              a GET that came with a body) closes the connection, so the unread bytes are
              never parsed as the next request

Routes read the body through `receive` as usual; the refusals above reach them as Starlette's
HTTPException (answered by the app's handler), or never reach them at all.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable

from starlette.exceptions import HTTPException
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The scope extension where the server puts the loop time at which the request must be
# complete (head and body); absent (another server), the deadline counts from the app's call.
DEADLINE = "sequencer.deadline"
DEADLINE_SECONDS = 15.0
BUDGET_BYTES = 16 * 1024 * 1024
CLOSE = (b"connection", b"close")


class Limits:
    """`limit(path)` is the largest body a path reads, in bytes; `deadline` the seconds a
    request has, head and body, when the server stamps none."""

    def __init__(
        self,
        app: ASGIApp,
        limit: Callable[[str], int],
        deadline: float = DEADLINE_SECONDS,
        budget: int = BUDGET_BYTES,
    ) -> None:
        self.app, self.limit, self.deadline = app, limit, deadline
        self.budget = Budget(budget)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        framing, length = _framing(scope["headers"])
        limit = self.limit(scope["path"])
        if framing:
            refusal = "send the body with a Content-Length, not a Transfer-Encoding\n"
            await _refuse(411, refusal, scope, receive, send)
            return
        if length > limit:
            await _refuse(413, f"the body is larger than {limit} bytes\n", scope, receive, send)
            return
        extensions = scope.get("extensions") or {}
        deadline = extensions.get(DEADLINE) or asyncio.get_running_loop().time() + self.deadline
        body = Body(receive, length, deadline, self.budget)
        try:
            await self.app(scope, body.receive, body.closing(send))
        finally:
            await self.budget.give(body.reserved)


def _framing(headers: Iterable[tuple[bytes, bytes]]) -> tuple[bool, int]:
    """Whether the head names a Transfer-Encoding, and its Content-Length (0 if none; the
    first, and the server has checked its digits and that any others agree). One pass over
    the head's names (as the server gives them, lower case): Starlette's `Headers` decodes
    them all again for each name asked of it."""
    chunked, length = False, None
    for name, value in headers:
        if name == b"transfer-encoding":
            chunked = True
        elif name == b"content-length" and length is None:
            length = int(value or 0)
    return chunked, length or 0


class Body:
    """One request's body as the app reads it: timed, and paid for from the budget."""

    def __init__(self, receive: Receive, length: int, deadline: float, budget: Budget) -> None:
        self._receive, self.length = receive, length
        self.deadline, self.budget = deadline, budget
        self.reserved = 0
        self.complete = length == 0  # no body, or all of it read

    async def receive(self) -> Message:
        if self.complete:  # nothing more to read: the app is waiting for a disconnect
            return await self._receive()
        try:
            async with asyncio.timeout_at(self.deadline):
                if not self.reserved:
                    await self.budget.take(self.length)
                    self.reserved = self.length
                message = await self._receive()
        except TimeoutError:
            raise _answer(408, "the request did not arrive in time\n") from None
        if message["type"] == "http.disconnect":
            # The client is gone: the app stops here, and its answer goes nowhere.
            raise _answer(400, "the client went away before the body ended\n")
        self.complete = not message.get("more_body", False)
        return message

    def closing(self, send: Send) -> Send:
        """`send`, closing the connection after an answer that left the body unread."""

        async def send_closing(message: Message) -> None:
            if message["type"] == "http.response.start" and not self.complete:
                message = {**message, "headers": [*message.get("headers", []), CLOSE]}
            await send(message)

        return send_closing


class Budget:
    """Bytes of request bodies that may be in memory at once; a reader waits for room."""

    def __init__(self, total: int) -> None:
        self.total = self.free = total
        self.room = asyncio.Condition()

    async def take(self, size: int) -> None:
        size = min(size, self.total)  # a body as large as the whole budget waits for all of it
        async with self.room:
            await self.room.wait_for(lambda: self.free >= size)
            self.free -= size

    async def give(self, size: int) -> None:
        if size:
            async with self.room:
                self.free += min(size, self.total)
                self.room.notify_all()


def _answer(status: int, text: str) -> HTTPException:
    # Answered with the body unread, so `Body.closing` closes the connection after it.
    return HTTPException(status, text)


async def _refuse(status: int, text: str, scope: Scope, receive: Receive, send: Send) -> None:
    response = PlainTextResponse(text, status, headers={"Connection": "close"})
    await response(scope, receive, send)
