"""The outbox: every message written to disk instead of sent, so the product runs end to end
with no credentials at all and a new user can read exactly what would have gone out.

    outbox/<reference>.eml        an email, RFC 5322, opens in any mail client
    outbox/<reference>.sms.txt    a text: to, length, body
    outbox/<reference>.call.txt   a voicemail: to, the script after the beep

A person forgotten at their request takes their files with them (`forget`).

The files are the owner's alone (0600, in a folder created 0700), whatever the umask. A write
that fails (a full disk, a folder that cannot be made) is a `RetryLater`: nothing left the
machine, so the send is retried with the dispatcher's backoff rather than left in doubt.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from sequencer.channels import Call, Email, Receipt, RetryLater, Text
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
        # Written whole and renamed, so a reader never sees half a message. A write that
        # fails (a full disk, a folder that cannot be made) failed before anything left the
        # machine: a retry, not a send in doubt, and nothing half-written is left behind.
        partial = self.directory / f".{name}.partial"
        try:
            _private_folder(self.directory)
            _write_private(partial, content)
            partial.replace(self.directory / name)
        except OSError as exc:
            with contextlib.suppress(OSError):  # no folder, or gone already
                partial.unlink(missing_ok=True)
            raise RetryLater(
                f"cannot write to the outbox {self.directory}: {exc.strerror or exc};"
                " free some space or fix the folder (SEQUENCER_OUTBOX_DIR), and it is tried again"
            ) from exc


# Messages hold candidates' addresses and what was written to them: the owner's alone,
# whatever the umask (0600 files in a 0700 folder).
FILE_MODE, FOLDER_MODE = 0o600, 0o700


def _private_folder(directory: Path) -> None:
    if directory.is_dir():
        return  # a folder the operator made keeps the mode they gave it
    if directory.exists():
        raise NotADirectoryError(errno.ENOTDIR, "it is a file, not a folder")
    directory.parent.mkdir(parents=True, exist_ok=True)
    directory.mkdir(mode=FOLDER_MODE, exist_ok=True)
    directory.chmod(FOLDER_MODE)  # mkdir's mode passes through the umask


def _write_private(path: Path, content: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(descriptor, "wb") as file:
        os.fchmod(descriptor, FILE_MODE)  # the umask, or a leftover from a crash, widened it
        file.write(content)


def forget(directory: Path, addresses: Iterable[str], references: Iterable[str] = ()) -> int:
    """Delete every message in the outbox that names one of these addresses (any case), or
    whose name begins with one of these references (a person forgotten at their request);
    how many files went."""
    wanted = [address.strip().lower().encode() for address in addresses if address.strip()]
    prefixes = tuple(references)
    if not directory.is_dir() or not (wanted or prefixes):
        return 0
    gone = 0
    for path in directory.iterdir():
        if not path.is_file():
            continue
        if (prefixes and path.name.lstrip(".").startswith(prefixes)) or _names(path, wanted):
            path.unlink(missing_ok=True)
            gone += 1
    return gone


def _names(path: Path, addresses: list[bytes]) -> bool:
    try:
        content = path.read_bytes().lower()
    except OSError:  # gone meanwhile, or not ours to read
        return False
    return any(address in content for address in addresses)
