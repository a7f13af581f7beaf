"""Unsubscribe links. The token names the person by their address, never a database id, and
is signed with SEQUENCER_SECRET_KEY, so a link only works for whom it was sent and a tampered
one is refused (the routes that honour it come with the webhooks, issue #4)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(address: str, secret: str) -> bytes:
    return hmac.new(secret.encode(), b"unsubscribe:" + address.encode(), hashlib.sha256).digest()


def token(address: str, secret: str) -> str:
    address = address.strip().lower()
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


@dataclass(frozen=True)
class Links:
    public_url: str
    secret: str

    def unsubscribe(self, address: str) -> str:
        return f"{self.public_url.rstrip('/')}/unsubscribe/{token(address, self.secret)}"


def links_from(env: Mapping[str, str]) -> Links | None:
    """Links exist once the daemon has a public address and a secret to sign with."""
    public, secret = env.get("SEQUENCER_PUBLIC_URL"), env.get("SEQUENCER_SECRET_KEY")
    return Links(public, secret) if public and secret else None
