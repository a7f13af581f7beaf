"""`sequencer funnel` and the Sequences page: per sequence and step, how many touches went
out, were delivered, opened, clicked, and how many people answered, booked a meeting, applied,
bounced or opted out after it, each also as a share of the touches sent.

Delivery events name their send. A reply often does not (a text, an email whose client
dropped the headers), and a booking or an application (from a scheduling tool or an ATS)
never does: each is counted against the person's last touch before it, in whichever
sequence that was: the touch that led to it.

Everything is counted by the database (grouped queries, whatever the number of sends), and
remembered per block of sends: after a change, only the block it touched is counted again.
"""

from __future__ import annotations

import math
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from sequencer.errors import SequencerError
from sequencer.store.models import Enrollment, Event, EventKind, Send, SendStatus, SequenceVersion
from sequencer.store.versions import recall

COLUMNS = (
    "sent",
    "delivered",
    "opened",
    "clicked",
    "replied",
    "booked",
    "applied",
    "bounced",
    "opted out",
)
BY_SEND = {
    EventKind.DELIVERED: "delivered",
    EventKind.OPENED: "opened",
    EventKind.CLICKED: "clicked",
    EventKind.BOUNCE: "bounced",
}
BY_PERSON = {
    EventKind.REPLY: "replied",
    EventKind.MEETING_BOOKED: "booked",
    EventKind.APPLIED: "applied",
    EventKind.OPT_OUT: "opted out",
}
REMEMBERED = 64  # funnels kept (sequence × owner × database) while nothing they count changes


@dataclass
class Funnel:
    sequence: str
    steps: list[str]
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def rows(self) -> list[str]:
        """The steps in the order of the newest version, then any the newest no longer has."""
        return self.steps + sorted(set(self.counts) - set(self.steps))

    def rate(self, step: str, column: str) -> float | None:
        """This column as a share of the step's touches sent; None when none was sent."""
        counts = self.counts.get(step, Counter())
        return counts[column] / counts["sent"] if counts["sent"] else None


def funnel(
    engine: sa.Engine, sequence_name: str | None = None, owner: str | None = None
) -> list[Funnel]:
    """Per sequence (or the one named), per step; with `owner`, only the sends to the people
    that recruiter enrolled. A name nobody was ever enrolled in is an error naming the known
    ones: a typo must not read as "nothing sent yet"."""
    with Session(engine) as session:
        if sequence_name:
            _known(session, sequence_name)
        cells = _cached(session, (str(engine.url), sequence_name, owner))
        funnels: dict[str, Funnel] = {}
        for name, step, column, count in cells:
            if name not in funnels:
                funnels[name] = Funnel(name, _steps(session, name))
            funnels[name].counts[step][column] += count
    return [funnels[name] for name in sorted(funnels)]


def _known(session: Session, name: str) -> None:
    known = set(session.exec(select(SequenceVersion.name)))
    if name not in known:
        names = ", ".join(sorted(known)) or "none yet (`sequencer enroll` starts one)"
        raise SequencerError(
            f"nobody was ever enrolled in {name!r}: check the name; known: {names}"
        )


def _steps(session: Session, name: str) -> list[str]:
    """The steps of the sequence's newest stored version, in order."""
    query = select(SequenceVersion.version).where(SequenceVersion.name == name)
    newest = session.exec(query.order_by(col(SequenceVersion.created_at).desc())).first()
    return [step.id for step in recall(session, newest)[0].steps] if newest else []


# --- counting, remembered per block of sends while nothing in the block has changed --------

Cell = tuple[str, str, str, int]  # sequence, step, column, count (cells that are not zero)
Key = tuple[str, str | None, str | None]  # database, sequence, owner
Stamp = tuple[int, int]  # sends sent, events
# Sends are counted BLOCK ids at a time: a delivery, an open or a send that goes out recounts
# the one block it belongs to (~1/25th of the work with 200,000 sends), not every send.
BLOCK = 8192
UNITED = 200  # blocks checked per statement (SQLite unites at most 500 selects in one)
# The block holding what people did (replies, bookings, applications, opt-outs), counted per
# person, not per send.
ANSWERS = -1
_remembered: dict[Key, dict[int, tuple[Stamp, list[Cell]]]] = {}
_lock = threading.Lock()


