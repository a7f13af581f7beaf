"""Step 3 of a send, many at once: the provider calls of a dispatch pass run on threads, up
to `limit` under way at once per sender channel (`SEQUENCER_SENDS_IN_FLIGHT`). A provider
answers in 100-300 ms; one call at a time would spend a daemon's whole pass waiting.

The threads only call providers: everything the database learns (the answers, a pause) is
written by the dispatcher's own thread, from the `Answer`s that `landed` hands back. A few
sends more than `limit` (`spare`, a quarter of it) may be handed over ahead: they wait, ready, and
a thread whose call has just been answered posts the next of them at once, instead of waiting
for the dispatcher to record that answer and hand over another group (a wait for the disk,
and the claim of a chunk meanwhile). So a kill leaves at most `limit + spare` sends of a
channel `sending`, in doubt; the spare ones were never posted. (When the process lives on,
`unposted` hands them back, to be claimed again.) A spare send's last look (the hand-over) may
be older than its call by as long as a call takes: a reply or opt-out in that moment stops the
next send, as one during the call itself does; a pause still holds it back.

Just before its call, each thread looks at the pauses again: once a provider refused our
account (`AccountRefused`), no other send of that channel is posted by this pass, even one
handed over in the same group; it is held back with the rest (`engine.pauses`). And a pass's
first call on a channel goes alone: only once the provider has answered it (anything but a
refusal of our account) do the others follow, so a revoked key costs one refused request, not
one for every call that was in flight. The daemon remembers a channel's provider answering for
a minute (`Proven`): while it sends a backlog, pass after pass, only its first pass waits for
that call.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from queue import Empty, SimpleQueue
from types import TracebackType

from sequencer.channels import AccountRefused, Receipt, Rejected, RetryLater, Senders
from sequencer.engine.claim import Claim
from sequencer.engine.pauses import Pauses, channel_of
from sequencer.engine.record import deliver

# The sender channels a send goes out through first (`pauses.channel_of`): each its own limit.
CHANNELS = ("email", "sms")


@dataclass(frozen=True)
class Answer:
    """What became of one provider call."""

    claim: Claim
    receipt: Receipt | None = None
    note: str | None = None  # what did not happen (a voicemail's call), when it went
    error: BaseException | None = None  # RetryLater, Rejected, AccountRefused, or a crash
    held: bool = False  # not posted: its channel was refused (or paused) since it was handed over

    @property
    def crashed(self) -> bool:
        """Neither an answer nor a provider's error: the send stays in doubt."""
        expected = (RetryLater, Rejected, AccountRefused)
        return self.error is not None and not isinstance(self.error, expected)


class Proven:
    """The channels whose provider answered our account's request lately: a pass's first
    call on them need not go alone. A daemon keeps one for its life; a pass without one
    proves each channel afresh."""

    LASTING = 60.0  # seconds an answer vouches for a channel

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._answered: dict[str, float] = {}  # by channel, when (written by posting threads)

    def __contains__(self, channel: object) -> bool:
        answered = self._answered.get(str(channel))
        return answered is not None and self._clock() - answered < self.LASTING

    def add(self, channel: str) -> None:
        self._answered[channel] = self._clock()

    def discard(self, channel: str) -> None:
        """`channel`'s provider refused our account: its next pass proves it again."""
        self._answered.pop(channel, None)


