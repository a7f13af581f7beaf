"""Sending: `run` is the daemon (passes on a schedule, plus HTTP); `tick` is one pass by hand,
or a simulation of the daemon over days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import click

from sequencer.cli.options import iso_time, now_option
from sequencer.config import Settings
from sequencer.daemon.passes import run_pass
from sequencer.daemon.runner import Daemon
from sequencer.ops.logs import DEFAULT_LEVEL, LEVELS, configure_logging
from sequencer.store.database import engine_for


@click.command(name="tick")
@now_option("Run the pass as of this time, ISO-8601 (default: now).")
@click.option(
    "--until",
    callback=iso_time,
    help="Simulate the daemon: a pass every --every minutes from --now until this time.",
)
@click.option("--every", default=15, show_default=True, help="Minutes between simulated passes.")
@click.pass_obj
def tick_command(
    settings: Settings, now: datetime | None, until: datetime | None, every: int
) -> None:
    """Run one dispatch pass: send every touch that is due, each exactly once.

    With no provider credentials everything goes to the outbox folder
    (SEQUENCER_OUTBOX_DIR, default ./outbox) and nothing leaves the machine.
    """
    when = now or datetime.now(UTC).replace(second=0, microsecond=0)
    engine = engine_for(settings.database_url)
    for moment in _passes(when, until, every):
        outcomes = run_pass(engine, settings, moment)
        if outcomes or until is None:
            summary = ", ".join(f"{n} {what}" for what, n in sorted(outcomes.items()))
            click.echo(f"{moment:%Y-%m-%d %H:%M} UTC: {summary or 'nothing due'}")


def _passes(start: datetime, until: datetime | None, every: int) -> Iterator[datetime]:
    """The times of the passes: `start` alone, or every `every` minutes up to `until`."""
    moment = start
    while moment <= (until or start):
        yield moment
        moment += timedelta(minutes=every)


@click.command(name="run")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, help="Port (0 picks a free one).")
@click.option("--interval", default=30.0, show_default=True, help="Seconds between passes.")
@click.option(
    "--log-level",
    type=click.Choice(LEVELS, case_sensitive=False),
    help="Logs: one JSON object per line on stdout, addresses masked."
    f"  [default: SEQUENCER_LOG_LEVEL, else {DEFAULT_LEVEL}]",
)
@click.pass_obj
def run_command(
    settings: Settings, host: str, port: int, interval: float, log_level: str | None
) -> None:
    """The daemon: send what is due, on a schedule, and serve HTTP (health at /healthz,
    Prometheus metrics at /metrics).

    SIGTERM or Ctrl-C finishes the sends in flight, then exits.
    """
    configure_logging(log_level or settings.logs.level)
    daemon = Daemon(engine_for(settings.database_url), settings, interval)

    def ready(bound: int) -> None:
        click.echo(f"sequencer running on http://{host}:{bound} (health: /healthz)", err=True)

    daemon.run(host, port, ready)
    click.echo("stopped", err=True)
