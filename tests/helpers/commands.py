"""`sequencer` as a newcomer runs it: a real process (so a traceback would show), in a folder
of the test's, with the shipped sequences and templates and only the variables given."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers.project import ROOT


def sequencer(
    folder: Path, *args: str, timeout: float = 30, **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m sequencer ARGS` in `folder`, with these SEQUENCER_* variables only."""
    return subprocess.run(
        [sys.executable, "-m", "sequencer", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
        env=environment(**env),
        timeout=timeout,
    )


def environment(**env: str) -> dict[str, str]:
    """The test's environment without its SEQUENCER_* variables, plus the shipped files, the
    test's own cache folder and `env`."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("SEQUENCER_")}
    shipped = {
        "SEQUENCER_SEQUENCES_DIR": str(ROOT / "sequences"),
        "SEQUENCER_TEMPLATES_DIR": str(ROOT / "templates" / "messages"),
        "SEQUENCER_CONTENT_DIR": str(ROOT / "content"),
    }
    if "SEQUENCER_CACHE_DIR" in os.environ:  # the test's own (conftest.own_cache)
        shipped["SEQUENCER_CACHE_DIR"] = os.environ["SEQUENCER_CACHE_DIR"]
    return base | shipped | env


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The error line of a failed command, once shown to be one clean line and exit 1."""
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


_LIST_MODULES = (
    "import json, sys\n"
    "from sequencer.cli import main\n"
    "try:\n"
    "    main(sys.argv[2:], prog_name='sequencer')\n"
    "finally:\n"
    "    with open(sys.argv[1], 'w') as out:\n"
    "        json.dump(sorted(sys.modules), out)\n"
)


def modules_loaded(
    folder: Path, *args: str, **env: str
) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """The modules a real `sequencer ARGS` process (run in `folder`) had loaded when it ended,
    and how it ended: what a command imports, without reading its code."""
    listing = folder / "modules.json"
    result = subprocess.run(
        [sys.executable, "-c", _LIST_MODULES, str(listing), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
        env=environment(**env),
        timeout=60,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return set(json.loads(listing.read_text(encoding="utf-8"))), result
