"""What several commands share, defined once: options, time parsing, the database, and how
output is written.

Times from the command line are ISO-8601; without an offset they are in UTC, except `--start`,
which is in the sequence's own time zone (so it is parsed after the sequence is loaded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

import click

from sequencer.config import Settings

if TYPE_CHECKING:  # the database and the sequence files are imported by the commands using them
    import sqlalchemy as sa

    from sequencer.spec.sequence import Sequence
    from sequencer.spec.templates import TemplateLibrary

F = TypeVar("F", bound=Callable[..., Any])
_EXAMPLE = "2026-11-23T09:00"


def aware(text: str, zone: tzinfo = UTC, option: str = "--now") -> datetime:
    """An ISO-8601 time from the command line; without an offset it is in `zone`."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError as exc:
        raise click.BadParameter(
            f"{text!r} is not ISO-8601, e.g. {_EXAMPLE}", param_hint=option
        ) from exc
    return when if when.tzinfo else when.replace(tzinfo=zone)


def iso_time(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """Option callback: an ISO-8601 time, in UTC unless it says otherwise."""
    return None if value is None else aware(value, option=_name(param))


def iso_day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """Option callback: a calendar day, YYYY-MM-DD."""
    try:
        return None if value is None else date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(
            f"{value!r} is not a date like 2027-03-01", param_hint=_name(param)
        ) from exc


def _name(param: click.Parameter) -> str:
    return param.opts[0]


def now_option(help_text: str) -> Callable[[F], F]:
    """`--now TIME` (a datetime, or None for the clock's now)."""
    return click.option("--now", "now", callback=iso_time, help=help_text)


def start_option(help_text: str) -> Callable[[F], F]:
    """`--start TIME`, kept as text: it is read in the zone of a sequence not yet loaded."""
    return click.option("--start", help=help_text)


def output_option(help_text: str) -> Callable[[F], F]:
    return click.option(
        "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help=help_text
    )


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
sequence_argument = click.argument("sequence_name", metavar="SEQUENCE")


def clock(now: datetime | None) -> datetime:
    """The time an option gave, or the clock's: the CLI is one of the two readers of the clock."""
    return now if now is not None else datetime.now(UTC)


def database(settings: Settings, existing: bool = False) -> sa.Engine:
    """The database the settings name, waiting for it as long as they say. `existing`: the
    command only reads, so a database that is not there yet is an error, not a new file."""
    from sequencer.store.database import engine_for  # SQLAlchemy and alembic: 0.3 s to import

    return engine_for(settings.database_url, settings.database_wait_seconds, existing)


def reads_only(engine: sa.Engine) -> sa.Engine:
    """`store.database.reads_only`: for a command that only reads (no SQLite write lock)."""
    from sequencer.store.database import reads_only as only_reading

    return only_reading(engine)


def named_sequence(settings: Settings, name: str) -> tuple[Sequence, TemplateLibrary]:
    """SEQUENCE (a name in sequences/ or a path), loaded with the templates it uses."""
    from sequencer.spec.content import Content
    from sequencer.spec.templates import TemplateLibrary
    from sequencer.spec.validate import find_sequence, load_sequence

    library = TemplateLibrary(settings.templates_dir)
    sequence, _ = load_sequence(find_sequence(settings.sequences_dir, name), library)
    library.content = Content(settings.content_dir)  # read as it is when a message renders
    return sequence, library


def parse_start(text: str | None, sequence: Sequence) -> datetime:
    if text is None:
        return datetime.now(UTC)
    return aware(text, ZoneInfo(sequence.timezone), "--start")


def write_output(text: str, output: Path | None, output_format: str) -> None:
    """Standard output, or the -o file (html only ever goes to a file)."""
    if output is None and output_format == "html":
        raise click.UsageError("--format html needs -o FILE")
    if output is None:
        click.echo(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
