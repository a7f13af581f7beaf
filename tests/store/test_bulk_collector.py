"""An import turns Python's cycle collector off while it reads and writes (`store.bulk`), and
on again afterwards, even when the file is refused: the web app, which imports uploads, goes
on for days and needs it."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sequencer.people.rows import CandidateFileError
from sequencer.store.database import engine_for
from sequencer.store.people import import_candidates

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def test_the_collector_is_on_again_after_an_import(tmp_path: Path) -> None:
    engine = engine_for(f"sqlite:///{tmp_path / 'sequencer.db'}")
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text("email,first_name\nana@example.com,Ana\n")
    bad.write_text("first_name\nAna\n")
    assert import_candidates(engine, good, NOW).inserted == 1
    assert gc.isenabled()
    with pytest.raises(CandidateFileError):
        import_candidates(engine, bad, NOW)
    assert gc.isenabled()
