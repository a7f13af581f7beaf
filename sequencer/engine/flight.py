"""Step 3 of a send, many at once: the provider calls of a dispatch pass run on threads, up
to `limit` waiting at once per sender channel (`SEQUENCER_SENDS_IN_FLIGHT`). A provider
answers in 100-300 ms; one call at a time would spend a daemon's whole pass waiting.

The threads only call providers: everything the database learns (the answers, a pause) is
written by the dispatcher's own thread, from the `Answer`s that `landed` hands back. Just
before its call, each thread looks at the pauses again: once a provider refused our account
(`AccountRefused`), no other send of that channel is posted by this pass, even one handed
over in the same group; it is held back with the rest (`engine.pauses`). And a pass's first
call on a channel goes alone: only once the provider has answered it (anything but a refusal
of our account) do the others follow, so a revoked key costs one refused request, not one
for every call that was in flight.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
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


class Flight:
    """The provider calls in flight. `fitting` says which claims may take off now, `post`
    starts them, `landed` hands back the answers (waiting for one, when asked)."""

    def __init__(self, senders: Senders, pauses: Pauses, limit: int) -> None:
        self.senders, self.pauses, self.limit = senders, pauses, limit
        self._pool = ThreadPoolExecutor(limit * len(CHANNELS), thread_name_prefix="send")
        self._flying: dict[Future[Answer], Claim] = {}
        self._by_channel: Counter[str] = Counter()
        self._proven: set[str] = set()  # channels whose provider answered in this pass
        # The fewest sends worth a group: each group costs a transaction to hand over (a
        # wait for the disk) and one to record, so neither goes for one send at a time.
        self.group = max(1, limit // 8)

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
        return len(self._flying)

    def fitting(self, claims: list[Claim]) -> tuple[list[Claim], list[Claim]]:
        """Those of `claims` that fit under their channel's limit now, and the rest. While
        calls are in flight, a few free places are left to fill up first: each group that
        takes off costs a wait for the disk (its hand-over), so groups are not of one."""
        room = {channel: self._room(channel) for channel in CHANNELS}
        fit: list[Claim] = []
        rest: list[Claim] = []
        for claim in claims:
            channel = _channel(claim)
            (fit if room[channel] > 0 else rest).append(claim)
            room[channel] -= 1
        if self._flying and len(fit) < min(len(claims), self.group):
            return [], claims
        return fit, rest

    def _room(self, channel: str) -> int:
        limit = self.limit if channel in self._proven else 1  # the first call goes alone
        return limit - self._by_channel[channel]

    def post(self, claims: Iterable[Claim]) -> None:
        """Start the provider calls of these handed-over claims (they fit: `fitting`)."""
        for claim in claims:
            self._flying[self._pool.submit(self._call, claim)] = claim
            self._by_channel[_channel(claim)] += 1

    def landed(self, block: bool) -> list[Answer]:
        """The answers that came in; with `block`, after waiting for a group's worth of
        them (or for every call in flight, if fewer): calls posted together land a few
        milliseconds apart, and recording them one by one would cost a transaction each."""
        answers = self._take_done(timeout=None if block else 0)
        while block and self._flying and len(answers) < self.group:
            answers += self._take_done(timeout=None)
        return answers

    def _take_done(self, timeout: float | None) -> list[Answer]:
        if not self._flying:
            return []
        done, _ = wait(self._flying, timeout=timeout, return_when=FIRST_COMPLETED)
        answers = []
        for future in done:
            claim = self._flying.pop(future)
            self._by_channel[_channel(claim)] -= 1
            error = future.exception()
            answers.append(future.result() if error is None else Answer(claim, error=error))
        return answers

    def _call(self, claim: Claim) -> Answer:
        """On a posting thread: call the provider, unless the channel was refused meanwhile."""
        channel = channel_of(claim.message)
        if self.pauses.held(channel) is not None:
            return Answer(claim, held=True)
        try:
            receipt, note = deliver(self.senders, claim.message, self.pauses)
        except AccountRefused as exc:
            assert channel is not None
            self.pauses.note_refused(channel, exc)
            return Answer(claim, error=exc)
        except (RetryLater, Rejected) as exc:
            self._proven.add(_channel(claim))  # the provider took our account's request
            return Answer(claim, error=exc)
        self._proven.add(_channel(claim))
        return Answer(claim, receipt, note)


def _channel(claim: Claim) -> str:
    return channel_of(claim.message) or CHANNELS[0]  # a LinkedIn task is never posted
