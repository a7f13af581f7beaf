"""`sequencer migrate`: move the people in flight to a sequence file's new version."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from sequencer.cli.options import database, named_sequence, sequence_argument
from sequencer.config import Settings
from sequencer.engine.upgrade import apply_migration, plan_migration


@click.command(name="migrate")
@sequence_argument
@click.option("--apply", "apply_it", is_flag=True, help="Move them (without: only show).")
@click.pass_obj
def migrate_command(settings: Settings, sequence_name: str, apply_it: bool) -> None:
    """Show what changes for people in flight if SEQUENCE moves to the file as it is now;
    with --apply, move them. Each continues at the first step it has not had yet."""
    sequence, library = named_sequence(settings, sequence_name)
    engine = database(settings)
    plan = plan_migration(engine, sequence, library)
    if not plan:
        click.echo(f"everyone in {sequence.name} already runs version {sequence.version}")
        return
    for change in plan:
        click.echo(
            f"{change.enrollments} enrollment(s) on {change.old_version} → {sequence.version}:"
        )
        click.echo("".join(f"  {line}\n" for line in change.changes), nl=False)
        click.echo("".join(f"  stays: {s.key}: {s.reason}\n" for s in change.staying), nl=False)
    if apply_it:
        done = apply_migration(engine, sequence, library, datetime.now(UTC))
        click.echo(f"moved {done.moved} enrollment(s) to {sequence.version}")
        click.echo("".join(f"stayed: {s.key}: {s.reason}\n" for s in done.stayed), nl=False)
    else:
        click.echo("nothing moved: run again with --apply", err=True)
