"""What tests build on: a throwaway sequence project (YAML + templates) in a temp directory,
the environment a `sequencer` process needs, and the messages channels are handed."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from sequencer.channels import Email
from sequencer.config import Settings, load_settings
from sequencer.spec.templates import TemplateLibrary

ROOT = Path(__file__).resolve().parent.parent.parent


class Project:
    """A throwaway sequences/ + templates/messages/ pair."""

    def __init__(self, root: Path) -> None:
        self.sequences = root / "sequences"
        self.templates = root / "templates"
        self.sequences.mkdir()
        self.templates.mkdir()
        self.library = TemplateLibrary(self.templates)

    def sequence(self, name: str, text: str) -> Path:
        path = self.sequences / f"{name}.yaml"
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path

    def template(self, name: str, text: str) -> Path:
        path = self.templates / f"{name}.j2"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path


def use_shipped_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Run from an empty folder (the default database and outbox land there), with the
    shipped sequences and templates."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SEQUENCER_SEQUENCES_DIR", str(ROOT / "sequences"))
    monkeypatch.setenv("SEQUENCER_TEMPLATES_DIR", str(ROOT / "templates" / "messages"))
    monkeypatch.setenv("SEQUENCER_CONTENT_DIR", str(ROOT / "content"))
    monkeypatch.delenv("SEQUENCER_DATABASE_URL", raising=False)


def settings_for(
    project: Project, database_url: str, outbox: Path, env: dict[str, str] | None = None
) -> Settings:
    """The settings `load_settings` makes of this project's folders and `env` (no .env)."""
    folders = {
        "SEQUENCER_SEQUENCES_DIR": str(project.sequences),
        "SEQUENCER_TEMPLATES_DIR": str(project.templates),
        "SEQUENCER_DATABASE_URL": database_url,
        "SEQUENCER_OUTBOX_DIR": str(outbox),
    }
    return load_settings(folders | (env or {}), env_file=None)


def one_email_now(project: Project, tmp_path: Path) -> dict[str, str]:
    """A sequence `always` of one email that may go at any hour, one person (people.csv) to
    enroll, and the environment a `sequencer` process needs to run them."""
    project.template(
        "t/email",
        "{% block subject %}Hello{% endblock %}\n"
        "{% block body %}Hi {{ candidate.first_name }}. No worries if not.{% endblock %}\n",
    )
    project.sequence(
        "always",
        """
        send_window: ["Daily 00:00-23:59"]
        sender: {name: Dana, email: dana@example.com}
        steps:
          - {id: hello, channel: email, template: t/email, wait: 0 minutes}
        """,
    )
    (tmp_path / "people.csv").write_text("email,first_name\nana@example.com,Ana\n")
    return os.environ | {
        "SEQUENCER_SEQUENCES_DIR": str(project.sequences),
        "SEQUENCER_TEMPLATES_DIR": str(project.templates),
        "SEQUENCER_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}",
        "SEQUENCER_OUTBOX_DIR": str(tmp_path / "outbox"),
    }


def follow_up_email(
    list_unsubscribe: str,
    references: str = "<send-41@northwind.example>",
    **changes: object,
) -> Email:
    """A threaded follow-up as the dispatcher hands it to an email channel."""
    fields: dict[str, object] = {
        "reference": "send-42",
        "to": "priya.raman@example.com",
        "from_email": "alex@northwind.example",
        "from_name": "Alex Kim",
        "subject": "Re: Staff Platform Engineer at Northwind Labs",
        "text": "Hi Priya,\n\nA short follow-up.\n",
        "html": "<p>Hi Priya,</p><p>A short follow-up.</p>",
        "message_id": "<send-42@northwind.example>",
        "reply_to": "alex+replies@northwind.example",
        "headers": {
            "In-Reply-To": "<send-41@northwind.example>",
            "References": references,
            "List-Unsubscribe": list_unsubscribe,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    }
    return Email(**{**fields, **changes})  # type: ignore[arg-type]
