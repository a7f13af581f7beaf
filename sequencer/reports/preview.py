"""Dry-run preview: what each candidate would receive, and when, sending nothing.

It runs the same plan → render path as the daemon, so a preview that differs from what is
later sent is a bug. The result is plain data (the JSON of `preview --format json`); the
text and HTML views are drawn from it.
"""

from __future__ import annotations

import itertools
import locale
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from sequencer.engine.compose import Scopes, compose, template_scopes
from sequencer.engine.links import Links
from sequencer.engine.plan import Touch, plan
from sequencer.errors import CandidateError, SequencerError
from sequencer.people.candidate import Candidate
from sequencer.people.candidates import FirstTimes, RowBatch, UncheckedRows, check_rows

# Where callers have always found them (the text and JSON writers live in preview_text).
from sequencer.reports.preview_text import format_text as format_text
from sequencer.reports.preview_text import render_views as render_views
from sequencer.spec import sms
from sequencer.spec.channel import Channel
from sequencer.spec.content_as_of import ContentAsOf
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import Message, TemplateLibrary

if TYPE_CHECKING:  # worker processes: imported when a preview shares its people out
    from concurrent.futures import Future, ProcessPoolExecutor

_DAY_FORMAT = "%a %d %b %Y"
TIME_FORMAT = f"{_DAY_FORMAT} %H:%M %Z"  # as `_time_text` writes it


def preview(
    sequence: Sequence,
    candidate: Candidate,
    start: datetime,
    library: TemplateLibrary,
    links: Links | None = None,
    content: ContentAsOf | None = None,
) -> dict[str, Any]:
    """Raises RenderError when a template can't be rendered for this candidate. `content`: the
    library's content files as taken for many previews (default: taken now, for this one)."""
    recruiter_zone = ZoneInfo(str(sequence.sender.get("timezone") or sequence.timezone))
    subjects: dict[str, str] = {}
    scopes = template_scopes(sequence, candidate)  # once for all of this person's messages
    content = content or content_now(library)
    time_locale = locale.setlocale(locale.LC_TIME)  # asked once a timeline, not once a time
    made = (library, subjects, recruiter_zone, links, scopes, content, time_locale)
    steps = [_step(sequence, candidate, touch, *made) for touch in plan(sequence, candidate, start)]
    return {
        "sequence": _sequence_view(sequence),
        "candidate": {
            "key": candidate.key,
            "name": candidate.full_name,
            "email": candidate.email,
            "phone": candidate.phone,
            "timezone": candidate.timezone or sequence.timezone,
            "row": candidate.row,
        },
        "recruiter_timezone": recruiter_zone.key,
        "start": _start_text(start, ZoneInfo(candidate.timezone or sequence.timezone)),
        "steps": steps,
    }


# The sequence last previewed, with its path and version: pydantic reads these private
# attributes slowly (~7 µs each, more than the rest of a view's header), and they are set
# once, on a fresh copy, when the sequence is loaded (`Sequence.identified`).
_identified: tuple[Sequence, dict[str, Any]] | None = None


def _sequence_view(sequence: Sequence) -> dict[str, Any]:
    global _identified
    if _identified is None or _identified[0] is not sequence:
        path, version = str(sequence.path), sequence.version
        _identified = (sequence, {"path": path, "version": version})
    header = {"name": sequence.name, "description": sequence.description or None}
    return header | _identified[1]


def _step(
    sequence: Sequence,
    candidate: Candidate,
    touch: Touch,
    library: TemplateLibrary,
    subjects: dict[str, str],
    recruiter_zone: ZoneInfo,
    links: Links | None,
    scopes: Scopes,
    content: ContentAsOf | None,
    time_locale: str,
) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": touch.step.id,
        # `_value_`: the same str as `.value`, which is a Python property (enum), read per step.
        "channel": touch.channel._value_ if touch.channel else None,
        "planned_channel": touch.step.channel._value_,
        "send_at": None,
        "local_time": None,
        "recruiter_time": None,
        "to": touch.to,
        "subject": None,
        "body": None,
        "html": None,
        "script": None,
        "paired_email": None,
        "skipped": touch.skipped,
        "warnings": [],
        "notes": list(touch.notes),
    }
    if not touch.sends or touch.send_at is None or touch.channel is None or touch.zone is None:
        return view
    times = _times(touch.send_at, touch.zone, recruiter_zone, time_locale)
    view["send_at"], view["local_time"], view["recruiter_time"] = times
    message = compose(sequence, candidate, touch, library, subjects, links, scopes, content=content)
    view.update(_content(candidate, touch, message, subjects))
    return view


def content_now(library: TemplateLibrary) -> ContentAsOf | None:
    """The library's content files as they are now, to be read by many messages (None: the
    library has none)."""
    return ContentAsOf(library.content) if library.content is not None else None


@lru_cache(maxsize=256)
def _start_text(start: datetime, zone: ZoneInfo) -> str:
    # One start for a whole preview, and a handful of zones among its people.
    return start.astimezone(zone).isoformat()


