"""The outbox: every message written to disk instead of sent, so the product runs end to end
with no credentials at all and a new user can read exactly what would have gone out.

    outbox/<reference>.eml        an email, RFC 5322, opens in any mail client
    outbox/<reference>.sms.txt    a text: to, length, body
    outbox/<reference>.call.txt   a voicemail: to, the script after the beep
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sequencer.channels import Call, Email, Receipt, Text
from sequencer.channels.smtp import build_mime
from sequencer.spec import sms


class Outbox:
    def __init__(self, directory: Path, now: datetime) -> None:
        self.directory = directory
        self.now = now  # the Date header of the .eml files; the clock is the caller's

    def send_email(self, email: Email) -> Receipt:
        message = build_mime(email, self.now)
        self._write(f"{email.reference}.eml", message.as_bytes())
        return Receipt("outbox", email.message_id or email.reference)

    def send_text(self, text: Text) -> Receipt:
        length = sms.segments(text.body)
        header = (
            f"To: {text.to}\nLength: {length.units} {length.encoding} characters, "
            f"{length.segments} segment(s)\n\n"
        )
        self._write(f"{text.reference}.sms.txt", (header + text.body + "\n").encode())
        return Receipt("outbox", text.reference)

    def place_call(self, call: Call) -> Receipt:
        person = f"Connect to: {call.connect_to}\n" if call.connect_to else ""
        content = f"To: {call.to}\n{person}\nSaid after the beep:\n\n{call.script}\n"
        self._write(f"{call.reference}.call.txt", content.encode())
        return Receipt("outbox", call.reference)

    def _write(self, name: str, content: bytes) -> None:
        # Written whole and renamed, so a reader never sees half a message.
        self.directory.mkdir(parents=True, exist_ok=True)
        partial = self.directory / f".{name}.partial"
        partial.write_bytes(content)
        partial.replace(self.directory / name)
