"""Group commit of inbound texts (`inbound.grouped`): the texts waiting at once are applied in
one transaction, each as if it had come alone: stored once, acted on once, in their order,
and a text that cannot be applied costs the others nothing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from helpers.lock_waits import number_turn, postgresql_only, waiting_behind
from helpers.project import Project
from helpers.worlds import enrolled_in_emails
from sqlmodel import Session, select

from sequencer.channels.facts import Bounced, OptedOut, SendRef, TextIn
from sequencer.inbound.grouped import Lane, TextWriter, WriteTurn, _Waiting
from sequencer.inbound.matching import lock_people
from sequencer.inbound.messages import unsubscribe
from sequencer.inbound.receive import receive_events
from sequencer.inbound.texts import apply_alone, apply_text, read_text, receive_text
from sequencer.store.erasure import ERASED, forget_address
from sequencer.store.models import Enrollment, EnrollmentStatus, Event, EventKind, Send, SendStatus
from sequencer.store.suppression import is_suppressed

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
SECRET = "a-long-random-secret-for-the-tests-0123456789"
ERASED_PHONE = "+14155550199"
PEOPLE = 6


def phone(n: int) -> str:
    return f"+1212555{n:04d}"


@pytest.fixture
def engine(project: Project, database_url: str):
    """`PEOPLE` people with phones, each in a running sequence; one number erased."""
    rows = [f"p{n}@example.com,{phone(n)},P{n}" for n in range(PEOPLE)]
    engine = enrolled_in_emails(project, database_url, rows, NOW, sender_phone="+1 212 555 0100")
    with Session(engine) as session, session.begin():
        forget_address(session, ERASED_PHONE, ERASED, NOW, SECRET)
    yield engine
    engine.dispose()


def text(n: int | str, body: str, sid: str | None = None) -> TextIn:
    sender = phone(n) if isinstance(n, int) else n
    return TextIn(key=sid or f"SM-{n}-{body}", channel="sms", sender=sender, body=body)


def write_together(engine: sa.Engine, texts: list[TextIn]) -> list[str | None]:
    """The texts handed to one writer at once: one group."""
    group = [_Waiting(read_text(each, NOW)) for each in texts]
    Lane(engine, SECRET).write(group)
    return [waiting.answer.result(timeout=0) for waiting in group]


def events(engine: sa.Engine) -> list[Event]:
    with Session(engine) as session:
        return list(session.exec(select(Event).order_by(Event.id)))


def statuses(engine: sa.Engine) -> dict[int, EnrollmentStatus]:
    with Session(engine) as session:
        return {e.candidate_id: e.status for e in session.exec(select(Enrollment))}


def suppressed(engine: sa.Engine, address: str) -> bool:
    with Session(engine) as session:
        return is_suppressed(session, [address])


def test_a_group_is_applied_as_each_text_alone_would_be(engine: sa.Engine) -> None:
    answers = write_together(
        engine, [text(0, "Sounds good, call me"), text(1, "STOP"), text(2, "HELP")]
    )
    assert answers[:2] == [None, None]
    assert (
        answers[2]
        == "Dana (recruiting). Questions: dana@northwind.example. Reply STOP to opt out of texts."
    )
    assert [e.kind for e in events(engine)] == [EventKind.REPLY, EventKind.OPT_OUT, EventKind.HELP]
    halted = statuses(engine)
    assert [halted[1], halted[2], halted[3]] == [
        EnrollmentStatus.HALTED,
        EnrollmentStatus.HALTED,
        EnrollmentStatus.ACTIVE,  # a HELP asks; it does not answer
    ]
    assert suppressed(engine, phone(1)) and suppressed(engine, "p1@example.com")
    assert not suppressed(engine, phone(0))


def test_a_text_from_someone_erased_costs_the_others_nothing(engine: sa.Engine) -> None:
    answers = write_together(
        engine, [text(0, "Yes please"), text(ERASED_PHONE, "STOP"), text(1, "HELP")]
    )
    assert answers[0] is None and answers[1] is None and "Reply STOP" in str(answers[2])
    assert [e.kind for e in events(engine)] == [EventKind.REPLY, EventKind.HELP]
    assert not suppressed(engine, ERASED_PHONE)  # storing it would store them again


def test_a_retried_message_is_applied_once_in_a_group_or_after_it(engine: sa.Engine) -> None:
    receive_text(engine, text(0, "HELP", sid="SM-first"), NOW, SECRET)
    answers = write_together(
        engine,
        [
            text(0, "HELP", sid="SM-first"),  # Twilio's retry of one stored already
            text(1, "STOP", sid="SM-twice"),
            text(1, "STOP", sid="SM-twice"),  # and of one in this very group
        ],
    )
    assert "Reply STOP" in str(answers[0])  # a HELP is answered again
    assert answers[1:] == [None, None]
    assert [e.key for e in events(engine)] == ["SM-first", "SM-twice"]


@pytest.mark.parametrize(
    ("first", "then", "opted_out"), [("STOP", "START", False), ("START", "STOP", True)]
)
def test_two_texts_of_one_person_in_one_group_keep_their_order(
    engine: sa.Engine, first: str, then: str, opted_out: bool
) -> None:
    """START opts back in only someone who opted out: the STOP before it in the same group
    counts, as it would had it come alone."""
    write_together(engine, [text(3, first), text(3, then)])
    assert suppressed(engine, phone(3)) is opted_out


def test_each_text_handed_to_the_writer_is_answered_once_stored(engine: sa.Engine) -> None:
    writer = TextWriter(engine, SECRET, lanes=2)
    answers = [writer.submit(read_text(text(n, "HELP"), NOW)) for n in range(PEOPLE)]
    assert all("Reply STOP" in str(answer.result(timeout=30)) for answer in answers)
    assert len(events(engine)) == PEOPLE
    writer.close()
    assert not [t for t in threading.enumerate() if t.name == "texts"]  # none left running


def test_texts_waiting_when_the_writer_closes_are_written_first(engine: sa.Engine) -> None:
    writer = TextWriter(engine, SECRET, lanes=1)
    answers = [writer.submit(read_text(text(n, "STOP"), NOW)) for n in range(PEOPLE)]
    writer.close()
    assert all(answer.done() for answer in answers)
    assert all(suppressed(engine, phone(n)) for n in range(PEOPLE))


def test_a_text_whose_request_was_given_up_is_still_applied(engine: sa.Engine) -> None:
    """A request cancelled while its text waited (the server stopping, say): Twilio will try
    again, and the text is stored already; the others in its group are answered as ever."""
    group = [_Waiting(read_text(text(0, "STOP"), NOW)), _Waiting(read_text(text(1, "HELP"), NOW))]
    assert group[0].answer.cancel()
    Lane(engine, SECRET).write(group)
    assert suppressed(engine, phone(0))
    assert "Reply STOP" in str(group[1].answer.result(timeout=0))


def test_texts_waiting_for_another_processs_writer_go_in_one_transaction(
    engine: sa.Engine,
) -> None:
    """On SQLite the listener's processes write in turn (`grouped.WriteTurn`, a lock on a
    file beside the database): texts that came while another process wrote are taken
    together once it is done, one commit for them all, each answered."""
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's writers run at once")
    commits: list[object] = []
    sa.event.listen(engine, "commit", commits.append)
    writer = TextWriter(engine, SECRET)
    with WriteTurn.of(engine).taken():  # another process's writer, as far as the lock goes
        answers = [writer.submit(read_text(text(n, "HELP"), NOW)) for n in range(PEOPLE)]
    assert all("Reply STOP" in str(answer.result(timeout=30)) for answer in answers)
    writer.close()
    assert len(events(engine)) == PEOPLE
    assert len(commits) == 1


def test_the_writers_turn_file_is_its_owners_alone(engine: sa.Engine) -> None:
    # Whoever can lock it can hold every text writer back: owner-only, as the database is.
    turn = WriteTurn.of(engine)
    if turn.path is None:
        pytest.skip("only a SQLite file has writers that take turns")
    with turn.taken():
        pass
    assert turn.path.stat().st_mode & 0o777 == 0o600


def test_a_lone_text_waits_its_turn_behind_another_processs_group(engine: sa.Engine) -> None:
    """Twilio's retry of a text reaches a second listener process while the first applies
    the text in a group; the second's group failed (someone erased texted in it), so it
    applies the copy alone. The lone copy must take the person's lock first, as the group
    did, or it stores the key, waits for the person, and the group then waits for the key:
    PostgreSQL breaks the deadlock, and a listener answers Twilio 500."""
    postgresql_only(engine)
    retried = read_text(text(0, "Thanks, tell me more", "SM-retried"), NOW)
    with Session(engine) as group, group.begin():
        lock_people(group, [phone(0)])  # the group's first step
        lone = waiting_behind(engine, group, lambda: apply_alone(engine, retried, SECRET))
        apply_text(group, retried, SECRET)
    assert lone() == [None]  # answered as the redelivery it is, not with an error
    assert [event.key for event in events(engine)] == ["SM-retried"]
    assert statuses(engine)[1] == EnrollmentStatus.HALTED


def test_two_stops_from_an_unknown_number_wait_their_turn(engine: sa.Engine) -> None:
    """A number we never stored texts STOP and then STOPALL; each copy reaches another
    listener process. The group holds the first STOP's suppression, not yet committed, when
    the second is applied alone elsewhere: the lone copy must wait for the sender before it
    stores its key, or the group then waits for that key while the copy waits for the
    suppression, and one listener answers Twilio 500. There is no enrollment to lock: the
    turn is the number's own."""
    postgresql_only(engine)
    stranger = "+12125559876"
    first = read_text(text(stranger, "STOP", "SM-first"), NOW)
    second = read_text(text(stranger, "STOPALL", "SM-second"), NOW)
    with Session(engine) as group, group.begin():
        lock_people(group, [stranger])  # the group's first step
        apply_text(group, first, SECRET)
        lone = waiting_behind(engine, group, lambda: apply_alone(engine, second, SECRET))
        apply_text(group, second, SECRET)
    assert lone() == [None]  # answered as the redelivery it is, not with an error
    assert sorted(event.key for event in events(engine)) == ["SM-first", "SM-second"]
    with Session(engine) as session:
        assert is_suppressed(session, [stranger])


