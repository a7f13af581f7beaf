"""Settings: the only reader of the environment and of `.env`, parsed and checked once at start.

Every setting is an environment variable, named exactly as `.env.example` and the docs name
it (each field's `validation_alias`). A real environment variable wins over `.env`, which
wins over the default; an empty value counts as unset. `load_settings` returns one frozen
`Settings`, grouped by what reads it:

    Settings       SEQUENCER_SEQUENCES_DIR, _TEMPLATES_DIR, _DATABASE_URL, _DATABASE_WAIT_SECONDS,
     │             _OUTBOX_DIR, _NOTIFY_EMAIL, _UNCLEAR_RETRY_SECONDS, _LEASE_SECONDS,
     │             _SENDS_IN_FLIGHT
     ├── sendgrid  SENDGRID_*   email through SendGrid, and its signed Event Webhook
     ├── smtp      SMTP_*       email through the recruiter's own mailbox
     ├── twilio    TWILIO_*     texts and voicemail calls
     ├── imap      IMAP_*       replies read from the recruiter's own mailbox
     ├── pacing    SEQUENCER_{EMAIL,SMS,CALL}_{DAILY_CAP,SPACING_SECONDS}
     ├── web       SEQUENCER_PUBLIC_URL, _SECRET_KEY, _INBOUND_TOKEN, _REPLY_DOMAIN
     ├── outside   GREENHOUSE_*, LEVER_*, ASHBY_*, CALENDLY_*, CALCOM_*  ATS and calendar webhooks
     ├── privacy   SEQUENCER_RETENTION_MONTHS
     └── logs      SEQUENCER_LOG_LEVEL (the real environment only, never `.env`)

A value that cannot be used stops the start with a `SettingsError` naming the variable, the
value and what to write instead; pydantic's own errors never leave this module (how each
kind of value is read from its text, a cap, a port, a time zone: `config_values`). Secrets
are `SecretStr` (`**********` in every repr and log line) until `reveal` at the point of use.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, ClassVar, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    model_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from sequencer.config_values import (
    BAD,
    Cap,
    Count,
    DatabaseUrl,
    Folder,
    Interval,
    Level,
    Pairs,
    Port,
    PortOrOff,
    Seconds,
    Trimmed,
    YesNo,
    Zone,
)
from sequencer.config_values import DEFAULT_DATABASE_URL as DEFAULT_DATABASE_URL
from sequencer.config_values import LOG_LEVELS as LOG_LEVELS  # re-exported
from sequencer.config_values import LogLevel as LogLevel  # re-exported
from sequencer.errors import SettingsError


def variable(name: str) -> Any:
    """The field is the environment variable `name`, exactly (case and all)."""
    return Field(validation_alias=name)


def reveal(secret: SecretStr | None) -> str | None:
    """A secret's text, where it is used (None when it is not set)."""
    return secret.get_secret_value() if secret is not None else None


class _Variables(BaseModel):
    """Fields read from environment variables by their exact names (`validation_alias`)."""

    # Defaults are checked as written values are (validate_default), as pydantic-settings did.
    model_config = ConfigDict(frozen=True, extra="ignore", validate_default=True)
    from_env_file: ClassVar[bool] = True

    @classmethod
    def names(cls) -> list[str]:
        """The environment variables this group reads."""
        aliases = (field.validation_alias for field in cls.model_fields.values())
        return [alias for alias in aliases if isinstance(alias, str)]

    @classmethod
    def read(cls, environ: Mapping[str, str], written: Mapping[str, str], **groups: Any) -> Self:
        """The group from the environment, else the `.env` file's `written` values, else the
        defaults; an empty value counts as unset."""
        written = written if cls.from_env_file else {}
        given = {name: value for name in cls.names() if (value := _first(name, environ, written))}
        return cls(**given, **groups)


def _first(name: str, *sources: Mapping[str, str]) -> str | None:
    return next((source[name] for source in sources if source.get(name)), None)


