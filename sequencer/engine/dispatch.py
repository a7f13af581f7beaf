"""Send what is due, each touch exactly once: one dispatch pass (`tick`) and the four steps
of a send, each in a module of its own.

Due enrollments are taken from the queue (`store.queue.take_due`, leased to this worker)
and go in chunks:
1. **claim** (`claim`, `write`) a chunk, in one transaction (four reads for the whole chunk):
   re-check what halts sending (opted out, no longer active), re-plan each step for *now* (a
   daemon that was down never texts at night or after a deadline), render it, and write its
   send row, unique per (enrollment, step), as `claimed`;
then for each claimed send, one after another:
2. **hand over** (`handover`), in one short transaction, the last look: `claimed` becomes
   `sending` only if the person is still active and nobody opted out (a reply that came in
   since the claim stops it here), and its channel is not paused (`pauses`);
3. **deliver** (`record.deliver`): call the provider, outside any transaction;
4. **record** (`record`), in one transaction: `sent` with the provider's id, and plan the
   next step from the moment this one actually went out.
A crash before 2 leaves the row `claimed` and the enrollment due: claimed again once its lease
lapses, since nothing went out. A crash between 2 and 4 leaves it `sending`: in doubt, shown
by `status`, never re-sent, settled by the provider's events. Only the hand-over's commit
waits for the disk (`store.database.replayable`).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

import sqlalchemy as sa

from sequencer.channels import AccountRefused, Rejected, RetryLater, Senders
from sequencer.engine.claim import Claim, claim_many
from sequencer.engine.handover import hand_over
from sequencer.engine.links import Links
from sequencer.engine.pacing import Pacing
from sequencer.engine.pauses import Pauses, channel_of
from sequencer.engine.record import deliver, fail, hold_back, record, retry
from sequencer.engine.tasks import expire_tasks
from sequencer.spec.content import Content
from sequencer.store.leases import BATCH_LEASE, worker_id
from sequencer.store.queue import take_due

# Enrollments claimed in one transaction. Bigger chunks save little more, and hold their
# rows locked (PostgreSQL) longer against a webhook that wants to halt one of them.
CHUNK = 50


def tick(
    engine: sa.Engine,
    senders: Senders,
    now: datetime,
    links: Links | None = None,
    limit: int = 500,
    worker: str | None = None,
    pacing: Pacing | None = None,
    lease: timedelta = BATCH_LEASE,
    content: Content | None = None,
    secret: str | None = None,
) -> Counter[str]:
    """One dispatch pass: every enrollment due by `now` (at most `limit`) that no other
    worker has taken (leased to this one for `lease`: `store.leases`), and expired tasks.
    With `pacing`, each sender's limits hold; `content`: the content files, read once a pass."""
    worker = worker or worker_id()
    outcomes: Counter[str] = Counter()
    outcomes["tasks expired"] = expire_tasks(engine, now)
    due = take_due(engine, worker, now, limit, lease)
    pauses = Pauses(engine)
    for start in range(0, len(due), CHUNK):
        chunk = due[start : start + CHUNK]
        paused = pauses.read()  # another worker's pause counts from the next chunk on
        claims = claim_many(engine, chunk, now, links, worker, pacing, paused, content, secret)
        for claimed in claims:
            outcome = (
                claimed
                if isinstance(claimed, str)
                else send_claimed(engine, claimed, senders, now, pauses)
            )
            outcomes[outcome] += 1
    return outcomes


def send_claimed(
    engine: sa.Engine,
    claim: Claim,
    senders: Senders,
    now: datetime,
    pauses: Pauses | None = None,
) -> str:
    """Deliver and record a claimed touch, unless the person answered or opted out since,
    or its channel was paused since (by this pass, a moment ago)."""
    pauses = pauses or Pauses(engine)
    channel = channel_of(claim.message)
    held = pauses.get(channel)
    if held is not None:
        return hold_back(engine, claim, held, now, handed=False)
    stopped = hand_over(engine, claim, now)
    if stopped:
        return stopped
    try:
        receipt, note = deliver(senders, claim.message, pauses, now)
    except AccountRefused as exc:
        assert channel is not None
        return hold_back(engine, claim, pauses.refused(channel, exc, now), now, handed=True)
    except RetryLater as exc:
        return retry(engine, claim, exc, now)
    except Rejected as exc:
        return fail(engine, claim, exc, now)
    record(engine, claim, receipt, note, now)
    return "sent"
