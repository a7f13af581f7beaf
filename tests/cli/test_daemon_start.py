"""`tick` and `run` refuse what cannot work (a pass every 0 minutes, a port that is no port or
is taken) in one line, at once: never a loop without end, never a traceback."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.commands import one_line, sequencer
from helpers.project import use_shipped_files

from sequencer.cli import main

SIX_HOURS = ("tick", "--now", "2026-11-23T08:00", "--until", "2026-11-23T14:00")


def test_tick_every_0_minutes_is_refused_at_once(tmp_path: Path) -> None:
    result = sequencer(tmp_path, *SIX_HOURS, "--every", "0", timeout=20)  # was: no end
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Invalid value for '--every': 0 is not a number of minutes, 1 or more" in result.stderr
    assert list(tmp_path.iterdir()) == []  # refused before anything was opened


def test_tick_every_negative_minutes_is_refused_too(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_shipped_files(monkeypatch, tmp_path)
    result = CliRunner().invoke(main, [*SIX_HOURS, "--every", "-15"])
    assert result.exit_code == 2 and "-15 is not a number of minutes, 1 or more" in result.stderr


def test_run_on_a_port_that_is_no_port_is_refused(tmp_path: Path) -> None:
    result = sequencer(tmp_path, "run", "--port", "99999", timeout=20)  # was: a traceback
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "port 99999 is not a port number (1-65535, or 0 for any free one)" in result.stderr


def test_run_on_a_negative_port_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    use_shipped_files(monkeypatch, tmp_path)
    result = CliRunner().invoke(main, ["run", "--port", "-1"])
    assert result.exit_code == 2 and "port -1 is not a port number" in result.stderr


def test_run_on_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = one_line(sequencer(tmp_path, "run", "--port", str(port), timeout=20))
    assert line == (
        f"error: port {port} is in use on 127.0.0.1: stop what holds it or pick another with --port"
    )
