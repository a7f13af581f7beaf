"""Signed tokens in what we send: unsubscribe links and per-message reply addresses.

An unsubscribe token names the person by their address, never a database id; a reply
address names the send (`reply+<reference>.<signature>@SEQUENCER_REPLY_DOMAIN`), so a reply
whose client dropped In-Reply-To still finds its message. Both are signed with
SEQUENCER_SECRET_KEY: a tampered or made-up one is refused."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from sequencer.config import Web, reveal
from sequencer.people.addresses import normal_email


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(address: str, secret: str, purpose: bytes = b"unsubscribe:") -> bytes:
    return hmac.new(secret.encode(), purpose + address.encode(), hashlib.sha256).digest()


def token(address: str, secret: str) -> str:
    address = normal_email(address)
    return f"{_b64(address.encode())}.{_b64(_signature(address, secret))}"


def address_of(value: str, secret: str) -> str | None:
    """The address a genuine token names; None for anything forged, tampered or malformed."""
    encoded, _, signature = value.partition(".")
    try:
        address = _unb64(encoded).decode()
        given = _unb64(signature)
    except (ValueError, UnicodeDecodeError):
        return None
    return address if hmac.compare_digest(given, _signature(address, secret)) else None


REPLY_PREFIX = "reply+"


def _reply_signature(reference: str, secret: str) -> str:
    # 12 bytes is plenty against guessing and keeps the local part under 64 characters.
    return _b64(_signature(reference, secret, b"reply:")[:12]).lower()


def reply_address(reference: str, secret: str, domain: str) -> str:
    return f"{REPLY_PREFIX}{reference}.{_reply_signature(reference, secret)}@{domain}"


def reference_of_reply_address(address: str, secret: str) -> str | None:
    """The send a genuine reply address names; None for any other address."""
    local = normal_email(address).partition("@")[0]
    if not local.startswith(REPLY_PREFIX):
        return None
    reference, _, signature = local[len(REPLY_PREFIX) :].rpartition(".")
    expected = _reply_signature(reference, secret).encode()
    # Bytes: compare_digest refuses non-ASCII text, and an address can hold anything.
    genuine = hmac.compare_digest(signature.encode(), expected)
    return reference if reference and genuine else None


@dataclass(frozen=True)
class Links:
    public_url: str
    secret: str
    reply_domain: str | None = None

    def unsubscribe(self, address: str) -> str:
        return f"{self.public_url.rstrip('/')}/unsubscribe/{token(address, self.secret)}"

    def reply_to(self, reference: str) -> str | None:
        if not self.reply_domain:
            return None
        return reply_address(reference, self.secret, self.reply_domain)


def links_from(web: Web) -> Links | None:
    """Links exist once the daemon has a public address and a secret to sign with."""
    public, secret = web.public_url, reveal(web.secret_key)
    return Links(public, secret, web.reply_domain) if public and secret else None
