"""Twilio's webhooks: is a request really from Twilio, and the TwiML we answer with.

Twilio signs each form-encoded webhook with the account's Auth Token: HMAC-SHA1 over the
full URL it requested, followed by every POST parameter name and value, sorted. Checking is
the twilio package's own `RequestValidator`, which also accepts the URL with or without the
default port (Twilio's own signing isn't consistent about it).

What a caller must get right:
- `url` is the public URL Twilio called (scheme, host, port, path and query, exactly as
  configured in Twilio), not the one the daemon saw behind a proxy.
- `params` are all the form fields received, in any order and with repeats; Twilio adds
  parameters without notice, so none may be dropped before checking.
- Only Auth Token (HMAC-SHA1) signing of form bodies is supported: not the JSON-body
  (`bodySHA256`) webhooks, nor shared-key (HMAC-SHA256) signing.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator, Sequence
from urllib.parse import parse_qs, urlsplit

from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from sequencer.errors import SettingsError

SIGNATURE_HEADER = "X-Twilio-Signature"
TWIML_CONTENT_TYPE = "text/xml; charset=utf-8"


class TwilioVerifier:
    """Checks X-Twilio-Signature on webhooks for one account (its Auth Token)."""

    def __init__(self, auth_token: str) -> None:
        """Raises SettingsError for an empty token: anyone could sign with that."""
        if not auth_token:
            raise SettingsError(
                "TWILIO_AUTH_TOKEN is empty: webhooks from Twilio can't be checked; set it to"
                " the Auth Token shown in the Twilio Console"
            )
        self._validator = RequestValidator(auth_token)

    def verify(self, url: str, params: Sequence[tuple[str, str]], signature: str | None) -> bool:
        """True if `signature` (the SIGNATURE_HEADER value) is Twilio's for a request to
        `url` with form fields `params`. False for anything else; never raises."""
        if not signature or _signs_body_hash(url):
            return False
        form = _FormParams(params)
        try:
            # The URL exactly as Twilio requested it first: one HMAC. The validator then
            # tries it with and without the default port (two more), for a signature made
            # over the other spelling.
            ours = self._validator.compute_signature(url, form)
            if hmac.compare_digest(ours.encode(), signature.encode()):
                return True
            return bool(self._validator.validate(url, form, signature))
        except (ValueError, TypeError):
            # A port that isn't a number, text that can't be encoded as UTF-8 (surrogates
            # from a lenient decode): not a request Twilio could have signed.
            return False


def _signs_body_hash(url: str) -> bool:
    # With `bodySHA256` in the query, Twilio signed only the URL and the body is checked
    # against that hash; the validator does so only when given the body as text, which a
    # form handler doesn't do. Accepting it would leave the body unchecked, so refuse.
    try:
        return "bodySHA256" in parse_qs(urlsplit(url).query)
    except ValueError:
        return True  # not a URL we can read; the validator would refuse it too


class _FormParams:
    """Form fields as the validator's `get_values` reads a Werkzeug MultiDict: iterating
    gives the names, `getall(name)` every value of one name, repeats included."""

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self._values: dict[str, list[str]] = {}
        for name, value in pairs:
            self._values.setdefault(name, []).append(value)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def getall(self, name: str) -> list[str]:
        return self._values[name]


def messaging_twiml(reply: str | None = None) -> str:
    """The answer to an inbound text: `<Response/>` (no reply), or with one `<Message>`
    when `reply` is given. An empty reply counts as none: Twilio treats an empty
    `<Message>` as an error."""
    if not reply:
        return _NO_REPLY  # most texts: built once
    response = MessagingResponse()
    response.message(reply)
    return str(response)


def empty_twiml() -> str:
    """The answer to a status callback. Twilio only looks at the status code; an empty
    `<Response/>` is the body that means "nothing to do" wherever TwiML is read."""
    return str(MessagingResponse())


_NO_REPLY = str(MessagingResponse())
