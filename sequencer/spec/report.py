"""What checking a sequence file found: the sequence (when it is valid) and every diagnostic,
each placed at file:line:column. `validate` fills it in, `template_checks` adds to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sequencer.errors import Diagnostic, Severity
from sequencer.spec.sequence import Sequence
from sequencer.spec.yamlsource import Position


@dataclass
class Report:
    path: Path
    sequence: Sequence | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str = ""

    @property
    def ok(self) -> bool:
        return self.sequence is not None and not any(d.is_error for d in self.diagnostics)

    def add(
        self,
        at: Position,
        message: str,
        severity: Severity = Severity.ERROR,
        path: Path | None = None,
    ) -> None:
        where = str(path or self.path)
        self.diagnostics.append(Diagnostic(where, at.line, at.column, message, severity))
