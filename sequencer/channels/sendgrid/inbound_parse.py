"""SendGrid Inbound Parse: the emails people send to our reply domain, posted to us as a form.

Inbound Parse does not sign its posts, so the URL we give SendGrid carries a secret of ours
(`?token=`, SEQUENCER_INBOUND_TOKEN): a post without it is no one's we know. The form holds
the whole message in an `email` field ("Send Raw", every header intact), or the message
taken apart into `headers`, `text`, `html`, `from`, ... (the default, parsed mode).
"""

from __future__ import annotations

import hashlib
import hmac

from sequencer.channels.facts import ParsedMail, RawMail, WebhookRequest
from sequencer.channels.forms import read_form
from sequencer.errors import BadRequest, NotGenuine

TOKEN_PARAM = "token"


def token_matches(expected: str | None, request: WebhookRequest) -> bool:
    """Whether the query carries our token; never, when none is configured."""
    if not expected:
        return False
    values = request.query.get(TOKEN_PARAM)
    given = values[0] if values else ""
    # Bytes, so a non-ASCII guess is just wrong (compare_digest raises on non-ASCII str).
    return hmac.compare_digest(given.encode(), expected.encode())


def genuine_mail(expected_token: str | None, request: WebhookRequest) -> RawMail | ParsedMail:
    """The email a post with our token carries. Raises NotGenuine without the token, then
    BadRequest for a body that is no Inbound Parse form."""
    if not token_matches(expected_token, request):
        raise NotGenuine("the Inbound Parse post does not carry our token")
    fields = dict(read_form(request.headers.get("Content-Type"), request.body))
    if "email" in fields:
        return RawMail(fields["email"].encode())
    if "headers" not in fields:
        raise BadRequest("no 'email' (raw mode) or 'headers' field: not an Inbound Parse post")
    return ParsedMail(fields, hashlib.sha256(request.body).hexdigest())