def _env_file(path: Path | None) -> dict[str, str]:
    """The variables a `.env` file sets (none without one), read by python-dotenv as
    pydantic-settings read them, which cost every command 50 ms to import."""
    path = path.expanduser() if path is not None else None
    if path is None or not (path.is_file() or path.is_fifo()):
        return {}
    from dotenv import dotenv_values  # only when there is a file to read

    return {name: value for name, value in dotenv_values(path, encoding="utf-8").items() if value}


class SendGrid(_Variables):
    api_key: Annotated[SecretStr | None, variable("SENDGRID_API_KEY")] = None
    api_host: Annotated[str | None, variable("SENDGRID_API_HOST")] = None  # None: SendGrid's
    webhook_public_key: Annotated[str | None, variable("SENDGRID_WEBHOOK_PUBLIC_KEY")] = None


class Smtp(_Variables):
    host: Annotated[str | None, variable("SMTP_HOST")] = None
    port: Annotated[Port, variable("SMTP_PORT")] = 587
    username: Annotated[str | None, variable("SMTP_USERNAME")] = None
    password: Annotated[SecretStr | None, variable("SMTP_PASSWORD")] = None
    starttls: Annotated[YesNo, variable("SMTP_STARTTLS")] = True


class Twilio(_Variables):
    account_sid: Annotated[str | None, variable("TWILIO_ACCOUNT_SID")] = None
    auth_token: Annotated[SecretStr | None, variable("TWILIO_AUTH_TOKEN")] = None
    from_number: Annotated[str | None, variable("TWILIO_FROM_NUMBER")] = None
    messaging_service_sid: Annotated[str | None, variable("TWILIO_MESSAGING_SERVICE_SID")] = None
    api_base: Annotated[str | None, variable("TWILIO_API_BASE")] = None  # None: Twilio's


class Imap(_Variables):
    """No mailbox is read while IMAP_HOST is unset; an unset port follows `ssl` (993 or 143)."""

    host: Annotated[Trimmed | None, variable("IMAP_HOST")] = None
    port: Annotated[Port | None, variable("IMAP_PORT")] = None
    username: Annotated[Trimmed | None, variable("IMAP_USERNAME")] = None
    password: Annotated[SecretStr | None, variable("IMAP_PASSWORD")] = None
    folder: Annotated[Folder, variable("IMAP_FOLDER")] = "INBOX"
    ssl: Annotated[YesNo, variable("IMAP_SSL")] = True
    poll_seconds: Annotated[Interval, variable("IMAP_POLL_SECONDS")] = 60.0

    @model_validator(mode="after")
    def _account(self) -> Self:
        named = {"IMAP_USERNAME": self.username, "IMAP_PASSWORD": reveal(self.password)}
        missing = " and ".join(name for name, value in named.items() if not value)
        if self.host and missing:
            raise PydanticCustomError(
                "account", f"IMAP_HOST is set but {missing} is not: set it too"
            )
        return self


class Pacing(_Variables):
    """Per sending mailbox or number: a daily cap and a minimum spacing (0 or off: none)."""

    email_daily_cap: Annotated[Cap, variable("SEQUENCER_EMAIL_DAILY_CAP")] = 500
    email_spacing_seconds: Annotated[Seconds, variable("SEQUENCER_EMAIL_SPACING_SECONDS")] = 20.0
    sms_daily_cap: Annotated[Cap, variable("SEQUENCER_SMS_DAILY_CAP")] = 1000
    sms_spacing_seconds: Annotated[Seconds, variable("SEQUENCER_SMS_SPACING_SECONDS")] = 1.0
    call_daily_cap: Annotated[Cap, variable("SEQUENCER_CALL_DAILY_CAP")] = 200
    call_spacing_seconds: Annotated[Seconds, variable("SEQUENCER_CALL_SPACING_SECONDS")] = 30.0


