"""Fixtures every test may ask for; the code behind them lives in `helpers/`.

End-to-end tests (`tests/e2e/`: real processes, kills, several workers) are marked `slow`:
`pytest -m "not slow"` is the fast inner loop, `make test` runs everything.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.databases import postgres_schema, postgres_up, start_postgres
from helpers.project import ROOT, Project
from hypothesis import settings

from sequencer.spec.content import Content
from sequencer.spec.templates import TemplateLibrary

# The fuzz tests (tests/fuzz/) try the same inputs on every run, in CI too: derandomized, and
# no example database left in the work tree. Each test sets how many examples it tries.
settings.register_profile("sequencer", derandomize=True, database=None, deadline=None)
settings.load_profile("sequencer")


def _files_in_memory() -> None:
    """Tests' temporary files (their SQLite databases, outboxes, projects) go to /dev/shm where
    the machine has it, unless TMPDIR says otherwise. A SQLite commit waits for the disk: 2.4 ms
    on this machine's disk against 0.13 ms in memory (100 commits each, 2026-12-06). Surviving
    a power cut is not what any test checks: the crash tests kill processes, and the kernel
    keeps what a killed process committed either way. Child processes inherit TMPDIR."""
    memory = Path("/dev/shm")
    if "TMPDIR" not in os.environ and memory.is_dir() and os.access(memory, os.W_OK):
        os.environ["TMPDIR"] = str(memory)
        tempfile.tempdir = None  # gettempdir() reads TMPDIR afresh


_files_in_memory()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "e2e" in item.path.parts:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def own_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """What a command keeps between runs (`SEQUENCER_CACHE_DIR`: a preview's holidays) goes to
    the test's own folder, never the home of whoever runs the tests, and nothing one test
    kept is read by another (`helpers.commands` passes it to the processes it starts)."""
    from sequencer.spec import holiday_days

    # Beside the test's tmp_path, not in it: some tests check a command wrote nothing there.
    monkeypatch.setenv("SEQUENCER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    holiday_days.keep_in(None)  # an in-process `preview` set it for the rest of the process


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


@pytest.fixture
def shipped_library() -> TemplateLibrary:
    return TemplateLibrary(ROOT / "templates" / "messages", content=Content(ROOT / "content"))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a schema of its own on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'sequencer.db'}"
        return
    if not postgres_up():
        start_postgres()
    if not postgres_up():
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432 and none could be started")
    with postgres_schema() as url:
        yield url
