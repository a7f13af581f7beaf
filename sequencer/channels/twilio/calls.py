"""Voicemail drops through Twilio's Calls API, with answering machine detection (AMD).

TwiML has no conditionals: a document given inline (`Twiml`) cannot look at `AnsweredBy`,
and no request reaches us when it runs. So the two AMD modes Twilio documents give:

- With an AMD callback URL (`amd_callback`, our webhook): asynchronous AMD. The call starts
  on `waiting_twiml` (a pause as long as detection may take). Twilio POSTs `AnsweredBy` to
  the callback (with `?ref=`), and the webhook calls `TwilioCalls.answer(...)`, which
  replaces the live call's TwiML: after the beep (`machine_end_*`) the script then hang up;
  a person (`human`) is connected to `connect_to`, or hears the script and a line promising
  the email; a fax is hung up on. If no update ever comes, the pause runs out and the
  script is said anyway.
- Without one: synchronous AMD with `voicemail_twiml`. Twilio holds the TwiML until
  detection ends, so a machine gets the script right after the beep; a person hears the
  same script (nobody can be connected without a webhook to decide).

Each spoken message starts with the script, which names the caller: prerecorded calls must
identify the caller at the start (47 CFR 64.1200(b)).
"""

from __future__ import annotations

from typing import Any

from twilio.twiml.voice_response import VoiceResponse

from sequencer.channels import Call, Receipt
from sequencer.channels.twilio.texts import (
    DEFAULT_TIMEOUT,
    PROVIDER,
    callback_params,
    check_account,
    twilio_client,
    twilio_errors,
)

# Amazon Polly through Twilio's <Say>: far more natural than the legacy "alice".
DEFAULT_VOICE = "Polly.Joanna"
DEFAULT_LANGUAGE = "en-US"
MACHINE_DETECTION = "DetectMessageEnd"  # waits for the beep, not just "a machine answered"
DETECTION_TIMEOUT = 30  # seconds Twilio may listen (its default, stated so the pause matches)
CALLBACK_GRACE = 10  # seconds for our webhook to answer after detection gives up

HUMAN = "human"
FAX = "fax"

CONNECTING_LINE = "Hello, thanks for picking up. One moment while I connect you with the recruiter."
EMAIL_LINE = "I'll also send you an email with the details. Thank you, and goodbye."


class TwilioCalls:
    """A `CallPlacer` on Twilio voice (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN,
    TWILIO_FROM_NUMBER, TWILIO_API_BASE, the status and AMD callback URLs)."""

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        from_number: str,
        api_base: str | None = None,
        status_callback: str | None = None,
        amd_callback: str | None = None,
        voice: str = DEFAULT_VOICE,
        language: str = DEFAULT_LANGUAGE,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not from_number:
            raise ValueError("Twilio calls need TWILIO_FROM_NUMBER (a voice-capable Twilio number)")
        self._client = twilio_client(account_sid, auth_token, api_base, timeout)
        self._from = from_number
        self._status_callback = status_callback
        self._amd_callback = amd_callback
        self._voice = voice
        self._language = language

    def place_call(self, call: Call) -> Receipt:
        with twilio_errors(f"the call to {call.to}"):
            created = self._client.calls.create(**self.call_params(call))
        return Receipt(PROVIDER, str(created.sid))

    def check(self) -> None:
        check_account(self._client)

    def answer(self, call_sid: str, call: Call, answered_by: str) -> None:
        """For the AMD callback: steer the live call `call_sid` by who answered it.

        A Rejected with code 21220 means the call had already ended."""
        with twilio_errors(f"the call {call_sid}"):
            self._client.calls(call_sid).update(twiml=self.answer_twiml(call, answered_by))

    def call_params(self, call: Call) -> dict[str, Any]:
        """The keyword arguments for `calls.create`."""
        params: dict[str, Any] = {
            "to": call.to,
            "from_": self._from,
            "machine_detection": MACHINE_DETECTION,
            "machine_detection_timeout": DETECTION_TIMEOUT,
        }
        params |= callback_params("status_callback", self._status_callback, call.reference)
        if not self._amd_callback:
            return params | {"async_amd": "false", "twiml": self.voicemail_twiml(call)}
        amd = callback_params("async_amd_status_callback", self._amd_callback, call.reference)
        return params | amd | {"async_amd": "true", "twiml": self.waiting_twiml(call)}

    def answer_twiml(self, call: Call, answered_by: str) -> str:
        """What the call does once AMD says who answered (an `AnsweredBy` value)."""
        if answered_by == HUMAN:
            return self.person_twiml(call)
        if answered_by == FAX:
            return _hang_up()
        # machine_end_beep/silence/other, machine_start, and unknown: leave the message,
        # which makes sense to a machine and, if it was a person after all, to them too.
        return self.voicemail_twiml(call)

    def voicemail_twiml(self, call: Call) -> str:
        response = VoiceResponse()
        self._say(response, call.script)
        response.hangup()
        return str(response)

    def person_twiml(self, call: Call) -> str:
        response = VoiceResponse()
        if call.connect_to:
            # No action URL: if the recruiter doesn't pick up, their own voicemail takes
            # the candidate's message, which is what a person calling back expects.
            self._say(response, CONNECTING_LINE)
            response.dial(call.connect_to)
        else:
            self._say(response, call.script)
            self._say(response, EMAIL_LINE)
        response.hangup()
        return str(response)

    def waiting_twiml(self, call: Call) -> str:
        """Runs from the moment of answer until the AMD callback replaces it."""
        response = VoiceResponse()
        response.pause(length=DETECTION_TIMEOUT + CALLBACK_GRACE)
        self._say(response, call.script)
        response.hangup()
        return str(response)

    def _say(self, response: Any, text: str) -> None:
        response.say(text, voice=self._voice, language=self._language)


def _hang_up() -> str:
    response = VoiceResponse()
    response.hangup()
    return str(response)
