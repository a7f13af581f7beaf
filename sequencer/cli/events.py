"""`sequencer events`: what ATSs and scheduling tools told us about people, and with
`--unmatched`, the events about nobody imported (kept, never dropped)."""

from __future__ import annotations

import json
from datetime import datetime

import click

from sequencer.cli.options import database, iso_time, json_option
from sequencer.config import Settings
from sequencer.reports.outside import outside_blocks, outside_events
from sequencer.reports.terminal import show


@click.command(name="events")
@click.option("--unmatched", is_flag=True, help="Only the events about nobody imported.")
@click.option("--since", callback=iso_time, help="Only from this time on, ISO-8601.")
@json_option
@click.pass_obj
def events_command(
    settings: Settings, unmatched: bool, since: datetime | None, as_json: bool
) -> None:
    """Applied, rejected, hired, stage changes and meetings booked or cancelled, as Greenhouse,
    Lever, Ashby, Calendly and Cal.com told us, newest first, with whom each was about."""
    rows = outside_events(database(settings, existing=True), unmatched, since)
    if as_json:
        click.echo(json.dumps([row.as_json() for row in rows], indent=2))
        return
    show(outside_blocks(rows, unmatched))
