"""How soon `sequencer run` sends, serves and reads: whole daemons, from launch (session 34).

    .venv/bin/python bench/start_bench.py [--runs 5] [--before DIR] [--processes 1] [-o FILE]

Each run starts a daemon (SQLite, the local outbox, the webhooks on a free port, no pages) on a
copy of one database in which one person is enrolled in a sequence of one email due at once,
and times from the launch of the process:
    banner    the "sequencer running on" line (listening, the passes started)
    send      that email written to the outbox (the first pass's send)
    text      a text from that person ("Please stop texting me"), signed as Twilio signs it and
              posted the moment the banner is out, answered 200 (read, applied, committed)
    reader    the "reply reader loaded" log line (the code before session 34 loads it before the
              banner, and writes no such line: shown as -)
and, at the end of each run, the resident memory of the daemon and its forked webhook copies
(`--processes`, SEQUENCER_WEBHOOK_PROCESSES), summed from /proc (RSS, and PSS: shared pages
split between the processes that share them). Then SIGTERM, and the run must exit 0.

--before DIR: also run another checkout (e.g. `git worktree add DIR main`) by the same Python
with PYTHONPATH=DIR, alternating with this one run by run, so both see the same load on a
shared machine; compare within a run. Compiled bytecode is kept in a temporary folder, as in
bench/cli_bench.py. Goals (the median, this tree): send ≤ 3 s, text ≤ 8 s; the banner and the
send do not wait for the reader.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "twilio-auth-token-for-the-start-bench"
PUBLIC_URL = "https://sequencer.example.com"
PHONE = "+12125550147"
TARGETS = {"send": 3.0, "text": 8.0}
SEQUENCE = """\
send_window: ["Daily 00:00-23:59"]
sender: {name: Dana, email: dana@example.com}
steps:
  - {id: hello, channel: email, template: t/email, wait: 0 minutes}
"""
TEMPLATE = (
    "{% block subject %}Hello{% endblock %}\n"
    "{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}\n"
)


def project(folder: Path, tree: Path, pycache: Path) -> Path:
    """The sequence, its template and a database with Ana enrolled; the database's path."""
    (folder / "sequences").mkdir(parents=True)
    (folder / "templates" / "t").mkdir(parents=True)
    (folder / "sequences" / "always.yaml").write_text(SEQUENCE, encoding="utf-8")
    (folder / "templates" / "t" / "email.j2").write_text(TEMPLATE, encoding="utf-8")
    people = f"email,phone,first_name,timezone,sms_consent\nana@example.com,{PHONE},Ana,UTC,yes\n"
    (folder / "people.csv").write_text(people, encoding="utf-8")
    database = folder / "template.sqlite"
    env = environment(tree, pycache, folder, database)
    for arguments in (["import", "people.csv"], ["enroll", "always", "ana@example.com"]):
        command = [sys.executable, "-m", "sequencer", *arguments]
        subprocess.run(command, cwd=folder, env=env, check=True, capture_output=True)
    return database


def environment(tree: Path, pycache: Path, folder: Path, database: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SEQUENCER_", "TWILIO_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env | {
        "PYTHONPATH": str(tree),
        "PYTHONPYCACHEPREFIX": str(pycache / tree.name),
        "SEQUENCER_SEQUENCES_DIR": str(folder / "sequences"),
        "SEQUENCER_TEMPLATES_DIR": str(folder / "templates"),
        "SEQUENCER_DATABASE_URL": f"sqlite:///{database}",
        "SEQUENCER_OUTBOX_DIR": str(folder / "outbox"),
        "SEQUENCER_PUBLIC_URL": PUBLIC_URL,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "SEQUENCER_LOG_LEVEL": "INFO",
    }


def post_text(port: int) -> int:
    target = "/webhooks/twilio/sms"
    params = {"MessageSid": "SM" + "5" * 32, "From": PHONE, "Body": "Please stop texting me"}
    signature = RequestValidator(TOKEN).compute_signature(PUBLIC_URL + target, params)
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{target}",
        data=urllib.parse.urlencode(params).encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature,
        },
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return int(response.status)


