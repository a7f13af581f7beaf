"""Sequence versions: the exact YAML and templates an enrollment started with, kept in the
database, so that editing files on disk never changes what an in-flight candidate receives."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path

from sqlmodel import Session

from sequencer.models import SequenceVersion
from sequencer.sequence import Sequence
from sequencer.templates import TemplateLibrary
from sequencer.validate import load_sequence


def remember(session: Session, sequence: Sequence, library: TemplateLibrary, now: datetime) -> str:
    """Store this version of the sequence (once) and return its version id."""
    if session.get(SequenceVersion, sequence.version) is None:
        names = sorted({step.template for step in sequence.steps})
        session.add(
            SequenceVersion(
                version=sequence.version,
                name=sequence.name,
                source=sequence.source,
                templates={name: library.get(name).source for name in names},
                created_at=now,
            )
        )
    return sequence.version


def recall(session: Session, version: str) -> tuple[Sequence, TemplateLibrary]:
    """The sequence and templates of a stored version, as they were when it was stored."""
    record = session.get(SequenceVersion, version)
    if record is None:
        raise LookupError(f"sequence version {version} is not in the database")
    return _load(record.version, record.name, record.source, tuple(record.templates.items()))


@lru_cache(maxsize=64)
def _load(
    version: str, name: str, source: str, templates: tuple[tuple[str, str], ...]
) -> tuple[Sequence, TemplateLibrary]:
    # Versions never change, so each is parsed once per process however often it is used.
    library = TemplateLibrary(Path("(stored)"), dict(templates))
    sequence, _ = load_sequence(Path(f"{name}.yaml"), library, text=source, stored=True)
    assert sequence.version == version, "a stored version must hash to itself"
    return sequence, library
