"""Shared helpers: write a small sequence project (YAML + templates) into a temp directory."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from sequencer.templates import TemplateLibrary

ROOT = Path(__file__).resolve().parent.parent


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


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


@pytest.fixture
def shipped_library() -> TemplateLibrary:
    return TemplateLibrary(ROOT / "templates" / "messages")
