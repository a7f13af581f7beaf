"""A text waits for its writer no longer than the database is waited for: when another
process's writer holds the turn (`inbound.grouped.WriteTurn`) that long, Twilio is told to
try again (500), as a locked database would tell it; the text is written once the turn comes,
and Twilio's retry is the same message, applied once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.project import Project
from helpers.worlds import make_world
from sqlmodel import Session, select
from test_webhooks import ENV, Site, inbound_text

from sequencer.inbound.grouped import WriteTurn
from sequencer.store.models import Event


@pytest.fixture
def site(project: Project, tmp_path: Path) -> Iterator[Site]:
    engine, _, _ = make_world(project, f"sqlite:///{tmp_path / 'sequencer.db'}", tmp_path)
    running = Site(engine, ENV | {"SEQUENCER_DATABASE_WAIT_SECONDS": "0.5"})
    yield running
    running.close()


def test_a_text_held_back_past_the_database_wait_gets_a_retry_then_counts_once(
    site: Site,
) -> None:
    with WriteTurn.of(site.engine).taken():  # another process's writer, frozen with the turn
        code, _ = site.twilio("/webhooks/twilio/sms", inbound_text("Yes, keen to talk"))
    assert code == 500
    code, _ = site.twilio("/webhooks/twilio/sms", inbound_text("Yes, keen to talk"))  # retried
    assert code == 200
    with Session(site.engine) as session:
        replies = session.exec(select(Event).where(Event.kind == "reply")).all()
    assert len(replies) == 1
