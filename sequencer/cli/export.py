"""Commands about a person's data rights: `export-person` (everything held on them, as one
JSON document) and `consent` (the recruiter records consent the person gave or withdrew
outside the tool, with how)."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import click

from sequencer.cli.options import clock, database, now_option, output_option
from sequencer.config import Settings
from sequencer.reports.export import export_person
from sequencer.store.consent import by_recruiter


@click.command(name="export-person")
@click.argument("address", metavar="EMAIL|PHONE")
@output_option("Write the JSON here (readable by you only) instead of standard output.")
@now_option("The time the export is made as of, ISO-8601 (default: now).")
@click.pass_obj
def export_person_command(
    settings: Settings, address: str, output: Path | None, now: datetime | None
) -> None:
    """Everything held on the person at EMAIL or PHONE, as one JSON document for an access
    request: profile, consent and its sources, every message with its text, events, replies,
    outcomes, tasks, blocks, audit entries and opt-out entries.
    The document's JSON Schema: schema/person-export.schema.json."""
    document = export_person(database(settings, existing=True), address, clock(now))
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    # Personal data: the file is the operator's alone until they hand it over.
    with open(output, "w", encoding="utf-8", opener=_private) as file:
        file.write(text)
    click.echo(f"wrote {output}", err=True)


def _private(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


@click.command(name="consent")
@click.argument("address", metavar="EMAIL|PHONE")
@click.argument("channel", metavar="CHANNEL", type=click.Choice(["sms", "call"]))
@click.argument("given", metavar="yes|no", type=click.Choice(["yes", "no"]))
@click.option("--how", required=True, help="How they told you, e.g. 'said yes on a call'.")
@now_option("When they told you, ISO-8601 (default: now).")
@click.pass_obj
def consent_command(
    settings: Settings, address: str, channel: str, given: str, how: str, now: datetime | None
) -> None:
    """Record that the person at EMAIL|PHONE gave (yes) or withdrew (no) consent to texts
    (sms) or calls (call), and how: kept with its source, shown in `status` and the export.
    It never undoes an opt-out: only the person can."""
    engine = database(settings)
    click.echo(by_recruiter(engine, address, channel, given == "yes", how, "cli", clock(now)))
