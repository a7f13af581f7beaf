"""Kinds of stop that English writers used restating the train opt-outs (session 31), written
here in other words so that a rule is held to the kind and not to the paraphrase: hearing from
us again wished away, or answered with the regulator; this message made the last one; being
unavailable, or a channel off limits, for good; "make sure" they are excluded; out of or left off
our sends; our sending stopped with no message noun ("stop sending these"); the data kept on
them wiped, or "it" deleted after asking who gave it; a contact forgotten or scrubbed; "take me
of" typed for "off"; rather we did not write; a phone call denied with "again"; a named channel
stopped in a reply that keeps another; Scots. Beside each, near non-matches that must stay
non-stops."""

from __future__ import annotations

from datetime import date

import pytest

from sequencer.inbound.intent import Label, read_reply

RECEIVED = date(2030, 9, 2)

STOPS = [
    # Hearing from us again, wished away or answered with the regulator.
    "Add a note so I don't hear from you guys again.",
    "Please note it down so I never hear from you lot again.",
    "Should I hear from you again, I will be complaining to the ICO.",
    # The last one, or the end of it.
    "Could you make this the final one?",
    "I'd want this to be the last message, honestly.",
    "Kindly consider that the end of our contact.",
    # Unavailable, or off limits, for good.
    "Treat me as unavailable for all future roles, please.",
    "My work mobile is off limits, thanks.",
    # Making sure, wanting out, left off, kept away.
    "Can you ensure I'm removed from the distribution?",
    "Please see to it that no one from your team emails me again.",
    "I want out of your mailing list.",
    "I'd like to be left off your outreach.",
    "Please keep your recruiting emails away from my inbox.",
    # Our sending stopped with no message noun; switched off.
    "Honestly, just stop sending them. Thanks.",
    "Quit targeting our engineers, please.",
    "Can you turn off these automated emails?",
    # Data kept on them wiped; "it" deleted after a source question or no consent.
    "Kindly scrub whatever info you keep on me.",
    "How did you get this mobile? Scrub it by end of day.",
    "I never gave permission for this. Bin it.",
    # A contact forgotten or scrubbed; a typo.
    "Forget that contact, please.",
    "Wipe me from your contacts.",
    "take me of these pls",
    # Rather we did not write; a call denied with "again"; a channel named; Scots.
    "I'd rather you didn't email me at all.",
    "Don't phone me again, text is fine.",
    "Please don't use WhatsApp for job stuff again; email works.",
    "Ye can leave me off yer mailing list, ta.",
]

NOT_STOPS = [
    "If I don't hear from you again, I'll assume the role is filled.",
    "I didn't hear from you again after the interview - any news?",
    "Is this the last round before the offer?",
    "I'd like this to be the last interview before we decide.",
    "Consider me unavailable until March, then let's talk.",
    "Make sure I'm included in the next round, please!",
    "I'd rather you didn't call before 10am, I'm in meetings.",
    "Please stop sending the invites to my old address, the new one is below.",
    "Please stop sending to my old address and use the new one.",
    "Where did you get the salary figure? Delete it from the ad if it's wrong.",
    "Thanks, I'll take the role of course, send the contract.",
    "Please keep me on your list, I'm interested in future roles.",
    "Please never stop sending me these, they're great.",
]


@pytest.mark.parametrize("text", STOPS)
@pytest.mark.parametrize("channel", ["email", "sms"])
def test_a_restated_stop_is_an_opt_out(text: str, channel: str) -> None:
    assert read_reply(text, RECEIVED, channel=channel).label is Label.OPT_OUT


@pytest.mark.parametrize("text", NOT_STOPS)
def test_a_reply_that_only_sounds_like_one_is_no_opt_out(text: str) -> None:
    # By email: by SMS a "stop" in a text is the carriers' keyword, read by `inbound.text`.
    assert read_reply(text, RECEIVED, channel="email").label is not Label.OPT_OUT
