"""Senders for engine tests, in memory: what a dispatch pass handed to each channel, read
back without an outbox on disk (huey's MemoryHuey idea: an honest backend that is fast)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sequencer.channels import Call, Email, Receipt, Senders, Text

Message = Email | Text | Call


@dataclass
class RecordingSenders:
    """An email sender, text sender and call placer in one. Each message is recorded and
    answered with a Receipt, or with the next of `errors` (a RetryLater, a Rejected) while
    any is left. `through` passes accepted messages on to real senders (the outbox);
    `crash_after_send` dies once the provider has accepted one, before it is recorded."""

    errors: list[Exception] = field(default_factory=list)
    through: Senders | None = None
    crash_after_send: bool = False
    handed: list[Message] = field(default_factory=list)  # everything, refused ones too
    accepted: list[Message] = field(default_factory=list)

    @property
    def senders(self) -> Senders:
        return Senders(self, self, self)

    @property
    def sent(self) -> list[str]:
        """The references of the messages accepted, in order ("1-first": enrollment-step)."""
        return [message.reference for message in self.accepted]

    def email(self, reference: str) -> Email:
        [found] = [m for m in self.accepted if isinstance(m, Email) and m.reference == reference]
        return found

    def send_email(self, email: Email) -> Receipt:
        return self._answer(email, email.message_id or email.reference)

    def send_text(self, text: Text) -> Receipt:
        return self._answer(text, text.reference)

    def place_call(self, call: Call) -> Receipt:
        return self._answer(call, call.reference)

    def _answer(self, message: Message, provider_id: str) -> Receipt:
        self.handed.append(message)
        if self.errors:
            raise self.errors.pop(0)
        self.accepted.append(message)
        receipt = self._pass_on(message) or Receipt("recording", provider_id)
        if self.crash_after_send:
            raise KeyboardInterrupt  # the provider took it; the process dies before recording
        return receipt

    def _pass_on(self, message: Message) -> Receipt | None:
        if self.through is None:
            return None
        if isinstance(message, Email):
            return self.through.email.send_email(message)
        if isinstance(message, Text):
            return self.through.text.send_text(message)
        return self.through.call.place_call(message)
