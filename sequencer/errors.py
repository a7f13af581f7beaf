"""The project's errors, and the diagnostics that `validate` reports.

    SequencerError            root: the CLI prints its message and exits 1
     ├── SequenceError        a sequence file (or a template it uses) is invalid;
     │                        carries every Diagnostic found, not just the first
     ├── CandidateError       a candidate row is unusable (names the row number)
     └── RenderError          a template failed for one candidate (e.g. missing variable)

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
    def __init__(self, message: str, template: Path | None = None, line: int = 0) -> None:
        self.template = template
        self.line = line
        super().__init__(message)
