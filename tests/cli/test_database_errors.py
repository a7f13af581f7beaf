"""A database that cannot be used (locked too long, unreachable, not there yet, a URL of the
wrong kind) is one line that says what to check, exit 1: never a traceback, never a password.
Real processes, as a newcomer meets them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.commands import environment, one_line, sequencer
from helpers.databases import postgres_schema, postgres_up
from helpers.processes import wait_for
from helpers.project import use_shipped_files

from sequencer.cli import main
from sequencer.config import load_settings
from sequencer.errors import SettingsError
from sequencer.store.database import engine_for

PASSWORD = "hunter2-very-secret"


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[tuple[str, sqlite3.Connection]]:
    """A SQLite database whose write lock another connection holds (BEGIN IMMEDIATE)."""
    path = tmp_path / "sequencer.db"
    engine_for(f"sqlite:///{path}").dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield f"sqlite:///{path}", holder
    holder.close()


# --- a SQLite database locked by another process ----------------------------------------------


def test_a_database_locked_longer_than_the_wait_is_one_line_after_the_wait(
    tmp_path: Path, locked: tuple[str, sqlite3.Connection]
) -> None:
    url, _ = locked
    started = time.monotonic()
    result = sequencer(
        tmp_path,
        "enroll",
        "passive-candidate",
        "--all",
        SEQUENCER_DATABASE_URL=url,
        SEQUENCER_DATABASE_WAIT_SECONDS="1",
    )
    waited = time.monotonic() - started
    line = one_line(result)
    assert "sequencer.db is locked" in line and "SEQUENCER_DATABASE_WAIT_SECONDS" in line
    assert waited >= 1  # it waited its turn before giving up


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc")
def test_a_lock_shorter_than_the_wait_is_waited_out(
    tmp_path: Path, locked: tuple[str, sqlite3.Connection]
) -> None:
    url, holder = locked
    database = Path(url.removeprefix("sqlite:///"))
    command = [sys.executable, "-m", "sequencer", "status"]
    env = environment(SEQUENCER_DATABASE_URL=url, SEQUENCER_DATABASE_WAIT_SECONDS="20")
    process = subprocess.Popen(command, cwd=tmp_path, env=env, text=True, stderr=subprocess.PIPE)
    wait_for(lambda: _has_open(process.pid, database) or process.poll() is not None, 20)
    holder.execute("COMMIT")  # the lock goes while the command waits for it
    assert process.wait(timeout=20) == 0, process.stderr.read() if process.stderr else ""


def _has_open(pid: int, path: Path) -> bool:
    """Whether process `pid` has the file open (it is about to wait for the lock)."""
    try:
        links = [os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()]
    except OSError:  # a descriptor closed while we looked
        return False
    return str(path) in links


# --- PostgreSQL that cannot be reached --------------------------------------------------------


def test_an_unreachable_postgresql_is_one_line_without_the_password(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://sequencer:{PASSWORD}@127.0.0.1:1/sequencer"
    line = one_line(sequencer(tmp_path, "status", SEQUENCER_DATABASE_URL=url))
    assert PASSWORD not in line
    assert "cannot reach the database at postgresql+psycopg://sequencer:***@127.0.0.1:1" in line
    assert "SEQUENCER_DATABASE_URL" in line


def test_the_daemon_says_the_same_at_its_start(tmp_path: Path) -> None:
    url = f"postgresql://sequencer:{PASSWORD}@127.0.0.1:1/sequencer"
    line = one_line(sequencer(tmp_path, "run", "--port", "0", SEQUENCER_DATABASE_URL=url))
    assert PASSWORD not in line and "cannot reach the database" in line


# --- read-only commands on a database that is not there ---------------------------------------


@pytest.mark.parametrize("command", ["status", "tasks", "replies", "funnel"])
def test_a_read_only_command_in_an_empty_folder_says_there_is_no_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str
) -> None:
    use_shipped_files(monkeypatch, tmp_path)
    result = CliRunner().invoke(main, [command])
    assert (result.exit_code, result.stderr) == (
        1,
        "error: no database at ./sequencer.db yet: run `sequencer import` first,"
        " or set SEQUENCER_DATABASE_URL\n",
    )
    assert list(tmp_path.iterdir()) == []  # nothing created


def test_a_read_only_command_on_a_missing_file_elsewhere_names_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_shipped_files(monkeypatch, tmp_path)
    missing = tmp_path / "data" / "team.db"
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", f"sqlite:///{missing}")
    result = CliRunner().invoke(main, ["status"])
    assert result.exit_code == 1 and f"no database at {missing} yet" in result.stderr
    assert not missing.parent.exists()


# --- the database URL ------------------------------------------------------------------------


def test_a_url_of_the_wrong_kind_names_the_kinds_that_work(tmp_path: Path) -> None:
    url = f"mysql://root:{PASSWORD}@127.0.0.1/sequencer"
    line = one_line(sequencer(tmp_path, "status", SEQUENCER_DATABASE_URL=url))
    assert line == (
        "error: SEQUENCER_DATABASE_URL: mysql:// is not a database sequencer can use: write"
        " sqlite:///PATH (a file) or postgresql+psycopg://USER:PASSWORD@HOST:5432/NAME"
    )


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+psycopg2://u:{PASSWORD}@127.0.0.1/sequencer",  # psycopg2 is not installed
        "sequencer.db",
        f"postgresql+psycopg://u:{PASSWORD}@127.0.0.1:port/sequencer",
    ],
)
def test_every_unusable_url_is_named_without_its_password(url: str) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings({"SEQUENCER_DATABASE_URL": url}, env_file=None)
    message = str(raised.value)
    assert message.startswith("SEQUENCER_DATABASE_URL: ") and "sqlite:///PATH" in message
    assert PASSWORD not in message


@pytest.mark.parametrize("scheme", ["postgres", "postgresql"])
def test_a_postgresql_url_without_a_driver_means_psycopg(scheme: str) -> None:
    settings = load_settings({"SEQUENCER_DATABASE_URL": f"{scheme}://u@db/x"}, env_file=None)
    assert settings.database_url == "postgresql+psycopg://u@db/x"


def test_sqlite_and_psycopg_urls_are_kept_as_they_are() -> None:
    for url in ("sqlite:///sequencer.db", "sqlite://", "postgresql+psycopg://u:p@db:5432/x"):
        assert load_settings({"SEQUENCER_DATABASE_URL": url}, env_file=None).database_url == url


def test_the_wait_is_a_number_of_seconds() -> None:
    assert load_settings({}, env_file=None).database_wait_seconds == 30
    with pytest.raises(SettingsError, match="SEQUENCER_DATABASE_WAIT_SECONDS must be"):
        load_settings({"SEQUENCER_DATABASE_WAIT_SECONDS": "0"}, env_file=None)


@pytest.mark.skipif(not postgres_up(), reason="no PostgreSQL on 127.0.0.1:5432")
def test_a_postgres_url_works_from_the_command_line(tmp_path: Path) -> None:
    with postgres_schema() as url:
        short = url.replace("postgresql+psycopg://", "postgres://")
        result = sequencer(tmp_path, "status", "--json", SEQUENCER_DATABASE_URL=short)
    assert (result.returncode, result.stdout.strip()) == (0, "[]"), result.stderr
