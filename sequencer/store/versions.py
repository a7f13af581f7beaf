"""Sequence versions: the exact YAML and templates an enrollment started with, kept in the
database, so that editing files on disk never changes what an in-flight candidate receives."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence, template_sources
from sequencer.store.models import SequenceVersion


def remember(session: Session, sequence: Sequence, library: TemplateLibrary, now: datetime) -> str:
    """Store this version of the sequence (once) and return its version id."""
    if session.get(SequenceVersion, sequence.version) is None:
        session.add(
            SequenceVersion(
                version=sequence.version,
                name=sequence.name,
                source=sequence.source,
                templates=template_sources(sequence, library),
                created_at=now,
            )
        )
    return sequence.version


# Versions never change, so each is read and parsed once per process, however many
# enrollments use it: the dispatch loop asks for one per enrollment.
_recalled: dict[str, tuple[Sequence, TemplateLibrary]] = {}


def recall(session: Session, version: str) -> tuple[Sequence, TemplateLibrary]:
    """The sequence and templates of a stored version, as they were when it was stored."""
    if version not in _recalled:
        _recalled[version] = _load(session, version)
    return _recalled[version]


def _load(session: Session, version: str) -> tuple[Sequence, TemplateLibrary]:
    record = session.get(SequenceVersion, version)
    if record is None:
        raise LookupError(f"sequence version {version} is not in the database")
    library = TemplateLibrary(Path("(stored)"), record.templates)
    sequence, _ = load_sequence(Path(f"{record.name}.yaml"), library, record.source, stored=True)
    assert sequence.version == version, "a stored version must hash to itself"
    return sequence, library