@lru_cache(maxsize=16384)
def _times(
    send_at: datetime, zone: ZoneInfo, recruiter_zone: ZoneInfo, time_locale: str
) -> tuple[str, str, str]:
    """When a message goes out as the view writes it: in ISO-8601 and as text, in the
    candidate's zone; as text in the recruiter's. Made once per minute and zone (about 12 µs
    each time: the zone's offset is looked up for each of them), and many people of a batch
    are sent to in the same minute of one zone. `time_locale`, the locale that names days and
    months, is part of the key."""
    local, recruiter = send_at.astimezone(zone), send_at.astimezone(recruiter_zone)
    return local.isoformat(), _time_text(local, time_locale), _time_text(recruiter, time_locale)


def _time_text(local: datetime, time_locale: str) -> str:
    """`local.strftime(TIME_FORMAT)` in `time_locale`, its day made once per day (strftime
    takes microseconds, and a batch of people are sent to on a handful of days)."""
    day = _day_text(local.date(), time_locale)
    return f"{day} {local.hour:02d}:{local.minute:02d} {local.tzname() or ''}"


@lru_cache(maxsize=1024)
def _day_text(day: date, time_locale: str) -> str:
    # The locale names the days and months (%a, %b): part of the key, though nothing here
    # changes it.
    return day.strftime(_DAY_FORMAT)


def _content(
    candidate: Candidate, touch: Touch, message: Message, subjects: dict[str, str]
) -> dict[str, Any]:
    if touch.channel is Channel.EMAIL and message.subject:
        subjects[touch.step.id] = message.subject
    said = {"notes": [*touch.notes, *message.notes], "warnings": list(message.warnings)}
    if touch.channel is Channel.VOICEMAIL:
        paired = {"to": candidate.email, "subject": message.subject, "body": message.body}
        return {"body": message.script, "script": message.script, "paired_email": paired} | said
    content: dict[str, Any] = {"body": message.body} | said
    if touch.channel is Channel.EMAIL:
        content |= {"subject": message.subject, "html": message.html}
    if touch.channel is Channel.SMS:
        content["warnings"] += filter(None, [sms.length_warning(message.body)])
    return content


# --- many candidates -------------------------------------------------------------------------

Person = Candidate | CandidateError
Result = dict[str, Any] | SequencerError
Job = tuple[Sequence, datetime, TemplateLibrary, Links | None]

# People per batch: enough that sending a batch to a worker process costs little next to
# previewing it.
BATCH = 200


def preview_many(
    sequence: Sequence,
    people: Iterable[Person] | UncheckedRows,
    start: datetime,
    library: TemplateLibrary,
    links: Links | None = None,
    processes: int | None = None,
) -> Iterator[tuple[Person, Result]]:
    """Each person with their `preview`, in order; in place of a view, what went wrong: a
    row's own CandidateError, or the SequencerError of a candidate whose messages can't be
    rendered.

    `people` are checked already (`read_candidates`), or the file's unchecked rows
    (`read_rows`), which are then checked where they are previewed: the same people, errors
    and duplicates as `read_candidates` gives, in file order.

    More than one batch of people is shared out between `processes` worker processes (default:
    one per core this process may use). They are forked, on Linux only (elsewhere it all runs
    here), so they start with the sequence and the compiled templates; only rows or candidates
    and views travel between processes. Every view is the one `preview` gives, whichever
    process made it; an error from a worker keeps its message, not its traceback.
    """
    job: Job = (sequence, start, library, links)
    if isinstance(people, UncheckedRows):
        workers, row_batches = _shared_out(people.batches(BATCH), processes)
        if workers > 1:
            yield from _rows_in_processes(row_batches, workers, job)
        else:
            seen = FirstTimes()
            for rows in row_batches:
                batch = [seen(result) for result in check_rows(rows)]
                yield from _matched(batch, _preview_batch(_candidates(batch), *job))
        return
    workers, batches = _shared_out(_batches(people), processes)
    if workers > 1:
        yield from _in_processes(batches, workers, job)
    else:
        for batch in batches:
            yield from _matched(batch, _preview_batch(_candidates(batch), *job))


