from __future__ import annotations

import pytest

from sequencer.spec.textlint import Finding, has_easy_out, sms_has_opt_out, spam_triggers

CLEAN_EMAIL = """Hi Jane,

I saw your talk on query planners at PGConf and thought of our Staff Backend role at Northwind.
The team runs PostgreSQL, AWS and a lot of SQL; the role is remote-friendly.

If the timing's not right, totally understand.
Dana"""


def test_a_plain_personal_email_has_no_findings() -> None:
    assert spam_triggers(CLEAN_EMAIL) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Act now, the role closes soon.", "Act now"),
        ("This is an AMAZING opportunity", "AMAZING opportunity"),
        ("A once in a lifetime role", "once in a lifetime"),
        ("Interviews are risk free", "risk free"),
        ("Interviews are risk-free", "risk-free"),
        ("Salary: $$$ and equity", "$$$"),
        ("Our benefits are 100% free", "100% free"),
        ("Just click\nhere to book", "click here"),
        ("You’ve been selected for a call", "You've been selected"),
        ("It's urgent.", "urgent"),
    ],
)
def test_spam_phrases_are_found_whatever_the_case(text: str, phrase: str) -> None:
    messages = [finding.message for finding in spam_triggers(text)]
    assert f'"{phrase}" reads as spam to filters and people: say what you mean plainly' in messages


@pytest.mark.parametrize(
    "text",
    [
        "We guarantee a decision within a week.",  # only "guaranteed" is on the list
        "Winners of the hackathon",  # whole words only
        "The actnow library",
        "Feel free to ignore this.",
        "The urgency of the launch",
    ],
)
def test_similar_words_are_not_spam_phrases(text: str) -> None:
    assert spam_triggers(text) == []


def test_findings_carry_the_line_they_are_on_in_text_order() -> None:
    text = "Hi Jane,\n\nThis is URGENT!!!\nClick here.\n"
    assert [f.line for f in spam_triggers(text)] == [3, 3, 3, 4]
    assert "URGENT" in spam_triggers(text)[1].message


@pytest.mark.parametrize(("text", "count"), [("Great!", 0), ("Great!!", 0), ("Great!!!", 1)])
def test_three_or_more_exclamation_marks_are_flagged(text: str, count: int) -> None:
    assert len(spam_triggers(text)) == count


def test_exclamation_message_quotes_the_run() -> None:
    assert spam_triggers("Wow!!!!") == [
        Finding(1, '"!!!!" reads as spam to filters and as shouting to people: use one "!" at most')
    ]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("We use AWS, GCP and GDPR-ready SQL", False),  # acronyms of up to four letters
        ("Reply STOP to opt out, HELP for help", False),
        ("See HTTPS://NORTHWIND.EXAMPLE/JOBS or mail DANA@NORTHWIND.EXAMPLE", False),
        ("An AMAZING team", True),
        ("AI-POWERED tooling", True),
        ("Über ÄÖÜÄÖ", True),
    ],
)
def test_shouted_words(text: str, flagged: bool) -> None:
    shouted = [f for f in spam_triggers(text) if "in capitals" in f.message]
    assert bool(shouted) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "If the timing's not right, totally understand.",
        "If the timing’s not right, no worries.",
        "If not, I’ll stop bothering you.",
        "Let me know if you’d rather I didn't follow up.",
        "Not interested? Reply STOP.",
        "You can OPT-OUT any time.",
        "Feel free to ignore\nthis note.",
        "I'll take silence as a no for now.",
        "No hard feelings either way.",
        "Unsubscribe: https://example.com/u/1",
    ],
)
def test_easy_outs_are_recognised(text: str) -> None:
    assert has_easy_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Are you free Tuesday at 10?",
        "I stopped by your booth at PyCon.",
        "We adopt outright ownership of services.",
        "",
    ],
)
def test_messages_without_an_easy_out(text: str) -> None:
    assert not has_easy_out(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Jane, it's Dana from Northwind. Reply STOP to opt out.", True),
        ("Text STOP to end.", True),
        ("STOP=unsubscribe", True),
        ("reply stop to opt out", True),
        ("Reply “stop” to opt out", True),
        ("Hi Jane, I'll stop texting if you'd rather.", False),
        ("Stopping by SF next week?", False),
        ("Hi Jane, are you free to chat?", False),
    ],
)
def test_sms_opt_out(text: str, expected: bool) -> None:
    assert sms_has_opt_out(text) is expected
