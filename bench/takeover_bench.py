"""Takeover: two `sequencer run` daemons share one database; one is killed with SIGKILL
mid-batch. How long do the people it had leased wait before the other daemon sends to them?

    .venv/bin/python bench/takeover_bench.py [--database-url URL] [--people 1000]
        [--kill-at 0.15] [--slow 0.04] [--interval 30] [--budget 900] [--json]

What it does, in a temp folder:
1. one email step, due at once, for --people synthetic candidates (the crash test's project,
   `tests/helpers/crash.py`), imported and enrolled with the real CLI;
2. a fake SendGrid (`tests/fakes/faulty.py`) that accepts every message after --slow
   seconds, so a pass over a batch of 500 takes a while, as at a real provider;
3. daemons A and B (`sequencer run --interval`, the product's default 30 s) on the same
   database; once --kill-at of the people were accepted, A is killed with SIGKILL;
4. the people A held at that moment (due, leased to A) are watched until the fake has
   accepted each of them (or --budget runs out), then B stops with SIGTERM.

It prints how many people A held and how long after the kill each was accepted. Any message
accepted twice is listed (there should be none).

To measure older code, put its checkout first on the path: `PYTHONPATH=/tmp/old-checkout`.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import sqlalchemy as sa
from fakes.faulty import Faults, FaultySendGrid
from helpers.crash import PROVIDER_ENV, Config, database, free_port, write_project

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=PG, help=f"default: {PG}")
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--kill-at", type=float, default=0.15, help="share accepted (0.15)")
    parser.add_argument("--slow", type=float, default=0.04, help="seconds per message (0.04)")
    parser.add_argument("--interval", type=float, default=30.0, help="the daemons' --interval")
    parser.add_argument("--budget", type=float, default=900.0, help="seconds (default 900)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    config = Config(people=args.people, steps=1, database_url=args.database_url)
    folder = Path(tempfile.mkdtemp(prefix="takeover-"))
    with database(config, folder) as url:
        result = Takeover(args, config, folder, url).run()
    print(json.dumps(result, indent=2) if args.json else table(result))
    return 1 if result["accepted twice"] or result["still waiting"] else 0


class Takeover:
    def __init__(self, args: argparse.Namespace, config: Config, folder: Path, url: str) -> None:
        self.args, self.config, self.folder, self.url = args, config, folder, url
        faults = Faults.parse(f"slow=1,slow_seconds={args.slow}")
        self.fake = FaultySendGrid(seed=1, faults=faults)
        self.reader = sa.create_engine(url)

    def env(self) -> dict[str, str]:
        base = {k: v for k, v in os.environ.items() if not k.startswith(PROVIDER_ENV)}
        return base | {
            "SEQUENCER_SEQUENCES_DIR": str(self.folder / "sequences"),
            "SEQUENCER_TEMPLATES_DIR": str(self.folder / "templates"),
            "SEQUENCER_DATABASE_URL": self.url,
            "SENDGRID_API_KEY": self.fake.api_key or "",
            "SENDGRID_API_HOST": self.fake.url,
            "SEQUENCER_EMAIL_DAILY_CAP": "off",
            "SEQUENCER_EMAIL_SPACING_SECONDS": "off",
        }

    def cli(self, *args: str) -> None:
        command = [sys.executable, "-m", "sequencer", *args]
        subprocess.run(command, env=self.env(), cwd=self.folder, check=True, capture_output=True)

    def daemon(self, name: str) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "sequencer", "run", "--port", str(free_port())]
        command += ["--interval", str(self.args.interval)]
        log = (self.folder / f"daemon-{name}.log").open("wb")
        with log:
            return subprocess.Popen(
                command, env=self.env(), cwd=self.folder, stdout=log, stderr=subprocess.STDOUT
            )

    def run(self) -> dict[str, Any]:
        write_project(self.folder, self.config)
        with self.fake:
            self.cli("import", "people.csv")
            self.cli("enroll", "crash", "--all")
            a, b = self.daemon("a"), self.daemon("b")
            try:
                return self.measure(a, b)
            finally:
                for process in (a, b):
                    if process.poll() is None:
                        process.kill()
                        process.wait()
                self.reader.dispose()

    def measure(self, a: subprocess.Popen[bytes], b: subprocess.Popen[bytes]) -> dict[str, Any]:
        started = time.monotonic()
        while len(self.fake.accepted) < self.args.kill_at * self.args.people:
            self.pause(started)
        a.send_signal(signal.SIGKILL)
        a.wait()
        killed_at = time.time()
        held = self.held_by(a.pid)
        while not self.all_accepted(held) and time.monotonic() - started < self.args.budget:
            time.sleep(0.5)  # the surviving daemon works on its own clock
        b.send_signal(signal.SIGTERM)
        b.wait(timeout=120)
        return self.result(held, killed_at, time.monotonic() - started)

    def pause(self, started: float) -> None:
        if time.monotonic() - started > self.args.budget:
            raise SystemExit("the daemons sent too little before the budget ran out")
        time.sleep(0.05)

    def held_by(self, pid: int) -> set[str]:
        """The refs of the people due and leased to the dead daemon at its death."""
        query = sa.text(
            "SELECT id FROM enrollment WHERE status = 'active' AND next_due_at IS NOT NULL"
            " AND lease_owner LIKE :owner"
        )
        with self.reader.connect() as connection:
            ids = connection.execute(query, {"owner": f"%:{pid}:%"}).scalars()
            return {f"{i}-intro" for i in ids}

    def all_accepted(self, refs: set[str]) -> bool:
        return refs <= {d.ref for d in self.fake.accepted}

    def result(self, held: set[str], killed_at: float, seconds: float) -> dict[str, Any]:
        accepted = self.fake.accepted
        first = {d.ref: d.at for d in reversed(accepted)}
        waits = sorted(first[ref] - killed_at for ref in held if ref in first)
        twice = [ref for ref, n in Counter(d.ref for d in accepted).items() if n > 1]
        return {
            "database": sa.make_url(self.url).get_backend_name(),
            "people": self.args.people,
            "interval": self.args.interval,
            "held by the killed daemon": len(held),
            "held share": round(len(held) / self.args.people, 3),
            "still waiting": len(held) - len(waits),
            "wait seconds": _spread(waits),
            "waited over 60 s": sum(w > 60 for w in waits),
            "waited over 180 s": sum(w > 180 for w in waits),
            "accepted": len({d.ref for d in accepted}),
            "accepted twice": twice,
            "seconds": round(seconds, 1),
        }


def _spread(waits: list[float]) -> dict[str, float]:
    if not waits:
        return {}
    tenth = statistics.quantiles(waits, n=10) if len(waits) > 1 else waits * 9
    return {
        "min": round(waits[0], 1),
        "median": round(statistics.median(waits), 1),
        "p90": round(tenth[-1], 1),
        "max": round(waits[-1], 1),
    }


def table(result: dict[str, Any]) -> str:
    rows = [(k, v) for k, v in result.items() if k != "wait seconds"]
    rows.insert(6, ("wait after the kill (s)", result["wait seconds"]))
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


if __name__ == "__main__":
    sys.exit(main())
