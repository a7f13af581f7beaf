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
   since the claim stops it here);
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
from datetime import datetime

import sqlalchemy as sa

from sequencer.channels import Rejected, RetryLater, Senders
from sequencer.engine.claim import Claim, claim_many
from sequencer.engine.handover import hand_over
from sequencer.engine.links import Links
from sequencer.engine.pacing import Pacing
from sequencer.engine.record import deliver, fail, record, retry
from sequencer.engine.tasks import expire_tasks
from sequencer.store.leases import worker_id
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
) -> Counter[str]:
    """One dispatch pass: every enrollment due by `now` (at most `limit`) that no other
    worker has taken, and expired tasks. With `pacing`, each sender's limits hold."""
    worker = worker or worker_id()
    outcomes: Counter[str] = Counter()
    outcomes["tasks expired"] = expire_tasks(engine, now)
    due = take_due(engine, worker, now, limit)
    for start in range(0, len(due), CHUNK):
        for claimed in claim_many(engine, due[start : start + CHUNK], now, links, worker, pacing):
            outcome = (
                claimed if isinstance(claimed, str) else send_claimed(engine, claimed, senders, now)
            )
            outcomes[outcome] += 1
    return outcomes


def send_claimed(engine: sa.Engine, claim: Claim, senders: Senders, now: datetime) -> str:
    """Deliver and record a claimed touch, unless the person answered or opted out since."""
    stopped = hand_over(engine, claim, now)
    if stopped:
        return stopped
    try:
        receipt, note = deliver(senders, claim.message)
    except RetryLater as exc:
        return retry(engine, claim, exc, now)
    except Rejected as exc:
        return fail(engine, claim, exc, now)
    record(engine, claim, receipt, note, now)
    return "sent"
