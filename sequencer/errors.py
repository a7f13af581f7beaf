"""The project's errors, and the diagnostics that `validate` reports.

    SequencerError            root: the CLI prints its message and exits 1
     ├── SettingsError        an environment variable (or `.env` line) cannot be used
     ├── SequenceError        a sequence file (or a template it uses) is invalid;
     │                        carries every Diagnostic found, not just the first
     ├── CandidateError       a candidate row is unusable (names the row number)
     │    └── CandidateFileError   the whole file is (people.rows)
     ├── CellError            one cell of a row cannot be used (people.columns)
     ├── RenderError          a template failed for one candidate (e.g. missing variable)
     ├── UnreadableMail       an inbound email is no email at all (inbound.mail)
     ├── BadRequest           a webhook body cannot be read: the web answers 400
     ├── NotGenuine           a webhook is not provably from its provider: the web answers 403
     ├── MailboxError         the recruiter's mailbox cannot be read (channels.imap)
     ├── DatabaseError        the database cannot be used: locked too long, unreachable, not
     │                        there yet (store.database); the URL's password masked
     └── ChannelError         a send failed (channels): RetryLater, Rejected or
                              AccountRefused (the account, not the message: the channel pauses)

Third-party exceptions are translated where they are raised (`raise ... from exc`); nothing
else crosses a layer.

Every message says what is wrong *and* how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One finding, placed at `path:line:column` (1-based; 0 when unknown)."""

    path: str
    line: int
    column: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{where}: {prefix}{self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class SequencerError(Exception):
    """Root of every error the project raises on purpose."""


class SettingsError(SequencerError):
    """A setting that cannot be used: names the variable, its value and what to write."""


class SequenceError(SequencerError):
    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


class CandidateError(SequencerError):
    def __init__(self, row: int, reason: str) -> None:
        self.row = row
        self.reason = reason
        super().__init__(f"row {row}: {reason}")


class RenderError(SequencerError):
    def __init__(
        self, message: str, template: Path | None = None, line: int = 0, missing: str | None = None
    ) -> None:
        self.template = template
        self.line = line
        self.missing = missing  # the empty or missing value it needed, e.g. "candidate.city"
        super().__init__(message)


class CellError(SequencerError):
    """One unusable cell of a candidate row: the message is a whole sentence for the recruiter
    that names the column and the fix, without the row, which `people.candidate.parse_candidate`
    adds as it turns this into a CandidateError."""


class UnreadableMail(SequencerError):
    """An inbound email that is no email at all (empty, no header fields, not an Inbound Parse
    post): the one error `inbound.mail` lets out, whatever bytes a stranger's server sent."""


class BadRequest(SequencerError):
    """A webhook body that cannot be read (not a form, not an event batch): the web answers
    400 with this message, so it must be safe to show the sender."""


class NotGenuine(SequencerError):
    """A webhook request that is not provably from its provider (no or a wrong signature or
    token, or no secret configured to check it with): the web answers 403."""


class DatabaseError(SequencerError):
    """The database cannot be used right now or at all: SQLite locked by another process
    for longer than SEQUENCER_DATABASE_WAIT_SECONDS, PostgreSQL unreachable or refusing the
    login, or (for a command that only reads) no database there yet. The message names the
    database with its password masked, and what to check."""
