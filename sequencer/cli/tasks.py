"""The recruiter's to-do list: `tasks` lists the open ones, `tasks done ID` ticks one off."""

from __future__ import annotations

from datetime import datetime

import click

from sequencer.cli.options import clock, database, now_option
from sequencer.config import Settings
from sequencer.engine.tasks import complete_task
from sequencer.reports.status import open_tasks_of_people
from sequencer.reports.terminal import show
from sequencer.reports.wording import plural, task_blocks


@click.group(name="tasks", invoke_without_command=True)
@click.pass_context
def tasks_command(ctx: click.Context) -> None:
    """The recruiter's open tasks: LinkedIn messages to send by hand, calls to make."""
    if ctx.invoked_subcommand is None:
        tasks = open_tasks_of_people(database(ctx.obj, existing=True))
        show(task_blocks(tasks))
        click.echo(plural(len(tasks), "open task"), err=True)


@tasks_command.command(name="done")
@click.argument("task_id", type=int)
@now_option("When you did it, ISO-8601 (default: now).")
@click.pass_obj
def task_done_command(settings: Settings, task_id: int, now: datetime | None) -> None:
    """Mark task ID done: that touch happened then, and the sequence moves on from it. A task
    done already, expired, or closed with its sequence says so (exit code 1)."""
    complete_task(database(settings), task_id, clock(now))
    click.echo(f"task #{task_id} done")
