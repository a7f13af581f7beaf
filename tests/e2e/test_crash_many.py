"""Many real crashes: `sequencer run` is killed with SIGKILL five times while it sends 300
emails through a SendGrid fake that throttles, fails, answers slowly and drops connections
after accepting, and that posts signed events back. By the fake's own accept log, nothing
went out twice, and every planned email is sent, visibly in doubt, or failed with a reason.
Nothing is freed by hand after a kill: the people the killed daemon had leased wait for its
real lease (5 s here) to lapse, and the next daemon takes them over.

The same run as `bench/crash_test.py` (which does thousands; the checks are documented in
`helpers/crash.py`),
smaller, with faults whose retries come within seconds (no 10-second timeouts, no
connection lost before the provider took the message: those back off for minutes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes.faulty import Faults
from helpers.crash import Config, run_crash_test

FAULTS = "slow=0.05,slow_seconds=0.01-0.1,throttle=0.08,server_error=0.05,reject=0.01,drop=0.03"
PEOPLE, STEPS, KILLS = 150, 2, 5


def test_kill_9_many_times_sends_nothing_twice_and_leaves_nothing_unexplained(
    database_url: str, tmp_path: Path
) -> None:
    config = Config(
        seed=5,
        people=PEOPLE,
        kills=KILLS,
        steps=STEPS,
        faults=Faults.parse(FAULTS),
        database_url=database_url,
        budget=150,  # mostly the 60 s waits of unclear sends; each kill's lease adds up to 5 s
        workdir=tmp_path,
        # Events come 2 s after the accept (SendGrid's take seconds): never while the daemon
        # records the 202 itself, a race the test below is about.
        event_delay=2.0,
        quiet=True,
    )
    report = run_crash_test(config)
    table = report.table()
    assert report.ok, table
    counts = report.counts
    assert sum(report.kills.values()) == KILLS, table
    assert counts["held after kills"], table  # people did wait for a dead daemon's lease
    assert report.settled, table
    assert counts["duplicates"] == 0, table
    assert counts["in doubt accepted"] == 0, table  # the events settled every one of those
    explained = ("sent", "in doubt", "held back", "failed", "skipped")
    assert sum(counts[what] for what in explained) == PEOPLE * STEPS, table
    # The faults did happen: retries, refusals and accepted-then-dropped sends.
    assert report.outcomes["throttle"] and report.outcomes["drop"], table


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_an_event_that_arrives_while_the_202_is_recorded_skips_no_step(
    database_url: str, tmp_path: Path
) -> None:
    """Answers 50-150 ms late and events posted every 100 ms with no delay: many events
    arrive while the daemon records the very send they are about (no kills needed)."""
    config = Config(
        seed=7,
        people=PEOPLE,
        kills=0,
        steps=STEPS,
        faults=Faults.parse("slow=0.6,slow_seconds=0.05-0.15"),
        database_url=database_url,
        budget=120,
        workdir=tmp_path,
        quiet=True,
    )
    report = run_crash_test(config)
    assert report.ok, report.table()
