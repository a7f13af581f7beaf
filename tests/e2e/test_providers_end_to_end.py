"""The whole path with real provider clients: enroll, tick across weeks, and every email goes
through the real sendgrid client, every text and call through the real twilio client, to the
local fake APIs. Nothing reaches the network, nothing lands in the outbox."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fakes.sendgrid_server import FakeSendGrid
from fakes.twilio_server import FakeTwilio
from helpers.project import ROOT, use_shipped_files

from sequencer.cli import main

CANDIDATES = str(ROOT / "examples" / "candidates.csv")


@pytest.fixture
def providers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    use_shipped_files(monkeypatch, tmp_path)
    with FakeSendGrid() as sendgrid, FakeTwilio() as twilio:
        assert sendgrid.api_key is not None
        monkeypatch.setenv("SENDGRID_API_KEY", sendgrid.api_key)
        monkeypatch.setenv("SENDGRID_API_HOST", sendgrid.url)
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", twilio.account_sid)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", twilio.auth_token)
        monkeypatch.setenv("TWILIO_FROM_NUMBER", "+14155550134")
        monkeypatch.setenv("TWILIO_API_BASE", twilio.url)
        monkeypatch.setenv("SEQUENCER_PUBLIC_URL", "https://sequencer.example.com")
        yield sendgrid, twilio


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_emails_texts_and_calls_go_through_the_real_clients(providers, tmp_path: Path) -> None:
    sendgrid, twilio = providers
    run("import", CANDIDATES)
    run(
        "enroll",
        "phone-and-text",
        "liam.oconnor@example.com",
        "jordan.lee@example.net",
        "--start",
        "2026-11-23T08:00",
    )
    result = run("tick", "--now", "2026-11-22T20:00Z", "--until", "2027-01-20T00:00Z")
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "outbox").exists()

    refs = {r.json["custom_args"]["sequencer_ref"] for r in sendgrid.requests}
    # Liam (calls and texts allowed) and Jordan (texts only): the first email and the
    # voicemail's paired email each; the last touch, a text, went by SMS to both.
    assert refs == {f"{n}-{step}" for n in (1, 2) for step in ("initial", "voicemail")}
    texts = [m for m in twilio.messages.values()]
    assert sorted(m["to"] for m in texts) == ["+12065550123", "+61491570156"]
    [call] = twilio.calls.values()
    assert call["to"] == "+61491570156"  # Jordan gave no call consent: a task, not a call

    # Two weeks after the last touch, with no answer, Liam moved to the talent pipeline.
    liam, nurture = json.loads(run("status", "liam.oconnor@example.com", "--json").stdout)
    assert (nurture["sequence"], nurture["status"]) == ("nurture-quarterly", "active")
    assert "moved to nurture-quarterly" in liam["reason"]
    assert [s["provider"] for s in liam["sends"]] == ["sendgrid", "twilio", "twilio"]
    assert all(s["provider_id"] for s in liam["sends"])
    jordan, _ = json.loads(run("status", "jordan.lee@example.net", "--json").stdout)
    assert jordan["sends"][1]["task"]["kind"] == "call"
    assert "no call consent" in jordan["sends"][1]["reason"]
