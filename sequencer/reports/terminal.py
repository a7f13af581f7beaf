"""How a report reaches a person: Rich tables and colour in a terminal, plain text in a pipe,
and progress bars for long work on stderr, only when stderr is a terminal.

Reports build `Block`s (a title, sentences, tables, a text to copy) and never print; `show`
draws them. Rich decides what a terminal is: a TTY, or `TTY_COMPATIBLE=1` / `FORCE_COLOR`
(and `NO_COLOR` turns colour off); where standard output is surely none by its rules (a pipe
or a file, nothing forcing it), `show` writes the plain text without importing Rich.
`progress` hands long work a callable to report with, so the library code that does the work
stays free of printing.
"""

from __future__ import annotations

import sys
import textwrap
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, NamedTuple, Protocol

from sequencer.config import terminal_forced

# Rich is imported only to draw: a pipe or a file gets plain text (rich.console alone is
# 15-40 ms of a start), and a command whose stderr is no terminal draws no bar.
if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID
    from rich.table import Table as RichTable


class Table(NamedTuple):
    columns: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]
    # Columns a narrow terminal must not wrap (addresses): the others wrap between words.
    whole: tuple[str, ...] = ()


# Named tuples, not dataclasses: plain `status` makes one of each per enrollment, and a
# frozen dataclass took twice as long to make (0.1 s more at 100,000 enrollments).
class Block(NamedTuple):
    """A part of a report: a title, sentences under it, tables, and a text shown as it is
    (a message the recruiter copies)."""

    title: str
    lines: Sequence[str] = ()
    tables: Sequence[Table] = ()
    text: str = ""
    notes: Sequence[str] = ()  # sentences under the tables
    # A summary of the blocks after it: a terminal draws it, plain text (which says it all in
    # those blocks) leaves it out.
    overview: bool = False


def show(blocks: Iterable[Block], console: Console | None = None) -> None:
    """The blocks on standard output (or `console`): drawn in a terminal, plain elsewhere;
    each as soon as it is made, so `status` of 100,000 enrollments never holds its 46 MB of
    text, nor all its blocks, at once."""
    if console is None and not _maybe_terminal(sys.stdout):
        _write_plain(sys.stdout, blocks)
        return
    from rich.console import Console

    console = console or Console(highlight=False)
    if not console.is_terminal:
        _write_plain(console.file, blocks)
        return
    for number, block in enumerate(blocks):
        if number:
            console.print()
        _draw(console, block)


def _write_plain(stream: IO[str], blocks: Iterable[Block]) -> None:
    write = stream.write
    for text in _plain_blocks(blocks):
        write(text)


def plain(blocks: Iterable[Block]) -> str:
    """The blocks as plain text: what a pipe, a file or `grep` gets."""
    return "".join(_plain_blocks(blocks))


def _plain_blocks(blocks: Iterable[Block]) -> Iterator[str]:
    """`plain` in pieces: each block's text, a blank line between two."""
    between = ""
    for block in blocks:
        if not block.overview:
            yield between + _plain_block(block)
            between = "\n"


def _plain_block(block: Block) -> str:
    lines = [block.title, *(f"  {line}" for line in block.lines)]
    for table in block.tables:
        lines += [f"  {row}" for row in _aligned(table)]
    lines += [f"  {note}" for note in block.notes]
    lines += [f"    {line}".rstrip() for line in block.text.splitlines()]
    return "\n".join(lines) + "\n"


def _aligned(table: Table) -> list[str]:
    """A header and rows, each column as wide as its widest cell."""
    everything = [table.columns, *table.rows]
    widths = [max(map(len, column)) for column in zip(*everything, strict=True)]
    return ["  ".join(map(str.ljust, row, widths)).rstrip() for row in everything]


def _draw(console: Console, block: Block) -> None:
    from rich.console import RenderableType
    from rich.padding import Padding
    from rich.text import Text

    console.print(Text(block.title, style="bold"))
    parts: list[RenderableType] = [*map(Text, block.lines), *map(_rich_table, block.tables)]
    parts += map(Text, block.notes)
    for part in parts:
        console.print(Padding(part, (0, 0, 0, 2), expand=False))
    if block.text:
        # Left for the terminal to wrap, so that it copies as it was written.
        console.print(Text(textwrap.indent(block.text, "    ")), soft_wrap=True)


def _rich_table(table: Table) -> RichTable:
    from rich import box
    from rich.table import Table as RichTable
    from rich.text import Text

    drawn = RichTable(box=box.SIMPLE_HEAD, header_style="bold cyan", show_edge=False)
    for column in table.columns:
        drawn.add_column(column, no_wrap=column in table.whole)
    for row in table.rows:
        drawn.add_row(*(Text(cell) for cell in row))  # Text: brackets in a cell are not markup
    return drawn


# --- progress -------------------------------------------------------------------------------


class Report(Protocol):
    """What long work reports to: how much is done, and a few words on where it is."""

    def __call__(self, done: float, where: str = "") -> None: ...


# Redraws at most this often: a redraw costs more than the work between two reports.
_REDRAW_SECONDS = 0.1


@contextmanager
def progress(what: str, total: float | None = None, shown: bool = True) -> Iterator[Report]:
    """A bar (or, with no `total`, a count) on stderr while the work runs, gone when it ends.
    Nothing at all when stderr is not a terminal (a pipe or a log stays clean), or not
    `shown` (work too short to need one)."""
    from rich.console import Console

    errors = Console(stderr=True)
    if not (shown and errors.is_terminal):
        yield _nothing
        return
    # Lines the command prints meanwhile go above the bar when they share its screen. Only a
    # real one: with FORCE_COLOR set and standard output in a file, they stay in the file.
    together = _is_tty(sys.stdout)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed:,.0f} " + what if total is None else what),
        *(() if total is None else (BarColumn(), MofNCompleteColumn())),
        TextColumn("{task.fields[where]}"),
        TimeElapsedColumn(),
    )
    with Progress(
        *columns, console=errors, transient=True, auto_refresh=False, redirect_stdout=together
    ) as bar:
        task = bar.add_task(what, total=total, where="")
        yield _reporter(bar, task)


def _reporter(bar: Progress, task: TaskID) -> Report:
    # No refresh thread: a preview forks worker processes, and a thread writing to stderr at
    # that moment could leave them a locked stream. So the work's own reports redraw, at a
    # display rate (this is not the time of anything, only how often to draw).
    last = [0.0]

    def report(done: float, where: str = "") -> None:
        bar.update(task, completed=done, where=where)
        if time.monotonic() - last[0] >= _REDRAW_SECONDS:
            last[0] = time.monotonic()
            bar.refresh()

    return report


def _nothing(done: float, where: str = "") -> None:
    return None


def _maybe_terminal(stream: object) -> bool:
    """False where Rich would surely find no terminal (`Console.is_terminal`): no variable
    forcing one and the stream no TTY. Otherwise Rich itself decides."""
    forced = terminal_forced()
    return forced if forced is not None else _is_tty(stream)


def _is_tty(stream: object) -> bool:
    try:
        return bool(getattr(stream, "isatty", lambda: False)())
    except ValueError:  # closed
        return False
