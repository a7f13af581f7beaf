"""`sequencer import` writes a batch of rows at a time (one statement per table on PostgreSQL,
the erasure list read once per batch): on SQLite and PostgreSQL alike, two rows that name one
stored person leave the last row's values and its consent, and an erased person's rows stay
out of a file of several batches while everyone else goes in."""

from __future__ import annotations

from pathlib import Path

from helpers.commands import sequencer
from sqlmodel import Session, col, select

from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, ConsentChange
from sequencer.store.people import BATCH

SECRET = "a-long-random-secret-for-the-tests-0123456789"
HEADER = "email,phone,first_name,sms_consent,recent_project\n"


def run(folder: Path, url: str, *args: str) -> tuple[int, str, str]:
    done = sequencer(
        folder, *args, timeout=120, SEQUENCER_DATABASE_URL=url, SEQUENCER_SECRET_KEY=SECRET
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


def test_two_rows_naming_one_stored_person_leave_the_last_rows_values(
    database_url: str, tmp_path: Path
) -> None:
    (tmp_path / "a.csv").write_text(HEADER + "sam@example.com,+14155550199,Sam,no,\n")
    assert run(tmp_path, database_url, "import", "a.csv")[0] == 0
    # Row 2 is Sam by email, row 3 Sam by phone under a new email: both update the same person.
    (tmp_path / "b.csv").write_text(
        HEADER + "sam@example.com,,Samuel,no,the first one\n"
        "sam.new@example.com,+14155550199,Sam N.,yes,the data platform\n"
    )
    code, out, _ = run(tmp_path, database_url, "import", "b.csv")
    assert (code, out.strip()) == (0, "0 new, 2 updated, 0 rejected")
    engine = engine_for(database_url)
    with Session(engine) as session:
        [person] = session.exec(select(CandidateRecord)).all()
        changes = session.exec(select(ConsentChange).order_by(col(ConsentChange.id))).all()
    engine.dispose()
    assert (person.key, person.first_name, person.phone) == (
        "sam.new@example.com",
        "Sam N.",
        "+14155550199",
    )
    assert person.sms_consent is True
    assert person.extra == {"recent_project": "the data platform"}
    assert [(c.channel, c.given, c.source) for c in changes] == [
        ("sms", True, "CSV column sms_consent (b.csv, row 3)")
    ]


def test_an_erased_person_stays_out_of_a_file_of_several_batches(
    database_url: str, tmp_path: Path
) -> None:
    (tmp_path / "one.csv").write_text(HEADER + "gone@example.com,+14155550123,Gone,no,\n")
    assert run(tmp_path, database_url, "import", "one.csv")[0] == 0
    assert run(tmp_path, database_url, "forget", "gone@example.com", "--yes")[0] == 0
    rows = [f"p{n}@example.com,,P{n},{'yes' if n % 2 else 'no'}," for n in range(BATCH + 100)]
    rows[3] = "GONE@example.com,,Back,no,"  # their email, in another case
    rows[BATCH + 50] = "other@example.com,+14155550123,Their phone,yes,"  # their number
    (tmp_path / "big.csv").write_text(HEADER + "\n".join(rows) + "\n")
    code, out, err = run(tmp_path, database_url, "import", "big.csv")
    assert code == 1
    assert out.strip() == f"{BATCH + 98:,} new, 0 updated, 2 rejected"
    refused = [line.split(": ")[1] for line in err.splitlines()]
    assert refused == ["row 5", f"row {BATCH + 52}"]
    assert all("erased at their request on " in line for line in err.splitlines())
    engine = engine_for(database_url)
    with Session(engine) as session:
        keys = set(session.exec(select(CandidateRecord.key)))
        texted = session.exec(select(ConsentChange).where(col(ConsentChange.given))).all()
    engine.dispose()
    assert len(keys) == BATCH + 98
    assert not keys & {"gone@example.com", "other@example.com", "+14155550123"}
    assert len(texted) == len([n for n in range(BATCH + 100) if n % 2 and n != 3])