class Web(_Variables):
    """Where the daemon is reached from the internet, and what signs and guards its pages."""

    public_url: Annotated[str | None, variable("SEQUENCER_PUBLIC_URL")] = None
    secret_key: Annotated[SecretStr | None, variable("SEQUENCER_SECRET_KEY")] = None
    inbound_token: Annotated[SecretStr | None, variable("SEQUENCER_INBOUND_TOKEN")] = None
    reply_domain: Annotated[str | None, variable("SEQUENCER_REPLY_DOMAIN")] = None
    # The web app shows times in this zone, the candidate's own beside it.
    recruiter_timezone: Annotated[Zone, variable("SEQUENCER_RECRUITER_TIMEZONE")] = "UTC"
    # The recruiters' pages listen on an address of their own, private by default, apart from
    # the webhooks (`sequencer run --host/--port`); port "off" serves no pages.
    dashboard_host: Annotated[str, variable("SEQUENCER_DASHBOARD_HOST")] = "127.0.0.1"
    dashboard_port: Annotated[PortOrOff, variable("SEQUENCER_DASHBOARD_PORT")] = 8026
    # Processes that serve the webhooks' socket (the daemon and forked copies): Python runs
    # one thread at a time per process, so a burst of texts uses one core per process.
    webhook_processes: Annotated[Count, variable("SEQUENCER_WEBHOOK_PROCESSES")] = 1


class Outside(_Variables):
    """The ATS and scheduling-tool webhooks: their secrets (unset: no route), Lever's API."""

    greenhouse_secret: Annotated[SecretStr | None, variable("GREENHOUSE_WEBHOOK_SECRET")] = None
    lever_token: Annotated[SecretStr | None, variable("LEVER_WEBHOOK_SIGNATURE_TOKEN")] = None
    # Lever names stages (and archive reasons) by id: "<id>=<meaning>" pairs, comma-separated.
    lever_stages: Annotated[dict[str, str] | None, Pairs, variable("LEVER_STAGES")] = None
    # Lever's API, to learn whom a Lever event is about (its webhooks carry ids only).
    lever_api_key: Annotated[SecretStr | None, variable("LEVER_API_KEY")] = None
    lever_api_base: Annotated[str | None, variable("LEVER_API_BASE")] = None  # None: Lever's
    ashby_secret: Annotated[SecretStr | None, variable("ASHBY_WEBHOOK_SECRET")] = None
    calendly_key: Annotated[SecretStr | None, variable("CALENDLY_WEBHOOK_SIGNING_KEY")] = None
    calcom_secret: Annotated[SecretStr | None, variable("CALCOM_WEBHOOK_SECRET")] = None


class Privacy(_Variables):
    """How long personal data is kept (issue: a candidate's data rights)."""

    # People with no active enrollment and no activity for this long are forgotten by the
    # daemon's housekeeping; 0 or off: never.
    retention_months: Annotated[Cap, variable("SEQUENCER_RETENTION_MONTHS")] = 0


class Logs(_Variables):
    # Logging starts before anything else, from the process environment (systemd's
    # EnvironmentFile sets it): README, "Operations".
    from_env_file: ClassVar[bool] = False

    level: Annotated[Level, variable("SEQUENCER_LOG_LEVEL")] = "INFO"


def _home_path(path: Path | None) -> Path | None:
    """`~` at the start of a path is the user's home (as the shell would read it); None when
    there is no home to be found (then nothing is kept, rather than in a folder named `~`)."""
    try:
        return path.expanduser() if path is not None else None
    except RuntimeError:
        return None


_USER_CACHE = Path("~/.cache/sequencer")  # XDG's place for what can be computed again


