"""Reading inbound email: what the person wrote (without the quoted history), when an
out-of-office ends, and whether they ask to stop."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.mail_reading import auto_reply, mail

# --- what the person wrote ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "Sounds good.\n\nOn Tue, Nov 24, 2026 at 10:02 AM Dana Whitfield "
            "<dana@northwind.example> wrote:\n> Hi Priya,\n> Are you open to a call?",
            "Sounds good.",
        ),
        (
            "Sounds good.\n\nOn Tue, Nov 24, 2026 at 10:02 AM Dana Whitfield <\n"
            "dana@northwind.example> wrote:\n\n> Hi Priya,",
            "Sounds good.",
        ),
        (
            "Klingt gut.\n\nAm Di., 24. Nov. 2026 um 16:02 Uhr schrieb Dana Whitfield <\n"
            "dana@northwind.example>:\n\n> Hallo Jonas,",
            "Klingt gut.",
        ),
        (
            "Yes, Thursday works.\n\n-----Original Message-----\nFrom: Dana Whitfield\n"
            "Sent: Tuesday\nHi Priya",
            "Yes, Thursday works.",
        ),
        (
            "Gerne.\n\n________________________________\nVon: Dana Whitfield "
            "<dana@northwind.example>\nGesendet: Dienstag, 24. November 2026 16:02\n"
            "An: Jonas Becker <jonas.becker@example.com>\nBetreff: Staff Platform Engineer\n\n"
            "Hallo Jonas,",
            "Gerne.",
        ),
        (
            "Sure.\n\nFrom: Dana Whitfield <dana@northwind.example>\n"
            "Date: Tuesday, November 24, 2026 at 10:02 AM\nTo: Priya\nSubject: Hello\n\nHi",
            "Sure.",
        ),
        ("> Are you open to remote?\nYes.\n> Salary range?\nAbove 180k.", "Yes.\nAbove 180k."),
        ("Thanks!\n\nSent from my iPhone", "Thanks!"),
        ("Thanks!\n\nGet Outlook for iOS<https://aka.ms/o0ukef>", "Thanks!"),
        ("Danke!\n\nVon meinem iPhone gesendet", "Danke!"),
        ("  Talk soon.\n\n-- \nPriya Raman\nExample Corp\n", "Talk soon."),
    ],
)
def test_the_text_is_what_the_person_wrote(body: str, text: str) -> None:
    assert mail(body).text == text


# --- when an out-of-office ends ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("I'm back on Monday, December 1.", date(2026, 12, 1)),
        ("I am returning December 1st and will reply then.", date(2026, 12, 1)),
        ("I will be back in the office on Monday, December 7.", date(2026, 12, 7)),
        ("I am away until 1 December 2026.", date(2026, 12, 2)),
        ("I am out of the office until 12/01/2026.", date(2026, 12, 2)),
        ("Out until 2026-12-01, limited access to email.", date(2026, 12, 2)),
        ("Out of office through December 4th.", date(2026, 12, 5)),
        ("Away until the 4th of December.", date(2026, 12, 5)),
        ("Out until 13/12/2026.", date(2026, 12, 14)),  # only a day can be 13
        ("I'm out from November 30 to December 4.", date(2026, 12, 5)),
        ("Out until Friday, December 4, back Monday, December 7.", date(2026, 12, 7)),
        ("Ich bin bis zum 05.12.2026 nicht erreichbar.", date(2026, 12, 6)),
        ("Ich bin bis einschließlich 5. Dezember im Urlaub.", date(2026, 12, 6)),
        ("Ab dem 8. Dezember bin ich wieder erreichbar.", date(2026, 12, 8)),
        ("Ich bin ab dem 8. Dezember wieder im Büro.", date(2026, 12, 8)),
        ("Ich bin zurück am 5.12. und melde mich dann.", date(2026, 12, 5)),
        (
            "Ich bin vom 30.11. bis 4.12. nicht im Büro und ab dem 7.12. wieder erreichbar.",
            date(2026, 12, 7),
        ),
    ],
)
def test_the_return_date_of_an_out_of_office(body: str, back: date) -> None:
    assert auto_reply(body).return_date == back


@pytest.mark.parametrize(
    "body",
    [
        "I am out of the office with limited access to email.",
        "I am out of the office until further notice.",
        "Out until November 20.",  # four days ago: a notice left on, not next year's
        "Out until December 1, 2025.",
        "I am out until Friday.",
        "Thanks for your message about the call before December 4.",  # a date, but no return
        "Out until December 4, 2031.",  # a typo more likely than five years away
    ],
)
def test_no_return_date_when_none_is_plausible(body: str) -> None:
    assert auto_reply(body).return_date is None


def test_a_return_date_without_a_year_is_the_next_such_day() -> None:
    assert auto_reply("Back on January 5.", today=date(2026, 12, 20)).return_date == date(
        2027, 1, 5
    )


def test_dates_before_today_are_ignored() -> None:
    assert auto_reply("Out until December 4.", today=date(2026, 12, 10)).return_date is None


def test_the_return_date_can_be_in_the_subject() -> None:
    ooo = auto_reply("I have limited access to email.", subject="Out of Office until 12/4")
    assert ooo.return_date == date(2026, 12, 5)


def test_only_auto_replies_have_a_return_date() -> None:
    assert mail("I'm back on Monday, December 7 - let's talk then.").return_date is None


# --- asking to stop ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Please remove me from your list.",
        "Take me off your mailing list please",
        "unsubscribe",
        "Stop emailing me.",
        "please stop contacting me",
        "Please stop sending me these.",
        "Don't contact me again.",
        "Do not contact me.",
        "Please stop.",
        "Stop.",
        "Not interested, please don't contact me.",
        "No more emails please.",
        "Leave me alone.",
        "Please delete my data.",
        "I’d like to opt out.",
        "Bitte keine weiteren E-Mails.",
        "Bitte nicht mehr kontaktieren.",
        "Kontaktieren Sie mich bitte nicht mehr.",
        "Bitte abmelden.",
        "Bitte tragen Sie mich aus Ihrem Verteiler aus.",
    ],
)
def test_a_plain_request_to_stop(body: str) -> None:
    assert mail(body).asks_to_stop


@pytest.mark.parametrize(
    "body",
    [
        "Not interested right now.",
        "Not now, maybe in March.",
        "Feel free to stop by the office on Tuesday.",
        "Please stop by the office when you're in town.",
        "I can't stop thinking about this role!",
        "Don't email me at work, use priya@example.org instead.",
        "Please remove me from the cc and loop in Chidi.",
        "Could you stop sending the calendar invites to my old address?",
        "I'm not interested in contract roles, but keep me posted on full-time ones.",
        "Thanks, I'll stop in on Thursday.",
    ],
)
def test_near_misses_are_not_stop_requests(body: str) -> None:
    assert not mail(body).asks_to_stop


def test_a_subject_the_person_wrote_can_ask_to_stop() -> None:
    assert mail("", Subject="Unsubscribe").asks_to_stop
    # A "Re:" subject is ours, whatever words it holds.
    assert not mail("Sounds good", Subject="Re: How to stop worrying about CI").asks_to_stop


def test_only_a_person_asks_to_stop() -> None:
    assert not auto_reply("Please remove me from your list.").asks_to_stop
