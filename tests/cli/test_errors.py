"""A SequencerError from any command is one line on stderr and exit code 1, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from helpers.project import use_shipped_files

from sequencer.cli import main
from sequencer.errors import SequencerError


@click.command(name="fails")
def _fails() -> None:
    """A command that fails the way the library does."""
    raise SequencerError("the sky fell: put it back")


def test_a_sequencer_error_is_one_line_and_exit_code_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_shipped_files(monkeypatch, tmp_path)
    monkeypatch.setitem(main.commands, "fails", _fails)
    result = CliRunner().invoke(main, ["fails"], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr == "error: the sky fell: put it back\n"
    assert result.stdout == ""


def test_a_real_failure_in_a_real_process_has_no_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_shipped_files(monkeypatch, tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "sequencer", "tasks", "done", "999"],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["error: no open task #999: `sequencer tasks` lists them"]
    assert "Traceback" not in result.stderr + result.stdout
