"""The recruiter's to-do list: `tasks` lists the open ones, `tasks done ID` ticks one off."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from sequencer.config import Settings
from sequencer.engine.tasks import complete_task
from sequencer.reports.status import format_tasks, open_tasks
from sequencer.store.database import engine_for


@click.group(name="tasks", invoke_without_command=True)
@click.pass_context
def tasks_command(ctx: click.Context) -> None:
    """The recruiter's open tasks: LinkedIn messages to send by hand, calls to make."""
    if ctx.invoked_subcommand is None:
        tasks = open_tasks(engine_for(ctx.obj.database_url))
        click.echo(format_tasks(tasks), nl=False)
        click.echo(f"{len(tasks)} open task(s)", err=True)


@tasks_command.command(name="done")
@click.argument("task_id", type=int)
@click.pass_obj
def task_done_command(settings: Settings, task_id: int) -> None:
    """Mark task ID done: that touch happened now, and the sequence moves on from it."""
    complete_task(engine_for(settings.database_url), task_id, datetime.now(UTC))
    click.echo(f"task #{task_id} done")