def _cached(session: Session, key: Key) -> list[Cell]:
    """The cells, each block of sends counted again only when something in it has changed:
    with 100,000 people, counting every send and event takes about a second, the check (one
    range count per block) 30 ms on SQLite and 60-100 ms on PostgreSQL, a block 25 ms.

    A send that went out never changes status again and events are never deleted, so a
    block's number of sends sent and of events about them grow with every change its counts
    could show; an owner and a sequence name never change on an enrollment. Replies and
    opt-outs count against the person's last touch, in any block: they are counted again when
    a touch goes out or an answer arrives."""
    stamps = _stamps(session)
    with _lock:
        known = dict(_remembered.get(key, {}))
    stale = sorted(b for b, stamp in stamps.items() if known.get(b, (None,))[0] != stamp)
    counted = _count_blocks(session, key[1], key[2], [b for b in stale if b != ANSWERS])
    if ANSWERS in stale:
        counted[ANSWERS] = _by_person(session, key[1], key[2])
    blocks = {b: (stamps[b], counted[b] if b in counted else known[b][1]) for b in stamps}
    with _lock:
        if key not in _remembered and len(_remembered) >= REMEMBERED:
            _remembered.pop(next(iter(_remembered)))
        _remembered[key] = blocks
    return [cell for _, cells in blocks.values() for cell in cells]


