"""A click group whose commands are imported when they run, not when the program starts
(click's "lazily loading subcommands" pattern).

Each command is registered by name with where it lives and the first sentence of its help,
so `sequencer --help` lists every command without importing any of them: the libraries behind
the commands (the database, the phone-number data, the providers' clients) cost a second to
import, and a command pays only for what it uses. tests/cli/test_lazy_commands.py checks each
summary reads, in that list, as the command's own help does.
"""

from __future__ import annotations

import gc
import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import click


@dataclass(frozen=True)
class Lazy:
    """Where a command lives ("package.module:attribute") and its help's first sentence."""

    where: str
    summary: str

    def load(self) -> click.Command:
        module_name, _, attribute = self.where.partition(":")
        command = getattr(_imported(module_name), attribute)
        if not isinstance(command, click.Command):  # a wrong registry entry, caught by tests
            raise TypeError(f"{self.where} is not a click command")
        return command


def _imported(module_name: str) -> ModuleType:
    """The module, imported with Python's cycle collector paused: a command's libraries
    (SQLAlchemy, pydantic) make hundreds of thousands of objects as they import, none of them
    garbage, and the collector walked them again and again (`status` started 60-80 ms sooner
    without it, `bench/status_bench.py --cli`). Back as it was afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        return importlib.import_module(module_name)
    finally:
        if was_on:
            gc.enable()


class LazyGroup(click.Group):
    """A group whose `lazy` commands are imported on first use; `--help` reads their summaries."""

    def __init__(self, *args: Any, lazy: dict[str, Lazy] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands or cmd_name not in self.lazy:
            return super().get_command(ctx, cmd_name)
        return self.lazy[cmd_name].load()

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """As click's own, from the summaries: listing the commands imports none of them."""
        names = [name for name in self.list_commands(ctx) if not self._hidden(name)]
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, self._short_help(ctx, name, limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def _hidden(self, name: str) -> bool:
        command = self.commands.get(name)  # only a command added the usual way can be hidden
        return command is not None and command.hidden

    def _short_help(self, ctx: click.Context, name: str, limit: int) -> str:
        if name in self.commands or name not in self.lazy:
            command = super().get_command(ctx, name)
            return command.get_short_help_str(limit) if command else ""
        # A stand-in with the same first sentence is shortened exactly as the command would be.
        return click.Command(name, help=self.lazy[name].summary).get_short_help_str(limit)
