"""A big candidates file checked in worker processes, for `sequencer import`.

Checking a row (its email, its phone and the phone's state, every other cell) is about half
of what importing it costs, and it needs nothing from the database: forked workers check
batches of rows while this process writes the batches before them. The results come back in
file order, repeats found here as `read_candidates` finds them, so an import sees exactly what
`read_candidates` gives. A file of one batch or less is checked here (forking would cost more
than it saves), as it is where fork is not available or not safe (a process with threads).
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from sequencer.errors import CandidateError
from sequencer.people.candidate import Result, packed, unpacked
from sequencer.people.candidates import FirstTimes, RowBatch, check_rows, read_rows

BATCH = 1_000  # rows a worker checks at a time: big enough that sending them costs little


def checked_in_processes(
    path: Path, default_region: str = "US", processes: int | None = None
) -> Iterator[Result]:
    """What `read_candidates(path, default_region)` gives, checked by `processes` workers
    (default: one per core this process may use). Problems with the file itself raise
    CandidateFileError at once, as from `read_candidates`."""
    rows = read_rows(path, default_region)
    # Forked only from a process of one thread (the CLI): a fork copies the locks other threads
    # hold, so the web app (its server's threads) checks an uploaded file here.
    forking = sys.platform == "linux" and threading.active_count() == 1
    workers = processes or (len(os.sched_getaffinity(0)) if forking else 1)
    batches = rows.batches(BATCH)
    first = list(itertools.islice(batches, 2))
    if workers < 2 or len(first) < 2:
        return rows.checked()  # one batch: no worker would earn its start-up
    return _in_processes(itertools.chain(first, batches), workers)


def _in_processes(batches: Iterator[RowBatch], workers: int) -> Iterator[Result]:
    # At most two batches per worker wait, so a big file is not read far ahead of the writes.
    seen = FirstTimes()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, context) as pool:
        waiting: deque[Future[list[_Sent]]] = deque()
        for batch in batches:
            waiting.append(pool.submit(_check_in_worker, batch))
            if len(waiting) > 2 * workers:
                yield from map(seen, _received(waiting.popleft().result()))
        while waiting:
            yield from map(seen, _received(waiting.popleft().result()))


# A checked row as it travels back: a CandidateError as its (row, reason), since pickle cannot
# rebuild one, or a Candidate `packed`, with its key and addresses, worked out here beside the
# other workers rather than in the one process that writes (an import asks them of each person
# several times). Plain tuples: unpickling Candidates cost the writing process 1 s a 100,000.
_Sent = tuple[Any, ...]


def _check_in_worker(batch: RowBatch) -> list[_Sent]:
    return [
        (result.row, result.reason) if isinstance(result, CandidateError) else packed(result)
        for result in check_rows(batch)
    ]


def _received(sent: list[_Sent]) -> Iterator[Result]:
    return (CandidateError(*result) if len(result) == 2 else unpacked(result) for result in sent)
