"""The outbox: what would have gone out, written to disk for the owner only, and a write that
fails (a full disk, a folder that cannot be made) is a retry that leaves nothing behind.

We run as root in CI, so a read-only folder would not stop a write: the failures here are
ones root meets too. `/dev/full` answers every write with ENOSPC, the very error of a full
disk, and a file where the folder should be makes the folder impossible to create."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers.project import Project
from sqlmodel import Session, select

from sequencer.channels import Call, Email, RetryLater, Senders, Text
from sequencer.channels.outbox import Outbox
from sequencer.engine.dispatch import tick
from sequencer.engine.enroll import enroll
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import Enrollment, Send, SendStatus
from sequencer.store.people import import_candidates

NOW = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
MAIL = Email(
    reference="1-first",
    to="ana@example.com",
    from_email="dana@northwind.example",
    from_name="Dana",
    subject="Staff role",
    text="Hi Ana.\n",
    message_id="<1-first@northwind.example>",
)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, which leaves new files readable by everyone (0644, folders 0755)."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def full_disk_for(outbox: Path, name: str) -> Path:
    """The next write of `name` goes to /dev/full: ENOSPC mid-write, as on a full disk."""
    outbox.mkdir(exist_ok=True)
    partial = outbox / f".{name}.partial"
    partial.symlink_to("/dev/full")
    return partial


def test_a_full_disk_is_a_retry_and_leaves_no_partial_file(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    full_disk_for(outbox, "1-first.eml")
    with pytest.raises(RetryLater, match="No space left on device") as refused:
        Outbox(outbox, NOW).send_email(MAIL)
    assert not refused.value.unclear  # nothing left the machine: not an in-doubt send
    assert "free some space" in str(refused.value)
    assert list(outbox.iterdir()) == []  # no .partial file left behind
    Outbox(outbox, NOW).send_email(MAIL)  # space freed: the retry writes it whole
    assert b"Subject: Staff role" in (outbox / "1-first.eml").read_bytes()


def test_an_outbox_folder_that_cannot_be_made_is_a_retry_that_says_why(tmp_path: Path) -> None:
    where = tmp_path / "outbox"
    where.write_text("a file where the outbox folder should be\n")
    box = Outbox(where, NOW)
    for send in (
        lambda: box.send_email(MAIL),
        lambda: box.send_text(Text("1-text", "+12125550147", "Hi Ana")),
        lambda: box.place_call(Call("1-call", "+12125550147", "Hi Ana")),
    ):
        with pytest.raises(
            RetryLater, match=f"cannot write to the outbox {where}: it is a file, not a folder"
        ) as refused:
            send()
        assert not refused.value.unclear


def test_outbox_files_and_folder_are_readable_by_the_owner_only(
    tmp_path: Path, umask_022: None
) -> None:
    outbox = tmp_path / "out" / "box"
    box = Outbox(outbox, NOW)
    box.send_email(MAIL)
    box.send_text(Text("1-text", "+12125550147", "Hi Ana"))
    box.place_call(Call("1-call", "+12125550147", "Hi Ana"))
    assert mode(outbox) == 0o700
    written = sorted(p.name for p in outbox.iterdir())
    assert written == ["1-call.call.txt", "1-first.eml", "1-text.sms.txt"]
    assert {mode(outbox / name) for name in written} == {0o600}


def test_a_leftover_partial_file_is_not_kept_world_readable(
    tmp_path: Path, umask_022: None
) -> None:
    outbox = tmp_path / "outbox"
    outbox.mkdir(mode=0o700)
    leftover = outbox / ".1-first.eml.partial"  # a crash mid-write, by an older version
    leftover.write_bytes(b"half a mess")
    leftover.chmod(0o644)
    Outbox(outbox, NOW).send_email(MAIL)
    assert mode(outbox / "1-first.eml") == 0o600


# --- the dispatcher: one send's full disk is that send's retry, and the pass goes on ---------

EMAIL = """{% block subject %}Staff role{% endblock %}
{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}
"""
PEOPLE = """email,first_name
ana@example.com,Ana
ben@example.com,Ben
"""


@pytest.fixture
def two_due(project: Project, database_url: str, tmp_path: Path) -> sa.Engine:
    project.template("t/email", EMAIL)
    path = project.sequence(
        "outreach",
        """
        send_window: ["Daily 00:00-23:59"]
        sender: {name: Dana, email: dana@northwind.example}
        steps:
          - {id: first, channel: email, template: t/email, wait: 0 minutes}
        """,
    )
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE, encoding="utf-8")
    engine = engine_for(database_url)
    import_candidates(engine, csv, NOW)
    sequence, _ = load_sequence(path, project.library)
    enroll(engine, sequence, project.library, None, NOW)
    return engine


def sends(engine: sa.Engine) -> dict[int, Send]:
    with Session(engine) as session:
        return {s.enrollment_id: s for s in session.exec(select(Send))}


def test_a_full_disk_mid_pass_retries_that_send_and_the_pass_goes_on(
    two_due: sa.Engine, tmp_path: Path
) -> None:
    engine, outbox = two_due, tmp_path / "outbox"
    full_disk_for(outbox, "1-first.eml")  # Ana's message meets a full disk; Ben's does not
    box = Outbox(outbox, NOW)
    outcomes = tick(engine, Senders(box, box, box), NOW)
    assert outcomes["retry"] == 1 and outcomes["sent"] == 1
    ana, ben = sends(engine)[1], sends(engine)[2]
    assert ana.status == SendStatus.RETRY and "No space left on device" in (ana.reason or "")
    assert ben.status == SendStatus.SENT
    assert sorted(p.name for p in outbox.iterdir()) == ["2-first.eml"]
    with Session(engine) as session:
        due = session.get(Enrollment, 1)
        assert due is not None and due.next_due_at is not None
    later = Outbox(outbox, due.next_due_at)  # space freed: the next pass sends it, once
    assert tick(engine, Senders(later, later, later), due.next_due_at)["sent"] == 1
    assert tick(engine, Senders(later, later, later), due.next_due_at)["sent"] == 0
    assert sends(engine)[1].status == SendStatus.SENT and sends(engine)[1].attempts == 2
    assert sorted(p.name for p in outbox.iterdir()) == ["1-first.eml", "2-first.eml"]
