"""The one Jinja2 environment of the web app, and `render`, which every page goes through.

Autoescaping is on and undefined names fail loudly (a typo in a template is a 500 in the
tests, not a blank cell in production). Every page gets `recruiter` (the signed-in
`SignedIn`, or None), `csrf_token` (for its forms), `nav` and `here` (the path), `who`
("mine" or "everyone"), `now`, `zone` (SEQUENCER_RECRUITER_TIMEZONE) and `flash` (the note
an action left, or None). Times go through these filters:

    {{ moment | when }}                 Mon 7 Dec, 14:05 EST   the recruiter's zone
    {{ moment | local(person_zone) }}   09:05 PST              the person's clock, if it differs
    {{ moment | relative }}             in 2 d, 3 h ago        ("overdue" with relative("overdue"))
    {{ a_date | day }}                  1 March 2027
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from sequencer.reports.times import Moment, day, in_zone, relative, their_time
from sequencer.web.auth import csrf_token
from sequencer.web.context import WebContext

HERE = Path(__file__).parent
NAV = (
    ("Today", "/"),
    ("Candidates", "/candidates"),
    ("Sequences", "/sequences"),
    ("Import", "/import"),
    ("Opt-outs", "/opt-outs"),
)
EVERYONE = "everyone"


def context_of(request: Request) -> WebContext:
    context: WebContext = request.app.state.context
    return context


def signed_in(request: Request) -> Any:
    """The signed-in recruiter (web.auth's `SignedIn`: `.email`, `.admin`), or None."""
    return getattr(request.state, "recruiter", None)


def who(request: Request) -> str:
    """Whose people a page shows: "mine" by default, "everyone" one click away."""
    return EVERYONE if request.query_params.get("who") == EVERYONE else "mine"


def owner_filter(request: Request) -> str | None:
    """The owner to filter enrollments by: the signed-in recruiter, or None for everyone."""
    recruiter = signed_in(request)
    if who(request) == EVERYONE or recruiter is None:
        return None
    return str(recruiter.email)


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["when"] = _when
    environment.filters["local"] = _local
    environment.filters["relative"] = _relative
    environment.filters["day"] = day
    return environment


@jinja2.pass_context
def _when(values: jinja2.runtime.Context, moment: Moment) -> str:
    return in_zone(moment, values["zone"])


@jinja2.pass_context
def _local(values: jinja2.runtime.Context, moment: Moment, zone: str | None) -> str:
    return their_time(moment, values["zone"], zone)


@jinja2.pass_context
def _relative(values: jinja2.runtime.Context, moment: Moment, late: str = "ago") -> str:
    return relative(moment, values["now"], late)


TEMPLATES = Jinja2Templates(env=_environment())


def render(request: Request, name: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    """The page (or htmx fragment) `name`, with what every template may use."""
    context = context_of(request)
    shared = {
        "recruiter": signed_in(request),
        "csrf_token": csrf_token(request),
        "nav": NAV,
        "here": request.url.path,
        "who": who(request),
        "now": context.clock(),
        "zone": context.settings.web.recruiter_timezone,
        "flash": _flash(request),
    }
    return TEMPLATES.TemplateResponse(request, name, {**shared, **values}, status_code=status_code)


def answer(request: Request, text: str, failed: bool = False, back: str = "/") -> Response:
    """What an action answers: htmx swaps this note in place of what was acted on (200 even
    when refused, so htmx shows it); a plain form post goes back to `back` (303), with the
    note kept in the session for the next page to show."""
    if request.headers.get("hx-request"):
        return render(request, "partials/flash.html", flash={"text": text, "failed": failed})
    request.session["flash"] = {"text": text, "failed": failed}
    return RedirectResponse(back, status_code=303)


def _flash(request: Request) -> dict[str, Any] | None:
    """The note a plain form post left for this page, shown once."""
    if "session" not in request.scope:
        return None
    flash: dict[str, Any] | None = request.session.pop("flash", None)
    return flash
