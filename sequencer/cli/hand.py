"""The recruiter's own hand on a person's sequences: stop, pause, resume."""

from __future__ import annotations

from datetime import date, datetime

import click

from sequencer.cli.options import clock, database, iso_day, now_option
from sequencer.config import Settings
from sequencer.engine.controls import pause_person, resume_person, stop_person

in_sequence_option = click.option(
    "--sequence", "sequence_name", metavar="NAME", help="Only this sequence (default: all)."
)


@click.command(name="stop")
@click.argument("email", metavar="EMAIL")
@in_sequence_option
@now_option("When, ISO-8601 (default: now).")
@click.pass_obj
def stop_command(
    settings: Settings, email: str, sequence_name: str | None, now: datetime | None
) -> None:
    """Stop this person's sequences (or one) for good: nothing more is sent, their open tasks
    close, and they move on to no other sequence. A stopped sequence cannot be resumed."""
    lines = stop_person(database(settings), email, sequence_name, clock(now))
    click.echo("\n".join(lines))


@click.command(name="pause")
@click.argument("email", metavar="EMAIL")
@in_sequence_option
@click.option(
    "--until", callback=iso_day, help="Resume by itself on this day (YYYY-MM-DD), in the window."
)
@now_option("When, ISO-8601 (default: now).")
@click.pass_obj
def pause_command(
    settings: Settings,
    email: str,
    sequence_name: str | None,
    until: date | None,
    now: datetime | None,
) -> None:
    """Pause this person's sequences (or one): nothing is sent until `sequencer resume`, or
    until the --until day. A reply or an opt-out still stops them."""
    lines = pause_person(database(settings), email, sequence_name, until, clock(now))
    click.echo("\n".join(lines))


@click.command(name="resume")
@click.argument("email", metavar="EMAIL")
@in_sequence_option
@now_option("When, ISO-8601 (default: now).")
@click.pass_obj
def resume_command(
    settings: Settings, email: str, sequence_name: str | None, now: datetime | None
) -> None:
    """Resume a paused sequence from now: the first step they have not had, at the first time
    its send window allows. Nothing that went out is sent again."""
    lines = resume_person(database(settings), email, sequence_name, clock(now))
    click.echo("\n".join(lines))
