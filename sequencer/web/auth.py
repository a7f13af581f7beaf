"""Who may see the web app: sign-in, the session cookie, CSRF tokens and the audit log.

What the dashboard uses, and nothing else does:

    auth_middleware(context)   the signed session cookie, then the guard: every path but
                               /login and /static/ needs a signed-in recruiter (GET: 303 to
                               /login?next=...; htmx: 401 with HX-Redirect; anything else: 403).
                               The recruiter is looked up on every request, so a removed
                               account's session stops at its next click; it is then on
                               `request.state.recruiter` as a `SignedIn`.
    auth_routes()              GET/POST /login, POST /logout
    csrf_token(request)        the session's token, for a form's hidden `csrf_token` field
    posted_form(request)       every POST handler's first line: the size limit (413, before a
                               byte is read), the token (header `X-CSRF-Token`, checked before
                               the body is read, or the form field), else 403
    audit(context, request, action, candidate_id, detail)   one AuditEntry, the recruiter as actor

The cookie is signed (not encrypted: it holds the account's id, email and the CSRF token) with
a key derived from SEQUENCER_SECRET_KEY, HttpOnly, SameSite=Lax, Secure when
SEQUENCER_PUBLIC_URL is https, and good for `SESSION_SECONDS` from sign-in. Sign-in failures
are throttled per account and per client address in the database (`store.recruiters`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import sqlalchemy as sa
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send

from sequencer.config import reveal
from sequencer.errors import SettingsError
from sequencer.store import recruiters
from sequencer.store.audit import write
from sequencer.web.context import WebContext

SESSION_SECONDS = 12 * 60 * 60  # a working day: sign in each morning
COOKIE = "sequencer_session"
FORM_BYTES = 64 * 1024  # an ordinary form; an upload asks for more
LOGIN = "/login"
STATIC = "/static/"
_TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "dashboard" / "templates")


@dataclass(frozen=True)
class SignedIn:
    email: str
    admin: bool


def auth_middleware(context: WebContext) -> list[Middleware]:
    """The session cookie, then the sign-in guard (outermost first)."""
    secret = reveal(context.settings.web.secret_key)
    if not secret:
        raise SettingsError(
            "SEQUENCER_SECRET_KEY is not set: the dashboard signs its sign-in cookies with it."
            " Set it to a long random value (python -c 'import secrets;"
            " print(secrets.token_urlsafe(32))') or turn the dashboard off"
        )
    public_url = context.settings.web.public_url or ""
    return [
        Middleware(
            SessionMiddleware,
            secret_key=_session_key(secret),
            session_cookie=COOKIE,
            max_age=SESSION_SECONDS,
            same_site="lax",
            https_only=public_url.startswith("https://"),
        ),
        Middleware(SignInGuard, engine=context.engine),
    ]


def _session_key(secret: str) -> str:
    """The cookie's own key: SEQUENCER_SECRET_KEY also signs unsubscribe links, and a value
    signed for one purpose must never pass for the other."""
    return hmac.new(secret.encode(), b"sequencer dashboard session", hashlib.sha256).hexdigest()


class SignInGuard:
    """Lets a request through to the pages only with a session of an account that still exists."""

    def __init__(self, app: ASGIApp, engine: sa.Engine) -> None:
        self.app, self.engine = app, engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _open(scope["path"]):
            await self.app(scope, receive, send)
            return
        connection = HTTPConnection(scope)
        recruiter = await run_in_threadpool(_still_there, self.engine, connection.session)
        if recruiter is None:
            if "recruiter" in connection.session:  # a removed account: its session ends
                connection.session.clear()
            await _turned_away(connection)(scope, receive, send)
            return
        scope.setdefault("state", {})["recruiter"] = recruiter
        await self.app(scope, receive, send)


def _open(path: str) -> bool:
    return path == LOGIN or path.startswith(STATIC)


def _still_there(engine: sa.Engine, session: dict[str, Any]) -> SignedIn | None:
    recruiter_id = session.get("recruiter")
    if not isinstance(recruiter_id, int):
        return None
    with Session(engine) as db:
        recruiter = recruiters.by_id(db, recruiter_id)
    if recruiter is None or recruiter.email != session.get("email"):
        return None
    return SignedIn(recruiter.email, recruiter.admin)


def _turned_away(connection: HTTPConnection) -> Response:
    if connection.scope["method"] not in ("GET", "HEAD"):
        return PlainTextResponse("sign in first\n", status_code=403)
    target = connection.url.path + (f"?{connection.url.query}" if connection.url.query else "")
    login = f"/login?next={quote(target, safe='')}"
    if connection.headers.get("hx-request"):  # htmx would swap the login page into a fragment
        return PlainTextResponse("sign in first\n", status_code=401, headers={"HX-Redirect": login})
    return RedirectResponse(login, status_code=303)


# --- CSRF ------------------------------------------------------------------------------------


def csrf_token(request: Request) -> str:
    """This session's token (made on first use); forms carry it, htmx sends it as a header."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


