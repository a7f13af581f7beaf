"""What a reply's reading changes: applied at once when the sequence trusts a reading that sure
(`replies: {auto_apply: 0.9}`), else left for the recruiter with the suggestion (`decide`).

Every reply from a person halts them first, as it always has; what the reading says is then
applied on top, as if the recruiter had marked it (`inbound.outcomes`). Opt-outs, out-of-office
notes and bounces are not decided here: they always apply, whatever the sequence says, and
`inbound.messages` routes them to their own effects.

    label               applied (above the threshold)
    interested          the interested outcome
    not_now             paused until the date they named (none: `replies.not_now_wait`)
    accepted_elsewhere  the accepted-elsewhere outcome (default: nurture in 12 months)
    not_interested      the declined outcome: stop, and no re-enrollment for
                        `reenroll_after.declined` (12 months) unless the role changes
    wrong_person        replied: stop (they are not the person to ask; the recruiter may
                        fix the address, so nothing blocks enrolling them again)
    question, referral  never: a question wants an answer, a referral a person to add
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col

from sequencer.engine.halting import Halted, halt_person
from sequencer.errors import SequencerError
from sequencer.inbound.effects import AUTO, Effect, Incoming, once, read_as
from sequencer.inbound.intent import Label, Reading
from sequencer.inbound.outcomes import (
    READ_FROM_REPLY,
    Outcome,
    apply_outcome,
    check_until,
    described,
    settle_waiting,
)
from sequencer.spec.calendar import LocalCalendar, holiday_calendar
from sequencer.spec.sequence import Sequence
from sequencer.store.audit import record
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    Event,
    EventKind,
    ReplyReading,
    SequenceVersion,
)
from sequencer.store.versions import recall

# What each label suggests; labels left out are never applied by a reading alone.
SUGGESTED: dict[Label, Outcome] = {
    Label.INTERESTED: Outcome.INTERESTED,
    Label.NOT_NOW: Outcome.NOT_NOW,
    Label.ACCEPTED_ELSEWHERE: Outcome.ACCEPTED_ELSEWHERE,
    Label.NOT_INTERESTED: Outcome.DECLINED,
    Label.WRONG_PERSON: Outcome.REPLIED,
    Label.OPT_OUT: Outcome.OPTED_OUT,
}


def answered(reading: Reading | None, reason: str, now: datetime) -> Effect:
    """A person's reply: they are halted, what it says is kept, and applied at once when every
    sequence they were in trusts a reading this sure."""

    def effect(session: Session, event: Event) -> str:
        if event.candidate_id is None:
            halted = None
            done = "unmatched reply"
        else:
            halted = halt_person(session, event.candidate_id, reason)
            done = "halted"
        if reading is None:
            return done
        sequences = _sequences(session, event.candidate_id, halted)
        outcome = SUGGESTED.get(reading.label) if _trusted(reading, sequences) else None
        if outcome is None or event.candidate_id is None:
            read_as(reading)(session, event)
            return done
        person = session.get(CandidateRecord, event.candidate_id)
        assert person is not None
        until = _until(reading, sequences, now) if outcome is Outcome.NOT_NOW else None
        lines = apply_outcome(session, event, person, outcome, until, now, READ_FROM_REPLY)
        read_as(reading, described(outcome, until))(session, event)
        _audit(session, now, AUTO, person.id, event, outcome, until, reading.confidence)
        return "; ".join(lines)

    return effect


@dataclass(frozen=True)
class Trust:
    """What the stored sequences would apply at once: `least`, the lowest `auto_apply` of any
    of them (None: none applies a reading at once), as read from `versions`."""

    least: float | None
    versions: frozenset[str]

    def never_applies(self, reading: Reading | None) -> bool:
        """Whether `answered` would only keep `reading`, whoever sent it: no sequence stored
        trusts a reading this sure (or none suggests anything for its label)."""
        return (
            reading is None
            or self.least is None
            or reading.label not in SUGGESTED
            or reading.confidence < self.least
        )


def trust(session: Session) -> Trust:
    """`Trust` of every sequence version stored (each recalled once a process)."""
    versions = frozenset(session.execute(_VERSIONS).scalars())
    thresholds = [recall(session, version)[0].replies.auto_apply for version in versions]
    return Trust(min((t for t in thresholds if t is not None), default=None), versions)


_VERSIONS = sa.select(col(SequenceVersion.version))


def decide(
    engine: sa.Engine,
    event_id: int,
    outcome: Outcome,
    until: date | None,
    actor: str,
    now: datetime,
) -> str:
    """The recruiter settles a waiting reply: `outcome` applies as `sequencer mark` would, and
    the reply is no longer pending. A not-now without `until` takes the date the reply named."""
    with Session(engine) as session:
        event = session.get(Event, event_id)
        reading = session.get(ReplyReading, event_id)
        person = session.get(CandidateRecord, event.candidate_id) if event else None
    if event is None or person is None:
        raise SequencerError(f"no reply #{event_id} from anyone we know: see `sequencer replies`")
    if reading is not None and reading.decided_at is not None:
        raise SequencerError(
            f"reply #{event_id} was settled already ({reading.decision} by {reading.decided_by}):"
            f" use `sequencer mark {person.key} OUTCOME` to change what follows"
        )
    if outcome is Outcome.NOT_NOW and until is None and reading is not None:
        until = reading.named_date
    check_until(outcome, until, now)
    incoming = Incoming(
        key=f"decide:{event_id}",  # settled once, however many clicks race
        kind=EventKind.OUTCOME,
        occurred_at=now,
        candidate_id=person.id,
        detail=f"{described(outcome, until)} (reply #{event_id})",
    )
    lines: list[str] = []

    def effect(session: Session, outcome_event: Event) -> str:
        assert person.id is not None
        lines.extend(apply_outcome(session, outcome_event, person, outcome, until, now))
        settle_waiting(session, person.id, described(outcome, until), actor, now)
        _audit(session, now, actor, person.id, event, outcome, until)
        return "decided"

    if once(engine, incoming, now, effect) != "decided":
        raise SequencerError(f"reply #{event_id} was settled already: see `sequencer replies`")
    return "\n".join(lines)


def _sequences(session: Session, candidate_id: int | None, halted: Halted | None) -> list[Sequence]:
    """The sequences a reply is about: those the halt just stopped, else those they were in last
    (the enrollments `outcomes.concerned` names). The versions come back from the halt's own
    UPDATE; only someone in no sequence now costs a statement (built once) more."""
    if candidate_id is None:
        return []
    versions = halted.versions if halted else []
    if not versions:
        versions = list(session.execute(_LAST_VERSION, {"person": candidate_id}).scalars())
    return [recall(session, version)[0] for version in versions]


_LAST_VERSION = (
    sa.select(col(Enrollment.sequence_version))
    .where(col(Enrollment.candidate_id) == sa.bindparam("person"))
    .order_by(col(Enrollment.id).desc())
    .limit(1)
)


def _trusted(reading: Reading, sequences: list[Sequence]) -> bool:
    """Sure enough for every sequence concerned; a sequence without `auto_apply` trusts none."""
    thresholds = [s.replies.auto_apply for s in sequences]
    if not thresholds or None in thresholds:
        return False
    return reading.confidence >= max(t for t in thresholds if t is not None)


def _until(reading: Reading, sequences: list[Sequence], now: datetime) -> date:
    """The day they named, when it is ahead; else the sequence's not-now wait from today."""
    if reading.named_date is not None and reading.named_date > now.date():
        return reading.named_date
    sequence = sequences[0]
    wait = sequence.replies.not_now_wait
    calendar = LocalCalendar((ZoneInfo(sequence.timezone),), sequence.window, holiday_calendar(()))
    return calendar.add(now, wait.high, wait.unit).date()


def _audit(
    session: Session,
    now: datetime,
    actor: str,
    candidate_id: int | None,
    event: Event,
    outcome: Outcome,
    until: date | None,
    confidence: float | None = None,
) -> None:
    sure = f", read {confidence:.2f} sure" if confidence is not None else ""
    detail = f"reply #{event.id}{sure}"
    record(session, now, actor, f"outcome {described(outcome, until)}", candidate_id, detail)