def _stamps(session: Session) -> dict[int, Stamp]:
    """Per block of send ids, its sends sent and the events about them; under ANSWERS, every
    send sent and every reply and opt-out (what counting the answers depends on). One range
    count per block, read from the indexes (five times faster than grouping by block)."""
    last = session.execute(sa.select(func.max(Send.id))).scalar() or 0
    stamps: dict[int, Stamp] = {}
    every = range(last // BLOCK + 1)
    for some in (every[i : i + UNITED] for i in range(0, len(every), UNITED)):
        rows = session.execute(sa.union_all(*(_stamp_of(block) for block in some)))
        stamps.update({block: (sent, events) for block, sent, events in rows})
    answers = sa.select(func.count()).where(col(Event.kind).in_(list(BY_PERSON)))
    every_sent = sum(sent for sent, _ in stamps.values())
    stamps[ANSWERS] = (every_sent, session.execute(answers).scalar_one())
    return stamps


def _stamp_of(block: int) -> sa.Select[Any]:
    sent = sa.select(func.count()).where(
        col(Send.status) == SendStatus.SENT, *_within(col(Send.id), block)
    )
    events = sa.select(func.count()).where(*_within(col(Event.send_id), block))
    return sa.select(sa.literal(block), sent.scalar_subquery(), events.scalar_subquery())


def _within(column: Any, first: int, last: int | None = None) -> list[Any]:
    """The conditions of an id in the blocks from `first` to `last` (or `first` alone)."""
    return [column >= first * BLOCK, column < ((first if last is None else last) + 1) * BLOCK]


def _count_blocks(
    session: Session, name: str | None, owner: str | None, blocks: list[int]
) -> dict[int, list[Cell]]:
    """The cells of these blocks, one query per run of neighbouring blocks."""
    counted: dict[int, list[Cell]] = {b: [] for b in blocks}
    for first, last in _runs(blocks):
        sends = _within(col(Send.id), first, last)
        # Said of the events too: PostgreSQL does not carry a range across a join by itself.
        events = sends + _within(col(Event.send_id), first, last)
        queries = (_sent(name, owner).where(*sends), _by_send(name, owner).where(*events))
        for query, column_of in zip(queries, (None, BY_SEND), strict=True):
            for block, sequence, step, kind, count in session.execute(query):
                column = "sent" if column_of is None else column_of[EventKind(kind)]
                counted[block].append((sequence, step, column, count))
    return counted


def _runs(blocks: list[int]) -> list[tuple[int, int]]:
    """Sorted block numbers as (first, last) runs of neighbours: [1, 2, 3, 7] → (1, 3), (7, 7)."""
    runs: list[tuple[int, int]] = []
    for b in blocks:
        if runs and runs[-1][1] == b - 1:
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((b, b))
    return runs


_sequence, _step = col(Enrollment.sequence_name), col(Send.step_id)


def _sent_sends(name: str | None, owner: str | None) -> list[Any]:
    """The conditions of a send that went out (of the named sequence, to the owner's people)."""
    conditions = [
        col(Send.enrollment_id) == col(Enrollment.id),
        col(Send.status) == SendStatus.SENT,
    ]
    conditions += [_sequence == name] if name else []
    return conditions + ([col(Enrollment.owner) == owner] if owner else [])


def _sent(name: str | None, owner: str | None) -> sa.Select[*tuple[Any, ...]]:
    block = col(Send.id) // BLOCK
    return (
        sa.select(block, _sequence, _step, sa.literal("sent"), func.count())
        .where(*_sent_sends(name, owner))
        .group_by(block, _sequence, _step)
    )


def _by_send(name: str | None, owner: str | None) -> sa.Select[*tuple[Any, ...]]:
    """Sends with a delivery, an open, a click, a bounce: each send once per kind."""
    block = col(Send.id) // BLOCK
    return (
        sa.select(block, _sequence, _step, col(Event.kind), func.count(sa.distinct(col(Send.id))))
        .where(
            col(Event.send_id) == col(Send.id),
            col(Event.kind).in_(list(BY_SEND)),
            *_sent_sends(name, owner),
        )
        .group_by(block, _sequence, _step, col(Event.kind))
    )


def _by_person(session: Session, name: str | None, owner: str | None) -> list[Cell]:
    """People who replied, booked, applied or opted out, each against their last touch before
    it, counted once per person (not per message). Reads the answers and the touches of those
    who answered: a few rows per answer, however many were sent to."""
    answers = sa.select(col(Event.candidate_id), col(Event.kind), col(Event.occurred_at)).where(
        col(Event.kind).in_(list(BY_PERSON)), col(Event.candidate_id).is_not(None)
    )
    answering = sa.select(col(Event.candidate_id)).where(col(Event.kind).in_(list(BY_PERSON)))
    touches = sa.select(
        col(Enrollment.candidate_id),
        col(Send.status),
        col(Send.sent_at),
        _sequence,
        _step,
        col(Enrollment.owner),
    ).where(
        col(Send.enrollment_id) == col(Enrollment.id),
        col(Enrollment.candidate_id).in_(answering.scalar_subquery()),
    )
    # The status is checked here, not in SQL: a database that filters on it first reads
    # every send (its index is the likelier pick) instead of a few per person.
    sent: dict[int, list[tuple[datetime, str, str, str | None]]] = defaultdict(list)
    for person, status, at, sequence, step, their_owner in session.execute(touches):
        if status == SendStatus.SENT and at is not None:
            sent[person].append((at, sequence, step, their_owner))
    counted: set[tuple[int, str, str, str]] = set()
    for person, kind, occurred_at in session.execute(answers):
        before = [touch for touch in sent.get(person, []) if touch[0] <= occurred_at]
        if before:
            _, sequence, step, their_owner = max(before, key=lambda touch: touch[0])
            if (not name or sequence == name) and (not owner or their_owner == owner):
                counted.add((person, sequence, step, BY_PERSON[EventKind(kind)]))
    people = Counter((sequence, step, column) for _, sequence, step, column in counted)
    return [(sequence, step, column, n) for (sequence, step, column), n in people.items()]


def percent(rate: float | None) -> str:
    """A rate as people read it: "40%", "<1%" for a few in many, "–" when nothing was sent."""
    if rate is None:
        return "–"
    if 0 < rate < 0.005:
        return "<1%"
    return f"{math.floor(rate * 100 + 0.5)}%"  # half up, as people round: 1 in 8 is 13%


def format_funnel(funnels: list[Funnel]) -> str:
    """Counts, and beside each the share of the step's touches sent."""
    if not funnels:
        return "nothing sent yet\n"
    lines: list[str] = []
    for each in funnels:
        lines.append(f"{each.sequence}")
        lines.append(f"  {'step':<18}{'sent':>7}" + "".join(f"{c:>15}" for c in COLUMNS[1:]))
        for step in each.rows():
            counts = each.counts.get(step, Counter())
            cells = "".join(f"{counts[c]:>9} {percent(each.rate(step, c)):>5}" for c in COLUMNS[1:])
            lines.append(f"  {step:<18}{counts['sent']:>7}" + cells)
        lines.append("")
    return "\n".join(lines)
