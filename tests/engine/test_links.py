"""Unsubscribe links: signed, naming the person, refused when tampered with."""

from __future__ import annotations

import pytest

from sequencer.config import load_settings
from sequencer.engine.links import Links, address_of, links_from, token

SECRET = "s3cret-for-tests"


def test_a_token_names_its_person_and_nobody_else() -> None:
    value = token("Ana@Example.com", SECRET)
    assert address_of(value, SECRET) == "ana@example.com"
    assert "ana" not in value.split(".")[1]  # the signature part carries no address


@pytest.mark.parametrize(
    "tamper",
    [
        lambda t: token("bob@example.com", SECRET).split(".")[0] + "." + t.split(".")[1],
        lambda t: t[:-2] + ("AA" if not t.endswith("AA") else "BB"),
        lambda t: "not-a-token",
        lambda t: "%%%.%%%",
        lambda t: token("ana@example.com", "another-secret"),
    ],
)
def test_forged_or_tampered_tokens_are_refused(tamper) -> None:
    assert address_of(tamper(token("ana@example.com", SECRET)), SECRET) is None


def test_links_need_both_a_public_address_and_a_secret() -> None:
    unsigned = load_settings({"SEQUENCER_PUBLIC_URL": "https://x.example"}, env_file=None)
    assert links_from(unsigned.web) is None
    env = {"SEQUENCER_PUBLIC_URL": "https://x.example/", "SEQUENCER_SECRET_KEY": SECRET}
    links = links_from(load_settings(env, env_file=None).web)
    assert links == Links("https://x.example/", SECRET)
    assert links.unsubscribe("ana@example.com").startswith("https://x.example/unsubscribe/")
