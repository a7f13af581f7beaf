"""`sequencer` answers at once: a command's module is imported when it runs, and the list of
commands in `sequencer --help` comes from the registry, not from importing them all.
How fast is measured in bench/cli_bench.py; here, what it rests on."""

from __future__ import annotations

import gc
import subprocess
from pathlib import Path

import click
import pytest
from helpers.commands import modules_loaded, sequencer
from helpers.project import ROOT

from sequencer.cli import COMMANDS, main

# What the commands below must not load: the database layer, the providers, the phone-number
# data, the reply reader. Each costs a tenth of a second or more to import. (SQLAlchemy itself
# comes with the settings, which check the database URL with it: --help alone goes without.)
HEAVY: tuple[str, ...] = (
    "alembic",
    "sqlmodel",
    "sequencer.store",
    "sendgrid",
    "twilio",
    "apscheduler",
    "numpy",
    "phonenumbers.geodata",
)


def _command_list(group: click.Group, width: int) -> str:
    formatter = click.HelpFormatter(width=width)
    group.format_commands(click.Context(group), formatter)
    return formatter.getvalue()


@pytest.mark.parametrize("width", [60, 80, 120])
def test_help_lists_each_command_as_the_command_itself_would(width: int) -> None:
    imported = click.Group(commands={name: lazy.load() for name, lazy in COMMANDS.items()})
    assert _command_list(main, width) == _command_list(imported, width)


def test_every_registered_command_is_where_the_registry_says() -> None:
    for name, lazy in COMMANDS.items():
        assert lazy.load().name == name


@pytest.mark.parametrize("collecting", [True, False])
def test_loading_a_command_leaves_the_cycle_collector_as_it_was(collecting: bool) -> None:
    """A command's libraries are imported with the collector paused (it only walked them, a
    start 20-80 ms slower); the daemon, the web app and every command then run with it as the
    process had it."""
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        for lazy in COMMANDS.values():
            lazy.load()
            assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


def _loaded(
    tmp_path: Path, *args: str, heavy: tuple[str, ...] = HEAVY
) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    """Which of `heavy` a real `sequencer ARGS` process had loaded when it ended, and how it
    ended."""
    modules, result = modules_loaded(tmp_path, *args)
    return [name for name in heavy if name in modules], result


def test_help_loads_no_command(tmp_path: Path) -> None:
    # Not even the settings (pydantic) nor any library a command uses.
    everything = (*HEAVY, "sqlalchemy", "pydantic", "jinja2", "sequencer.config", "sequencer.spec")
    heavy, result = _loaded(tmp_path, "--help", heavy=everything)
    assert heavy == []
    assert "validate       Check sequence files and every template they use" in result.stdout


def test_validate_loads_no_database(tmp_path: Path) -> None:
    heavy, result = _loaded(tmp_path, "validate")
    assert heavy == []
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sequence files valid" in result.stderr


def test_preview_of_one_candidate_loads_no_database(tmp_path: Path) -> None:
    lines = (ROOT / "examples" / "candidates.csv").read_text(encoding="utf-8").splitlines()
    one_row = tmp_path / "one-row.csv"
    one_row.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    start = "2026-12-07T09:00"
    heavy, result = _loaded(
        tmp_path, "preview", "passive-candidate", "--candidates", str(one_row), "--start", start
    )
    assert heavy == []
    assert result.returncode == 0, result.stderr
    assert "Alex" in result.stdout


# The reply reader: its rule modules compile thousands of patterns as they import (1-1.5 s).
READER = "sequencer.inbound.intent.reading"


@pytest.fixture
def database(tmp_path: Path) -> str:
    """A database with one person in it, as `sequencer import` leaves it; its URL."""
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    (tmp_path / "people.csv").write_text("email,first_name\nana@example.com,Ana\n")
    assert sequencer(tmp_path, "import", "people.csv", SEQUENCER_DATABASE_URL=url).returncode == 0
    return url


@pytest.mark.parametrize(
    "args",
    [
        ("replies", "--help"),
        ("run", "--help"),
        ("replies",),  # lists the readings kept: reads nothing again
        ("status",),
        ("tick", "--now", "2026-11-23T13:00Z"),
    ],
    ids=" ".join,
)
def test_a_command_that_reads_no_reply_loads_no_reader(
    tmp_path: Path, database: str, args: tuple[str]
) -> None:
    modules, result = modules_loaded(tmp_path, *args, SEQUENCER_DATABASE_URL=database)
    assert result.returncode == 0, result.stderr
    assert READER not in modules


def test_receive_reads_the_mail_it_is_given_so_it_loads_the_reader(
    tmp_path: Path, database: str
) -> None:
    mail = tmp_path / "reply.eml"
    mail.write_bytes(b"From: ana@example.com\r\nSubject: Re: hello\r\n\r\nNot interested.\r\n")
    modules, result = modules_loaded(
        tmp_path, "receive", str(mail), SEQUENCER_DATABASE_URL=database
    )
    assert result.returncode == 0, result.stderr
    assert READER in modules
