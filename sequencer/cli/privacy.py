"""A person's data rights: `forget` (erasure at their request) and `retention` (forgetting
the people idle for SEQUENCER_RETENTION_MONTHS). What they print names people by masked
addresses only: a terminal's scrollback and a cron job's mail outlive the person's data."""

from __future__ import annotations

import sys
from datetime import datetime

import click

from sequencer.cli.options import clock, database, now_option
from sequencer.config import Settings, reveal
from sequencer.engine.forgetting import apply_retention, forget_person, retention_due
from sequencer.ops.logs import mask
from sequencer.store.erasure import ERASED, require_secret
from sequencer.store.retention import Idle

LISTED = 1_000_000  # a dry run lists everyone due


@click.command(name="forget")
@click.argument("address", metavar="EMAIL|PHONE")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@now_option("When, ISO-8601 (default: now).")
@click.pass_obj
def forget_command(settings: Settings, address: str, yes: bool, now: datetime | None) -> None:
    """Forget the person at EMAIL or PHONE, at their request: their row and everything that
    names them (enrollments, messages, tasks, events, replies, consent, outbox files) is
    deleted, and audit entries lose their name. What stays is a keyed hash of each of their
    addresses, so importing them again from an old file is refused and nothing is ever sent
    to them. Needs SEQUENCER_SECRET_KEY, which keys those hashes."""
    secret = require_secret(reveal(settings.web.secret_key))
    shown = mask(address.strip())
    if not yes:
        click.confirm(
            f"Forget everyone at {shown}, for good? Only a keyed hash of their addresses stays",
            abort=True,
        )
    when = clock(now)
    done = forget_person(database(settings), address, when, secret, settings.outbox_dir, "cli")
    click.echo(f"forgot {shown}: removed {done.summary()}")
    click.echo(
        f"kept: a keyed hash of {len(done.addresses)} address(es), "
        f'"{ERASED} on {when:%Y-%m-%d}": importing them again is refused'
    )


@click.command(name="retention")
@click.option("--dry-run", is_flag=True, help="List who would be forgotten; change nothing.")
@now_option("As of, ISO-8601 (default: now).")
@click.pass_obj
def retention_command(settings: Settings, dry_run: bool, now: datetime | None) -> None:
    """Forget the people with no active enrollment and no activity for
    SEQUENCER_RETENTION_MONTHS (as the daemon does by itself, once an hour). Someone who
    opted out keeps a keyed hash of their addresses, so they are never contacted again."""
    months = settings.privacy.retention_months
    if months <= 0:
        raise click.UsageError("retention is off: set SEQUENCER_RETENTION_MONTHS (e.g. 24)")
    engine, when = database(settings, existing=True), clock(now)
    if dry_run:
        due = retention_due(engine, months, when, LISTED)
        for idle in due.people:
            click.echo(f"{_who(idle)}  {_why(idle, due.cutoff)}")
        click.echo(f"{len(due.people)} would be forgotten (dry run: nothing changed)", err=True)
        return
    secret, forgotten = reveal(settings.web.secret_key), 0
    while True:  # a batch at a time, each person in a transaction of its own
        done = apply_retention(engine, months, when, secret, settings.outbox_dir, told=_say)
        forgotten += done.removed["people"]
        if not done.removed["people"]:
            break
    click.echo(f"{forgotten} forgotten", err=True)
    sys.exit(0)


def _who(idle: Idle) -> str:
    return mask(idle.record.email or idle.record.phone or idle.record.key)


def _why(idle: Idle, cutoff: datetime) -> str:
    why = f"no activity since {cutoff:%Y-%m-%d}"
    if idle.opted_out_on:
        why += f"; opted out on {idle.opted_out_on}: a keyed hash of their addresses is kept"
    return why


def _say(idle: Idle, what: str) -> None:
    click.echo(f"{_who(idle)}  {what}")
