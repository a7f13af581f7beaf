"""`validate` and a one-candidate `preview` import only what they use (issue #17: each answers
within 0.6 s, measured by bench/cli_bench.py). Here, the libraries they now do without."""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

from helpers.commands import modules_loaded
from helpers.project import ROOT

# pydantic-settings (50 ms): the settings are read with python-dotenv alone. The holidays
# package (55 ms; every country's calendar, 0.1 s): the shipped sequences name countries, not
# regions, and spec/holiday_codes.py knows those. The worker processes (30 ms): one person is
# previewed here. difflib (2 ms): only a mistake has a "did you mean". Rich's progress bar
# (10 ms): drawn only when stderr is a terminal, and here it is a pipe.
NOT_FOR_VALIDATE = ("pydantic_settings", "holidays", "multiprocessing", "difflib", "rich.progress")
START = "2026-12-07T09:00"
NOT_FOR_PREVIEW = (
    "pydantic_settings",
    "multiprocessing",
    "concurrent.futures.process",
    "difflib",
    "rich.progress",
)


def test_validate_imports_no_settings_library_nor_the_holiday_calendars(tmp_path: Path) -> None:
    modules, result = modules_loaded(tmp_path, "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sequence files valid" in result.stderr
    assert [name for name in NOT_FOR_VALIDATE if name in modules] == []


def _one_row(folder: Path) -> tuple[str, ...]:
    lines = (ROOT / "examples" / "candidates.csv").read_text(encoding="utf-8").splitlines()
    one_row = folder / "one-row.csv"
    one_row.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    return ("preview", "passive-candidate", "--candidates", str(one_row), "--start", START)


def test_preview_of_one_candidate_starts_no_worker_processes(tmp_path: Path) -> None:
    modules, result = modules_loaded(tmp_path, *_one_row(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Alex" in result.stdout
    assert [name for name in NOT_FOR_PREVIEW if name in modules] == []


def test_a_second_preview_reads_the_holidays_the_first_kept(tmp_path: Path) -> None:
    # The holidays package (80 ms: every country's calendar) computes US holidays once, kept
    # in SEQUENCER_CACHE_DIR (spec/holiday_days.py): here a folder of the test's own.
    cache = tmp_path / "cache"
    first_modules, first = modules_loaded(
        tmp_path, *_one_row(tmp_path), SEQUENCER_CACHE_DIR=str(cache)
    )
    second_modules, second = modules_loaded(
        tmp_path, *_one_row(tmp_path), SEQUENCER_CACHE_DIR=str(cache)
    )
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert "holidays" in first_modules
    assert "holidays" not in second_modules
    assert second.stdout == first.stdout
    kept = cache / f"holidays-{version('holidays')}.json"
    assert "2026-12-25" in json.loads(kept.read_text(encoding="utf-8"))["US"]["2026"]
