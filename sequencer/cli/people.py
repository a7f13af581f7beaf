"""Commands that bring people in: import (from a CSV file) and enroll (into a sequence)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from sequencer.cli.options import (
    database,
    named_sequence,
    parse_start,
    sequence_argument,
    start_option,
)
from sequencer.config import Settings, reveal
from sequencer.engine.enroll import enroll
from sequencer.reports.terminal import progress
from sequencer.store.people import import_candidates


@click.command(name="import")
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(exists=True, path_type=Path))
@click.pass_obj
def import_command(settings: Settings, csv_file: Path) -> None:
    """Add or update candidates from a CSV file, matched by email or phone.

    Bad rows are listed with their row number and reason and nothing of them is written;
    every good row is imported. Exits 1 if any row was bad.
    """
    engine = database(settings)

    with progress("rows read") as rows_read:
        report = import_candidates(
            engine,
            csv_file,
            datetime.now(UTC),
            lambda so_far: rows_read(so_far.rows),
            secret=reveal(settings.web.secret_key),  # people erased at their request are refused
        )
    for error in report.errors:
        click.echo(f"{csv_file}: {error}", err=True)
    click.echo(
        f"{report.inserted:,} new, {report.updated:,} updated, {len(report.errors):,} rejected"
    )
    sys.exit(1 if report.errors else 0)


@click.command(name="enroll")
@sequence_argument
@click.argument("emails", nargs=-1)
@click.option("--all", "everyone", is_flag=True, help="Enroll every imported candidate.")
@start_option("Enrollment time, ISO-8601 (default: now).")
@click.option("--allow-active", is_flag=True, help="Also enroll people active in another sequence.")
@click.option("--owner", metavar="EMAIL", help="The recruiter they belong to (web app: 'mine').")
@click.option(
    "--role-changed",
    is_flag=True,
    help="The role has changed since they declined or were rejected: enroll them anyway, in a "
    "sequence that says what changed (role.changes, e.g. role-evolved).",
)
@click.option("--rehire", is_flag=True, help="Also enroll people who were hired (e.g. since left).")
@click.pass_obj
def enroll_command(
    settings: Settings,
    sequence_name: str,
    emails: tuple[str, ...],
    everyone: bool,
    start: str | None,
    allow_active: bool,
    owner: str | None,
    role_changed: bool,
    rehire: bool,
) -> None:
    """Start SEQUENCE for the candidates with these EMAILs (or --all).

    Each refusal is listed with its reason: opted out, declined (12 months by default),
    rejected or hired, already in a sequence, a role below their minimum level, no step that
    can reach them (a work address only, no consent), or a message that cannot be written
    for them (an empty field a template needs).
    """
    if bool(emails) == everyone:
        raise click.UsageError("give EMAIL... or --all (not both)")
    sequence, library = named_sequence(settings, sequence_name)
    engine = database(settings)
    keys = None if everyone else list(emails)
    start_at = parse_start(start, sequence)
    owner = owner.strip().lower() if owner else None
    report = enroll(
        engine,
        sequence,
        library,
        keys,
        start_at,
        allow_active,
        owner,
        role_changed,
        rehire,
        secret=reveal(settings.web.secret_key),  # who was erased at their request is said
    )
    for key, first in report.enrolled:
        when = f"first touch {first:%Y-%m-%d %H:%M} UTC" if first else "nothing left to send"
        click.echo(f"enrolled {key}: {when}")
    for key, reason in report.refused:
        click.echo(f"refused {key}: {reason}")
    click.echo(f"{len(report.enrolled)} enrolled, {len(report.refused)} refused", err=True)
    sys.exit(1 if report.refused and not report.enrolled else 0)  # nobody in: a failure
