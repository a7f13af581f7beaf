"""Who may not be enrolled again yet, in words, and how a recruiter lifts it.

A person who declined ("not interested, thanks") or was rejected is held back for the
sequence's `reenroll_after` (12 and 6 months by default); a person who was hired, until a
recruiter says otherwise. The block itself is a row (`store.blocks`); this module says how
long it lasts, how `enroll` words a refusal, and which enroll option lifts which block:

    declined, rejected   `--role-changed`, and only into a sequence that says what changed
                         (`role.changes`, e.g. the shipped `role-evolved`): "this role has
                         evolved" must be the first thing they hear, never a cold opener
    hired                `--rehire`: an explicit decision (e.g. they have since left)

A reply that reads as a plain no ("not interested, thanks") and still waits for the recruiter
(the sequence did not trust the reading enough to apply it) refuses too, until it is settled:
`sequencer replies decide ID declined` blocks them; another outcome lets them in.

A block of N months ends at 00:00 UTC on the same day N calendar months later (declined on
6 Dec 2026: may be enrolled again from 6 Dec 2027; 31 Jan + 1 month: 28 or 29 Feb). A range
("12-18 months") holds them for its longer end: when unsure, don't send.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from sequencer.spec.calendar import LocalCalendar, holiday_calendar
from sequencer.spec.outcomes import ReenrollAfter
from sequencer.spec.sequence import Sequence
from sequencer.spec.timetext import SendWindow, Unit, Wait
from sequencer.store.audit import record
from sequencer.store.blocks import DECLINED, HIRED, REJECTED, block, blocking, lift
from sequencer.store.models import Event, ReenrollmentBlock, ReplyReading

RE_ENGAGEMENT = "role-evolved"  # the shipped sequence a refusal suggests
ROLE_CHANGED = (DECLINED, REJECTED)  # what `--role-changed` lifts
REHIRE = (HIRED,)  # what `--rehire` lifts
# Calendar months and days in UTC; the window plays no part in adding a wait.
# inbound.intent.Label.NOT_INTERESTED, as stored (the send side never imports the reply side).
NOT_INTERESTED = "not_interested"
_CALENDAR = LocalCalendar(
    (ZoneInfo("UTC"),), SendWindow.parse(["Daily 00:00-23:59"]), holiday_calendar(())
)


def hold_back(
    session: Session,
    candidate_id: int,
    reason: str,
    source: str,
    sequences: Iterable[Sequence],
    now: datetime,
) -> ReenrollmentBlock:
    """Block this person for `reason` ("declined", "rejected"): until the latest end that
    the sequences they were in give (none: the defaults); hired: until lifted."""
    ends = [block_end(s, reason, now) for s in sequences] or [block_end(None, reason, now)]
    until = None if None in ends else max(end for end in ends if end is not None)
    return block(session, candidate_id, reason, source, now, until)


def block_end(sequence: Sequence | None, reason: str, now: datetime) -> datetime | None:
    """When a block for `reason` that starts `now` ends (None: never by itself)."""
    if reason not in ROLE_CHANGED:
        return None
    rules = sequence.reenroll_after if sequence is not None else ReenrollAfter()
    wait: Wait = rules.declined if reason == DECLINED else rules.rejected
    end = _CALENDAR.add(now, wait.high, wait.unit)
    if wait.unit in (Unit.MINUTES, Unit.HOURS):
        return end
    return datetime.combine(end.date(), time(), UTC)


def described(entry: ReenrollmentBlock) -> str:
    """ "declined on 2026-12-06 (reply): not before 2027-12-06" """
    said = f"{entry.reason} on {entry.created_at:%Y-%m-%d} ({entry.source})"
    return f"{said}: not before {entry.until:%Y-%m-%d}" if entry.until else said


def refusal(entry: ReenrollmentBlock, sequence: Sequence) -> str:
    """Why `enroll` refuses this person, and the option that would let them in."""
    if entry.reason in REHIRE:
        return f"{described(entry)}: enroll with --rehire if they are open to a new role"
    if entry.reason not in ROLE_CHANGED:
        return described(entry)
    if says_what_changed(sequence):
        return f"{described(entry)}; enroll with --role-changed if the role has changed"
    return (
        f"{described(entry)}; if the role has changed, enroll them with --role-changed in a "
        f"sequence that says what changed (role.changes), e.g. {RE_ENGAGEMENT}"
    )


def says_what_changed(sequence: Sequence) -> bool:
    """A re-engagement sequence: its role says what changed since they said no."""
    return bool(str(sequence.role.get("changes") or "").strip())


def liftable(
    entry: ReenrollmentBlock, sequence: Sequence, role_changed: bool, rehire: bool
) -> bool:
    """Whether the options given lift this block for an enrollment in `sequence`."""
    if entry.reason in REHIRE:
        return rehire
    return entry.reason in ROLE_CHANGED and role_changed and says_what_changed(sequence)


def lift_for(
    session: Session,
    candidate_id: int,
    sequence: Sequence,
    options: tuple[bool, bool],
    actor: str,
    now: datetime,
) -> str | None:
    """Lift what `options` (role_changed, rehire) lift, audited; when another block remains
    in force, undo that and return the remaining block's refusal."""
    role_changed, rehire = options
    reasons = [*(ROLE_CHANGED if role_changed else ()), *(REHIRE if rehire else ())]
    lifted = lift(session, candidate_id, reasons, actor, now)
    remaining = blocking(session, candidate_id, now)
    if remaining is not None and not liftable(remaining, sequence, *options):
        for entry in lifted:  # they stay out: nothing was lifted after all
            entry.lifted_at, entry.lifted_by = None, None
            session.add(entry)
        return refusal(remaining, sequence)
    why = "the role has changed" if role_changed else "rehire"
    for entry in lifted:
        detail = f"{described(entry)}; {why}: enrolled in {sequence.name}"
        record(session, now, actor, f"lifted {entry.reason} block", candidate_id, detail)
    return None


def unsettled_noes(session: Session, candidate_ids: list[int]) -> dict[int, tuple[int, datetime]]:
    """Who of these people said no in a reply that still waits for the recruiter: the reply's
    number and when it came. One read for many."""
    if not candidate_ids:
        return {}
    query = (
        select(Event.candidate_id, Event.id, Event.occurred_at)
        .join(ReplyReading, col(ReplyReading.event_id) == col(Event.id))
        .where(
            col(Event.candidate_id).in_(candidate_ids),
            col(ReplyReading.label) == NOT_INTERESTED,
            col(ReplyReading.decided_at).is_(None),
        )
    )
    return {person: (reply, at) for person, reply, at in session.exec(query) if person and reply}


def unsettled_refusal(reply: int, at: datetime) -> str:
    return (
        f'replied "not interested" on {at:%Y-%m-%d} (reply #{reply} waits for you): settle '
        f"it first (sequencer replies decide {reply} declined), or enroll with --role-changed "
        "if the role has changed"
    )
