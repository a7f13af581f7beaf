"""`sequencer run`: the daemon (passes on a schedule, plus HTTP)."""

from __future__ import annotations

import click

from sequencer.cli.options import database
from sequencer.config import Settings
from sequencer.daemon.runner import Daemon
from sequencer.ops.logs import DEFAULT_LEVEL, LEVELS, configure_logging
from sequencer.web.serve import Listener


def _port(value: int) -> int:
    # Checked here, where it can say so: the socket library's OverflowError says "0-65535".
    if not 0 <= value <= 65535:
        raise click.BadParameter(
            f"port {value} is not a port number (1-65535, or 0 for any free one)"
        )
    return value


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
