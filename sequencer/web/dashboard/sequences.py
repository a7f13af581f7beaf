"""/sequences: each sequence with its version and its people per state; one sequence's funnel
with rates, its versions, a preview of any person's timeline (the `sequencer preview` page),
and what moving the people in flight to the file as it is now would change, with Apply.

A sequence is named by its file in SEQUENCER_SEQUENCES_DIR, never by a path: a name from the
address bar only ever opens `<sequences dir>/<name>.yaml` of a file that is there.
"""

from __future__ import annotations

import functools
import hashlib
import html
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from sequencer.config import Settings
from sequencer.engine.links import links_from
from sequencer.engine.upgrade import apply_migration, plan_migration
from sequencer.errors import SequenceError, SequencerError
from sequencer.reports.funnel import COLUMNS, Funnel, funnel, percent
from sequencer.reports.preview_html import render_html
from sequencer.reports.sequences import STATES, overview, overviews, people, preview_person
from sequencer.spec.content import Content
from sequencer.spec.sequence import Sequence
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence, sequence_files
from sequencer.web.auth import audit, posted_form
from sequencer.web.dashboard.templating import answer, context_of, owner_filter, render


@dataclass(frozen=True)
class Current:
    """The sequence file as it is now, or why it cannot be loaded."""

    sequence: Sequence | None
    library: TemplateLibrary | None
    problem: str | None

    @property
    def pair(self) -> tuple[Sequence, TemplateLibrary]:
        """The sequence and its templates, once `_loaded` has made sure there are some."""
        assert self.sequence is not None and self.library is not None
        return self.sequence, self.library


def sequence_names(settings: Settings) -> list[str]:
    """The sequences on disk, by name."""
    return [path.stem for path in sequence_files([settings.sequences_dir])]


def current(settings: Settings, name: str) -> Current:
    """The file `name` as it is now; a name that is no file here is None with the reason."""
    path = next((p for p in sequence_files([settings.sequences_dir]) if p.stem == name), None)
    if path is None:
        return Current(None, None, f"there is no file {name}.yaml in {settings.sequences_dir}")
    templates = settings.templates_dir
    return _load(Path(path), templates, _contents(Path(path), templates), settings.content_dir)


@functools.lru_cache(maxsize=16)
def _load(path: Path, templates: Path, contents: str, content: Path) -> Current:
    """Loaded again only when the file or a template says something else: parsing and
    checking it took 25-55 ms a page, reading what it is made of well under one."""
    library = TemplateLibrary(templates)
    try:
        sequence, _ = load_sequence(path, library)
    except SequenceError as exc:
        return Current(None, None, f"{path.name} has errors:\n{exc}")
    library.content = Content(content)  # re-read whenever a file of it changes
    return Current(sequence, library, None)


def _contents(path: Path, templates: Path) -> str:
    """A digest of the file, the names of the sequences beside it (a `move_to` names one) and
    every template, as they are now."""
    digest = hashlib.blake2b(path.read_bytes())
    digest.update(" ".join(sorted(p.name for p in path.parent.glob("*.y*ml"))).encode())
    for each in sorted(templates.rglob("*")) if templates.is_dir() else []:
        if each.is_file():
            digest.update(str(each).encode() + b"\0" + each.read_bytes())
    return digest.hexdigest()


# --- pages ----------------------------------------------------------------------------------


def list_page(request: Request) -> HTMLResponse:
    context = context_of(request)
    found = overviews(context.engine, sequence_names(context.settings), owner_filter(request))
    return render(request, "sequences.html", sequences=found, states=STATES)


def sequence_page(request: Request) -> HTMLResponse:
    context, name = context_of(request), request.path_params["name"]
    owner = owner_filter(request)
    summary = overview(context.engine, name, owner)
    now_file = current(context.settings, name)
    if not summary.versions and now_file.sequence is None:
        raise HTTPException(404, f"no sequence {name}")
    search = request.query_params.get("q", "")
    anyone = request.query_params.get("among") == "anyone"
    return render(
        request,
        "sequences_one.html",
        summary=summary,
        states=STATES,
        file=now_file,
        funnel=_funnel_of(context.engine, name, owner),
        columns=COLUMNS,
        percent=percent,
        search=search,
        anyone=anyone,
        people=people(context.engine, name, search, not anyone, owner),
    )


def _funnel_of(engine: sa.Engine, name: str, owner: str | None) -> Funnel | None:
    try:
        found = funnel(engine, name, owner)
    except SequencerError:  # nobody ever enrolled in it: nothing to count
        return None
    return found[0] if found else None


def preview_page(request: Request) -> HTMLResponse:
    """The `sequencer preview` HTML page for one person: their plan from their start on the
    version they run, or from now on the file as it is (if they are not enrolled in it)."""
    context, name = context_of(request), request.path_params["name"]
    now_file = _loaded(context.settings, name)
    try:
        shown = preview_person(
            context.engine,
            now_file.pair,
            request.path_params["candidate_id"],
            context.clock(),
            links_from(context.settings.web),
        )
    except SequencerError as exc:  # a template that cannot be rendered for this person
        return HTMLResponse(f"<p>No preview: {html.escape(str(exc))}</p>", status_code=422)
    if shown is None:
        raise HTTPException(404, "nobody imported with that id")
    title = f"{name}: " + (
        "their plan since they were enrolled" if shown.enrolled else "if enrolled now"
    )
    return HTMLResponse(render_html([shown.view], title))


def migration_page(request: Request) -> HTMLResponse:
    context, name = context_of(request), request.path_params["name"]
    now_file = _loaded(context.settings, name)
    plan = plan_migration(context.engine, *now_file.pair)
    return render(request, "sequences_migrate.html", sequence_name=name, file=now_file, plan=plan)


async def apply_page(request: Request) -> Response:
    """Apply the migration the recruiter reviewed; refused if the file changed since."""
    form = await posted_form(request)
    context, name = context_of(request), request.path_params["name"]
    now_file = await run_in_threadpool(_loaded, context.settings, name)
    sequence, library = now_file.pair
    review = f"/sequences/{name}/migrate"
    if form.get("version") != sequence.version:
        text = (
            "The file changed since you looked: nobody moved. Review what moving them changes now."
        )
        return answer(request, text, failed=True, back=review)
    done = await run_in_threadpool(
        apply_migration, context.engine, sequence, library, context.clock()
    )
    text = f"Moved {_people(done.moved)} to version {sequence.version}"
    if done.stayed:
        text += f"; {_people(len(done.stayed))} stayed for now: see why below"
    await run_in_threadpool(audit, context, request, "migrate", None, f"{name}: {text}")
    return answer(request, text + ".", back=review if done.stayed else f"/sequences/{name}")


def _people(count: int) -> str:
    return f"{count:,} enrollment" + ("" if count == 1 else "s")


def _loaded(settings: Settings, name: str) -> Current:
    now_file = current(settings, name)
    if now_file.sequence is None:
        raise HTTPException(404, now_file.problem or f"no sequence {name}")
    return now_file


routes: list[BaseRoute] = [
    Route("/sequences", list_page, methods=["GET"]),
    Route("/sequences/{name}", sequence_page, methods=["GET"]),
    Route("/sequences/{name}/preview/{candidate_id:int}", preview_page, methods=["GET"]),
    Route("/sequences/{name}/migrate", migration_page, methods=["GET"]),
    Route("/sequences/{name}/migrate", apply_page, methods=["POST"]),
]