class Settings(_Variables):
    sequences_dir: Annotated[Path, variable("SEQUENCER_SEQUENCES_DIR")] = Path("sequences")
    templates_dir: Annotated[Path, variable("SEQUENCER_TEMPLATES_DIR")] = Path("templates/messages")
    # Content meant to change (market notes, events), read when each message is rendered.
    content_dir: Annotated[Path, variable("SEQUENCER_CONTENT_DIR")] = Path("content")
    database_url: Annotated[DatabaseUrl, variable("SEQUENCER_DATABASE_URL")] = DEFAULT_DATABASE_URL
    # How long a command waits for the database: a SQLite lock another process holds, or a
    # PostgreSQL server to answer. Then it stops with one line that says what to check.
    database_wait_seconds: Annotated[Interval, variable("SEQUENCER_DATABASE_WAIT_SECONDS")] = 30.0
    outbox_dir: Annotated[Path, variable("SEQUENCER_OUTBOX_DIR")] = Path("outbox")
    # What a command can compute again but keeps to start faster (the holidays' dates, for
    # `preview`); by default XDG's place in the user's home.
    cache_dir: Annotated[
        Path | None, variable("SEQUENCER_CACHE_DIR"), AfterValidator(_home_path)
    ] = Field(default_factory=lambda: _home_path(_USER_CACHE))
    # Who hears about replies and opt-outs; unset: each sequence's sender.email.
    notify_email: Annotated[str | None, variable("SEQUENCER_NOTIFY_EMAIL")] = None
    # After a timeout or a 5xx the message may have gone; when the provider's events are
    # wired up, wait this long for them to say so before trying again (SendGrid posts events
    # within seconds, but batches them and retries failed posts for hours).
    unclear_retry_seconds: Annotated[Seconds, variable("SEQUENCER_UNCLEAR_RETRY_SECONDS")] = 900.0
    # Several daemons: how long the people a dead one had taken wait for another. A live
    # daemon renews its leases every third of this, however long its pass runs.
    lease_seconds: Annotated[Interval, variable("SEQUENCER_LEASE_SECONDS")] = 60.0
    # Provider calls a daemon keeps waiting at once, per channel (email, texts): a provider
    # answers in 100-300 ms, and sends one at a time would spend nearly all of it waiting.
    sends_in_flight: Annotated[Count, variable("SEQUENCER_SENDS_IN_FLIGHT")] = 32
    sendgrid: SendGrid = SendGrid()
    smtp: Smtp = Smtp()
    twilio: Twilio = Twilio()
    imap: Imap = Imap()
    pacing: Pacing = Pacing()
    web: Web = Web()
    outside: Outside = Outside()
    privacy: Privacy = Privacy()
    logs: Logs = Logs()


def _groups() -> dict[str, type[_Variables]]:
    """Settings' groups by field name: `{"sendgrid": SendGrid, ...}`."""
    fields = Settings.model_fields.items()
    return {
        name: field.annotation
        for name, field in fields
        if isinstance(field.annotation, type) and issubclass(field.annotation, _Variables)
    }


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")
) -> Settings:
    """Real environment variables win over `env_file` (None: no file), which wins over the
    defaults. A SettingsError names the first variable that cannot be used."""
    given = os.environ if environ is None else environ
    written = _env_file(env_file)
    try:
        groups = {name: group.read(given, written) for name, group in _groups().items()}
        return Settings.read(given, written, **groups)
    except ValidationError as exc:
        raise SettingsError("; ".join(_sentence(error) for error in exc.errors())) from exc


def variables() -> dict[str, object]:
    """Every environment variable sequencer reads, and its default (None: it has none)."""
    groups: list[type[_Variables]] = [Settings, *_groups().values()]
    fields = (field for group in groups for field in group.model_fields.values())
    return {
        str(field.validation_alias): field.default for field in fields if field.validation_alias
    }


def terminal_forced(environ: Mapping[str, str] | None = None) -> bool | None:
    """Whether the environment says standard output is a terminal, as Rich reads it
    (`Console.is_terminal`): TTY_COMPATIBLE=1 or 0, else FORCE_COLOR (set and not empty);
    None when it says neither, and the stream itself tells. Rich's variables, not settings
    (no `.env`): read here because only config reads the environment, so that a report
    written to a pipe knows it without importing Rich."""
    given = os.environ if environ is None else environ
    compatible = given.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    force_color = given.get("FORCE_COLOR")
    return None if force_color is None else force_color != ""


def _sentence(error: ErrorDetails) -> str:
    if not error["loc"]:  # a check across variables says it all
        return error["msg"]
    name = error["loc"][-1]
    if error["type"] == BAD:
        return f"{name} {error['msg']}, not {error['input']!r}"
    return f"{name}: {error['msg']}"  # pydantic's words, without the value: it may be secret
