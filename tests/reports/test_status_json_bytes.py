"""`status --json`'s bytes are `json.dumps(indent=2)`'s (reports/indented_json.py writes them
with orjson): text past ASCII escaped as json escapes it, and no float anywhere in an entry,
where orjson and json would write one differently."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from sqlmodel import Session, select
from test_status_pinned import at, build_world

from sequencer.cli import main
from sequencer.reports.status import status
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, Event, Suppression

ALEX = "alex.rivera@example.com"


def test_status_json_command_escapes_text_past_ascii_as_before(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reply, a subject and a suppression reason in other scripts and with an emoji are
    printed as `json.dumps` escapes them (`\\u00e9`, a surrogate pair), as scripts read them."""
    engine = engine_for(database_url)
    build_world(engine)
    with Session(engine) as session:
        alex = session.exec(select(CandidateRecord).where(CandidateRecord.key == ALEX)).one()
        reply = "¡Sí, José! 😀 Привет\x7f"
        session.add(Event(key="mail:<si@example.com>", kind="reply", channel="email",
                          candidate_id=alex.id, detail=reply, occurred_at=at(95),
                          received_at=at(95)))  # fmt: skip
        session.add(Suppression(address="+12125550147", reason="texted «STOP»", created_at=at(96)))
        session.commit()
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", database_url)
    printed = CliRunner().invoke(main, ["status", "--json"], catch_exceptions=False).stdout_bytes
    assert printed == (json.dumps(status(engine), indent=2) + "\n").encode()
    assert b"\\u00a1S\\u00ed, Jos\\u00e9! \\ud83d\\ude00 \\u041f" in printed
    assert b"texted \\u00abSTOP\\u00bb" in printed


def _floats(value: Any) -> list[float]:
    if isinstance(value, float):
        return [value]
    if isinstance(value, dict):
        return [f for item in value.values() for f in _floats(item)]
    if isinstance(value, list):
        return [f for item in value for f in _floats(item)]
    return []


def test_no_status_entry_holds_a_float(database_url: str) -> None:
    # orjson writes 1e-05 as 0.00001 and NaN as null: a float in an entry would change the
    # bytes. A new number in status must be an int or text, or indented_json must learn it.
    engine = engine_for(database_url)
    build_world(engine)
    entries = status(engine)
    assert entries and _floats(entries) == []
