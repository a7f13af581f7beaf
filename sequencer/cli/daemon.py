"""Sending: `run` is the daemon (passes on a schedule, plus HTTP); `tick` is one pass by hand,
or a simulation of the daemon over days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import click

from sequencer.cli.options import database, iso_time, now_option
from sequencer.config import Settings
from sequencer.daemon.passes import run_pass
from sequencer.daemon.runner import Daemon
from sequencer.ops.logs import DEFAULT_LEVEL, LEVELS, configure_logging
from sequencer.reports.terminal import progress
from sequencer.reports.wording import pass_summary, simulated_day
from sequencer.web.serve import Listener


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


def _port(value: int) -> int:
    # Checked here, where it can say so: the socket library's OverflowError says "0-65535".
    if not 0 <= value <= 65535:
        raise click.BadParameter(
            f"port {value} is not a port number (1-65535, or 0 for any free one)"
        )
    return value


def _passes(start: datetime, until: datetime | None, every: int) -> Iterator[datetime]:
    """The times of the passes: `start` alone, or every `every` minutes up to `until`."""
    moment = start
    while moment <= (until or start):
        yield moment
        moment += timedelta(minutes=every)


OFF = "off"


def _dashboard_port(value: str | None) -> int | str | None:
    """A port, "off" (no pages), or None: not given, so the settings decide."""
    if value is None:
        return None
    if value.strip().lower() == OFF:
        return OFF
    if not (value.isascii() and value.isdigit()):
        raise click.BadParameter(f"{value} is not a port number (1-65535, 0, or off)")
    return _port(int(value))


@click.command(name="run")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address for the webhooks.")
@click.option(
    "--port",
    default=8080,
    show_default=True,
    callback=lambda _ctx, _param, value: _port(value),
    help="Port for the webhooks (0 picks a free one).",
)
@click.option(
    "--dashboard-host",
    help="Address for the recruiters' pages.  [default: SEQUENCER_DASHBOARD_HOST, else 127.0.0.1]",
)
@click.option(
    "--dashboard-port",
    callback=lambda _ctx, _param, value: _dashboard_port(value),
    help="Port for the pages, or off.  [default: SEQUENCER_DASHBOARD_PORT, else 8026]",
)
@click.option("--interval", default=30.0, show_default=True, help="Seconds between passes.")
@click.option(
    "--log-level",
    type=click.Choice(LEVELS, case_sensitive=False),
    help="Logs: one JSON object per line on stdout, addresses masked."
    f"  [default: SEQUENCER_LOG_LEVEL, else {DEFAULT_LEVEL}]",
)
@click.pass_obj
def run_command(
    settings: Settings,
    host: str,
    port: int,
    dashboard_host: str | None,
    dashboard_port: int | str | None,
    interval: float,
    log_level: str | None,
) -> None:
    """The daemon: send what is due, on a schedule, and serve HTTP: the providers' webhooks
    (health at /healthz, Prometheus metrics at /metrics) on --host/--port, and the recruiters'
    pages on --dashboard-host/--dashboard-port.

    SIGTERM or Ctrl-C finishes the sends in flight, then exits.
    """
    configure_logging(log_level or settings.logs.level)
    daemon = Daemon(database(settings), settings, interval)
    pages_host = dashboard_host or settings.web.dashboard_host
    pages_port = settings.web.dashboard_port
    if dashboard_port is not None:
        pages_port = None if dashboard_port == OFF else int(dashboard_port)

    def ready(listeners: list[Listener], ports: list[int]) -> None:
        webhooks, *dashboard = [
            f"http://{at.host}:{bound}" for at, bound in zip(listeners, ports, strict=True)
        ]
        click.echo(f"sequencer running on {webhooks} (health: /healthz)", err=True)
        for url in dashboard:
            click.echo(f"recruiters' pages on {url}", err=True)

    daemon.run(host, port, ready, (pages_host, pages_port))
    click.echo("stopped", err=True)
