"""`sequencer user add/remove/list`: accounts for the web app, made on the server by someone who
can run the command. No default account; a password is asked for twice and never shown."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.commands import environment, one_line, sequencer
from helpers.project import ROOT

from sequencer.store import recruiters
from sequencer.store.database import engine_for

GOOD = "correct horse battery staple"


def add(folder: Path, email: str, *flags: str, password: str = GOOD):
    return subprocess.run(
        [sys.executable, "-m", "sequencer", "user", "add", email, "--password-stdin", *flags],
        input=password + "\n",
        capture_output=True,
        text=True,
        cwd=folder,
        env=environment(),
        timeout=60,
        check=False,
    )


def test_there_is_no_account_until_one_is_added(tmp_path: Path) -> None:
    sequencer(tmp_path, "import", str(ROOT / "examples" / "candidates.csv"))
    listed = sequencer(tmp_path, "user", "list")
    assert listed.returncode == 0 and listed.stdout == ""
    assert "no accounts yet" in listed.stderr


def test_add_list_remove(tmp_path: Path) -> None:
    added = add(tmp_path, "Dana@Example.com", "--admin")
    assert added.returncode == 0, added.stderr
    assert "added dana@example.com (admin)" in added.stdout
    assert add(tmp_path, "sam@example.com").returncode == 0
    listed = sequencer(tmp_path, "user", "list").stdout.splitlines()
    assert [line.split()[0] for line in listed] == ["dana@example.com", "sam@example.com"]
    assert listed[0].endswith("admin") and not listed[1].endswith("admin")
    assert GOOD not in (tmp_path / "sequencer.db").read_bytes().decode("latin-1")
    removed = sequencer(tmp_path, "user", "remove", "DANA@example.com")
    assert removed.returncode == 0 and "removed dana@example.com" in removed.stdout
    assert sequencer(tmp_path, "user", "list").stdout.split()[0] == "sam@example.com"


@pytest.mark.parametrize(
    ("args", "password", "says"),
    [
        (("dana@example.com",), "hunter2", "use at least 12"),
        (("nobody",), GOOD, "is not a valid address"),
    ],
)
def test_a_weak_password_or_bad_email_is_one_clear_line(
    tmp_path: Path, args: tuple[str, ...], password: str, says: str
) -> None:
    assert says in one_line(add(tmp_path, *args, password=password))


def test_the_same_email_twice_and_removing_a_stranger_say_so(tmp_path: Path) -> None:
    add(tmp_path, "dana@example.com")
    assert "already has an account" in one_line(add(tmp_path, "dana@example.com"))
    gone = one_line(sequencer(tmp_path, "user", "remove", "eve@example.com"))
    assert "no account for eve@example.com" in gone


def test_without_a_terminal_or_stdin_flag_it_says_what_to_do(tmp_path: Path) -> None:
    result = sequencer(tmp_path, "user", "add", "dana@example.com")
    assert result.returncode == 2 and "--password-stdin" in result.stderr


def test_the_password_is_asked_twice_on_a_terminal_and_never_echoed(tmp_path: Path) -> None:
    screen = _on_a_terminal(
        tmp_path, ["user", "add", "dana@example.com"], [GOOD, GOOD + " typo", GOOD, GOOD]
    )
    assert screen.count("Password:") == 2 and "Repeat for confirmation:" in screen
    assert "do not match" in screen.lower()
    assert GOOD not in screen
    engine = engine_for(f"sqlite:///{tmp_path / 'sequencer.db'}")
    assert [r.email for r in recruiters.everyone(engine)] == ["dana@example.com"]


def _on_a_terminal(folder: Path, args: list[str], answers: list[str]) -> str:
    """Run `sequencer ARGS` on a pseudo-terminal, typing each answer after each prompt; what
    the terminal showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "sequencer", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=folder,
        env=environment(),
        close_fds=True,
    )
    os.close(follower)
    shown, pending = b"", list(answers)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the command finished and closed the terminal
                break
            shown += chunk
            if pending and chunk.rstrip().endswith(b":"):
                os.write(leader, pending.pop(0).encode() + b"\n")
        elif process.poll() is not None:
            break
    process.wait(timeout=10)
    os.close(leader)
    assert process.returncode == 0, shown
    return shown.decode()
