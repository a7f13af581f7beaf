"""Each enrollment has an owner, the recruiter who enrolled the person: the web app's "mine".
The CLI sets it with --owner; a follow-on sequence keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.project import ROOT, Project, use_shipped_files
from helpers.worlds import START, make_world
from sqlmodel import Session, col, select

from sequencer.cli import main
from sequencer.daemon.passes import run_pass
from sequencer.inbound.outcomes import Outcome, mark
from sequencer.store.database import engine_for
from sequencer.store.models import Enrollment


def test_enroll_with_owner_from_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_shipped_files(monkeypatch, tmp_path)
    runner = CliRunner()
    runner.invoke(main, ["import", str(ROOT / "examples" / "candidates.csv")])
    args = ["enroll", "passive-candidate", "alex.rivera@example.com", "--owner", "Dana@Example.com"]
    assert runner.invoke(main, args).exit_code == 0
    with Session(engine_for("sqlite:///sequencer.db")) as session:
        assert list(session.exec(select(Enrollment.owner))) == ["dana@example.com"]


def test_a_follow_on_sequence_keeps_the_owner(
    project: Project, database_url: str, tmp_path: Path
) -> None:
    engine, _, settings = make_world(project, database_url, tmp_path)
    with Session(engine) as session, session.begin():
        for enrollment in session.exec(select(Enrollment)):
            enrollment.owner = "dana@example.com"
    mark(engine, "ana@example.com", Outcome.ACCEPTED_ELSEWHERE, START)
    with Session(engine) as session:
        back = session.exec(select(Enrollment)).one().follow_on_at
    assert back is not None
    assert run_pass(engine, settings, back)["moved on"] == 1
    with Session(engine) as session:
        query = select(Enrollment.sequence_name, Enrollment.owner).order_by(col(Enrollment.id))
        assert list(session.exec(query)) == [
            ("outreach", "dana@example.com"),
            ("pipeline", "dana@example.com"),
        ]
