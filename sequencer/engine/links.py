"""Tokens in what we send: unsubscribe links, per-message reply addresses and booking links.

An unsubscribe token names the person by their address, never a database id, so it works
whatever the database holds; but the address inside it is encrypted, because the link shows
in List-Unsubscribe headers, in mail archives and in every proxy log on its way. A reply
address names the send (`reply+<reference>.<signature>@SEQUENCER_REPLY_DOMAIN`), so a reply
whose client dropped In-Reply-To still finds its message. Both are made with
SEQUENCER_SECRET_KEY: a tampered or made-up one is refused.

A booking link (`{{ booking_link }}`: the sequence's `sender.booking_url`) carries a token
naming the enrollment, `b1.<base64url>` (AES-SIV, under a key of its own), where the
scheduling tool hands it back to us: Calendly's `utm_content`, Cal.com's `metadata[sequencer]`.

Unsubscribe tokens, by format:

    v2.<base64url>   AES-SIV (RFC 5297) of the address, key derived from the secret by
                     HKDF-SHA256: opaque, authenticated, and the same for one address each
                     time, so the preview is what is sent and a retried send is identical.
    <b64url(address)>.<b64url(HMAC)>   every link sent before v2: still honoured (a link in
                     a mailbox must keep working), never made again.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, urlsplit, urlunsplit

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sequencer.config import Web, reveal
from sequencer.people.addresses import normal_email

VERSION = "v2"
# A valid address is at most 254 characters, its token under 400; longer ones come from
# nowhere we wrote and are refused before they are decoded. (2,000: past any real link.)
MAX_TOKEN_LENGTH = 2000
_PURPOSE = b"unsubscribe:"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _strict_unb64(text: str) -> bytes:
    """base64url as _b64 writes it; ValueError for anything else: other characters (which
    urlsafe_b64decode skips) or stray bits in the last one, so one token has one spelling."""
    data = base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    if _b64(data) != text:
        raise ValueError("not base64url as we write it")
    return data


def _signature(address: str, secret: str, purpose: bytes = _PURPOSE) -> bytes:
    return hmac.new(secret.encode(), purpose + address.encode(), hashlib.sha256).digest()


@lru_cache(maxsize=4)
def _cipher(secret: str) -> AESSIV:
    """AES-256-SIV under a key of its own, derived from the secret: the secret itself keys
    the HMACs of reply addresses (and of the old links), and a key serves one purpose."""
    info = b"sequencer unsubscribe token " + VERSION.encode()
    key = HKDF(algorithm=hashes.SHA256(), length=64, salt=None, info=info).derive(secret.encode())
    return AESSIV(key)


# A message names its unsubscribe link twice, in its footer and in its List-Unsubscribe
# header, made a moment apart (`engine.compose`, `engine.envelope`): sealed once.
@lru_cache(maxsize=8)
def token(address: str, secret: str) -> str:
    """The unsubscribe token for `address`: opaque, and the same each time. Deterministic
    encryption shows only that two links are for one person, never who."""
    sealed = _cipher(secret).encrypt(normal_email(address).encode(), [_PURPOSE])
    return f"{VERSION}.{_b64(sealed)}"


def address_of(value: str, secret: str) -> str | None:
    """The address a genuine token names; None for anything forged, tampered or malformed."""
    if len(value) > MAX_TOKEN_LENGTH:
        return None
    version, _, sealed = value.partition(".")
    if version == VERSION:
        return _opened(sealed, secret)
    return _legacy_address(version, sealed, secret)


def _opened(sealed: str, secret: str) -> str | None:
    try:
        return _cipher(secret).decrypt(_strict_unb64(sealed), [_PURPOSE]).decode()
    except (ValueError, InvalidTag, UnicodeDecodeError):  # binascii.Error is a ValueError
        return None


def _legacy_address(encoded: str, signature: str, secret: str) -> str | None:
    """The address a link sent before v2 names, if its signature is ours."""
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


# --- booking links: the enrollment, sealed, in the scheduling tool's own pass-through field --

BOOKING_VERSION = "b1"
_BOOKING = b"booking:"
# Calendly hands `utm_content` back in an invitee's `tracking`; Cal.com hands
# `metadata[<key>]` back in a booking's `metadata` (channels.outside reads both).
CALENDLY_PARAMETER = "utm_content"
CALCOM_PARAMETER = "metadata[sequencer]"


@lru_cache(maxsize=4)
def _booking_cipher(secret: str) -> AESSIV:
    info = b"sequencer booking token " + BOOKING_VERSION.encode()
    key = HKDF(algorithm=hashes.SHA256(), length=64, salt=None, info=info).derive(secret.encode())
    return AESSIV(key)


def booking_token(enrollment_id: int, secret: str) -> str:
    """The token a booking link carries: the enrollment, encrypted and authenticated, so it
    names no address and cannot be made up; the same each time (a preview is what is sent)."""
    sealed = _booking_cipher(secret).encrypt(str(enrollment_id).encode(), [_BOOKING])
    return f"{BOOKING_VERSION}.{_b64(sealed)}"


def enrollment_of_booking_token(value: str, secret: str) -> int | None:
    """The enrollment a genuine booking token names; None for anything forged or malformed."""
    version, _, sealed = value.strip().partition(".")
    if version != BOOKING_VERSION or len(value) > MAX_TOKEN_LENGTH:
        return None
    try:
        opened = _booking_cipher(secret).decrypt(_strict_unb64(sealed), [_BOOKING]).decode()
    except (ValueError, InvalidTag, UnicodeDecodeError):
        return None
    return int(opened) if opened.isascii() and opened.isdigit() else None


def booking_link(url: str, enrollment_id: int, secret: str) -> str:
    """`url` (a Calendly or Cal.com scheduling page) with the enrollment's token where the
    tool passes it through to its webhook; any query the URL had is kept."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    calendly = host == "calendly.com" or host.endswith(".calendly.com")
    name = CALENDLY_PARAMETER if calendly else CALCOM_PARAMETER
    added = f"{quote(name, safe='[]')}={quote(booking_token(enrollment_id, secret))}"
    query = f"{parts.query}&{added}" if parts.query else added
    return urlunsplit(parts._replace(query=query))


@dataclass(frozen=True)
class Links:
    public_url: str
    secret: str
    reply_domain: str | None = None

    def unsubscribe(self, address: str) -> str:
        return f"{self.public_url.rstrip('/')}/unsubscribe/{token(address, self.secret)}"

    def booking(self, url: str, enrollment_id: int | None) -> str:
        """The scheduling link with the enrollment's token; the plain `url` when there is no
        enrollment yet (a preview)."""
        return url if enrollment_id is None else booking_link(url, enrollment_id, self.secret)

    def reply_to(self, reference: str) -> str | None:
        if not self.reply_domain:
            return None
        return reply_address(reference, self.secret, self.reply_domain)


def links_from(web: Web) -> Links | None:
    """Links exist once the daemon has a public address and a secret to sign with."""
    public, secret = web.public_url, reveal(web.secret_key)
    return Links(public, secret, web.reply_domain) if public and secret else None
