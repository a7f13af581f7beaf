"""Settings come from the environment, then `.env`, then defaults."""

from __future__ import annotations

from pathlib import Path

from sequencer.config import load_settings


def test_defaults_are_the_checkouts_own_folders(tmp_path: Path) -> None:
    settings = load_settings({}, env_file=tmp_path / "missing.env")
    assert settings.sequences_dir == Path("sequences")
    assert settings.templates_dir == Path("templates/messages")


def test_env_file_then_environment_win(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("SEQUENCER_SEQUENCES_DIR=/srv/seq\nSEQUENCER_TEMPLATES_DIR=/srv/tpl\n")
    settings = load_settings({"SEQUENCER_TEMPLATES_DIR": "/etc/tpl"}, env_file=env_file)
    assert settings.sequences_dir == Path("/srv/seq")
    assert settings.templates_dir == Path("/etc/tpl")