def memory(pids: list[int]) -> tuple[float, float]:
    """MiB resident (RSS) and proportional (PSS), summed over the processes."""
    rss = pss = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            name, _, value = line.partition(":")
            if name == "Rss":
                rss += int(value.split()[0])
            elif name == "Pss":
                pss += int(value.split()[0])
    return rss / 1024, pss / 1024


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if re.search(rf"^PPid:\s+{pid}$", (entry / "status").read_text(), re.MULTILINE):
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def one_run(tree: Path, folder: Path, template: Path, pycache: Path, processes: int) -> dict:
    work = Path(tempfile.mkdtemp(dir=folder))
    database = work / "db.sqlite"
    shutil.copy(template, database)
    for name in ("sequences", "templates"):
        shutil.copytree(folder / name, work / name)
    env = environment(tree, pycache, work, database)
    env["SEQUENCER_WEBHOOK_PROCESSES"] = str(processes)
    command = [sys.executable, "-m", "sequencer", "run", "--port", "0", "--dashboard-port", "off"]
    started = time.perf_counter()
    daemon = subprocess.Popen(
        command, cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    times: dict[str, float | None] = {"reader": None}
    loaded: list[float] = []  # a line per process that loaded the reader
    try:
        assert daemon.stdout is not None and daemon.stderr is not None

        def watch_log() -> None:
            assert daemon.stdout is not None
            for line in daemon.stdout:
                if "reply reader loaded" in line:
                    loaded.append(time.perf_counter() - started)
                    times["reader"] = times["reader"] or loaded[-1]

        threading.Thread(target=watch_log, daemon=True).start()
        banner = daemon.stderr.readline()
        times["banner"] = time.perf_counter() - started
        found = re.search(r":(\d+) ", banner)
        if found is None:
            sys.exit(f"no banner from {tree}: {banner}{daemon.stderr.read()}")
        outbox = work / "outbox"

        def sent() -> None:
            while not (outbox.exists() and any(outbox.iterdir())):
                time.sleep(0.005)
            times["send"] = time.perf_counter() - started

        watcher = threading.Thread(target=sent)
        watcher.start()
        status = post_text(int(found.group(1)))
        times["text"] = time.perf_counter() - started
        if status != 200:
            sys.exit(f"the text got {status} from {tree}")
        watcher.join(timeout=120)
        deadline = time.monotonic() + 60  # the reader loaded in every process, where it logs so
        while len(loaded) < processes and writes_reader_line(tree) and time.monotonic() < deadline:
            time.sleep(0.05)
        rss, pss = memory([daemon.pid, *children_of(daemon.pid)])
        times["rss"], times["pss"] = rss, pss
        daemon.send_signal(signal.SIGTERM)
        if daemon.wait(timeout=60) != 0:
            sys.exit(f"the daemon of {tree} did not stop cleanly")
    finally:
        if daemon.poll() is None:
            daemon.kill()
    return times


def writes_reader_line(tree: Path) -> bool:
    return (tree / "sequencer" / "web" / "reader.py").exists()


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


COLUMNS = ("banner", "send", "text", "reader", "rss", "pss")


def cell(values: list[float | None], unit: str) -> str:
    known = [v for v in values if v is not None]
    if not known:
        return "-"
    middle = statistics.median(known)
    if unit == "MiB":
        return f"{middle:.0f} MiB"
    return f"{middle:.2f} s ({min(known):.2f}–{max(known):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per tree")
    parser.add_argument("--before", type=Path, help="another checkout to compare with")
    parser.add_argument("--processes", type=int, default=1, help="SEQUENCER_WEBHOOK_PROCESSES")
    parser.add_argument("-o", "--output", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    trees = {"after": ROOT}
    if args.before:
        trees = {"before": args.before.resolve(), "after": ROOT}
    lines = [
        f"sequencer run, from launch: median of {args.runs} runs (min–max), "
        f"SEQUENCER_WEBHOOK_PROCESSES={args.processes}; {load()} at the start"
    ]
    print(lines[0], flush=True)
    results: dict[str, list[dict]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as folder:
        pycache = Path(folder) / "pycache"
        templates = {}
        for name, tree in trees.items():
            templates[name] = project(Path(folder) / name, tree, pycache)
            one_run(tree, Path(folder) / name, templates[name], pycache, args.processes)  # warm
        for run in range(args.runs):
            for name, tree in trees.items():
                times = one_run(tree, Path(folder) / name, templates[name], pycache, args.processes)
                results[name].append(times)
                shown = "  ".join(
                    f"{key} {value:.2f}" for key, value in times.items() if value is not None
                )
                print(f"  run {run + 1} {name}: {shown}", flush=True)
    lines.append(f"{'tree':<8}" + "".join(f"{column:>24}" for column in COLUMNS))
    for name, runs in results.items():
        row = "".join(
            f"{cell([r.get(c) for r in runs], 'MiB' if c in ('rss', 'pss') else 's'):>24}"
            for c in COLUMNS
        )
        lines.append(f"{name:<8}{row}")
    after = results["after"]
    for what, goal in TARGETS.items():
        median = statistics.median(r[what] for r in after)
        verdict = "met" if median <= goal else "missed"
        lines.append(f"goal: {what} ≤ {goal} s (median, this tree): {median:.2f} s, {verdict}")
    lines.append(f"{load()} at the end")
    print(*lines[1:], sep="\n")
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
