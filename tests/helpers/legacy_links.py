"""Unsubscribe tokens as every link sent before the opaque format (version 2) carries them,
written out here independently of the code, so the tests prove those links keep working."""

from __future__ import annotations

import base64
import hashlib
import hmac


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def legacy_token(address: str, secret: str) -> str:
    """base64url(address), a dot, then the HMAC-SHA256 of "unsubscribe:" + address."""
    mac = hmac.new(secret.encode(), b"unsubscribe:" + address.encode(), hashlib.sha256)
    return f"{_b64(address.encode())}.{_b64(mac.digest())}"
