"""Kinds of events the reports group together, where any report can take them without the
weight of another's imports (`status --json` needs `OUTSIDE`; `outside.py` brings Rich)."""

from __future__ import annotations

from sequencer.store.models import EventKind

# What an ATS or a scheduling tool told us (inbound/outside.py): `sequencer events` lists
# them, `status` shows them with the enrollments they came during.
OUTSIDE = (
    EventKind.APPLIED,
    EventKind.REJECTED,
    EventKind.HIRED,
    EventKind.STAGE_CHANGED,
    EventKind.MEETING_BOOKED,
    EventKind.MEETING_CANCELED,
)