class Flight:
    """The sends handed over to the provider calls. `fitting` says which claims may be
    handed over now, `post` starts them (or keeps them ready), `landed` hands back the
    answers (waiting for some, when asked)."""

    def __init__(
        self, senders: Senders, pauses: Pauses, limit: int, proven: Proven | None = None
    ) -> None:
        self.senders, self.pauses, self.limit = senders, pauses, limit
        # The fewest sends worth a group: each group costs a
        # transaction to hand over (a wait for the disk) and one to record, so neither goes
        # for one send at a time.
        self.group = max(1, limit // 8)
        # Ready behind the calls under way: enough to last while the dispatcher records a
        # group and hands over the next, or claims a chunk (bench/dispatch_bench.py at 150 ms
        # a call, 32 in flight: 171-189/s with 4 ready, 187-190/s with 8, three runs each).
        # None below 4 calls: a daemon told to keep few in flight keeps few in doubt.
        self.spare = limit // 4
        self._pool = ThreadPoolExecutor(limit * len(CHANNELS), thread_name_prefix="send")
        self._lock = threading.Lock()  # guards `_ready`, `_posting`, `_stopped`, `_failure`
        self._ready: dict[str, deque[Claim]] = {channel: deque() for channel in CHANNELS}
        self._posting: Counter[str] = Counter()  # calls under way (threads busy), by channel
        # A call crashed, or `unposted` was asked for: nothing more is posted (a claim a
        # thread has just taken up still is).
        self._stopped = False
        self._failure: BaseException | None = None  # no thread could be started: `landed`
        self._answers: SimpleQueue[Answer] = SimpleQueue()
        # Handed over, and their answers not handed back yet: the dispatcher's own count.
        self._owed: Counter[str] = Counter()
        self._proven = proven if proven is not None else Proven()

    def __enter__(self) -> Flight:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._pool.shutdown(wait=True)  # a call under way is never abandoned mid-request

    def __len__(self) -> int:
        return sum(self._owed.values())

    def fitting(self, claims: list[Claim]) -> tuple[list[Claim], list[Claim]]:
        """Those of `claims` that may be handed over now, and the rest. While calls are in
        flight, a few free places are left to fill up first: each group costs a wait for the
        disk (its hand-over), so groups are not of one."""
        room = {channel: self._room(channel) for channel in CHANNELS}
        fit: list[Claim] = []
        rest: list[Claim] = []
        for claim in claims:
            channel = _channel(claim)
            (fit if room[channel] > 0 else rest).append(claim)
            room[channel] -= 1
        if len(self) and len(fit) < min(len(claims), self.group):
            return [], claims
        return fit, rest

    def _room(self, channel: str) -> int:
        if channel not in self._proven:
            return 1 - self._owed[channel]  # the first call goes alone
        return self.limit + self.spare - self._owed[channel]

    def post(self, claims: Iterable[Claim]) -> None:
        """Post these handed-over claims (they fit: `fitting`), or keep them ready for the
        next thread to come free."""
        with self._lock:
            for claim in claims:
                channel = _channel(claim)
                self._owed[channel] += 1
                self._ready[channel].append(claim)
            for channel in CHANNELS:
                self._launch(channel)

    def _launch(self, channel: str) -> None:
        """Start a thread for each ready claim of `channel` that may go now (lock held).
        Should no thread be had (a limit on processes), posting stops: the claim stays
        ready, never posted, and `landed` raises the failure on the dispatcher's thread."""
        while (claim := self._next_ready(channel)) is not None:
            try:
                self._pool.submit(self._post_from, claim)
            except BaseException as error:
                self._ready[channel].appendleft(claim)
                self._posting[channel] -= 1
                self._stopped, self._failure = True, self._failure or error
                return

    def _next_ready(self, channel: str) -> Claim | None:
        """The next ready claim of `channel`, counted as under way, if one may go (lock held)."""
        cap = self.limit if channel in self._proven else 1
        if self._stopped or not self._ready[channel] or self._posting[channel] >= cap:
            return None
        self._posting[channel] += 1
        return self._ready[channel].popleft()

    def _post_from(self, first: Claim) -> None:
        """On a posting thread: call the provider for `first`, then for each ready claim of
        its channel while there is one."""
        channel = _channel(first)
        claim: Claim | None = first
        while claim is not None:
            try:
                answer = self._call(claim)
            except BaseException as error:  # unforeseen: handed back as a crash, in doubt
                answer = Answer(claim, error=error)
            try:
                with self._lock:
                    self._stopped = self._stopped or answer.crashed  # before it is seen
                    self._posting[channel] -= 1
                    claim = self._next_ready(channel)
                    self._launch(channel)  # once the first call proved the channel, the rest
            finally:  # whatever happens, the dispatcher hears of the call
                self._answers.put(answer)

    def landed(self, block: bool, have: int = 0) -> list[Answer]:
        """The answers that came in; with `block`, after waiting for a group's worth of
        them (or for every call that can still answer, if fewer), `have` of it taken in
        already: calls posted together land a few milliseconds apart, and recording them
        one by one would cost a transaction each."""
        with self._lock:
            failure, self._failure = self._failure, None
        if failure is not None:
            raise failure
        answers: list[Answer] = []
        wanted = min(self.group - have, self._answerable()) if block else 0
        while True:
            try:
                answer = self._answers.get(block=len(answers) < wanted)
            except Empty:
                return answers
            self._owed[_channel(answer.claim)] -= 1
            answers.append(answer)
            wanted = min(wanted, len(answers) + self._answerable())

    def _answerable(self) -> int:
        """Handed over and still to answer: once stopped, the ready ones never will."""
        with self._lock:
            frozen = sum(map(len, self._ready.values())) if self._stopped else 0
        return len(self) - frozen

    def unposted(self) -> list[Claim]:
        """Stop posting; the claims handed over but never posted, no longer counted here."""
        with self._lock:
            self._stopped, self._failure = True, None
            claims = [claim for ready in self._ready.values() for claim in ready]
            for ready in self._ready.values():
                ready.clear()
        for claim in claims:
            self._owed[_channel(claim)] -= 1
        return claims

    def _call(self, claim: Claim) -> Answer:
        """On a posting thread: call the provider, unless the channel was refused meanwhile."""
        channel = channel_of(claim.message)
        if self.pauses.held(channel) is not None:
            return Answer(claim, held=True)
        try:
            receipt, note = deliver(self.senders, claim.message, self.pauses)
        except AccountRefused as exc:
            assert channel is not None
            self._proven.discard(channel)
            self.pauses.note_refused(channel, exc)
            return Answer(claim, error=exc)
        except (RetryLater, Rejected) as exc:
            self._proven.add(_channel(claim))  # the provider took our account's request
            return Answer(claim, error=exc)
        self._proven.add(_channel(claim))
        return Answer(claim, receipt, note)


def _channel(claim: Claim) -> str:
    return channel_of(claim.message) or CHANNELS[0]  # a LinkedIn task is never posted
