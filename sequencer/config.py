"""Settings: the only reader of the environment and of `.env`, parsed and checked once at start.

Every setting is an environment variable, named exactly as `.env.example` and the docs name
it (each field's `validation_alias`). A real environment variable wins over `.env`, which
wins over the default; an empty value counts as unset. `load_settings` returns one frozen
`Settings`, grouped by what reads it:

    Settings       SEQUENCER_SEQUENCES_DIR, _TEMPLATES_DIR, _DATABASE_URL, _DATABASE_WAIT_SECONDS,
     │             _OUTBOX_DIR, _NOTIFY_EMAIL, _UNCLEAR_RETRY_SECONDS, _LEASE_SECONDS
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
value and what to write instead; pydantic's own errors never leave this module. Secrets are
`SecretStr` (`**********` in every repr and log line) until `reveal` at the point of use.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal, Self, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    SecretStr,
    ValidationError,
    model_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict
from pydantic_settings.sources import NoDecode
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from sequencer.errors import SettingsError

# A file in the working directory: the product runs with nothing to set up.
DEFAULT_DATABASE_URL = "sqlite:///sequencer.db"
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
LOG_LEVELS: tuple[LogLevel, ...] = get_args(LogLevel)
_YES = frozenset({"yes", "true", "on", "1"})
_NO = frozenset({"no", "false", "off", "0"})
_BAD = "setting"  # the error type whose message is finished at the boundary (`_sentence`)


def _number(value: object, whole: bool) -> object:
    """A limit: a number 0 or more, where 0 or "off" switches it off."""
    if not isinstance(value, str):
        return value  # a default
    text = value.strip().lower()
    if text == "off":
        return 0
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and number >= 0 and (number.is_integer() or not whole)):
        kind = "a whole number, 0 or more" if whole else "0 or more"
        raise PydanticCustomError(_BAD, f"must be {kind} (0 or off switches it off)")
    return int(number) if whole else number


def _interval(value: object) -> object:
    if not isinstance(value, str):
        return value
    try:
        number = float(value.strip())
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and number > 0):
        raise PydanticCustomError(_BAD, "must be a number of seconds more than 0")
    return number


def _yes_no(value: object) -> object:
    if not isinstance(value, str):
        return value
    text = value.strip().lower()
    if text not in _YES | _NO:
        raise PydanticCustomError(_BAD, "must be yes or no")
    return text in _YES


def _port(value: object) -> object:
    if not isinstance(value, str):
        return value
    text = value.strip()
    if not (text.isascii() and text.isdigit() and 0 < int(text) < 65536):
        raise PydanticCustomError(_BAD, "must be a port number (1-65535)")
    return int(text)


def _port_or_off(value: object) -> object:
    """A port number, or None for "off"."""
    if isinstance(value, str) and value.strip().lower() == "off":
        return None
    return _port(value)


def _log_level(value: object) -> object:
    text = value.strip().upper() if isinstance(value, str) else value
    if text not in LOG_LEVELS:
        raise PydanticCustomError(_BAD, f"must be one of {', '.join(LOG_LEVELS)}")
    return text


def _zone(value: object) -> object:
    """An IANA time zone name (`Europe/Berlin`), checked against the zone database."""
    text = value.strip() if isinstance(value, str) else value
    try:
        ZoneInfo(str(text))
    except (ZoneInfoNotFoundError, ValueError):
        raise PydanticCustomError(_BAD, "must be an IANA time zone such as Europe/Berlin") from None
    return text


# What the database URL may name. `postgresql://` and `postgres://` (Heroku's and many
# hosts' spelling) mean psycopg, the driver sequencer installs: SQLAlchemy would otherwise
# pick its own default driver for them, psycopg2 before 2.1, which is not installed.
_SAME_DRIVER = frozenset({"sqlite", "sqlite+pysqlite", "postgresql+psycopg"})
_PSYCOPG = frozenset({"postgresql", "postgres"})
_WORKING_URLS = "sqlite:///PATH (a file) or postgresql+psycopg://USER:PASSWORD@HOST:5432/NAME"


def _database_url(value: object) -> object:
    """The database URL, with the driver made explicit; the error never repeats the URL, whose
    password is secret, only its scheme."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    scheme, found, rest = text.partition("://")
    if found and scheme.lower() in _PSYCOPG:
        text = f"postgresql+psycopg://{rest}"
    elif not found or scheme.lower() not in _SAME_DRIVER:
        wrong = f"{scheme}:// is not a database sequencer can use" if found else "not a URL"
        raise PydanticCustomError("database_url", f"{wrong}: write {_WORKING_URLS}")
    try:
        make_url(text)
    except (ArgumentError, ValueError):  # their words may quote the password: not shown
        raise PydanticCustomError(
            "database_url", f"cannot be read as a URL: write {_WORKING_URLS}"
        ) from None
    return text


def _pairs(value: object) -> object:
    """`"a=b, c=d"` → {"a": "b", "c": "d"}."""
    if not isinstance(value, str):
        return value
    pairs = [[s.strip() for s in item.split("=")] for item in value.split(",") if item.strip()]
    if not pairs or any(len(pair) != 2 or not all(pair) for pair in pairs):
        raise PydanticCustomError(_BAD, 'must be "<id>=<meaning>" pairs, comma-separated')
    return dict(pairs)


