"""Candidates (/candidates): search and filter everyone's enrollments; one person's page
(/candidates/{id}) with their timeline and the recruiter's actions: pause, resume, stop,
record an outcome, enroll in a sequence, opt out. Each action is one call into engine/ or
inbound/, then the audit log; htmx swaps the person's panel in place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from sequencer.engine.controls import pause_person, resume_person, stop_person
from sequencer.engine.enroll import enroll
from sequencer.errors import SequencerError
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.reports.people import (
    STATES,
    Search,
    find,
    key_of,
    person_page,
    sequence_names,
)
from sequencer.spec.validate import named_loader, sequence_files
from sequencer.web.auth import audit, posted_form
from sequencer.web.context import WebContext
from sequencer.web.dashboard import forgetting
from sequencer.web.dashboard.templating import answer, context_of, owner_filter, render

# What "record an outcome" offers (opting out has its own button).
OUTCOMES = tuple(outcome for outcome in Outcome if outcome is not Outcome.OPTED_OUT)


async def candidates(request: Request) -> Response:
    context, params = context_of(request), request.query_params
    search = Search(
        text=params.get("q", "")[:200],
        sequence=params.get("sequence") or None,
        state=params.get("state") if params.get("state") in STATES else None,
        owner=owner_filter(request),
        page=_page_number(params.get("page")),
    )
    found = await run_in_threadpool(find, context.engine, search)
    names = await run_in_threadpool(sequence_names, context.engine)
    name = "candidates_results.html" if request.headers.get("hx-request") else "candidates.html"
    return render(request, name, found=found, sequences=names, states=STATES)


def _page_number(text: str | None) -> int:
    return min(int(text), 1_000_000) if text and text.isdigit() and int(text) > 0 else 1


async def candidate(request: Request) -> Response:
    return await _person(request)


async def _person(request: Request, flash: dict[str, Any] | None = None) -> Response:
    context, candidate_id = context_of(request), request.path_params["candidate_id"]
    page = await run_in_threadpool(person_page, context.engine, candidate_id)
    if page is None:
        raise HTTPException(404, f"nobody has the number {candidate_id}")
    values: dict[str, Any] = {"page": page, "outcomes": OUTCOMES}
    values["files"] = _sequence_files(context)
    if flash is not None:
        values["flash"] = flash
    return render(request, "candidate.html", **values)


def _sequence_files(context: WebContext) -> list[str]:
    return [path.stem for path in sequence_files([context.settings.sequences_dir])]


# --- actions ---------------------------------------------------------------------------------

Act = Callable[[WebContext, str, FormData, str], str]


def action(name: str, act: Act) -> Callable[[Request], Any]:
    """A POST handler: the CSRF-checked form, the person, `act` (a refusal is shown, not
    raised), the audit entry, and the person's page again (htmx) or a redirect to it."""

    async def handler(request: Request) -> Response:
        form = await posted_form(request)
        context, candidate_id = context_of(request), request.path_params["candidate_id"]
        key = await run_in_threadpool(key_of, context.engine, candidate_id)
        if key is None:
            raise HTTPException(404, f"nobody has the number {candidate_id}")
        recruiter = request.state.recruiter.email
        try:
            said = await run_in_threadpool(act, context, key, form, recruiter)
        except SequencerError as refused:
            return await _after(request, candidate_id, str(refused), failed=True)
        await run_in_threadpool(audit, context, request, name, candidate_id, said[:500])
        return await _after(request, candidate_id, said)

    return handler


async def _after(request: Request, candidate_id: int, text: str, failed: bool = False) -> Response:
    if request.headers.get("hx-request"):
        return await _person(request, {"text": text, "failed": failed})
    return answer(request, text, failed, back=f"/candidates/{candidate_id}")


def _sequence(form: FormData) -> str | None:
    """The one sequence an action is for; none chosen: all the person's."""
    return str(form.get("sequence") or "") or None


def _day(form: FormData, required: bool = False) -> date | None:
    text = str(form.get("until") or "").strip()
    if not text:
        if required:
            raise SequencerError("pick the day to get back in touch in the date field")
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise SequencerError(f"{text!r} is not a date: pick one in the date field") from None


def _pause(context: WebContext, key: str, form: FormData, _: str) -> str:
    lines = pause_person(context.engine, key, _sequence(form), _day(form), context.clock())
    return "; ".join(lines)


def _resume(context: WebContext, key: str, form: FormData, _: str) -> str:
    return "; ".join(resume_person(context.engine, key, _sequence(form), context.clock()))


def _stop(context: WebContext, key: str, form: FormData, _: str) -> str:
    return "; ".join(stop_person(context.engine, key, _sequence(form), context.clock()))


def _outcome(context: WebContext, key: str, form: FormData, recruiter: str) -> str:
    chosen = str(form.get("outcome") or "")
    if chosen not in {str(o) for o in OUTCOMES}:
        raise SequencerError("choose an outcome from the list")
    outcome = Outcome(chosen)
    until = _day(form, required=True) if outcome is Outcome.NOT_NOW else None
    said = mark(context.engine, key, outcome, context.clock(), until, actor=recruiter)
    return f"{outcome}{f' until {until}' if until else ''}: {said}"


def _opt_out(context: WebContext, key: str, form: FormData, recruiter: str) -> str:
    return mark(context.engine, key, Outcome.OPTED_OUT, context.clock(), actor=recruiter)


def _enroll(context: WebContext, key: str, form: FormData, recruiter: str) -> str:
    name = str(form.get("sequence") or "")
    if name not in _sequence_files(context):  # a name from the list, never a path
        raise SequencerError("choose a sequence from the list")
    settings = context.settings
    folders = settings.sequences_dir, settings.templates_dir, settings.content_dir
    sequence, library = named_loader(*folders)(name)
    role_changed, rehire = bool(form.get("role_changed")), bool(form.get("rehire"))
    when, engine = context.clock(), context.engine
    report = enroll(engine, sequence, library, [key], when, False, recruiter, role_changed, rehire)
    if report.refused:
        raise SequencerError(f"not enrolled in {name}: {report.refused[0][1]}")
    return f"enrolled in {name}"


routes: list[BaseRoute] = [
    Route("/candidates", candidates, methods=["GET"]),
    Route("/candidates/{candidate_id:int}", candidate, methods=["GET"]),
    Route("/candidates/{candidate_id:int}/pause", action("pause", _pause), methods=["POST"]),
    Route("/candidates/{candidate_id:int}/resume", action("resume", _resume), methods=["POST"]),
    Route("/candidates/{candidate_id:int}/stop", action("stop", _stop), methods=["POST"]),
    Route("/candidates/{candidate_id:int}/outcome", action("outcome", _outcome), methods=["POST"]),
    Route("/candidates/{candidate_id:int}/enroll", action("enroll", _enroll), methods=["POST"]),
    Route("/candidates/{candidate_id:int}/opt-out", action("opt-out", _opt_out), methods=["POST"]),
    Route("/candidates/{candidate_id:int}/forget", forgetting.forget, methods=["POST"]),  # admins
]
