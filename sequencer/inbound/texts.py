"""A text someone sent us, in two halves: `read_text` (what it says: its keyword meaning and
its reading, CPU only, in the request's own thread) and `apply_text` (what it changes, in a
transaction it is handed). `receive_text` does both, in a transaction of its own;
`grouped.TextWriter` applies the texts waiting at once in one transaction, one wait for the
disk for all of them.

    STOP...   opt-out: suppressed on every channel, consent to texts and calls withdrawn
    START...  opt-in, from someone whose texted STOP closed their numbers; else a reply
    HELP      recorded, and answered with our help text (again, when it is redelivered)
    a reply   halts them; its reading is kept and maybe applied (`decisions.answered`)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from sequencer.channels.facts import SendEvent, TextIn
from sequencer.engine.halting import halt_people
from sequencer.inbound import intent
from sequencer.inbound.decisions import Trust, answered, trust
from sequencer.inbound.effects import (
    Incoming,
    SentFrom,
    apply_once,
    opted_in,
    opted_out,
    reading_row,
    record_only,
    record_readings,
    recorded_rows,
    seen,
    storable,
    texted_consent,
)
from sequencer.inbound.intent import Label, Reading
from sequencer.inbound.matching import forgotten, lock_people, person_at_each, person_id
from sequencer.inbound.receive import both, receive_event
from sequencer.inbound.replying import DETAIL_LIMIT, dropped, keep, understood, with_kind
from sequencer.inbound.text import TextMeaning, meaning_of_text
from sequencer.people.addresses import normal_address
from sequencer.store.models import Enrollment, Event, EventKind
from sequencer.store.suppression import TEXTED, is_suppressed
from sequencer.store.versions import recall

REPLIED = "replied by text"  # why a reply by text halts them


@dataclass(frozen=True)
class ReadText:
    """A text and what it says, read before any transaction: `meaning` by its keywords,
    `reading` by `inbound.intent` (for anything that may turn out to be a reply)."""

    fact: TextIn
    meaning: TextMeaning
    reading: Reading | None
    now: datetime

    @property
    def key(self) -> str:
        return storable(Incoming(self.fact.key, EventKind.REPLY, self.now)).key


class Forgotten(Exception):
    """The sender of a text was erased at their request: the transaction must roll back."""


def receive_text(
    engine: sa.Engine, fact: TextIn | SendEvent | None, now: datetime, secret: str | None = None
) -> str | None:
    """A text someone sent us, or what the provider says of one of ours (None: nothing to
    act on); returns the text to answer with, if any. `secret`: to drop what comes from
    someone erased at their request (`matching.forgotten`)."""
    if isinstance(fact, TextIn):
        return apply_alone(engine, read_text(fact, now), secret)
    receive_event(engine, fact, now, secret)
    return None


def read_text(fact: TextIn, now: datetime) -> ReadText:
    meaning = meaning_of_text(fact.body, fact.keyword)
    reading = None
    if meaning is not TextMeaning.HELP:  # an opt-in may be a reply ("YES"): see `_meant`
        day = (fact.occurred_at or now).date()
        reading = understood(intent.read_reply, fact.body, day, channel="sms")
    return ReadText(fact, meaning, reading, now)


def apply_alone(engine: sa.Engine, text: ReadText, secret: str | None) -> str | None:
    """`text` applied in a transaction of its own; its answer.

    The sender's turn is taken first (`lock_people`), as a group takes it (`grouped`): else
    a copy of a text (Twilio's retry, at another listener process) would store its key, then
    wait for the person (or the STOP's suppression) a group holds, while the group waits for
    that key, and PostgreSQL would break the deadlock with an error."""
    try:
        with Session(engine) as session, session.begin():
            if text.fact.sender:
                lock_people(session, [normal_address(text.fact.sender)])
            return apply_text(session, text, secret)
    except Forgotten:  # raised in the transaction, which rolled back: nothing stored
        dropped("a text")
        return None
    except sa.exc.IntegrityError:
        with Session(engine) as session:
            if seen(session, [text.key]):
                return answer_again(session, text)
        raise  # another row clashed: let the provider retry, and it will see that row


def apply_text(session: Session, text: ReadText, secret: str | None) -> str | None:
    """Record `text` and apply what it means in `session`'s transaction; the text to answer
    with, if any. Raises Forgotten (the caller rolls back), and IntegrityError when its key
    was recorded already."""
    fact, reading, now = text.fact, text.reading, text.now
    sender, body = fact.sender, fact.body
    meaning = _meant(session, text)
    incoming = Incoming(
        key=fact.key,
        kind=EventKind.REPLY,
        occurred_at=fact.occurred_at or now,
        channel=fact.channel,
        detail=body[:DETAIL_LIMIT],
    )

    def refuse_the_erased(session: Session, person: int | None) -> None:
        if forgotten(session, None, person, sender, secret):
            raise Forgotten

    sender_of = SentFrom(normal_address(sender) if sender else "", refuse_the_erased)
    said = f"{TEXTED} {body.strip()[:40]!r}"
    if meaning is TextMeaning.OPT_OUT:
        stop = both(
            keep(reading, Label.OPT_OUT, "opted-out"),
            texted_consent(sender, False, said),
            opted_out([sender], said),
        )
        apply_once(session, with_kind(incoming, EventKind.OPT_OUT), now, stop, sender_of)
    elif meaning is TextMeaning.OPT_IN:
        opt_in = both(texted_consent(sender, True, said), opted_in(sender, texted=True))
        apply_once(session, with_kind(incoming, EventKind.OPT_IN), now, opt_in, sender_of)
    elif meaning is TextMeaning.HELP:
        answers: list[str] = []

        def answer(session: Session, event: Event) -> str:
            answers.append(help_text(session, event.candidate_id))
            return record_only(session, event)

        apply_once(session, with_kind(incoming, EventKind.HELP), now, answer, sender_of)
        return answers[0]
    else:
        replied = answered(reading, REPLIED, now)
        apply_once(session, incoming, now, replied, sender_of)
    return None


def _meant(session: Session, text: ReadText) -> TextMeaning:
    """What the text means, where it depends on what went before (read in the transaction
    that applies it, so two texts of one person in one group are taken in their order)."""
    meaning, reading = text.meaning, text.reading
    if meaning is TextMeaning.OPT_IN and not is_suppressed(session, [text.fact.sender]):
        # "YES" is an opt-in keyword, but from someone who never opted out it answers our
        # question ("open to a call?"): a reply.
        meaning = TextMeaning.REPLY
    if meaning is TextMeaning.REPLY and reading and reading.label is Label.OPT_OUT:
        meaning = TextMeaning.OPT_OUT  # any doubt between stopping and anything else: stop
    return meaning


def answer_again(session: Session, text: ReadText) -> str | None:
    """What a redelivered text is answered with: a HELP gets our help text again; the rest
    were answered already, with nothing."""
    if text.meaning is not TextMeaning.HELP:
        return None
    sender = normal_address(text.fact.sender) if text.fact.sender else ""
    return help_text(session, person_id(session, None, sender))


def help_text(session: Session, person: int | None) -> str:
    # The version of their latest enrollment alone, not its row as an ORM object: a
    # quarter less of the writer's CPU for a HELP on SQLite.
    latest = (
        session.execute(_LATEST_VERSION, {"person": person}).scalar()
        if person is not None
        else None
    )
    sender: Mapping[str, Any] = {}
    if latest is not None:
        sender = recall(session, latest)[0].sender
    who = ", ".join(str(sender[k]) for k in ("name", "company") if sender.get(k)) or "A recruiter"
    contact = sender.get("email") or sender.get("phone_display") or ""
    reach = f" Questions: {contact}." if contact else ""
    return f"{who} (recruiting).{reach} Reply STOP to opt out of texts."


_LATEST_VERSION = (
    sa.select(col(Enrollment.sequence_version))
    .where(col(Enrollment.candidate_id) == sa.bindparam("person"))
    .order_by(col(Enrollment.id).desc())
    .limit(1)
)


@dataclass(frozen=True)
class PlainReplies:
    """The texts of a group that are the common case, a reply from someone we know whose
    reading no sequence would apply at once, each from a sender and a person no other text
    of the group has (`people`: the person of each, by its place in `texts`). Consecutive
    ones are applied together (`apply`), in a handful of statements whatever their number;
    the rest one by one, as `apply_text` does, in between (the group's order is kept)."""

    texts: list[ReadText]
    people: dict[int, int]
    trust: Trust | None = None

    def apply(self, session: Session, run: list[int]) -> None:
        """Record and apply the texts at these places at once, as `apply_text` would each."""
        if not run:
            return
        texts = [self.texts[place] for place in run]
        people = [self.people[place] for place in run]
        received = [(_incoming(t, p), t.now) for t, p in zip(texts, people, strict=True)]
        ids = recorded_rows(session, received)
        halted = halt_people(session, people, REPLIED)
        assert self.trust is not None
        if any(set(halted[p].versions) - self.trust.versions for p in people):
            raise Unforeseen  # a sequence stored since `trust` read them: one by one
        rows = [
            reading_row(text.reading, id, text.now)
            for text, id in zip(texts, ids, strict=True)
            if text.reading is not None
        ]
        record_readings(session, rows)


class Unforeseen(Exception):
    """Texts applied together met what `PlainReplies` did not foresee: undo the group."""


def plain_replies(session: Session, texts: list[ReadText], done: set[str]) -> PlainReplies:
    """Which of `texts` can be applied together (`PlainReplies`); `done`: keys stored already."""
    senders = [normal_address(text.fact.sender) if text.fact.sender else "" for text in texts]
    per_sender, per_key = Counter(senders), Counter(text.key for text in texts)
    places = [
        place
        for place, text in enumerate(texts)
        if text.meaning is TextMeaning.REPLY  # nor STOP, START, HELP: those are rarer
        and not (text.reading and text.reading.label is Label.OPT_OUT)  # see `_meant`
        and per_sender[senders[place]] == 1  # two of one sender: each sees the one before
        and per_key[text.key] == 1
        and text.key not in done
    ]
    if len(places) < 2:  # nothing to gain
        return PlainReplies(texts, {})
    trusted = trust(session)
    places = [place for place in places if trusted.never_applies(texts[place].reading)]
    found = person_at_each(session, (senders[place] for place in places))
    person = {place: found[senders[place]] for place in places if senders[place] in found}
    # One unknown is maybe someone erased (`matching.forgotten`): one by one.
    per_person = Counter(person.values())
    return PlainReplies(
        texts, {place: id for place, id in person.items() if per_person[id] == 1}, trusted
    )


def _incoming(text: ReadText, person: int) -> Incoming:
    fact = text.fact
    return Incoming(
        key=fact.key,
        kind=EventKind.REPLY,
        occurred_at=fact.occurred_at or text.now,
        channel=fact.channel,
        candidate_id=person,
        detail=fact.body[:DETAIL_LIMIT],
    )