def test_an_email_opt_out_waits_its_turn_behind_a_group_texting_stop(engine: sa.Engine) -> None:
    """Someone clicks unsubscribe in our email while their STOP by text is being applied in
    a group. An opt-out closes every address of theirs and halts them: taken the other way
    round from the group (which holds the person, then closes the addresses), each would
    wait for the other, and PostgreSQL would break it with an error."""
    postgresql_only(engine)
    with Session(engine) as group, group.begin():
        lock_people(group, [phone(0)])  # the group's first step
        click = waiting_behind(engine, group, lambda: unsubscribe(engine, "p0@example.com", NOW))
        apply_text(group, read_text(text(0, "STOP"), NOW), SECRET)
    assert click() == ["opted out"]
    assert statuses(engine)[1] == EnrollmentStatus.HALTED
    with Session(engine) as session:
        assert is_suppressed(session, ["p0@example.com"])
        assert is_suppressed(session, [phone(0)])


def test_a_providers_opt_out_waits_its_turn_behind_a_group_of_texts(engine: sa.Engine) -> None:
    """Twilio reports a send undelivered because the person texted STOP to our number (21610)
    while their texts are applied in a group. The report settles the send (locking its
    enrollment) and closes the number: it must take the person's turn before it locks the
    row, as the group does, or each waits for the other."""
    postgresql_only(engine)
    with Session(engine) as session, session.begin():
        session.add(
            Send(
                enrollment_id=1,
                step_id="first",
                channel="sms",
                to=phone(0),
                status=SendStatus.SENDING,
                claimed_at=NOW,
            )
        )
    report = OptedOut(
        key="twilio-sms:SM-21610:undelivered",
        channel="sms",
        detail="undelivered 21610",
        send=SendRef(reference="1-first"),
        address=phone(0),
        reason="STOP to our number",
        texted=True,
        went=False,
    )
    with Session(engine) as group, group.begin():
        # The group's first step is the number's turn, then the person's enrollments: the
        # report arrives between the two.
        number_turn(group, phone(0))
        callback = waiting_behind(
            engine, group, lambda: receive_events(engine, [report], NOW, SECRET)
        )
        lock_people(group, [phone(0)])
        apply_text(group, read_text(text(0, "STOP"), NOW), SECRET)
    assert [type(each) for each in callback()] == [list]  # answered, not an error
    with Session(engine) as session:
        assert is_suppressed(session, [phone(0)])