async def posted_form(request: Request, max_bytes: int = FORM_BYTES) -> FormData:
    """The posted form, once it is shown to come from our own page: cheap checks first.
    413 past `max_bytes` (declared or streamed), 403 for a cross-site request or a missing
    or wrong token; a token in the `X-CSRF-Token` header is checked before the body is read."""
    if request.headers.get("sec-fetch-site") == "cross-site":
        raise HTTPException(403, "this form was posted from another site")
    declared = request.headers.get("content-length", "0")
    if not declared.isdigit() or int(declared) > max_bytes:
        raise HTTPException(413, f"the form is larger than {max_bytes:,} bytes")
    header = request.headers.get("x-csrf-token")
    if header is not None:
        _check_token(request, header)
    request._body = await _bounded_body(request, max_bytes)  # request.form() parses this
    form = await request.form(max_files=1, max_fields=1000, max_part_size=max_bytes)
    if header is None:
        given = form.get("csrf_token")
        _check_token(request, given if isinstance(given, str) else "")
    return form


async def _bounded_body(request: Request, max_bytes: int) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise HTTPException(413, f"the form is larger than {max_bytes:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _check_token(request: Request, given: str) -> None:
    expected = request.session.get("csrf")
    if not isinstance(expected, str) or not hmac.compare_digest(
        expected.encode(), given.encode("utf-8", "replace")
    ):
        raise HTTPException(403, "this form has expired or was not ours: reload the page")


# --- the audit log ---------------------------------------------------------------------------


def audit(
    context: WebContext,
    request: Request,
    action: str,
    candidate_id: int | None = None,
    detail: str | None = None,
) -> None:
    """Write who (the signed-in recruiter) did `action`, now. A database write: from an async
    handler, call it through `run_in_threadpool`."""
    recruiter: SignedIn = request.state.recruiter
    write(context.engine, context.clock(), recruiter.email, action, candidate_id, detail)


# --- the routes ------------------------------------------------------------------------------


def auth_routes() -> list[Route]:
    return [
        Route("/login", login_page, methods=["GET"]),
        Route("/login", log_in, methods=["POST"]),
        Route("/logout", log_out, methods=["POST"]),
    ]


async def login_page(request: Request) -> Response:
    return _login_form(request, _next_of(request.query_params.get("next")))


async def log_in(request: Request) -> Response:
    form = await posted_form(request)
    email, password = str(form.get("email", "")).strip(), str(form.get("password", ""))
    target = _next_of(str(form.get("next", "")))
    context: WebContext = request.app.state.context
    address = request.client.host if request.client else "unknown"
    now = context.clock()
    attempt = await run_in_threadpool(
        recruiters.sign_in, context.engine, email, password, address, now
    )
    if attempt.locked_until is not None:
        minutes = max(1, round((attempt.locked_until - now).total_seconds() / 60))
        error = f"Too many failed attempts. Try again in {minutes} minutes."
        return _login_form(request, target, email, error, 429)
    if attempt.recruiter is None or attempt.recruiter.id is None:
        error = "That email and password do not match an account."
        return _login_form(request, target, email, error, 401)
    request.session.clear()  # a new session: nothing from before sign-in carries over
    request.session.update(recruiter=attempt.recruiter.id, email=attempt.recruiter.email)
    csrf_token(request)
    return RedirectResponse(target, status_code=303)


async def log_out(request: Request) -> Response:
    await posted_form(request)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


def _login_form(
    request: Request, target: str, email: str = "", error: str | None = None, status: int = 200
) -> Response:
    values = {"csrf_token": csrf_token(request), "next": target, "email": email, "error": error}
    return _TEMPLATES.TemplateResponse(request, "login.html", values, status_code=status)


def _next_of(target: str | None) -> str:
    """Where to go after signing in: a path on this site only (never `//elsewhere`)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else "/"