def preview_all(
    sequence: Sequence,
    people: Iterable[Person] | UncheckedRows,
    start: datetime,
    library: TemplateLibrary,
    links: Links | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> tuple[list[dict[str, Any]], list[str]]:
    """Every person's view (`preview_many`, in order), and a line for each who could not be
    previewed: the row number and what is wrong. `on_progress` hears how many people are done."""
    views: list[dict[str, Any]] = []
    failures: list[str] = []
    previewed = preview_many(sequence, people, start, library, links)
    for done, (person, result) in enumerate(previewed, 1):
        if on_progress:
            on_progress(done)
        if isinstance(person, CandidateError):
            failures.append(f" {person}")
        elif isinstance(result, SequencerError):
            failures.append(f" row {person.row}: {result}")
        else:
            views.append(result)
    return views, failures


_Batch = TypeVar("_Batch")


def _shared_out(batches: Iterator[_Batch], processes: int | None) -> tuple[int, Iterator[_Batch]]:
    """How many processes to preview these batches in (1: this one), and the batches, all
    still there: only more than one batch is worth sharing out."""
    head = list(itertools.islice(batches, 2))
    forking = sys.platform == "linux"  # elsewhere a worker would start from nothing
    workers = processes or (len(os.sched_getaffinity(0)) if forking else 1)
    sharing = len(head) >= 2 and workers >= 2 and forking
    return (workers if sharing else 1), itertools.chain(head, batches)


def _batches(people: Iterable[Person]) -> Iterator[list[Person]]:
    people = iter(people)
    while batch := list(itertools.islice(people, BATCH)):
        yield batch


def _candidates(batch: list[Person]) -> list[Candidate]:
    return [person for person in batch if isinstance(person, Candidate)]


def _matched(batch: list[Person], results: list[Result]) -> Iterator[tuple[Person, Result]]:
    """Each person of the batch with their result (the results are the candidates', in order)."""
    previews = iter(results)
    for person in batch:
        yield person, person if isinstance(person, CandidateError) else next(previews)


def _preview_batch(
    people: list[Candidate],
    sequence: Sequence,
    start: datetime,
    library: TemplateLibrary,
    links: Links | None,
) -> list[Result]:
    results: list[Result] = []
    content = content_now(library)  # the files looked at once per batch, not per message
    for person in people:
        try:
            results.append(preview(sequence, person, start, library, links, content))
        except SequencerError as exc:
            results.append(exc)
    return results


def _in_processes(
    batches: Iterator[list[Person]], workers: int, job: Job
) -> Iterator[tuple[Person, Result]]:
    # Forked workers inherit `job` as it is: nothing of it is pickled, only the candidates sent
    # and the views returned. At most two batches per worker wait, so a big file is not read
    # far ahead of what has been previewed.
    with _pool(workers, job) as pool:
        waiting: deque[tuple[list[Person], Future[list[Result]]]] = deque()
        for batch in batches:
            waiting.append((batch, pool.submit(_preview_in_worker, _candidates(batch))))
            if len(waiting) > 2 * workers:
                done, future = waiting.popleft()
                yield from _matched(done, future.result())
        while waiting:
            done, future = waiting.popleft()
            yield from _matched(done, future.result())


def _rows_in_processes(
    batches: Iterator[RowBatch], workers: int, job: Job
) -> Iterator[tuple[Person, Result]]:
    # As `_in_processes`, with raw rows sent and each worker checking its own: the rows come
    # back checked, with the views of their candidates. Whether a person came earlier in the
    # file is known only here, in file order: a repeat's view is dropped for its error.
    seen = FirstTimes()
    with _pool(workers, job) as pool:
        waiting: deque[Future[_Checked]] = deque()
        for batch in batches:
            waiting.append(pool.submit(_check_in_worker, batch))
            if len(waiting) > 2 * workers:
                yield from _first_times(waiting.popleft().result(), seen)
        while waiting:
            yield from _first_times(waiting.popleft().result(), seen)


def _pool(workers: int, job: Job) -> ProcessPoolExecutor:
    """Forked workers that start with `job`. Imported here: the preview of a few people runs
    in this process, and need not pay 30 ms to import them (bench/cli_bench.py)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(workers, context, initializer=_start_worker, initargs=job)


# A batch of rows, checked by a worker: each a Candidate or, for a CandidateError (which pickle
# cannot rebuild), its (row, reason); and the results of previewing the candidates, in order.
_Checked = tuple[list[Candidate | tuple[int, str]], list[Result]]


def _first_times(checked: _Checked, seen: FirstTimes) -> Iterator[tuple[Person, Result]]:
    people, results = checked
    previews = iter(results)
    for person in people:
        if isinstance(person, tuple):
            error = CandidateError(*person)
            yield error, error
            continue
        result = next(previews)
        first = seen(person)  # else an error: this person came earlier in the file
        if isinstance(first, CandidateError):
            yield first, first
        else:
            yield person, result


_worker_job: Job | None = None


def _start_worker(
    sequence: Sequence, start: datetime, library: TemplateLibrary, links: Links | None
) -> None:
    global _worker_job
    _worker_job = (sequence, start, library, links)


def _preview_in_worker(people: list[Candidate]) -> list[Result]:
    assert _worker_job is not None, "started by _in_processes"
    return _preview_batch(people, *_worker_job)


def _check_in_worker(rows: RowBatch) -> _Checked:
    assert _worker_job is not None, "started by _rows_in_processes"
    checked = check_rows(rows)
    results = _preview_batch(_candidates(checked), *_worker_job)
    people = [
        (person.row, person.reason) if isinstance(person, CandidateError) else person
        for person in checked
    ]
    return people, results
