"""Unsubscribe links: opaque (the address is in them only encrypted), naming the person,
refused when tampered with; the links already sent in the old readable format still work."""

from __future__ import annotations

import base64

import pytest
from helpers.legacy_links import legacy_token

from sequencer.config import load_settings
from sequencer.engine.links import Links, address_of, links_from, token

SECRET = "s3cret-for-tests"
PEOPLE = [
    "ana@example.com",
    "Priya.Raman+jobs@Northwind-Example.co.uk",
    "x@y.io",
    "a.very.long.local.part.for.someone.who.likes.dots@subdomain.example.com",
]


def readable(text: str) -> set[str]:
    """`text` plain or in hex: compared without regard to case. (Shorter than 4 characters
    proves nothing: "x" is in many a random string.)"""
    return {s for s in (text.lower(), text.encode().hex()) if len(s) >= 4}


def in_base64(text: str) -> set[str]:
    """The characters that encode `text` in base64 or base64url wherever it sits inside
    longer data: at each of the three alignments, without the edge groups it shares with
    its neighbours."""
    found = set()
    for shift in range(3):
        data = b"\0" * shift + text.encode()
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            encoded = encode(data).decode().rstrip("=")
            found.add(encoded[4 if shift else 0 : -4])
    return {s for s in found if len(s) >= 4}


@pytest.mark.parametrize("address", PEOPLE)
def test_a_token_does_not_carry_the_address_in_any_encoding(address: str) -> None:
    value = token(address, SECRET)
    local, _, domain = address.partition("@")
    for part in (address, address.lower(), local, domain, local.lower(), domain.lower()):
        for spelled in readable(part):
            assert spelled not in value.lower(), (part, spelled)
        for spelled in in_base64(part):
            assert spelled not in value, (part, spelled)


@pytest.mark.parametrize("address", PEOPLE)
def test_a_token_names_its_person_and_nobody_else(address: str) -> None:
    assert address_of(token(address, SECRET), SECRET) == address.lower()


def test_a_token_says_which_format_it_is_in() -> None:
    assert token("ana@example.com", SECRET).startswith("v2.")


def test_one_person_always_gets_the_same_token() -> None:
    """The preview shows exactly what is sent, and a retried send is the same message: both
    need the same link each time. Anyone holding one link learns only that two of them are
    for the same person, never who."""
    assert token("Ana@Example.com", SECRET) == token("ana@example.com", SECRET)
    assert token("ana@example.com", SECRET) != token("bob@example.com", SECRET)
    assert token("ana@example.com", SECRET) != token("ana@example.com", "another-secret")


def test_an_unsubscribe_link_stays_short() -> None:
    links = Links("https://jobs.northwind.example", SECRET)
    longest_usual = "a.very.long.local.part.for.someone@subdomain.example.com"
    assert len(links.unsubscribe(longest_usual)) < 160
    assert len(links.unsubscribe("ana@example.com")) < 110


def _flip(value: str, at: int) -> str:
    return value[:at] + ("B" if value[at] == "A" else "A") + value[at + 1 :]


@pytest.mark.parametrize(
    "tamper",
    [
        lambda t: _flip(t, len(t) - 1),
        lambda t: _flip(t, 3),
        lambda t: _flip(t, len(t) // 2),
        lambda t: t[:-4],
        lambda t: t + "AAAA",
        lambda t: "v3" + t[2:],
        lambda t: "v2.",
        lambda t: "v2." + "A" * 10_000,
        lambda t: "v2.!!!!" + t[7:],
        lambda t: "not-a-token",
        lambda t: "%%%.%%%",
        lambda t: "",
        lambda t: token("ana@example.com", "another-secret"),
        lambda t: token("bob@example.com", SECRET)[:20] + t[20:],
    ],
)
def test_forged_or_tampered_tokens_are_refused(tamper) -> None:
    assert address_of(tamper(token("ana@example.com", SECRET)), SECRET) is None


def test_a_link_sent_in_the_old_format_still_unsubscribes() -> None:
    old = legacy_token("ana@example.com", SECRET)
    assert address_of(old, SECRET) == "ana@example.com"


@pytest.mark.parametrize(
    "forged",
    [
        legacy_token("ana@example.com", "a guessed secret"),
        legacy_token("bob@example.com", SECRET).split(".")[0]
        + "."
        + legacy_token("ana@example.com", SECRET).split(".")[1],
        legacy_token("ana@example.com", SECRET)[:-2] + "AA",
    ],
)
def test_an_old_format_link_with_a_wrong_signature_is_refused(forged: str) -> None:
    assert address_of(forged, SECRET) is None


def test_links_need_both_a_public_address_and_a_secret() -> None:
    unsigned = load_settings({"SEQUENCER_PUBLIC_URL": "https://x.example"}, env_file=None)
    assert links_from(unsigned.web) is None
    env = {"SEQUENCER_PUBLIC_URL": "https://x.example/", "SEQUENCER_SECRET_KEY": SECRET}
    links = links_from(load_settings(env, env_file=None).web)
    assert links == Links("https://x.example/", SECRET)
    assert links.unsubscribe("ana@example.com").startswith("https://x.example/unsubscribe/")


def test_a_token_has_one_spelling() -> None:
    """base64 leaves a few bits of the last character unused: a token with them set is not
    one we wrote."""
    value = token("ana@example.com", SECRET)
    last = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".index(value[-1])
    for stray in range(1, 16):
        twin = (
            value[:-1]
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[last ^ stray]
        )
        assert address_of(twin, SECRET) is None
