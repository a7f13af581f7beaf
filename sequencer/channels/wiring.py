"""Which providers send, from the settings: each channel uses its provider when that
provider's credentials are set, and the outbox otherwise, so no credentials means nothing
leaves the machine."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from sequencer.channels import CallPlacer, EmailSender, TextSender
from sequencer.channels.outbox import Outbox
from sequencer.config import number_setting

# After a timeout or a 5xx the message may have gone; when the provider's events are wired
# up, wait this long for them to say so before trying again (SendGrid posts events within
# seconds, but batches them and retries failed posts for hours).
UNCLEAR_RETRY_SECONDS = 900.0


def _confirm_within(env: Mapping[str, str]) -> float:
    return number_setting(env, "SEQUENCER_UNCLEAR_RETRY_SECONDS", UNCLEAR_RETRY_SECONDS)


def email_sender(env: Mapping[str, str], outbox: Outbox) -> EmailSender:
    if env.get("SENDGRID_API_KEY"):
        from sequencer.channels.sendgrid.sender import DEFAULT_API_HOST, SendGridSender

        host = env.get("SENDGRID_API_HOST", DEFAULT_API_HOST)
        events = bool(env.get("SENDGRID_WEBHOOK_PUBLIC_KEY"))
        return SendGridSender(
            env["SENDGRID_API_KEY"], host, confirm_within=_confirm_within(env) if events else None
        )
    if env.get("SMTP_HOST"):
        from sequencer.channels.smtp import SmtpSender

        return SmtpSender(
            env["SMTP_HOST"],
            int(env.get("SMTP_PORT", "587")),
            env.get("SMTP_USERNAME"),
            env.get("SMTP_PASSWORD"),
            starttls=env.get("SMTP_STARTTLS", "yes").lower() not in ("no", "false", "0"),
        )
    return outbox


def _twilio_callback(env: Mapping[str, str], path: str) -> str | None:
    public = env.get("SEQUENCER_PUBLIC_URL")
    return f"{public.rstrip('/')}{path}" if public else None


def text_sender(env: Mapping[str, str], outbox: Outbox) -> TextSender:
    if not env.get("TWILIO_ACCOUNT_SID"):
        return outbox
    from sequencer.channels.twilio.texts import TwilioTexts

    return TwilioTexts(
        env["TWILIO_ACCOUNT_SID"],
        env.get("TWILIO_AUTH_TOKEN", ""),
        from_number=env.get("TWILIO_FROM_NUMBER"),
        messaging_service_sid=env.get("TWILIO_MESSAGING_SERVICE_SID"),
        api_base=env.get("TWILIO_API_BASE"),
        status_callback=_twilio_callback(env, "/webhooks/twilio/sms"),
        confirm_within=_confirm_within(env),
    )


def call_placer(env: Mapping[str, str], outbox: Outbox) -> CallPlacer:
    if not env.get("TWILIO_ACCOUNT_SID"):
        return outbox
    from sequencer.channels.twilio.calls import TwilioCalls

    return TwilioCalls(
        env["TWILIO_ACCOUNT_SID"],
        env.get("TWILIO_AUTH_TOKEN", ""),
        from_number=env.get("TWILIO_FROM_NUMBER", ""),
        api_base=env.get("TWILIO_API_BASE"),
        status_callback=_twilio_callback(env, "/webhooks/twilio/voice"),
    )


def providers(
    env: Mapping[str, str], outbox_dir: Path, now: datetime
) -> tuple[EmailSender, TextSender, CallPlacer]:
    """The email, text and call senders these settings switch on."""
    outbox = Outbox(outbox_dir, now)
    return email_sender(env, outbox), text_sender(env, outbox), call_placer(env, outbox)
