""" "Forget this person" (POST /candidates/{id}/forget), on their page, for admins only: the
person asked for everything held on them to be deleted (`engine.forgetting.forget_person`,
as `sequencer forget`). The form carries a ticked confirmation, so a plain post without
JavaScript is confirmed too; the audit entry names the admin and what was removed, not whom.
Their page is gone afterwards: the answer leads to the candidates list."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from sequencer.config import reveal
from sequencer.engine.forgetting import forget_person
from sequencer.errors import SequencerError
from sequencer.reports.people import key_of
from sequencer.web.auth import posted_form
from sequencer.web.dashboard.templating import answer, context_of

AFTER = "/candidates"
CONFIRMED = "yes"  # the confirmation checkbox's value


async def forget(request: Request) -> Response:
    form = await posted_form(request)
    recruiter = request.state.recruiter
    if not recruiter.admin:
        raise HTTPException(403, "only an admin may forget someone: ask one to do it")
    context, candidate_id = context_of(request), request.path_params["candidate_id"]
    back = f"/candidates/{candidate_id}"
    key = await run_in_threadpool(key_of, context.engine, candidate_id)
    if key is None:
        raise HTTPException(404, f"nobody has the number {candidate_id}")
    if form.get("confirm") != CONFIRMED:
        text = "Tick the box to confirm that they asked to be forgotten."
        return answer(request, text, failed=True, back=back)
    settings = context.settings
    secret, now = reveal(settings.web.secret_key), context.clock()
    try:
        done = await run_in_threadpool(
            forget_person, context.engine, key, now, secret, settings.outbox_dir, recruiter.email
        )
    except SequencerError as refused:
        return answer(request, str(refused), failed=True, back=back)
    text = (
        f"Forgotten at their request: removed {done.summary()}. Only a keyed hash of their"
        " addresses is kept, so an import never brings them back."
    )
    request.session["flash"] = {"text": text, "failed": False}
    if request.headers.get("hx-request"):  # their page is gone: htmx goes to the list
        return Response(status_code=200, headers={"HX-Redirect": AFTER})
    return RedirectResponse(AFTER, status_code=303)
