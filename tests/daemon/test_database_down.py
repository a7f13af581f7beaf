"""A pass that cannot use the database (locked past the wait, unreachable) is one log line at
ERROR and a counted pass error, not a traceback; the next pass tries again."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sequencer.config import load_settings
from sequencer.daemon.runner import Daemon
from sequencer.store.database import engine_for

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_a_pass_on_a_locked_database_logs_one_line_and_counts_an_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite:///{tmp_path / 'sequencer.db'}"
    engine = engine_for(url, wait_seconds=0.2)
    settings = load_settings({"SEQUENCER_DATABASE_URL": url}, env_file=None)
    daemon = Daemon(engine, settings, clock=lambda: NOW)
    holder = sqlite3.connect(tmp_path / "sequencer.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with caplog.at_level(logging.ERROR, logger="sequencer.daemon.runner"):
            daemon.dispatch_pass()
    finally:
        holder.close()
    [record] = caplog.records
    assert record.getMessage().startswith("pass skipped: the database ")
    assert "is locked" in record.getMessage() and record.exc_info is None
    assert "sequencer_pass_errors_total 1.0" in daemon.metrics.exposition()
