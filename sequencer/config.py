"""Settings: the only reader of the environment and of `.env`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

from sequencer.errors import SequencerError

# A file in the working directory: the product runs with nothing to set up.
DEFAULT_DATABASE_URL = "sqlite:///sequencer.db"
PROVIDER_PREFIXES = (
    "SENDGRID_",
    "SMTP_",
    "TWILIO_",
    "SEQUENCER_PUBLIC_URL",
    "SEQUENCER_SECRET_KEY",
    "SEQUENCER_INBOUND_TOKEN",
    "SEQUENCER_REPLY_DOMAIN",
    "SEQUENCER_NOTIFY_EMAIL",
    "SEQUENCER_EMAIL_",  # pacing: SEQUENCER_EMAIL_DAILY_CAP, ..._SPACING_SECONDS
    "SEQUENCER_SMS_",
    "SEQUENCER_CALL_",
    "SEQUENCER_UNCLEAR_RETRY_SECONDS",
    "IMAP_",
)


@dataclass(frozen=True)
class Settings:
    sequences_dir: Path
    templates_dir: Path
    database_url: str
    outbox_dir: Path
    # Everything a channel needs, by its documented variable name (SENDGRID_API_KEY, ...);
    # `channels.wiring` decides which providers these switch on.
    provider: dict[str, str] = field(default_factory=dict)


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: Path = Path(".env")
) -> Settings:
    """Real environment variables win over `.env`, which wins over the defaults."""
    values = {k: v for k, v in dotenv_values(env_file).items() if v is not None}
    values |= dict(os.environ if environ is None else environ)
    return Settings(
        sequences_dir=Path(values.get("SEQUENCER_SEQUENCES_DIR", "sequences")),
        templates_dir=Path(values.get("SEQUENCER_TEMPLATES_DIR", "templates/messages")),
        database_url=values.get("SEQUENCER_DATABASE_URL", DEFAULT_DATABASE_URL),
        outbox_dir=Path(values.get("SEQUENCER_OUTBOX_DIR", "outbox")),
        provider={k: v for k, v in values.items() if k.startswith(PROVIDER_PREFIXES) and v},
    )


def number_setting(env: Mapping[str, str], name: str, default: float) -> float:
    """A setting that is a number, 0 or more ("off" is 0); an error naming it when bad."""
    text = env.get(name, "").strip().lower()
    if not text:
        return default
    if text == "off":
        return 0
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:  # also NaN
        raise SequencerError(f"{name} must be 0 or more (0 or off switches it off), not {text!r}")
    return value
