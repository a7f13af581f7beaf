"""Where everyone stands: status (each enrollment) and funnel (each step's results)."""

from __future__ import annotations

import click

from sequencer.cli.options import database, json_option, reads_only
from sequencer.config import Settings
from sequencer.reports.status_json import status_json
from sequencer.store.bulk import no_collection_pauses


@click.command(name="status")
@click.argument("email", required=False)
@json_option
@click.pass_obj
def status_command(settings: Settings, email: str | None, as_json: bool) -> None:
    """Every enrollment (or one person's): state, next touch and when, and why anything is
    waiting, skipped, in doubt or failed."""
    # Python's cycle collector off for the whole command, the writing included: it would only
    # walk the report's hundreds of thousands of rows, tuples and lines again and again while
    # they are alive (none is in a cycle). Plain `status` at 100,000: 5.09 s against 5.61 s
    # with it on (`bench/status_bench.py --cli --before-tree`, 2026-12-06).
    with no_collection_pauses():
        _status(settings, email, as_json)


def _status(settings: Settings, email: str | None, as_json: bool) -> None:
    engine = reads_only(database(settings, existing=True))  # never holds the daemon back
    if as_json:
        for piece in status_json(engine, email):  # written as it is made: 150 MB at 100,000
            click.echo(piece, nl=False)
        click.echo()
        return
    # Words, tables and Rich: imported for the text alone, `--json` is quicker to start.
    # Each block is written as it is made (`show`).
    from sequencer.reports.status import channels_paused, notices_failing, status_blocks
    from sequencer.reports.terminal import show

    for line in [*channels_paused(engine), *notices_failing(engine)]:  # what needs fixing first
        click.echo(line)
    show(status_blocks(engine, email))


@click.command(name="funnel")
@click.argument("sequence_name", metavar="[SEQUENCE]", required=False)
@click.pass_obj
def funnel_command(settings: Settings, sequence_name: str | None) -> None:
    """Per step: touches sent, delivered, opened, clicked (from SendGrid's events), and the
    people who replied, bounced or opted out after it."""
    # Imported here: the funnel reads sequence files (templates, checks), which `status`
    # never needs, and importing them cost `status` half a second.
    from sequencer.reports.funnel import format_funnel, funnel

    engine = reads_only(database(settings, existing=True))
    click.echo(format_funnel(funnel(engine, sequence_name)), nl=False)
