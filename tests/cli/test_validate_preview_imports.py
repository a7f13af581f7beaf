"""`validate` and a one-candidate `preview` import only what they use (issue #17: each answers
within 0.6 s, measured by bench/cli_bench.py). Here, the libraries they now do without."""

from __future__ import annotations

from pathlib import Path

from helpers.commands import modules_loaded
from helpers.project import ROOT

# pydantic-settings (50 ms): the settings are read with python-dotenv alone. The holidays
# package (55 ms; every country's calendar, 0.1 s): the shipped sequences name countries, not
# regions, and spec/holiday_codes.py knows those. The worker processes (30 ms): one person is
# previewed here.
NOT_FOR_VALIDATE = ("pydantic_settings", "holidays", "multiprocessing")
NOT_FOR_PREVIEW = ("pydantic_settings", "multiprocessing", "concurrent.futures.process")


def test_validate_imports_no_settings_library_nor_the_holiday_calendars(tmp_path: Path) -> None:
    modules, result = modules_loaded(tmp_path, "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sequence files valid" in result.stderr
    assert [name for name in NOT_FOR_VALIDATE if name in modules] == []


def test_preview_of_one_candidate_starts_no_worker_processes(tmp_path: Path) -> None:
    lines = (ROOT / "examples" / "candidates.csv").read_text(encoding="utf-8").splitlines()
    one_row = tmp_path / "one-row.csv"
    one_row.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    args = ("--candidates", str(one_row), "--start", "2026-12-07T09:00")
    modules, result = modules_loaded(tmp_path, "preview", "passive-candidate", *args)
    assert result.returncode == 0, result.stderr
    assert "Alex" in result.stdout
    assert [name for name in NOT_FOR_PREVIEW if name in modules] == []
