"""Every command and subcommand explains itself: a new command without help text fails here."""

from __future__ import annotations

from collections.abc import Iterator

import click
import pytest
from click.testing import CliRunner

from sequencer.cli import main


def _walk(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The words that name each command under `group`, subcommands included."""
    context = click.Context(group)
    for name in group.list_commands(context):
        yield (*path, name)
        command = group.get_command(context, name)
        if isinstance(command, click.Group):
            yield from _walk(command, (*path, name))


COMMANDS = list(_walk(main))


def _command(words: tuple[str, ...]) -> click.Command:
    command: click.Command | None = main
    for word in words:
        assert isinstance(command, click.Group)
        command = command.get_command(click.Context(command), word)
    assert command is not None, f"no command `{' '.join(words)}`"
    return command


def test_the_walk_finds_subcommands() -> None:
    assert ("tasks", "done") in COMMANDS and ("validate",) in COMMANDS


def test_the_main_group_has_help() -> None:
    assert main.help and main.get_short_help_str().strip()


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_command_has_a_short_help_line(words: tuple[str, ...]) -> None:
    command = _command(words)
    assert command.help and command.help.strip(), f"`{' '.join(words)}` has no help text"
    assert command.get_short_help_str().strip()


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_command_answers_help(words: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*words, "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage:")
    assert (_command(words).help or "").split()[0] in result.output


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_option_says_what_it_does(words: tuple[str, ...]) -> None:
    command = _command(words)
    options = [p for p in command.params if isinstance(p, click.Option) and p.name != "help"]
    # A choice of output formats explains itself through its choices.
    silent = [p.opts[0] for p in options if not p.help and not isinstance(p.type, click.Choice)]
    assert not silent, f"`{' '.join(words)}`: options without help: {silent}"
