"""Send what is due, each touch exactly once, many at a time: one dispatch pass (`tick`),
and the four steps of a send, each in a module of its own.

Due enrollments are taken from the queue a small chunk at a time (`store.queue.take_due`,
`CHUNK`, leased to this worker), so a second daemon finds work even when few are due. For
each chunk:
1. **claim** (`claim`, `write`) the chunk, in one transaction (four reads for the whole
   chunk): re-check what halts sending (opted out, no longer active), re-plan each step for
   *now* (a daemon that was down never texts at night or after a deadline), keep the
   sender's pace (`pacing`: a slot is reserved at the claim, so a mailbox with a spacing
   still sends one at a time at its pace), render it, and write its send row, unique per
   (enrollment, step), as `claimed`;
then, as room frees up under `in_flight` provider calls per channel (`flight`):
2. **hand over** (`handover.hand_over_group`) the claims that fit, in one transaction, one
   wait for the disk for the whole group: the last look, `claimed` becomes `sending` only if
   the person is still active and nobody opted out (a reply that came in since the claim
   stops it here), and its channel is not paused (`pauses`);
3. **deliver** (`flight`): the provider calls of the group, on threads, outside any
   transaction; a refusal of our account holds back every send of that channel not yet
   posted;
4. **record** (`answers`) the answers that came in together, in one transaction: `sent`
   with the provider's id, and the next step planned from the moment this one went out.
While calls are in flight, the dispatcher claims the next chunk and records what landed.
A crash before 2 leaves the rows `claimed` and the enrollments due: claimed again once the
lease lapses, since nothing went out. A crash between 2 and 4 leaves at most the sends in
flight (`in_flight` per channel, and a quarter more ready behind them: `flight`) `sending`:
in doubt, shown by `status`, never re-sent, settled by the provider's events. Only the
hand-over's commit waits for the disk (`store.database.replayable`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

import sqlalchemy as sa

from sequencer.channels import Senders
from sequencer.engine.answers import record_answers
from sequencer.engine.claim import Claim, claim_many
from sequencer.engine.flight import Answer, Flight, Proven
from sequencer.engine.handover import hand_over_group, take_back
from sequencer.engine.links import Links
from sequencer.engine.pacing import Pacing
from sequencer.engine.pauses import Pauses, channel_of
from sequencer.engine.record import hold_back
from sequencer.engine.tasks import expire_tasks
from sequencer.ops.logs import send_log
from sequencer.spec.content import Content
from sequencer.store.leases import BATCH_LEASE, worker_id
from sequencer.store.queue import take_due

log = send_log

# Enrollments leased and claimed at a time: small, so that another daemon gets the next
# chunk while this one sends (and a claim's rows stay locked, on PostgreSQL, only briefly
# against a webhook that wants to halt one of them); big enough to fill the calls in flight.
CHUNK = 32
SENDS_IN_FLIGHT = 32  # provider calls waiting at once, per channel (`config.sends_in_flight`)
# How long a pass with a clock goes on taking due chunks: it ends (and the daemon's other
# work runs, a stop is heeded) at least this often while a backlog is sent. And how many
# it takes at most: every take is told the pass's earlier ones to skip (`take_due`), a
# statement that grows with them.
PASS_TIME = timedelta(seconds=10)
MOST_A_PASS = 1_000


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
    in_flight: int = SENDS_IN_FLIGHT,
    clock: Callable[[], datetime] | None = None,
    proven: Proven | None = None,
) -> Counter[str]:
    """One dispatch pass: every enrollment due by `now` (at most `limit`) that no other
    worker has taken (leased to this one for `lease`: `store.leases`), and expired tasks.
    With `pacing`, each sender's limits hold; `content`: the content files, read once a pass;
    `in_flight`: provider calls at once, per channel.

    `limit` is the most a pass takes at one reading of the time. With `clock` (the
    daemon's), each chunk after the first is claimed, handed over and recorded at a fresh
    reading, so the pass goes on while sends are due, up to `limit` a chunk, `MOST_A_PASS`
    and `PASS_TIME` by the clock: the calls in flight do not wait for a new pass to begin.
    `proven`: the daemon's memory of the channels whose provider answered lately."""
    worker = worker or worker_id()
    outcomes: Counter[str] = Counter()
    outcomes["tasks expired"] = expire_tasks(engine, now)
    ends = now + PASS_TIME
    pauses = Pauses(engine)
    taken: set[int] = set()
    waiting: list[Claim] = []  # claimed, not handed over yet: no room under the limit
    exhausted = False
    crash: BaseException | None = None
    unrecorded: list[Answer] = []  # landed, not recorded yet
    unposted: list[Claim] = []  # handed over, never posted: the pass stopped first
    with (
        Flight(senders, pauses, in_flight, proven) as flight,
        _recorded_on_failure(engine, flight, unrecorded, unposted, pauses, lambda: now),
    ):
        while True:
            if not waiting and not exhausted:  # claimed while the calls in flight wait
                if clock is not None and taken:
                    now = clock()
                size = min(CHUNK, limit - (0 if clock else len(taken)))
                due = take_due(engine, worker, now, size, lease, skip=taken)
                taken.update(due)
                enough = (
                    (now >= ends or len(taken) >= MOST_A_PASS) if clock else len(taken) >= limit
                )
                exhausted = not due or enough
                if due:
                    paused = pauses.read()  # another worker's pause counts from this chunk on
                    claims = claim_many(
                        engine, due, now, links, worker, pacing, paused, content, secret
                    )
                    outcomes.update(c for c in claims if isinstance(c, str))
                    waiting = [c for c in claims if not isinstance(c, str)]
            if not waiting and len(flight) == 0:
                if exhausted:
                    break
                continue  # none of this chunk goes now (not due, paced...): the next chunk
            # The answers already in first: the places they free count for this group, so a
            # chunk goes in one hand-over (one wait for the disk), not split in two.
            # Each answer goes to `unrecorded` as it is taken in: should the wait below fail,
            # it is recorded all the same (`_recorded_on_failure`), not left in doubt.
            landed = flight.landed(block=False)
            unrecorded += [answer for answer in landed if not answer.crashed]
            fit, waiting = flight.fitting(waiting)
            # Wait for an answer only when nothing can take off and nothing is left to claim.
            if not fit and (waiting or exhausted):
                more = flight.landed(block=True, have=len(landed))
                unrecorded += [answer for answer in more if not answer.crashed]
                landed += more
            crash = crash or next((a.error for a in landed if a.crashed), None)
            # Recorded before the next group takes off: a refusal among them is stored as a
            # pause first, so that group holds its channel's sends back instead of handing
            # them over; and a failing take-off cannot lose answers already in.
            outcomes.update(record_answers(engine, unrecorded, pauses, now))
            unrecorded.clear()
            if crash is not None:  # unforeseen: what is in flight lands, nothing more goes
                exhausted, waiting = True, []  # left `claimed`: claimed again, nothing went
                unposted += flight.unposted()
                _take_back(engine, unposted, now)  # handed over, never posted: the same
                continue
            outcomes.update(_take_off(engine, flight, fit, pauses, now))
    if crash is not None:
        raise crash  # the send it struck stays in doubt, as after a kill
    return outcomes


@contextmanager
def _recorded_on_failure(
    engine: sa.Engine,
    flight: Flight,
    unrecorded: list[Answer],
    unposted: list[Claim],
    pauses: Pauses,
    now: Callable[[], datetime],
) -> Iterator[None]:
    """Should the dispatcher's own thread fail (the database goes away during a pass, say),
    the calls in flight still land, and what came back is recorded if it can be, and what
    was handed over but never posted is claimed again, so that only the sends that truly may
    have gone stay in doubt; the failure then goes on up."""
    try:
        yield
    except BaseException:
        unposted += flight.unposted()
        while len(flight):
            unrecorded += [answer for answer in flight.landed(block=True) if not answer.crashed]
        try:
            record_answers(engine, unrecorded, pauses, now())
        except Exception:  # failing still: they stay `sending`, in doubt, as after a kill
            log.exception("could not record the answers of %d sends", len(unrecorded))
        _take_back(engine, unposted, now())
        raise


def _take_back(engine: sa.Engine, unposted: list[Claim], now: datetime) -> None:
    """`handover.take_back`, once. Should it fail, those sends stay `sending`, in doubt as
    after a kill though they never went: the log names them, for whoever settles them."""
    try:
        take_back(engine, unposted, now)
    except Exception:
        sends = [claim.send_id for claim in unposted]
        log.exception("%d sends never posted stay in doubt: %s", len(sends), sends)
    unposted.clear()


def _take_off(
    engine: sa.Engine, flight: Flight, claims: list[Claim], pauses: Pauses, now: datetime
) -> Counter[str]:
    """Hand over `claims` (those of a paused channel held back instead) and post them."""
    outcomes: Counter[str] = Counter()
    going = []
    for claim in claims:
        held = pauses.get(channel_of(claim.message))
        if held is not None:
            outcomes[hold_back(engine, claim, held, now, handed=False)] += 1
        else:
            going.append(claim)
    stopped = hand_over_group(engine, going, now)
    outcomes.update(why for why in stopped if why)
    flight.post(claim for claim, why in zip(going, stopped, strict=True) if not why)
    return outcomes


def send_claimed(
    engine: sa.Engine,
    claim: Claim,
    senders: Senders,
    now: datetime,
    pauses: Pauses | None = None,
) -> str:
    """Deliver and record one claimed touch, unless the person answered or opted out since,
    or its channel was paused since."""
    pauses = pauses or Pauses(engine)
    with Flight(senders, pauses, 1) as flight:
        outcomes = _take_off(engine, flight, [claim], pauses, now)
        landed: list[Answer] = flight.landed(block=True)
    if outcomes:
        [outcome] = outcomes
        return outcome
    [answer] = landed
    if answer.crashed:
        assert answer.error is not None
        raise answer.error
    [outcome] = record_answers(engine, landed, pauses, now)
    return outcome