def test_a_sendgrid_batch_takes_the_turn_of_an_opt_outs_owner_first(engine: sa.Engine) -> None:
    """A bounce of one person, then an unsubscribe about another's old send, to an address
    they are no longer stored at: the batch takes the owner's turn before the bounce locks a
    row, or a group holding the owner's number, then asking for the bounced, deadlocks."""
    postgresql_only(engine)
    with Session(engine) as session, session.begin():
        ids = {e.candidate_id: e.id for e in session.exec(select(Enrollment))}
        for person, to in ((1, "p0@example.com"), (2, "old-address@example.com")):
            session.add(
                Send(
                    enrollment_id=ids[person],
                    step_id="old",
                    channel="email",
                    to=to,
                    status=SendStatus.SENT,
                    claimed_at=NOW,
                )
            )
    batch = [
        Bounced(
            key="sg:bounce",
            channel="email",
            detail="bounce",
            send=SendRef(reference=f"{ids[1]}-old"),
            address="p0@example.com",
            reason="550",
            went=True,
        ),
        OptedOut(
            key="sg:unsubscribe",
            channel="email",
            detail="unsubscribe",
            send=SendRef(reference=f"{ids[2]}-old"),
            address="old-address@example.com",
            reason="SendGrid unsubscribe",
            went=True,
        ),
    ]
    with Session(engine) as group, group.begin():
        # A group of texts from both numbers, halfway through its first step: both numbers'
        # turns taken, in sorted order, their enrollments not yet.
        number_turn(group, phone(0))
        number_turn(group, phone(1))
        posted = waiting_behind(engine, group, lambda: receive_events(engine, batch, NOW, SECRET))
        lock_people(group, [phone(0), phone(1)])  # the rest of the group's first step
    assert [type(each) for each in posted()] == [list]  # answered, not an error
    with Session(engine) as session:
        assert is_suppressed(session, [phone(1)])
