"""Screenshots of every page of the web app for the docs, taken in Debian's chromium.

    .venv/bin/python tests/browser/screenshots.py          # writes docs/images/web/*.png

The world is the browser tests' recruiting desk (helpers.dashboard) plus the example
candidates file, enrolled by Dana on Monday; it is Tuesday 17:00 in New York, the LinkedIn
notes are due and two people have answered. Each page is shot at 1280 px wide, whole.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from browser.dashboard_server import NEW_YORK, TUESDAY_EVENING, served  # noqa: E402
from helpers.dashboard import DANA, PASSWORD, START, desk  # noqa: E402
from helpers.project import ROOT, Project  # noqa: E402
from playwright.sync_api import Page, sync_playwright  # noqa: E402

from sequencer.engine.enroll import enroll  # noqa: E402
from sequencer.spec.validate import load_sequence  # noqa: E402
from sequencer.store.people import import_candidates  # noqa: E402

OUT = ROOT / "docs" / "images" / "web"
NEW_ROWS = """email,first_name,last_name,company,timezone,linkedin_url
cleo@example.com,Cleo,Park,Hooli,America/New_York,https://www.linkedin.com/in/cleo
not-an-address,Dev,Null,Initrode,America/New_York,
finn@example.com,Finn,Berg,Vandelay,Europe/Berlin,https://www.linkedin.com/in/finn
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sequencer-screenshots-") as folder:
        root = Path(folder)
        project = Project(root)
        world = desk(project, f"sqlite:///{root / 'sequencer.db'}", root, NEW_YORK)
        import_candidates(world.engine, ROOT / "examples" / "candidates.csv", START)
        sequence, _ = load_sequence(project.sequences / "outreach.yaml", project.library)
        enroll(world.engine, sequence, project.library, None, START, owner=DANA)
        world.tick(TUESDAY_EVENING)
        world.reply("ben@example.com", "Not right now, thanks. Try me again in March?")
        world.reply("priya.raman@example.com", "Yes, happy to talk. Thursday afternoon?")
        csv = root / "new-people.csv"
        csv.write_text(NEW_ROWS, encoding="utf-8")
        with served(world) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
            page = browser.new_page(base_url=url, viewport={"width": 1280, "height": 900})
            shoot_every_page(page, csv)
            browser.close()


def shoot_every_page(page: Page, csv: Path) -> None:
    page.goto("/login")
    shot(page, "sign-in")
    page.get_by_label("Email").fill(DANA)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda address: "/login" not in address)
    page.goto("/?who=everyone")
    shot(page, "today")
    task = page.locator("li[id^=task-]", has_text="Ana Rivera")
    task.get_by_role("button", name="Done").click()  # so her page has an audit entry
    page.get_by_role("status").wait_for()
    page.goto("/candidates?who=everyone")
    shot(page, "candidates")
    page.get_by_role("link", name="Ana Rivera").first.click()
    shot(page, "candidate")
    page.goto("/sequences")
    shot(page, "sequences")
    page.goto("/sequences/outreach")
    shot(page, "sequence")
    page.goto("/import")
    page.get_by_label("CSV file").set_input_files(str(csv))
    page.get_by_role("button", name="Check and import").click()
    shot(page, "import")
    page.goto("/opt-outs")
    page.get_by_label("Email address or phone number").fill("katharina.brandt@example.net")
    page.get_by_label("Note (optional)").fill("asked on the phone")
    page.get_by_role("button", name="Opt out everywhere").click()
    page.get_by_role("status").wait_for()
    shot(page, "opt-outs")


def shot(page: Page, name: str) -> None:
    page.wait_for_load_state("networkidle")
    path = OUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
