"""poll_mailbox and imap_settings, against a real IMAP server (pymap) on loopback."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from fakes.imap_server import ImapServer
from sqlmodel import Session

from sequencer.channels.imap import ImapSettings, MailboxError, imap_settings, poll_mailbox
from sequencer.config import load_settings
from sequencer.errors import SettingsError
from sequencer.store.cursors import StoredCursors
from sequencer.store.database import engine_for
from sequencer.store.models import MailboxCursor

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[ImapServer]:
    with ImapServer() as running:
        yield running


@pytest.fixture
def engine(database_url: str) -> Iterator[sa.Engine]:
    engine = engine_for(database_url)
    yield engine
    engine.dispose()  # before the PostgreSQL schema is dropped


def settings_for(server: ImapServer, folder: str = "INBOX") -> ImapSettings:
    return ImapSettings(
        host=server.host,
        port=server.port,
        username=server.username,
        password=server.password,
        folder=folder,
        ssl=False,
    )


def reply(number: int) -> bytes:
    return (
        f"From: Priya Raman <priya.raman@example.com>\r\n"
        f"To: dana@northwind.example\r\n"
        f"Subject: Re: Staff Platform Engineer\r\n"
        f"Message-ID: <reply-{number}@example.com>\r\n"
        f"\r\n"
        f"Reply number {number}.\r\n"
    ).encode()


class Handler:
    """Keeps what it was fed; `fail_on` makes it raise for that message, once."""

    def __init__(self, fail_on: bytes | None = None) -> None:
        self.fed: list[bytes] = []
        self.fail_on = fail_on

    def __call__(self, message: bytes) -> None:
        if message == self.fail_on:
            self.fail_on = None
            raise RuntimeError("the handler broke")
        self.fed.append(message)


def cursor(engine: sa.Engine, settings: ImapSettings) -> MailboxCursor | None:
    with Session(engine) as session:
        return session.get(MailboxCursor, settings.mailbox)


def poll(
    engine: sa.Engine, settings: ImapSettings, now: datetime = NOW, batch: int = 200
) -> list[bytes]:
    handler = Handler()
    count = poll_mailbox(StoredCursors(engine), settings, handler, now, batch=batch)
    assert count == len(handler.fed)
    return handler.fed


# --- polling ---------------------------------------------------------------------------------


def test_feeds_each_message_once_oldest_first_and_new_mail_on_the_next_poll(
    server: ImapServer, engine: sa.Engine
) -> None:
    settings = settings_for(server)
    for number in (1, 2, 3):
        server.deliver(reply(number), arrived=NOW - timedelta(hours=4 - number))

    assert poll(engine, settings) == [reply(1), reply(2), reply(3)]
    assert poll(engine, settings, NOW + timedelta(minutes=1)) == []  # `N:*` quirk filtered

    server.deliver(reply(4), arrived=NOW + timedelta(minutes=2))
    assert poll(engine, settings, NOW + timedelta(minutes=3)) == [reply(4)]
    assert poll(engine, settings, NOW + timedelta(minutes=4)) == []


def test_the_cursor_keeps_uidvalidity_the_last_uid_and_the_poll_time(
    server: ImapServer, engine: sa.Engine
) -> None:
    settings = settings_for(server)
    server.deliver(reply(1), arrived=NOW - timedelta(hours=1))
    last = server.deliver(reply(2), arrived=NOW - timedelta(minutes=30))

    poll(engine, settings)

    stored = cursor(engine, settings)
    assert stored is not None
    assert server.uidvalidity() >= 2**31  # the fake's have the top bit set: see imap_server
    assert (stored.uidvalidity, stored.last_uid, stored.polled_at) == (
        server.uidvalidity(),
        last,
        NOW,
    )


def commands_read(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Each command line the server read: pymap logs them at DEBUG as `<conn> -->| <line>`."""
    lines = [record.getMessage() for record in caplog.records if record.name == "pymap.imap"]
    return [line.split(" -->| ", 1)[1] for line in lines if " -->| " in line]


