"""A real IMAP server on loopback for tests: pymap's in-memory (`dict`) backend.

    from fakes.imap_server import ImapServer

    with ImapServer() as server:
        server.deliver(raw_bytes, arrived=some_aware_datetime)   # APPEND, returns the UID
        server.flags(uid)                           # as a second client sees them
        server.renumber("Recruiting")               # a new UIDVALIDITY, UIDs start over
        server.client()                             # a logged-in IMAPClient of your own

pymap is a full IMAP4rev1 server (SELECT/EXAMINE, UID SEARCH with SINCE and `N:*`,
BODY.PEEK[] versus BODY[] and \\Seen, APPEND with an internal date), so the code under test
talks to it exactly as to a recruiter's mailbox, minus TLS: it serves plain text on
127.0.0.1, on a free port, one user (`username`/`password`), mail kept in memory.

Importing this module replaces pymap's UIDVALIDITY generator with a counter (see below).
It runs on its own asyncio loop in a daemon thread; `stop()` ends the loop (connections
still open are cut) and waits for the thread. pymap logs every line it reads and writes on
the `pymap.imap` logger at DEBUG: a test can see what a client sent on the wire.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from argparse import Namespace
from concurrent.futures import Future
from datetime import datetime
from types import TracebackType
from typing import Self

from imapclient import IMAPClient
from proxyprotocol.reader import ProxyProtocolReader
from pymap.backend.dict import Config, DictBackend, Login
from pymap.concurrent import Subsystem
from pymap.imap import IMAPServer
from pymap.mailbox import MailboxSnapshot
from pymap.user import Passwords, UserMetadata
from pysasl.hashing import BuiltinHash

USERNAME = "dana@northwind.example"
PASSWORD = "correct horse battery staple"
START_TIMEOUT_SECONDS = 10.0

# pymap makes a UIDVALIDITY from the clock and a random number, so two in a row can repeat
# and whether the top bit is set depends on the hour. A counter instead: every folder gets a
# new one (a renumbered folder always changes), each with the top bit set (UIDVALIDITY is
# unsigned 32-bit: the cursor's BIGINT columns must keep them whole).
_uid_validities = itertools.count(0xC000_0000)
MailboxSnapshot.new_uid_validity = classmethod(  # type: ignore[method-assign,assignment]
    lambda cls: next(_uid_validities)
)


class _Config(Config):
    @property
    def greeting(self) -> bytes:
        # pymap's default asks socket.getfqdn(), a DNS lookup that can stall a sandbox.
        return b"Server ready 127.0.0.1"


class ImapServer:
    """pymap on 127.0.0.1; `host`, `port`, `username`, `password` are what a client needs."""

    host = "127.0.0.1"
    username = USERNAME
    password = PASSWORD

    def __init__(self) -> None:
        self.port = 0
        self._ready: Future[int] = Future()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        self._thread.start()
        self.port = self._ready.result(timeout=START_TIMEOUT_SECONDS)
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=START_TIMEOUT_SECONDS)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # a failed start must reach start(), not vanish
            if not self._ready.done():
                self._ready.set_exception(exc)
            raise

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        config = _config()
        config.apply_context()
        backend = DictBackend(Login(config), config)
        password = await Passwords(config).hash_password(PASSWORD)
        await backend.login.demo_user_identity.set(
            UserMetadata(config, USERNAME, password=password)
        )
        callback = ProxyProtocolReader(config.proxy_protocol).get_callback(
            IMAPServer(backend.login, config)
        )
        server = await asyncio.start_server(callback, host=self.host, port=0)
        async with server:
            self._ready.set_result(server.sockets[0].getsockname()[1])
            await self._stop.wait()
            server.close()
        # Connections still open are tasks of this loop: asyncio.run cancels them on return.

    # --- what tests do to the mailbox, through a second IMAP client ------------------------

    def client(self) -> IMAPClient:
        """A logged-in client of the test's own (use with `with`)."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=5)
        client.login(self.username, self.password)
        return client

    def deliver(self, message: bytes, arrived: datetime, folder: str = "INBOX") -> int:
        """APPEND `message` as if it arrived at `arrived` (its internal date); its UID."""
        with self.client() as client:
            if folder != "INBOX" and not client.folder_exists(folder):
                client.create_folder(folder)
            client.append(folder, message, msg_time=arrived)
            info = client.select_folder(folder, readonly=True)
            return int(info[b"UIDNEXT"]) - 1

    def flags(self, uid: int, folder: str = "INBOX") -> set[bytes]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            return set(client.get_flags([uid])[uid])

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            return int(client.select_folder(folder, readonly=True)[b"UIDVALIDITY"])

    def renumber(self, folder: str) -> int:
        """Delete and recreate `folder`, as a server that rebuilt its index does: empty, a
        new UIDVALIDITY, UIDs from the first again. Returns the new UIDVALIDITY."""
        with self.client() as client:
            client.delete_folder(folder)
            client.create_folder(folder)
        return self.uidvalidity(folder)


def _config() -> _Config:
    args = Namespace(passlib_cfg=None, proxy_protocol=None)
    return _Config(
        args,
        host=ImapServer.host,
        port=0,
        demo_data=False,
        demo_user=USERNAME,
        demo_password=PASSWORD,
        tls_enabled=False,  # LOGIN allowed in plain text, no STARTTLS offered
        invalid_user_sleep=0.0,
        cpu_subsystem=Subsystem.for_asyncio(),  # no thread pool left behind per server
        # The default 500,000 PBKDF2 rounds cost 0.1 s per login; a test password needs none.
        hash_context=BuiltinHash(rounds=1),
    )
