"""Group commit for inbound texts: one writer applies the texts waiting at once in one
transaction, so they share one wait for the disk, and each is durable before it is answered.

A text must be stored and acted on before we answer Twilio 200 (Twilio never sends it again
after that: a STOP lost in a power cut would let the next touch go to someone who asked us
to stop). One transaction a text makes each wait for its own flush: SQLite holds its write
lock through it, so durable texts/s could not pass its commits/s (~200 on the project's
disk). Here the request threads read their texts (`texts.read_text`: keywords, the reply's
reading, CPU only) and hand them over; the writer takes whatever is waiting (up to `most`),
applies each in turn in ONE transaction, commits, and only then releases each request with
its own answer.

    order        texts are applied in the order they were handed over, so two texts of one
                 person keep theirs, and each sees what the ones before it changed (on
                 PostgreSQL, a few writers, each sender's texts always to the same one)
    exactly once a key recorded already (Twilio's retry of a MessageSid), or twice in one
                 group, is answered as a redelivery and applied once
    one bad text if the group's transaction fails (a text from someone erased at their
                 request, a database error), it is undone whole and each text is applied
                 alone, so one text costs nobody else theirs
    lock order   on PostgreSQL the group first takes each sender's own lock (by address:
                 an unknown number has one too), then every enrollment of its senders in id
                 order, the order a dispatcher's claim locks them in, so neither deadlocks
                 the other (`matching.lock_people`); a text applied alone takes its sender's
                 first too (`texts.apply_alone`), or it would deadlock with a group holding
                 its copy
    turns        on SQLite, every listener process's writer takes the database in turn by a
                 lock on a file beside it (`WriteTurn`), and only then takes the texts
                 waiting: SQLite's own wait for its write lock sleeps and polls (1, 2, 5,
                 10 ... 100 ms), so two processes' writers lost most of their time asleep,
                 while the kernel wakes the next holder of a file lock at once
    set-based    the common text, a reply from someone we know whose reading no sequence
                 would apply at once, one of theirs in the group, is written with the other
                 such replies next to it: one INSERT for their events, one halt for their
                 people, one for their readings (`texts.PlainReplies`; per-statement cost
                 was most of a text's database share); the rest one by one, in their place

The writer's thread starts with the first text and ends after `idle_seconds` with none; a
forked copy of the process (`web.serve`: several listener processes) starts its own.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
import weakref
import zlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from sequencer.inbound.effects import seen
from sequencer.inbound.matching import lock_people
from sequencer.inbound.texts import (
    ReadText,
    answer_again,
    apply_alone,
    apply_text,
    plain_replies,
)
from sequencer.people.addresses import normal_address

MOST = 64  # texts in one transaction: enough to fill a flush, few enough to answer fast
LANES = 4  # writers on PostgreSQL, each with a connection of the pool's 5
IDLE_SECONDS = 10.0
log = logging.getLogger(__name__)


@dataclass
class _Waiting:
    text: ReadText
    answer: Future[str | None] = field(default_factory=Future)
    wanted: bool = True  # False: its request was given up before the writer took it

    def take(self) -> None:
        """From here on the answer cannot be cancelled. One cancelled before (its request
        was given up) is still applied, as Twilio's retry would be: nobody waits for it."""
        self.wanted = self.answer.set_running_or_notify_cancel()

    def give(self, answer: str | None) -> None:
        if self.wanted:
            self.answer.set_result(answer)

    def fail(self, error: Exception) -> None:
        if self.wanted:  # the request waiting answers 500, and Twilio retries
            self.answer.set_exception(error)


class TextWriter:
    """Applies the texts handed to `submit`, in groups, each sender's always in the same
    lane. SQLite takes one writer at a time (its write lock), so it gets one lane;
    PostgreSQL, `LANES`, whose groups wait for the server's round trips at once."""

    def __init__(self, engine: sa.Engine, secret: str | None, lanes: int | None = None) -> None:
        count = lanes or (LANES if engine.dialect.name == "postgresql" else 1)
        self.lanes = [Lane(engine, secret) for _ in range(count)]

    def submit(self, text: ReadText) -> Future[str | None]:
        """`text`, to be applied; its answer once it is durable (or the error that stopped
        it, such as a DatabaseError)."""
        sender = normal_address(text.fact.sender) if text.fact.sender else ""
        return self.lanes[zlib.crc32(sender.encode()) % len(self.lanes)].submit(text)

    def close(self) -> None:
        """Write what is waiting, then end the writers' threads (a later `submit` starts
        them again): for a listener that stops, and for tests that fork afterwards."""
        for lane in self.lanes:
            lane.close()