Cap = Annotated[int, BeforeValidator(lambda value: _number(value, whole=True))]
Seconds = Annotated[float, BeforeValidator(lambda value: _number(value, whole=False))]
Interval = Annotated[float, BeforeValidator(_interval)]
YesNo = Annotated[bool, BeforeValidator(_yes_no)]
Port = Annotated[int, BeforeValidator(_port)]
Zone = Annotated[str, BeforeValidator(_zone)]
Level = Annotated[LogLevel, BeforeValidator(_log_level)]
Trimmed = Annotated[str, AfterValidator(str.strip)]
Folder = Annotated[str, AfterValidator(lambda name: name.strip() or "INBOX")]


def variable(name: str) -> Any:
    """The field is the environment variable `name`, exactly (case and all)."""
    return Field(validation_alias=name)


def reveal(secret: SecretStr | None) -> str | None:
    """A secret's text, where it is used (None when it is not set)."""
    return secret.get_secret_value() if secret is not None else None


class _Variables(BaseSettings):
    """Fields read from environment variables by their exact names (`validation_alias`)."""

    model_config = SettingsConfigDict(
        frozen=True, extra="ignore", case_sensitive=True, env_ignore_empty=True
    )
    from_env_file: ClassVar[bool] = True

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # `read` hands the environment in as arguments (the process's, or a test's own), so
        # it wins over `.env`, and nothing reads os.environ behind load_settings' back.
        return init_settings, dotenv_settings

    @classmethod
    def names(cls) -> list[str]:
        """The environment variables this group reads."""
        aliases = (field.validation_alias for field in cls.model_fields.values())
        return [alias for alias in aliases if isinstance(alias, str)]

    @classmethod
    def read(cls, environ: Mapping[str, str], env_file: Path | None, **groups: Any) -> Self:
        given = {name: environ[name] for name in cls.names() if environ.get(name)}
        source: dict[str, Any] = {"_env_file": env_file if cls.from_env_file else None}
        return cls(**source, **given, **groups)


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
    dashboard_port: Annotated[
        int | None, BeforeValidator(_port_or_off), variable("SEQUENCER_DASHBOARD_PORT")
    ] = 8026


class Outside(_Variables):
    """The ATS and scheduling-tool webhooks: their secrets (unset: no route), Lever's API."""

    greenhouse_secret: Annotated[SecretStr | None, variable("GREENHOUSE_WEBHOOK_SECRET")] = None
    lever_token: Annotated[SecretStr | None, variable("LEVER_WEBHOOK_SIGNATURE_TOKEN")] = None
    # Lever names stages (and archive reasons) by id: "<id>=<meaning>" pairs, comma-separated.
    lever_stages: Annotated[
        dict[str, str] | None, NoDecode, BeforeValidator(_pairs), variable("LEVER_STAGES")
    ] = None
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


class Settings(_Variables):
    sequences_dir: Annotated[Path, variable("SEQUENCER_SEQUENCES_DIR")] = Path("sequences")
    templates_dir: Annotated[Path, variable("SEQUENCER_TEMPLATES_DIR")] = Path("templates/messages")
    # Content meant to change (market notes, events), read when each message is rendered.
    content_dir: Annotated[Path, variable("SEQUENCER_CONTENT_DIR")] = Path("content")
    database_url: Annotated[
        str, BeforeValidator(_database_url), variable("SEQUENCER_DATABASE_URL")
    ] = DEFAULT_DATABASE_URL
    # How long a command waits for the database: a SQLite lock another process holds, or a
    # PostgreSQL server to answer. Then it stops with one line that says what to check.
    database_wait_seconds: Annotated[Interval, variable("SEQUENCER_DATABASE_WAIT_SECONDS")] = 30.0
    outbox_dir: Annotated[Path, variable("SEQUENCER_OUTBOX_DIR")] = Path("outbox")
    # Who hears about replies and opt-outs; unset: each sequence's sender.email.
    notify_email: Annotated[str | None, variable("SEQUENCER_NOTIFY_EMAIL")] = None
    # After a timeout or a 5xx the message may have gone; when the provider's events are
    # wired up, wait this long for them to say so before trying again (SendGrid posts events
    # within seconds, but batches them and retries failed posts for hours).
    unclear_retry_seconds: Annotated[Seconds, variable("SEQUENCER_UNCLEAR_RETRY_SECONDS")] = 900.0
    # Several daemons: how long the people a dead one had taken wait for another. A live
    # daemon renews its leases every third of this, however long its pass runs.
    lease_seconds: Annotated[Interval, variable("SEQUENCER_LEASE_SECONDS")] = 60.0
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
    try:
        groups = {name: group.read(given, env_file) for name, group in _groups().items()}
        return Settings.read(given, env_file, **groups)
    except ValidationError as exc:
        raise SettingsError("; ".join(_sentence(error) for error in exc.errors())) from exc


def variables() -> dict[str, object]:
    """Every environment variable sequencer reads, and its default (None: it has none)."""
    groups: list[type[_Variables]] = [Settings, *_groups().values()]
    fields = (field for group in groups for field in group.model_fields.values())
    return {
        str(field.validation_alias): field.default for field in fields if field.validation_alias
    }


def _sentence(error: ErrorDetails) -> str:
    if not error["loc"]:  # a check across variables says it all
        return error["msg"]
    name = error["loc"][-1]
    if error["type"] == _BAD:
        return f"{name} {error['msg']}, not {error['input']!r}"
    return f"{name}: {error['msg']}"  # pydantic's words, without the value: it may be secret
