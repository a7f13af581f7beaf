"""`dashboard_app(context)`: the recruiter's web app as one Starlette application.

Each page module holds a module-level `routes` list; sign-in (`web.auth`) brings its own
routes and the middleware that keeps every page behind it (it refuses to start without
SEQUENCER_SECRET_KEY). Static files (the stylesheet, vendored htmx) are served from /static
without signing in.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from sequencer.web import auth
from sequencer.web.context import WebContext
from sequencer.web.dashboard import candidates, imports, optouts, sequences, today
from sequencer.web.dashboard.templating import HERE

PAGES = (today, candidates, sequences, imports, optouts)  # in the order of the navigation


def dashboard_app(context: WebContext) -> Starlette:
    routes: list[BaseRoute] = [*auth.auth_routes()]
    for page in PAGES:
        routes.extend(page.routes)
    routes.append(Mount("/static", StaticFiles(directory=HERE / "static"), name="static"))
    app = Starlette(routes=routes, middleware=auth.auth_middleware(context))
    app.state.context = context
    return app
