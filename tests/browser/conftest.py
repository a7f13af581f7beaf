"""The web app in a real browser: Debian's chromium driven by Playwright, against the dashboard
served by uvicorn on a real loopback socket (web.serve, as `sequencer run` serves it), on a
SQLite database with a recruiting desk in it (helpers.dashboard.desk).

The web app's clock is the desk's, so the pages see a fixed "now" (no test waits on the wall
clock). `playwright install` cannot download a browser here: the tests use /usr/bin/chromium
(CI installs Debian's `chromium` package) and are skipped, saying so, only when it is missing.
A failing test leaves `failure.png`, a screenshot of the page, in its tmp_path.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from browser.dashboard_server import NEW_YORK, TUESDAY_EVENING, served
from helpers.dashboard import Desk, desk
from helpers.project import Project

CHROMIUM = Path("/usr/bin/chromium")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """Keep each phase's report on the test, so the `page` fixture knows it failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@dataclass
class Site:
    url: str
    desk: Desk


@pytest.fixture
def site(project: Project, tmp_path: Path) -> Iterator[Site]:
    """The dashboard on 127.0.0.1 (a free port), Dana's account, the desk at Tuesday 17:00 in
    New York."""
    world = desk(project, f"sqlite:///{tmp_path / 'sequencer.db'}", tmp_path, NEW_YORK)
    world.tick(TUESDAY_EVENING)
    with served(world) as url:
        yield Site(url, world)


@pytest.fixture(scope="module")  # not the session: Playwright's loop ends with the module
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"no browser at {CHROMIUM}: apt-get install chromium (CI does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, site: Site, request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh browser context (no cookies) on the site; a screenshot if the test fails."""
    context = browser.new_context(base_url=site.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshot of the failure: {tmp_path / 'failure.png'}")
    context.close()