def test_nothing_is_marked_seen_or_changed(
    server: ImapServer, engine: sa.Engine, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_for(server)
    uids = [server.deliver(reply(n), arrived=NOW - timedelta(hours=n)) for n in (1, 2)]
    caplog.set_level(logging.DEBUG, logger="pymap.imap")

    assert len(poll(engine, settings)) == 2

    # On the wire: the folder examined (read-only), bodies peeked, nothing that writes.
    commands = [line.split()[1:] for line in commands_read(caplog)]
    names = {" ".join(words[:2]) if words[0] == "UID" else words[0] for words in commands}
    assert names == {"CAPABILITY", "LOGIN", "EXAMINE", "UID SEARCH", "UID FETCH", "LOGOUT"}
    fetches = [words[3:] for words in commands if words[:2] == ["UID", "FETCH"]]
    assert fetches == [["(BODY.PEEK[])"], ["(BODY.PEEK[])"]]

    # A second client, after our session ended: \Recent belongs to a session, \Seen stays.
    for uid in uids:
        assert b"\\Seen" not in server.flags(uid)
    with server.client() as client:
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 2


def test_a_fresh_mailbox_starts_with_the_last_seven_days_not_the_history(
    server: ImapServer, engine: sa.Engine
) -> None:
    settings = settings_for(server)
    server.deliver(reply(1), arrived=NOW - timedelta(days=30))
    server.deliver(reply(2), arrived=NOW - timedelta(days=10))
    server.deliver(reply(3), arrived=NOW - timedelta(days=2))

    assert poll(engine, settings) == [reply(3)]
    assert poll(engine, settings, NOW + timedelta(minutes=1)) == []


def test_a_quiet_fresh_mailbox_still_never_feeds_its_history_later(
    server: ImapServer, engine: sa.Engine
) -> None:
    settings = settings_for(server)
    server.deliver(reply(1), arrived=NOW - timedelta(days=30))

    assert poll(engine, settings) == []  # nothing recent: the cursor still starts at UIDNEXT

    server.deliver(reply(2), arrived=NOW + timedelta(minutes=1))
    assert poll(engine, settings, NOW + timedelta(minutes=2)) == [reply(2)]


def test_an_empty_mailbox_then_mail(server: ImapServer, engine: sa.Engine) -> None:
    settings = settings_for(server)
    assert poll(engine, settings) == []
    server.deliver(reply(1), arrived=NOW + timedelta(minutes=1))
    assert poll(engine, settings, NOW + timedelta(minutes=2)) == [reply(1)]


def test_a_uidvalidity_change_restarts_from_the_last_seven_days(
    server: ImapServer, engine: sa.Engine
) -> None:
    settings = settings_for(server, folder="Recruiting")
    for number in range(1, 6):
        server.deliver(reply(number), arrived=NOW - timedelta(hours=number), folder="Recruiting")
    poll(engine, settings)
    old = cursor(engine, settings)
    assert old is not None

    # Rebuilt by the server: UIDs from the first again, below the old cursor's last UID.
    new_validity = server.renumber("Recruiting")
    server.deliver(reply(7), arrived=NOW - timedelta(days=9), folder="Recruiting")
    server.deliver(reply(8), arrived=NOW - timedelta(days=1), folder="Recruiting")
    server.deliver(reply(9), arrived=NOW + timedelta(minutes=1), folder="Recruiting")

    assert poll(engine, settings, NOW + timedelta(minutes=2)) == [reply(8), reply(9)]
    stored = cursor(engine, settings)
    assert stored is not None
    assert stored.uidvalidity == new_validity != old.uidvalidity
    assert stored.last_uid < old.last_uid  # the old cursor would have skipped all three
    assert poll(engine, settings, NOW + timedelta(minutes=3)) == []


def test_at_most_a_batch_per_poll_oldest_first(server: ImapServer, engine: sa.Engine) -> None:
    settings = settings_for(server)
    for number in range(1, 6):
        server.deliver(reply(number), arrived=NOW - timedelta(hours=6 - number))

    assert poll(engine, settings, batch=2) == [reply(1), reply(2)]
    assert poll(engine, settings, batch=2) == [reply(3), reply(4)]
    assert poll(engine, settings, batch=2) == [reply(5)]
    assert poll(engine, settings, batch=2) == []


def test_a_failing_handler_leaves_the_cursor_on_the_last_good_message(
    server: ImapServer, engine: sa.Engine
) -> None:
    settings = settings_for(server)
    uids = [server.deliver(reply(n), arrived=NOW - timedelta(hours=4 - n)) for n in (1, 2, 3)]
    handler = Handler(fail_on=reply(2))

    with pytest.raises(RuntimeError, match="the handler broke"):
        poll_mailbox(StoredCursors(engine), settings, handler, NOW)

    assert handler.fed == [reply(1)]
    stored = cursor(engine, settings)
    assert stored is not None and stored.last_uid == uids[0]
    # The next poll starts again with the message that failed.
    assert poll_mailbox(StoredCursors(engine), settings, handler, NOW + timedelta(minutes=1)) == 2
    assert handler.fed == [reply(1), reply(2), reply(3)]


# --- failures --------------------------------------------------------------------------------


def test_a_wrong_password_is_a_mailbox_error_naming_the_host(
    server: ImapServer, engine: sa.Engine
) -> None:
    settings = settings_for(server)
    server.deliver(reply(1), arrived=NOW - timedelta(hours=2))
    poll(engine, settings)
    before = cursor(engine, settings)
    server.deliver(reply(2), arrived=NOW - timedelta(hours=1))

    with pytest.raises(MailboxError) as caught:
        poll(engine, replace(settings, password="wrong"), NOW + timedelta(minutes=1))

    message = str(caught.value)
    assert message.startswith(f"IMAP login to {server.host} failed: [AUTHENTICATIONFAILED]")
    assert "IMAP_PASSWORD" in message and "b'" not in message
    assert cursor(engine, settings) == before
    assert poll(engine, settings, NOW + timedelta(minutes=2)) == [reply(2)]


def test_a_missing_folder_is_a_mailbox_error(server: ImapServer, engine: sa.Engine) -> None:
    settings = settings_for(server, folder="Nope")
    with pytest.raises(MailboxError, match=r"select of folder 'Nope' on 127\.0\.0\.1 failed"):
        poll(engine, settings)
    assert cursor(engine, settings) is None


def test_no_server_listening_is_a_mailbox_error(engine: sa.Engine) -> None:
    with socket.socket() as unused:  # a port that was free a moment ago and is not listened on
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    settings = ImapSettings("127.0.0.1", port, "dana", "pw", ssl=False)
    with pytest.raises(MailboxError, match=rf"IMAP connection to 127\.0\.0\.1:{port} failed"):
        poll(engine, settings)


def test_now_must_be_aware_and_batch_positive(engine: sa.Engine) -> None:
    settings = ImapSettings("imap.example.com", 993, "dana", "pw")
    with pytest.raises(ValueError, match="timezone-aware"):
        poll_mailbox(StoredCursors(engine), settings, Handler(), datetime(2026, 3, 10, 12))
    with pytest.raises(ValueError, match="batch"):
        poll_mailbox(StoredCursors(engine), settings, Handler(), NOW, batch=0)


# --- settings --------------------------------------------------------------------------------

BASE = {
    "IMAP_HOST": "imap.example.com",
    "IMAP_USERNAME": "dana@northwind.example",
    "IMAP_PASSWORD": "s3cret",
}


def mailbox_of(env: dict[str, str]) -> ImapSettings | None:
    """The mailbox these environment variables name, read as `sequencer run` reads them."""
    return imap_settings(load_settings(env, env_file=None).imap)


def test_no_imap_host_means_no_mailbox() -> None:
    assert mailbox_of({}) is None
    assert mailbox_of({"IMAP_HOST": " ", "IMAP_USERNAME": "x"}) is None


def test_settings_with_defaults() -> None:
    settings = mailbox_of(BASE)
    assert settings == ImapSettings(
        "imap.example.com", 993, "dana@northwind.example", "s3cret", "INBOX", ssl=True
    )
    assert settings.mailbox == "dana@northwind.example@imap.example.com/INBOX"
    assert "s3cret" not in repr(settings)


def test_settings_in_full_and_without_ssl() -> None:
    plain = mailbox_of(BASE | {"IMAP_SSL": "no"})
    assert plain is not None and (plain.port, plain.ssl) == (143, False)
    full = mailbox_of(BASE | {"IMAP_PORT": "1993", "IMAP_FOLDER": "Recruiting", "IMAP_SSL": "Yes"})
    assert full is not None
    assert (full.port, full.folder, full.ssl) == (1993, "Recruiting", True)
    assert full.mailbox == "dana@northwind.example@imap.example.com/Recruiting"


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"IMAP_PORT": "imaps"}, "IMAP_PORT"),
        ({"IMAP_PORT": "70000"}, "IMAP_PORT"),
        ({"IMAP_SSL": "maybe"}, "IMAP_SSL"),
        ({"IMAP_USERNAME": ""}, "IMAP_USERNAME"),
    ],
)
def test_unusable_settings_name_the_variable(changes: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named):
        mailbox_of(BASE | changes)


def test_a_missing_password_is_named() -> None:
    env = {key: value for key, value in BASE.items() if key != "IMAP_PASSWORD"}
    with pytest.raises(SettingsError, match="IMAP_HOST is set but IMAP_PASSWORD is not"):
        mailbox_of(env)
