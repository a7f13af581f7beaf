"""One pass of the daemon (and of `sequencer tick`): send what is due, move people whose
sequence ended to the next one, tell recruiters about replies and opt-outs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import sqlalchemy as sa

from sequencer.channels import Senders
from sequencer.channels.wiring import providers
from sequencer.config import Settings, reveal
from sequencer.engine.dispatch import tick
from sequencer.engine.flight import Proven
from sequencer.engine.follow_ons import start_follow_ons
from sequencer.engine.forgetting import retention_pass
from sequencer.engine.links import links_from
from sequencer.engine.pacing import pacing_from
from sequencer.engine.pauses import resume
from sequencer.inbound.notify import notify_recruiters
from sequencer.spec.content import Content
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
    clock: Callable[[], datetime] | None = None,
    proven: Proven | None = None,
) -> dict[str, int]:
    """What happened, by outcome (only what did). Sending is shared by every worker;
    moving people on and telling recruiters is done by one worker at a time. `watch` wraps
    the senders that reach candidates (the daemon counts each provider call with it).
    `settings` were checked once, at start: a pass builds its senders and parses nothing.
    A channel paused because its provider refused our account gets its test call first, when
    its turn has come, so what it held goes out in this very pass once the call succeeds.
    With `clock` (the daemon's), a backlog is sent in passes of up to 1,000 sends or 10 s
    (`dispatch.MOST_A_PASS`, `PASS_TIME`), each chunk at the time the clock then says;
    without, up to 500 at `now` (`sequencer tick`). `proven`: the daemon's memory of the
    channels whose provider answered lately (`flight.Proven`), so that only the first of its
    passes sends a channel's first call alone."""
    worker = worker or worker_id()
    senders = Senders(*providers(settings, now))
    resumed = resume(engine, senders, now)
    to_candidates = watch(senders) if watch else senders
    pacing, links = pacing_from(settings.pacing, settings.twilio), links_from(settings.web)
    lease = timedelta(seconds=settings.lease_seconds)  # the daemon's heartbeat renews it
    content = Content(settings.content_dir)  # read afresh each pass: edits reach the next send
    outcomes = tick(
        engine,
        to_candidates,
        now,
        links,
        worker=worker,
        pacing=pacing,
        lease=lease,
        content=content,
        secret=reveal(settings.web.secret_key),  # anyone erased at their request is halted
        in_flight=settings.sends_in_flight,  # SEQUENCER_SENDS_IN_FLIGHT, per channel
        clock=clock,
        proven=proven,
    )
    outcomes["channels resumed"] = resumed
    if hold(engine, HOUSEKEEPING, worker, now, HOUSEKEEPING_LEASE):
        load = named_loader(settings.sequences_dir, settings.templates_dir, settings.content_dir)
        outcomes["moved on"] = start_follow_ons(engine, load, now)
        # "recruiters told", and "recruiter notices failed" (counted in /metrics)
        outcomes.update(notify_recruiters(engine, senders.email, settings.notify_email, now))
        # SEQUENCER_RETENTION_MONTHS: people idle that long are forgotten (once an hour)
        months, secret = settings.privacy.retention_months, reveal(settings.web.secret_key)
        outcomes["forgotten"] = retention_pass(engine, months, now, secret, settings.outbox_dir)
    return {what: n for what, n in outcomes.items() if n}
