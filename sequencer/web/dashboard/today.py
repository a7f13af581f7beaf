"""Today (/): the tasks due, the replies waiting for a decision, and what needs attention;
Done / Skip on a task, one-click outcomes on a reply, and Resolved on what the engine asked
the recruiter to settle. The queries are reports.today's, the actions engine.tasks',
inbound.decisions' and store.attention's."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from sequencer.engine.tasks import complete_task, skip_task
from sequencer.errors import SequencerError
from sequencer.inbound.decisions import decide
from sequencer.inbound.outcomes import Outcome
from sequencer.reports.today import SHOWN, attention, replies_waiting, tasks_due
from sequencer.store.attention import resolve
from sequencer.web.auth import audit, posted_form
from sequencer.web.dashboard.templating import answer, context_of, owner_filter, render

# The buttons under a reply: (form value, label, the outcome it records). Not interested is
# declined (no re-enrollment for a while); a referral stops the sequence as a reply does, and
# its new person is added through Import.
CHOICES: tuple[tuple[str, str, Outcome], ...] = (
    ("interested", "Interested", Outcome.INTERESTED),
    ("not-interested", "Not interested", Outcome.DECLINED),
    ("accepted-elsewhere", "Accepted elsewhere", Outcome.ACCEPTED_ELSEWHERE),
    ("referral", "Referral", Outcome.REPLIED),
    ("opted-out", "Opt out", Outcome.OPTED_OUT),
)
NOT_NOW = "not-now"
OUTCOMES = {value: outcome for value, _, outcome in CHOICES} | {NOT_NOW: Outcome.NOT_NOW}


async def today(request: Request) -> Response:
    context, owner = context_of(request), owner_filter(request)
    tasks = await run_in_threadpool(tasks_due, context.engine, owner)
    replies = await run_in_threadpool(replies_waiting, context.engine, owner)
    problems = await run_in_threadpool(attention, context.engine, owner, context.clock())
    return render(
        request,
        "today.html",
        tasks=tasks,
        replies=replies,
        problems=problems,
        choices=CHOICES,
        shown=SHOWN,
    )


async def task_done(request: Request) -> Response:
    return await _finish(request, done=True)


async def task_skip(request: Request) -> Response:
    return await _finish(request, done=False)


async def _finish(request: Request, done: bool) -> Response:
    await posted_form(request)
    context, task_id = context_of(request), request.path_params["task_id"]
    finish, action = (complete_task, "task done") if done else (skip_task, "task skipped")
    try:
        candidate = await run_in_threadpool(finish, context.engine, task_id, context.clock())
    except SequencerError as refused:
        return answer(request, str(refused), failed=True)
    await run_in_threadpool(audit, context, request, action, candidate, f"task #{task_id}")
    said = "Done: the sequence goes on from now." if done else "Skipped: the sequence goes on."
    return answer(request, said)


async def reply_decided(request: Request) -> Response:
    form = await posted_form(request)
    context, event_id = context_of(request), request.path_params["event_id"]
    outcome = OUTCOMES.get(str(form.get("outcome", "")))
    if outcome is None:
        return answer(request, "Choose one of the outcomes under the reply.", failed=True)
    try:
        until = _day(form.get("until")) if outcome is Outcome.NOT_NOW else None
        recruiter = request.state.recruiter.email
        said = await run_in_threadpool(
            decide, context.engine, event_id, outcome, until, recruiter, context.clock()
        )
    except SequencerError as refused:
        return answer(request, str(refused), failed=True)
    return answer(request, f"Recorded {outcome}. {said}".strip())


async def attention_resolved(request: Request) -> Response:
    await posted_form(request)
    context, flag_id = context_of(request), request.path_params["flag_id"]
    recruiter = request.state.recruiter.email
    try:
        candidate = await run_in_threadpool(
            _resolve, context.engine, flag_id, recruiter, context.clock()
        )
    except SequencerError as refused:
        return answer(request, str(refused), failed=True)
    await run_in_threadpool(audit, context, request, "attention resolved", candidate, f"#{flag_id}")
    return answer(request, "Resolved.")


def _resolve(engine: sa.Engine, flag_id: int, by: str, now: datetime) -> int:
    """Whose it was (the candidate's id)."""
    with Session(engine) as session, session.begin():
        entry = resolve(session, flag_id, by, now)
        if entry is None:
            raise SequencerError("this was resolved already: reload the page")
        return entry.candidate_id


def _day(value: object) -> date | None:
    """The not-now date from the form's date input (YYYY-MM-DD); empty: the reply's own."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise SequencerError(f"{text!r} is not a date: pick one in the date field") from None


routes: list[BaseRoute] = [
    Route("/", today, methods=["GET"]),
    Route("/tasks/{task_id:int}/done", task_done, methods=["POST"]),
    Route("/tasks/{task_id:int}/skip", task_skip, methods=["POST"]),
    Route("/replies/{event_id:int}", reply_decided, methods=["POST"]),
    Route("/attention/{flag_id:int}/resolved", attention_resolved, methods=["POST"]),
]
