"""One pass of the daemon (and of `sequencer tick`): send what is due, move people whose
sequence ended to the next one, tell recruiters about replies and opt-outs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import sqlalchemy as sa

from sequencer.channels.wiring import providers
from sequencer.config import Settings
from sequencer.engine.dispatch import Senders, tick
from sequencer.engine.links import links_from
from sequencer.engine.pacing import pacing_from
from sequencer.inbound.notify import notify_recruiters
from sequencer.inbound.outcomes import start_follow_ons
from sequencer.spec.validate import named_loader
from sequencer.store.leases import hold, worker_id

HOUSEKEEPING = "housekeeping"
HOUSEKEEPING_LEASE = timedelta(minutes=2)


def run_pass(
    engine: sa.Engine,
    settings: Settings,
    now: datetime,
    worker: str | None = None,
    watch: Callable[[Senders], Senders] | None = None,
) -> dict[str, int]:
    """What happened, by outcome (only what did). Sending is shared by every worker;
    moving people on and telling recruiters is done by one worker at a time. `watch` wraps
    the senders that reach candidates (the daemon counts each provider call with it)."""
    worker = worker or worker_id()
    env = settings.provider
    senders = Senders(*providers(env, settings.outbox_dir, now))
    to_candidates = watch(senders) if watch else senders
    pacing = pacing_from(env)
    outcomes = tick(engine, to_candidates, now, links_from(env), worker=worker, pacing=pacing)
    if hold(engine, HOUSEKEEPING, worker, now, HOUSEKEEPING_LEASE):
        load = named_loader(settings.sequences_dir, settings.templates_dir)
        outcomes["moved on"] = start_follow_ons(engine, load, now)
        outcomes["recruiters told"] = notify_recruiters(engine, senders.email, env, now)
    return {what: n for what, n in outcomes.items() if n}
