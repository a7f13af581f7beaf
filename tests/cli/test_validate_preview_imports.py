"""`validate` and a one-candidate `preview` import only what they use (issue #17: each answers
within 0.6 s, measured by bench/cli_bench.py). Here, the libraries they now do without."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers.commands import environment
from helpers.project import ROOT

# pydantic-settings (50 ms): the settings are read with python-dotenv alone. Every country's
# holiday calendar (0.1 s): the shipped sequences name countries, not regions, and the
# registry knows those. The worker processes (30 ms): one person is previewed here.
NOT_FOR_VALIDATE = ("pydantic_settings", "holidays.countries", "multiprocessing")
NOT_FOR_PREVIEW = ("pydantic_settings", "multiprocessing", "concurrent.futures.process")


def _modules(tmp_path: Path, *args: str) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """The modules a real `sequencer ARGS` process had loaded when it ended, and its result."""
    script = (
        "import json, sys\n"
        "from sequencer.cli import main\n"
        "try:\n"
        "    main(sys.argv[2:], prog_name='sequencer')\n"
        "finally:\n"
        "    with open(sys.argv[1], 'w') as out:\n"
        "        json.dump(sorted(sys.modules), out)\n"
    )
    listing = tmp_path / "modules.json"
    result = subprocess.run(
        [sys.executable, "-c", script, str(listing), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=environment(),
        timeout=60,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return set(json.loads(listing.read_text(encoding="utf-8"))), result


def test_validate_imports_no_settings_library_nor_every_calendar(tmp_path: Path) -> None:
    modules, result = _modules(tmp_path, "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sequence files valid" in result.stderr
    assert [name for name in NOT_FOR_VALIDATE if name in modules] == []


def test_preview_of_one_candidate_starts_no_worker_processes(tmp_path: Path) -> None:
    lines = (ROOT / "examples" / "candidates.csv").read_text(encoding="utf-8").splitlines()
    one_row = tmp_path / "one-row.csv"
    one_row.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    args = ("--candidates", str(one_row), "--start", "2026-12-07T09:00")
    modules, result = _modules(tmp_path, "preview", "passive-candidate", *args)
    assert result.returncode == 0, result.stderr
    assert "Alex" in result.stdout
    assert [name for name in NOT_FOR_PREVIEW if name in modules] == []
