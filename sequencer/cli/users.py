"""Who may sign in to the web app: `user add`, `user remove`, `user list`. There is no
default account and no default password; the first one is made here, on the server."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import click

from sequencer.cli.options import database
from sequencer.config import Settings
from sequencer.store import recruiters


@click.group(name="user")
def user_command() -> None:
    """Accounts for the web app (the dashboard)."""


@user_command.command(name="add")
@click.argument("email", metavar="EMAIL")
@click.option("--admin", is_flag=True, help="May manage sequences and opt-outs for everyone.")
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input (for scripts).",
)
@click.pass_obj
def add_command(settings: Settings, email: str, admin: bool, password_stdin: bool) -> None:
    """Add an account for EMAIL; the password is asked for twice, not shown (12 characters
    or more)."""
    password = _from_stdin() if password_stdin else _prompted()
    recruiter = recruiters.add(database(settings), email, password, admin, datetime.now(UTC))
    role = "admin" if recruiter.admin else "recruiter"
    click.echo(f"added {recruiter.email} ({role}): they can sign in to the web app now")


@user_command.command(name="remove")
@click.argument("email", metavar="EMAIL")
@click.pass_obj
def remove_command(settings: Settings, email: str) -> None:
    """Remove EMAIL's account; they are signed out at their next click."""
    recruiters.remove(database(settings), email)
    click.echo(f"removed {email.strip().lower()}")


@user_command.command(name="list")
@click.pass_obj
def list_command(settings: Settings) -> None:
    """Every account, with when it was added."""
    accounts = recruiters.everyone(database(settings, existing=True))
    for recruiter in accounts:
        role = "admin" if recruiter.admin else ""
        click.echo(f"{recruiter.email:<40} {recruiter.created_at:%Y-%m-%d} {role}".rstrip())
    if not accounts:
        click.echo("no accounts yet: add one with `sequencer user add EMAIL`", err=True)


def _prompted() -> str:
    if not sys.stdin.isatty():
        raise click.UsageError("no terminal to ask for the password: use --password-stdin")
    return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))


def _from_stdin() -> str:
    return sys.stdin.readline().rstrip("\r\n")
