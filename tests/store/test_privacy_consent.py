"""Consent to texts and calls records where it came from and when: a CSV column (which file,
which row), a texted START or STOP, the recruiter; `sequencer status` shows it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from helpers.dashboard import SECRET, sign_in
from helpers.project import Project, settings_for
from helpers.worlds import make_world
from sqlmodel import Session, select

from sequencer.channels.facts import TextIn
from sequencer.cli import main
from sequencer.inbound.messages import receive_text
from sequencer.store.consent import history
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord
from sequencer.store.people import import_candidates

NOW = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
ANA, ANA_PHONE = "ana@example.com", "+12125550147"
HEADER = "email,phone,first_name,sms_consent,call_consent\n"
BEN = "ben@example.com,+12125550148,Ben,no,no\n"


def ana_row(sms: str, call: str) -> str:
    return f"{ANA},{ANA_PHONE},Ana,{sms},{call}\n"


def changes(engine: sa.Engine) -> list[tuple[str, bool, str]]:
    """Ana's consent history: (channel, given, source), oldest first."""
    with Session(engine) as session:
        ana = session.exec(select(CandidateRecord).where(CandidateRecord.key == ANA)).one()
        assert ana.id is not None
        return [(c.channel, c.given, c.source) for c in history(session, ana.id)]


def consents(engine: sa.Engine) -> tuple[bool, bool]:
    with Session(engine) as session:
        ana = session.exec(select(CandidateRecord).where(CandidateRecord.key == ANA)).one()
        return ana.sms_consent, ana.call_consent


@pytest.fixture
def engine(database_url: str) -> sa.Engine:
    return engine_for(database_url)


def write(tmp_path: Path, name: str, *rows: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_an_import_records_the_file_and_row_that_gave_or_changed_consent(
    engine: sa.Engine, tmp_path: Path
) -> None:
    import_candidates(engine, write(tmp_path, "march.csv", BEN, ana_row("yes", "no")), NOW)
    assert changes(engine) == [("sms", True, "CSV column sms_consent (march.csv, row 3)")]

    later = NOW + timedelta(days=1)
    import_candidates(engine, write(tmp_path, "again.csv", ana_row("yes", "no")), later)
    assert len(changes(engine)) == 1  # nothing changed: nothing recorded

    import_candidates(engine, write(tmp_path, "april.csv", ana_row("no", "yes")), later)
    assert changes(engine)[1:] == [
        ("sms", False, "CSV column sms_consent (april.csv, row 2)"),
        ("call", True, "CSV column call_consent (april.csv, row 2)"),
    ]
    assert consents(engine) == (False, True)


def test_a_texted_stop_withdraws_consent_and_start_gives_texts_back(
    engine: sa.Engine, tmp_path: Path
) -> None:
    import_candidates(engine, write(tmp_path, "people.csv", ana_row("yes", "yes")), NOW)

    stop = TextIn(key="SM1", channel="sms", sender=ANA_PHONE, body="Stop texting me")
    receive_text(engine, stop, NOW + timedelta(hours=1))
    assert consents(engine) == (False, False)
    assert changes(engine)[2:] == [
        ("sms", False, "texted 'Stop texting me'"),
        ("call", False, "texted 'Stop texting me'"),
    ]

    start = TextIn(key="SM2", channel="sms", sender=ANA_PHONE, body="START")
    receive_text(engine, start, NOW + timedelta(hours=2))
    assert consents(engine) == (True, False)  # START is about texts; calls stay withdrawn
    assert changes(engine)[-1] == ("sms", True, "texted 'START'")


def test_the_recruiter_records_consent_with_how_and_status_shows_where_it_came_from(
    tmp_path: Path,
) -> None:
    database = f"sqlite:///{tmp_path / 'db.sqlite'}"
    runner = CliRunner(env={"SEQUENCER_DATABASE_URL": database})
    runner.invoke(main, ["import", str(write(tmp_path, "people.csv", ana_row("yes", "no")))])

    given = runner.invoke(
        main,
        [
            "consent",
            ANA,
            "call",
            "yes",
            "--how",
            "said yes on our call",
            "--now",
            "2026-11-24T10:00Z",
        ],
    )
    assert given.output == "consent to calls given\n"
    again = runner.invoke(main, ["consent", ANA_PHONE, "call", "yes", "--how", "again"])
    assert again.output == "already consented to calls: nothing changed\n"

    shown = runner.invoke(main, ["status", ANA]).output
    assert "Texts: yes. Calls: yes." in shown
    assert "texts given (CSV column sms_consent (people.csv, row 2))" in shown
    assert "2026-11-24 10:00 UTC: calls given (recruiter (cli): said yes on our call)" in shown


def test_consent_from_the_recruiter_never_undoes_an_opt_out(
    engine: sa.Engine, database_url: str, tmp_path: Path
) -> None:
    import_candidates(engine, write(tmp_path, "people.csv", ana_row("no", "no")), NOW)
    receive_text(engine, TextIn(key="SM1", channel="sms", sender=ANA_PHONE, body="STOP"), NOW)
    runner = CliRunner(env={"SEQUENCER_DATABASE_URL": database_url})

    said = runner.invoke(main, ["consent", ANA, "sms", "yes", "--how", "asked on LinkedIn"])
    assert said.output == (
        "consent to texts given; they opted out, so nothing is sent until they opt back in "
        "themselves\n"
    )
    missing = runner.invoke(main, ["consent", ANA, "sms", "yes"])
    assert missing.exit_code == 2 and "--how" in missing.output


def test_a_file_uploaded_in_the_web_app_is_named_as_it_was_uploaded(
    project: Project, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'sequencer.db'}"
    engine, _, _ = make_world(project, url, tmp_path)  # Ana, imported without consent
    settings = settings_for(project, url, tmp_path / "outbox", SECRET)
    dana = sign_in(settings, engine, lambda: NOW, "dana@northwind.example")
    dana.get("/import")
    dana.client.post(
        "/import",
        data={"csrf_token": dana.token},
        files={"file": ("march-leads.csv", HEADER + ana_row("yes", "no"), "text/csv")},
    )
    assert changes(engine) == [("sms", True, "CSV column sms_consent (march-leads.csv, row 2)")]
