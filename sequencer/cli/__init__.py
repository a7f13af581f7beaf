"""The `sequencer` command: a thin shell over the library. Each command parses its arguments,
calls one library function, and prints; no SQL, formatting or business rules live here.

    __init__   the `main` group, and the error translation: a SequencerError becomes its
               message on stderr and exit code 1, never a traceback
    options    what commands share: --now/--json/-o/SEQUENCE, time parsing, writing output
    sequences  validate, preview, schema, migrate
    people     import, enroll, mark, receive, status, replies, funnel, stop, pause, resume
    tasks      tasks, tasks done
    events     events (--unmatched): what ATSs and scheduling tools told us
    users      user add, user remove, user list (web app accounts)
    export     export-person, consent (a person's data rights)
    privacy    forget, retention (erasure at a person's request; idle people forgotten)
    daemon     run, tick

The CLI is one of the two places that read the clock (the daemon is the other). It may import
anything below it: reports, inbound, engine, store, spec, people, config, errors, and daemon
(to start it).
"""

from __future__ import annotations

import sys
from typing import Any

import click

from sequencer.cli import daemon, events, export, people, privacy, sequences, tasks, users
from sequencer.config import load_settings
from sequencer.errors import SequencerError


class _Group(click.Group):
    """Turns the project's errors into a clean message and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SequencerError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group)
@click.version_option(package_name="sequencer")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Outreach sequences for recruiters: YAML sequences, Jinja2 messages, respectful timing."""
    ctx.obj = load_settings()


for _command in (
    sequences.validate_command,
    sequences.preview_command,
    sequences.schema_command,
    sequences.migrate_command,
    people.import_command,
    people.enroll_command,
    people.mark_command,
    people.receive_command,
    people.status_command,
    people.replies_command,
    people.funnel_command,
    events.events_command,
    *(people.stop_command, people.pause_command, people.resume_command),
    tasks.tasks_command,
    users.user_command,
    export.export_person_command,
    export.consent_command,
    privacy.forget_command,
    privacy.retention_command,
    daemon.tick_command,
    daemon.run_command,
):
    main.add_command(_command)

__all__ = ["main"]