class Lane:
    """Applies the texts handed to `submit`, in groups, on a thread of its own."""

    def __init__(
        self,
        engine: sa.Engine,
        secret: str | None,
        most: int = MOST,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self.engine, self.secret = engine, secret
        self.most, self.idle_seconds = most, idle_seconds
        self.turn = WriteTurn.of(engine)
        self._restart()
        _WRITERS.add(self)

    def _restart(self) -> None:
        """Nothing waiting, no thread: as made, and as a forked copy of this process finds
        it (the fork copied none of our threads, and the texts waiting are the parent's)."""
        self._waiting: deque[_Waiting] = deque()
        self._wake = threading.Condition()
        self._running, self._closing = False, False
        self._thread: threading.Thread | None = None

    def submit(self, text: ReadText) -> Future[str | None]:
        waiting = _Waiting(text)
        with self._wake:
            self._waiting.append(waiting)
            if not self._running:
                self._running = True
                self._thread = threading.Thread(target=self._run, name="texts", daemon=True)
                self._thread.start()
            self._wake.notify()
        return waiting.answer

    def close(self) -> None:
        """Write what is waiting, then end the thread (see `TextWriter.close`)."""
        with self._wake:
            thread, self._closing = self._thread, True
            self._wake.notify()
        if thread is not None:
            thread.join()
        with self._wake:
            self._closing = False

    def _run(self) -> None:
        while self._anything_waiting():
            # The group is taken once it is our turn: what came while we waited joins it.
            with self.turn.taken():
                self.write(self._next_group())

    def _anything_waiting(self) -> bool:
        """Whether a text waits, after waiting up to `idle_seconds` for one; if not, the
        thread ends (the next `submit` starts another)."""
        with self._wake:
            if not self._waiting and not self._closing:
                self._wake.wait(self.idle_seconds)
            if not self._waiting:
                self._running, self._thread = False, None
            return bool(self._waiting)

    def _next_group(self) -> list[_Waiting]:
        with self._wake:  # only this thread takes texts: one waits at least
            return [self._waiting.popleft() for _ in range(min(self.most, len(self._waiting)))]

    def write(self, group: list[_Waiting]) -> None:
        """Apply `group` together, else one by one; settle each one's answer."""
        for waiting in group:
            waiting.take()
        if len(group) > 1:
            try:
                answers = self._together([waiting.text for waiting in group])
            except Exception as exc:  # undone whole: each is tried alone below
                log.info("%d texts applied one by one: %s", len(group), type(exc).__name__)
            else:
                for waiting, answer in zip(group, answers, strict=True):
                    waiting.give(answer)
                return
        for waiting in group:
            try:
                waiting.give(apply_alone(self.engine, waiting.text, self.secret))
            except Exception as exc:
                waiting.fail(exc)

    def _together(self, texts: list[ReadText]) -> list[str | None]:
        with Session(self.engine) as session, session.begin():
            lock_people(session, {normal_address(t.fact.sender) for t in texts if t.fact.sender})
            done = seen(session, [text.key for text in texts])
            plain = plain_replies(session, texts, done)
            answers: list[str | None] = []
            run: list[int] = []  # consecutive plain replies, applied together
            for place, text in enumerate(texts):
                if place in plain.people:
                    run.append(place)
                    answers.append(None)  # a reply is answered with nothing
                    continue
                plain.apply(session, run)
                run = []
                if text.key in done:
                    answers.append(answer_again(session, text))
                    continue
                done.add(text.key)
                answers.append(apply_text(session, text, self.secret))
            plain.apply(session, run)
            return answers


@dataclass(frozen=True)
class WriteTurn:
    """One text writer at a time across the processes writing to one SQLite file: an
    exclusive `flock` on `path` (the database's name + "-texts.lock"), taken before the
    group and released after its commit. A waiter blocks in the kernel (the GIL released)
    and wakes the moment the holder lets go. `path` None (PostgreSQL, whose writers run
    at once; a database in memory, which no other process sees): no lock.

    The file is opened for each turn: a lock belongs to the open file, which a forked
    process would share with its parent, and closing it releases the lock even if the
    holder's thread dies. (The `filelock` package polls with sleeps, what this avoids.)"""

    path: Path | None

    @classmethod
    def of(cls, engine: sa.Engine) -> WriteTurn:
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        if not database or database == ":memory:" or database.startswith("file:"):
            return cls(None)
        return cls(Path(database).with_name(Path(database).name + "-texts.lock"))

    @contextlib.contextmanager
    def taken(self) -> Iterator[None]:
        if self.path is None:
            yield
            return
        try:
            # Owner-only, as the database is: whoever may lock it may hold every writer back.
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:  # SQLite's own lock still keeps the writers apart, if slowly
            _without_turns(exc)
            yield
            return
        try:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX)  # closing the file below releases it
            except OSError as exc:  # a file system without locks (ENOLCK): as above
                _without_turns(exc)
            yield
        finally:
            os.close(descriptor)


_warned: set[str] = set()


def _without_turns(exc: OSError) -> None:
    """Say once per process and kind of failure that texts go without taking turns."""
    if type(exc).__name__ + str(exc.errno) not in _warned:
        _warned.add(type(exc).__name__ + str(exc.errno))
        log.warning("texts written without taking turns: %s", exc)


_WRITERS: weakref.WeakSet[Lane] = weakref.WeakSet()


def _restart_all() -> None:
    for writer in list(_WRITERS):
        writer._restart()


os.register_at_fork(after_in_child=_restart_all)
