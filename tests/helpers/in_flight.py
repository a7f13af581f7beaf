"""A sender for the dispatcher's many-in-flight tests: it records each call as
`RecordingSenders` does, counts how many are under way at once, and can hold calls until a
given number are under way together (a dispatcher posting one at a time breaks the barrier
and the test fails, instead of hanging)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from sequencer.channels import Call, Email, Receipt, Senders, Text

Message = Email | Text | Call
PATIENCE = 10.0  # seconds a held call waits for the others before the barrier breaks


@dataclass
class GatedSenders:
    """Every channel. `together`: after the first call (which a pass sends alone), calls
    2 to 1 + `together` each wait until all of them are under way. `answer`: called with
    each call's number (1, 2, ...) on its posting thread, before the receipt; it may raise
    (a refusal, a crash) or do what happens meanwhile (a reply comes in)."""

    together: int = 0
    answer: Callable[[int], None] | None = None
    handed: list[str] = field(default_factory=list)  # references, in call order
    peak: int = 0  # the most calls under way at once
    _under_way: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _barrier: threading.Barrier | None = None

    def __post_init__(self) -> None:
        if self.together > 1:
            self._barrier = threading.Barrier(self.together, timeout=PATIENCE)

    @property
    def senders(self) -> Senders:
        return Senders(self, self, self)

    def send_email(self, email: Email) -> Receipt:
        return self._call(email, email.message_id or email.reference)

    def send_text(self, text: Text) -> Receipt:
        return self._call(text, text.reference)

    def place_call(self, call: Call) -> Receipt:
        return self._call(call, call.reference)

    def _call(self, message: Message, provider_id: str) -> Receipt:
        with self._lock:
            self.handed.append(message.reference)
            number = len(self.handed)
            self._under_way += 1
            self.peak = max(self.peak, self._under_way)
        try:
            if self._barrier is not None and 1 < number <= 1 + self.together:
                self._barrier.wait()
            if self.answer is not None:
                self.answer(number)
            return Receipt("gated", provider_id)
        finally:
            with self._lock:
                self._under_way -= 1
