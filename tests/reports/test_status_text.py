"""Plain `status` at 100,000 enrollments (issue 17): written a block at a time as it is made,
each second of each pair of clocks said once, the zones of each version read from its stored
YAML without checking it again; the text unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from helpers.commands import modules_loaded
from helpers.project import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session
from test_status_pinned import ONE_PERSON, build_world
from test_status_reads import NOT_TO_READ_JSON, _one_person_with_sends

from sequencer.cli import main
from sequencer.reports.status import channels_paused, notices_failing, status_blocks, version_zones
from sequencer.reports.status_rows import utc_text
from sequencer.reports.terminal import plain
from sequencer.reports.wording import Clocks
from sequencer.spec.content import Content
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.versions import remember

T0 = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)


def test_status_in_a_pipe_prints_the_pinned_text(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the command writes, block by block, is the text `test_status_pinned` pins, for
    everyone and for one person (`plain` of the blocks, after what needs fixing first)."""
    engine = engine_for(database_url)
    build_world(engine)
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", database_url)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    first = "".join(f"{line}\n" for line in [*channels_paused(engine), *notices_failing(engine)])
    for key in (None, *ONE_PERSON):
        asked = ["status", *([key] if key else [])]
        printed = CliRunner().invoke(main, asked, catch_exceptions=False).stdout
        assert printed == first + plain(status_blocks(engine, key))
        assert printed.count("\n\n") >= (8 if key is None else 1)  # blocks, a line between


def test_status_checks_no_version_again_nor_reads_what_only_one_person_needs(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'sequencer.db'}"
    _one_person_with_sends(engine_for(url), [["delivered"]])
    modules, result = modules_loaded(tmp_path, "status", SEQUENCER_DATABASE_URL=url)
    assert result.returncode == 0, result.stderr
    assert "step-0" in result.stdout and "delivered" in result.stdout
    unwanted = ("sequencer.store.versions", "sequencer.reports.export", *NOT_TO_READ_JSON)
    assert [name for name in unwanted if name in modules] == []
    # In a pipe, nor Rich (15-40 ms); nor, with no channel paused and no notice failing, the
    # store's modules that would say so (they map the models).
    later = ("rich", "sequencer.store.pauses", "sequencer.store.notices")
    assert [name for name in later if name in modules] == []


def test_each_stored_versions_zones_are_the_checked_sequences(tmp_path: Path) -> None:
    """The recruiter's zone (the sender's, else the sequence's) and the zone of people who
    have none (the sequence's, else UTC), read from the stored YAML, are the ones the
    checked `Sequence` gives, for the shipped sequences and for files that name fewer."""
    library = TemplateLibrary(ROOT / "templates" / "messages", content=Content(ROOT / "content"))
    text = (ROOT / "sequences" / "passive-candidate.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    variants = {
        "no-sender-zone": "".join(x for x in lines if not x.startswith("  timezone:")),
        "no-zone-at-all": "".join(x for x in lines if "timezone:" not in x),
    }
    engine = engine_for(f"sqlite:///{tmp_path / 'versions.db'}")
    checked = {}
    with Session(engine) as session:
        sources = [(p, None) for p in sorted((ROOT / "sequences").glob("*.yaml"))]
        # Beside the shipped files, which their outcomes name; never written there.
        sources += [(ROOT / "sequences" / f"{name}.yaml", y) for name, y in variants.items()]
        for path, yaml in sources:
            sequence, _ = load_sequence(path, library, yaml)
            checked[remember(session, sequence, library, T0)] = sequence
        session.commit()
        zones = version_zones(session.connection(), set(checked))
    assert len(checked) == len(sources)
    assert {str(Clocks.of(zones[v], None).ours) for v in checked} >= {"UTC", "America/New_York"}
    for version, sequence in checked.items():
        for theirs in (None, "Asia/Kolkata"):
            assert Clocks.of(zones[version], theirs) == Clocks.of(sequence, theirs)


ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@settings(max_examples=300, deadline=None)
@given(
    moment=st.datetimes(
        min_value=datetime(1900, 1, 2), max_value=datetime(2200, 12, 30), timezones=offsets
    ),
    nearby=st.integers(min_value=-120_000_000, max_value=120_000_000),  # microseconds
    ours=st.sampled_from(ZONES),
    theirs=st.sampled_from(ZONES),
)
def test_a_time_reads_the_same_whatever_was_said_before_it(
    moment: datetime, nearby: int, ours: str, theirs: str
) -> None:
    """Clocks say each second once, then read any time in it from what they said: right,
    whatever time near it (in its second or not) they said first."""
    said_first = utc_text(moment + timedelta(microseconds=nearby))
    clocks = Clocks(ZoneInfo(ours), ZoneInfo(theirs))
    clocks.side_by_side(said_first)
    fresh = Clocks(ZoneInfo(ours), ZoneInfo(theirs))
    assert clocks.side_by_side(utc_text(moment)) == fresh.side_by_side(moment)


def test_the_seconds_either_side_of_a_change_of_clocks_read_apart() -> None:
    """Kolkata moved from Madras time (+05:21:10) to IST (+05:30) at 18:38:50 UTC on 31
    December 1905, within a minute: the half second before it is still 1905 there, the
    second after it 1906, whichever was said first."""
    clocks = Clocks(ZoneInfo("Asia/Kolkata"), ZoneInfo("UTC"))
    before = clocks.side_by_side("1905-12-31T18:38:49.500000+00:00")
    after = clocks.side_by_side("1905-12-31T18:38:50+00:00")
    again = clocks.side_by_side("1905-12-31T18:38:49+00:00")
    assert before == again == ("Sun 31 Dec 1905 23:59 MMT", "18:38 UTC")
    assert after == ("Mon 01 Jan 1906 00:08 IST", "Sun 31 Dec 18:38 UTC")
