"""Who may see the web app: sign-in, the session cookie, CSRF on every form, the audit log.

A small app stands in for the pages (one that shows who is signed in, one form that acts
and is audited), behind the real middleware and sign-in routes, on a real SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from sequencer.config import load_settings
from sequencer.errors import SettingsError
from sequencer.store import recruiters
from sequencer.store.database import engine_for
from sequencer.store.models import AuditEntry
from sequencer.web.auth import (
    COOKIE,
    audit,
    auth_middleware,
    auth_routes,
    csrf_token,
    posted_form,
)
from sequencer.web.context import WebContext

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
GOOD = "correct horse battery staple"
DANA = "dana@example.com"


async def whoami(request: Request) -> PlainTextResponse:
    recruiter = request.state.recruiter
    return PlainTextResponse(f"{recruiter.email} token={csrf_token(request)}")


async def act(request: Request) -> PlainTextResponse:
    form = await posted_form(request, max_bytes=1000)
    audit(request.app.state.context, request, "pause", detail=str(form.get("why")))
    return PlainTextResponse("done")


def make_app(tmp_path: Path, **env: str) -> Starlette:
    url = f"sqlite:///{tmp_path / 'sequencer.db'}"
    settings = load_settings({"SEQUENCER_DATABASE_URL": url, **env}, env_file=None)
    context = WebContext(engine_for(url), settings, lambda: NOW)
    routes = [*auth_routes(), Route("/", whoami), Route("/act", act, methods=["POST"])]
    app = Starlette(routes=routes, middleware=auth_middleware(context))
    app.state.context = context
    return app


@pytest.fixture
def engine(tmp_path: Path) -> sa.Engine:
    engine = engine_for(f"sqlite:///{tmp_path / 'sequencer.db'}")
    recruiters.add(engine, DANA, GOOD, admin=False, now=NOW)
    return engine


@pytest.fixture
def client(tmp_path: Path, engine: sa.Engine) -> Iterator[TestClient]:
    app = make_app(tmp_path, SEQUENCER_SECRET_KEY="k" * 40)
    with TestClient(app, follow_redirects=False) as client:
        yield client


def login_token(client: TestClient) -> str:
    page = client.get("/login").text
    return page.split('name="csrf_token" value="')[1].split('"')[0]


def sign_in(client: TestClient, password: str = GOOD, next_: str = "/", email: str = DANA):
    form = {"csrf_token": login_token(client), "email": email, "password": password, "next": next_}
    return client.post("/login", data=form)


def token_of(client: TestClient) -> str:
    return client.get("/").text.split("token=")[1]


def test_the_dashboard_will_not_start_without_a_secret_key(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="SEQUENCER_SECRET_KEY is not set"):
        make_app(tmp_path)


def test_signed_out_a_page_sends_to_sign_in_and_a_post_is_refused(client: TestClient) -> None:
    page = client.get("/?who=everyone")
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=%2F%3Fwho%3Deveryone"
    fragment = client.get("/", headers={"HX-Request": "true"})
    assert fragment.status_code == 401 and fragment.headers["hx-redirect"].startswith("/login")
    assert client.post("/act", data={"why": "x"}).status_code == 403
    assert client.get("/login").status_code == 200


def test_signing_in_goes_where_the_recruiter_was_headed(client: TestClient) -> None:
    answer = sign_in(client, next_="/?who=everyone")
    assert answer.status_code == 303 and answer.headers["location"] == "/?who=everyone"
    assert client.get("/").text.startswith(DANA)


def test_the_cookie_is_httponly_lax_and_expires_in_a_working_day(client: TestClient) -> None:
    cookie = sign_in(client).headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=")
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "samesite=lax", "max-age=43200"} <= flags
    assert "secure" not in flags


def test_the_cookie_is_secure_behind_an_https_public_url(tmp_path: Path, engine: sa.Engine) -> None:
    app = make_app(
        tmp_path, SEQUENCER_SECRET_KEY="k" * 40, SEQUENCER_PUBLIC_URL="https://hooks.example.com"
    )
    with TestClient(app, follow_redirects=False) as client:
        assert "secure" in client.get("/login").headers["set-cookie"].lower()


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil"])
def test_after_sign_in_it_never_leaves_the_site(client: TestClient, target: str) -> None:
    assert sign_in(client, next_=target).headers["location"] == "/"


def test_a_wrong_password_says_so_and_five_lock_the_account(client: TestClient) -> None:
    wrong = sign_in(client, password="not the password")
    assert wrong.status_code == 401 and "do not match" in wrong.text
    for _ in range(recruiters.ACCOUNT_LIMIT - 1):
        sign_in(client, password="not the password")
    locked = sign_in(client)
    assert locked.status_code == 429 and "Try again in 15 minutes" in locked.text
    assert client.get("/").status_code == 303


def test_a_sign_in_form_from_elsewhere_is_refused(client: TestClient) -> None:
    forged = client.post("/login", data={"email": DANA, "password": GOOD, "csrf_token": "x"})
    assert forged.status_code == 403
    assert client.get("/").status_code == 303


def test_a_form_with_the_token_acts_and_is_audited(client: TestClient, engine: sa.Engine) -> None:
    sign_in(client)
    answer = client.post("/act", data={"csrf_token": token_of(client), "why": "on leave"})
    assert answer.status_code == 200
    with Session(engine) as session:
        [entry] = session.exec(select(AuditEntry)).all()
    assert (entry.actor, entry.action, entry.detail, entry.at) == (DANA, "pause", "on leave", NOW)


def test_htmx_sends_the_token_as_a_header(client: TestClient) -> None:
    sign_in(client)
    good = client.post("/act", data={"why": "x"}, headers={"X-CSRF-Token": token_of(client)})
    assert good.status_code == 200
    forged = client.post("/act", data={"why": "x"}, headers={"X-CSRF-Token": "guess"})
    assert forged.status_code == 403


@pytest.mark.parametrize("token", [None, "", "guess", "é"])
def test_a_forged_form_is_refused_and_nothing_is_written(
    client: TestClient, engine: sa.Engine, token: str | None
) -> None:
    sign_in(client)
    form = {"why": "x"} | ({"csrf_token": token} if token is not None else {})
    assert client.post("/act", data=form).status_code == 403
    with Session(engine) as session:
        assert session.exec(select(AuditEntry)).all() == []


def test_a_cross_site_post_is_refused_even_with_the_token(client: TestClient) -> None:
    sign_in(client)
    form = {"csrf_token": token_of(client), "why": "x"}
    assert (
        client.post("/act", data=form, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    )


def test_the_token_from_before_sign_in_does_not_work_after(client: TestClient) -> None:
    before = login_token(client)
    sign_in(client)
    assert client.post("/act", data={"csrf_token": before, "why": "x"}).status_code == 403


def test_an_oversized_form_is_refused_before_it_is_read(client: TestClient) -> None:
    sign_in(client)
    token = token_of(client)
    big = {"csrf_token": token, "why": "x" * 2000}
    assert client.post("/act", data=big).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        yield f"csrf_token={token}&why=".encode()
        for _ in range(20):
            yield b"x" * 100

    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    assert client.post("/act", content=chunks(), headers=headers).status_code == 413


def test_a_removed_account_is_signed_out_at_its_next_click(
    client: TestClient, engine: sa.Engine
) -> None:
    sign_in(client)
    assert client.get("/").status_code == 200
    recruiters.remove(engine, DANA)
    assert client.get("/").status_code == 303
    recruiters.add(engine, DANA, GOOD, admin=False, now=NOW)  # a new account, a new session
    assert client.get("/").status_code == 303


def test_a_cookie_signed_with_another_key_counts_for_nothing(
    client: TestClient, tmp_path: Path
) -> None:
    other = make_app(tmp_path, SEQUENCER_SECRET_KEY="z" * 40)
    with TestClient(other, follow_redirects=False) as elsewhere:
        sign_in(elsewhere)
        stolen = elsewhere.cookies[COOKIE]
    client.cookies.set(COOKIE, stolen)
    assert client.get("/").status_code == 303


def test_signing_out_ends_the_session(client: TestClient) -> None:
    sign_in(client)
    token = token_of(client)
    assert client.post("/logout", data={"csrf_token": token}).headers["location"] == "/login"
    assert client.get("/").status_code == 303


def test_a_stray_signed_out_request_keeps_the_sign_in_forms_token(client: TestClient) -> None:
    """A browser fetches /favicon.ico (or any page) beside the sign-in form: found in a real
    browser, that once ended the session and so the form's token."""
    token = login_token(client)
    assert client.get("/favicon.ico").status_code == 303
    form = {"csrf_token": token, "email": DANA, "password": GOOD, "next": "/"}
    assert client.post("/login", data=form).status_code == 303
