"""Telling the recruiter about a reply or an opt-out: a notice that cannot go out is tried
again with a growing wait (1, 2, 4 ... minutes, at most an hour), each failure is logged with
its reason, and the recruiter sees it in `status` and the operator in `/metrics`."""

from __future__ import annotations

import logging
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from helpers.project import Project, settings_for
from helpers.worlds import START, make_world
from sqlmodel import Session, select

from sequencer.channels import ChannelError, Email, Receipt, Rejected, RetryLater
from sequencer.channels.outbox import Outbox
from sequencer.cli import main
from sequencer.daemon.passes import run_pass
from sequencer.inbound.effects import Incoming, once, replied
from sequencer.inbound.notify import notify_recruiters
from sequencer.ops.logs import JsonFormatter
from sequencer.ops.metrics import Metrics
from sequencer.reports.status import notices_failing
from sequencer.store.models import CandidateRecord, Event, EventKind
from sequencer.store.notices import failing

RECRUITER = "dana@northwind.example"


@pytest.fixture
def world(project: Project, database_url: str, tmp_path: Path):
    return make_world(project, database_url, tmp_path)


class Refusing:
    """An email provider that refuses every message, and counts the calls."""

    def __init__(self, error: ChannelError | None = None) -> None:
        self.error = error or RetryLater("connection refused by smtp.example.net")
        self.calls: list[Email] = []

    def send_email(self, email: Email) -> Receipt:
        self.calls.append(email)
        raise self.error


def reply_from_ana(engine: sa.Engine, key: str = "mail:<r1@example.com>") -> None:
    with Session(engine) as session:
        ana = session.exec(select(CandidateRecord)).one()
    said = Incoming(key=key, kind=EventKind.REPLY, occurred_at=START, candidate_id=ana.id)
    once(engine, said, START, replied("replied by email"))


def untold(engine: sa.Engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(Event).where(Event.notified_at == None)).all())  # noqa: E711


def test_a_notice_that_cannot_go_is_tried_once_then_not_before_the_backoff(world) -> None:
    engine, _, _ = world
    reply_from_ana(engine)
    provider = Refusing()
    for second in range(8):  # the daemon's passes, a second apart: 8 calls before the fix
        notify_recruiters(engine, provider, None, START + timedelta(seconds=second))
    assert len(provider.calls) == 1
    notify_recruiters(engine, provider, None, START + timedelta(minutes=1))
    assert len(provider.calls) == 2
    assert untold(engine) == 1  # still to tell: nothing was lost


def test_the_wait_between_tries_doubles_up_to_an_hour(world) -> None:
    engine, _, _ = world
    reply_from_ana(engine)
    provider = Refusing()
    notify_recruiters(engine, provider, None, START)
    tried = [START]
    for _ in range(8):
        [backoff] = failing(engine)[0]
        notify_recruiters(engine, provider, None, backoff.retry_at - timedelta(seconds=1))
        assert len(provider.calls) == len(tried)  # not a second early
        notify_recruiters(engine, provider, None, backoff.retry_at)
        tried.append(backoff.retry_at)
    gaps = [int((b - a) / timedelta(minutes=1)) for a, b in pairwise(tried)]
    assert gaps == [1, 2, 4, 8, 16, 32, 60, 60]
    [backoff] = failing(engine)[0]
    assert backoff.tries == 9 and backoff.since == START


def test_several_notices_to_one_recruiter_cost_one_try_per_wait(world) -> None:
    engine, _, _ = world
    for n in range(3):
        reply_from_ana(engine, f"mail:<r{n}@example.com>")
    provider = Refusing()
    notify_recruiters(engine, provider, None, START)
    assert len(provider.calls) == 1


def test_each_failed_try_is_logged_as_a_warning_with_its_reason_and_no_address(
    world, caplog: pytest.LogCaptureFixture
) -> None:
    engine, _, _ = world
    reply_from_ana(engine)
    refused = Rejected(f"550 5.1.1 <{RECRUITER}>: mailbox unavailable", code="550")
    caplog.set_level(logging.INFO, logger="sequencer.inbound.notify")
    notify_recruiters(engine, Refusing(refused), None, START)
    notify_recruiters(engine, Refusing(refused), None, START + timedelta(minutes=1))
    records = [r for r in caplog.records if r.name == "sequencer.inbound.notify"]
    assert [r.levelname for r in records] == ["WARNING", "WARNING"]
    lines = [JsonFormatter().format(r) for r in records]
    assert all("mailbox unavailable" in line for line in lines)
    assert all(RECRUITER not in line and "d***@northwind.example" in line for line in lines)
    assert "try 1" in lines[0] and "next try in 1 minute" in lines[0]
    assert "try 2" in lines[1] and "next try in 2 minutes" in lines[1]


def test_the_recruiter_sees_notices_that_cannot_go_out_in_status(
    world, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, _, settings = world
    assert notices_failing(engine) == []
    reply_from_ana(engine)
    notify_recruiters(engine, Refusing(), None, START)
    [line] = notices_failing(engine)
    assert f"Notices to {RECRUITER} are not going out" in line
    assert "1 reply or opt-out not yet told" in line
    assert "1 failed try since 2026-11-23 14:00 UTC" in line
    assert "next try 2026-11-23 14:01 UTC" in line
    assert "connection refused by smtp.example.net" in line
    monkeypatch.setenv("SEQUENCER_DATABASE_URL", settings.database_url)
    shown = CliRunner().invoke(main, ["status"])
    assert shown.exit_code == 0 and line in shown.output


def test_once_the_provider_takes_them_every_waiting_notice_goes_and_status_clears(
    world, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine, _, _ = world
    for n in range(2):
        reply_from_ana(engine, f"mail:<r{n}@example.com>")
    notify_recruiters(engine, Refusing(), None, START)
    caplog.set_level(logging.INFO, logger="sequencer.inbound.notify")
    later = START + timedelta(minutes=1)
    outcomes = notify_recruiters(engine, Outbox(tmp_path / "fixed", later), None, later)
    assert outcomes == {"recruiters told": 2}
    assert untold(engine) == 0 and failing(engine) == ([], 0)
    assert notices_failing(engine) == []
    assert "notices go out again" in caplog.text


def test_a_failed_notice_is_a_pass_outcome_and_counted_in_metrics(
    world, project: Project, database_url: str, tmp_path: Path
) -> None:
    engine, _, _ = world
    reply_from_ana(engine)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the outbox should be\n")
    outcomes = run_pass(engine, settings_for(project, database_url, blocked), START)
    assert outcomes["recruiter notices failed"] == 1
    metrics = Metrics(engine, lambda: START)
    metrics.passed(START, outcomes, 0.1)
    exposed = metrics.exposition()
    assert 'sequencer_pass_outcomes_total{outcome="recruiter_notices_failed"} 1.0' in exposed
