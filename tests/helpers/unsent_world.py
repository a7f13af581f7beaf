"""People from `examples/candidates.csv` in the shipped sequences, sent to the outbox by the
daemon's own passes (`daemon.passes.run_pass`: dispatch, follow-ons, notices) from a fixed
Monday on: the world of the journeys about touches that did not go out (LinkedIn tasks nobody
did, a failed step, a call task). The passes come when something is due, as the daemon wakes
early for the next touch, so ten simulated weeks take a few dozen passes."""

from __future__ import annotations

import csv
import email
import email.policy
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import sqlalchemy as sa
from helpers.project import ROOT
from sqlmodel import Session, col, func, select

from sequencer.channels import Senders
from sequencer.config import Settings, load_settings
from sequencer.daemon.passes import run_pass
from sequencer.engine.enroll import enroll
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.validate import load_sequence
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, Enrollment, Task, TaskStatus
from sequencer.store.people import import_candidates
from sequencer.store.queue import next_due

START = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)  # Mon 08:00 in New York
CANDIDATES = ROOT / "examples" / "candidates.csv"


@dataclass(frozen=True)
class Received:
    """One email as the person got it (the outbox's .eml)."""

    to: str
    subject: str
    body: str
    at: datetime
    file: str


class Journey:
    def __init__(self, database_url: str, tmp_path: Path, env: dict[str, str] | None = None):
        self.outbox = tmp_path / "outbox"
        self.settings: Settings = load_settings(
            {
                "SEQUENCER_SEQUENCES_DIR": str(ROOT / "sequences"),
                "SEQUENCER_TEMPLATES_DIR": str(ROOT / "templates" / "messages"),
                "SEQUENCER_DATABASE_URL": database_url,
                "SEQUENCER_OUTBOX_DIR": str(self.outbox),
            }
            | (env or {}),
            env_file=None,
        )
        self.engine: sa.Engine = engine_for(database_url)
        self.library = TemplateLibrary(ROOT / "templates" / "messages")
        self.tmp_path, self.now = tmp_path, START
        # Wraps the senders that reach candidates (e.g. a provider that refuses a message).
        self.watch: Callable[[Senders], Senders] | None = None

    def people(self, *emails: str, change: dict[str, dict[str, str]] | None = None) -> None:
        """Import these rows of examples/candidates.csv (`change`: email → columns to set)."""
        with CANDIDATES.open(encoding="utf-8", newline="") as file:
            rows = [r for r in csv.DictReader(file) if r["email"] in emails]
        for row in rows:
            row.update((change or {}).get(row["email"], {}))
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        path = self.tmp_path / "people.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        import_candidates(self.engine, path, self.now)

    def enroll(self, sequence_name: str, *emails: str) -> None:
        sequence, _ = load_sequence(ROOT / "sequences" / f"{sequence_name}.yaml", self.library)
        report = enroll(self.engine, sequence, self.library, list(emails), self.now)
        assert len(report.enrolled) == len(emails), report.refused

    def run(self, until: datetime) -> None:
        """The daemon's passes up to `until`: one whenever something is due."""
        while self.now <= until:
            run_pass(self.engine, self.settings, self.now, watch=self.watch)
            upcoming = self._next_moment()
            if upcoming is None:
                break
            self.now = max(upcoming, self.now + timedelta(minutes=1))
        self.now = max(self.now, until)

    def _next_moment(self) -> datetime | None:
        """The next touch due, task to expire, or move to another sequence."""
        with Session(self.engine) as session:
            expiry = session.exec(
                select(func.min(Task.expires_at)).where(Task.status == TaskStatus.OPEN)
            ).one()
            moving = session.exec(
                select(func.min(Enrollment.follow_on_at)).where(
                    col(Enrollment.follow_on).is_not(None)
                )
            ).one()
        moments = [m for m in (next_due(self.engine), expiry, moving) if m is not None]
        return min(_aware(m) for m in moments) if moments else None

    def received(self, address: str) -> list[Received]:
        """What reached `address` by email, in the order it went."""
        found = []
        for path in sorted(self.outbox.glob("*.eml")) if self.outbox.exists() else []:
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            assert isinstance(message, EmailMessage)
            if address not in str(message["To"]):
                continue
            body = message.get_body(("plain",))
            assert body is not None
            text = body.get_content().replace("\r\n", "\n")
            at = parsedate_to_datetime(str(message["Date"]))
            found.append(Received(address, str(message["Subject"]), text, at, path.name))
        return sorted(found, key=lambda r: r.at)

    def enrollments(self, address: str) -> list[Enrollment]:
        with Session(self.engine) as session:
            query = (
                select(Enrollment)
                .join(CandidateRecord)
                .where(CandidateRecord.key == address)
                .order_by(col(Enrollment.id))
            )
            return list(session.exec(query))

    def tasks(self, address: str) -> list[Task]:
        with Session(self.engine) as session:
            person = session.exec(
                select(CandidateRecord).where(CandidateRecord.key == address)
            ).one()
            return [
                task
                for task in session.exec(select(Task).order_by(col(Task.id)))
                if person.linkedin_url in (task.to,) or person.phone == task.to
            ]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
