"""How fast the `sequencer` command answers: whole processes, start to exit (issue #17).

    .venv/bin/python bench/cli_bench.py [--runs 10] [--before DIR] [-o FILE]

Times, as a user would see them, the console script `sequencer` (next to this Python) running
    help      sequencer --help
    validate  sequencer validate             (the shipped sequences/, content/ and templates/)
    preview   sequencer preview passive-candidate --candidates one-row.csv --start ...
              (one candidate: the first row of examples/candidates.csv)
    replies   sequencer replies --help    (loads the command's module, without the reply
              reader: session 34)
each --runs times after one unmeasured run (the disk cache warm), and prints the median and the
spread. Targets: help ≤ 0.3 s, validate and preview ≤ 0.6 s, replies ≤ 1 s (median).

--before DIR: also time another checkout of the project (e.g. `git worktree add DIR HEAD`),
run by the same Python with PYTHONPATH=DIR, alternating with this one run by run, so both see
the same load on a shared machine; the ratio is the number to trust there, not the seconds.
Each command runs in its tree's root, with no SEQUENCER_* variables from the environment.
Compiled bytecode is kept in a temporary folder (PYTHONPYCACHEPREFIX), as an installed package
keeps its .pyc files: with PYTHONDONTWRITEBYTECODE set, every run would compile the project's
source again, a cost users do not pay. Likewise the unmeasured run leaves the holidays a preview
keeps in ~/.cache/sequencer (spec/holiday_days.py), as any preview after a user's first does.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEQUENCER = Path(sys.executable).with_name("sequencer")
START = "2026-12-07T09:00"  # a fixed enrollment time: every run previews the same timeline
TARGETS = {"help": 0.3, "validate": 0.6, "preview": 0.6, "replies": 1.0}


def commands(one_row: Path) -> dict[str, list[str]]:
    return {
        "help": ["--help"],
        "validate": ["validate"],
        "preview": ["preview", "passive-candidate", "--candidates", str(one_row), "--start", START],
        "replies": ["replies", "--help"],
    }


def one_row_file(folder: Path) -> Path:
    lines = (ROOT / "examples" / "candidates.csv").read_text(encoding="utf-8").splitlines()
    path = folder / "one-row.csv"
    path.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    return path


def environment(tree: Path, pycache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEQUENCER_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache / tree.name)
    env["PYTHONPATH"] = str(tree)
    return env


def timed(tree: Path, arguments: list[str], pycache: Path) -> tuple[float, float]:
    """Seconds from starting the process to its exit, and the CPU seconds it (and any process
    it started) used; a failing command stops the benchmark."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [str(SEQUENCER), *arguments],
        cwd=tree,
        env=environment(tree, pycache),
        capture_output=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"`sequencer {' '.join(arguments)}` in {tree} failed:\n{done.stderr.decode()}")
    return seconds, _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(
    trees: dict[str, Path], arguments: list[str], runs: int, pycache: Path
) -> dict[str, list[tuple[float, float]]]:
    """`runs` timings per tree, the trees taking turns so a burst of load hits both alike."""
    for tree in trees.values():
        timed(tree, arguments, pycache)  # unmeasured: fills the disk cache and the .pyc files
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for _ in range(runs):
        for name, tree in trees.items():
            times[name].append(timed(tree, arguments, pycache))
    return times


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def report(trees: dict[str, Path], runs: int) -> list[str]:
    lines = [
        f"sequencer CLI, whole process: median of {runs} runs, wall clock (min–max) and CPU "
        f"(user+sys, its worker processes included); {load()} at the start",
        f"{'command':<9}"
        + "".join(f"{f'{name}: wall (min–max)':>26}{'CPU':>8}" for name in trees)
        + ("   after/before wall, CPU" if len(trees) == 2 else "")
        + "   target (wall)",
    ]
    print(*lines, sep="\n", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for command, arguments in commands(one_row_file(Path(folder))).items():
            times = measure(trees, arguments, runs, Path(folder) / "pycache")
            lines.append(_row(command, times))
            print(lines[-1], flush=True)
    lines.append(f"{load()} at the end")
    print(lines[-1])
    return lines


def _row(command: str, times: dict[str, list[tuple[float, float]]]) -> str:
    wall = {name: statistics.median(w for w, _ in runs) for name, runs in times.items()}
    cpu = {name: statistics.median(c for _, c in runs) for name, runs in times.items()}
    cells = ""
    for name, runs in times.items():
        spread = f"{min(w for w, _ in runs):.2f}–{max(w for w, _ in runs):.2f}"
        cells += f"{f'{wall[name]:.3f} s ({spread})':>26}{f'{cpu[name]:.3f} s':>8}"
    if len(times) == 2:
        cells += f"{wall['after'] / wall['before']:>16.2f}, {cpu['after'] / cpu['before']:.2f}"
    met = "met" if wall["after"] <= TARGETS[command] else "missed"
    return f"{command:<9}{cells}   ≤ {TARGETS[command]} s: {met}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs per command and tree")
    parser.add_argument("--before", type=Path, help="another checkout to compare with")
    parser.add_argument("-o", "--output", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    trees = {"after": ROOT}
    if args.before:
        trees = {"before": args.before.resolve(), "after": ROOT}
    lines = report(trees, args.runs)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
