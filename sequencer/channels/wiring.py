"""Which providers send, from the settings: each channel uses its provider when that
provider's credentials are set, and the outbox otherwise, so no credentials means nothing
leaves the machine."""

from __future__ import annotations

from datetime import datetime

from sequencer.channels import CallPlacer, EmailSender, TextSender
from sequencer.channels.outbox import Outbox
from sequencer.config import Settings, reveal


def email_sender(settings: Settings, outbox: Outbox) -> EmailSender:
    sendgrid, smtp = settings.sendgrid, settings.smtp
    if sendgrid.api_key:
        from sequencer.channels.sendgrid.sender import DEFAULT_API_HOST, SendGridSender

        # Only SendGrid's events can tell whether an unclear send went: wait for them.
        events = bool(sendgrid.webhook_public_key)
        return SendGridSender(
            sendgrid.api_key.get_secret_value(),
            sendgrid.api_host or DEFAULT_API_HOST,
            confirm_within=settings.unclear_retry_seconds if events else None,
        )
    if smtp.host:
        from sequencer.channels.smtp import SmtpSender

        return SmtpSender(
            smtp.host,
            lambda: outbox.now,  # the pass's time dates its messages, as in the outbox
            smtp.port,
            smtp.username,
            reveal(smtp.password),
            starttls=smtp.starttls,
        )
    return outbox


def _twilio_callback(settings: Settings, path: str) -> str | None:
    public = settings.web.public_url
    return f"{public.rstrip('/')}{path}" if public else None


def text_sender(settings: Settings, outbox: Outbox) -> TextSender:
    twilio = settings.twilio
    if not twilio.account_sid:
        return outbox
    from sequencer.channels.twilio.texts import TwilioTexts

    return TwilioTexts(
        twilio.account_sid,
        reveal(twilio.auth_token) or "",
        from_number=twilio.from_number,
        messaging_service_sid=twilio.messaging_service_sid,
        api_base=twilio.api_base,
        status_callback=_twilio_callback(settings, "/webhooks/twilio/sms"),
        confirm_within=settings.unclear_retry_seconds,
    )


def call_placer(settings: Settings, outbox: Outbox) -> CallPlacer:
    twilio = settings.twilio
    if not twilio.account_sid:
        return outbox
    from sequencer.channels.twilio.calls import TwilioCalls

    return TwilioCalls(
        twilio.account_sid,
        reveal(twilio.auth_token) or "",
        from_number=twilio.from_number or "",
        api_base=twilio.api_base,
        status_callback=_twilio_callback(settings, "/webhooks/twilio/voice"),
    )


def providers(settings: Settings, now: datetime) -> tuple[EmailSender, TextSender, CallPlacer]:
    """The email, text and call senders these settings switch on."""
    outbox = Outbox(settings.outbox_dir, now)
    return (
        email_sender(settings, outbox),
        text_sender(settings, outbox),
        call_placer(settings, outbox),
    )
