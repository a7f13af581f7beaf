"""Replies read from a recruiter's own mailbox over IMAP, for teams that send over SMTP.

`poll_mailbox` hands every message that arrived since the last poll, oldest first, as raw
RFC 5322 bytes to a handler (which decides whether it is a reply, an out-of-office, a
bounce). It is the recruiter's real mailbox, so it is only ever read: the folder is selected
read-only and bodies are fetched with BODY.PEEK[], which leaves \\Seen alone; no flag is set,
nothing is moved or deleted.

Where it got to is a UID cursor (UIDVALIDITY and the last UID handed over), kept by the
caller's `Cursors` (the database's: `store.cursors`) and saved after each message, so a crash
re-feeds at most one message: delivery is at least once and the handler must deduplicate (by
Message-ID). A mailbox seen for the first time, or
one whose UIDVALIDITY changed (the server renumbered it, so old UIDs mean nothing), starts
from the first message of the last seven days rather than the whole history.
"""

from __future__ import annotations

import imaplib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from imapclient import IMAPClient

from sequencer import config
from sequencer.errors import SequencerError

FIRST_POLL_LOOKBACK = timedelta(days=7)
TIMEOUT_SECONDS = 30.0
DEFAULT_BATCH = 200
LOGIN_HINT = (
    "check IMAP_USERNAME and IMAP_PASSWORD (an app password where the mailbox uses"
    " two-step sign-in)"
)
# imapclient words a refused login as the repr of the server's bytes: b'[AUTH...] ...'.
_BYTES_REPR = re.compile(r"""^b(['"])(.*)\1$""", re.DOTALL)


class MailboxError(SequencerError):
    """The mailbox could not be read (connection, login, folder, protocol); the message
    names the host and the step that failed. The cursor is as the last handled message
    left it."""


class Cursors(Protocol):
    """Where each mailbox's poll got to: (UIDVALIDITY, last UID handed over), by mailbox."""

    def last(self, mailbox: str) -> tuple[int, int] | None: ...

    def save(self, mailbox: str, uidvalidity: int, last_uid: int, now: datetime) -> None: ...


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    username: str
    password: str = field(repr=False)  # settings end up in logs and tracebacks
    folder: str = "INBOX"
    ssl: bool = True  # implicit TLS (port 993); without it the password travels in clear

    @property
    def mailbox(self) -> str:
        """The cursor's key: one cursor per account, server and folder."""
        return f"{self.username}@{self.host}/{self.folder}"


def imap_settings(imap: config.Imap) -> ImapSettings | None:
    """The mailbox the IMAP_* settings name (checked in `config`), or None when IMAP_HOST
    is unset. An unset IMAP_PORT is 993, or 143 with IMAP_SSL=no."""
    if not imap.host:
        return None
    return ImapSettings(
        host=imap.host,
        port=imap.port or (993 if imap.ssl else 143),
        username=imap.username or "",  # both set when the host is: `config.Imap` checks
        password=config.reveal(imap.password) or "",
        folder=imap.folder,
        ssl=imap.ssl,
    )


