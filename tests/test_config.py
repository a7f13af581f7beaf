"""Settings come from the environment, then `.env`, then defaults; they are checked once, and
a bad value is one line that names the variable, the value and what to write instead."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
from click.testing import CliRunner
from helpers.project import ROOT

from sequencer.cli import main
from sequencer.config import LogLevel, Settings, load_settings, variables
from sequencer.errors import SettingsError
from sequencer.ops.logs import LEVELS


def settings(**env: str) -> Settings:
    return load_settings(env, env_file=None)


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


def test_precedence_holds_inside_the_groups_too(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("SMTP_HOST=smtp.example.com\nSMTP_PORT=2525\nIMAP_POLL_SECONDS=30\n")
    read = load_settings({"SMTP_PORT": "465", "SENDGRID_API_KEY": ""}, env_file=env_file)
    assert (read.smtp.host, read.smtp.port, read.imap.poll_seconds) == ("smtp.example.com", 465, 30)
    assert read.sendgrid.api_key is None  # empty counts as unset
    assert read.pacing.email_daily_cap == 500  # the default


def test_env_file_reads_as_python_dotenv_writes_it(tmp_path: Path) -> None:
    # As pydantic-settings read it, with python-dotenv: comments, quotes, `export`, ${VAR}
    # written earlier in the file; a name alone or with nothing after = is unset.
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# the recruiter's folders\n"
        "export BASE=/srv/outreach\n"
        "SEQUENCER_SEQUENCES_DIR='${BASE}/sequences'  # quoted\n"
        "SEQUENCER_TEMPLATES_DIR=\n"
        "SEQUENCER_CONTENT_DIR\n"
        "LEVER_STAGES=a1=applied, b2=hired\n"
    )
    read = load_settings({}, env_file=env_file)
    assert read.sequences_dir == Path("/srv/outreach/sequences")
    assert read.templates_dir == Path("templates/messages")  # empty: the default
    assert read.content_dir == Path("content")  # a name alone: the default
    assert read.outside.lever_stages == {"a1": "applied", "b2": "hired"}


def test_the_process_environment_is_read_when_none_is_given(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SEQUENCER_EMAIL_DAILY_CAP", "250")
    assert load_settings(env_file=tmp_path / "missing.env").pacing.email_daily_cap == 250


def test_the_log_level_comes_from_the_real_environment_only(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("SEQUENCER_LOG_LEVEL=DEBUG\n")
    assert load_settings({}, env_file=env_file).logs.level == "INFO"
    assert load_settings({"SEQUENCER_LOG_LEVEL": "warning"}, env_file).logs.level == "WARNING"
    assert set(get_args(LogLevel)) == set(LEVELS)


def test_off_or_zero_switches_a_limit_off() -> None:
    read = settings(SEQUENCER_EMAIL_DAILY_CAP="off", SEQUENCER_SMS_SPACING_SECONDS="0")
    assert (read.pacing.email_daily_cap, read.pacing.sms_spacing_seconds) == (0, 0)
    assert settings(SEQUENCER_UNCLEAR_RETRY_SECONDS=" OFF ").unclear_retry_seconds == 0


def test_yes_and_no_in_their_usual_spellings() -> None:
    assert settings(SMTP_STARTTLS="off").smtp.starttls is False
    assert settings(IMAP_SSL="True").imap.ssl is True


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"SEQUENCER_SMS_SPACING_SECONDS": "fast"},
            "SEQUENCER_SMS_SPACING_SECONDS must be 0 or more (0 or off switches it off),"
            " not 'fast'",
        ),
        (
            {"SEQUENCER_UNCLEAR_RETRY_SECONDS": "-5"},
            "SEQUENCER_UNCLEAR_RETRY_SECONDS must be 0 or more (0 or off switches it off),"
            " not '-5'",
        ),
        (
            {"SEQUENCER_CALL_DAILY_CAP": "2.5"},
            "SEQUENCER_CALL_DAILY_CAP must be a whole number, 0 or more (0 or off switches it"
            " off), not '2.5'",
        ),
        ({"SMTP_STARTTLS": "maybe"}, "SMTP_STARTTLS must be yes or no, not 'maybe'"),
        ({"SMTP_PORT": "smtps"}, "SMTP_PORT must be a port number (1-65535), not 'smtps'"),
        ({"IMAP_PORT": "0"}, "IMAP_PORT must be a port number (1-65535), not '0'"),
        (
            {"IMAP_POLL_SECONDS": "never"},
            "IMAP_POLL_SECONDS must be a number of seconds more than 0, not 'never'",
        ),
        (
            {"SEQUENCER_LOG_LEVEL": "loud"},
            "SEQUENCER_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, not 'loud'",
        ),
        ({"IMAP_HOST": "imap.example.com"}, "IMAP_HOST is set but IMAP_USERNAME and"),
        (
            {"SEQUENCER_SENDS_IN_FLIGHT": "0"},
            "SEQUENCER_SENDS_IN_FLIGHT must be a whole number, 1 or more, not '0'",
        ),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable_and_the_fix(
    env: dict[str, str], message: str
) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(env, env_file=None)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value) and "pydantic" not in str(raised.value)


def test_a_bad_value_in_env_file_is_named_too(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("SEQUENCER_EMAIL_SPACING_SECONDS=soon\n")
    with pytest.raises(SettingsError, match="SEQUENCER_EMAIL_SPACING_SECONDS must be 0 or more"):
        load_settings({}, env_file=env_file)


def test_a_bad_setting_stops_any_command_with_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("SMTP_PORT", "submission")
    result = CliRunner().invoke(main, ["status"])
    assert result.exit_code == 1
    expected = "error: SMTP_PORT must be a port number (1-65535), not 'submission'\n"
    assert result.stderr == expected


def test_secrets_never_show_in_a_repr() -> None:
    secrets = {
        "SENDGRID_API_KEY": "SG.secret-1",
        "SMTP_PASSWORD": "secret-2",
        "TWILIO_AUTH_TOKEN": "secret-3",
        "IMAP_HOST": "imap.example.com",
        "IMAP_USERNAME": "dana",
        "IMAP_PASSWORD": "secret-4",
        "SEQUENCER_SECRET_KEY": "secret-5",
        "SEQUENCER_INBOUND_TOKEN": "secret-6",
    }
    shown = repr(load_settings(secrets, env_file=None))
    assert "secret-" not in shown and "dana" in shown


def test_settings_are_frozen() -> None:
    with pytest.raises(ValueError):
        settings().smtp.port = 25  # type: ignore[misc]


# --- .env.example ----------------------------------------------------------------------------

EXAMPLE_LINE = re.compile(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$")


def example() -> dict[str, tuple[str, bool]]:
    """Each variable in .env.example: its value, and whether the line is commented out."""
    found = {}
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        if match := EXAMPLE_LINE.match(line):
            found[match[2]] = (match[3].strip(), bool(match[1]))
    return found


def test_env_example_lists_exactly_the_settings_the_code_reads() -> None:
    assert set(example()) == set(variables())


def test_env_example_shows_each_default_and_sets_nothing_else() -> None:
    """Copying .env.example to .env changes nothing; where a setting has a default, that is
    the value shown."""
    defaults = load_settings({}, env_file=None)
    for name, (value, commented) in example().items():
        if variables()[name] is None:
            assert commented, f"{name} has no default: show an example, commented out"
        else:
            same = load_settings({name: value}, env_file=None) == defaults
            assert same, f"{name}={value} in .env.example is not the default"
