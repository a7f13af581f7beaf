"""Inbound SMS: Twilio's keywords, and the other reasonable ways people say "stop texting me"."""

from __future__ import annotations

import pytest

from sequencer.inbound.text import (
    HELP_KEYWORDS,
    OPT_IN_KEYWORDS,
    OPT_OUT_KEYWORDS,
    TextMeaning,
    meaning_of_text,
)

OPT_OUT, OPT_IN, HELP, REPLY = (
    TextMeaning.OPT_OUT,
    TextMeaning.OPT_IN,
    TextMeaning.HELP,
    TextMeaning.REPLY,
)


@pytest.mark.parametrize(
    ("keywords", "meaning"),
    [(OPT_OUT_KEYWORDS, OPT_OUT), (OPT_IN_KEYWORDS, OPT_IN), (HELP_KEYWORDS, HELP)],
)
def test_every_twilio_keyword_in_any_case_and_with_trailing_punctuation(
    keywords: tuple[str, ...], meaning: TextMeaning
) -> None:
    for keyword in keywords:
        for body in (keyword, keyword.lower(), keyword.title(), f"  {keyword}!! ", f"{keyword}."):
            assert meaning_of_text(body) is meaning, body


@pytest.mark.parametrize(
    ("opt_out_type", "body", "meaning"),
    [
        ("STOP", "whatever they wrote", OPT_OUT),
        ("stop", "Yes", OPT_OUT),
        ("START", "stop", OPT_IN),
        ("Help", "STOP", HELP),
        (" HELP ", "", HELP),
        (None, "STOP", OPT_OUT),
        ("", "START", OPT_IN),
        ("SOMETHING-NEW", "Thursday works", REPLY),  # an unknown type falls back to the body
    ],
)
def test_twilios_opt_out_type_wins_when_present(
    opt_out_type: str | None, body: str, meaning: TextMeaning
) -> None:
    assert meaning_of_text(body, opt_out_type) is meaning


@pytest.mark.parametrize(
    "body",
    [
        "STOP!!",
        "Stop please",
        "please stop",
        "STOP NOW",
        "stop it",
        "stop stop stop",
        "Stop texting me",
        "Please stop texting me, I found a job",
        "I accepted an offer elsewhere. Please stop.",
        "Stop. I already have a job",
        "opt out",
        "Opt-out please",
        "Remove me",
        "please remove my number",
        "Take me off your list",
        "unsubscribe me",
        "Unsubscribe",
        "I revoke my consent to receive texts",
        "don't text me",
        "Don’t text me again",
        "Do not contact me",
        "no more texts please",
        "Leave me alone",
        "Wrong number",
        "No más",
        "no mas",
        "No más mensajes por favor",
        "Para",
        "Basta ya",
        "Quiero darme de baja",
        "No me escribas más",
    ],
)
def test_reasonable_ways_of_revoking_are_opt_outs(body: str) -> None:
    assert meaning_of_text(body) is OPT_OUT


@pytest.mark.parametrize(
    "body",
    [
        "Can't stop thinking about this role, let's talk",
        "I'll end up calling you tomorrow",
        "Yes, I'm interested!",
        "Yes please",
        "Start date would be January",
        "Can you send more info about the team?",
        "Help me understand the salary range",
        "Please stop by the office when you're in town? I'd love to meet",
        "Need to cancel our call, can we do Thursday?",
        "No, Thursday doesn't work. Friday?",
        "Para mañana?",
        "The end of the month works for me",
        "",
        "   ",
        "👍",
    ],
)
def test_near_misses_are_replies(body: str) -> None:
    assert meaning_of_text(body) is REPLY


def test_a_lone_stop_word_in_a_long_message_is_a_reply() -> None:
    long_message = (
        "Thanks for the details on the role. I've been thinking about the commute and the team "
        "size, and I'd like to talk it through with my partner first. Cancel. Let me get back "
        "to you next week."
    )
    assert len(long_message) > 160
    assert meaning_of_text(long_message) is REPLY


def test_a_clear_revoking_phrase_counts_however_long_the_message() -> None:
    long_message = (
        "Thanks for thinking of me for the role. I've accepted an offer elsewhere and I'm "
        "not looking anymore, so please stop texting me about openings. Best of luck with the "
        "search!"
    )
    assert len(long_message) > 160
    assert meaning_of_text(long_message) is OPT_OUT


@pytest.mark.parametrize(
    "body",
    [
        "Don't call me before 10am, but yes, let's talk.",
        "No me escribas por LinkedIn, mejor por correo: me interesa.",
        "Please remove me from the cc, and yes I'm interested.",
        "Don't text me at work, call me after 6 instead.",
        "Please don't call me during work hours, email is fine. What's the salary?",
    ],
)
def test_asking_to_be_reached_another_way_or_time_is_a_reply(body: str) -> None:
    assert meaning_of_text(body) is REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Don't call me before 10am.",  # narrowed, but no wish to talk: the FCC errs to stopping
        "Not interested, don't text me after 9pm",
        "Don't text me after 9pm, yes. Stop.",
        "Don't text me anymore, email me instead",
        "No me escribas por WhatsApp nunca más, sí?",
        "Don't text me on weekends, yes interested, but no more texts please",
        "Remove me from the cc, and stop texting me",
    ],
)
def test_a_narrowed_request_still_stops_unless_it_clearly_asks_to_talk(body: str) -> None:
    assert meaning_of_text(body) is OPT_OUT