def poll_mailbox(
    cursors: Cursors,
    settings: ImapSettings,
    handle: Callable[[bytes], object],
    now: datetime,
    batch: int = DEFAULT_BATCH,
) -> int:
    """Feed each message that arrived since the last poll, oldest first, to `handle` as raw
    RFC 5322 bytes; how many were fed. At most `batch` per call: the rest come next call.

    The cursor moves past each message once `handle` returns, so when `handle` raises, the
    exception comes out as it is and the next poll starts again with that message.
    Raises MailboxError when the server cannot be read.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if batch < 1:
        raise ValueError(f"batch must be at least 1, not {batch}")
    with _logged_in(settings) as client:
        return _feed_new_messages(client, cursors, settings, handle, now, batch)


@dataclass(frozen=True)
class _Folder:
    uidvalidity: int
    uidnext: int  # every message below it is already in the folder


def _feed_new_messages(
    client: IMAPClient,
    cursors: Cursors,
    settings: ImapSettings,
    handle: Callable[[bytes], object],
    now: datetime,
    batch: int,
) -> int:
    folder = _select(client, settings)
    last_uid = _resume_after(client, cursors, settings, folder, now)
    pending = _uids_after(client, settings, last_uid)
    fed = 0
    for uid in pending[:batch]:
        message = _fetch(client, settings, uid)
        if message is not None:  # None: expunged since the search, nothing to hand over
            handle(message)
            fed += 1
        last_uid = uid
        cursors.save(settings.mailbox, folder.uidvalidity, last_uid, now)
    if len(pending) <= batch:
        # All of the folder below UIDNEXT has been looked at: start there next time, even
        # when nothing was new (a first poll of a quiet mailbox must not leave UID 0).
        last_uid = max(last_uid, folder.uidnext - 1)
    cursors.save(settings.mailbox, folder.uidvalidity, last_uid, now)
    return fed


def _resume_after(
    client: IMAPClient, cursors: Cursors, settings: ImapSettings, folder: _Folder, now: datetime
) -> int:
    """The UID after which messages are new."""
    cursor = cursors.last(settings.mailbox)
    if cursor is not None and cursor[0] == folder.uidvalidity:
        return cursor[1]
    # First poll, or the old UIDs are void: the recent past only, not years of mail.
    since = (now.astimezone(UTC) - FIRST_POLL_LOOKBACK).date()
    recent = _search(client, settings, ["SINCE", since])
    return min(recent) - 1 if recent else folder.uidnext - 1


def _uids_after(client: IMAPClient, settings: ImapSettings, last_uid: int) -> list[int]:
    found = _search(client, settings, ["UID", f"{last_uid + 1}:*"])
    # `N:*` always matches the highest UID, even one below N: drop what was already handed.
    return sorted(uid for uid in found if uid > last_uid)


# --- the IMAP conversation: every server or socket failure becomes a MailboxError ------------


@contextmanager
def _logged_in(settings: ImapSettings) -> Iterator[IMAPClient]:
    with _failure(f"connection to {settings.host}:{settings.port}"):
        client = IMAPClient(
            settings.host, port=settings.port, ssl=settings.ssl, timeout=TIMEOUT_SECONDS
        )
    try:
        with _failure(f"login to {settings.host}", hint=LOGIN_HINT):
            client.login(settings.username, settings.password)
        yield client
    finally:
        _log_out_quietly(client)


def _log_out_quietly(client: IMAPClient) -> None:
    # What was read is decided by now: a failing LOGOUT must neither turn a good poll into
    # an error nor hide the error that ended a bad one. The socket is closed either way.
    try:
        client.logout()
    except (imaplib.IMAP4.error, OSError):
        with suppress(imaplib.IMAP4.error, OSError):
            client.shutdown()


def _select(client: IMAPClient, settings: ImapSettings) -> _Folder:
    with _failure(f"read-only select of folder {settings.folder!r} on {settings.host}"):
        info: dict[bytes, Any] = client.select_folder(settings.folder, readonly=True)
        if b"UIDVALIDITY" not in info:
            raise imaplib.IMAP4.error("the server sent no UIDVALIDITY")
        # RFC 3501 requires UIDNEXT too; without it, the highest UID there is stands in.
        uidnext = info.get(b"UIDNEXT") or max(client.search("ALL"), default=0) + 1
    return _Folder(uidvalidity=int(info[b"UIDVALIDITY"]), uidnext=int(uidnext))


def _search(client: IMAPClient, settings: ImapSettings, criteria: list[Any]) -> list[int]:
    with _failure(f"search in {settings.folder!r} on {settings.host}"):
        return [int(uid) for uid in client.search(criteria)]


def _fetch(client: IMAPClient, settings: ImapSettings, uid: int) -> bytes | None:
    # One message per FETCH: a batch of large attachments never sits in memory at once.
    with _failure(f"fetch of UID {uid} in {settings.folder!r} on {settings.host}"):
        response = client.fetch([uid], ["BODY.PEEK[]"])
    body = response.get(uid, {}).get(b"BODY[]")
    return bytes(body) if body is not None else None


@contextmanager
def _failure(what: str, hint: str | None = None) -> Iterator[None]:
    try:
        yield
    except (imaplib.IMAP4.error, OSError) as exc:  # socket, TLS and timeout errors are OSError
        detail = _server_text(exc)
        raise MailboxError(f"IMAP {what} failed: {detail}" + (f": {hint}" if hint else "")) from exc


def _server_text(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    quoted = _BYTES_REPR.match(text)
    return quoted.group(2) if quoted else text
