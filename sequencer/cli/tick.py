"""`sequencer tick`: one dispatch pass by hand, or a simulation of the daemon over days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import click

from sequencer.cli.options import database, iso_time, now_option
from sequencer.config import Settings
from sequencer.daemon.passes import run_pass
from sequencer.reports.terminal import progress
from sequencer.reports.wording import pass_summary, simulated_day


@click.command(name="tick")
@now_option("Run the pass as of this time, ISO-8601 (default: now).")
@click.option(
    "--until",
    callback=iso_time,
    help="Simulate the daemon: a pass every --every minutes from --now until this time.",
)
@click.option(
    "--every",
    default=15,
    show_default=True,
    callback=lambda _ctx, _param, value: _minutes(value),
    help="Minutes between simulated passes (1 or more).",
)
@click.pass_obj
def tick_command(
    settings: Settings, now: datetime | None, until: datetime | None, every: int
) -> None:
    """Run one dispatch pass: send every touch that is due, each exactly once.

    With no provider credentials everything goes to the outbox folder
    (SEQUENCER_OUTBOX_DIR, default ./outbox) and nothing leaves the machine.
    """
    when = now or datetime.now(UTC).replace(second=0, microsecond=0)
    if until is not None and until < when:  # else no pass at all, and no word of it
        raise click.BadParameter(
            f"{until:%Y-%m-%d %H:%M} UTC must come after --now ({when:%Y-%m-%d %H:%M} UTC)",
            param_hint="--until",
        )
    engine = database(settings)
    total = int((until - when) / timedelta(minutes=every)) + 1 if until and every > 0 else None
    with progress("simulated passes", total, shown=until is not None) as report:
        for number, moment in enumerate(_passes(when, until, every), 1):
            outcomes = run_pass(engine, settings, moment)
            if outcomes or until is None:
                click.echo(f"{moment:%Y-%m-%d %H:%M} UTC: {pass_summary(outcomes)}")
            report(number, simulated_day(when, moment, until or when))


def _minutes(value: int) -> int:
    # 0 minutes would simulate the same moment for ever, and fewer would go back in time.
    if value < 1:
        raise click.BadParameter(f"{value} is not a number of minutes, 1 or more")
    return value


def _passes(start: datetime, until: datetime | None, every: int) -> Iterator[datetime]:
    """The times of the passes: `start` alone, or every `every` minutes up to `until`."""
    moment = start
    while moment <= (until or start):
        yield moment
        moment += timedelta(minutes=every)
