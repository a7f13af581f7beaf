"""Two `sequencer run` daemons on one database, a provider slow enough that a pass outlasts a
lease: the daemon that took the batch keeps it while it lives (its heartbeat renews the
lease), and once it is killed the other sends the rest within seconds of the lease."""

from __future__ import annotations

import math
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from fakes.faulty import Faults, FaultySendGrid
from helpers.crash import PROVIDER_ENV, Config, write_project
from helpers.processes import wait_for

from sequencer.engine.enroll import enroll
from sequencer.spec.validate import named_loader
from sequencer.store.database import engine_for
from sequencer.store.people import import_candidates

PEOPLE = 32  # one chunk (`engine.dispatch.CHUNK`): all of them A's first
LEASE = 2.0  # SEQUENCER_LEASE_SECONDS: the heartbeat renews every 0.67 s
SLOW = 0.3  # seconds the provider takes per message: A's pass takes 9.6 s, 4.8 leases
WATCH = 2 * LEASE  # how long B runs beside the live A
# While B starts (a daemon takes seconds: imports, and the reply reader warms up before it
# serves), the provider answers A once every STARTING seconds, so A is still early in its
# batch, past several leases, when B is up, however slow the machine.
STARTING = 3.0


def daemon(env: dict[str, str], folder: Path, name: str) -> tuple[subprocess.Popen[str], Path]:
    log = folder / f"daemon-{name}.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "sequencer", "run", "--port", "0", "--interval", "1"],
            env=env,
            cwd=folder,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert process.stderr is not None
    banner = process.stderr.readline()  # printed once it serves: its first pass has begun
    assert re.search(r"running on http://\S+:\d+", banner), banner
    return process, log


def enroll_everyone(folder: Path, url: str) -> None:
    """Everyone in the crash test's project, due now (the daemons run on the wall clock)."""
    now = datetime.now(UTC)
    engine = engine_for(url)
    import_candidates(engine, folder / "people.csv", now)
    sequence, library = named_loader(folder / "sequences", folder / "templates")("crash")
    assert len(enroll(engine, sequence, library, None, now).enrolled) == PEOPLE
    engine.dispose()


def due(url: str) -> int:
    query = "SELECT count(*) FROM enrollment WHERE status = 'active' AND next_due_at IS NOT NULL"
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(sa.text(query)).scalar_one())
    finally:
        engine.dispose()


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_killed_daemons_people_are_sent_by_another_within_seconds_of_its_lease(
    database_url: str, tmp_path: Path
) -> None:
    write_project(tmp_path, Config(people=PEOPLE, steps=1))
    with FaultySendGrid(faults=Faults.parse(f"slow=1,slow_seconds={STARTING}")) as fake:
        base = {k: v for k, v in os.environ.items() if not k.startswith(PROVIDER_ENV)}
        env = base | {
            "SEQUENCER_SEQUENCES_DIR": str(tmp_path / "sequences"),
            "SEQUENCER_TEMPLATES_DIR": str(tmp_path / "templates"),
            "SEQUENCER_DATABASE_URL": database_url,
            "SENDGRID_API_KEY": fake.api_key or "",
            "SENDGRID_API_HOST": fake.url,
            "SEQUENCER_EMAIL_DAILY_CAP": "off",
            "SEQUENCER_EMAIL_SPACING_SECONDS": "off",
            "SEQUENCER_LEASE_SECONDS": str(LEASE),
            "SEQUENCER_SENDS_IN_FLIGHT": "1",  # one call at a time: A outlasts its lease
            "PYTHONUNBUFFERED": "1",  # each log line in the file as it is written
        }
        enroll_everyone(tmp_path, database_url)
        a, _ = daemon(env, tmp_path, "a")  # its first pass takes everyone into its batch
        b, b_log = daemon(env, tmp_path, "b")
        fake.faults = Faults.parse(f"slow=1,slow_seconds={SLOW}")
        try:
            # A sends on, past its lease, while B passes every second.
            watched = len(fake.accepted) + math.ceil(WATCH / SLOW)
            wait_for(lambda: len(fake.accepted) >= watched, seconds=120)
            b_before = b_log.read_text()
            assert len(fake.accepted) < PEOPLE, "A was done before B had watched it long"
            a.send_signal(signal.SIGKILL)
            a.wait()
            killed_at = time.time()
            wait_for(lambda: due(database_url) == 0, seconds=120)
        finally:
            for process in (a, b):
                process.kill()
                process.wait()
    # B took nothing from the live A: no send of its own logged, no pass that did anything.
    assert '"outcome"' not in b_before and "pass: " not in b_before, b_before[-2000:]
    accepted = fake.accepted
    assert max(Counter(d.ref for d in accepted).values()) == 1  # none sent twice
    # Killed in a provider call or just after its hand-over, one may stay in doubt.
    assert len(accepted) >= PEOPLE - 1
    takeover = min(d.at for d in accepted if d.at > killed_at) - killed_at
    assert takeover < LEASE + 5, f"the first of A's people went out {takeover:.1f} s after"
